import type { Rule, TextRun } from './page-content.js';
import { mergeSegments, type Table } from './tables.js';

/**
 * Tables the page does not rule, or rules only in part (horizontal rules only, an outer frame, a
 * grid missing borders): their columns and rows are read from where the text leaves room, and
 * given back as rules drawn where the producer would have drawn them, so that one grid builder
 * (tables.ts) makes every table. Learnt from the seeds printed without rules (scripts/
 * render-variants.ts: 刈谷's four-column 組織目標 table, 木更津's and 伊勢崎's sheets, 桑名's
 * label | text form, the 部長目標 panels), where a ruled print and an unruled one of the same text
 * must read alike.
 *
 * - A *block* is a run of lines with no more than the line's own leading between them: cell
 *   padding opens a wider gap between two rows than between two lines of one cell.
 * - A *channel* is an x-interval that no line of a block covers and that lines reach on both
 *   sides: the gap between two cells. Its middle is a column border.
 * - A *table* is a run of blocks whose channels line up (every block shares a column border with
 *   the next one), or the blocks inside a partial ruling (a frame, a stack of horizontal rules).
 */

/** Why a column or row border is where it is: drawn by the producer, or read from the text. */
export type BorderSource = 'rule' | 'text-gap';

/** For --trace: each table of a page, and where each of its borders came from. */
export interface TableTrace {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  columns: { x: number; from: BorderSource }[];
  rows: { y: number; from: BorderSource }[];
}

interface Row {
  runs: TextRun[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
}

interface Block {
  rows: Row[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Its channels: where a column border may run, and how many lines show each. */
  gaps: Gap[];
  /** Column borders (x): the middles of its gaps. */
  borders: number[];
  /** A horizontal rule closes it: the next block is another row whatever the gap. */
}

interface Gap {
  from: number;
  to: number;
  straddle: number;
}

interface Region {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Farther apart than this (points), two horizontal rules of one width are not one table's. */
const STACK_GAP = 250;

/** Narrower than this is a space between words, not a gap between cells (em). */
const MIN_CHANNEL_EM = 0.45;

function textRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const r of sorted) {
    // one printed line: runs of another font (① from a symbol font) may sit a little higher
    const mid = (r.top + r.bottom) / 2;
    const row = rows.slice(-4).find((g) => Math.abs(g.bottom - r.bottom) <= Math.min(g.size, r.size) * 0.4 || Math.abs((g.top + g.bottom) / 2 - mid) <= Math.min(g.size, r.size) * 0.3);
    if (row) {
      row.runs.push(r);
      row.top = Math.min(row.top, r.top);
      row.bottom = Math.max(row.bottom, r.bottom);
      row.x0 = Math.min(row.x0, r.x0);
      row.x1 = Math.max(row.x1, r.x1);
      row.size = Math.max(row.size, r.size);
    } else rows.push({ runs: [r], top: r.top, bottom: r.bottom, x0: r.x0, x1: r.x1, size: r.size });
  }
  for (const row of rows) row.runs.sort((a, b) => a.x0 - b.x0);
  return rows.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/**
 * The usual gap between two lines of one paragraph (points): between a line and the next one that
 * starts where it started, in the same size. Lines of neighbouring cells sit at other heights
 * (a short cell is centred): only a cell's own wrapped lines show the producer's leading.
 */
function leading(rows: Row[]): number {
  const gaps: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    for (const run of a.runs) {
      for (let j = i + 1; j < rows.length && rows[j]!.top < a.bottom + a.size * 1.5; j++) {
        const below = rows[j]!.runs.find((r) => Math.abs(r.x0 - run.x0) <= 0.5 && Math.abs(r.size - run.size) < 0.2);
        if (!below) continue;
        gaps.push(below.top - run.bottom);
        break;
      }
    }
  }
  if (gaps.length === 0) return 0;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length * 0.5)]!;
}

/**
 * Uncovered x-intervals of a block's lines, each with how many lines reach both its sides with
 * words: a letter-spaced label (取 組 項 目) leaves gaps between single characters, not cells.
 */
