import type { Rule } from './page-content.js';

/**
 * Tables rebuilt from ruling lines. The grid is every distinct border position; a cell is a set of
 * grid slots not separated by a border (merged cells). A cell is anchored at its top-left slot,
 * which is where its text is emitted: a merged cell spanning three columns gives its text and two
 * empty cells, as a spreadsheet export of the same table would.
 */
export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface Table {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Column borders, left to right (columns = length - 1). */
  xs: number[];
  /** Row borders, top to bottom (rows = length - 1). */
  ys: number[];
  cells: TableCell[];
  /** The bottom (top) row had no border: the page broke the row, it goes on on the next page. */
  openBottom: boolean;
  openTop: boolean;
  /**
   * The columns of the last row's cells with no rule under them, where the row's other cells have one: cells merged
   * down past the page's foot (a label beside rows that go on on the next page) beside a row that ended there.
   */
  openFoot?: number[];
}

const TOL = 2;
/** Taller than this (points), two vertical rules with no table of theirs are a frame the page broke open (text-columns' partialRulings). */
export const OPEN_FRAME_MIN = 40;

export interface Seg {
  at: number;
  from: number;
  to: number;
}

/** Join collinear pieces (a border drawn cell by cell) into one segment. */
export function mergeSegments(segs: Seg[]): Seg[] {
  const sorted = [...segs].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Seg[] = [];
  // `out` is in the order of `at`: the segments too far above for this one (and so for every
  // later one) are not asked again
  let near = 0;
  for (const s of sorted) {
    while (near < out.length && out[near]!.at < s.at && Math.abs(out[near]!.at - s.at) > TOL) near++;
    let last: Seg | undefined;
    for (let k = near; k < out.length && !last; k++) {
      const o = out[k]!;
      if (Math.abs(o.at - s.at) <= TOL && s.from <= o.to + TOL && s.to >= o.from - TOL) last = o;
    }
    if (last) {
      last.from = Math.min(last.from, s.from);
      last.to = Math.max(last.to, s.to);
    } else out.push({ ...s });
  }
  // A second pass catches segments that the first pass extended into each other.
  return out.length < segs.length ? mergeSegments(out) : out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

export function findTables(rules: Rule[]): Table[] {
  const hs = mergeSegments(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })));
  const pieces = rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => ({ at: r.x0, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) }));
  const vs = mergeSegments(pieces);
  // Connected components of crossing segments.
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL) parent[find(i)] = find(hs.length + j);
    });
  });
  const groups = new Map<number, { hs: Seg[]; vs: Seg[] }>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(find(i)) ?? { hs: [], vs: [] };
    if (i < hs.length) g.hs.push(hs[i]!);
    else g.vs.push(vs[i - hs.length]!);
    groups.set(find(i), g);
  }
  const tables: Table[] = [];
  for (const g of [...groups.values()].flatMap((x) => partStacked(x.hs, x.vs))) {
    if ((g.hs.length < 2 && !brokenUnderTop(g, hs) && !brokenOverFoot(g, hs)) || g.vs.length < 2) continue;
    // (a border joined from pieces stands where they do, not where its first alone does: see columnsOf)
    const t = buildGrid(g.hs, g.vs, columnsOf(g.vs, pieces));
    if (t) tables.push(t);
  }
  // A table drawn inside another's cell is part of that cell's text, not a table of its own.
  return tables.filter((t) => !tables.some((o) => o !== t && o.x0 <= t.x0 + TOL && o.x1 >= t.x1 - TOL && o.top <= t.top + TOL && o.bottom >= t.bottom - TOL && (o.x1 - o.x0) * (o.bottom - o.top) > (t.x1 - t.x0) * (t.bottom - t.top)));
}

/**
 * A grid whose first row the page broke before any rule under it: one rule across its top, every
 * vertical border from that rule down to one foot (部長目標's 総務部 at a page's foot, ruled by Chromium in
 * Noto Serif CJK 11.5 pt, 30 mm: read as a frame, rows were taken from its text and the row parted
 * between the goals' lines `…解決するた / めの人材…`). Three borders or more: two alone are a frame, unless too short for one. Not
 * where a rule of the page runs right under that foot: the grid is shut there (a gazette's table of
 * vertical text over the rule across its page).
 */
