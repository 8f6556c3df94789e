/**
 * What the page's drawn rules tell of tables they rule only in part: frames and stacks of horizontal
 * rules (partialRulings, frameSeams), the borders a drawn grid leaves out (missingBorders), a region's
 * last line as a row (lastLineRow), and the row borders the text placed moved onto a drawn rule in the
 * same room (onDrawnRules). Apart from the text's gaps: these start from the drawing.
 */
import type { Rule, TextRun } from '../page-content.js';
import { mergeSegments, OPEN_FRAME_MIN, type Table } from '../tables.js';
import type { Block, Region, Row } from './types.js';
import { ITEM_NUMBER, MIN_CHANNEL_EM, SEAM, typedSpace } from './measures.js';
import { bodySize, isFolio, pieces } from './lines.js';

/** Farther apart than this (points), two horizontal rules of one width are not one table's… */
const STACK_GAP = 250;
/** …nor than this many lines of the page's text, where its lines stand further apart than that allows. */
const STACK_LINES = 16;

export function inside(r: { x0: number; x1: number; top: number; bottom: number }, g: { x0: number; x1: number; top: number; bottom: number }): boolean {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.top + r.bottom) / 2;
  return cx >= g.x0 && cx <= g.x1 && cy >= g.top && cy <= g.bottom;
}

/**
 * Boxes whose inside is one cell but whose text stands in columns: an outer frame with no inner
 * rules, a ruled table of one column. And stacks of horizontal rules that no vertical rule meets:
 * tables ruled between rows only (Word's plain styles).
 */
