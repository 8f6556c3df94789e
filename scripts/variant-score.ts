// npm run variant-score -- FILE.pdf … — how each layout variant of a seed (a PDF named
// `<seed>.<style>.<producer>.pdf`, as scripts/render-variants.ts writes them) imports against the
// seed's text: record F1 and field agreement (tests/variant-score.ts), and the reading score of
// fixtures/<family>/<seed>/expected.json for the text and the variant.
import { basename } from 'node:path';
import { importFile } from '../src/pipeline.js';
import { fixtureCases } from '../tests/helpers.js';
import { readingScore } from '../tests/reading-score.js';
import { variantScore } from '../tests/variant-score.js';

// (`… --diffs | head`: the reader left; stop quietly)
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seeds = fixtureCases();
const texts = new Map<string, Awaited<ReturnType<typeof importFile>>>();
let worst = 1;
for (const file of files) {
  const seed = seeds.find((s) => basename(file).startsWith(`${s.name}.`));
  if (!seed) {
    console.log(`${basename(file)}: no seed of that name`);
    continue;
  }
  if (!texts.has(seed.name)) texts.set(seed.name, await importFile(seed.input));
  const text = texts.get(seed.name)!;
  const t0 = performance.now();
  const doc = await importFile(file);
  const ms = performance.now() - t0;
  const s = variantScore(text, doc);
  const rt = readingScore(text, seed).fields;
  const rv = readingScore(doc, seed).fields;
  worst = Math.min(worst, s.f1);
  console.log(
    `${basename(file).padEnd(60)} F1 ${s.f1.toFixed(3)} (${s.variantRecords}/${s.textRecords})  fields ${(s.fields.same / s.fields.total).toFixed(3)} words ${(s.words.same / s.words.total).toFixed(3)}  reading ${rv.passed}/${rv.total} (text ${rt.passed}/${rt.total})  ${Math.round(ms)} ms`,
  );
  if (process.argv.includes('--verbose') && s.f1 < 1) console.log(`   missing ${s.missing.join(' ; ')}\n   extra ${s.extra.join(' ; ')}`);
  // --diffs: every field that differs, as the text import and the variant give it
  // --failed: each check of our readings the variant fails and the text import passes
  if (process.argv.includes('--failed')) {
    const passedByText = new Set(readingScore(text, seed).failed);
    for (const f of readingScore(doc, seed).failed) if (!passedByText.has(f)) console.log(`   failed ${f}`);
  }
  // --words: only the fields whose words differ (not only their spaces and breaks), whole
  if (process.argv.includes('--words')) for (const d of s.diffs) if (!d.sameWords) console.log(`   ${d.record.slice(0, 40)}  ${d.path}\n      text    ${d.text}\n      variant ${d.variant ?? '(none)'}`);
  if (process.argv.includes('--diffs')) for (const d of s.diffs) console.log(`   ${d.record.slice(0, 40)}  ${d.path}\n      text    ${d.text.slice(0, 160)}\n      variant ${(d.variant ?? '(none)').slice(0, 160)}`);
}
console.log(`worst F1 ${worst.toFixed(3)}`);
