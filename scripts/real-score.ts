// npm run real-score — the general reader on ../shared/corpus/real against the readings in
// tests/real/expected: record F1 and title / department / number per book, fields, indicators
// and money per sheet. The figures quoted in the issue notes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../src/pipeline.js';
import { scoreBook, scoreSheet, type ExpectedBookRecord, type ExpectedSheet } from '../tests/real-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const real = join(root, '..', 'shared', 'corpus', 'real');
const expected = join(root, 'tests', 'real', 'expected');
const verbose = process.argv.includes('--verbose');
if (!existsSync(real)) throw new Error(`${real} not found: the shared corpus is not beside the project`);

const books: Record<string, ExpectedBookRecord[]> = JSON.parse(readFileSync(join(expected, 'books.json'), 'utf8'));
for (const [file, want] of Object.entries(books)) {
  const doc = await importFile(join(real, file));
  const s = scoreBook(doc.records, want);
  console.log(`${file}: ${doc.records.length} records for ${want.length} sheets, F1 ${s.f1.toFixed(2)}, title ${s.titles}/${want.length}, department ${s.departments}/${want.length}, number ${s.numbers}/${want.length}`);
  if (verbose) for (const m of s.misses) console.log('   ', JSON.stringify(m));
}
let ind = 0, indFound = 0, money = 0, moneyFound = 0, fields = 0, fieldsFound = 0;
for (const name of readdirSync(join(expected, 'sheets')).filter((f) => f.endsWith('.json')).sort()) {
  const want: ExpectedSheet = JSON.parse(readFileSync(join(expected, 'sheets', name), 'utf8'));
  const doc = await importFile(join(real, want.file));
  const r = doc.records[0];
  if (!r) {
    console.log(`${want.file}: no record`);
    continue;
  }
  const s = scoreSheet(r, want);
  ind += s.indicators.expected; indFound += s.indicators.found;
  money += s.money.expected; moneyFound += s.money.found;
  fields += (want.fields ?? []).length; fieldsFound += (want.fields ?? []).length - s.fieldsMissing.length;
  const head = [r.title === want.title, r.number === want.number, r.department === want.department].map((x) => (x ? '✓' : '✗')).join('');
  console.log(`${want.file}: title/number/department ${head}, fields ${(want.fields ?? []).length - s.fieldsMissing.length}/${(want.fields ?? []).length}, indicators ${s.indicators.found}/${s.indicators.expected}, money ${s.money.found}/${s.money.expected}`);
  if (verbose) {
    if (s.fieldsMissing.length) console.log('    fields missing:', s.fieldsMissing.join(', '));
    if (s.evaluationsMissing.length) console.log('    evaluations missing:', s.evaluationsMissing.join(', '));
    for (const m of s.indicators.missing) console.log('    indicator missing:', JSON.stringify(m));
    for (const m of s.money.missing) console.log('    money missing:', JSON.stringify(m));
  }
}
console.log(`sheets: fields ${fieldsFound}/${fields}, indicators ${indFound}/${ind} (${((100 * indFound) / Math.max(1, ind)).toFixed(0)} %), money ${moneyFound}/${money} (${((100 * moneyFound) / Math.max(1, money)).toFixed(0)} %)`);
