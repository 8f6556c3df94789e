/**
 * A page fed askew: its lines slope, and every measure downstream (a line's rows, a rule's run, a
 * cell's edge) assumes they do not. 部長目標 by Chromium scanned half a degree askew read 66 records
 * for 47 (F1 0.389), a degree askew 94 (0.099); the same scan square reads 0.979.
 */

/** Widest slope looked for (degrees): a sheet fed by hand or by a feeder stays within it. */
const MAX_ANGLE = 3;

/**
 * Under this (degrees) a page is left as painted: a line 2,000 px long drifts 7 px at it, a sixth of
 * a 10.5 pt em, and the pages of square scans measure up to 0.17 (刈谷's first page by Chromium:
 * noise; the seeds' sixteen scans, every page).
 */
const MIN_ANGLE = 0.2;

/** Ink is darker than mid grey. */
const INK = 128;

/**
 * The slope of a page's lines (degrees; positive where they climb to the right, the page turned
 * anticlockwise): the angle whose projection of the ink along it gathers the ink into the fewest,
 * fullest rows (the sum of each row's squared count), coarse then fine. Every second pixel of every
 * second row is asked.
 */
export function skewAngle(pixels: Uint8Array, width: number, height: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += 2) for (let x = 0; x < width; x += 2) if (pixels[y * width + x]! < INK) xs.push(x), ys.push(y);
  if (xs.length === 0) return 0;
  const rows = new Float64Array(height + width);
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    // (rows two pixels tall, as many as were asked: in rows one pixel tall the square page's ink
    // would fill only every second one and score twice; shifted by the width so that a climbing
    // line's rows stay positive)
    for (let i = 0; i < xs.length; i++) rows[Math.floor((ys[i]! + xs[i]! * t + width) / 2)]! += 1;
    let s = 0;
    for (const n of rows) s += n * n;
    return s;
  };
  const best = (from: number, to: number, step: number) => {
    let at = 0;
    let top = -1;
    for (let deg = from; deg <= to + step / 2; deg += step) {
      const s = score(deg);
      if (s > top) (top = s), (at = deg);
    }
    return at;
  };
  const coarse = best(-MAX_ANGLE, MAX_ANGLE, 0.1);
  return best(coarse - 0.1, coarse + 0.1, 0.01);
}

/**
 * The page turned back square, or the same pixels where it is square already: each pixel takes the
 * grey where the slope carried it from, white where that falls off the page. `angle`: another
 * picture's of the same page (the shapes of a black-and-white page turned as its letters are).
 */
export function deskew(pixels: Uint8Array, width: number, height: number, angle = skewAngle(pixels, width, height)): { pixels: Uint8Array; angle: number } {
  if (Math.abs(angle) < MIN_ANGLE) return { pixels, angle: 0 };
  const a = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const [cx, cy] = [width / 2, height / 2];
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const fx = cx + dx * cos + dy * sin;
      const fy = cy - dx * sin + dy * cos;
      const [sx, sy] = [Math.floor(fx), Math.floor(fy)];
      if (sx < 0 || sx + 1 >= width || sy < 0 || sy + 1 >= height) continue;
      // (between the four pixels around: a rule turned square stays one even line, where the
      // nearest pixel would step it a row here and there)
      const [u, v] = [fx - sx, fy - sy];
      const i = sy * width + sx;
      const top = pixels[i]! * (1 - u) + pixels[i + 1]! * u;
      const foot = pixels[i + width]! * (1 - u) + pixels[i + width + 1]! * u;
      out[y * width + x] = Math.round(top * (1 - v) + foot * v);
    }
  }
  return { pixels: out, angle };
}
