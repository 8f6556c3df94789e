// What pdf.js reads from one page of a PDF (its text runs, ruling lines and fills), as JSON: a
// page's geometry for a test, without the PDF and its embedded fonts.
// usage: node --import tsx scripts/capture-page.ts FILE.pdf PAGE OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { readPage } from '../src/extract/pdf/read-page.js';
import { loadPdfjs, pdfjsAssets } from '../src/extract/pdf/pdfjs.js';

const [file, pageArg, out] = process.argv.slice(2);
if (!file || !pageArg || !out) {
  console.error('usage: capture-page.ts FILE.pdf PAGE OUT.json');
  process.exit(2);
}
const pdfjs = await loadPdfjs();
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), ...pdfjsAssets, cMapPacked: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const content = await readPage(await doc.getPage(Number(pageArg)));
const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v);
writeFileSync(out, JSON.stringify(content, (_, v) => round(v)) + '\n');
console.log(`${out}: ${content.runs.length} runs, ${content.rules.length} rules, ${content.fills.length} fills`);
await doc.destroy();
