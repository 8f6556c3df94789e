import type { Fill, Rule, TextRun } from './page-content.js';
import { findTables } from './tables.js';

/**
 * Filled boxes are borders where they belong to a ruled table (a shaded cell: its edges are drawn
 * anyway, or complete a table the page break left open: 桑名's rendered seed) or tile a table
 * (every cell a box, white gaps between), and around a shaded heading. Where the text across their
 * rows stands outside them, they only shade some cells (a label column, a header row: the seeds
 * printed `filled` by scripts/render-variants.ts, as Word and Excel shade them): their edges would
 * cut the table into the shaded cells and one cell holding all the rest, so that table is read as
 * one without rules (text-columns.ts).
 */
export function fillBorders(fills: Fill[], strokes: Rule[], runs: TextRun[]): Rule[] {
  if (fills.length === 0) return [];
  const edges = (f: Fill): Rule[] => [
    { x0: f.x0, x1: f.x1, y0: f.top, y1: f.top },
    { x0: f.x0, x1: f.x1, y0: f.bottom, y1: f.bottom },
    { x0: f.x0, x1: f.x0, y0: f.top, y1: f.bottom },
    { x0: f.x1, x1: f.x1, y0: f.top, y1: f.bottom },
  ];
  const out: Rule[] = [];
  for (const t of findTables([...strokes, ...fills.flatMap(edges)])) {
    const mine = fills.filter((f) => within(f, t));
    if (mine.length === 0) continue;
    // in a ruled table a shaded cell is bordered anyway, or gives the border a page break left out
    if (mine.some((f) => edges(f).some((e) => strokes.some((r) => alongside(e, r))))) {
      out.push(...mine.flatMap(edges));
      continue;
    }
    let placed = 0;
    let total = 0;
    // the text across the boxes' rows: a shaded label column has its values beside it
    for (const r of runs) {
      const mid = (r.top + r.bottom) / 2;
      if (mid < t.top - 1 || mid > t.bottom + 1) continue;
      const n = r.text.trim().length;
      total += n;
      const c = centre(r);
      if (mine.some((f) => within(c, f))) placed += n;
    }
    // shading leaves most of the text across its rows outside the boxes; tiles hold it all. A box
    // alone is no tiling: text beside it on its rows makes it a shaded cell of theirs, however little
    // (伊勢崎's 取組達成度 ◎:計画以上 label, shaded, under the table's last rule, its grades ◎ ◎ ◎ beside
    // it: 11 characters in, 3 out, and its edges had made it a table of its own — IPAex Mincho 9 pt,
    // 12 mm, by Chromium)
    const tiled = mine.length > 1 ? placed >= total * 0.8 : placed === total;
    if (total === 0 || tiled) out.push(...mine.flatMap(edges));
  }
  return out;
}

/** Two rules on one line that overlap: a fill's edge drawn again as a stroke. */
function alongside(a: Rule, b: Rule): boolean {
  const horizontal = a.y0 === a.y1;
  if (horizontal !== (b.y0 === b.y1)) return false;
  return horizontal ? Math.abs(a.y0 - b.y0) <= 2 && a.x0 < b.x1 - 2 && b.x0 < a.x1 - 2 : Math.abs(a.x0 - b.x0) <= 2 && a.y0 < b.y1 - 2 && b.y0 < a.y1 - 2;
}

const centre = (r: TextRun) => ({ x0: (r.x0 + r.x1) / 2, x1: (r.x0 + r.x1) / 2, top: (r.top + r.bottom) / 2, bottom: (r.top + r.bottom) / 2 });

function within(a: { x0: number; x1: number; top: number; bottom: number }, b: { x0: number; x1: number; top: number; bottom: number }): boolean {
  return a.x0 >= b.x0 - 1 && a.x1 <= b.x1 + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}
