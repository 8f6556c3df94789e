// capture-lines — the lines the PDF reader gives for some pages of a PDF (its extract stage: text,
// cells, page box and table grid), as JSON a test feeds to the rest of the pipeline with
// importSource. For a sheet whose reading depends on the whole document's print (a page range cut
// out of a PDF is set again by the cutter, its runs and spacing changed), kept small.
// With --ocr, a scan's pages as OCR reads them (Tesseract installed).
//   node --import tsx scripts/capture-lines.ts FILE.pdf FIRST-LAST OUT.json [--ocr]
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile } from '../src/pipeline.js';
import type { SourceText } from '../src/extract/source-text.js';

const [file, range, out, flag] = process.argv.slice(2);
if (!file || !range || !out || (flag !== undefined && flag !== '--ocr')) {
  console.error('usage: capture-lines.ts FILE.pdf FIRST-LAST OUT.json [--ocr]');
  process.exit(2);
}
const [first, last] = range.split('-').map(Number) as [number, number];
let source: SourceText | undefined;
await importFile(file, { ocr: flag ? 'auto' : 'never', trace: (stage, data) => { if (stage === 'extract') source = data as SourceText; } });
const lines = source!.lines.filter((l) => l.page !== null && l.page >= first && l.page <= (last ?? first));
const captured: SourceText = { ...source!, path: `${basename(file)} pages ${range}`, lines, notes: source!.notes.filter((n) => n.page != null && n.page >= first && n.page <= (last ?? first)) };
writeFileSync(out, `${JSON.stringify(captured)}\n`);
console.log(`${lines.length} lines → ${out}`);
