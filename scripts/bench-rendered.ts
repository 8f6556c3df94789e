// npm run bench:rendered -- BASE_CHECKOUT — import time of each ruled rendered seed
// (../shared/corpus/rendered) by this tree and by another checkout of the project (its own
// src/, run with this node_modules), alternating runs in one process so that both meet the same
// machine load: median of 5 each, and the ratio. Issue 13 asks that no ruled seed get more than 10 %
// slower.
//   git worktree add /tmp/base e215ac6 && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   npm run bench:rendered -- /tmp/base [--rounds=N] [--only=SUBSTRING]   (5 rounds, every ruled seed by default)
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Import = (path: string) => Promise<unknown>;
const base = process.argv.slice(2).find((a) => !a.startsWith('--'));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(option('rounds') ?? 5);
const only = option('only');
if (!base) {
  console.error('usage: bench-rendered.ts BASE_CHECKOUT');
  process.exit(2);
}
const here = resolve(import.meta.dirname, '..');
const load = async (root: string) => ((await import(join(resolve(root), 'src/pipeline.ts'))) as { importFile: Import }).importFile;
const ours = await load(here);
const theirs = await load(base);
const dir = resolve(here, '../shared/corpus/rendered');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf') && (!only || f.includes(only))).sort();
await ours(join(dir, files[0]!));
await theirs(join(dir, files[0]!));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let worst = 0;
for (const f of files) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [fn, out] of [[theirs, b], [ours, a]] as const) {
      const t = performance.now();
      await fn(join(dir, f));
      out.push(performance.now() - t);
    }
  }
  const ratio = median(a) / median(b);
  worst = Math.max(worst, ratio);
  console.log(`${f.padEnd(56)} base ${median(b).toFixed(0).padStart(6)} ms  now ${median(a).toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}`);
}
console.log(`worst ratio ${worst.toFixed(2)}`);