export function partialRulings(tables: Table[], rules: Rule[], rows: Row[] = [], lead = 0): Region[] {
  const regions: Region[] = tables.filter((t) => t.xs.length === 2).map((t) => {
    const seams = frameSeams(t, rules);
    return { x0: t.x0, x1: t.x1, top: t.top, bottom: t.bottom, ...(seams.length ? { seams } : {}) };
  });
  const framed = (y: number, x0: number, x1: number) => tables.some((t) => y >= t.top - 2 && y <= t.bottom + 2 && x0 >= t.x0 - 2 && x1 <= t.x1 + 2);
  // a border drawn cell by cell is one rule
  const joined = mergeSegments(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 }))).map((g) => ({ x0: g.from, x1: g.to, y0: g.at, y1: g.at }));
  const free = joined.filter((r) => r.x1 - r.x0 > 20 && !framed(r.y0, r.x0, r.x1)).sort((a, b) => a.y0 - b.y0);
  // (farther apart they are one table's where both span one width and what stands between them is
  // one row: its lines set close, inside the rules' width, the first of them in cells — 伊勢崎's
  // 取組状況 row, 250.7 pt tall between its rules, printed with horizontal rules only by LibreOffice.
  // Not a rule under a panel's narrower rules: 部長目標's 総括 under the department's rows)
  const oneRow = (above: { x0: number; x1: number; y0: number }, o: { x0: number; x1: number; y0: number }, ext: { x0: number; x1: number }) => {
    // (one width; or the table's foot under a rule from one side, the other edge shared, wider, every line between
    // inside the narrower one: a cell merged down beside the rows the foot shuts — 刈谷's ② | 市民課 | … under ①'s rule from
    // 取組内容's edge, 327 pt over the foot; Noto Sans CJK 15 pt on letter portrait at 2.0 line spacing by LibreOffice with
    // horizontal rules, the 181st. Not a narrower rule under a full one: 部長目標's department rows under its panel's head)
    const wider = (Math.abs(above.x0 - o.x0) <= 3 || Math.abs(above.x1 - o.x1) <= 3) && above.x0 >= o.x0 - 3 && above.x1 <= o.x1 + 3;
    if (!wider) return false;
    const lines = rows.filter((l) => l.top > above.y0 && l.bottom < o.y0);
    if (lines.some((l) => l.x0 < above.x0 - 2 || l.x1 > above.x1 + 2)) return false;
    if (lines.length === 0 || lines.some((l) => l.x0 < ext.x0 - 2 || l.x1 > ext.x1 + 2)) return false;
    // (or as far apart as the page's paragraphs set their lines: 伊勢崎's 取組状況, 17 pt between 9.7 pt lines,
    // Noto Sans CJK at 1.9 line spacing by LibreOffice with horizontal rules, the 149th typography)
    if (lines.some((l, k) => k > 0 && l.top - lines[k - 1]!.bottom > Math.max(Math.max(l.size, lines[k - 1]!.size) * 1.5, lead + 1))) return false;
    // (or, cells set closer than an em, three runs or more apart by a hole that is no typed space: 伊勢崎's
    // 取組状況 | ① 市民課来庁 | ① 市民課来庁 | ① 市民課来庁者 | ① 証明書コンビ, 2.3–5.1 pt apart in IPAex Mincho 12 pt on B5
    // by LibreOffice with horizontal rules — the row had been no table's, its years read into one)
    // (not the hole after an item's number, inside its cell: 桑名's ２．今年度の部局目 | ① | 一人ひとりの…, 2.4 pt
    // after ①, IPAex Mincho 12 pt on B5 by LibreOffice with horizontal rules)
    const first = lines[0]!;
    const holes = first.runs.filter((u, k) => k > 0 && u.x0 - first.runs[k - 1]!.x1 >= Math.max(SEAM, first.size * 0.15) && !typedSpace(first.runs[k - 1]!.text, u.text) && !ITEM_NUMBER.test(first.runs[k - 1]!.text.trim()));
    return pieces(first, first.size).length >= 2 || holes.length >= 2 || oneColumnUnder(lines, rows, above.y0);
  };
  // (in lines, between two rules of one width: 刈谷's rows of ② ③ under the repeated header, 477 pt between its rule and
  // the next, thirteen lines of 12.3 pt 35.6 pt apart; Noto Sans CJK 15 pt on letter portrait at 2.0 line spacing by
  // LibreOffice with horizontal rules, the 181st — read as no table's, each line had been a paragraph of its own. Not a
  // narrower rule under a full one: 部長目標's department rows under the panel's head, whose foot row the page broke)
  const body = rows.length > 0 ? bodySize({ runs: rows.flatMap((l) => l.runs) } as Row) : 0;
  const stackGap = Math.max(STACK_GAP, lead > 0 ? STACK_LINES * (lead + body) : 0);
  const used = new Set<Rule>();
  for (const r of free) {
    if (used.has(r)) continue;
    // rules of one width, each within a few rows of the last: far apart they are two tables' edges;
    // a rule that stops at a cell merged down the rows (刈谷's 組織目標 beside ② ③ ④, horizontal
    // rules only) is one of them, from the same edge on the other side
    // (or one that reaches past it on the other side: the stack's first rule was such a short one,
    // 部長目標's 基本方針 and 部の仕事 at the head of a page, beside the department merged down
    // from the page before, over 総括's rules across the whole panel)
    const stack = [r];
    const ext = { x0: r.x0, x1: r.x1 };
    const within = (o: { x0: number; x1: number }) =>
      (Math.abs(o.x0 - ext.x0) <= 3 || Math.abs(o.x1 - ext.x1) <= 3) && ((o.x0 >= ext.x0 - 3 && o.x1 <= ext.x1 + 3) || (o.x0 <= ext.x0 + 3 && o.x1 >= ext.x1 - 3));
    for (const o of free) {
      const last = stack.at(-1)!;
      const gap = Math.abs(last.x0 - o.x0) <= 3 && Math.abs(last.x1 - o.x1) <= 3 ? stackGap : STACK_GAP;
      if (used.has(o) || o.y0 <= last.y0 + 2 || (o.y0 - last.y0 >= gap && !oneRow(last, o, ext)) || !within(o)) continue;
      stack.push(o);
      ext.x0 = Math.min(ext.x0, o.x0);
      ext.x1 = Math.max(ext.x1, o.x1);
    }
    if (stack.length < 2) continue;
    // (rules with no line between any two of them are one frame's foot and the next one's top, not
    // a table's rows: 部長目標's panels framed by Chromium 9 pt apart, the next panel's frame open
    // at the page's foot — read as a stack, it took that panel's lines as one row; mincho 12 pt on B5)
    if (!stack.some((o, k) => k > 0 && rows.some((l) => l.top > stack[k - 1]!.y0 && l.bottom < o.y0))) continue;
    stack.forEach((o) => used.add(o));
    const ends: { x: number; top: number; bottom: number }[] = [];
    // (a rule across part of the stack from one side: not one with a hole, a cell merged across some
    // columns, whose ends may stand where no column of the text's does — 伊勢崎's 取組状況 under the
    // financial rows, LibreOffice with horizontal rules)
    for (const o of stack) {
      if (joined.some((k) => k !== o && Math.abs(k.y0 - o.y0) <= 0.5 && k.x0 < ext.x1 && k.x1 > ext.x0)) continue;
      for (const x of [o.x0, o.x1]) {
        if (x <= ext.x0 + 3 || x >= ext.x1 - 3) continue;
        const e = ends.find((k) => Math.abs(k.x - x) <= 0.5);
        if (e) e.bottom = o.y0;
        else ends.push({ x, top: o.y0, bottom: o.y0 });
      }
    }
    regions.push({ x0: ext.x0, x1: ext.x1, top: stack[0]!.y0, bottom: stack.at(-1)!.y0, stack: true, ...(ends.length ? { ends } : {}) });
  }
  // Two vertical rules side by side with none between them and no table of theirs: a frame the
  // page break left open at the top or the foot (桑名 printed with an outer frame only, its first
  // department running over the page's foot)
  const vs = bridgedSides(mergeSegments(rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => ({ at: r.x0, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) })))).filter((v) => v.to - v.from > OPEN_FRAME_MIN && !framed(v.from, v.at, v.at) && !framed(v.to, v.at, v.at));
  // (the widest pair first: a grid's outer sides make one region, and its columns, pairs inside it,
  // none of their own — 桑名's form by Chromium in Noto Serif 10.5 pt landscape, a page both of whose
  // rows the page broke, had a region of the label column alone take every line that starts in it)
  const pairs = vs.flatMap((a) => vs.map((b) => [a, b] as const)).sort(([a, b], [c, d]) => d.at - c.at - (b.at - a.at));
  for (const [a, b] of pairs) {
    if (b.at - a.at < 100) continue;
    const top = Math.max(a.from, b.from);
    const bottom = Math.min(a.to, b.to);
    // (or the outer two of a grid's sides drawn down to where the page broke it, every one of them
    // from the same top to the same foot: 部長目標's panel ruled by Chromium, its label wrapped a
    // character a line down the page's foot under no rule; gothic 12 pt, 30 mm margins)
    const same = (m: (typeof vs)[number], v: (typeof vs)[number]) => Math.abs(m.from - v.from) <= 2 && Math.abs(m.to - v.to) <= 2;
    const between = vs.filter((m) => m.at > a.at + 2 && m.at < b.at - 2 && m.from < bottom && m.to > top);
    const grid = between.length > 0 && same(a, b) && between.every((m) => same(m, a)) && !vs.some((m) => same(m, a) && (m.at < a.at - 2 || m.at > b.at + 2));
    if (bottom - top < OPEN_FRAME_MIN || (between.length > 0 && !grid)) continue;
    if (regions.some((g) => g.x0 <= a.at + 2 && g.x1 >= b.at - 2 && g.top < bottom && g.bottom > top)) continue;
    regions.push({ x0: a.at, x1: b.at, top, bottom, open: true });
  }
  return regions;
}

