// npm run bench — the figures quoted in the issue notes. Builds first (npm run build).
//   1. wall time of `plan-import SEED` as a user runs it (process start included), median of 7
//   2. the same import in-process, and peak RSS
//   3. the language layer: kuromoji load time and RSS, tokens/s, share of an import in the language step
//   4. issue 14's comparison: plan-import against bare pdf-parse getText() on the 25-page and 150-page
//      rendered seeds and the 19-sheet 池田 book, 9 rounds (`--rounds=N`), which goes first alternating:
//      medians of wall, CPU, peak RSS, their ratios, and the median of each round's ratio
//   5. PDFs (../shared/corpus, and the 19-sheet 池田 book of corpus/real): our importFile vs bare pdf-parse getText vs pdftotext, one run each,
//      each in its own process (scripts/bench-pdf-child.mjs); RSS at pages 50/200/400
//   6. batch of 50 files with --jobs 1 and --jobs 2: wall time, speedup, peak RSS (scripts/bench-batch.ts)
//   7. where the time goes: each PDF and the largest seed, phase by phase (scripts/bench-breakdown.ts)
// `npm run bench -- --only=batch` runs section 6 alone, `-- --only=breakdown` section 7 (after the build);
// `-- --only=aims` section 4; `-- --only=batch-real` the real sheets of ../shared/corpus/real copied to 500 files, --jobs 1 and 2.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBatch, realSheets } from './bench-batch.js';
import { benchBreakdown } from './bench-breakdown.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');
const seeds = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(fixtures, d.name), { withFileTypes: true }).filter((c) => c.isDirectory()).map((c) => join(fixtures, d.name, c.name, 'input.txt')))
  .filter((f) => { try { return statSync(f).isFile(); } catch { return false; } })
  .sort((a, b) => statSync(b).size - statSync(a).size);
