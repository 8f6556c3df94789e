import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../src/extract/pdf/no-canvas.js';
import { loadPdfjs, pdfjsDir } from '../src/extract/pdf/pdfjs.js';
import { type PageEvent, pdfPages } from '../src/extract/pdf/pdf-pages.js';
import { readFileSync } from 'node:fs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

async function all(events: AsyncIterable<PageEvent>): Promise<PageEvent[]> {
  const out: PageEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

// Issue 14: what loading pdf.js costs the process beyond pdf.js itself (this file runs in a fork
// of its own, so pdf.js is loaded here first).
describe('loading pdf.js', () => {
  it('keeps the engine’s Array.prototype.push, which the legacy build’s core-js replaces on Node 20', async () => {
    const push = Array.prototype.push;
    await loadPdfjs();
    expect(Array.prototype.push).toBe(push);
  });

  it('keeps it once a document is open: pdf.js then loads its worker module, with the same polyfills', async () => {
    const push = Array.prototype.push;
    const events = await all(pdfPages('sheet.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'pdf-variants/bucho-p1-3.grid.chromium.pdf')))));
    expect(events.some((e) => e.kind === 'page' && e.content && e.content.runs.length > 0)).toBe(true);
    expect(Array.prototype.push).toBe(push);
  });

  it('passes pdf.js’s messages without structuredClone, and the pages read the same', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf-variants/bucho-p1-3.grid.chromium.pdf')));
    // (pdfPages: pdf.js in this thread, as pages-thread.ts runs it in its own)
    const first = await all(pdfPages('sheet.pdf', bytes));
    const clone = globalThis.structuredClone;
    let calls = 0;
    globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
      calls++;
      return clone(value, options);
    }) as typeof structuredClone;
    try {
      const second = await all(pdfPages('sheet.pdf', bytes));
      expect(calls).toBe(0);
      // (fonts are named after the document pdf.js opened them in: g_d0_f1, then g_d1_f1)
      const unnumbered = (events: PageEvent[]) => JSON.stringify(events).replace(/g_d\d+_/g, 'g_');
      expect(unnumbered(second)).toBe(unnumbered(first));
      expect(JSON.stringify(second).includes('目標')).toBe(true);
    } finally {
      globalThis.structuredClone = clone;
    }
  });

  it('gives pdf.js the canvas classes without loading @napi-rs/canvas (~0.19 s, ~37 MB)', async () => {
    await loadPdfjs();
    expect(globalThis.DOMMatrix).toBe(AffineMatrix);
    const fromPdfjs = createRequire(join(pdfjsDir, 'legacy', 'build', 'pdf.mjs'));
    let entry: string | null = null;
    try {
      entry = fromPdfjs.resolve('@napi-rs/canvas');
    } catch {
      // not installed beside pdf.js: nothing to load either way
    }
    if (entry) expect(fromPdfjs.cache[entry]?.exports).toEqual({ DOMMatrix: AffineMatrix, ImageData: globalThis.ImageData, Path2D: globalThis.Path2D });
  });

  it('has a DOMMatrix that composes, scales, moves and inverts as the DOM’s does', () => {
    // scale(2, 3) then translate(10, 20): a point (1, 1) goes to (2·(1+10), 3·(1+20))
    const m = new AffineMatrix().scaleSelf(2, 3).translateSelf(10, 20);
    expect(m.transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 22, y: 63 });
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([2, 0, 0, 3, 20, 60]);
    const back = m.inverse().transformPoint({ x: 22, y: 63 });
    expect(back.x).toBeCloseTo(1);
    expect(back.y).toBeCloseTo(1);
    expect(new AffineMatrix([1, 0, 0, 1, 0, 0]).isIdentity).toBe(true);
    expect(new AffineMatrix([0, 0, 0, 0, 0, 0]).invertSelf().a).toBeNaN();
  });
});