/**
 * Lines that stand, two or more, inside one column of the row of cells right over the rule above
 * them, not its first: the rest of a row the page broke, one cell long, under the header the
 * producer repeated (伊勢崎's 取組課題 …令和7年度予 / 算に反映 / させる。 … under 令和5年度 alone, the
 * other years' cells done on the page before; Noto Sans CJK 15 pt on A4 by LibreOffice with horizontal
 * rules, the 355th — read as no table's, the lines had been claimed as prose between sheets and lost).
 * A column is bounded halfway between the cells over it.
 */
function oneColumnUnder(lines: readonly Row[], rows: readonly Row[], ruleY: number): boolean {
  if (lines.length < 2) return false;
  const over = rows.filter((l) => l.bottom <= ruleY + 1 && ruleY - l.bottom < l.size * 1.5).at(-1);
  if (!over) return false;
  const cells = pieces(over, over.size * MIN_CHANNEL_EM);
  if (cells.length < 2) return false;
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  const k = cells.findIndex((c) => c.x1 > x0 && c.x0 < x1);
  if (k < 1) return false;
  const left = (cells[k - 1]!.x1 + cells[k]!.x0) / 2;
  const right = k + 1 < cells.length ? (cells[k]!.x1 + cells[k + 1]!.x0) / 2 : Infinity;
  return x0 >= left && x1 <= right;
}

/** A gap in a frame's side no wider than this (points) that the other side runs across is no break of the frame. */
const SIDE_GAP = 40;