const largest = seeds[0]!;
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function wall(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

function child(args: string[]): { ms: number; maxRssMB: number; records: number; tokens: number } {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-child.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const pdfFiles = [
  '../shared/corpus/pdf/muni-setagaya-r8-budget-book-indesign.pdf',
  '../shared/corpus/rendered/kariya-r5-soshiki-juten-mokuhyo.chromium.pdf',
  '../shared/corpus/rendered/isesaki-r2-r5-gyokaku-kekka.chromium.pdf',
  // the general reader end to end on a real book of evaluation sheets (issue 12)
  '../shared/corpus/real/book-ikeda-r7-jimujigyo-19-sheets.pdf',
];

const shared = join(root, '..', 'shared');

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && !['batch', 'breakdown', 'batch-real', 'aims'].includes(only)) throw new Error(`--only=${only}: the sections that run alone are --only=aims, --only=batch, --only=breakdown and --only=batch-real`);

spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
if (only !== undefined) {
  console.log(`node ${process.version}`);
  if (only === 'batch') await benchBatch(root);
  // the real sheets of ../shared/corpus/real copied to 500 files, --jobs 1 and 2 (minutes: not in the full bench)
  else if (only === 'batch-real') await benchBatch(root, { round: realSheets(root), count: 500, ceiling: false });
  else if (only === 'aims') await benchAims();
  else await benchBreakdown(root, [...pdfFiles.map((f) => join(root, f)), largest]);
  process.exit(0);
}
console.log(`node ${process.version}, ${largest.slice(root.length)} (${(statSync(largest).size / 1024).toFixed(0)} KB)`);

const bare = median(Array.from({ length: RUNS }, () => wall(process.execPath, ['-e', ''])));
const cli = median(Array.from({ length: RUNS }, () => wall(process.execPath, [join(root, 'bin/plan-import.js'), largest])));
console.log(`wall, \`plan-import\` on the largest seed, process start included: ${cli.toFixed(0)} ms (median of ${RUNS}; bare \`node -e ''\` ${bare.toFixed(0)} ms)`);

const without = Array.from({ length: RUNS }, () => child([largest]));
console.log(`in-process import (code load included): ${median(without.map((r) => r.ms)).toFixed(0)} ms (median of ${RUNS}; aim, issue 14: under 300 ms), peak RSS ${median(without.map((r) => r.maxRssMB)).toFixed(0)} MB, ${without[0]!.records} records`);

// ---- the language layer ---------------------------------------------------------------------
console.log('\nlanguage layer (scripts/bench-language-child.mjs, one process per seed):');
for (const f of [largest, ...seeds.filter((x) => x.includes('kariya'))]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-language-child.mjs'), f], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const j = JSON.parse(r.stdout);
  const share = (x: { ms: number; languageMs: number }) => `${x.languageMs.toFixed(0)} of ${x.ms.toFixed(0)} ms (${((100 * x.languageMs) / x.ms).toFixed(1)}%)`;
  console.log(`  ${f.slice(fixtures.length + 1)}: ${j.records} records, ${j.indicators} indicators; tokenizer ${j.tokenizerUsed ? 'loaded' : 'not needed'}`);
  console.log(`    language step, first import: ${share(j.firstImport)}; second import: ${share(j.secondImport)}`);
  console.log(`    kuromoji load (fresh process): ${j.load.ms.toFixed(0)} ms, +${j.load.rssMB.toFixed(0)} MB RSS; ${j.tokensPerSecond} tokens/s over the records' text (${j.tokens} tokens, ${j.chars} chars)`);
}

console.log('\nper seed, `plan-import FILE` wall time (median of 3):');
for (const f of seeds) {
  const ms = median(Array.from({ length: 3 }, () => wall(process.execPath, [join(root, 'bin/plan-import.js'), f])));
  console.log(`  ${f.slice(fixtures.length + 1).padEnd(70)} ${(statSync(f).size / 1024).toFixed(0).padStart(4)} KB  ${ms.toFixed(0)} ms`);
}

// ---- PDFs ---------------------------------------------------------------------------------------
// One run per measurement (the 408-page import takes ~30 s). Paths resolve from the project root.
const RSS_MARKS = [50, 200, 400];

interface PdfSample { mark: number; page: number; ms: number; rssMB: number; runningMaxMB: number }
interface PdfRun { ms: number; cpuMs?: number; pages: number; maxRssMB: number; samples?: PdfSample[]; records?: number; chars?: number }
interface Row { file: string; pages: number; tool: string; ms: number; maxRssMB: number | null }

function pdfChild(args: string[]): PdfRun {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-pdf-child.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench-pdf-child ${args.join(' ')} failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as PdfRun;
}

function hasPdftotext(): boolean {
  const r = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return !r.error;
}

// ---- issue 14's comparison: plan-import against bare pdf-parse getText(), medians of 5 -----------
async function benchAims(): Promise<void> {
  const AIM_FILES = pdfFiles.slice(1);
  // `--rounds=N`: this 2-core machine's single runs vary by ±10%, its ratios of medians of 5 by ±0.1
  const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 9);
  console.log(`\nplan-import against bare pdf-parse getText() on the same file, ${ROUNDS} rounds of one run each, which goes first alternating (own process; wall from process code start, pdf.js load included; CPU = user + system of all threads); medians, and "pairs ×" the median of each round's ratio:`);
  if (!existsSync(shared)) console.log(`  skipped: ${shared} does not exist`);
  else {
    console.log(`  ${'file'.padEnd(46)} pages   ours ms  bare ms  wall ×  pairs ×   ours CPU  bare CPU   ours MB  bare MB  RSS ×`);
    for (const rel of AIM_FILES) {
      const file = join(root, rel);
      if (!existsSync(file)) continue;
      const ours: PdfRun[] = [];
      const bare: PdfRun[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        if (i % 2 === 0) {
          ours.push(pdfChild(['ours', file]));
          bare.push(pdfChild(['pdf-parse', file]));
        } else {
          bare.push(pdfChild(['pdf-parse', file]));
          ours.push(pdfChild(['ours', file]));
        }
      }
      const m = (runs: PdfRun[], k: 'ms' | 'maxRssMB' | 'cpuMs') => median(runs.map((r) => r[k] ?? 0));
      const pairs = median(ours.map((r, i) => r.ms / bare[i]!.ms));
      const cols = [m(ours, 'ms'), m(bare, 'ms'), m(ours, 'ms') / m(bare, 'ms'), pairs, m(ours, 'cpuMs'), m(bare, 'cpuMs'), m(ours, 'maxRssMB'), m(bare, 'maxRssMB'), m(ours, 'maxRssMB') / m(bare, 'maxRssMB')];
      console.log(`  ${rel.split('/').at(-1)!.padEnd(46)} ${String(ours[0]!.pages).padStart(5)}  ${cols[0]!.toFixed(0).padStart(8)} ${cols[1]!.toFixed(0).padStart(8)} ${cols[2]!.toFixed(2).padStart(6)}× ${cols[3]!.toFixed(2).padStart(6)}×  ${cols[4]!.toFixed(0).padStart(8)}  ${cols[5]!.toFixed(0).padStart(8)}  ${cols[6]!.toFixed(0).padStart(8)} ${cols[7]!.toFixed(0).padStart(8)} ${cols[8]!.toFixed(2).padStart(5)}×`);
    }
    console.log('  aims (issue 14): wall at most 1.5×, peak RSS at most 2× bare; text seed in process under 300 ms (above)');
  }
}