function brokenUnderTop(g: { hs: Seg[]; vs: Seg[] }, all: Seg[]): boolean {
  if (g.hs.length !== 1 || g.vs.length < 2) return false;
  const h = g.hs[0]!;
  const foot = Math.max(...g.vs.map((v) => v.to));
  // (two, a frame's sides, where the frame holds a line or two only: too short for a frame open at both ends —
  // partialRulings's — it is the first row's, the rest on the next page: 部長目標's 総務部 | 総務部長 | 目標 | 1 職員の…
  // alone at a page's foot, its frame's sides 32 pt down from its top; IPAex Gothic 12 pt on A4 landscape by Chromium
  // in outer frames, the 342nd)
  if (g.vs.length === 2 && foot - h.at > OPEN_FRAME_MIN) return false;
  if (all.some((o) => o.at >= foot - TOL && o.at <= foot + 6 * TOL && o.from < h.to && o.to > h.from)) return false;
  return g.vs.every((v) => Math.abs(v.from - h.at) <= 3 * TOL && Math.abs(v.to - foot) <= TOL && v.at >= h.from - TOL && v.at <= h.to + TOL) && foot - h.at > 20 && Math.min(...g.vs.map((v) => v.at)) <= h.from + TOL && Math.max(...g.vs.map((v) => v.at)) >= h.to - TOL;
}

/**
 * A grid's last row at the next page's head, its top border drawn on the page before: one rule across its foot,
 * every vertical border from one top down to that rule (伊勢崎's ・評価シートの見直し | 見直し × 5 alone at a page's
 * head under vertical borders from 70.5 pt, the rule under it at 99.4; BIZ UDPGothic 14 pt on A4 landscape
 * by Chromium, fully ruled, the 231st — read as a line of text, its plans ran into the row before's, `見直し見直し`).
 * Three borders or more, as brokenUnderTop; not where a rule of the page runs right over that top.
 */
function brokenOverFoot(g: { hs: Seg[]; vs: Seg[] }, all: Seg[]): boolean {
  if (g.hs.length !== 1 || g.vs.length < 3) return false;
  const h = g.hs[0]!;
  const top = Math.min(...g.vs.map((v) => v.from));
  if (all.some((o) => o.at <= top + TOL && o.at >= top - 6 * TOL && o.from < h.to && o.to > h.from)) return false;
  return g.vs.every((v) => Math.abs(v.to - h.at) <= 3 * TOL && Math.abs(v.from - top) <= TOL && v.at >= h.from - TOL && v.at <= h.to + TOL) && h.at - top > 20 && Math.min(...g.vs.map((v) => v.at)) <= h.from + TOL && Math.max(...g.vs.map((v) => v.at)) >= h.to - TOL;
}

/** How far (a share of the table's width) a border of the second of two stacked tables may stand from the first's. */
const SAME_FORM_SHIFT = 0.05;

/**
 * Two tables set one on the other, the first's bottom rule the second's top, each with columns of
 * its own (刈谷 by LibreOffice, BIZ UDPMincho 9 pt, ruled, p11: 福祉健康部's table, borders at
 * 169.3 | 298.6 | 382.9, on the next, at 172.3 | 306.1 | 393.3): their rules cross, and as one grid
 * of seven columns their cells fell in columns the header did not name. Parted at a rule across
 * the group where every inner vertical rule above ends and every one below starts, as many, each a
 * little way off. A row merged across the columns (a category between rows) has no inner rule and
 * parts nothing.
 */
function partStacked(hs: Seg[], vs: Seg[]): { hs: Seg[]; vs: Seg[] }[] {
  const left = Math.min(...vs.map((v) => v.at));
  const right = Math.max(...vs.map((v) => v.at));
  const inner = vs.filter((v) => v.at > left + TOL && v.at < right - TOL);
  for (const h of [...hs].sort((a, b) => a.at - b.at)) {
    const y = h.at;
    if (h.from > left + TOL || h.to < right - TOL || inner.some((v) => v.from < y - TOL && v.to > y + TOL)) continue;
    const above = cluster(inner.filter((v) => Math.abs(v.to - y) <= TOL).map((v) => v.at));
    const below = cluster(inner.filter((v) => Math.abs(v.from - y) <= TOL).map((v) => v.at));
    // (as many columns, each border moved a little: the same form set again at its own widths; a
    // header parted otherwise than its body, 世田谷's budget book 款 項 目 … over 節 | 説明, stays one)
    if (above.length === 0 || above.length !== below.length || above.every((x, i) => Math.abs(x - below[i]!) <= TOL)) continue;
    if (above.some((x, i) => Math.abs(x - below[i]!) > (right - left) * SAME_FORM_SHIFT)) continue;
    const upper = { hs: hs.filter((o) => o.at <= y + TOL), vs: vs.filter((v) => v.from < y - TOL).map((v) => ({ ...v, to: Math.min(v.to, y) })) };
    const lower = { hs: hs.filter((o) => o.at >= y - TOL), vs: vs.filter((v) => v.to > y + TOL).map((v) => ({ ...v, from: Math.max(v.from, y) })) };
    return [upper, ...partStacked(lower.hs, lower.vs)];
  }
  return [{ hs, vs }];
}