function channels(rows: Row[], lo: number, hi: number, size: number): Gap[] {
  const covered: [number, number][] = rows.flatMap((r) => r.runs.map((x) => [x.x0, x.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const out: Gap[] = [];
  let at = lo;
  for (const [a, b] of covered) {
    if (a - at >= size * MIN_CHANNEL_EM && at > lo) out.push({ from: at, to: a, straddle: 0 });
    at = Math.max(at, b);
  }
  for (const c of out) c.straddle = rows.filter((r) => r.x0 < c.from + 0.1 && r.x1 > c.to - 0.1 && (c.to - c.from > size * 1.6 || (piece(r, c.from, -1) > r.size * 1.2 && piece(r, c.to, 1) > r.size * 1.2))).length;
  return out.filter((c) => c.straddle > 0 && c.to <= hi);
}

/** The width of the text a line has against x, on its left (dir -1) or right (dir 1), up to a word gap. */
function piece(r: Row, x: number, dir: -1 | 1): number {
  const runs = dir < 0 ? [...r.runs].filter((u) => u.x1 <= x + 0.1).sort((a, b) => b.x1 - a.x1) : r.runs.filter((u) => u.x0 >= x - 0.1);
  if (runs.length === 0) return 0;
  let edge = dir < 0 ? runs[0]!.x0 : runs[0]!.x1;
  for (const u of runs.slice(1)) {
    if (dir < 0 ? edge - u.x1 > r.size * MIN_CHANNEL_EM : u.x0 - edge > r.size * MIN_CHANNEL_EM) break;
    edge = dir < 0 ? Math.min(edge, u.x0) : Math.max(edge, u.x1);
  }
  return dir < 0 ? x - edge : edge - x;
}

function inside(r: { x0: number; x1: number; top: number; bottom: number }, g: { x0: number; x1: number; top: number; bottom: number }): boolean {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.top + r.bottom) / 2;
  return cx >= g.x0 && cx <= g.x1 && cy >= g.top && cy <= g.bottom;
}

/**
 * Boxes whose inside is one cell but whose text stands in columns: an outer frame with no inner
 * rules, a ruled table of one column. And stacks of horizontal rules that no vertical rule meets:
 * tables ruled between rows only (Word's plain styles).
 */
function partialRulings(tables: Table[], rules: Rule[]): Region[] {
  const regions: Region[] = tables.filter((t) => t.xs.length === 2).map((t) => ({ x0: t.x0, x1: t.x1, top: t.top, bottom: t.bottom}));
  const framed = (y: number, x0: number, x1: number) => tables.some((t) => y >= t.top - 2 && y <= t.bottom + 2 && x0 >= t.x0 - 2 && x1 <= t.x1 + 2);
  // a border drawn cell by cell is one rule
  const joined = mergeSegments(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 }))).map((g) => ({ x0: g.from, x1: g.to, y0: g.at, y1: g.at }));
  const free = joined.filter((r) => r.x1 - r.x0 > 20 && !framed(r.y0, r.x0, r.x1)).sort((a, b) => a.y0 - b.y0);
  const used = new Set<Rule>();
  for (const r of free) {
    if (used.has(r)) continue;
    // rules of one width, each within a few rows of the last: far apart they are two tables' edges
    const stack = [r];
    for (const o of free) if (!used.has(o) && o.y0 > stack.at(-1)!.y0 + 2 && o.y0 - stack.at(-1)!.y0 < STACK_GAP && Math.abs(o.x0 - r.x0) <= 3 && Math.abs(o.x1 - r.x1) <= 3) stack.push(o);
    if (stack.length < 2) continue;
    stack.forEach((o) => used.add(o));
    regions.push({ x0: r.x0, x1: r.x1, top: stack[0]!.y0, bottom: stack.at(-1)!.y0});
  }
  return regions;
}

export interface InferredTables {
  /** Borders to add to the drawn ones. */
  rules: Rule[];
}

/**
 * Borders for the tables whose columns the drawing does not give. `tables` are the ones the
 * drawn rules make; text inside a table of two or more ruled columns is left to it.
 */
