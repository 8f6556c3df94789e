import type { Fill, Rule } from '../pdf/page-content.js';
import type { HalftoneShapes } from './halftone.js';

/** Darker than this (0 black, 255 white) is ink; the grey of a shaded header cell is not. */
const INK = 128;

/**
 * Shorter than this (pixels at 300 dpi: 24 pt) a dark stroke may be a character's (一 at 20 pt is
 * ~80 px); the narrowest cell of the seeds' tables (a ◎○△× grade) is wider.
 */
const MIN_RULE_PX = 100;

/** Thicker than this (pixels: ~1.7 pt) a dark band is a filled box, not a rule. */
const MAX_RULE_PX = 7;

interface Band {
  from: number;
  to: number;
  first: number;
  last: number;
}

/**
 * Shorter than MIN_RULE_PX, a stroke is a rule only where it runs from one rule to another: the
 * border of a cell one row high (木更津's 担当課 | 資産管理部…, 20 pt = 83 px) or one narrow column.
 */
const MIN_CELL_SIDE_PX = 30;

/**
 * The ruling lines and dark boxes of a scanned page: long dark strokes, row by row and column by
 * column, stacked into bands. A scan has no operator list to give them, and without them a ruled
 * table is read from its text's gaps alone. `scale`: points per pixel.
 *
 * `halftone`: a black-and-white page's halftone seen from a step back (halftone.ts), where its
 * rules and boxes are found and its dark boxes' letters taken.
 *
 * `unruled` is the page with its rules painted white and its dark boxes inverted, for Tesseract: a rule beside text is read as
 * `|` or ー glued to the cell's first word (`|①`), and a row squeezed between two rules (桑名's
 * 部局名 | 防災・危機管理課) was not read at all.
 */
export function imageRules(pixels: Uint8Array, width: number, height: number, scaleX: number, scaleY: number, halftone?: HalftoneShapes): { rules: Rule[]; fills: Fill[]; unruled: Uint8Array } {
  const shapes = halftone?.shapes ?? pixels;
  const letters = halftone?.smooth ?? pixels;
  const fills: Fill[] = [];
  const across = bands(height, width, (y, x) => shapes[y * width + x]!).filter((b) => {
    if (b.last - b.first + 1 <= MAX_RULE_PX) return true;
    // (a dark box shows in both passes: its rows make the fill, its columns are left out)
    if (b.to - b.from + 1 >= MIN_RULE_PX) {
      const t = trimmed(shapes, width, b);
      fills.push({ x0: t.from * scaleX, x1: (t.to + 1) * scaleX, top: t.first * scaleY, bottom: (t.last + 1) * scaleY });
    }
    return false;
  });
  const down = bands(width, height, (x, y) => shapes[y * width + x]!).filter((b) => b.last - b.first + 1 <= MAX_RULE_PX);
  const long = (b: Band) => b.to - b.from + 1 >= MIN_RULE_PX;
  // does a long band of the other direction cross `line` (its position) at `at` (along it)?
  const meets = (others: Band[], line: number, at: number) => others.some((o) => long(o) && o.from - 3 <= line && o.to + 3 >= line && o.first - 4 <= at && o.last + 4 >= at);
  const keep = (b: Band, others: Band[]) => long(b) || (meets(others, (b.first + b.last) / 2, b.from) && meets(others, (b.first + b.last) / 2, b.to));
  const h = across.filter((b) => keep(b, down));
  const v = down.filter((b) => keep(b, across));
  const unruled = new Uint8Array(pixels);
  // (one pixel around the band: the anti-aliased edge of the rule)
  const paint = (x0: number, x1: number, y0: number, y1: number) => {
    for (let y = Math.max(0, y0 - 1); y <= Math.min(height - 1, y1 + 1); y++) unruled.fill(255, y * width + Math.max(0, x0 - 1), y * width + Math.min(width - 1, x1 + 1) + 1);
  };
  // white text on a dark box (部長目標's department names, its 達成 badges) reads as black on white:
  // the box made white and the letters black, not the box's grey and the JPEG's noise inverted
  for (const f of fills) {
    const [x0, x1, y0, y1] = [Math.round(f.x0 / scaleX), Math.round(f.x1 / scaleX), Math.round(f.top / scaleY), Math.round(f.bottom / scaleY)];
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) unruled[y * width + x] = letters[y * width + x]! < INK ? 255 : 0;
    // and its edge, grey where the box meets the page, painted out: Tesseract read it as `[` glued
    // to the word before (部長目標's …推進します![達成)
    for (const [a, b, c, d] of [[x0, x1, y0, y0], [x0, x1, y1 - 1, y1 - 1], [x0, x0, y0, y1 - 1], [x1 - 1, x1 - 1, y0, y1 - 1]] as const) paint(a, b, c, d);
  }
  const rules: Rule[] = [];
  for (const b of h) {
    const y = ((b.first + b.last + 1) / 2) * scaleY;
    paint(b.from, b.to, b.first, b.last);
    // a rule that meets a dark box inside its height stops at the box's side: a cell spanning the
    // rows, not a row border running through it (the line across the page is rule and box)
    let [from, to] = [b.from * scaleX, (b.to + 1) * scaleX];
    // (and one wholly inside a box is the ink around its white letters)
    if (fills.some((f) => f.x0 <= from && f.x1 >= to && f.top < b.first * scaleY && f.bottom > (b.last + 1) * scaleY)) continue;
    for (const f of fills) {
      if (!(f.top < b.first * scaleY - 1 && f.bottom > (b.last + 1) * scaleY + 1)) continue;
      if (f.x0 <= from + 1 && f.x1 > from && f.x1 < to) from = f.x1;
      else if (f.x1 >= to - 1 && f.x0 < to && f.x0 > from) to = f.x0;
    }
    rules.push({ x0: from, x1: to, y0: y, y1: y });
  }
  for (const b of v) {
    const x = ((b.first + b.last + 1) / 2) * scaleX;
    // (the dark between a box's white letters, from its top to its bottom, is no rule either:
    // 部長目標's 教育部 in its dark cell, LibreOffice, scanned, parted by five such into 教育 | 部)
    if (fills.some((f) => f.x0 < x && f.x1 > x && f.top <= b.from * scaleY + 1 && f.bottom >= (b.to + 1) * scaleY - 1)) continue;
    rules.push({ x0: x, x1: x, y0: b.from * scaleY, y1: (b.to + 1) * scaleY });
    paint(b.first, b.last, b.from, b.to);
  }
  return { rules, fills, unruled };
}

