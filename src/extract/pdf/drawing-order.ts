import type { TextRun } from './page-content.js';

/**
 * Where the drawing order parts a line into cells. A producer that lays out a table draws it cell by
 * cell, each cell's lines top to bottom: where two runs meet on a line, the left one's cell going on
 * below it before the right one's cell starts, they are two cells however close they stand. Writer
 * sets unpadded cells against each other (木更津's 計） ※以下の条件 1.4 pt from R5 under 年度, Noto Serif
 * CJK 13 pt on B5 by LibreOffice without padding, the 174th typography; 伊勢崎's ・伊勢崎市 touching
 * ・伊勢崎市情報セキュリティ, IPAex Gothic 16 pt on B5, the 161st), where the geometry alone shows one
 * line of text.
 *
 * Marks `drawnApart` on the right run of each such meeting. `runs` in drawing order. A page whose
 * drawing does not keep its lines together (a gazette set a character at a time, glyphs drawn in an
 * order of their own) gets no mark: there the order says nothing.
 */
export function markDrawnApart(runs: readonly TextRun[]): void {
  const lines = linesOf(runs);
  const lineOf = new Map<TextRun, number>();
  lines.forEach((line, k) => line.forEach((u) => lineOf.set(u, k)));
  const order = new Map(runs.map((u, i) => [u, i]));
  const marks: TextRun[] = [];
  let touching = 0;
  let touchingApart = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const u = line[k - 1]!;
      const v = line[k]!;
      const hole = v.x0 - u.x1;
      if (hole < -TOUCH) continue;
      const i = order.get(u)!;
      const j = order.get(v)!;
      const before = runs[j - 1];
      const after = runs[i + 1];
      // (the left cell goes on below, the right one's drawing came from another line: not a run of
      // one line the producer drew in two strokes)
      const apart = j !== i + 1 && !!before && lineOf.get(before) !== lineOf.get(v) && (!after || lineOf.get(after) !== lineOf.get(u));
      if (hole <= TOUCH) {
        touching++;
        if (apart) touchingApart++;
      }
      if (apart) marks.push(v);
    }
  }
  // (the 官報 read as lines across its vertical columns: nearly every touch drawn apart)
  if (touchingApart > Math.max(3, touching * 0.05)) return;
  for (const v of marks) v.drawnApart = true;
}

/** Runs touching closer than this (points) meet; further into each other, they overprint. */
const TOUCH = 0.5;

/** The page's horizontal runs as lines, each left to right: runs whose feet stand within 0.4 of the smaller size. */
function linesOf(runs: readonly TextRun[]): TextRun[][] {
  const sorted = runs.filter((r) => !r.vertical).sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const lines: { runs: TextRun[]; bottom: number; size: number }[] = [];
  for (const r of sorted) {
    const line = lines.slice(-4).find((g) => Math.abs(g.bottom - r.bottom) <= Math.min(g.size, r.size) * 0.4);
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else lines.push({ runs: [r], bottom: r.bottom, size: r.size });
  }
  return lines.map((l) => l.runs.sort((a, b) => a.x0 - b.x0));
}
