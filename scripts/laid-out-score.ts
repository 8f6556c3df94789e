// laid-out-score — how a PDF's text laid out by spaces (`pdftotext -layout`, poppler) imports against
// the PDF itself: record F1 and field agreement (tests/variant-score.ts; `words`: the same with white
// space and line breaks not counted), one line a PDF, then the mean. Needs pdftotext on PATH.
//   node --import tsx scripts/laid-out-score.ts ../shared/corpus/real/*.pdf
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importFile } from '../src/pipeline.js';
import { variantScore } from '../tests/variant-score.js';

const dir = mkdtempSync(join(tmpdir(), 'laid-out-'));
let f1 = 0;
let same = 0;
let total = 0;
let sameWords = 0;
const pdfs = process.argv.slice(2);
try {
  for (const pdf of pdfs) {
    const text = join(dir, `${basename(pdf, '.pdf')}.layout.txt`);
    execFileSync('pdftotext', ['-layout', pdf, text]);
    const [own, laid] = await Promise.all([importFile(pdf, { ocr: 'never' }), importFile(text)]);
    const s = variantScore(own, laid);
    f1 += s.f1;
    same += s.fields.same;
    total += s.fields.total;
    sameWords += s.words.same;
    const told = laid.diagnostics.some((d) => d.code === 'extract/laid-out-text') ? '' : '  (not told as laid out)';
    console.log(`${basename(pdf).padEnd(44)} records ${own.records.length} / ${laid.records.length}  F1 ${s.f1.toFixed(3)}  fields ${(s.fields.same / Math.max(1, s.fields.total)).toFixed(3)}  words ${(s.words.same / Math.max(1, s.words.total)).toFixed(3)}${told}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`mean F1 ${(f1 / Math.max(1, pdfs.length)).toFixed(3)}  fields ${(same / Math.max(1, total)).toFixed(3)}  words ${(sameWords / Math.max(1, total)).toFixed(3)}  (${pdfs.length} PDFs)`);
