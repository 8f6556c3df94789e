/**
 * A table's rows where its lines leave no room between them: a row starts where its first column
 * starts a label (rowsByLabel), or where a line opens an item beside a cell of another column
 * (rowsAtItems). Asked by emit; the largest single step, in a module of its own.
 */
import type { TextRun } from '../page-content.js';
import { ENDS_SENTENCE, OPEN_PHRASE_END, SENTENCE_GOES_ON, shortBy } from '../text-lines.js';
import { labelName, labelRole } from '../../../vocabulary/index.js';
import { eraYearOf } from '../../../vocabulary/era-year.js';
import type { Block, Row } from './types.js';
import { BULLET, LABEL_CHARS, LEADING_NUMBER, MIN_CHANNEL_EM, NOTE_MARK, SEAM } from './measures.js';
import { CANNOT_OPEN } from '../../../normalize/particles.js';
import { bodySize, hungFrom, itemNumber, lineCells, partedOnBorders, pieces, reachOf } from './lines.js';
import { toBlock } from './blocks.js';

/** A CSS pixel in points: where Chromium sets a line. */
const CSS_PIXEL = 0.75;

/** A character of words: kana, kanji, a Latin letter or a digit (not a mark or a symbol). */
const WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u;

/** Whether a text opens a bracket it does not close: a label wrapped inside its brackets. */
const unclosed = (t: string) => (t.match(/[（(]/gu)?.length ?? 0) > (t.match(/[）)]/gu)?.length ?? 0);

interface Piece {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  text: string;
  /** The size its text starts in. */
  size: number;
}
/** A legend's entry: a grade's mark and a colon (◎:計画以上); LEGEND_START, a text that opens with one. */
const LEGEND_ENTRY = /[◎○〇◯△▲×✕]\s*[:：]/u;
const LEGEND_START = new RegExp(`^${LEGEND_ENTRY.source}`, 'u');

/**
 * A block parted where a line opens an item (①…) in one column, that column blank for a line or
 * more above it, and a cell of another column starts on the same line: the next row, however close
 * the other columns' lines stand (刈谷's `す。` at a page's head, the rest of ① the page broke, and
 * `②物価高騰対策…` | `財務課` | `補正予算…` under it, the 目標達成基準 lines of both rows at one pitch;
 * Noto Serif 10.5 pt landscape by LibreOffice without rules).
 */
export function rowsAtItems(b: Block, xs: number[], lead: number): Block[] {
  const columnOf = (u: TextRun) => xs.filter((x) => x < (u.x0 + u.x1) / 2).length;
  // (each line's first run in each column: where its cell's text starts on that line)
  const heads = (r: Row) => {
    const out = new Map<number, TextRun>();
    for (const u of r.runs) if (!out.has(columnOf(u))) out.set(columnOf(u), u);
    return out;
  };
  const cuts: number[] = [];
  for (let i = 1; i < b.rows.length; i++) {
    const r = b.rows[i]!;
    const starts = heads(r);
    if (starts.size < 2) continue;
    const item = [...starts].find(([, u]) => /^[①-⑳]/u.test(u.text.trim()));
    if (!item) continue;
    const [k] = item;
    const above = b.rows.slice(cuts.at(-1) ?? 0, i).filter((o) => o.runs.some((u) => columnOf(u) === k));
    const last = above.at(-1);
    if (!last || r.top - last.bottom < Math.max(lead, r.size) * 1.5) continue;
    cuts.push(i);
  }
  if (cuts.length === 0) return [b];
  return [0, ...cuts].map((from, j) => toBlock(b.rows.slice(from, cuts[j] ?? b.rows.length)));
}

/**
 * A block parted at a line whose cell, past the first column, is a year alone (R5, 令和6年度) under a
 * line of that column: a sub-table's rows, one year each, however close Writer sets them beside a label
 * merged down them — 木更津's (各年度末時点) / R5 / R6 / R7 under 目標値 beside 令和5年度の活 / 動経過・今後の /
 * 予定, the targets blank (IPAex Gothic 16 pt on B5 by LibreOffice in an outer frame, the 161st: R5 had been
 * a line of (各年度末時点)'s cell, and both the start of that record's 令和5年度の活動経過). A year is a row's
 * head, not a wrapped line's end: no paragraph's line is a year alone. And at a line of years in turn.
 */
export function rowsAtYears(b: Block, xs: number[]): Block[] {
  const columnAt = (x: number) => xs.filter((c) => c < x).length;
  const short = (t: string) => [...t.replace(/\s/gu, '')].length <= LABEL_CHARS;
  const cuts: number[] = [];
  for (let i = 1; i < b.rows.length; i++) {
    const r = b.rows[i]!;
    // (a line of years in turn, two or more, is a year table's heads: a row of its own under any lines —
    // 伊勢崎's 具体的な取 | 令和2年度 … 令和6年度 under 5年後までの目標's text, Writer's rows a pitch apart; Noto Serif
    // 14 pt on B5 by LibreOffice with shaded labels, the 156th: read into the goal, the plans were lost. Each
    // column's text: Writer's unpadded year cells leave no word gap between them)
    const byColumn = new Map<number, string>();
    for (const u of r.runs) byColumn.set(columnAt((u.x0 + u.x1) / 2), (byColumn.get(columnAt((u.x0 + u.x1) / 2)) ?? '') + u.text);
    const years = [...byColumn.values()].map((t) => eraYearOf(t.trim())).filter((y): y is number => y !== null);
    if (years.length >= 2 && years.every((y, j) => j === 0 || y === years[j - 1]! + 1)) {
      cuts.push(i);
      continue;
    }
    // (a piece of the line alone, room either side, and the line's other pieces short values after it:
    // not a year a line of prose holds)
    const cells = lineCells(r);
    const at = cells.findIndex((c) => columnAt((c.x0 + c.x1) / 2) > 0 && eraYearOf(c.text.trim()) !== null);
    if (at < 0 || !cells.every((c, j) => j === at || (j > at && short(c.text)))) continue;
    const k = columnAt((cells[at]!.x0 + cells[at]!.x1) / 2);
    // (under a short cell of that column that stops short of its border or runs across it, a cell merged
    // over the next: a heading's note, another year — not a narrow cell's line run up to its edge, its
    // text going on on the year's line, 伊勢崎's …会計シス / テムでは / 令和4年… or …ことができた。 / 令和3年度 / から…)
    const above = b.rows.slice(cuts.at(-1) ?? 0, i).flatMap((o) => lineCells(o).filter((c) => columnAt((c.x0 + c.x1) / 2) === k)).at(-1);
    const edge = xs[k] ?? b.x1;
    if (above && short(above.text) && !OPEN_PHRASE_END.test(above.text.trim()) && (above.x1 < edge - r.size * 1.5 || above.x1 > edge + r.size)) cuts.push(i);
  }
  if (cuts.length === 0) return [b];
  return [0, ...cuts].map((from, j) => toBlock(b.rows.slice(from, cuts[j] ?? b.rows.length)));
}

/**
 * A block parted where a line's first cell is a label the vocabulary knows, set right under another
 * such label in the same column (one of the first three), the two no label together: labels stacked
 * in a label column are rows, not one label's lines. 伊勢崎's No. | ① | 取組項目 | 市民協働による… over
 * 担当部課 | 市民部市民活動課, Writer's unpadded rows one pitch apart, the label column two columns on
 * (BIZ UDPGothic 14 pt on B5 by LibreOffice without rules: one row, the sheet's title had taken its
 * department's name and the record lost its department).
 */
export function rowsAtStackedLabels(b: Block, xs: number[]): Block[] {
  const inLabels = (x: number) => xs.length < 3 || x < xs[2]! + SEAM;
  const starts = b.rows.flatMap((r, i) => {
    if (i === 0) return [];
    const cell = lineCells(r)[0];
    if (!cell || !inLabels(cell.x0) || labelRole(cell.text) === null) return [];
    const above = lineCells(b.rows[i - 1]!).find((c) => Math.abs(c.x0 - cell.x0) <= r.size * 0.5);
    return above && labelRole(above.text) !== null && labelRole(above.text + cell.text) === null ? [i] : [];
  });
  if (starts.length === 0) return [b];
  return [0, ...starts].map((from, k) => toBlock(b.rows.slice(from, starts[k] ?? b.rows.length)));
}