/**
 * A frame's side drawn in two pieces with a short gap between them, where a side of the same frame runs on unbroken across
 * the gap, is one side: Writer leaves out the piece beside a row whose cell draws no left border (木更津's R7 | 45回, the
 * last row of a sub-table of targets, between the side's pieces 362.9 and 392.6 pt, the right side whole from 100.2 to 614.8;
 * Noto Sans CJK 15 pt on A4 by LibreOffice in an outer frame, the 355th — two frames, the row in neither, read as one cell
 * R745回 over the progress note, which then began with it).
 */
function bridgedSides(vs: ReturnType<typeof mergeSegments>): ReturnType<typeof mergeSegments> {
  const out = vs.map((v) => ({ ...v }));
  const bridge = () => {
    for (const a of out) {
      for (const b of out) {
        if (a === b || Math.abs(a.at - b.at) > 0.5 || b.from <= a.to || b.from - a.to > SIDE_GAP) continue;
        if (!out.some((o) => Math.abs(o.at - a.at) > 100 && o.from <= a.from + 2 && o.to >= b.to - 2)) continue;
        a.to = b.to;
        out.splice(out.indexOf(b), 1);
        return true;
      }
    }
    return false;
  };
  while (bridge());
  return out;
}

/** Closer than this (points), two rules across a box are one frame's foot and the next one's top. */
const FRAME_SEAM = 2;

/**
 * Where a box of one column is frames stacked one right under the other, each drawn round a table
 * of its own: the foot of one and the top of the next, two rules across the whole width a hairline
 * apart, the sides drawn frame by frame and meeting between them (LibreOffice's outer frames round
 * tables set with nothing between; joined, they make one grid). Not a double rule the sides run
 * through: a header ruled off twice inside one frame. The y between the two rules, each seam.
 */
function frameSeams(t: Table, rules: Rule[]): number[] {
  const across = rules.filter((r) => r.y0 === r.y1 && r.y0 > t.top + FRAME_SEAM && r.y0 < t.bottom - FRAME_SEAM && Math.min(r.x0, r.x1) <= t.x0 + FRAME_SEAM && Math.max(r.x0, r.x1) >= t.x1 - FRAME_SEAM);
  const ys = [...new Set(across.map((r) => r.y0))].sort((a, b) => a - b);
  const sides = rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1 && (Math.abs(r.x0 - t.x0) <= FRAME_SEAM || Math.abs(r.x0 - t.x1) <= FRAME_SEAM));
  // (each side drawn in pieces: one from above ending between the two rules, another going on down from there)
  const parted = (x: number, foot: number, top: number) => {
    const at = sides.filter((r) => Math.abs(r.x0 - x) <= FRAME_SEAM);
    return at.some((r) => Math.min(r.y0, r.y1) < foot - FRAME_SEAM && Math.abs(Math.max(r.y0, r.y1) - (foot + top) / 2) <= FRAME_SEAM) && at.some((r) => Math.max(r.y0, r.y1) > top + FRAME_SEAM && Math.abs(Math.min(r.y0, r.y1) - (foot + top) / 2) <= FRAME_SEAM);
  };
  const seams: number[] = [];
  for (let k = 0; k + 1 < ys.length; k++) {
    const [foot, top] = [ys[k]!, ys[k + 1]!];
    if (top - foot > FRAME_SEAM || !parted(t.x0, foot, top) || !parted(t.x1, foot, top)) continue;
    seams.push((foot + top) / 2);
    k++;
  }
  return seams;
}

/** Nearer than this (points) to a drawn rule, with no line between, a row border the text placed stands on that rule. */
const ON_DRAWN = 5;

/**
 * A row border the text placed between two lines (half way) stands on the rule drawn in the same room,
 * where there is one: LibreOffice draws a stack's rules under the cells' text a few points below the
 * middle of the room, and a border that missed it by more than the grid's tolerance made a row of
 * nothing between them — a year cell of the row under it then anchored in that sliver row, its value
 * in the next (木更津's R5 | 検討80%, R6 | 条例への反映 beside 指標①'s name merged down, IPAex Gothic
 * 10 pt, 10 mm, by LibreOffice with horizontal rules: the four years read as one). The columns' borders
 * ending there end on the rule too.
 */