/**
 * The x of a group's column borders, read from the pieces its vertical rules were joined from, not only
 * from each joined border's first piece. Two tables set one on the other at widths of their own meet end
 * to end, a border of each 2 pt from the other's: joined at the upper's x, the lower's own border, drawn
 * again alongside by its header's shading 2.05 pt off, stood apart from it, a sliver column between, and
 * the lower's cells fell in columns its header did not name (刈谷 by LibreOffice in BIZ UDPMincho 8.5 pt
 * on B5, only the header rows shaded: 福祉健康部's 135.05 over 137.05 pt, two records lost).
 */
function columnsOf(vs: Seg[], pieces: Seg[]): number[] {
  const own = pieces.filter((p) => vs.some((v) => Math.abs(v.at - p.at) <= TOL && p.from <= v.to + TOL && p.to >= v.from - TOL));
  return cluster([...vs.map((v) => v.at), ...own.map((p) => p.at)]);
}

function buildGrid(hs: Seg[], vs: Seg[], columns: number[] = cluster(vs.map((v) => v.at))): Table | null {
  // A row broken by the page is left open: its side borders run past the last horizontal one.
  // Close it where they end so its text stays inside the table.
  const left = Math.min(...vs.map((v) => v.at));
  const right = Math.max(...vs.map((v) => v.at));
  const top = Math.min(...hs.map((h) => h.at));
  const bottom = Math.max(...hs.map((h) => h.at));
  const vTop = Math.min(...vs.map((v) => v.from));
  const vBottom = Math.max(...vs.map((v) => v.to));
  const openBottom = vBottom > bottom + 3 * TOL;
  const openTop = vTop < top - 3 * TOL;
  if (openBottom) hs = [...hs, { at: vBottom, from: left, to: right }];
  if (openTop) hs = [...hs, { at: vTop, from: left, to: right }];
  const xs = columns;
  const ys = cluster(hs.map((h) => h.at));
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const hasV = (x: number, y0: number, y1: number) => vs.some((v) => Math.abs(v.at - x) <= TOL && v.from <= y0 + TOL && v.to >= y1 - TOL);
  const hasH = (y: number, x0: number, x1: number) => hs.some((h) => Math.abs(h.at - y) <= TOL && h.from <= x0 + TOL && h.to >= x1 - TOL);
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const mid = (ys[r]! + ys[r + 1]!) / 2;
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !hasV(xs[c + 1]!, mid - 1, mid + 1)) parent[find(r * cols + c + 1)] = find(r * cols + c);
      if (r + 1 < rows && !hasH(ys[r + 1]!, midX - 1, midX + 1)) parent[find((r + 1) * cols + c)] = find(r * cols + c);
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = find(r * cols + c);
      const s = spans.get(k);
      if (!s) spans.set(k, { r0: r, r1: r, c0: c, c1: c });
      else {
        s.r0 = Math.min(s.r0, r);
        s.r1 = Math.max(s.r1, r);
        s.c0 = Math.min(s.c0, c);
        s.c1 = Math.max(s.c1, c);
      }
    }
  }
  const cells: TableCell[] = [...spans.values()].map((s) => ({
    row: s.r0,
    col: s.c0,
    rowSpan: s.r1 - s.r0 + 1,
    colSpan: s.c1 - s.c0 + 1,
    x0: xs[s.c0]!,
    x1: xs[s.c1 + 1]!,
    top: ys[s.r0]!,
    bottom: ys[s.r1 + 1]!,
  }));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const last = cells.filter((c) => c.row + c.rowSpan === rows);
  const open = openBottom ? [] : last.filter((c) => !hasH(ys.at(-1)!, (c.x0 + c.x1) / 2 - 1, (c.x0 + c.x1) / 2 + 1)).map((c) => c.col);
  const openFoot = open.length > 0 && open.length < last.length ? { openFoot: open } : {};
  return { x0: xs[0]!, x1: xs.at(-1)!, top: ys[0]!, bottom: ys.at(-1)!, xs, ys, cells, openBottom, openTop, ...openFoot };
}
