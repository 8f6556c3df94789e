import type { LexedLine } from '../lex/lexed-line.js';

/**
 * Running headers where no profile names them: the lines of the cover, up to the first item or
 * department, that are printed again (桑名's `令和６年度の部局の目標・方針` and
 * `（R6.4.16部長会議資料）` atop every 部局's sheet, one of them once with a full-width Ｒ). A label's
 * wrapped words repeat as often (`と課題`) but never stand before the first item.
 */
export function repeatedCover(lines: readonly LexedLine[], departmentStart: RegExp | null = null): Set<string> {
  const cover: string[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    if (l.marker || departmentStart?.test(l.text.trim()) || cover.length === COVER_LINES) break;
    cover.push(coverKey(l));
  }
  const count = new Map<string, number>();
  for (const l of lines) if (!l.blank) count.set(coverKey(l), (count.get(coverKey(l)) ?? 0) + 1);
  return new Set(cover.filter((k) => k.length <= 40 && (count.get(k) ?? 0) >= 2));
}

const COVER_LINES = 8;

/** A line as a running header is compared: printed once with a full-width Ｒ or ！, once without. */
export function coverKey(l: LexedLine): string {
  return l.key.normalize('NFKC');
}