export function inferBorders(runs: TextRun[], rules: Rule[], tables: Table[]): InferredTables {
  // a page set in vertical columns (官報) has gaps between its columns, not between cells
  const chars = (list: TextRun[]) => list.reduce((n, r) => n + r.text.length, 0);
  if (chars(runs.filter((r) => r.vertical)) > chars(runs.filter((r) => !r.vertical))) return { rules: [] };
  const gridded = tables.filter((t) => t.xs.length > 2);
  const candidates = runs.filter((r) => !r.vertical && !gridded.some((t) => inside(r, t)));
  const out: InferredTables = { rules: [] };
  if (candidates.length === 0) return out;
  const regions = partialRulings(tables, rules);
  const hRules = rules.filter((r) => r.y0 === r.y1);
  // whole lines go to a region: a line's page number may stand outside the ruled width
  const inRegion = new Map<Region | null, Row[]>();
  for (const row of textRows(candidates)) {
    const mid = (row.top + row.bottom) / 2;
    const g = regions.find((x) => mid >= x.top && mid <= x.bottom && row.x0 < x.x1 && row.x1 > x.x0) ?? null;
    const list = inRegion.get(g);
    if (list) list.push(row);
    else inRegion.set(g, [row]);
  }
  const lead = leading(textRows(candidates));
  for (const [region, rows] of inRegion) {
    const blocks = toBlocks(rows, lead, hRules, !!region && hRules.some((h) => h.y0 > region.top + 2 && h.y0 < region.bottom - 2));
    const tablesHere = alignedRuns(blocks, !!region);
    for (const group of tablesHere) emit(group, region, out);
  }
  return out;
}

/** Rows into blocks: a new block where the gap above a row is wider than the leading, or a rule runs between. */
function toBlocks(rows: Row[], lead: number, hRules: Rule[], rulesOnly: boolean): Block[] {
  const blocks: Block[] = [];
  let cur: Row[] = [];
  const close = () => {
    if (cur.length === 0) return;
    const x0 = Math.min(...cur.map((r) => r.x0));
    const x1 = Math.max(...cur.map((r) => r.x1));
    const size = Math.max(...cur.map((r) => r.size));
    const found = channels(cur, x0, x1, size);
    blocks.push({ rows: cur, top: Math.min(...cur.map((r) => r.top)), bottom: Math.max(...cur.map((r) => r.bottom)), x0, x1, gaps: found, borders: found.map((c) => (c.from + c.to) / 2) });
    cur = [];
  };
  let bottom = -Infinity;
  for (const row of rows) {
    const gap = row.top - bottom;
    const ruled = hRules.some((h) => h.y0 > bottom - 0.5 && h.y0 < row.top + 0.5 && h.x0 < row.x1 && h.x1 > row.x0);
    if (cur.length && (ruled || (!rulesOnly && gap > lead + Math.max(1, row.size * 0.1)))) close();
    cur.push(row);
    bottom = Math.max(bottom, row.bottom);
  }
  close();
  return blocks;
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/** A table's column: the x-interval every block that shows it leaves open, and what shows it. */
interface Column extends Gap {
  blocks: number;
}

/** Narrow the table's columns by a block's gaps; a gap that meets no column opens one. */
function addGaps(columns: Column[], gaps: Gap[]): void {
  for (const g of gaps) {
    const c = columns.find((k) => overlaps(k, g));
    if (c) {
      c.from = Math.max(c.from, g.from);
      c.to = Math.min(c.to, g.to);
      c.blocks++;
      c.straddle = Math.max(c.straddle, g.straddle);
    } else columns.push({ ...g, blocks: 1 });
  }
  columns.sort((a, b) => a.from - b.from);
}

/** Whether a block without gaps stands inside one column of the table: a cell's text going on. */
function withinColumn(b: Block, columns: Column[], x0: number, x1: number): boolean {
  const edges = [x0, ...columns.map((c) => (c.from + c.to) / 2), x1];
  for (let i = 0; i + 1 < edges.length; i++) if (b.x0 >= edges[i]! - 1 && b.x1 <= edges[i + 1]! + 1) return true;
  return false;
}

interface Found {
  blocks: Block[];
  columns: Column[];
}

/**
 * Blocks that make a table without rules: consecutive ones whose gaps line up with the table's
 * columns so far (a centred header leaves a wider gap than the rows under it: the gaps overlap).
 * A block with no gap that stands inside one column is that cell going on after a paragraph
 * break: it joins the row above. Two rows at least.
 */
function alignedRuns(blocks: Block[], ruledRows: boolean): Found[] {
  const out: Found[] = [];
  let cur: Block[] = [];
  let columns: Column[] = [];
  const flush = () => {
    if (cur.length >= 2) out.push({ blocks: cur, columns });
    cur = [];
    columns = [];
  };
  for (const b of blocks) {
    const prev = cur.at(-1);
    if (b.gaps.length === 0) {
      // not a page number or a note far under the table
      const close = prev && b.top - prev.bottom < b.rows[0]!.size * 2.5;
      if (prev && close && withinColumn(b, columns, Math.min(...cur.map((k) => k.x0)), Math.max(...cur.map((k) => k.x1)))) {
        // between drawn row rules it is a row of its own, its other cells empty
        if (ruledRows) cur.push(b);
        else cur[cur.length - 1] = joinBlocks(prev, b);
        continue;
      }
      // between drawn row rules, a row across the columns in the table's own size is a merged row;
      // a larger one is the heading of the next table
      if (prev && ruledRows && b.rows.every((r) => r.size <= prev.rows[0]!.size * 1.1)) {
        cur.push(b);
        continue;
      }
      flush();
      continue;
    }
    if (prev && !b.gaps.some((g) => columns.some((c) => overlaps(c, g)))) flush();
    cur.push(b);
    addGaps(columns, b.gaps);
  }
  flush();
  return out;
}

function joinBlocks(a: Block, b: Block): Block {
  return { ...a, rows: [...a.rows, ...b.rows], bottom: Math.max(a.bottom, b.bottom), x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1) };
}

