// The language layer, measured in its own process (npm run bench runs it):
//   node scripts/bench-language-child.mjs FILE
// Prints JSON: kuromoji load time and RSS, tokens/s over every record text of FILE, and the share
// of an import of FILE spent in the language step (first import: tokenizer load included; second:
// loaded). Runs the built code (dist/).
const file = process.argv[2];
const mb = () => process.memoryUsage().rss / 1048576;
const { importFile } = await import('../dist/pipeline.js');
const tok = await import('../dist/lex/tokenizer.js');

async function timedImport() {
  const marks = {};
  const t0 = performance.now();
  const doc = await importFile(file, { trace: (stage) => { marks[stage] = performance.now(); } });
  const total = performance.now() - t0;
  return { doc, total, language: marks.language - marks.meta };
}

const rssBefore = mb();
const first = await timedImport();
const second = await timedImport();
const loaded = tok.tokenizerLoaded();

// load cost on its own: in this process it is already loaded, so time a fresh build in a child
const { spawnSync } = await import('node:child_process');
const probe = spawnSync(process.execPath, ['--input-type=module', '-e', `
  const t = await import(${JSON.stringify(new URL('../dist/lex/tokenizer.js', import.meta.url).href)});
  const r0 = process.memoryUsage().rss; const t0 = performance.now();
  await t.loadTokenizer();
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rssMB: (process.memoryUsage().rss - r0) / 1048576 }));
`], { encoding: 'utf8' });
const load = JSON.parse(probe.stdout);

await tok.loadTokenizer();
const texts = first.doc.records.flatMap((r) => [r.title, ...Object.values(r.fields).flat().map(String)]);
const chars = texts.reduce((n, s) => n + s.length, 0);
const t0 = performance.now();
let tokens = 0;
for (let i = 0; i < 3; i++) for (const s of texts) tokens += tok.tokenizeNow(s).length;
const tokMs = (performance.now() - t0) / 3;
tokens /= 3;

process.stdout.write(JSON.stringify({
  records: first.doc.records.length,
  indicators: first.doc.records.reduce((n, r) => n + r.indicators.length, 0),
  tokenizerUsed: loaded,
  load,
  tokensPerSecond: Math.round(tokens / (tokMs / 1000)),
  tokens, chars,
  firstImport: { ms: first.total, languageMs: first.language },
  secondImport: { ms: second.total, languageMs: second.language },
  rssGrowthMB: mb() - rssBefore,
}) + '\n');
