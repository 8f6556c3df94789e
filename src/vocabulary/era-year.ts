/** Digits half- or full-width (`１２` → 12). */
const parseDigits = (s: string): number => Number(s.normalize('NFKC'));

/**
 * Era years → western year of the start of the 年度. Part of the documents' vocabulary, shared by
 * every stage: the PDF reader stacks years in a column into rows, the lexer and the layouts read them.
 *   令和６年度 → 2024, 令和元年 → 2019, 平成31年 → 2019, R6 / Ｒ６ → 2024, H31 → 2019
 * IPADIC splits 令和 and full-width Latin, so this is done with tables, not the tokenizer.
 */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925, Ｒ: 2018, Ｈ: 1988, Ｓ: 1925 };

const ERA_YEAR = /(令和|平成|昭和)[ \u3000]*([0-9０-９]{1,2}|元)[ \u3000]*年(度)?/g;
const ERA_ABBREV = /(?<![A-Za-zＡ-Ｚａ-ｚ])([RHSＲＨＳ])[ \u3000]*([0-9０-９]{1,2}|元)(?![0-9０-９])(?:年(度)?)?/g;
const WESTERN = /(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})[ \u3000]*年(度)?/g;

export interface EraYear {
  year: number;
  fiscal: boolean;
  written: string;
  index: number;
}

/** What every form above holds: 年, or an era's initial. */
const MAY_HOLD_YEAR = /[年RHSＲＨＳ]/;

export function findEraYears(text: string): EraYear[] {
  // (asked of every cell and line of a PDF page: most hold no year)
  if (!MAY_HOLD_YEAR.test(text)) return [];
  const out: EraYear[] = [];
  for (const m of text.matchAll(ERA_YEAR)) {
    const n = m[2] === '元' ? 1 : parseDigits(m[2]!);
    out.push({ year: ERAS[m[1]!]! + n, fiscal: m[3] !== undefined, written: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(ERA_ABBREV)) {
    out.push({ year: ERAS[m[1]!]! + (m[2] === '元' ? 1 : parseDigits(m[2]!)), fiscal: true, written: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(WESTERN)) out.push({ year: parseDigits(m[1]!), fiscal: m[2] !== undefined, written: m[0], index: m.index ?? 0 });
  return out.sort((a, b) => a.index - b.index);
}

/** The year of a cell or label that is only an era year (`令和2年度`, `R5`), else null. */
export function eraYearOf(text: string): number | null {
  const t = text.trim();
  const ys = findEraYears(t);
  return ys.length === 1 && ys[0]!.written.trim() === t ? ys[0]!.year : null;
}

/**
 * A piece of an era year's head set a character a line (`令和`, `6` / `年`, `度`): only the head's characters, a
 * kanji among them. A column too narrow for its head, one no row wrote in, stacks it so (伊勢崎's 令和6年度 by Chromium in
 * Noto Sans CJK 14 pt, 35 mm).
 */
export function isEraHeadPiece(text: string): boolean {
  const t = text.replace(/[\s\u3000]/gu, '');
  return [...t].length <= 6 && /^[令和平成昭元年度0-9０-９]+$/u.test(t) && /[令和平成昭元年度]/u.test(t);
}

/** An era and its number alone, `令和2`: an era year's head, its 年度 cut off by a line's end (see lex/year-heads.ts). */
export function isEraYearHead(text: string): boolean {
  return /^(?:令和|平成|昭和)[ \u3000]*(?:[0-9０-９]{1,2}|元)$/u.test(text.trim());
}

/** `令和2年度～令和5年度` → {from: 2020, to: 2023}; `令和2～5年度`, the era written once, too. */
export function findEraRange(text: string): { from: number; to: number } | null {
  const short = /(令和|平成|昭和)[ \u3000]*([0-9０-９]{1,2}|元)[ \u3000]*(?:年度?)?[ \u3000]*(?:～|〜|~|－|-|から)[ \u3000]*([0-9０-９]{1,2})[ \u3000]*年度?/.exec(text);
  if (short) {
    const from = ERAS[short[1]!]! + (short[2] === '元' ? 1 : parseDigits(short[2]!));
    const to = ERAS[short[1]!]! + parseDigits(short[3]!);
    if (to >= from) return { from, to };
  }
  const ys = findEraYears(text);
  for (let i = 0; i + 1 < ys.length; i++) {
    const a = ys[i]!;
    const b = ys[i + 1]!;
    const between = text.slice(a.index + a.written.length, b.index);
    if (/^[ \u3000]*(～|〜|~|－|-|から)[ \u3000]*$/.test(between) && b.year >= a.year) return { from: a.year, to: b.year };
  }
  return null;
}

/** `令和5年9月1日` / `R6.4.16` → ISO date, else null. */
export function findEraDate(text: string): string | null {
  const m =
    /(令和|平成|[RHＲＨ])[ \u3000]*([0-9０-９]{1,2}|元)(?:年|[.．])[ \u3000]*([0-9０-９]{1,2})(?:月|[.．])[ \u3000]*([0-9０-９]{1,2})日?/.exec(text);
  if (!m) return null;
  const y = ERAS[m[1]!]! + (m[2] === '元' ? 1 : parseDigits(m[2]!));
  const mo = parseDigits(m[3]!);
  const d = parseDigits(m[4]!);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
