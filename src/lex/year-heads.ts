import { type SourceLine, withCells } from '../extract/source-text.js';
import { eraYearOf, isEraYearHead } from '../vocabulary/era-year.js';

/**
 * A header row of years the page broke between its lines goes back into one row: 具体的な | | 令和2 | 令和3 … at a page's
 * foot, 取組事項 | | 年度 | 年度 … at the next page's head, read as two tables of their own (伊勢崎's 取組工程 header in a
 * Writer document, which lets a row break across pages: BIZ UDPMincho 13.5 pt on B5 and Noto Sans CJK 15 pt on A4 by
 * LibreOffice, the 351st and 355th — no row of years, every step's plan was lost). The rows must hold as many cells, two
 * of them or more an era year only once joined, and no other cell a year on either side. Changes `lines` in place;
 * returns how many headers went back together.
 */
export function joinBrokenYearHeads(lines: SourceLine[]): number {
  let joined = 0;
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (!a.cells || !b.cells || a.page === null || b.page !== a.page + 1) continue;
    const under = aligned(a.cells, b.cells);
    if (!under) continue;
    const pairs = a.cells.map((c, k) => [c.trim(), under[k]!.trim()] as const);
    const years = pairs.filter(([x, y]) => x !== '' && y !== '' && eraYearOf(x) === null && eraYearOf(y) === null && eraYearOf(x + y) !== null).length;
    const others = pairs.filter(([x, y]) => !(x !== '' && y !== '' && eraYearOf(x + y) !== null));
    if (years < 2 || others.some(([x, y]) => eraYearOf(x) !== null || eraYearOf(y) !== null || /年度?$/u.test(y))) continue;
    lines[i - 1] = withCells(a, pairs.map(([x, y]) => x + y));
    lines.splice(i--, 1);
    joined++;
  }
  return joined;
}

/**
 * The second row's cells under the first's: one for one where they hold as many; else shifted so that its first cell
 * that ends a year (年度) stands under the first row's first year begun (令和2), every cell it moves past the other row's
 * ends empty — the page's own grids may hold a column more on one page (伊勢崎's | | 具体的 | 令和2 … over | な取組事項 | 年度 …).
 */
function aligned(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length === b.length) return [...b];
  const from = a.findIndex(isEraYearHead);
  const to = b.findIndex((c) => /^年度$/u.test(c.trim()));
  if (from < 0 || to < 0) return null;
  const shift = from - to;
  const out = a.map((_, k) => b[k - shift] ?? '');
  const lost = b.filter((c, k) => (k + shift < 0 || k + shift >= a.length) && c.trim() !== '');
  return lost.length === 0 ? out : null;
}