function emit(found: Found, region: Region | null, out: InferredTables): void {
  const { blocks } = found;
  if (blocks.length === 0) return;
  // A table whose cells never wrap reads the same as its lines (their gaps become tabs): left as lines.
  if (!blocks.some(wraps)) return;
  // a column one block alone shows must be seen down several of its lines
  const xs = found.columns.filter((c) => c.blocks >= 2 || c.straddle >= 2).map((c) => (c.from + c.to) / 2);
  if (xs.length === 0) return;
  const x0 = Math.min(region?.x0 ?? Infinity, ...blocks.map((b) => b.x0 - 2));
  const x1 = Math.max(region?.x1 ?? -Infinity, ...blocks.map((b) => b.x1 + 2));
  const top = Math.min(region?.top ?? Infinity, blocks[0]!.top - 2);
  const bottom = Math.max(region?.bottom ?? -Infinity, blocks.at(-1)!.bottom + 2);
  const ys = blocks.slice(1).map((b, i) => (blocks[i]!.bottom + b.top) / 2);
  const edges = [top, ...ys, bottom];
  out.rules.push({ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom }, { x0, x1: x0, y0: top, y1: bottom }, { x0: x1, x1, y0: top, y1: bottom });
  for (const y of ys) out.rules.push({ x0, x1, y0: y, y1: y });
  for (const x of xs) {
    blocks.forEach((b, i) => {
      // a border runs down the rows whose text leaves room for it (a merged cell elsewhere)
      const open = !b.rows.some((r) => r.runs.some((run) => run.x0 < x && run.x1 > x));
      if (open) out.rules.push({ x0: x, x1: x, y0: edges[i]!, y1: edges[i + 1]! });
    });
  }
}

/**
 * Whether a cell of the block wraps: a line that reaches a column border (or the block's right
 * edge) is followed by one of the same size starting where it started. This is what a table
 * gives that its lines alone do not.
 */
function wraps(b: Block): boolean {
  const edges = [...b.borders, b.x1];
  for (let i = 1; i < b.rows.length; i++) {
    const upper = b.rows[i - 1]!;
    const lower = b.rows[i]!;
    if (Math.abs(upper.size - lower.size) > 0.2) continue;
    for (const run of upper.runs) {
      const start = run.x0 - piece(upper, run.x0, -1) === run.x0 ? run.x0 : NaN;
      if (Number.isNaN(start)) continue;
      const end = start + piece(upper, start, 1);
      const edge = edges.find((e) => e >= end - 0.5);
      if (edge === undefined || edge - end > upper.size * 1.5) continue;
      if (lower.runs.some((r) => Math.abs(r.x0 - start) <= upper.size * 0.5)) return true;
    }
  }
  return false;
}

/** Where each border of a finished table came from: a drawn rule near it, or only the text's gaps. */
export function traceTable(page: number, t: Table, drawn: Rule[]): TableTrace {
  const drawnV = (x: number) => drawn.some((r) => r.x0 === r.x1 && Math.abs(r.x0 - x) <= 2);
  const drawnH = (y: number) => drawn.some((r) => r.y0 === r.y1 && Math.abs(r.y0 - y) <= 2);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    page,
    x0: round(t.x0),
    x1: round(t.x1),
    top: round(t.top),
    bottom: round(t.bottom),
    columns: t.xs.map((x) => ({ x: round(x), from: drawnV(x) ? 'rule' : 'text-gap' })),
    rows: t.ys.map((y) => ({ y: round(y), from: drawnH(y) ? 'rule' : 'text-gap' })),
  };
}
