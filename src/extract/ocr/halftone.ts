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
 * Dots in a thousand pixels from which a page prints halftone: ink alone among four paper
 * neighbours, or paper alone among ink. Measured on page 1 of the seeds' scans: painted in black
 * and white 1.6–5.3 where a page has grey fills (部長目標 by Chromium, 桑名 by LibreOffice), 0 where
 * it has none (刈谷); painted in grey by Ghostscript (JPEG quality 75) or poppler at most 0.005.
 */
const DOTS = 0.1;

/** Whether a page's picture prints grey as dots. */
export function printsHalftone(pixels: Uint8Array, width: number, height: number): boolean {
  let dots = 0;
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const ink = pixels[i]! < INK;
      const [l, r, u, d] = [pixels[i - 1]! < INK, pixels[i + 1]! < INK, pixels[i - width]! < INK, pixels[i + width]! < INK];
      if (ink ? !l && !r && !u && !d : l && r && u && d) dots++;
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
 * 木更津 by Chromium 0.615 → 0.667, 部長目標 by Chromium 0.021 → 0.000, the rest the same.
 */
const DARK_SPECK = 60;
const DARK_AROUND = 10;
const DARK = 100;

/** The picture with its specks of ink made paper and its specks of paper made ink, where it prints halftone. */
export function descreen(pixels: Uint8Array, width: number, height: number): Uint8Array {
  if (!printsHalftone(pixels, width, height)) return pixels;
  const out = new Uint8Array(pixels);
  const mean = boxMean(pixels, width, height);
  const seen = new Uint8Array(pixels.length);
  const stack: number[] = [];
  const members: number[] = [];
  for (let start = 0; start < pixels.length; start++) {
    if (seen[start]) continue;
    const ink = pixels[start]! < INK;
    const limit = ink ? SPECK : DARK_SPECK;
    // (the whole component of like pixels, four-connected, walked; its first `limit` pixels kept to change)
    stack.length = 0;
    members.length = 0;
    stack.push(start);
    seen[start] = 1;
    let size = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      size++;
      if (size <= limit) members.push(i);
      const x = i % width;
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (j < 0 || j >= pixels.length || seen[j] || pixels[j]! < INK !== ink) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    const speck = size <= SPECK || (!ink && size <= DARK_SPECK && mean(start % width, Math.floor(start / width), DARK_AROUND) < DARK);
    if (speck) for (const i of members) out[i] = ink ? 255 : 0;
  }
  return out;
}

/** The mean of the pixels within `r` of (x, y), from a summed-area table made once. */
function boxMean(pixels: Uint8Array, width: number, height: number): (x: number, y: number, r: number) => number {
  const w1 = width + 1;
  const sum = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += pixels[y * width + x]!;
      sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1]! + row;
    }
  }
  return (x, y, r) => {
    const [x0, x1, y0, y1] = [Math.max(0, x - r), Math.min(width - 1, x + r), Math.max(0, y - r), Math.min(height - 1, y + r)];
    return (sum[(y1 + 1) * w1 + x1 + 1]! - sum[y0 * w1 + x1 + 1]! - sum[(y1 + 1) * w1 + x0]! + sum[y0 * w1 + x0]!) / ((x1 - x0 + 1) * (y1 - y0 + 1));
  };
}
