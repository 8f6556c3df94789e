// One measured run, in its own process so that its peak RSS is its own:
//   node scripts/bench-child.mjs [--tokenizer] FILE
// Prints {ms, maxRssMB, records, tokens} as JSON. Runs the built CLI code (dist/).
const args = process.argv.slice(2);
const withTokenizer = args[0] === '--tokenizer';
const file = withTokenizer ? args[1] : args[0];
const t0 = performance.now();
const { importFile } = await import('../dist/pipeline.js');
const doc = await importFile(file);
let tokens = 0;
if (withTokenizer) {
  // What the language layer will do: tokenize every record's title and fields.
  const { tokenize } = await import('../dist/lex/tokenizer.js');
  for (const r of doc.records) {
    for (const s of [r.title, ...Object.values(r.fields).flat()]) tokens += (await tokenize(String(s))).length;
  }
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, records: doc.records.length, tokens }) + '\n');
