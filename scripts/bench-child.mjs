// One measured run, in its own process so that its peak RSS is its own:
//   node scripts/bench-child.mjs FILE
// Prints {ms, maxRssMB, records} as JSON. Runs the built CLI code (dist/).
const file = process.argv[2];
const t0 = performance.now();
const { importFile } = await import('../dist/pipeline.js');
const doc = await importFile(file);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, records: doc.records.length }) + '\n');
