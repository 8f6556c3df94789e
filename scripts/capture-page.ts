// What pdf.js reads from one page of a PDF (its text runs, ruling lines and fills), as JSON: a
// page's geometry for a test, without the PDF and its embedded fonts.
// usage: node --import tsx scripts/capture-page.ts FILE.pdf PAGE OUT.json [--ocr] [--exact]
// (--ocr: the page as OCR reads it, a scan's words as positioned text: needs Tesseract, see --ocr in the README)
// (--exact: every number as pdf.js gives it, not to a thousandth of a point: for a test of what a
// float's last digits decide, a border 433.40000000000003 pt where a cell starts at 433.4)
import { readFileSync, writeFileSync } from 'node:fs';
import { readPage } from '../src/extract/pdf/read-page.js';
import { loadPdfjs, pdfjsAssets } from '../src/extract/pdf/pdfjs.js';
import { openPageReader } from '../src/extract/ocr/ocr-page.js';

const [file, pageArg, out] = process.argv.slice(2).filter((a) => a !== '--ocr' && a !== '--exact');
if (!file || !pageArg || !out) {
  console.error('usage: capture-page.ts FILE.pdf PAGE OUT.json [--ocr] [--exact]');
  process.exit(2);
}
const pdfjs = await loadPdfjs();
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), ...pdfjsAssets, cMapPacked: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const page = await doc.getPage(Number(pageArg));
let content = await readPage(page);
if (process.argv.includes('--ocr')) {
  const opened = await openPageReader(new Uint8Array(readFileSync(file)));
  if (!opened.ok) throw new Error(opened.why);
  const { width, height } = page.getViewport({ scale: 1 });
  content = (await opened.reader.read(Number(pageArg), width, height)).content;
  await opened.reader.close();
}
const round = (v: unknown) => (typeof v === 'number' && !process.argv.includes('--exact') ? Math.round(v * 1000) / 1000 : v);
writeFileSync(out, JSON.stringify(content, (_, v) => round(v)) + '\n');
console.log(`${out}: ${content.runs.length} runs, ${content.rules.length} rules, ${content.fills.length} fills`);
await doc.destroy();
