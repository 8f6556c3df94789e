// npm run bench — the figures quoted in the issue notes. Builds first (npm run build).
//   1. wall time of `plan-import SEED` as a user runs it (process start included), median of 7
//   2. the same import in-process, with and without the kuromoji tokenizer loaded, and peak RSS
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
console.log(`node ${process.version}, ${largest.slice(root.length)} (${(statSync(largest).size / 1024).toFixed(0)} KB)`);

const bare = median(Array.from({ length: RUNS }, () => wall(process.execPath, ['-e', ''])));
const cli = median(Array.from({ length: RUNS }, () => wall(process.execPath, [join(root, 'bin/plan-import.js'), largest])));
console.log(`wall, \`plan-import\` on the largest seed, process start included: ${cli.toFixed(0)} ms (median of ${RUNS}; bare \`node -e ''\` ${bare.toFixed(0)} ms)`);

const without = Array.from({ length: RUNS }, () => child([largest]));
const withTok = Array.from({ length: 3 }, () => child(['--tokenizer', largest]));
console.log(`in-process import without tokenizer: ${median(without.map((r) => r.ms)).toFixed(0)} ms, peak RSS ${median(without.map((r) => r.maxRssMB)).toFixed(0)} MB, ${without[0]!.records} records`);
console.log(`in-process import + kuromoji load + tokenizing every record (${withTok[0]!.tokens} tokens): ${median(withTok.map((r) => r.ms)).toFixed(0)} ms, peak RSS ${median(withTok.map((r) => r.maxRssMB)).toFixed(0)} MB`);

console.log('\nper seed, `plan-import FILE` wall time (median of 3):');
for (const f of seeds) {
  const ms = median(Array.from({ length: 3 }, () => wall(process.execPath, [join(root, 'bin/plan-import.js'), f])));
  console.log(`  ${f.slice(fixtures.length + 1).padEnd(70)} ${(statSync(f).size / 1024).toFixed(0).padStart(4)} KB  ${ms.toFixed(0)} ms`);
}