/** Where three lines or more start a piece right of a border, to half a point (keys: x × 2, rounded). */
function columnStarts(lines: readonly Row[], xs: readonly number[]): Set<number> {
  const count = new Map<number, number>();
  for (const r of lines) {
    for (const [k, u] of r.runs.entries()) {
      const v = r.runs[k - 1];
      if (v && u.x0 - v.x1 <= SEAM) continue;
      if (!xs.some((x) => u.x0 > x && u.x0 - x < r.size)) continue;
      const key = Math.round(u.x0 * 2);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  return new Set([...count].filter(([, n]) => n >= 3).map(([key]) => key));
}

/**
 * The rows of a table that leaves no room between them, so that it is one block: LibreOffice sets
 * unpadded cells (the seeds printed without rules) one line pitch apart, and Word's tables have no
 * padding above and below by default. A row starts on a line where the first column starts a cell:
 * after lines where that column is empty; or after its text ended short of the column's edge,
 * unless another cell on the line is going on, wrapped from the line above or the next item of
 * a list (桑名's label 目標達成のための / 手段及び / 方策 stands beside ② and ③ of one cell).
 * Lines above the first such line that do not start at a column's edge (a title, a date) are
 * not the table's.
 */
export function rowsByLabel(b: Block, xs: number[], lead = 0, tableRows: Row[] = b.rows): Block[] {
  const lines = b.rows;
  const n = xs.length + 1;
  // a cell whose line runs on past its border without a gap: part of text across the columns
  const cut = new Set<Piece>();
  // (not a label where the text after the room starts where the next column's lines start, three at least: the next
  // cell, set a little apart — 伊勢崎's 取組成果 | 適正かつ公正な…, 1.8 pt (0.23 em) apart, the year's lines from 116 pt;
  // Noto Serif CJK 8 pt on A4 in an outer frame with 2 pt padding, the 183rd — read run on, the label was no label, and
  // 取組状況's row took 取組成果's. In the first column only: names set a space apart in one cell further right start
  // where other lines' names do, 刈谷's 水道課 下水道課 in 課等, IPAex Mincho 13 pt by LibreOffice, the 161st)
  const startsOfColumn = columnStarts(lines, xs);
  const cells = lines.map((r) => {
    const out: (Piece | null)[] = Array.from({ length: n }, () => null);
    // text across two borders or more is a merged cell's, in the column where it starts: runs that
    // touch make one text (LibreOffice draws a line of a paragraph as one run, Chromium as several:
    // 現状と課題's text under 指標①'s 名称 | 年度 | 目標値 | 結果)
    const merged = pieces(r, SEAM).filter((p) => xs.filter((x) => p.x0 < x && p.x1 > x).length >= 2 && !partedOnBorders(r, p, xs, tableRows));
    for (const u of r.runs) {
      const whole = merged.find((p) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01);
      // (a closing mark hung past a border is the cell's before it: see hungFrom)
      const k = xs.filter((x) => (whole ? whole.x0 + 0.1 : Math.min((u.x0 + u.x1) / 2, hungFrom(u) + 0.3)) > x).length;
      const c = out[k];
      if (c) {
        c.x1 = Math.max(c.x1, u.x1);
        c.top = Math.min(c.top, u.top);
        c.bottom = Math.max(c.bottom, u.bottom);
        c.text += u.text;
      } else out[k] = { x0: u.x0, x1: u.x1, top: u.top, bottom: u.bottom, text: u.text, size: u.size };
    }
    for (const [k, c] of out.entries()) if (c && r.runs.some((u) => u.x0 >= c.x1 - 0.1 && u.x0 - c.x1 < r.size * MIN_CHANNEL_EM && !(k === 0 && u.x0 - c.x1 > SEAM && startsOfColumn.has(Math.round(u.x0 * 2))))) cut.add(c);
    return out;
  });
  // (a note's piece that runs on past its border without a gap: a note across the table, see noteAcross)
  const cutNote = (p: Piece | null | undefined) => !!p && cut.has(p) && NOTE_MARK.test(p.text.trim());
  // (a piece's text with what its line sets against it, up to the first word gap)
  const throughSeams = (c: Piece) => {
    const r = lines[cells.findIndex((o) => o.includes(c))];
    if (!r) return c.text;
    let text = '';
    let end = -Infinity;
    for (const u of r.runs) {
      if (u.x0 < c.x0 - 0.1) continue;
      if (text && u.x0 - end >= r.size * MIN_CHANNEL_EM) break;
      text += u.text;
      end = Math.max(end, u.x1);
    }
    return text || c.text;
  };
  const right = Array.from({ length: n }, (_, k) => Math.max(...cells.map((c) => c[k]?.x1 ?? -Infinity)));
  const left = Array.from({ length: n }, (_, k) => Math.min(...cells.map((c) => c[k]?.x0 ?? Infinity)));
  const columnLines = Array.from({ length: n }, (_, k) => cells.filter((c) => c[k]).length);
  // (where a column's text wraps: the end most of its lines reach, three at least; a figure in
  // half-width digits that does not break runs past it, 伊勢崎's `14,354件 交付` in a year cell in 12 pt)
  const wrapAt = Array.from({ length: n }, (_, k) => {
    const ends = cells.flatMap((c, i) => (c[k] ? [{ x1: c[k]!.x1, size: lines[i]!.size }] : []));
    const count = (x: number) => ends.filter((e) => Math.abs(e.x1 - x) <= e.size * 0.5).length;
    const best = ends.reduce<{ x: number; n: number } | null>((b, e) => { const m = count(e.x1); return !b || m > b.n || (m === b.n && e.x1 > b.x) ? { x: e.x1, n: m } : b; }, null);
    return best && best.n >= 3 ? best.x : right[k]!;
  });
  const wrapFound = Array.from({ length: n }, (_, k) => wrapAt[k] !== right[k] || cells.filter((c) => c[k] && Math.abs(c[k]!.x1 - right[k]!) <= lines[0]!.size * 0.5).length >= 3);
  const edgeLines = Array.from({ length: n }, (_, k) => cells.filter((c, i) => c[k] && c[k]!.x1 >= wrapAt[k]! - lines[i]!.size * 0.5).length);
  // (a cell set a fifth larger than the table's text or more wraps in its own size: 部長目標's 13.9 pt
  // 市民環境 / 部 24 pt apart where 11 pt cells wrap 19 apart, Noto Serif on A3 by LibreOffice. In the
  // cell's size, not its line's: 伊勢崎's 財政効果額(歳入) over (歳出), 8.1 pt labels each a row beside a —
  // drawn 10 pt from a fallback face, and ※継続した… / 況を表示, Noto Serif at 1.8 line spacing by LibreOffice
  // in an outer frame)
  const body = bodySize({ runs: lines.flatMap((r) => r.runs) } as Row);
  // (the size most of a cell's text is set in: a ※ or — drawn from a larger fallback face does not count)
  const ownSizes = new Map<number, number>();
  const ownSize = (i: number, k: number) => {
    let v = ownSizes.get(i * n + k);
    if (v === undefined) {
      const c = cells[i]![k];
      // (of words: a grade ○ drawn 11 pt from a fallback face among 8.9 pt text is no larger cell, 伊勢崎's
      // 取組達成度 | ○ | ○ … Noto Serif on A3 by LibreOffice — reached up, the grades joined 取組成果's row)
      const runs = c ? lines[i]!.runs.filter((u) => u.x0 >= c.x0 - 0.1 && u.x1 <= c.x1 + 0.1 && WORD_CHAR.test(u.text)) : [];
      ownSizes.set(i * n + k, (v = runs.length > 0 ? bodySize({ runs } as Row) : 0));
    }
    return v;
  };
  const above = (i: number, k: number) => {
    // (by the cell's own text: a line of another column's cell may have joined its line)
    const own = ownSize(i, k);
    const reach = reachOf(lines[i]!.size, own >= body * 1.2 ? (lead * own) / body : lead);
    for (let j = i - 1; j >= 0 && lines[j]!.bottom > lines[i]!.top - reach; j--) if (cells[j]![k]) return cells[j]![k]!.bottom > lines[i]!.top - reach ? cells[j]![k]! : null;
    return null;
  };
  // LibreOffice's unpadded rows keep the width of the border they do not draw: more room above a
  // row's first line than between the lines of a cell
  const space = (i: number) => lines[i]!.top - Math.max(...lines.slice(0, i).map((r) => r.bottom));
  // (between the lines of a cell: the next line starts where the line above did, in its size)
  // (one pair of lines once, however many runs line up: Writer draws Noto Serif's lines in short runs)
  const wrapped = lines.slice(1).flatMap((r, i) => {
    const pairs = r.runs.flatMap((u) => lines[i]!.runs.filter((v) => Math.abs(u.x0 - v.x0) <= 0.5 && Math.abs(u.size - v.size) < 0.2 && u.top > v.bottom).map((v) => ({ space: u.top - v.bottom, size: u.size })));
    return pairs.filter((p, k) => pairs.findIndex((q) => Math.abs(q.space - p.space) < 0.05 && q.size === p.size) === k);
  });
  const wrapSpaces = wrapped.map((w) => w.space);
  // (in the size of the text: a smaller reading wraps closer, 部長目標's かわぐち そう / いち in 12 pt)
  // Lines of a cell stand an em apart or less in most prints, and the wrap is capped there: two
  // lines of a column at one x are not always a wrap (伊勢崎's ① / ② in a table of contents, rows
  // 1.15 em apart in Noto Serif by Writer). Where a line of some length ran to its column's wrap edge
  // and the next goes on under it, that room is the wrap, however wide: Writer sets Noto's lines
  // 2.2 em apart (部長目標's goals, 刈谷's 取組内容).
  const fullWraps = cells.slice(1).flatMap((c, j) => c.flatMap((u, k) => {
    const v = cells[j]![k];
    return u && v && Math.abs(u.x0 - v.x0) <= 0.5 && Math.abs(u.size - v.size) < 0.2 && u.top > v.bottom && [...v.text].length >= 4 && v.x1 >= wrapAt[k]! - v.size * 1.5 && !ENDS_SENTENCE.test(v.text.trim()) ? [{ space: u.top - v.bottom, size: u.size }] : [];
  }));
  const sized = (ws: { space: number; size: number }[], size: number) => (ws.some((w) => Math.abs(w.size - size) < 0.2) ? ws.filter((w) => Math.abs(w.size - size) < 0.2) : ws).map((w) => w.space);
  // (no line ran to its column's edge, every goal fitting its line in landscape: where the page's
  // own leading is wider than an em, that is the wrap; 部長目標 in Noto Sans by LibreOffice)
  const capped = (size: number) => Math.min(...sized(wrapped, size), size);
  const wrapSpace = (size: number) => (fullWraps.length > 0 ? Math.max(Math.min(...sized(fullWraps, size)), capped(size)) : lead > size ? Math.max(lead, capped(size)) : capped(size));
  // (the wrap as most of the block's pairs show it, not its narrowest: one pair of lines of two rows
  // set closer, 桑名's last ⑤ of a cell over the next row's ①, would make every wrap a seam)
  // (and past the wider of two wraps one CSS pixel apart, 0.75 pt, where lines that ran to their column's edge show both,
  // twice each: Chromium sets lines on whole pixels, 16.5 and 17.25 pt apart by turns — 伊勢崎's 取組 / 課題 / と次 … beside
  // 既存の納付方 / 法について … in each year, Noto Sans CJK 14 pt on A4, 35 mm, by Chromium with horizontal rules, the 335th:
  // every wider step had opened a row, each year's next steps broken into paragraphs. Not Writer's rows 0.8 pt further apart
  // than a cell's wraps: 木更津 without rules by LibreOffice, its 指標 rows and sheets' heads 5.2 and 6 pt apart)
  const usualWrap = [...wrapSpaces].sort((a, b) => a - b)[Math.floor(wrapSpaces.length * 0.2)];
  const edgeWraps = fullWraps.map((w) => w.space);
  const [nearest, widest] = [Math.min(...edgeWraps), Math.max(...edgeWraps)];
  const pixelApart = Math.abs(widest - nearest - CSS_PIXEL) <= 0.02 && edgeWraps.filter((s) => s - nearest < 0.1).length >= 2 && edgeWraps.filter((s) => widest - s < 0.1).length >= 2;
  const seam = (i: number) => i > 0 && usualWrap !== undefined && space(i) >= Math.max(usualWrap, pixelApart ? widest : -Infinity) + 0.5;
  // a heading of a header row (three short cells or more on its line) that starts well right of
  // where its column's lines start (a sub-label set right, 世田谷's 場 所 / 規 模 under 3 事 業 計 画
  // in a budget book, stands in no header row)
  // (the pieces of header lines, found once: wrapsIn asks for every line and column)
  const headings = new Set(cells.flatMap((line) => { const cs = line.filter((c): c is Piece => !!c); return cs.length >= 3 && cs.every((c) => [...c.text.trim()].length <= LABEL_CHARS) ? cs : []; }));
  const centredHeading = (a: Piece, k: number) => a.x0 - left[k]! > a.size * 1.5 && headings.has(a);
  const starts: number[] = [];
  const besides = new Set<number>();
  const openedAt = new Set<number>();
  /** The rows that start under a row of years: the line the years stand on. */
  const afterYears = new Map<number, number>();
  const known = new Set<number>();
  let items: number[] = [];
  cells.forEach((here, i) => {
    const size = lines[i]!.size;
    // (not where a column right of the list starts a cell of its own on the item's line, nothing of
    // it above: each item a row with its own 課等 and 目標達成基準, 刈谷's ② 歴史文化… | 文化観光課 |
    // ・水野家…, beside the 組織目標 merged down both items; LibreOffice with an outer frame)
    // (or the list began on the page before: ③ under the rest of ② the page broke, nothing numbered
    // above it in the block; 刈谷's ビスの質を維持しながら… / ③公共施設維持保全計画…, no rules, Noto Serif 11 pt)
    const nextItem = (c: Piece | null, k: number, resumed: boolean) => k > 0 && !!c && itemNumber(c.text) !== null && itemNumber(c.text)! > 1 && (items[k] === itemNumber(c.text)! - 1 || (resumed && items[k] === undefined && cells.slice(0, i).some((o) => o[k])));
    const listAt = here.findIndex((c, k) => nextItem(c, k, false));
    const itemAt = here.findIndex((c, k) => nextItem(c, k, true));
    const atLeft = (c: Piece, k: number) => Math.abs(c.x0 - left[k]!) <= size * 0.5;
    const ownCells = (at: number) => here.some((c, j) => j > at && c && atLeft(c, j) && !above(i, j));
    const newItem = () => itemAt >= 0 && ownCells(itemAt);
    // (or stopped short on a phrase that goes on: 手段及び / 方策, where the label was typed in lines)
    // (a heading centred over a narrow column reaches its right edge without wrapping: 刈谷's 課等 over
    // 危機管理課, LibreOffice in Noto, the header row as close above the first row as a wrap)
    // (a line that opens with a bullet beside the next numbered item of a list, cells of its own
    // beside that, starts an item of a new row: it goes on from no line above, however full; 刈谷's
    // ・被災状況の情報収集などICTの活用 over ④市民の防災意識… | 危機管理課 | ・防災講演会の開催, Noto Serif
    // by LibreOffice in an outer frame. Not a bullet under a full line elsewhere: 下水道課 / 水道課 beside it)
    const wrapsIn = (k: number) => !!here[k] && !((k === itemAt || BULLET.test(here[k]!.text.trim())) && newItem()) && (((above(i, k)?.x1 ?? -Infinity) >= right[k]! - size * 2.6 && !centredHeading(above(i, k)!, k)) || OPEN_PHRASE_END.test(above(i, k)?.text.trim() ?? ''));
    const wrapped = here.some((_, k) => wrapsIn(k));
    const listGoesOn = listAt >= 0 && !ownCells(listAt);
    // or where another column starts a cell after lines where it was empty, and nothing goes on
    // (部長目標 printed by LibreOffice: 基本方針 and 部の仕事 start rows in the second column)
    // or stacks a label under a label there, the text beside them ended (部長目標's 基本方針 / 部の仕事;
    // in the first column, 木更津's 取組視点 / 事業No. / 8 by LibreOffice)
    // (a label is no sentence: 市民の利便性を向上! is the text under one)
    // (nor a phrase that goes on: ふるさと応援寄附金・ / 企業版ふるさと納税の活用, 木更津 in 12 pt, where
    // a fallback font's ・ made the line taller than its wraps)
    // (nor does one open on a particle, a label or a value: none starts with を or の推進 — 木更津's
    // オーガニック化 / （学校給食米） / の推進, a title's lines as short as labels, set a little further apart
    // than its column's other wraps; Noto Serif CJK 12 pt by LibreOffice in an outer frame)
    const short = (c: Piece | null): c is Piece => !!c && !cut.has(c) && c.text.length >= 2 && c.text.length <= LABEL_CHARS && itemNumber(c.text) === null && !/[。！!？?、，,・･]$/.test(c.text.trim()) && !CANNOT_OPEN.test(c.text.trim());
    // at the column's left edge, or, first on its line, centred as another label of the column is
    // (部長目標's 総括 and 目標 under 部の仕事, LibreOffice)
    // (a label may carry its section's number there: 桑名's 部 局 名 / １．現状認識と課題 / ２．今年度の部局目標
    // centred in their column, ３．目標達成のための / 手段及び / 方策 set from its edge — IPAex Gothic 10 pt landscape
    // by LibreOffice with centred labels, the 216th: 部 局 名 and １．現状認識と課題 had been one row, the
    // department's name read into the label and its records under the department before)
    const numberedShort = (c: Piece) => !cut.has(c) && [...c.text.trim()].length <= LABEL_CHARS && /^[0-9０-９]+[.．]\S/u.test(c.text.trim()) && !/[。！!？?、，,・･]$/.test(c.text.trim());
    const centrable = (c: Piece | null): c is Piece => !!c && (numberedShort(c) || short(c));
    const mid = (c: Piece) => (c.x0 + c.x1) / 2;
    const atEdge = (c: Piece, k: number) => Math.abs(c.x0 - left[k]!) <= size * 0.5 || (centrable(c) && here.findIndex(Boolean) === k && cells.some((o) => o[k] && o[k] !== c && centrable(o[k]) && Math.abs(o[k]!.x1 - o[k]!.x0 - (c.x1 - c.x0)) > size * 0.5 && Math.abs(mid(o[k]!) - mid(c)) <= size * 0.25));
    const label = (c: Piece | null, k: number) => short(c) && atEdge(c, k);
    const ended = (j: number) => ENDS_SENTENCE.test(above(i, j)?.text.trim() ?? '');
    // (labels of one width: only the other columns tell whether the line goes on, where a sentence
    // stands above: a label there, 5つの柱④ 情報 over 推進項目名称, tells nothing; nor does the value
    // under a label, 8 under 事業No.)
    // (a piece of a line that runs on into the next column wraps, or not, where that line ends)
    // (in a narrow column of wrapped text every line is as short as a label: one that ran to the
    // edge, in a column where most lines do, goes on; 伊勢崎's year cells in 12 pt, seven
    // characters a line. Labels stacked in a column stop at their own lengths.)
    // (and only where the line's first cell wraps from above too: a label of several lines, not
    // one label under another, 伊勢崎's No. ① over 担当部課 in landscape 9 pt)
    // (or where two columns or more beside it ran to their edges on the line above, mid-sentence: a
    // label's note under the label, its lines a pixel further apart than the text's, beside years of
    // text each a line into its cell; 伊勢崎's 取組状況 / ※継続した取組 beside 前年度に引き | 今年度も引き |
    // 競輪場外発売, gothic 12 pt by Chromium without rules, where Chromium's lines stand 14.25 or 15 pt apart)
    const toEdge = (j: number) => { const a = above(i, j); return !!a && a.x1 >= wrapAt[j]! - size * 0.5 && (a.x1 <= wrapAt[j]! + size * 0.5 || Math.abs(a.x0 - left[j]!) <= size * 0.5) && edgeLines[j]! >= 3 && edgeLines[j]! >= columnLines[j]! * 0.75; };
    const full = (j: number) => { const k0 = here.findIndex(Boolean); return k0 >= 0 && k0 !== j && toEdge(j) && (wrapsIn(k0) || here.filter((d, m) => m !== k0 && !!d && toEdge(m) && !ended(m)).length >= 2); };
    const goesOn = (j: number) => wrapsIn(j) && !ended(j) && (!short(above(i, j)) || full(j)) && !cut.has(above(i, j)!);
    const value = (c: Piece, k: number) => !cut.has(c) && c.text.length <= LABEL_CHARS && atEdge(c, k) && !CANNOT_OPEN.test(c.text.trim());
    // (the label above may carry the row's number: ① 取組項目 over 担当部課, 伊勢崎 landscape)
    const numbered = (c: Piece | null, k: number) => !!c && /^[①-⑳㉑-㉟]/u.test(c.text) && label({ ...c, text: c.text.slice(1).trim() }, k);
    // (two labels the vocabulary knows, one under the other, are two rows whatever the text beside
    // them seems to do: 伊勢崎's 取組項目 / 担当部課 by LibreOffice, beside a title as long as its
    // column is wide, a border's width between them)
    // (a label the vocabulary knows may carry its section's number: １．現状認識と課題 under 部 局 名,
    // 桑名 in Noto Sans landscape 9 pt by LibreOffice, the name beside it on one line)
    // (or one that runs on into the next column, with its note or over a border of other rows, the
    // whole text one the vocabulary knows: 伊勢崎's 5年後までの目標 (目指すべき姿) over a narrow label
    // column, under 取組内容; Noto Serif 7.3 pt by LibreOffice with filled labels)
    const noted = (c: Piece, k: number) => cut.has(c) && atEdge(c, k) && [...c.text.trim()].length <= LABEL_CHARS && labelRole(throughSeams(c)) !== null;
    // (or set where another label the vocabulary knows is set in its column, off the column's edge: 部長目標's
    // 基本方針 / 部の仕事 under the name column's 矢吹 勇一, their own column's border unread; BIZ UDPMincho
    // 12 pt on letter paper, 30 mm, by LibreOffice without rules)
    const alignedKnown = (c: Piece, k: number) => short(c) && here.findIndex(Boolean) === k && labelRole(c.text) !== null && cells.some((o) => !!o[k] && o[k] !== c && short(o[k]) && labelRole(o[k]!.text) !== null && Math.abs(o[k]!.x0 - c.x0) <= size * 0.25);
    // (or one with its legend run on after it on its line, a mark and a colon: 伊勢崎's 取組達成度 ◎:計 /
    // 画以上 under 取組成果's note, the grades ◎ beside it — IPAex Gothic 9.5 pt on A3 by LibreOffice in
    // an outer frame, the grades had been read as 取組成果's last paragraph)
    const legendLed = (c: Piece, k: number) => {
      const t = c.text.trim();
      const colon = t.search(/[:：]/u);
      return colon >= 3 && atEdge(c, k) && [1, 2].some((n) => labelRole(t.slice(0, colon - n).trim()) !== null);
    };
    // (or one with its bracketed note on its line, the label a label's length without it: 伊勢崎's
    // 5年後までの目標 (目指すべき姿) under 取組内容, set on one line in a wide label column; Noto Sans 11 pt
    // on A3 landscape at 1.35 leading by LibreOffice without rules, Writer's rows a line's pitch apart —
    // the two labels' texts had been read as one cell)
    const bracketNoted = (c: Piece, k: number) => {
      const t = c.text.replace(/[\s\u3000]+/gu, '');
      const bare = t.replace(/[(（][^()（）]*[)）]$/u, '');
      return !cut.has(c) && bare !== t && [...bare].length >= 2 && [...bare].length <= LABEL_CHARS && atEdge(c, k) && labelRole(c.text) !== null;
    };
    const knownLabel = (c: Piece | null, k: number): c is Piece => !!c && (((label(c, k) || (!cut.has(c) && [...c.text.trim()].length <= LABEL_CHARS && atEdge(c, k) && /^[0-9０-９]+[.．]/u.test(c.text.trim()))) && labelRole(c.text) !== null) || noted(c, k) || alignedKnown(c, k) || legendLed(c, k) || bracketNoted(c, k));
    // (the one above set anywhere in its cell: 伊勢崎's No. centred over 担当部課, the title's ① beside
    // it, a row of its own where 取組内容 stands in the next block; BIZ UDPMincho 9.5 pt by LibreOffice)
    // (or carrying the row's number: ① 取組項目 over 担当部課, 伊勢崎 by LibreOffice in Noto Serif 10.5 pt landscape, the
    // ① set larger and the two lines as far apart as a cell's wrapped lines)
    const numberedKnown = (a: Piece | null, k: number) => !!a && numbered(a, k) && labelRole(a.text.slice(1).trim()) !== null;
    // (the one above longer than a label's usual length, its note on its line, set up to the value
    // beside it: 伊勢崎's 財政効果額(歳出) (単位:千円) | — over 取組状況, a row's room apart beside —
    // | ○未収金対策; Noto Serif 7.3 pt by LibreOffice without rules)
    const longKnown = (a: Piece | null, k: number) => !!a && atEdge(a, k) && labelRole(a.text) !== null;
    // (or the label above wrapped in lines down a narrow column, whole by the line above, its note
    // read with it: 伊勢崎's 取組状況 / ※継続し / た取組 / … / 示 over 取組成果, four characters a line, the
    // rows no further apart than the lines; Noto Sans 10 pt by LibreOffice with shaded headers)
    // (a label's length of text whose end the vocabulary knows as a label: see endsKnown and wrappedKnown)
    const endsKnownText = (text: string) => {
      const t = [...text.replace(/\s+/g, '')];
      if (t.length > LABEL_CHARS) return false;
      for (let m = 1; m + 2 <= t.length; m++) if (labelRole(t.slice(m).join('')) !== null) return true;
      return false;
    };
    // (or labels side by side wrapped so, the last one the vocabulary knows: 伊勢崎's No. ② 取組項 / 目 over 担当部課, Noto
    // Serif CJK 13 pt on B5 portrait by LibreOffice in an outer frame, the 174th, its sheets in 10.5 pt — the sheet's head
    // and 担当部課 had been one row, the sheet lost)
    const wrappedKnown = (k: number) => {
      const from = starts.at(-1) ?? 0;
      const text = cells.slice(from, i).map((o) => o[k]?.text ?? '').join('');
      return i - from >= 2 && !!cells[from]![k] && atEdge(cells[from]![k]!, k) && (labelRole(text) !== null || endsKnownText(text));
    };
    // (or a label's length of labels side by side, read as one piece, the last one the vocabulary knows:
    // 伊勢崎's No.⑦取組項目 over 担当部課, a label column as wide as its longest label holding the three;
    // IPAex Gothic 10.5 pt on B5 by LibreOffice without rules, 1.2 em leading, 2 pt cell padding, the
    // title's wrap beside them a line's pitch apart)
    const endsKnown = (a: Piece | null) => endsKnownText(a?.text ?? '');
    // (or under lines that all hang in from the column's edge where it stands: a label's note, whose
    // label the page before holds — 伊勢崎's の成果を / 表示 at a page's head, the rest of 取組成果's
    // ※継続した取組の… over 取組達成度 | ○ | ◎; Writer's rows a line's pitch apart, Noto Sans 10 pt
    // landscape on B5 in an outer frame)
    const hungAbove = (k: number) => {
      const lines = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[k]).filter((p): p is Piece => !!p);
      return lines.length > 0 && lines.every((p) => p.x0 - left[k]! >= size * 0.5);
    };
    // (or under a note that runs on across its column's border with no gap: a row across the table
    // between two sub-tables, not a label's wrap — 木更津's ※学校給食でご飯が提供される日数の|うち over
    // 指標② | 名称, Noto Serif 12 pt on A3 by LibreOffice in an outer frame, the two read as one label)
    const noteAcross = (k: number) => cutNote(above(i, k));
    const knownPair = (c: Piece, k: number) => knownLabel(c, k) && (noteAcross(k) || knownLabel(above(i, k), k) || numberedKnown(above(i, k), k) || (short(above(i, k)) && labelRole(above(i, k)!.text) !== null) || longKnown(above(i, k), k) || (!!above(i, k) && wrappedKnown(k)) || endsKnown(above(i, k)) || hungAbove(k));
    // (a line of wrapped text is as short as a label in a narrow column: one that ran to the
    // column's wrap edge, or short of it by what kinsoku carried over, and ends no sentence, goes on
    // into the line under it; 伊勢崎's 取組課題 cell of eight characters a line beside a label of four
    // lines, printed in 11 pt gothic without rules: every line under the label a row of its own)
    // (or both lines end on the column's farthest edge, flush, the line above holding the row's first
    // cell left of them and this line none: 木更津's 13 | 木更津市地域生活支援 / 拠点等整備事業の推進, ten
    // characters each in a narrow 推進項目名称, Chromium in gothic 12 pt with 30 mm margins; not two
    // labels of one length stacked, each with its value, 世田谷's 本年度予算計上額 / 本年度債務負担額)
    const flushPair = (a: Piece, c: Piece, k: number) => {
      const line = cells.findIndex((o) => o[k] === a);
      return Math.abs(a.x1 - c.x1) <= 0.5 && a.x1 >= right[k]! - 0.5 && line >= 0 && cells[line]!.some((o, j) => j < k && o) && !here.some((o, j) => j < k && o);
    };
    // (or the line above and the one over it both end on the column's farthest edge: 木更津's 木更津市地域生活 /
    // 支援拠点等整備事 / 業の推進 in a narrow 推進項目名称, Chromium in IPAex Mincho 12 pt on B5 at 1.8 line spacing,
    // whose lines stand 20.2 and 21 pt apart by turns — the wider step read as a row's room)
    const fullTwice = (a: Piece, k: number) => {
      const line = cells.findIndex((o) => o[k] === a);
      const over = line > 0 ? cells[line - 1]![k] : null;
      return !!over && a.x1 >= right[k]! - 0.5 && Math.abs(over.x1 - a.x1) <= 0.5 && Math.abs(over.x0 - a.x0) <= 0.5 && [...over.text].length >= 6;
    };
    // (six characters, or as many as the column holds where it holds fewer, four at least: 木更津's 木更津市地 / 域生活支援 /
    // 拠点等整備 / 事業の推進, five 12.9 pt characters a line in a narrow 推進項目名称; Noto Sans CJK 15 pt on letter portrait at
    // 2.0 line spacing by LibreOffice without rules, the 181st — each line had been a row, the title cut to its first)
    const runsOn = (a: Piece | null, c: Piece, k: number) => !!a && (wrapFound[k]! || flushPair(a, c, k) || fullTwice(a, k)) && [...a.text].length >= Math.max(4, Math.min(6, Math.floor((wrapAt[k]! - left[k]!) / a.size + 0.2))) && a.x1 >= wrapAt[k]! - size * shortBy(c) && !ENDS_SENTENCE.test(a.text.trim());
    // (a label that stops on a phrase that goes on is not ended: 目標達成のための / 手段及び / 方策,
    // 桑名 by LibreOffice in Noto Serif 12 pt, the lines of one cell further apart than others)
    // (or a label the vocabulary knows under a number, which ends its phrase: 伊勢崎's No. ③ over
    // 担当部課, Noto Serif 12 pt by LibreOffice, its lines 2.2 em apart as a cell's wrap)
    // (the number may stand lines above, the title beside it wrapped: 木更津's 2 | 働き方改革の促進 (時 /
    // 間外勤務の縮減) over 現状と課題, Noto Sans 9 pt on B5 at 1.3 line spacing by LibreOffice, no rules)
    const numberAbove = (k: number) => above(i, k) ?? (i > 0 && !cells[i - 1]![k] ? (cells.slice(0, i).reverse().find((o) => o[k])?.[k] ?? null) : null);
    const afterNumber = (c: Piece, k: number) => knownLabel(c, k) && /[0-9０-９①-⑳.．]$/u.test(numberAbove(k)?.text.trim() ?? '') && [...(numberAbove(k)?.text.trim() ?? '')].length <= LABEL_CHARS;
    // (or a label alone on its line, well short of its column's longest line, under a line that ended its
    // sentence, a row's room apart: 部長目標's 部の仕事 under 基本方針's 市民の利便性を向上! 環境対策推進!,
    // stacked in the name column of a framed panel; gothic 12 pt landscape by LibreOffice. Not an item's
    // mark, nor a wrapped line of a narrow column beside others: 伊勢崎's year cells, Noto Serif by Chromium)
    const afterSentence = (c: Piece, k: number) => label(c, k) && !LEADING_NUMBER.test(c.text.trim()) && ended(k) && here.filter(Boolean).length === 1 && c.x1 < right[k]! - size * 2;
    // (a note under a label, beside text that runs on into its line, is the label's: 伊勢崎's 取組成果 /
    // ※継続した取組の… beside ・情報システム / 台帳を整備。 in each year, Chromium without rules, where
    // seven of the year column's eleven lines reach its edge and the wrap was not told so)
    const noteOfLabel = (c: Piece, k: number) => NOTE_MARK.test(c.text.trim()) && here.some((d, j) => j !== k && !!d && wrapsIn(j) && !ended(j) && !cut.has(above(i, j)!));
    const stacked = (c: Piece, k: number) => here.findIndex(Boolean) === k && !noteOfLabel(c, k) && (knownPair(c, k) || afterNumber(c, k) || (seam(i) && (label(c, k) || value(c, k)) && ((label(above(i, k), k) && !runsOn(above(i, k), c, k) && !OPEN_PHRASE_END.test(above(i, k)!.text.trim())) || numbered(above(i, k), k) || afterSentence(c, k)) && !here.some((_, j) => j !== k && goesOn(j))));
    // (the block's first line: only a label there tells a row of its own from the lines above a start)
    // (a short value under a short value of its column, a row's room apart, while only cells left
    // of it wrap: rows beside a merged cell, 木更津's 年度 / (各年度末時点) / R5 beside the 指標's name)
    const besideMerged = (c: Piece, k: number) => {
      let prev: Piece | null = null;
      for (let j = i - 1; j >= 0 && !prev; j--) prev = cells[j]![k] ?? null;
      // (a narrow column's lines all reach its edge: spaced a row apart they do not wrap)
      // (in the larger of the two sizes: a smaller line under a larger one stands as far below it as
      // the larger one's wrap, 部長目標's 部長 / かわぐち そうい in mincho 13 pt, its reading 11 pt)
      // (measured from the baselines: a smaller line sits lower in its line's room by what it lacks of
      // the larger size — 部長目標's reading きむらさい 2.5 pt under 市民環境部長 against 1.7 between the goals
      // beside them, BIZ UDPMincho 11 pt by Chromium with 1 pt cell padding, had parted 市民環 / 境部)
      // (and more than half a point past the widest wrap, where the wraps differ by less than a point: Chromium
      // sets lines 14.25 or 15 pt apart by turns, and 部長目標's name 伊野宮 崇 stood 2.3 pt under its reading かし
      // against wraps of 1.25 and 2 pt; Noto Serif CJK 13 pt on B5 portrait by Chromium, the 174th — the name
      // and the goals beside it had been a row of their own)
      const apart = (p: Piece, q: Piece) => {
        const size = Math.max(p.size, q.size);
        const wraps = sized(fullWraps, size);
        const widest = wraps.length > 0 && Math.max(...wraps) - Math.min(...wraps) < 1 ? Math.max(...wraps) + 0.5 : -Infinity;
        return q.bottom - p.bottom - size > Math.max(wrapSpace(size) + 1, widest);
      };
      const years = !!prev && yearsFrom(prev, c, k);
      // (a header over years may wrap a line between: 年度 / (各年度末時点) beside it / R5)
      // (beside a year, a cell at its column's edge is that year's value, however long: 木更津's
      // R5 | 350,000,000円 over R6 | 375,000,000円, a line's pitch apart, Noto Serif 12 pt)
      // (the year after a year, however far under it: the note in the name cell beside them wraps the rows apart —
      // 木更津's R5 | 2,500,000円 / R6 / R7 six ems apart beside the 8.2 pt ※以下の条件で算出… in BIZ UDPMincho 12 pt
      // on B5 at 2.2 leading by Chromium without rules)
      const reach = !prev ? 0 : years ? (eraYearOf(c.text) !== null && eraYearOf(prev.text) === eraYearOf(c.text)! - 1 ? Infinity : 5) : 3;
      return !!prev && value(c, k) && value(prev, k) && prev.bottom > c.top - size * reach && (apart(prev, c) || years) && here.every((d, j) => j < k || !wrapsIn(j) || apart(above(i, j)!, d!) || (years && !!d && !cut.has(d) && atEdge(d, j)));
    };
    // (the first of years stacked in a column, under a line that is no year: a row however close that
    // line stands, a header's last line; 木更津's (各年度末時点) / R5 / R6 printed by Writer in Noto,
    // its lines 2.2 em apart and the header's wrap as close as the room between two rows)
    const yearsFrom = (prev: Piece, c: Piece, k: number) => {
      const year = eraYearOf(c.text);
      // (and each year after it: a year cell never wraps into the next, however close Writer sets
      // them — 木更津's R6 | 条例への反映 / R7 | 実施 21.7 pt apart as a cell's lines, Noto Serif 12 pt)
      if (year !== null && eraYearOf(prev.text) === year - 1) return true;
      if (year === null || eraYearOf(prev.text) !== null) return false;
      // (the years after it may stand in the next block: the page's text parted there)
      const next = cells.slice(i + 1).find((o) => o[k])?.[k];
      return !next || (eraYearOf(next.text) === year + 1 && Math.abs(next.x0 - c.x0) <= size * 0.5);
    };
    const beside = here.some((c, k) => k > 0 && c && atEdge(c, k) && besideMerged(c, k));
    // (a label the vocabulary knows opening its column, nothing above it there, where every cell
    // beside it ended its sentence on the line above: a row, however near its edge that line stopped
    // — 部長目標's 総括 and 目標 under 部の仕事, …仕事をしています。 two ems short beside them, Writer's
    // rows no further apart than the lines; IPAex Gothic 12 pt, 30 mm, by LibreOffice without rules)
    // (a line a seam of the table cut in pieces ends its sentence where its last piece does: 総括's
    // …進めていきます。 across the border the goals under it found in the text, まちづくり部's panel in
    // BIZ UDPMincho 9.5 pt landscape by LibreOffice in an outer frame)
    const endedThrough = (j: number) => { const a = above(i, j); return cut.has(a!) ? ENDS_SENTENCE.test(throughSeams(a!).trim()) : ended(j); };
    // (or with its bracketed note on its line: 伊勢崎's 5年後までの目標 (目指すべき姿) under 取組内容's
    // …推進します。 cut by a year border the table's lower rows show; Noto Sans 11 pt on A3 landscape by
    // LibreOffice without rules, the label a row's room below the text above it)
    const labelAfterEnds = (c: Piece, k: number) => ((label(c, k) && labelRole(c.text) !== null) || bracketNoted(c, k)) && here.every((d, j) => j === k || !d || !above(i, j) || endedThrough(j)) && here.some((d, j) => j !== k && !!d && !!above(i, j));
    // (or the first of years stacked in its column, nothing of that column above it: a row of its own
    // under the last line of a header the page broke — 木更津's (各年度末時点) at a page's head over
    // 市ホームページ… | R5 | 360件, R6 and R7 under R5; Noto Serif 12 pt by LibreOffice without rules)
    const yearsOpen = (c: Piece, k: number) => {
      const year = eraYearOf(c.text.trim());
      if (year === null || [...c.text.trim()].length > 6 || above(i, k)) return false;
      const next = cells.slice(i + 1).find((o) => o[k])?.[k];
      return !!next && eraYearOf(next.text.trim()) === year + 1 && Math.abs(next.x0 - c.x0) <= size * 0.5;
    };
    const yearsAt = i > 0 && !here[0] && here.some((c, k) => k > 0 && !!c && yearsOpen(c, k)) && cells[i - 1]!.every((o, k) => !o || !here[k] || !eraYearOf(o.text.trim()));
    // (a label the vocabulary knows set where another is in its column counts as at its edge: labels centred across the
    // columns No. | ① | 取組項目 hold, 担当部課 and 取組内容 in ①'s column 1.9 ems in from its edge — 伊勢崎 by LibreOffice in
    // Noto Serif CJK 10 pt on B5 landscape with centred labels, the 236th: the sheet's head, its department and its
    // 取組内容 had been one row, and the sheet lost)
    const opens = beside || yearsAt || (!listGoesOn && here.some((c, k) => k > 0 && c && (atEdge(c, k) || alignedKnown(c, k)) && (i > 0 || (here.findIndex(Boolean) === k && label(c, k))) && (!above(i, k) ? !wrapped || labelAfterEnds(c, k) : stacked(c, k))));
    // A row starts, too, at a line that opens a cell in the first column, nothing of it above, and in
    // two columns more, each at its edge: 刈谷's 市民への情報提供等に | ①税制改正等の | 税務課 | ・情報提供…
    // under ② of the row before, Noto Serif by LibreOffice in an outer frame
    // (or under a label's last line beside nothing, the cells beside it each new in its column:
    // 伊勢崎's 財政効果額(歳 / 入)(単位:千円) over 財政効果額(歳 | — | — …, LibreOffice's Noto lines one
    // pitch apart whatever the row; a cell whose text runs on from the one before, no gap, counts with
    // it: ・各 | 所属から over a border a list's hanging indent set, 取組 工程's first item)
    const afterLabel = !!above(i, 0) && !!cells[i - 1] && cells[i - 1]!.every((c, k) => k === 0 || !c) && here.every((c, k) => k === 0 || !c || !above(i, k));
    const opened = i > 0 && !!here[0] && (!above(i, 0) || afterLabel) && here.filter((c, k) => c && atLeft(c, k)).length >= 3 && here.every((c, k) => !c || atLeft(c, k) || (k > 0 && !!here[k - 1] && cut.has(here[k - 1]!)));
    // (or right under a row of years, three or more, each a cell of its own: a header row, whatever
    // stands under it a line's pitch apart — 伊勢崎's 具体的な取組事項 | 令和2年度 … | 令和6年度 over 取組工程 |
    // 検討 …, Noto Sans 10 pt by LibreOffice with shaded headers)
    // (not the wrap of a year the header itself wrapped, 令和6年 / 度 alone in its column)
    // (the header's label may wrap under it, alone on its lines: 具体的な取組 / 事項 beside the years)
    let yearsLine = -1;
    const underYears = i > 0 && (() => {
      let j = i - 1;
      const alone = (o: (Piece | null)[]) => o.filter(Boolean).length === 1;
      while (j > 0 && i - j < 4 && alone(cells[j]!)) j--;
      yearsLine = j;
      const prev = cells[j]!;
      const isYear = (c: Piece) => eraYearOf(c.text.trim()) !== null && [...c.text.trim()].length <= 6;
      // (the labels before the years: one, or two side by side, 伊勢崎's 取組 工程 | 具体的な 取組 over
      // its wrap 事項, Noto Sans 11 pt by LibreOffice)
      // (or one anywhere: the last year's own wrap, 令和6 / 年度)
      const firstYear = prev.findIndex((c) => !!c && isYear(c));
      // (a label cut by a border it runs on past with no gap is one label, in the columns it stands in: 伊勢崎's
      // 具 | 体的な取組事 / 項, the border read where the item under it hangs its ・; BIZ UDPMincho 10.5 pt on A4 at 1.15
      // line spacing by LibreOffice without rules — the item's plans had been read into the header)
      const texts = prev.flatMap((c, k) => (c && !isYear(c) ? [k] : []));
      const leads = texts.filter((k) => !(k > 0 && prev[k - 1] && cut.has(prev[k - 1]!)));
      const lead = leads.at(-1) ?? -1;
      if (firstYear < 0 || leads.length > 2 || (leads.length === 2 && lead > firstYear) || prev.filter((c, k) => c && !texts.includes(k)).length < 3) return false;
      // (nor the years' own wraps between: 令和6年 / 度 in a narrow last column, the header a page repeats over the
      // rest of the row it broke — 伊勢崎's 令和2年度 … 令和6年 / 度 over 果を表 | 件数は増加し | …, Noto Sans CJK 15 pt
      // on letter paper at 2.0 line spacing by LibreOffice in an outer frame, the 181st: read into the row, each year's
      // name had stood inside its cells)
      const yearWrapOf = (c: Piece | null, k: number) => !!c && !!prev[k] && /^[0-9０-９]*年?度?$/u.test(c.text.trim()) && eraYearOf(prev[k]!.text.trim() + c.text.trim()) !== null;
      if (j < i - 1 && cells.slice(j + 1, i).some((o) => !texts.includes(o.findIndex(Boolean)) && !o.every((c, k) => !c || yearWrapOf(c, k)))) return false;
      // (nor the years' own wraps, 令和3年 / 度 under each: Chromium in IPAex Gothic 12 pt, 30 mm)
      // (with the labels' own wraps beside them: 取組工 / 程 and 具体的な 取組事 / 項 left of 令和2年 / 度 …, IPAex
      // Mincho 12 pt on B5 by Chromium in an outer frame — the wraps had made a row, 度 each year's first plan)
      const yearWrap = (c: Piece, k: number) => !!prev[k] && /^[0-9０-９]*年?度?$/u.test(c.text.trim()) && eraYearOf(prev[k]!.text.trim() + c.text.trim()) !== null;
      if (here.every((c, k) => !c || yearWrap(c, k) || (texts.includes(k) && here.some((d, m) => !!d && yearWrap(d, m))))) return false;
      // (a row of years alone, no label beside them, is a header whatever goes on under it: the one a
      // page repeats over the rest of a row it broke, 伊勢崎's 令和2年度 … over とに | 31,719,235,943円,
      // Noto Serif 12 pt by LibreOffice)
      if (lead < 0) return here.some(Boolean);
      // (and a label the vocabulary knows where the row's label goes, not the rest of the header's own label
      // wrapped in a narrow column: 具体的な | 令和2年度 … over 取組事 / 項, IPAex Mincho 11 pt by LibreOffice;
      // or values in two year columns or more, which no wrap of the header's label reaches: 伊勢崎's
      // ・市税納付方 | 調査、検討 | 調査、検討 … under 具体的な 取組 / 事項)
      if (leads.length === 2 && here.filter((c, k) => c && k >= firstYear).length >= 2) return true;
      return here[lead] ? labelRole(here[lead]!.text.trim()) !== null : here.filter(Boolean).length >= 2;
    })();
    // (never under a label cut inside its brackets, its next line closing them: the label goes on,
    // however the cells beside it stand — 伊勢崎's 財政効果額(歳 / 入) (単位:千円) beside 220 / 有料広告料
    // set 3.2 pt lower than the label's line; Noto Sans CJK 12 pt by LibreOffice, no rules)
    // (or a label cut at the column's edge, known once the column's next line is read on, opening the
    // column at its left edge where each cell beside it opens anew under text that stopped short of its
    // edge: 伊勢崎's 取組達成 / 度 ◎:計画 under 取組成果's note, ○ in each year under …24,385,206円;
    // Noto Serif CJK 12.5 pt, 14 mm, by LibreOffice without rules, the rows a line's pitch apart)
    // (a cell's line that stopped well short of where the lines of its row that start where it does reach, measured on
    // the lines, not on the table's columns: a border the rows above draw may part a year's cell below, 伊勢崎's 96.1% under
    // …98.9% 市税収納率 in a year's cell that the sheet's head parts at its ② column, and wrapsIn finds every short piece
    // of such a slice at its edge; BIZ UDGothic 12 pt on B5 by LibreOffice without rules, the 262nd)
    const stoppedShort = (a: Piece) => {
      const at = cells.findIndex((o) => o.includes(a));
      if (at < 0) return false;
      const reach = (j: number) => pieces(lines[j]!, lines[j]!.size * MIN_CHANNEL_EM).filter((q) => Math.abs(q.x0 - a.x0) <= 0.5).map((q) => q.x1);
      const own = reach(at)[0] ?? a.x1;
      const widest = Math.max(...cells.slice(starts.at(-1) ?? 0, i).flatMap((_, m) => reach((starts.at(-1) ?? 0) + m)));
      return widest - own >= lines[at]!.size * 2;
    };
    const labelReadOn = (c: Piece) => {
      if (!atLeft(c, 0) || [...c.text.trim()].length > LABEL_CHARS || labelRole(c.text) !== null) return false;
      const others = here.flatMap((d, j) => (j > 0 && d ? [j] : []));
      if (others.length === 0 || others.some((j) => !atLeft(here[j]!, j) || (!!above(i, j) && wrapsIn(j) && !stoppedShort(above(i, j)!)))) return false;
      // (not the rest of the label above, cut short of one the vocabulary knows: 桑名's 目標達成のための /
      // 手段及び / 方策 beside a goal that ended its line short)
      const sofar = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[0]?.text.trim() ?? '').join('');
      let text = c.text.trim();
      for (const o of cells.slice(i + 1, i + 3)) {
        const next = o[0]?.text.trim();
        if (!next) break;
        for (let m = 1; m <= [...next].length; m++) {
          const read = text + [...next].slice(0, m).join('');
          if (labelRole(read) !== null) return !sofar || labelRole(sofar) !== null || labelRole(sofar + read) === null;
        }
        text += next;
      }
      return false;
    };
    const labelAbove = i > 0 ? cells[i - 1]![0] : null;
    // (nor does a label the vocabulary knows start a row by itself where it ends the one wrapped above
    // it, the two read as one label the vocabulary knows and the lines above no label alone: 桑名's
    // ２．今年 / 度の部局 / 目標 in a label column four characters wide, gothic 12 pt on B5 by Chromium
    // without rules. Not a row's number above a label, which the label's reading drops: 木更津's 8 /
    // 現状と課題. Other columns may still start the row there)
    const labelSoFar = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[0]?.text.trim() ?? '').join('');
    const labelEnds = !!here[0] && !!labelAbove && labelSoFar !== '' && labelRole(labelSoFar) === null && labelRole(labelSoFar + here[0].text.trim()) !== null && labelName(labelSoFar + here[0].text.trim()) !== labelName(here[0].text);
    const labelGoesOn = !!here[0] && !!labelAbove && unclosed(labelAbove.text) && /^[^（(]*[）)]/u.test(here[0].text.trim());
    // (nor a legend's next entries under its first, a mark and a colon each: 伊勢崎's 取組達成度 ◎:計画以上 / ○:ほぼ計画通り
    // △:計画以下 ×:進捗なし, the label's second line ending short of nothing; IPAex Gothic 8 pt on A3 landscape at 1.2
    // leading by LibreOffice in an outer frame — the legend had opened the next row and taken its label, the grades lost)
    const legendGoesOn = !!here[0] && !!labelAbove && LEGEND_ENTRY.test(labelAbove.text) && LEGEND_START.test(here[0].text.trim());
    // (and a label the vocabulary knows under a legend's last entries opens the next row, whatever its note in
    // brackets goes on to: 取組課題と次年度以降の方針 (取組達成度 / が△、×の場合は… under ○:ほぼ計画通り … ×:進捗なし)
    const legendEnds = !!here[0] && !!labelAbove && !legendGoesOn && LEGEND_ENTRY.test(labelAbove.text) && labelRole(here[0].text.trim().replace(/\s*[（(][^）)]*$/u, '')) !== null;
    if (legendEnds || (!labelGoesOn && !legendGoesOn && ((here[0] && !labelEnds && (!above(i, 0) || (!listGoesOn && (!wrapped || stacked(here[0], 0) || labelReadOn(here[0]))))) || opens || opened || underYears))) {
      starts.push(i);
      if (beside) besides.add(i);
      if (underYears) afterYears.set(i, yearsLine);
      if (opened) openedAt.add(i);
      // (a list's next item with cells of its own beside it is a row as surely)
      // (as is a label the vocabulary knows under the row's number: 木更津's 8 | ICTの活用… over 現状と課題,
      // the title on one line and Writer's rows a line's pitch apart; Noto Serif 9.5 pt landscape, no rules)
      // (or one alone on its line, nothing of its column above it: 部長目標's 基本方針 over its text, under the name and
      // reading the goals beside them outran; Noto Sans CJK 15 pt on A4 landscape by LibreOffice without rules, the 158th)
      const alone = here.filter(Boolean).length === 1 && here.some((c, k) => c && !above(i, k) && knownLabel(c, k));
      if (here.some((c, k) => c && here.findIndex(Boolean) === k && ((above(i, k) && knownPair(c, k)) || (numberAbove(k) && afterNumber(c, k)))) || alone || newItem() || opened || underYears) known.add(i);
      items = [];
    }
    here.forEach((c, k) => {
      const m = c && itemNumber(c.text);
      if (m) items[k] = m;
    });
  });
  // (two rows do not start on lines that stand level with each other: a department's name set 15.2 pt and
  // centred in its cell, its first line 2.4 pt under the 12 pt 政策経営部 | 目 | 1 イベントの… that opened the
  // row — 部長目標 by Chromium with horizontal rules, BIZ UDPMincho 12 pt on B5 at 2.2 leading. Only the larger
  // line, over half their height: rows set one pitch apart whatever the row may overlap a little — Writer's
  // 入)(単位:千円) | ネーミングライツ料, 伊勢崎 in IPAex Gothic 12 pt; nor beside a cell merged down the rows, whose
  // line no row starts on — 木更津's 8 pt note （正＝正規職員… level with R5 | 2,500,000円)
  const level = (i: number) => i > 0 && starts.includes(i - 1) && lines[i]!.size > lines[i - 1]!.size * 1.2 && Math.min(lines[i]!.bottom, lines[i - 1]!.bottom) - lines[i]!.top > Math.min(lines[i]!.bottom - lines[i]!.top, lines[i - 1]!.bottom - lines[i - 1]!.top) / 2;
  for (let j = starts.length - 1; j >= 0; j--) if (level(starts[j]!)) starts.splice(j, 1);
  if (starts.length === 0) return [];
  // the lines above the first row's start that stand in its cells
  let first = starts[0]!;
  while (first > 0 && cells[first - 1]!.some((c, k) => c && Math.abs(c.x0 - left[k]!) <= lines[first - 1]!.size * 0.5)) first--;
  // (a row beside a merged cell starts after the row the merged cell starts in; a row whose list
  // starts at ① under lines of its column beside no label starts after the row those end, broken
  // by the page over it: 桑名's 目標達成のための手段及び方策 under the end of 今年度の部局目標, and
  // 今年度の部局目標 under the end of 現状認識と課題, LibreOffice in 12 pt)
  const restarts = (i: number) => cells.slice(0, i).every((o) => !o[0]) && cells[i]!.some((c, k) => k > 0 && c && itemNumber(c.text) === 1 && cells.slice(0, i).some((o) => o[k]));
  // (and a row that goes on at ③ a list the page before began, with cells of its own beside it,
  // under lines with no label and nothing numbered in that column: those lines end the row the page
  // broke, whatever their indent — 刈谷's ビスの質を維持しながら… / ③公共施設維持保全計画… | 施設保全課,
  // no rules, Noto Serif 11 pt; た下水道ポスターの… beside the rest of its criteria, over ③, Noto Sans)
  const resumes = (i: number) =>
    known.has(i) && cells[i]!.some((c, k) => k > 0 && c && (itemNumber(c.text) ?? 0) > 1 && cells.slice(0, i).some((o) => o[k]) && cells.slice(0, i).every((o) => !o[0] && (!o[k] || itemNumber(o[k]!.text) === null)));
  // (lines over a row that opens its label beside cells of its own, the label column empty, end the
  // row the page broke: 伊勢崎's 取組成果 going on under the year header a page repeats, over
  // 取組達成度 | △ | ○, Noto Serif by LibreOffice without rules)
  const brokenAbove = openedAt.has(starts[0]!) && cells.slice(0, starts[0]!).every((o) => !o[0]) && cells.slice(0, starts[0]!).some((o) => o.some(Boolean));
  // (or over a label the vocabulary knows, opening the label column at the row's first line, where the lines
  // above hold nothing in that column and stand a row's room over it, wider than their own pitch: the rest of a
  // cell the page broke — 部長目標's 意見をしっかりと聴取し、… / …まちづくりを進めていきます。 at page 11's head,
  // 総括's last three lines 12 pt apart, then 20.5 pt lower 目標 | 1 都市マスタープランの改定… level with it;
  // IPAex Mincho 12 pt on B5 at 2.0 leading, 3 pt padding, by LibreOffice in outer frames. Read into 目標's row,
  // the rest of 総括 had become a goal. Not where the lines above run on at the cell's own pitch: no room parts them)
  const overKnown = (() => {
    const s = starts[0]!;
    const c = cells[s]?.[0];
    if (s === 0 || first >= s || !c || cut.has(c)) return false;
    // (the lines from the first that stands in the row's cells: those over it, a title, are the page's)
    const over = cells.slice(first, s);
    if (over.some((o) => o[0]) || !over.some((o) => o.some(Boolean))) return false;
    // (the pitch of the lines above, or where one line stands alone, the table's usual wrap)
    const pitches = lines.slice(first + 1, s).map((r, j) => r.top - lines[first + j]!.bottom);
    const pitch = pitches.length > 0 ? Math.max(...pitches) : (usualWrap ?? wrapSpace(lines[s]!.size));
    if ([...c.text.trim()].length <= LABEL_CHARS && labelRole(c.text) !== null && space(s) > pitch + lines[s]!.size * 0.25) return true;
    // (or no room, where the first of them goes on a sentence, a row's cell never opening so, and every cell on
    // the line over the label ended its sentence: 桑名's との共生社会の実現が急務となっている。 / ⑥… / 図る必要がある。 at
    // page 16's head over ２．今年度の部局目標 | 【ＰＸ…推進】; Noto Sans CJK 12 pt on B5 landscape at 1.9 leading by
    // LibreOffice in an outer frame, Writer's rows 29.8 pt apart where its wraps stand 33 — the goals had been read
    // into 現状認識と課題's row, the records titled by its text. The label read down its lines: 木更津's 課題解決に向けた
    // 方向性 / ・活動内容 under となっているため、…設定しています。, the same print without rules)
    let label = '';
    for (let j = s; j < cells.length && cells[j]![0] && [...label].length <= LABEL_CHARS * 2; j++) label += cells[j]![0]!.text.trim();
    // (a row as sure as two known labels: the block parts there, see emit)
    const opening = cells[first]!.find(Boolean)?.text.trim() ?? '';
    const goesOnOver = labelRole(label) !== null && SENTENCE_GOES_ON.test(opening) && cells[s - 1]!.every((o) => !o || cut.has(o) || ENDS_SENTENCE.test(o.text.trim()));
    if (goesOnOver) known.add(s);
    return goesOnOver;
  })();
  if ((resumes(starts[0]!) && first === starts[0]) || brokenAbove) starts.unshift(0);
  else if (overKnown) starts.unshift(first);
  // (the header over the first row, its years and its label's wraps, is a row of its own however its
  // lines start: 伊勢崎's 具体的な取組事 / 項 centred over 令和2年度 … at a page's head, over 取組工程 | ・情報公開…;
  // Noto Sans CJK 12 pt on B5 landscape at 1.9 leading by LibreOffice in an outer frame — read into
  // the body's first row, the plans had lost their years)
  else if (afterYears.has(starts[0]!) && afterYears.get(starts[0]!)! < first) starts.unshift(afterYears.get(starts[0]!)!);
  else if ((besides.has(starts[0]!) || restarts(starts[0]!) || afterYears.has(starts[0]!)) && first < starts[0]!) {
    // (a list that starts again at ① opens a row as surely as two known labels do: 桑名's last goal
    // ④ over ３．目標達成のための | ①…, one block in Noto Sans landscape 9 pt by LibreOffice)
    if (restarts(starts[0]!)) known.add(starts[0]!);
    starts.unshift(first);
  } else starts[0] = first;
  // (a note's line alone in its row, run on across its column's border with no gap, is a row across
  // the table: no border parts it — 木更津's ※学校給食でご飯が提供される日数の|うち, see noteAcross)
  const noteRow = (s: number, e: number) => e - s === 1 && cutNote(cells[s]![0]);
  return starts.map((s, i) => {
    const e = starts[i + 1] ?? lines.length;
    return { ...toBlock(lines.slice(s, e)), beside: besides.has(s), known: known.has(s), opened: openedAt.has(s), ...(noteRow(s, e) ? { across: true } : {}) };
  });
}
