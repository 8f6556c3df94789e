/**
 * Cells set in the middle of their rows (vertical-align: middle — an HTML table cell's default, and
 * what spreadsheets print when asked): a short cell's text stands half way down the row, beside the
 * middle of the tallest cell, where the table reader looks for it at the row's top. topAligned moves
 * each such cell's text up to the top of the cells it is centred beside — the page as a top-aligned
 * table prints it — for the border reader only: a cell moved within its own row stays inside the
 * borders found, and the text is read from where it stands.
 *
 * Taught by the seeds printed with every cell middle-aligned (scripts/render-variants.ts --valign
 * middle, the 200th): 伊勢崎's 取組内容 beside its paragraph, 刈谷's 組織目標 beside ① … ③, 部長目標's
 * department centred down its goals, 基本方針 and 部の仕事 (a cell merged down rows: centred on them all).
 */
import type { Rule, TextRun } from '../page-content.js';
import type { Row } from './types.js';
import { bodySize, itemNumber, leading, spaceDrawnBefore, textRows } from './lines.js';
import { MIN_CHANNEL_EM } from './measures.js';

/** Two middles (or tops) this close, in ems of the shorter cell's text, are level. */
export const LEVEL_EM = 0.3;
/** A cell at least this much taller (ems) than the one beside it shows where their rows' tops are. */
const TALLER_EM = 1.2;
/** Cells of one row, or of rows a merged cell spans, stand at most this far apart (ems): padding, not a paragraph. */
const ROW_GAP_EM = 2.5;
/** A cell beside a column's cells chained into one text is at most this wide (ems): a line of prose is wider. */
const CELL_EMS = 30;
/** How far a stretch a cell is centred on may run from its middle, in halves of the cell's text height. */
const REACH = 8;
/** The same for a cell at a taller one's foot on a page set centred: merged down rows (伊勢崎's No., five rows beside one line). */
const MERGED_REACH = 24;

