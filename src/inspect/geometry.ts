import type { Box } from '../extract/source-text.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { cellParagraphs, compareKey, type Region } from './attribute.js';
import type { PagePicture } from './collect.js';

/**
 * Where each region stands on its page: a table cell's box from the grid the reader built (its
 * rows merged down included), any other line's box; a paragraph of a cell is the band of the
 * cell's printed lines that hold its characters, counted in order.
 */
export interface Placed {
  page: number;
  box: Box;
}

export function placeRegions(regions: readonly Region[], lines: readonly LexedLine[], pages: readonly PagePicture[]): (Placed | null)[] {
  const byNo = new Map(lines.map((l) => [l.no, l]));
  const pageOf = new Map(pages.map((p) => [p.page, p]));
  const rowBox = new Map<string, Box>();
  for (const l of lines) if (l.grid && l.box) rowBox.set(`${l.page}:${l.grid.table}:${l.grid.row}`, l.box);
  const cellBox = (l: LexedLine, cell: number): Box | null => {
    const g = l.grid?.cells[cell];
    if (!g || !l.box) return null;
    let bottom = l.box.bottom;
    for (let r = l.grid!.row + 1; r < l.grid!.row + g.rowSpan; r++) bottom = rowBox.get(`${l.page}:${l.grid!.table}:${r}`)?.bottom ?? bottom;
    return { x0: g.x0, x1: g.x1, top: l.box.top, bottom };
  };
  return regions.map((r) => {
    const l = byNo.get(r.line);
    if (!l?.box || l.page === null || !pageOf.has(l.page)) return null;
    let box = r.cell !== null && l.grid ? (cellBox(l, r.cell) ?? l.box) : l.box;
    if (r.para !== null && r.cell !== null) box = paragraphBand(pageOf.get(l.page)!, box, cellParagraphs(l.cells[r.cell] ?? ''), r.para) ?? box;
    return { page: l.page, box };
  });
}

/** The printed lines inside a box: runs grouped by their middle, left to right. */
function printedLines(page: PagePicture, box: Box): { top: number; bottom: number; key: string }[] {
  const runs = page.runs.filter((r) => {
    const cx = (r.x0 + r.x1) / 2;
    const cy = (r.top + r.bottom) / 2;
    return cx >= box.x0 && cx <= box.x1 && cy >= box.top && cy <= box.bottom;
  });
  runs.sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const out: { top: number; bottom: number; runs: typeof runs }[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && (r.top + r.bottom) / 2 < last.bottom) {
      last.runs.push(r);
      last.bottom = Math.max(last.bottom, r.bottom);
    } else out.push({ top: r.top, bottom: r.bottom, runs: [r] });
  }
  return out.map((l) => ({ top: l.top, bottom: l.bottom, key: compareKey(l.runs.sort((a, b) => a.x0 - b.x0).map((r) => r.text).join('')) }));
}

function paragraphBand(page: PagePicture, cell: Box, paras: readonly string[], k: number): Box | null {
  const printed = printedLines(page, cell);
  if (printed.length === 0) return null;
  const lengths = paras.map((p) => compareKey(p).length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const printedTotal = printed.reduce((a, l) => a + l.key.length, 0);
  if (total === 0 || printedTotal === 0) return null;
  // the paragraph's share of the cell's characters, laid over the printed lines' characters
  const from = (lengths.slice(0, k).reduce((a, b) => a + b, 0) / total) * printedTotal;
  const to = (lengths.slice(0, k + 1).reduce((a, b) => a + b, 0) / total) * printedTotal;
  let at = 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (const l of printed) {
    const a = at;
    at += l.key.length;
    // a line belongs where most of its characters do
    const overlap = Math.min(at, to) - Math.max(a, from);
    if (overlap > l.key.length / 2 || (overlap > 0 && l.key.length <= 1)) {
      top = Math.min(top, l.top);
      bottom = Math.max(bottom, l.bottom);
    }
  }
  return top < bottom ? { x0: cell.x0, x1: cell.x1, top: top - 1, bottom: bottom + 1 } : null;
}
