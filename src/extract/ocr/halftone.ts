/**
 * A page scanned in black and white (a document scanner's bilevel mode, one bit a pixel) prints
 * its grey fills as dots (halftone): a form's filled header cells (刈谷's 組織目標 | 取組内容 | 課等 |
 * 目標達成基準), its dark label cells (部長目標's departments). Read as they are, the dots are rules,
 * specks and letters to the reader, and the words on them are lost (`make-scanned.ts --raster
 * mono`: no record of 刈谷 read right, its profile's signals being in those cells). The dots are
 * specks, smaller than any part of a letter: ink in a speck becomes paper, paper in a speck ink —
 * black letters on a light fill stand on paper, white letters on a dark fill on ink.
 */

/** Under this (0–255) a pixel is ink, as the rest of the reader counts it. */
const INK = 160;

/**
 * Dots in a thousand pixels from which a page prints halftone: a run of one to three like pixels
 * along a row or down a column with every four-neighbour around it unlike — ink among paper, or
 * paper among ink. pdftoppm's screen scatters single pixels; Ghostscript's sets clusters in lines,
 * one pixel wide and two or three high in a light fill (刈谷's header rows by `make-scanned.ts
 * --raster gs-mono`: 0.106 counting single pixels alone, one page in three over the mark, the
 * others' dots read as letters — record F1 0.63). Measured counting runs up to three: painted in
 * black and white 0.89–2.5 on pages with grey fills by either, 0 on 刈谷's cover, 0.037 on a page of
 * 木更津 with none; painted in grey by poppler at most 0.005.
 */
const DOTS = 0.1;

/** Whether a page's picture prints grey as dots. */
export function printsHalftone(pixels: Uint8Array, width: number, height: number): boolean {
  let dots = 0;
  const ink = (i: number) => pixels[i]! < INK;
  for (let y = 1; y < height - 4; y++)
    for (let x = 1; x < width - 4; x++) {
      const i = y * width + x;
      const me = ink(i);
      // (a run starts where the pixel before it is unlike; a single pixel is counted along its row only)
      for (const [step, side] of [[1, width], [width, 1]] as const) {
        if (ink(i - step) === me) continue;
        let length = 1;
        while (length <= 3 && ink(i + length * step) === me) length++;
        if (length > 3 || (length === 1 && step === width)) continue;
        let alone = true;
        for (let k = 0; k < length && alone; k++) alone = ink(i + k * step - side) !== me && ink(i + k * step + side) !== me;
        if (alone) dots++;
      }
    }
  return dots >= (width * height * DOTS) / 1000;
}

/**
 * Pixels of a speck (four-connected), at most: the fills' dots are a pixel or a few; at 12 every
 * stroke of 刈谷's 組織目標 on its fill stays (tests/ocr.test.ts "stop 73: a black-and-white scan").
 */
const SPECK = 12;

/**
 * In a dark fill the paper between the dots runs in streaks longer than a speck (部長目標's
 * department cells by Chromium): there, paper of up to DARK_SPECK pixels is a streak, where the
 * mean within DARK_AROUND pixels is under DARK. A white letter's stroke is one piece of hundreds.
 * Measured on the eight black-and-white scans: 部長目標 by LibreOffice 0.060 → 0.294 in record F1,
 * 木更津 by Chromium 0.615 → 0.667, 部長目標 by Chromium 0.021 → 0.000, the rest the same. Such
 * streaks go wherever they stand, however few around them (SCREEN counts the light fills' dots).
 */
const DARK_SPECK = 60;
const DARK_AROUND = 10;
const DARK = 100;

/**
 * A speck is a dot of the screen only among many: more than SCREEN specks within SCREEN_AROUND
 * pixels. A letter's own small parts — a dakuten's two strokes of 11 and 12 pixels, the counters of
 * a dense kanji — are a few specks beside large strokes: taken for dots, `さまざま` read `さまさま` and
 * `ジェネリック` `シェネリック` on 刈谷 by LibreOffice in black and white. The fills' dots stand 3–8
 * pixels apart. Measured on the eight black-and-white scans (record F1): 12 against every speck
 * 刈谷 0.601 → 0.657 by LibreOffice and 0.669 → 0.738 by Chromium, 桑名 by LibreOffice 0.723 →
 * 0.844; 6 let letters lose more (桑名 0.785, 0.775), 24 left dots of the lighter fills (刈谷 0.352).
 */
