// picture-cost — how long the OCR reader takes to make one page's picture ready for Tesseract
// (src/extract/ocr/page-picture.ts: specks, shapes, rules), against the steps of stop 75 (the page
// without its specks, its rules found in it), three runs each, and the process's resident memory.
// usage: node --import tsx scripts/picture-cost.ts SCANNED.pdf PAGE
import { readFileSync } from 'node:fs';
import { deskew } from '../src/extract/ocr/deskew.js';
import { descreen } from '../src/extract/ocr/halftone.js';
import { imageRules } from '../src/extract/ocr/image-rules.js';
import { pagePicture } from '../src/extract/ocr/page-picture.js';
import { OCR_DPI, openRenderer } from '../src/extract/ocr/render-page.js';

const [file, page] = process.argv.slice(2);
if (!file || !page) {
  console.error('usage: picture-cost.ts SCANNED.pdf PAGE');
  process.exit(2);
}
const renderer = await openRenderer(new Uint8Array(readFileSync(file)));
if (!renderer) throw new Error('nothing here paints a PDF page');
try {
  const { width, height, pixels } = await renderer.render(Number(page), OCR_DPI);
  for (let run = 1; run <= 3; run++) {
    let t = performance.now();
    imageRules(deskew(descreen(pixels, width, height), width, height).pixels, width, height, 1, 1);
    const before = performance.now() - t;
    t = performance.now();
    pagePicture(pixels, width, height, 1, 1);
    const now = performance.now() - t;
    console.log(`run ${run}: stop 75's steps ${Math.round(before)} ms, pagePicture ${Math.round(now)} ms, ${Math.round(process.memoryUsage().rss / 1e6)} MB resident`);
  }
} finally {
  await renderer.close();
}
