// How scanned renderings of the seeds read by OCR against the seed's text import (issue 15: record
// F1 ≥ 0.9): the record F1 of tests/variant-score.ts (department, number and title exactly), the
// same with titles compared after NFKC (Tesseract gives ASCII for full-width letters and digits),
// and with titles within a tenth of their length in edit distance (a misread character or two).
//   node --import tsx scripts/make-scanned.ts ../shared/corpus/rendered/SEED.chromium.pdf /tmp/SEED.scanned.pdf --quality 75
//   node --import tsx scripts/ocr-score.ts /tmp/SEED.scanned.pdf …   (SEED: the file name's first part, as in ../shared/seeds)
import { basename, join } from 'node:path';
import { editDistance } from '../src/normalize/edit-distance.js';
import { importFile } from '../src/pipeline.js';
import type { PlanDocument } from '../src/records/schema.js';
import { SHARED } from '../tests/helpers.js';
import { variantScore } from '../tests/variant-score.js';

type Rec = PlanDocument['records'][number];
const norm = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

function f1(text: Rec[], scan: Rec[], same: (a: Rec, b: Rec) => boolean): number {
  const pool = [...scan];
  let matched = 0;
  for (const r of text) {
    const i = pool.findIndex((x) => same(r, x));
    if (i >= 0) matched++, pool.splice(i, 1);
  }
  return (2 * matched) / Math.max(1, text.length + scan.length);
}

for (const file of process.argv.slice(2)) {
  const seed = basename(file).split('.')[0]!;
  const text = await importFile(join(SHARED, 'seeds', `${seed}.txt`));
  const t0 = performance.now();
  const scan = await importFile(file);
  const s = (performance.now() - t0) / 1000;
  const nfkc = f1(text.records, scan.records, (a, b) => a.number === b.number && norm(a.department ?? '') === norm(b.department ?? '') && norm(a.title) === norm(b.title));
  const near = f1(text.records, scan.records, (a, b) => a.number === b.number && editDistance(norm(a.department ?? ''), norm(b.department ?? '')) <= 1 && editDistance(norm(a.title), norm(b.title)) <= Math.ceil(norm(a.title).length / 10));
  const pages = scan.source.pages ?? 0;
  const score = variantScore(text, scan);
  console.log(`${basename(file)}: ${scan.records.length}/${text.records.length} records; F1 ${score.f1.toFixed(3)}, fields ${(score.fields.same / Math.max(1, score.fields.total)).toFixed(3)}, NFKC ${nfkc.toFixed(3)}, titles within a tenth ${near.toFixed(3)}; ${pages} pages in ${s.toFixed(0)} s`);
}