export function onDrawnRules(placed: Rule[], drawn: Rule[], rows: Row[]): void {
  const moved = new Map<number, number>();
  // (a table's top and foot stay where the text put them: a rule a few points off may be the next table's)
  const ys = placed.filter((r) => r.y0 === r.y1).map((r) => r.y0);
  const top = Math.min(...ys);
  const foot = Math.max(...ys);
  for (const r of placed) {
    if (r.y0 !== r.y1 || r.y0 === top || r.y0 === foot) continue;
    const clear = (y: number) => !rows.some((l) => l.top < Math.max(y, r.y0) && l.bottom > Math.min(y, r.y0));
    const near = drawn.filter((h) => h.x0 < r.x1 - 1 && h.x1 > r.x0 + 1 && Math.abs(h.y0 - r.y0) <= ON_DRAWN && clear(h.y0)).sort((a, b) => Math.abs(a.y0 - r.y0) - Math.abs(b.y0 - r.y0))[0];
    if (!near || near.y0 === r.y0) continue;
    // (a rule drawn across the whole border leaves only an empty sliver row, which costs nothing: the
    // border stays, and with it a repeated header's row — 伊勢崎's 令和2年度 … 令和6年度 at a page's head
    // over a rule across the table, Chromium with horizontal rules)
    const across = mergeSegments(drawn.filter((h) => Math.abs(h.y0 - near.y0) <= 0.5).map((h) => ({ at: h.y0, from: h.x0, to: h.x1 })));
    if (across.some((g) => g.from <= r.x0 + 2 && g.to >= r.x1 - 2)) continue;
    moved.set(r.y0, near.y0);
    r.y0 = r.y1 = near.y0;
  }
  for (const r of placed) {
    if (r.x0 !== r.x1) continue;
    r.y0 = moved.get(r.y0) ?? r.y0;
    r.y1 = moved.get(r.y1) ?? r.y1;
  }
}

/** The pitch of a line's last pieces where three or more start evenly apart (columns of one width), else null. */
function evenPitch(parts: { x0: number }[]): number | null {
  const steps = parts.slice(1).map((p, i) => p.x0 - parts[i]!.x0);
  let n = 0;
  while (n < steps.length && Math.abs(steps.at(-1 - n)! - steps.at(-1)!) <= 2) n++;
  return n >= 2 ? steps.at(-1)! : null;
}

/**
 * A line's pieces, an earlier piece parted where a run starts at the pitch its last pieces keep: the
 * first of columns of one width set against the cell before it (伊勢崎's 具体的な取組事 令和2年度, 4.3 pt
 * apart, then 令和3年度 … 72.1 pt apart each).
 */
function evenColumns(r: Row, parts: { x0: number; x1: number }[]): { x0: number; x1: number }[] {
  const pitch = evenPitch(parts);
  if (!pitch) return parts;
  const out = [...parts];
  for (let k = out.length - 1; k > 0; k--) {
    const at = out[k]!.x0 - pitch;
    const i = out.findIndex((p) => p.x0 + r.size < at && p.x1 > at);
    if (i < 0) continue;
    const run = r.runs.findIndex((u) => Math.abs(u.x0 - at) <= 1.5 && u.x0 > out[i]!.x0 + r.size);
    if (run < 1 || r.runs[run]!.x0 - r.runs[run - 1]!.x1 < SEAM) break;
    out.splice(i, 1, { x0: out[i]!.x0, x1: r.runs[run - 1]!.x1 }, { x0: r.runs[run]!.x0, x1: out[i]!.x1 });
    break;
  }
  return out;
}

/** The least room a band of a stack of rules leaves under its last line. */
function padUnder(region: Region, hRules: Rule[], allRows: Row[]): number {
  const ys = [...new Set(hRules.filter((h) => h.y0 >= region.top - 0.5 && h.y0 <= region.bottom + 0.5 && h.x0 <= region.x0 + 3 && h.x1 >= region.x1 - 3).map((h) => h.y0))].sort((a, b) => a - b);
  let least = Infinity;
  for (let k = 1; k < ys.length; k++) {
    const inBand = allRows.filter((l) => l.top > ys[k - 1]! && l.bottom < ys[k]!);
    if (inBand.length > 0) least = Math.min(least, ys[k]! - Math.max(...inBand.map((l) => l.bottom)));
  }
  return Number.isFinite(least) ? least : 0;
}

/**
 * The rules of a row made of a region's last line, where that line stands alone between the region's
 * last two rules, nothing under it on the page but its number, in three pieces or more a word gap
 * apart (or set in another size) out to the region's far side, no table found there: the first line
 * of a table the page broke.
 */
