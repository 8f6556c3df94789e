/**
 * Western years and ISO dates back to the 和暦 a Japanese reader expects beside them. A fiscal
 * year is named by the era in force when it ends its first month: the year that began in April
 * 2019 is 令和元年度, though 平成 ran until 30 April.
 */
const ERAS = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
] as const;

const yearOf = (n: number) => (n === 1 ? '元' : String(n));

export function fiscalYearJp(year: number | null): string | null {
  if (year === null) return null;
  const era = year >= 2019 ? ['令和', 2018] : year >= 1989 ? ['平成', 1988] : year >= 1926 ? ['昭和', 1925] : null;
  if (!era) return null;
  return `${era[0]}${yearOf(year - (era[1] as number))}年度`;
}

/** `2023-09-01` → `令和5年9月1日`. */
export function dateJp(iso: string | null): string | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return null;
  const year = Number(m[1]) - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${yearOf(year)}年${Number(m[2])}月${Number(m[3])}日`;
}