/**
 * A dark box without the sides its band took from a few rows only: a row whose run goes on along a
 * rule a little way joins the band and widens it (部長目標's 政策経営部 cell, a page turned square
 * again from half a degree askew: 426 px wide to 481, and the white beside it inverted black read
 * as `『素経営部`). Each side comes in while under half its column or row is dark.
 */
function trimmed(pixels: Uint8Array, width: number, b: Band): Band {
  let { from, to, first, last } = b;
  const column = (x: number) => {
    let n = 0;
    for (let y = first; y <= last; y++) if (pixels[y * width + x]! < INK) n++;
    return n / (last - first + 1);
  };
  const row = (y: number) => {
    let n = 0;
    for (let x = from; x <= to; x++) if (pixels[y * width + x]! < INK) n++;
    return n / (to - from + 1);
  };
  while (to > from && column(to) < 0.5) to--;
  while (from < to && column(from) < 0.5) from++;
  while (last > first && row(last) < 0.5) last--;
  while (first < last && row(first) < 0.5) first++;
  return { from, to, first, last };
}

/** Long dark runs along each line (`lines` of `length` pixels), joined with the runs of the lines next to them. */
function bands(lines: number, length: number, at: (line: number, i: number) => number): Band[] {
  const done: Band[] = [];
  const crossed = new Set<Band>();
  let open: Band[] = [];
  for (let l = 0; l < lines; l++) {
    const next: Band[] = [];
    let i = 0;
    while (i < length) {
      if (at(l, i) >= INK) {
        i++;
        continue;
      }
      const from = i;
      while (i < length && at(l, i) < INK) i++;
      const to = i - 1;
      if (to - from + 1 < MIN_CELL_SIDE_PX) continue;
      // a run far longer than the band, or far shorter than a rule's band, is a box beside the
      // rule, not the rule going on: the band would take the box's height and the rule's length
      // (部長目標's dark department cell under the table's top rule became one box the size of the
      // table, inverted whole for Tesseract)
      const overlaps = (b: Band) => Math.min(b.to, to) - Math.max(b.from, from) > 0.5 * Math.min(b.to - b.from, to - from);
      const k = open.findIndex((b) => overlaps(b) && to - from <= 1.5 * (b.to - b.from) && !(b.last - b.first + 1 <= MAX_RULE_PX && to - from < 0.5 * (b.to - b.from)));
      if (k >= 0) {
        const b = open.splice(k, 1)[0]!;
        next.push({ from: Math.min(b.from, from), to: Math.max(b.to, to), first: b.first, last: l });
      } else next.push({ from, to, first: l, last: l });
      // a box that a longer rule crosses goes on under it (部長目標's dark department cell, which
      // the rules between the rows beside it meet: a dark line across the page)
      for (const b of open) if (b.last - b.first + 1 > MAX_RULE_PX && overlaps(b) && to - from > 1.5 * (b.to - b.from)) crossed.add(b);
    }
    for (const b of open) (crossed.has(b) ? next : done).push(b);
    crossed.clear();
    open = next;
  }
  return [...done, ...open];
}