await benchAims();

console.log('\nPDF import (one run each, own process; ms includes loading pdf.js; peak RSS = resourceUsage().maxRSS):');
if (!existsSync(shared)) {
  console.log(`  PDF bench skipped: ${shared} does not exist (the shared corpus is not checked out next to the project)`);
} else {
  const pdftotext = hasPdftotext();
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const rel of pdfFiles) {
    const file = join(root, rel);
    const name = rel.split('/').at(-1)!;
    if (!existsSync(file)) {
      notes.push(`${name}: skipped, ${file} not found`);
      continue;
    }
    const ours = pdfChild(['ours', file]);
    const base = pdfChild(['pdf-parse', file]);
    rows.push({ file: name, pages: ours.pages, tool: 'plan-import', ms: ours.ms, maxRssMB: ours.maxRssMB });
    rows.push({ file: name, pages: base.pages, tool: 'pdf-parse', ms: base.ms, maxRssMB: base.maxRssMB });
    if (pdftotext) rows.push({ file: name, pages: ours.pages, tool: 'pdftotext', ms: wall('pdftotext', ['-enc', 'UTF-8', file, '-']), maxRssMB: null });
    const pps = (r: { pages: number; ms: number }) => r.pages / (r.ms / 1000);
    notes.push(`${name}: overhead ours/pdf-parse ${(ours.ms / base.ms).toFixed(2)}× the time; speed ours/pdf-parse ${(pps(ours) / pps(base)).toFixed(2)}× the pages/s (${ours.records} records)`);
    const marks = RSS_MARKS.filter((m) => m <= ours.pages);
    if (marks.length > 0) {
      const baseAt = marks.map((m) => ({ m, run: pdfChild(['pdf-parse', file, String(m)]) }));
      notes.push(`${name}: RSS when page N is done`);
      for (const { m, run } of baseAt) {
        const s = ours.samples?.find((x) => x.mark === m);
        const oursText = s ? `rss ${s.rssMB.toFixed(0)} MB (running max ${s.runningMaxMB.toFixed(0)} MB) at ${(s.ms / 1000).toFixed(1)} s` : 'no sample';
        notes.push(`  p${String(m).padEnd(4)} ours: ${oursText.padEnd(42)} pdf-parse getText({ first: ${m} }): peak ${run.maxRssMB.toFixed(0)} MB, ${run.ms.toFixed(0)} ms`);
      }
      notes.push(`  end   ours: ${`peak ${ours.maxRssMB.toFixed(0)} MB`.padEnd(42)} pdf-parse all ${base.pages} pages: peak ${base.maxRssMB.toFixed(0)} MB`);
    }
  }
  const head = ['file', 'pages', 'tool', 'ms', 'pages/s', 'peak RSS MB'];
  const cells = rows.map((r) => [r.file, String(r.pages), r.tool, r.ms.toFixed(0), (r.pages / (r.ms / 1000)).toFixed(1), r.maxRssMB === null ? '—' : r.maxRssMB.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => '  ' + c.map((x, i) => (i < 1 || i === 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const c of cells) console.log(line(c));
  if (!pdftotext) console.log('  pdftotext: not installed');
  else console.log('  (pdftotext: wall time of the process, start included; its RSS is not measured)');
  for (const n of notes) console.log(`  ${n}`);
}

// ---- where the time goes ------------------------------------------------------------------------
await benchBreakdown(root, [...pdfFiles.map((f) => join(root, f)), largest]);

// ---- batch ----------------------------------------------------------------------------------------
await benchBatch(root);
