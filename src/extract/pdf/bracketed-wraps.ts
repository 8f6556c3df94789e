import type { Rule, TextRun } from './page-content.js';
import type { Table, TableCell } from './tables.js';

const OPENS = /[(（]/g;
const CLOSES = /[)）]/g;
/** A line that closes a bracket it did not open, within a few characters: the end of a wrapped note. */
const CLOSES_FIRST = /^[^(（)）]{0,12}[)）]/u;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * A label with a bracketed note typed after a space (`5年後までの目標 (目指すべき姿)`), wrapped in
 * its cell: the column finder saw the space on the first line as a gap between cells, so the note's
 * head (`(目指すべき`) stood alone in a cell right of the label and its tail (`姿)`) under the label.
 * 伊勢崎 printed by LibreOffice without inner rules, in every typeface we tried. The head goes back
 * into the label's cell when: it is its cell's only line and opens a bracket it does not close; it
 * stands a word gap after the label's line; the label's next line closes a bracket first; and no
 * rule is drawn between them. `perCell` changes in place.
 */
export function rejoinBracketedWraps(tables: Table[], perCell: Map<TableCell, TextRun[]>, drawn: Rule[]): void {
  for (const table of tables) {
    for (const b of table.cells) {
      const head = perCell.get(b);
      if (!head?.length) continue;
      const size = Math.max(...head.map((r) => r.size));
      const top = Math.min(...head.map((r) => r.top));
      if (head.some((r) => Math.abs(r.top - top) > size * 0.3)) continue;
      const runs = [...head].sort((p, q) => p.x0 - q.x0);
      const text = runs.map((r) => r.text).join('');
      if (count(text, OPENS) <= count(text, CLOSES)) continue;
      const mid = top + size / 2;
      const a = table.cells.find((c) => c !== b && Math.abs(c.x1 - b.x0) <= 1 && c.top <= mid && c.bottom >= mid);
      const label = a && perCell.get(a);
      if (!a || !label) continue;
      if (drawn.some((r) => r.x0 === r.x1 && Math.abs(r.x0 - b.x0) <= 2 && Math.min(r.y0, r.y1) <= mid && Math.max(r.y0, r.y1) >= mid)) continue;
      const same = label.filter((r) => Math.abs(r.top - top) <= size * 0.3);
      const end = Math.max(...same.map((r) => r.x1));
      if (!same.length || runs[0]!.x0 - end > size * 0.6 || runs[0]!.x0 < end - 0.5) continue;
      const below = label.filter((r) => r.top > top + size * 0.5);
      if (!below.length) continue;
      const nextTop = Math.min(...below.map((r) => r.top));
      if (nextTop - top > size * 2.2) continue;
      const next = below
        .filter((r) => Math.abs(r.top - nextTop) <= size * 0.3)
        .sort((p, q) => p.x0 - q.x0)
        .map((r) => r.text)
        .join('');
      if (!CLOSES_FIRST.test(next)) continue;
      label.push(...head);
      perCell.delete(b);
    }
  }
  rejoinStrayCloses(tables, perCell, drawn);
}

/**
 * The same label on one line whose closing bracket reaches past the column edge the text gaps
 * gave (`5 年後までの目標 (目指すべき姿` / `)`: the bracket, set in a Latin face, starts where the
 * border was put): 伊勢崎 printed by LibreOffice in Noto Sans 9.5 pt, the bracket alone in the next
 * column, read as the first paragraph of the goal. Or hung there by the producer, with the next cell's
 * text under it (木更津's `(各年度末時点` / `)` over `350,000,000円` in 結果's column, LibreOffice in an outer
 * frame). A line's first run in a cell, of closing brackets only, touching the end of a line in the
 * cell left of it that opens more than it closes, with no rule drawn between them, goes back into
 * that cell.
 */
function rejoinStrayCloses(tables: Table[], perCell: Map<TableCell, TextRun[]>, drawn: Rule[]): void {
  for (const table of tables) {
    for (const b of table.cells) {
      const runs = perCell.get(b);
      if (!runs?.length) continue;
      const strays = runs.filter((r0) => /^[)）]{1,2}$/u.test(r0.text.trim()) && !runs.some((o) => o !== r0 && o.x0 < r0.x0 && Math.abs(o.top - r0.top) <= r0.size * 0.3));
      for (const r0 of strays) {
        const mid = (r0.top + r0.bottom) / 2;
        const a = table.cells.find((c) => c !== b && Math.abs(c.x1 - b.x0) <= 1 && c.top <= mid && c.bottom >= mid);
        const label = a && perCell.get(a);
        if (!a || !label) continue;
        if (drawn.some((r) => r.x0 === r.x1 && Math.abs(r.x0 - b.x0) <= 2 && Math.min(r.y0, r.y1) <= mid && Math.max(r.y0, r.y1) >= mid)) continue;
        const same = label.filter((r) => Math.abs(r.top - r0.top) <= r0.size * 0.3).sort((p, q) => p.x0 - q.x0);
        if (!same.length) continue;
        const end = same.at(-1)!.x1;
        const text = same.map((r) => r.text).join('');
        if (Math.abs(r0.x0 - end) > r0.size * 0.15 || count(text, OPENS) <= count(text, CLOSES)) continue;
        label.push(r0);
        runs.splice(runs.indexOf(r0), 1);
      }
      if (runs.length === 0) perCell.delete(b);
    }
  }
}
