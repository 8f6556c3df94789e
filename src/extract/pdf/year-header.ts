import type { Rule, TextRun } from './page-content.js';
import type { Table } from './tables.js';
import { lineCells, textRows, type Row } from './text-columns.js';
import { eraYearOf } from '../../vocabulary/era-year.js';

/** At most this many lines of a label the page broke may stand between a header and its table. */
const TAIL_LINES = 4;

/**
 * A row of era years (令和2年度 … 令和6年度) standing free over a table whose borders the page
 * does not draw is that table's header row: the header a producer repeats at the head of each
 * page of a table the page broke (Chromium's and LibreOffice's repeated `<thead>`), set in cells
 * of its own, apart from the body by the cells' padding. Its cells place the year columns; a year
 * whose column is empty on this page (令和6年度 of a plan reported up to 令和5年度) adds that column
 * back, so that the body's cells keep their years. The lines between it and the table that stand
 * in the table's first column are the end of a label the page broke (伊勢崎's 取組達成度 ◎:計画以上 /
 * ○:ほぼ計画通り … over 取組課題と次年度以降の方針): a row of their own, as the ruled print has it.
 * Learnt from 伊勢崎's sheets printed without rules in BIZ UDPGothic (render-variants, Chromium).
 * Returns the borders to add: the header row's and the new columns'.
 */
export function yearHeaderRules(tables: Table[], runs: TextRun[], drawn: Rule[]): Rule[] {
  const out: Rule[] = [];
  const inTable = (r: TextRun) => tables.some((t) => (r.x0 + r.x1) / 2 >= t.x0 && (r.x0 + r.x1) / 2 <= t.x1 && (r.top + r.bottom) / 2 >= t.top && (r.top + r.bottom) / 2 <= t.bottom);
  const free = textRows(runs.filter((r) => !r.vertical && !inTable(r)));
  for (const t of tables) {
    if (t.xs.length < 3 || drawnAt(drawn, t.top, t.x0, t.x1)) continue;
    const above = free.filter((r) => r.bottom <= t.top + 1).reverse();
    const tails: Row[] = [];
    let edge = t.top;
    let header: Row | null = null;
    for (const r of above) {
      if (edge - r.bottom > r.size * 2.5) break;
      if (r.x0 >= t.xs[0]! - 2 && r.x1 <= t.xs[1]! + 2 && tails.length < TAIL_LINES) {
        tails.push(r);
        edge = r.top;
        continue;
      }
      header = r;
      break;
    }
    if (!header) continue;
    const cells = lineCells(header);
    if (cells.length < 2 || cells.some((c) => eraYearOf(c.text) === null)) continue;
    // each year over a column of its own after the label column, left to right; past the table's
    // right edge, a column of its own
    const cols = cells.map((c) => {
      const mid = (c.x0 + c.x1) / 2;
      return mid > t.x1 ? Infinity : t.xs.findIndex((x, k) => k + 1 < t.xs.length && mid >= x && mid <= t.xs[k + 1]!);
    });
    if (cols.some((k) => k < 1) || cols.some((k, i) => i > 0 && k !== Infinity && k <= cols[i - 1]!)) continue;
    const beyond = cells.filter((_, i) => cols[i] === Infinity);
    const x1 = beyond.length ? Math.max(t.x1, beyond.at(-1)!.x1 + 2) : t.x1;
    const top = header.top - 2;
    out.push({ x0: t.x0, x1, y0: top, y1: top });
    // (the label's lines one row: the end of one cell)
    if (tails.length) {
      const y = (header.bottom + tails.at(-1)!.top) / 2;
      out.push({ x0: t.x0, x1, y0: y, y1: y });
    }
    for (const x of t.xs) out.push({ x0: x, x1: x, y0: top, y1: t.top });
    if (beyond.length === 0) continue;
    out.push({ x0: t.x1, x1, y0: t.top, y1: t.top }, { x0: t.x1, x1, y0: t.bottom, y1: t.bottom }, { x0: x1, x1, y0: top, y1: t.bottom });
    // (the table's own right edge is the first new column's left border where it stands in the
    // gap before that year; else the gap's middle)
    let prevEnd = cells[cells.indexOf(beyond[0]!) - 1]?.x1 ?? t.x1;
    for (const c of beyond) {
      const x = t.x1 > prevEnd && t.x1 < c.x0 ? t.x1 : (prevEnd + c.x0) / 2;
      out.push({ x0: x, x1: x, y0: top, y1: t.bottom });
      prevEnd = c.x1;
    }
  }
  return out;
}

function drawnAt(rules: Rule[], y: number, x0: number, x1: number): boolean {
  return rules.some((r) => r.y0 === r.y1 && Math.abs(r.y0 - y) <= 2 && r.x0 <= x0 + 2 && r.x1 >= x1 - 2);
}