export function lastLineRow(blocks: Block[], region: Region, hRules: Rule[], allRows: Row[], emitted: Rule[]): Rule[] | null {
  const last = blocks.filter((b) => !b.drawn).at(-1);
  const r = last?.rows.length === 1 ? last.rows[0]! : null;
  if (!r || region.bottom < r.bottom) return null;
  // (or as much room as the stack's other rows leave under their last lines: cells padded, lines set wide
  // apart — 伊勢崎's 具体的な取組事 | 令和2年度 … alone at a page's foot, 17.4 pt over the rule that shuts it,
  // as under 担当部課; Noto Sans CJK 12 pt on B5 landscape at 1.9 line spacing by LibreOffice with
  // horizontal rules, the 149th typography — read as a line of text, the plans on the next page lost their years)
  if (region.bottom - r.bottom > Math.max(r.size * 1.5, padUnder(region, hRules, allRows) + r.size * 0.5)) return null;
  const over = hRules.filter((h) => h.y0 <= r.top + 0.5 && h.y0 >= r.top - r.size * 1.5 && h.x0 <= r.x0 + 2 && h.x1 >= r.x1 - 2).map((h) => h.y0);
  if (over.length === 0 || !allRows.filter((o) => o.top > r.bottom).every(isFolio)) return null;
  if (emitted.some((e) => e.x0 === e.x1 && e.y0 < r.bottom && e.y1 > r.top)) return null;
  // (and reaching the far side: a line that stops short leaves its last columns to the next page's row,
  // whose cells part it there — see rowOfFoot in read-pdf.ts: 子ども未来部 子ども未来部長 目標, nothing yet
  // under 目標's neighbour, the goals' column)
  const parts = evenColumns(r, pieces(r, r.size * MIN_CHANNEL_EM, true));
  // (or into a last column as wide as the even columns before it: cells set flush left)
  const pitch = evenPitch(parts);
  if (parts.length < 3 || parts.at(-1)!.x1 < region.x1 - Math.max(r.size * 2, pitch ? pitch - (parts.at(-1)!.x1 - parts.at(-1)!.x0) + r.size : 0)) return null;
  const top = Math.max(...over);
  const xs = parts.slice(1).map((p, i) => (parts[i]!.x1 + p.x0) / 2);
  return [
    { x0: region.x0, x1: region.x1, y0: top, y1: top },
    { x0: region.x0, x1: region.x1, y0: region.bottom, y1: region.bottom },
    ...[region.x0, ...xs, region.x1].map((x) => ({ x0: x, x1: x, y0: top, y1: region.bottom })),
  ];
}

/**
 * A drawn grid missing some of its borders (shaded header and label cells, the body cells beside
 * them unruled: 伊勢崎's 取組達成度 | ◎ | ◎ | ◎ printed with filled labels): a column border the
 * grid draws elsewhere runs down a merged cell where every line of its text leaves a gap of an em
 * or more there, with text on both sides, or where the cell's text starts, at that column's
 * padding, nothing before it.
 */
export function missingBorders(tables: Table[], runs: TextRun[]): Rule[] {
  const out: Rule[] = [];
  for (const t of tables) {
    for (const c of t.cells) {
      if (c.colSpan < 2) continue;
      const mid = (r: TextRun) => [(r.x0 + r.x1) / 2, (r.top + r.bottom) / 2] as const;
      const inCell = runs.filter((r) => !r.vertical && mid(r)[0] > c.x0 && mid(r)[0] < c.x1 && mid(r)[1] > c.top && mid(r)[1] < c.bottom);
      if (inCell.length < 2) continue;
      for (let k = c.col + 1; k < c.col + c.colSpan; k++) {
        const x = t.xs[k]!;
        const before = inCell.filter((r) => r.x1 <= x);
        const after = inCell.filter((r) => r.x0 >= x);
        if (after.length === 0 || before.length + after.length < inCell.length) continue;
        const size = Math.max(...inCell.map((r) => r.size));
        const start = Math.min(...after.map((r) => r.x0));
        // (or nothing before it, and the text starts at that column's padding: not centred across)
        const parted = before.length > 0 ? start - Math.max(...before.map((r) => r.x1)) >= size : start - x <= size * 1.5;
        if (parted) out.push({ x0: x, x1: x, y0: c.top, y1: c.bottom });
      }
    }
  }
  return out;
}