interface Piece {
  runs: TextRun[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

/** The runs of one line that stand together (closer than a channel between cells): a line of one cell. */
function pieces(rows: readonly Row[]): Piece[] {
  const out: Piece[] = [];
  for (const row of rows) {
    let cur: Piece | null = null;
    for (const u of row.runs) {
      // (or across a space glyph drawn as wide as the hole, a word's: 部長目標's `…開始します! 達成` in BIZ UDMincho, its space half
      // an em, by LibreOffice — read as a cell of its own, 達成 was moved up to its row's top, a column opened before it)
      if (cur && (u.x0 - cur.x1 < Math.min(u.size, cur.size) * MIN_CHANNEL_EM || spaceDrawnBefore(cur.runs.at(-1)!, u))) {
        cur.runs.push(u);
        cur.x1 = Math.max(cur.x1, u.x1);
        cur.top = Math.min(cur.top, u.top);
        cur.bottom = Math.max(cur.bottom, u.bottom);
        cur.size = Math.max(cur.size, u.size);
      } else out.push((cur = { runs: [u], x0: u.x0, x1: u.x1, top: u.top, bottom: u.bottom, size: u.size }));
    }
  }
  return out.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Lines chained down into cells' texts: each under the one above it that it overlaps, a line's room apart. */
function cellTexts(ps: readonly Piece[], lead: number, body: number): Piece[] {
  type Block = Piece & { end: number };
  const blocks: Block[] = [];
  const room = (size: number, b: Block) => lead * Math.max(1, Math.min(size, b.end) / body) + Math.max(1, Math.min(size, b.end) * 0.1);
  // (the pieces come down the page: a block whose foot is further above a piece than any piece's room
  // reaches no later piece either, and leaves the blocks asked — a page of many cells asked each of them)
  let open: Block[] = [];
  for (const p of ps) {
    open = open.filter((b) => p.top - b.bottom <= room(Infinity, b));
    let b: Block | undefined;
    let most = 0;
    for (const o of open) {
      const overlap = Math.min(o.x1, p.x1) - Math.max(o.x0, p.x0);
      if (overlap > most && p.top - o.bottom <= room(p.size, o) && p.top >= o.top) [b, most] = [o, overlap];
    }
    if (!b) {
      const block = { ...p, runs: [...p.runs], end: p.size };
      blocks.push(block);
      open.push(block);
      continue;
    }
    b.runs.push(...p.runs);
    b.x0 = Math.min(b.x0, p.x0);
    b.x1 = Math.max(b.x1, p.x1);
    if (p.bottom >= b.bottom) b.end = p.size;
    b.bottom = Math.max(b.bottom, p.bottom);
    b.size = Math.max(b.size, p.size);
  }
  return blocks;
}

/** p grown by q, a line or piece under or beside it: its runs added, its box the two boxes' (top stays p's). */
function widen(p: Piece, q: Piece): void {
  p.runs.push(...q.runs);
  p.x0 = Math.min(p.x0, q.x0);
  p.x1 = Math.max(p.x1, q.x1);
  p.bottom = Math.max(p.bottom, q.bottom);
  p.size = Math.max(p.size, q.size);
}

/** A block's lines, top down: its runs level with one another. */
function linesIn(b: Piece): Piece[] {
  const lines: Piece[] = [];
  for (const u of [...b.runs].sort((p, q) => p.top - q.top || p.x0 - q.x0)) {
    const l = lines.at(-1);
    if (l && Math.abs(u.top - l.top) < u.size * LEVEL_EM) widen(l, { ...u, runs: [u] });
    else lines.push({ runs: [u], x0: u.x0, x1: u.x1, top: u.top, bottom: u.bottom, size: u.size });
  }
  return lines;
}

/**
 * Labels centred down a column of cells set without room between them, read as one text: each label stands in the
 * middle of its own cell, and the cells follow one another, so from a label level with a line (a one-line cell's)
 * each next cell ends as far below the label's middle as it starts above it — where one line ends and the next
 * begins. A label whose cell so found ends between two lines moves to its cell's top. 桑名 by LibreOffice, every
 * cell middle-aligned (the 200th; Noto Sans 9 pt on B5, the 221st): `部 局 名` level with 防災・危機管理課, then
 * １．現状認識と課題 in the middle of ① … ⑤'s 17 lines, ２．今年度の部局目標 in the middle of the goals' 16, all one
 * text beside them. Where a cell's end falls inside a line, the labels after it are not read so.
 */
function tiled(labels: readonly Piece[], column: Piece, lines: readonly Piece[], inner: readonly Piece[]): Map<Piece, { top: number; bottom: number; one: boolean }> {
  const out = new Map<Piece, { top: number; bottom: number; one: boolean }>();
  let at: number | null = null;
  for (const l of labels) {
    const tol = l.size * LEVEL_EM;
    // (a label level with a list's first item stands at its cell's top: a list starts its cell — 桑名's ２．今年度の部局目標
    // level with ① 水道事業基本計画に…, the rows as close as the lines at 1.7 leading, by LibreOffice in Noto Serif CJK
    // 11.5 pt without rules, the 241st: tiled from 部 局 名, it had been moved up eight lines into the issues, the goals read
    // from them. A label centred on a list stands beside one of its later lines)
    const level = lines.findIndex((x) => Math.abs(x.top - l.top) <= tol);
    if (level >= 0 && (at === null || level >= at) && itemNumber(lines[level]!.runs.map((u) => u.text).join('')) === 1) at = level;
    if (at === null || lines[at]!.top > l.top + tol) {
      if (level < 0) {
        at = null;
        continue;
      }
      at = level;
    }
    const top = lines[at]!.top;
    const end = l.top + l.bottom - top;
    // (the cell's last line: the cell ends between its foot and the next line's top)
    const last = lines.findIndex((x, k) => k >= at! && x.bottom - tol <= end && end <= (lines[k + 1]?.top ?? x.bottom) + tol);
    if (last < 0) {
      at = null;
      continue;
    }
    // (moved two lines at least, its cell's last line a paragraph's: a label a line below its cell's top, or a cell's end
    // on a line that runs on, fits a table set at its rows' tops as well — rows as close as their lines line every
    // label up with some line's top and foot; 木更津 by LibreOffice in BIZ UDPGothic 14 pt, leading 1.0, the 202nd)
    const pitch = lines[at + 1] ? lines[at + 1]!.top - top : l.bottom - l.top;
    const edge = column.x1;
    const ends = !lines[last + 1] || lines[last]!.x1 < edge - l.size * 2;
    // (nor where another text within the column's width stands beside the cell and goes on under its end: the column is
    // two cells side by side there, and no row ends inside a cell — 木更津's 14 beside the title's first line, オーガニック化,
    // its department's two lines beside it, then the title's wrap, （学校給食米）の / 推進, by LibreOffice in IPAex Gothic 11 pt
    // on B5 without rules, top-aligned, the 235th: tiled from there, 現状と課題 level with its text's first line had moved
    // up to the wrap and opened the title's row. A header cell beside the label's line ends with it: 刈谷's 課等)
    const cellEnd = lines[last]!.bottom;
    const runsOn = inner.some((o) => o.top < cellEnd && o.bottom > top && o.bottom > cellEnd + tol);
    if (!ends || runsOn) {
      at = null;
      continue;
    }
    if (l.top - top >= pitch * 2 - tol) out.set(l, { top, bottom: lines[last]!.bottom, one: true });
    at = last + 1 < lines.length ? last + 1 : null;
  }
  // (two labels moved at least: one fits a table set at its rows' tops by chance — 桑名 by LibreOffice, top-aligned,
  // the 190th and 202nd)
  return out.size >= 2 ? out : new Map();
}

/**
 * A block's cells where rows stand as close as its lines (LibreOffice, leading 1.25): a line that ends short of the
 * line under it, or of the line over it, ends a cell's text (a paragraph's last line, or a label above a wider value).
 * 木更津's 事業No. row by LibreOffice, every cell middle-aligned, Noto Sans 9 pt on B5 (the 221st): 推進項目名称 over
 * the two lines of its title, then 現状と課題's text, chained into one block with the column's every cell; its `1` and
 * 総務部職員課 centred on the title's two lines.
 */
function cellsOf(b: Piece): Piece[] {
  const lines = linesIn(b);
  if (lines.length < 2) return [b];
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!cur) out.push((cur = { ...l, runs: [...l.runs] }));
    else widen(cur, l);
    const next = lines[i + 1];
    const prev = i > 0 && cur.runs.length > l.runs.length ? lines[i - 1]! : null;
    // (two ems: a justified column's lines end a character or so apart where a line may not end on its character)
    if (next && (l.x1 < next.x1 - l.size * 2 || (prev && l.x1 < prev.x1 - l.size * 2))) cur = null;
  }
  return out;
}

/**
 * Where a cell's text stands centred: the tallest cell beside it, or else the largest stretch of cells beside it
 * down one column (the cells under one another that share some width, a row's padding apart at most), whose
 * middle is its middle, that holds no cell level with it, and beside which its own column holds no other cell —
 * or null. `reach`: how far the stretch may run from its middle, in halves of its text's height; `merged`: a cell
 * level with one of the stretch's tops may still be centred on it (a cell merged down rows, one line). A cell merged down rows is
 * centred on the stretch of their cells; in a table whose cells stand at their rows' tops, the cells
 * beside a short one start level with it.
 */
function centredOn(b: Piece, all: readonly Piece[], reach = REACH, merged = false): { top: number; bottom: number; one: boolean; parts: number } | null {
  const tol = b.size * LEVEL_EM;
  const mid = (b.top + b.bottom) / 2;
  const apart = (o: Piece) => o.x1 <= b.x0 || o.x0 >= b.x1;
  let best: { top: number; bottom: number; height: number; one: boolean; parts: number } | null = null;
  // (from the cells beside it, or a row's padding from it: a one-line cell centred on two rows stands in the gap between
  // their lines — 伊勢崎's 財政効果額(歳入) (単位:千円) between 220 and 有料広告料, its cell merged down both rows, every cell
  // middle-aligned by Writer, the 367th: left in the gap, the amounts went to the steps and the sheet lost its 財政効果額)
  const near = b.size * ROW_GAP_EM;
  for (const o of all) {
    if (o === b || !apart(o) || o.top >= b.bottom + near || o.bottom <= b.top - near) continue;
    const strip = all.filter((p) => apart(p) && Math.min(p.x1, o.x1) - Math.max(p.x0, o.x0) > 0).sort((p, q) => p.top - q.top);
    const at = strip.indexOf(o);
    if (at < 0) continue;
    // (up and down from o, a row's padding apart: every stretch through o that reaches past b both ways)
    let i = at;
    while (i > 0 && strip[i]!.top - strip[i - 1]!.bottom <= b.size * ROW_GAP_EM && strip[i - 1]!.bottom > mid - (mid - b.top) * reach) i--;
    let j = at;
    while (j + 1 < strip.length && strip[j + 1]!.top - strip[j]!.bottom <= b.size * ROW_GAP_EM && strip[j + 1]!.top < mid + (b.bottom - mid) * reach) j++;
    for (let s = i; s <= at; s++)
      for (let e = at; e <= j; e++) {
        const part = strip.slice(s, e + 1);
        const top = part[0]!.top;
        const bottom = Math.max(...part.map((p) => p.bottom));
        if (top > b.top - tol || bottom < b.bottom + tol || bottom - top - (b.bottom - b.top) < b.size * TALLER_EM) continue;
        // (nor a stretch holding a cell within its height centred on it: that one is centred on it, not it on them. One off its
        // middle is a row of the stretch — 部長目標's 基本方針's one line beside 健康い / きいき / 部, centred down the goals, 基本方針
        // and 部の仕事; Noto Serif CJK 11 pt on A4 by Chromium in an outer frame, the 368th: left where it stood, the department
        // was read with 介護保険サービス… and 目標 with the goals)
        const within = (p: Piece) => p.top >= b.top - tol && p.bottom <= b.bottom + tol && Math.abs((p.top + p.bottom) / 2 - mid) <= tol;
        if (Math.abs((top + bottom) / 2 - mid) > tol || part.some((p) => (!merged && Math.abs(p.top - b.top) <= tol) || within(p))) continue;
        // (one cell before a stretch of several, which spans rows, and of those the largest its own column leaves free:
        // a symmetric part of a merged cell's rows is centred on its middle too — 伊勢崎's No. on 担当部課 … 5年後までの目標
        // as on 取組項目 … 具体的な取組事項 — while a cell of its own column bounds it; of single
        // cells the tallest: a cell centred in a row is centred on each shorter cell centred there too — 部長目標's
        // 目標 beside the head's name, both beside the goals — and the row's top is its tallest cell's)
        const one = part.length === 1;
        if (!one && all.some((p) => p !== b && !apart(p) && p.top < bottom && p.bottom > top)) continue;
        if (!best || (one && (!best.one || top < best.top)) || (!one && !best.one && bottom - top > best.height)) best = { top, bottom, height: bottom - top, one, parts: part.length };
      }
  }
  return best ? { top: best.top, bottom: best.bottom, one: best.one, parts: best.parts } : null;
}

/**
 * A place found on a chain's cells that a cell stands centred on: one cell, or a stretch of three or more — a line between
 * two of a chain's lines is in the middle of the two (a table's header row between a heading and the first row, 伊勢崎's
 * 目次 by LibreOffice, top-aligned), a department's name in the middle of its goals, 基本方針 and 部の仕事 is in the
 * middle of many (部長目標 by LibreOffice in an outer frame, middle-aligned, the 200th).
 */
const oneCell = <T extends { one: boolean; parts: number }>(on: T | null): T | null => (on && (on.one || on.parts >= 3) ? on : null);

/** How many lines of the page the spans stand on: the cells of one row vote once (伊勢崎's year headings, five cells of one line). */
export function linesOf(spans: readonly Span[]): number {
  const tops: number[] = [];
  for (const b of [...spans].sort((p, q) => p.top - q.top)) if (!tops.some((t) => Math.abs(t - b.top) <= b.size * LEVEL_EM)) tops.push(b.top);
  return tops.length;
}

/** A cell's text against the taller ones beside it: level with one's top, with one's foot, or neither (free to be centred). */
export function alignedBeside(b: Span, beside: readonly Span[]): 'top' | 'foot' | 'middle' | 'free' {
  const tol = b.size * LEVEL_EM;
  const taller = beside.filter((o) => o.top < b.bottom && o.bottom > b.top && o.bottom - o.top - (b.bottom - b.top) >= b.size * TALLER_EM);
  if (taller.some((o) => Math.abs(o.top - b.top) <= tol)) return 'top';
  // (level with a foot, it is centred on nothing: rows set close, each column's cells read as one text, the short
  // cell beside the last of them — 木更津's 担当課 beside 取組視点 / 事業No., Noto Sans 8.5 pt on A3 by LibreOffice
  // without rules, the 192nd; 伊勢崎's No. ① 取組項目 … by LibreOffice in an outer frame, the 190th)
  if (taller.some((o) => Math.abs(o.bottom - b.bottom) <= tol)) return 'foot';
  return taller.some((o) => Math.abs(o.top + o.bottom - b.top - b.bottom) / 2 <= tol) ? 'middle' : 'free';
}

/** A cell's text down the page: where it starts and ends, and the size it is set in. */
export interface Span {
  top: number;
  bottom: number;
  size: number;
}

/** Where a moved cell's text stands on the page. */
export interface Moved {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** The pages of a document read so far that were set with their cells centred (each page's own vote, see topAligned). */
export interface CentringSeen {
  pages: number;
  /** Lines of cells found centred on others, and lines of cells level with a taller one's top, over the pages read. */
  moved: number;
  level: number;
  /** Set for the page just read: its vote fell short by itself, and would carry in a document set centred throughout. */
  short?: boolean;
  /** Set to read a page again in a document found centred throughout: one line of cells centred carries a page. */
  throughout?: boolean;
}

export const centringSeen = (): CentringSeen => ({ pages: 0, moved: 0, level: 0 });

/**
 * Whether the document read was set with its cells centred: its cells centred on others four times the lines of those
 * level with a taller one's top, over a few lines. Top-aligned prints of the seeds give 15 to 555 lines level and 0 to 4
 * centred; middle-aligned ones 0 to 13 level and 22 to 812 centred (the 300th, 365th to 367th). A page whose own vote
 * fell short is read again (see readPdf). Not from pages that voted by themselves: two pages of 伊勢崎 top-aligned by
 * LibreOffice's HTML import, Noto Serif CJK 11 pt on letter landscape (the 260th), do — 40 lines centred against 141 level.
 */
export function centredThroughout(seen: CentringSeen): boolean {
  return seen.moved >= MIN_MOVED_LINES && seen.moved > seen.level * 4;
}

/** Lines of cells centred on others that a document shows at least before it counts as set centred (centredThroughout). */
const MIN_MOVED_LINES = 4;

/** Pages set centred by their own vote, after which the document's habit lowers the vote a page needs. */
const HABIT_PAGES = 2;

/**
 * The runs with every middle-aligned cell's text moved up to its row's top, where the page's cells are
 * set so, and where each moved text stands; otherwise the runs as they are. Set so: three lines of cells
 * centred beside taller ones or more, over four times the lines of cells level with a taller one's top
 * (rows set close, each column's cells read as one text, put a short cell in the middle of such a text
 * by chance: 木更津's 担当課 beside 取組視点 / 事業No. / 8 and its targets beside R5 … R7, two or four lines
 * of them against one, BIZ UDPGothic 14 pt on A4 landscape by LibreOffice, top-aligned, the 202nd) — or twice,
 * once HABIT_PAGES pages of the document (`seen`) voted so by themselves.
 */
export function topAligned(runs: readonly TextRun[], seen?: CentringSeen): { runs: readonly TextRun[]; moved: Moved[] } {
  const live = runs.filter((u) => !u.vertical && u.text.trim() !== '');
  if (live.length < 4) return { runs, moved: [] };
  const rows: Row[] = textRows([...live]);
  const lead = leading(rows, () => false);
  const body = bodySize({ runs: live } as Row);
  const blocks = cellTexts(pieces(rows), lead, body);
  // (each block's cells once: a page of many cells asks for them of each)
  const cellsByBlock = new Map<Piece, Piece[]>();
  const cellsIn = (o: Piece) => cellsByBlock.get(o) ?? (cellsByBlock.set(o, cellsOf(o)), cellsByBlock.get(o)!);
  const level: Piece[] = [];
  const chained: Piece[] = [];
  const free: Piece[] = [];
  const foot: Piece[] = [];
  // (the page's last text, a page number's few characters aside: a cell that runs down to it goes on over the page)
  const chars = (b: Piece) => b.runs.reduce((n, u) => n + [...u.text.replace(/\s/gu, '')].length, 0);
  // (none on a page of short cells: nothing there goes on over the page)
  const feet = blocks.filter((b) => chars(b) > 8).map((b) => b.bottom);
  const pageFoot = feet.length > 0 ? Math.max(...feet) : Infinity;
  for (const b of blocks) {
    const beside = blocks.filter((o) => o.x1 <= b.x0 || o.x0 >= b.x1);
    const standing = alignedBeside(b, beside);
    // (a cell level with the top of a taller one the page broke tells nothing: its row goes on over the page, and its
    // own text stands at the top of the part this page holds, however it is aligned — 桑名's ３．目標達成のための手段及び
    // 方策 beside the first lines of its means, every cell middle-aligned by Chromium without rules, the 200th: the page's
    // one level cell against its two labels centred beside theirs, the vote lost, 今年度の部局目標 left in the middle of its
    // row and its goals read as the rest of 現状認識と課題)
    if (standing === 'top' && alignedBeside(b, beside.filter((o) => o.bottom < pageFoot - o.size)) !== 'top') continue;
    // (level with a column's cells chained into one text, not with a taller cell, it votes for nothing: rows set as close
    // as lines, the text beside a label pair starts level with it and goes on down other rows — 木更津's 取組視点 / 事業No.
    // beside 5つの柱① / 推進項目名称 / the title / 現状と課題's text by LibreOffice, middle-aligned, the 221st. It may still
    // be a merged cell's text, below)
    if (standing === 'top' && alignedBeside(b, beside.flatMap(cellsIn)) !== 'top') chained.push(b);
    else if (standing === 'top') level.push(b);
    else if (standing === 'foot') foot.push(b);
    else free.push(b);
  }
  // (the page's vote first, from the cells that could be centred at most: a top-aligned page asks no more)
  // (cells level with a taller one's top by chance outvote those centred on a page of few: 木更津's 情報発信力の強化 by
  // LibreOffice without rules, middle-aligned, the 200th, page 13 — eight lines of cells centred against two level,
  // 0.28% and 360件 beside their indicators' names. Where pages before were set centred by their own vote, the document's
  // habit asks only twice the lines level)
  const habit = (seen?.pages ?? 0) >= HABIT_PAGES;
  const byItself = (n: number) => n >= 3 && n > linesOf(level) * 4;
  if (seen) seen.level += linesOf(level);
  // (and two lines, where the page's rows are few and tall: 桑名's two labels centred beside 現状認識と課題's and the goals'
  // lists, the third row broken by the page)
  const withHabit = (n: number) => n >= 2 && n > linesOf(level) * 2;
  // (and one line, where the whole document was read centred — see centredThroughout: 桑名 as a Writer document, every cell
  // middle-aligned, IPA P明朝 10.5 pt on letter landscape, the 367th: each page one label centred beside its list, 今年度の部局目標
  // beside ① … ⑥, and only one page of the 39 carried by itself; left where they stood, the goals were read as the issues)
  const byDocument = (n: number) => n >= 1 && n > linesOf(level) * 2;
  const enough = (n: number) => (seen?.throughout ? byDocument(n) : habit ? withHabit(n) : byItself(n));
  if (seen) seen.short = false;
  if (!enough(linesOf(free))) {
    if (seen && byDocument(linesOf(free))) seen.short = true;
    return { runs, moved: [] };
  }
  const moves = new Map<Piece, { top: number; bottom: number; one: boolean }>();
  // (first the labels beside a column read as one text that they tile: two or more found so carry the page)
  for (const column of blocks) {
    const lines = linesIn(column);
    if (lines.length < 4) continue;
    const left = blocks.filter((o) => o.x1 <= column.x0 && o.top >= column.top - o.size * LEVEL_EM && o.bottom <= column.bottom + o.size * LEVEL_EM);
    const near = left.reduce<Piece | null>((a, o) => (!a || o.x1 > a.x1 ? o : a), null);
    if (!near) continue;
    const labels = left.filter((o) => o.x0 < near.x1 && o.x1 > near.x0).sort((a, b) => a.top - b.top);
    const inner = blocks.filter((o) => o !== column && o.x0 > column.x0 && o.x1 <= column.x1 + o.size && o.top < column.bottom && o.bottom > column.top);
    for (const [b, on] of tiled(labels, column, lines, inner)) moves.set(b, on);
  }
  const tiles = new Map(moves);
  for (const b of free) {
    if (moves.has(b)) continue;
    // (or on one cell of such a chain, see cellsOf and oneCell; a cell's line, not a paragraph's across the page: 世田谷's
    // budget book, page 29, `どの社会保障関連経費…` 51 ems)
    const on = centredOn(b, blocks) ?? (b.x1 - b.x0 <= b.size * CELL_EMS ? oneCell(centredOn(b, blocks.flatMap((o) => (o === b ? [o] : cellsIn(o))))) : null);
    if (on) moves.set(b, on);
  }
  // (the page's vote for the cells centred on others; the tiled labels carry themselves, and only themselves)
  const voted = enough(linesOf([...moves.keys()]));
  // (a page whose vote falls short by itself, its cells centred on others enough for a document set so: read again where
  // the whole document shows it so — 部長目標's 市民環境部 centred down its goals, 基本方針 and 部の仕事, its 部長 beside
  // the goals, the page's two cells moved, on the third page of a Writer document every cell middle-aligned, IPA P明朝
  // 10.5 pt on letter landscape, the 367th: read before pages 1 and 5 had voted, its five goals had been 総務部's)
  if (seen && !voted && byDocument(linesOf([...moves.keys()]))) seen.short = true;
  if (seen) seen.moved += linesOf([...moves.keys()]);
  if (!voted && tiles.size === 0) return { runs, moved: [] };
  if (!voted) return withMoves(runs, tiles);
  if (seen && byItself(linesOf(free)) && byItself(linesOf([...moves.keys()]))) seen.pages++;
  // (on a page so set, a cell level with a taller one's foot votes for nothing but is moved where it stands centred on
  // cells of several rows: 伊勢崎's No., centred down its sheet's first five rows, beside the last line of 取組内容 —
  // every cell middle-aligned, the 200th. Not on one taller cell, whose foot it stands level with: 部長目標's 総括 by
  // Chromium in an outer frame, the 200th, page 4)
  for (const b of foot) {
    const on = centredOn(b, blocks, MERGED_REACH);
    if (on && !on.one) moves.set(b, on);
  }
  // (and a one-line cell level with a taller one's top, by chance, where its column leaves it several rows: 伊勢崎's No.
  // level with the top of 5年後までの目標's list, centred down 取組項目 … 具体的な取組事項 — the 200th by Chromium, page 47)
  for (const b of [...level, ...chained]) {
    if (b.bottom - b.top > b.size * 1.5) continue;
    const on = centredOn(b, blocks, MERGED_REACH, true);
    if (on && !on.one) moves.set(b, on);
  }
  return withMoves(runs, moves);
}

/** The runs with each moved cell's text set at the top it stands centred from, and where each moved text stands. */
function withMoves(runs: readonly TextRun[], moves: ReadonlyMap<Piece, { top: number; bottom: number; one: boolean }>): { runs: readonly TextRun[]; moved: Moved[] } {
  const shift = new Map<TextRun, number>();
  for (const [b, on] of moves) for (const u of b.runs) shift.set(u, on.top - b.top);
  return {
    runs: runs.map((u) => {
      const dy = shift.get(u);
      return dy === undefined ? u : { ...u, top: u.top + dy, bottom: u.bottom + dy };
    }),
    // (a cell centred on several cells down a column spans their rows: the borders between them are opened in its column,
    // though its text, one line, crosses none of them where it stands — 伊勢崎's No.)
    moved: [...moves].map(([{ x0, x1, top, bottom }, on]) => (on.one ? { x0, x1, top, bottom } : { x0, x1, top: Math.min(top, on.top), bottom: Math.max(bottom, on.bottom) })),
  };
}

/**
 * The borders read from the moved text, opened where a moved cell's text crosses them where it stands:
 * a cell merged down those rows (部長目標's department, centred down its goals, 基本方針 and 部の仕事), from
 * the border left of it to the border right of it.
 */
export function openedFor(rules: readonly Rule[], drawn: readonly Rule[], moved: readonly Moved[], texts: readonly TextRun[]): Rule[] {
  if (moved.length === 0) return [...rules];
  const verticals = [...rules, ...drawn].filter((r) => r.x0 === r.x1);
  const standing = (y: number) => verticals.filter((v) => Math.min(v.y0, v.y1) <= y + 1 && Math.max(v.y0, v.y1) >= y - 1).map((v) => v.x0);
  let out = [...rules];
  const sides: Rule[] = [];
  for (const m of moved) {
    // (the borders beside the row its text was moved to are its sides all the way down: a border read from the text
    // gaps of that row alone — 伊勢崎's No. | ① 取組項目, the other labels' rows leaving the column empty beside them,
    // every cell middle-aligned by LibreOffice, the 367th — had let the rows under it open across the labels too, and
    // 担当部課 … 具体的な取組事項 were read as one cell)
    const top = standing(m.top + 1);
    const leftTop = Math.max(-Infinity, ...top.filter((x) => x <= m.x0 + 1));
    // (nor past the text that stands beside it in its rows, clear of it: a border no row's gaps showed — 伊勢崎's No.
    // centred down its sheet's head, ① 取組項目 and the labels under it beside it, every cell middle-aligned and no rule
    // drawn by Chromium, the 370th: no border was read between them, and the labels were opened into No.'s cell)
    const beside = Math.min(Infinity, ...texts.filter((r) => r.x0 > m.x1 + 1 && r.bottom > m.top && r.top < m.bottom).map((r) => r.x0));
    const clear = Number.isFinite(beside) && !texts.some((r) => r.x0 < beside && r.x1 > m.x1 + 1 && r.bottom > m.top && r.top < m.bottom);
    const standingRight = Math.min(Infinity, ...top.filter((x) => x >= m.x1 - 1));
    const rightTop = clear && standingRight > beside ? (m.x1 + beside) / 2 : standingRight;
    let opened = false;
    out = out.flatMap((h) => {
      if (h.y0 !== h.y1 || h.y0 <= m.top + 1 || h.y0 >= m.bottom - 1 || h.x0 >= m.x1 || h.x1 <= m.x0) return [h];
      const xs = standing(h.y0);
      const left = Math.max(h.x0, leftTop, ...xs.filter((x) => x <= m.x0 + 1));
      const right = Math.min(h.x1, rightTop, ...xs.filter((x) => x >= m.x1 - 1));
      opened = true;
      return [
        ...(left - h.x0 > 1 ? [{ ...h, x1: left }] : []),
        ...(h.x1 - right > 1 ? [{ ...h, x0: right }] : []),
      ];
    });
    if (!opened) continue;
    for (const x of [leftTop, rightTop]) if (Number.isFinite(x)) sides.push({ x0: x, x1: x, y0: m.top, y1: m.bottom });
  }
  return [...out, ...sides];
}