const SCREEN = 12;
const SCREEN_AROUND = 12;

/** The picture with its specks of ink made paper and its specks of paper made ink, where it prints halftone (`halftone`: known already). */
export function descreen(pixels: Uint8Array, width: number, height: number, halftone = printsHalftone(pixels, width, height)): Uint8Array {
  if (!halftone) return pixels;
  const mean = boxMean(pixels, width, height);
  // (each component of like pixels, four-connected, labelled; a speck's first pixel marked, for
  // how many specks stand around it)
  const label = new Int32Array(pixels.length).fill(-1);
  // (by component; a page has fewer components than pixels)
  const screened = new Uint8Array(pixels.length);
  const specks: number[] = [];
  const marks = new Uint8Array(pixels.length);
  const stack: number[] = [];
  let components = 0;
  for (let start = 0; start < pixels.length; start++) {
    if (label[start] !== -1) continue;
    const ink = pixels[start]! < INK;
    const id = components++;
    stack.length = 0;
    stack.push(start);
    label[start] = id;
    let size = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      size++;
      const x = i % width;
      // (the four neighbours in turn, no array made for each of a page's millions of pixels)
      for (let k = 0; k < 4; k++) {
        const j = k === 0 ? (x > 0 ? i - 1 : -1) : k === 1 ? (x < width - 1 ? i + 1 : -1) : k === 2 ? i - width : i + width;
        if (j < 0 || j >= pixels.length || label[j] !== -1 || pixels[j]! < INK !== ink) continue;
        label[j] = id;
        stack.push(j);
      }
    }
    const dark = !ink && size <= DARK_SPECK && mean(start % width, Math.floor(start / width), DARK_AROUND) < DARK;
    if (size <= SPECK || dark) {
      specks.push(id, start);
      marks[start] = 1;
    }
    // (paper in a dark fill is its streaks wherever it stands: a dark fill's screen is a few streaks, not many specks)
    if (dark) screened[id] = 1;
  }
  const around = countWithin(marks, width, height);
  for (let k = 0; k < specks.length; k += 2) {
    const at = specks[k + 1]!;
    if (around(at % width, Math.floor(at / width), SCREEN_AROUND) > SCREEN) screened[specks[k]!] = 1;
  }
  const out = new Uint8Array(pixels);
  for (let i = 0; i < pixels.length; i++) if (screened[label[i]!]) out[i] = pixels[i]! < INK ? 255 : 0;
  return out;
}

/**
 * Pixels to a side within which a halftone picture is averaged to see its shapes: its grey rules
 * are dots along a line (部長目標's table, drawn in grey, scanned in black and white: every rule
 * and fill gone with the screen, the cells read across — record F1 0.215 by LibreOffice, 0.025 by
 * Chromium), its dark cells dots and streaks. Averaged along a rule the dots make it a dark line
 * again; averaged both ways, a fill a box. Tried on 部長目標 by Chromium, page 1, against the
 * rules and fills of its grey scan: along 3 or 4 either side the dark cell's streaks stood as rows
 * of rules, 6 found the grey scan's; around 1 found no fill, 3 lost the rules beside the fills.
 */
const ALONG = 6;
const AROUND = 2;

/** A black-and-white page seen from a step back (`halftoneShapes`). */
export interface HalftoneShapes {
  /** Each pixel the darkest of its means across a small square, along its row and along its column: rules and filled cells, for finding them. */
  shapes: Uint8Array;
  /**
   * Each pixel its mean across the small square: in a dark cell, its white letters whole (the
   * screen's streaks between them dark), where the page's own pixels give them ragged
   * (部長目標's 地域福祉部 read `てここかー氷部`).
   */
  smooth: Uint8Array;
}

