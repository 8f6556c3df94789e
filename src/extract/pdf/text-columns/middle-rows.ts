/**
 * Rows of a table whose cells are set in the middle of their rows (vertical-align: middle, the
 * default of an HTML table cell, and what many spreadsheets print): a short cell's text starts
 * half way down its row, so a row cannot be cut where the label column starts a cell. Here each
 * column's lines are chained into cell blocks, and a row is a band of the page that no block
 * crosses; a block that crosses a band's inner gap is a cell merged down those rows (部長目標's
 * department, centred down its goals, 基本方針 and 部の仕事). Whether a table is set so is read
 * from its own bands: the blocks of a band share a middle, not a top.
 *
 * Taught by the seeds printed with every cell middle-aligned (scripts/render-variants.ts
 * --valign middle): 刈谷's 組織目標 centred beside ①…③, 部長目標's department and head beside the
 * goals, 伊勢崎's 取組状況 beside its year cells.
 */
import type { Row } from './types.js';
import { bodySize } from './lines.js';
import { alignedBeside, LEVEL_EM, linesOf } from './centred-cells.js';

/** A cell's text as the page sets it: its lines chained down the columns it stands in. */
interface CellBlock {
  c0: number;
  c1: number;
  top: number;
  bottom: number;
  size: number;
  /** The size of its last line's text: the room under it is that size's. */
  end: number;
}

/** A row border the middle-aligned rows draw: at y, across the columns [from, to) of the table. */
export interface MiddleCut {
  y: number;
  /** The column ranges it runs across (a merged cell crossing it leaves a hole). */
  spans: [number, number][];
}

function cellBlocks(rows: readonly Row[], xs: readonly number[], lead: number): CellBlock[] {
  const runs = rows.flatMap((r) => r.runs).filter((u) => u.text.trim() !== '');
  const place = (x0: number, x1: number, size: number): [number, number] => {
    const tol = Math.min(1, size * 0.1);
    const c0 = xs.filter((x) => x <= x0 + tol).length;
    return [c0, Math.max(c0, xs.filter((x) => x < x1 - tol).length)];
  };
  const body = bodySize({ runs } as Row);
  const items = runs.map((u) => ({ c: place(u.x0, u.x1, u.size), top: u.top, bottom: u.bottom, size: u.size })).sort((a, b) => a.top - b.top);
  const blocks: CellBlock[] = [];
  for (const it of items) {
    // (a larger size wraps farther apart: see toBlocks)
    const room = (b: CellBlock) => lead * Math.max(1, Math.min(it.size, b.end) / body) + Math.max(1, Math.min(it.size, b.end) * 0.1);
    const near = blocks.filter((b) => b.c0 <= it.c[1] && it.c[0] <= b.c1 && it.top - b.bottom <= room(b));
    if (near.length === 0) {
      blocks.push({ c0: it.c[0], c1: it.c[1], top: it.top, bottom: it.bottom, size: it.size, end: it.size });
      continue;
    }
    const [keep, ...rest] = near;
    keep!.c0 = Math.min(it.c[0], ...near.map((b) => b.c0));
    keep!.c1 = Math.max(it.c[1], ...near.map((b) => b.c1));
    keep!.top = Math.min(it.top, ...near.map((b) => b.top));
    const lowest = [...near, it].reduce((m, b) => (b.bottom > m.bottom ? b : m));
    keep!.end = 'end' in lowest ? lowest.end : lowest.size;
    keep!.bottom = Math.max(it.bottom, ...near.map((b) => b.bottom));
    keep!.size = Math.max(it.size, ...near.map((b) => b.size));
    for (const b of rest) blocks.splice(blocks.indexOf(b), 1);
  }
  return blocks.sort((a, b) => a.top - b.top);
}

/**
 * The rows of a table read as middle-aligned cells, or null where its cells are not set so (their
 * bands' blocks share tops, or nothing shows either). `rows`: the table's lines; `xs`: its inner
 * column borders; `lead`: the room between two lines of one paragraph.
 */
