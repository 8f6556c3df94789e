import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepEnginePush, loadPdfjs, pdfjsAssets, pdfjsDir } from '../pdf/pdfjs.js';
import { pgmBytes, type PageRenderer } from './render-page.js';

type NapiCanvas = {
  createCanvas(width: number, height: number): { getContext(kind: '2d'): CanvasRenderingContext2D; width: number; height: number };
  DOMMatrix: unknown;
  ImageData: unknown;
  Path2D: unknown;
};

/**
 * The real `@napi-rs/canvas`, loaded only here. pdfjs.ts answers the package's name from the module
 * cache with a stub (no-canvas.ts: reading text must not pay for the native library); the stub is
 * set aside while the package loads, put back, and given `createCanvas`, which pdf.js's own
 * canvas factory asks it for (images with masks, patterns). Text reading never calls it.
 */
function loadNapiCanvas(): NapiCanvas | null {
  const require = createRequire(join(pdfjsDir, 'legacy', 'build', 'pdf.mjs'));
  let resolved: string;
  try {
    resolved = require.resolve('@napi-rs/canvas');
  } catch {
    return null;
  }
  const cache = require.cache;
  const stub = cache[resolved];
  if (stub && (stub.exports as { createCanvas?: unknown }).createCanvas) return stub.exports as NapiCanvas;
  delete cache[resolved];
  let real: NapiCanvas;
  try {
    real = require(resolved) as NapiCanvas;
  } catch {
    return null;
  } finally {
    if (stub) cache[resolved] = stub;
  }
  if (stub) (stub.exports as Record<string, unknown>).createCanvas = real.createCanvas;
  return real;
}

/**
 * Pages painted by pdf.js on a canvas from npm, when poppler is not installed. A document of its
 * own, opened to paint: glyphs drawn as paths (no FontFace in Node), and the canvas's DOMMatrix,
 * ImageData and Path2D in place of the stand-ins of no-canvas.ts while a page is painted.
 */
export async function openCanvasRenderer(bytes: Uint8Array, dir: string): Promise<(Omit<PageRenderer, 'close'> & { destroy(): Promise<void> }) | null> {
  const canvas = loadNapiCanvas();
  if (!canvas) return null;
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfjsAssets, cMapPacked: true, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  keepEnginePush();
  return {
    name: 'pdf.js on @napi-rs/canvas',
    async render(n, dpi) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const surface = canvas.createCanvas(width, height);
      const ctx = surface.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      const g = globalThis as Record<string, unknown>;
      const kept = { DOMMatrix: g.DOMMatrix, ImageData: g.ImageData, Path2D: g.Path2D };
      Object.assign(g, { DOMMatrix: canvas.DOMMatrix, ImageData: canvas.ImageData, Path2D: canvas.Path2D });
      try {
        await page.render({ canvasContext: ctx, viewport, canvas: surface as unknown as HTMLCanvasElement }).promise;
      } finally {
        Object.assign(g, kept);
        page.cleanup();
      }
      const rgba = ctx.getImageData(0, 0, width, height).data;
      const pixels = new Uint8Array(width * height);
      for (let i = 0, j = 0; i < pixels.length; i++, j += 4) pixels[i] = Math.round(rgba[j]! * 0.299 + rgba[j + 1]! * 0.587 + rgba[j + 2]! * 0.114);
      const file = join(dir, `p${n}.pgm`);
      await writeFile(file, pgmBytes(width, height, pixels));
      return { file, width, height, pixels };
    },
    destroy: () => doc.destroy(),
  };
}