/** A black-and-white page's halftone seen from a step back, where the page prints halftone (image-rules.ts). */
export function halftoneShapes(pixels: Uint8Array, width: number, height: number): HalftoneShapes {
  // (means as running sums along each row, then along each column: the square's is the rows'
  // sums of 2·AROUND + 1 summed down 2·AROUND + 1 rows)
  const rowSums = (r: number) => {
    const sums = new Uint16Array(pixels.length);
    for (let y = 0; y < height; y++) runningSums(pixels, y * width, 1, width, r, sums);
    return sums;
  };
  const columnSums = (values: Uint8Array | Uint16Array, r: number, into: Uint32Array | Uint16Array) => {
    for (let x = 0; x < width; x++) runningSums(values, x, width, height, r, into);
    return into;
  };
  const count = (i: number, n: number, r: number) => Math.min(n - 1, i + r) - Math.max(0, i - r) + 1;
  const square = columnSums(rowSums(AROUND), AROUND, new Uint32Array(pixels.length));
  const across = rowSums(ALONG);
  const down = columnSums(pixels, ALONG, new Uint16Array(pixels.length));
  const out = new Uint8Array(pixels.length);
  const smooth = new Uint8Array(pixels.length);
  const nx = Float64Array.from({ length: width }, (_, x) => count(x, width, AROUND));
  const nxAlong = Float64Array.from({ length: width }, (_, x) => count(x, width, ALONG));
  for (let y = 0; y < height; y++) {
    const [ny, nyAlong] = [count(y, height, AROUND), count(y, height, ALONG)];
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const a = square[i]! / (ny * nx[x]!);
      smooth[i] = a;
      const b = across[i]! / nxAlong[x]!;
      const c = down[i]! / nyAlong;
      out[i] = a < b ? (a < c ? a : c) : b < c ? b : c;
    }
  }
  return { shapes: out, smooth };
}

/** Into `sums` at each of the `n` places from `start` by `step`, the sum of the values within `r` of it along that line. */
function runningSums(values: ArrayLike<number>, start: number, step: number, n: number, r: number, sums: Uint16Array | Uint32Array): void {
  let sum = 0;
  for (let k = 0; k < n + r; k++) {
    if (k < n) sum += values[start + k * step]!;
    if (k > 2 * r) sum -= values[start + (k - 2 * r - 1) * step]!;
    if (k >= r) sums[start + (k - r) * step] = sum;
  }
}

/** The mean of the pixels within `r` of (x, y). */
function boxMean(pixels: Uint8Array, width: number, height: number): (x: number, y: number, r: number) => number {
  const sum = windowSum(pixels, width, height, new Float64Array((width + 1) * (height + 1)));
  return (x, y, r) => sum(x, y, r) / ((Math.min(width - 1, x + r) - Math.max(0, x - r) + 1) * (Math.min(height - 1, y + r) - Math.max(0, y - r) + 1));
}

/** How many marked pixels (1) stand within `r` of (x, y). */
function countWithin(marks: Uint8Array, width: number, height: number): (x: number, y: number, r: number) => number {
  return windowSum(marks, width, height, new Int32Array((width + 1) * (height + 1)));
}

/**
 * The sum of the values within `r` of (x, y), from a summed-area table made once into `sum`
 * ((width + 1) × (height + 1); integers where they suffice, half the memory of a page's doubles).
 */
function windowSum(values: Uint8Array, width: number, height: number, sum: Float64Array | Int32Array): (x: number, y: number, r: number) => number {
  const w1 = width + 1;
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += values[y * width + x]!;
      sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1]! + row;
    }
  }
  return (x, y, r) => {
    const [x0, x1, y0, y1] = [Math.max(0, x - r), Math.min(width - 1, x + r), Math.max(0, y - r), Math.min(height - 1, y + r)];
    return sum[(y1 + 1) * w1 + x1 + 1]! - sum[y0 * w1 + x1 + 1]! - sum[(y1 + 1) * w1 + x0]! + sum[y0 * w1 + x0]!;
  };
}
