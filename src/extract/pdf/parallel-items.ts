/**
 * Items of a list set a row each, their values beside them in the same row of the page: 伊勢崎's 取組工程,
 * `・リーフレットの配布 | 作成・配布 | 作成・配布 …` over `・出前講座の実施 | 実施 | 実施 …`, each item a row of the
 * source. Where the page shows no border between those rows (a print without rules, or a row the page broke),
 * the cells right of the list read as one paragraph of wrapped lines — `作成・配布実施` — unless each of their
 * lines is taken as the value of the item it stands level with.
 */
import type { PdfBlock, PdfCell } from './page-blocks.js';
import { SENTENCE_GOES_ON, STARTS_ITEM, type Paragraph } from './text-lines.js';

type Row = PdfBlock & { kind: 'row' };

/** How far apart two lines' tops may be and still stand level (points). */
const LEVEL = 2;

/** A list mark (・, ①), the same for two texts (・ and ・, not ① and ・). */
const mark = (text: string) => (STARTS_ITEM.test(text.trim()) ? text.trim()[0]! : null);

const topOf = (p: Paragraph) => p.lines[0]!.top;

/** The row's list cells: two items or more, each opened by the same mark. */
function lists(row: Row): PdfCell[] {
  return row.cells.filter((c) => c.paragraphs.length >= 2 && mark(c.paragraphs[0]!.text) !== null && c.paragraphs.every((p) => mark(p.text) === mark(c.paragraphs[0]!.text)));
}

/**
 * Parts, in place, the paragraphs of cells right of a list whose every line stands level with the first
 * line of an item, one line to an item: a value per item. Not a cell that is a list of its own (its
 * lines open items, or wrap inside them), nor a line that goes on a sentence.
 * (伊勢崎's `作成・配布` / `実施` beside `・リーフレットの配布` / `・出前講座の実施`, two lines alone at a page's
 * head whose pitch the page could not tell from a wrap: BIZ UDPGothic 11.5 pt on B5 landscape by Chromium
 * without rules, the 129th typography.)
 */
export function partParallelItems(row: Row): void {
  for (const list of lists(row)) {
    const levels = list.paragraphs.map(topOf);
    const level = (y: number) => levels.findIndex((l) => Math.abs(l - y) <= LEVEL);
    row.cells.forEach((c, i) => {
      if (c.col <= list.col || c.paragraphs.length === 0 || c.paragraphs.some((p) => mark(p.text) !== null)) return;
      const lines = c.paragraphs.flatMap((p) => p.lines);
      const at = lines.map((l) => level(l.top));
      if (lines.length < 2 || at.some((k) => k < 0) || new Set(at).size !== at.length) return;
      if (lines.slice(1).some((l) => SENTENCE_GOES_ON.test(l.text.trim()))) return;
      if (c.paragraphs.length === lines.length) return;
      row.cells[i] = { ...c, paragraphs: lines.map((l) => ({ text: l.text, lines: [l] })) };
    });
  }
}

/**
 * The columns of a row the page broke whose last paragraph at the page's foot and first at the next page's
 * head are two items' values, not one paragraph wrapped: a list beside them ends an item at the foot and opens
 * its next at the head with the same mark, and each of those cells' paragraphs starts level with that item's,
 * a line longer than it at most (伊勢崎's `・各取り組みの検討、計画 | 検討等 …` at a page's foot, `・各取り組みの実施 | 実施 …`
 * at the next page's head: IPAex Mincho 12 pt on B5 by Chromium, fully ruled, Chromium leaving the border
 * between the two rows to the page before — read as one row, each year's plan was 検討等実施).
 */
export function parallelAcross(broken: Row, next: Row): Set<number> {
  const out = new Set<number>();
  broken.cells.forEach((list, k) => {
    const foot = list.paragraphs.at(-1);
    const head = next.cells[k]?.paragraphs[0];
    if (!foot || !head || mark(foot.text) === null || mark(foot.text) !== mark(head.text)) return;
    broken.cells.forEach((c, j) => {
      const end = c.paragraphs.at(-1);
      const start = next.cells[j]?.paragraphs[0];
      if (j <= k || !end || !start || mark(end.text) !== null || mark(start.text) !== null || SENTENCE_GOES_ON.test(start.text.trim())) return;
      if (Math.abs(topOf(end) - topOf(foot)) > LEVEL || Math.abs(topOf(start) - topOf(head)) > LEVEL || end.lines.length > foot.lines.length + 1) return;
      out.add(j);
    });
  });
  return out;
}