export function middleRows(rows: readonly Row[], xs: readonly number[], lead: number): MiddleCut[] | null {
  if (xs.length === 0 || rows.length < 3) return null;
  const blocks = cellBlocks(rows, xs, lead);
  const columns = xs.length + 1;
  // (candidates: every gap between two blocks of a column, one under the other)
  const ys: number[] = [];
  for (const a of blocks)
    for (const b of blocks) {
      if (b.top <= a.bottom || a.c0 > b.c1 || b.c0 > a.c1) continue;
      if (blocks.some((o) => o !== a && o !== b && o.c0 <= a.c1 && a.c0 <= o.c1 && o.c0 <= b.c1 && b.c0 <= o.c1 && o.top >= a.bottom && o.bottom <= b.top)) continue;
      const y = (a.bottom + b.top) / 2;
      if (!ys.some((v) => Math.abs(v - y) <= 1)) ys.push(y);
    }
  ys.sort((a, b) => a - b);
  let cuts: { y: number; open: boolean[] }[] = [];
  for (const y of ys) {
    const crossing = blocks.filter((b) => b.top < y - 0.5 && b.bottom > y + 0.5);
    cuts.push({ y, open: Array.from({ length: columns }, (_, k) => !crossing.some((b) => b.c0 <= k && k <= b.c1)) });
  }
  // (a gap one column shows alone is a paragraph's inside a cell, the cells beside it crossing it)
  const enough = (c: { open: boolean[] }) => c.open.filter(Boolean).length >= Math.min(2, columns);
  cuts = cuts.filter(enough);
  // (borders with no text between them, the columns one runs across open at the other too, are one:
  // the gaps of several columns under one row)
  const within = (a: { open: boolean[] }, b: { open: boolean[] }) => a.open.every((o, k) => !o || b.open[k]);
  cuts = cuts.reduce<typeof cuts>((kept, c) => {
    const prev = kept.at(-1);
    if (!prev || blocks.some((b) => b.top >= prev.y - 0.5 && b.bottom <= c.y + 0.5) || !(within(prev, c) || within(c, prev))) kept.push(c);
    else if (within(prev, c)) kept[kept.length - 1] = c;
    return kept;
  }, []);
  // (a border with no text between it and the next one up or down, in the columns it runs across, parts
  // no rows: 刈谷's ① beside the first 目標達成基準 that starts right under the header, a line higher)
  const covers = (c: { open: boolean[] }, b: CellBlock) => c.open.some((o, k) => o && k >= b.c0 && k <= b.c1);
  const holds = (c: { y: number; open: boolean[] }, b: CellBlock, dir: 1 | -1) =>
    covers(c, b) && (dir < 0 ? b.bottom <= c.y : b.top >= c.y) && !cuts.some((o) => o !== c && covers(o, b) && (dir < 0 ? o.y > b.bottom && o.y < c.y : o.y < b.top && o.y > c.y));
  cuts = cuts.filter((c) => blocks.some((b) => holds(c, b, -1)) && blocks.some((b) => holds(c, b, 1)));
  // Each block stands in the middle of the rows it spans: where the nearest borders above and below it
  // leave it off their middle, the borders it is centred between are farther out, and those between
  // pass it by — a cell merged down them (部長目標's department, centred down goals, 基本方針 and 部の
  // 仕事; its head's name, centred beside the goals, not cut where 基本方針 starts under it).
  const full = cuts.filter((c) => c.open.every(Boolean));
  const pads = full.map((c) => {
    const above = Math.max(...blocks.filter((b) => b.bottom <= c.y).map((b) => b.bottom));
    return c.y - above;
  }).sort((a, b) => a - b);
  const pad = pads.length > 0 ? pads[Math.floor(pads.length / 2)]! : 0;
  const first = Math.min(...blocks.map((b) => b.top)) - pad;
  const last = Math.max(...blocks.map((b) => b.bottom)) + pad;
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const b of [...blocks].sort((p, q) => q.bottom - q.top - (p.bottom - p.top))) {
      const above = [...cuts.filter((c) => c.y <= b.top && covers(c, b)).map((c) => c.y).reverse(), first];
      const below = [...cuts.filter((c) => c.y >= b.bottom && covers(c, b)).map((c) => c.y), last];
      const mid = (b.top + b.bottom) / 2;
      const tol = b.size * LEVEL_EM;
      if (Math.abs((above[0]! + below[0]!) / 2 - mid) <= tol) continue;
      let best: [number, number] | null = null;
      for (let skips = 1; skips < above.length + below.length - 1 && !best; skips++)
        for (let i = 0; i <= skips && !best; i++) {
          const j = skips - i;
          // (a merged cell holds one block: no other text of its columns between the borders it spans)
          if (i < above.length && j < below.length && Math.abs((above[i]! + below[j]!) / 2 - mid) <= tol && !blocks.some((o) => o !== b && o.c0 <= b.c1 && b.c0 <= o.c1 && o.bottom > above[i]! && o.top < below[j]!)) best = [i, j];
        }
      if (!best) continue;
      const lo = above[best[0]]!;
      const hi = below[best[1]]!;
      for (const c of cuts) if (c.y > lo && c.y < hi) for (let k = b.c0; k <= b.c1; k++) if (c.open[k]) (c.open[k] = false), (changed = true);
    }
    cuts = cuts.filter(enough);
    if (!changed) break;
  }
  // the table's cells share middles, not tops: each block beside a taller one in other columns votes by which
  // it shares with it, the blocks of one line once (see alignedBeside, linesOf)
  const standing = blocks.map((b) => alignedBeside(b, blocks.filter((o) => o.c0 > b.c1 || o.c1 < b.c0)));
  const middle = linesOf(blocks.filter((_, k) => standing[k] === 'middle'));
  const top = linesOf(blocks.filter((_, k) => standing[k] === 'top'));
  // (no border at all: one row, or a text run on down rows that the label column parts — 桑名's ３．目標達成のための
  // 手段及び方策 beside the lines of two rows' values set close, mincho 12 pt on B5 by LibreOffice in an outer frame)
  if (middle < 2 || middle <= top * 2 || cuts.length === 0) return null;
  return cuts.map((c) => {
    const spans: [number, number][] = [];
    c.open.forEach((o, k) => {
      if (!o) return;
      const end = spans.at(-1);
      if (end && end[1] === k) end[1] = k + 1;
      else spans.push([k, k + 1]);
    });
    return { y: c.y, spans };
  });
}
