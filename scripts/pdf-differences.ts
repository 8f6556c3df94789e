// npm run pdf-differences — where importing a rendered seed PDF (../shared/corpus/rendered) still
// disagrees with importing the seed's text. Writes tests/pdf-rendered.known-differences.json, the
// ratchet tests/pdf-rendered.test.ts holds the importer to: a new difference fails the test, and
// so does a listed one that went away (so the list can only shrink). Prints a summary and, per
// seed, the reading score (checks of fixtures/<family>/<case>/expected.json passed) of the text
// import and of each PDF import: the bar is the same score from the PDF as from the text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureCases } from '../tests/helpers.js';
import { readingScore, scoreLine } from '../tests/reading-score.js';
import { renderedCases, compareRendered } from '../tests/rendered-cases.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out: Record<string, string[]> = {};
for (const c of renderedCases()) {
  if (!c.pdf) continue;
  const r = await compareRendered(c);
  out[c.name] = r.differences;
  const seed = fixtureCases().find((f) => f.name === c.seed)!;
  console.log(`${c.name}\n  reading score  text: ${scoreLine(readingScore(r.text, seed))}\n                 pdf:  ${scoreLine(readingScore(r.pdf, seed))}`);
  console.log(`  ${r.textRecords} text records, ${r.pdfRecords} PDF records; ${r.sameRecordList ? 'same record list' : 'record lists differ'}; ${r.recordsDiffering} records with differing fields (${r.differences.length} differences)`);
}
writeFileSync(join(root, 'tests/pdf-rendered.known-differences.json'), `${JSON.stringify(out, null, 1)}\n`);
