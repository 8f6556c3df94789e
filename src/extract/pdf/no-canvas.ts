import { createRequire, Module } from 'node:module';

/**
 * pdf.js in Node requires `@napi-rs/canvas` as it loads, whether or not anything is painted, to
 * take `DOMMatrix`, `ImageData` and `Path2D` from it: a native library that costs ~190 ms and
 * ~37 MB of every PDF import here (`npm run bench`, issue 14), for a canvas we never draw on (we
 * read text content and operator lists only). pdf.js takes the three from `globalThis` when they
 * are there and tolerates the package's absence (it is its optional dependency); so the three are
 * given here, and the package's entry is answered with them from the module cache, which keeps
 * the native library unloaded.
 *
 * `DOMMatrix` is a 2-D affine matrix as far as pdf.js's text and operator-list code uses one
 * (a Type 3 glyph's outline is scaled and moved with it); `ImageData` and `Path2D` are only ever
 * painted with, which we never do.
 */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = [init[0]!, init[1]!, init[2]!, init[3]!, init[4]!, init[5]!];
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this × other, in place (DOMMatrix.multiplySelf). */
  multiplySelf(o: { a?: number; b?: number; c?: number; d?: number; e?: number; f?: number } = {}): this {
    const { a = 1, b = 0, c = 0, d = 1, e = 0, f = 0 } = o;
    [this.a, this.b, this.c, this.d, this.e, this.f] = [
      this.a * a + this.c * b,
      this.b * a + this.d * b,
      this.a * c + this.c * d,
      this.b * c + this.d * d,
      this.a * e + this.c * f + this.e,
      this.b * e + this.d * f + this.f,
    ];
    return this;
  }

  preMultiplySelf(o: { a?: number; b?: number; c?: number; d?: number; e?: number; f?: number } = {}): this {
    const m = new AffineMatrix([o.a ?? 1, o.b ?? 0, o.c ?? 0, o.d ?? 1, o.e ?? 0, o.f ?? 0]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [m.a, m.b, m.c, m.d, m.e, m.f];
    return this;
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, d: sy });
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = [NaN, NaN, NaN, NaN, NaN, NaN];
      return this;
    }
    [this.a, this.b, this.c, this.d, this.e, this.f] = [
      this.d / det,
      -this.b / det,
      -this.c / det,
      this.a / det,
      (this.c * this.f - this.d * this.e) / det,
      (this.b * this.e - this.a * this.f) / det,
    ];
    return this;
  }

  multiply(o?: { a?: number; b?: number; c?: number; d?: number; e?: number; f?: number }): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(o);
  }

  translate(tx?: number, ty?: number): AffineMatrix {
    return this.multiply().translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): AffineMatrix {
    return this.multiply().scaleSelf(sx, sy);
  }

  inverse(): AffineMatrix {
    return this.multiply().invertSelf();
  }

  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const { x = 0, y = 0 } = p;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

class UnpaintedImageData {
  readonly data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(Math.max(0, width * height * 4));
  }
}

class UnpaintedPath2D {
  addPath() {}
  closePath() {}
  moveTo() {}
  lineTo() {}
  bezierCurveTo() {}
  quadraticCurveTo() {}
  rect() {}
  arc() {}
}

let installed = false;

/** Before pdf.js is imported: the three classes, and `@napi-rs/canvas` (if installed beside pdf.js) answered without loading it. */
export function installNoCanvas(pdfjsEntry: string): void {
  if (installed) return;
  installed = true;
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= AffineMatrix;
  g.ImageData ??= UnpaintedImageData;
  g.Path2D ??= UnpaintedPath2D;
  let resolved: string;
  try {
    resolved = createRequire(pdfjsEntry).resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js warns nothing once the globals are there
  }
  const cache = createRequire(import.meta.url).cache;
  if (cache[resolved]) return;
  const stub = new Module(resolved);
  stub.filename = resolved;
  stub.loaded = true;
  stub.exports = { DOMMatrix: g.DOMMatrix, ImageData: g.ImageData, Path2D: g.Path2D };
  cache[resolved] = stub;
}
