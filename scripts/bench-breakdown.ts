// npm run bench, section 6 (`-- --only=breakdown` alone): where the time of an import goes. One
// import per file in its own process (scripts/bench-pdf-child.mjs breakdown), its phases timed by
// ImportOptions.clock; process start is a bare `node -e ''`, module load the import of the pipeline
// (pdf.js, zod, the profiles). The tokenizer's load is inside the phase that first needed it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IN_THREAD } from '../src/extract/pdf/threaded-pages.js';

interface Breakdown {
  ms: number;
  loadMs: number;
  importMs: number;
  writeMs: number;
  phases: Record<string, number>;
  tokenizerLoadMs: number;
  pages: number;
  maxRssMB: number;
}

export async function benchBreakdown(root: string, files: string[]): Promise<void> {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  const bare = performance.now() - t;
  console.log(`\nwhere the time goes (one run each, own process; process start = bare node ${bare.toFixed(0)} ms):`);
  for (const file of files.filter((f) => existsSync(f))) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/bench-pdf-child.mjs'), 'breakdown', file], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`breakdown ${file} failed:\n${r.stderr}`);
    const b = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Breakdown;
    const share = (ms: number) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / b.ms).toFixed(0).padStart(3)}%`;
    console.log(`  ${relative(root, file)}${b.pages ? ` (${b.pages} pages)` : ''}: ${b.ms.toFixed(0)} ms in process, peak RSS ${b.maxRssMB.toFixed(0)} MB`);
    console.log(`    ${share(b.loadMs)}  module load`);
    const phases = Object.entries(b.phases);
    const own = phases.filter(([phase]) => !phase.startsWith(IN_THREAD));
    for (const [phase, ms] of own) console.log(`    ${share(ms)}  ${phase}`);
    const other = b.importMs - own.reduce((a, [, x]) => a + x, 0);
    console.log(`    ${share(other)}  the rest of the import (reading the file, notes, page frames)`);
    console.log(`    ${share(b.writeMs)}  writing the JSON`);
    const beside = phases.filter(([phase]) => phase.startsWith(IN_THREAD));
    if (beside.length > 0) console.log(`    beside the above, in pdf.js's thread (its load overlapping the module load):`);
    for (const [phase, ms] of beside) console.log(`    ${share(ms)}  ${phase.slice(IN_THREAD.length)}`);
    console.log(`    (tokenizer load: ${b.tokenizerLoadMs.toFixed(0)} ms of the above${b.tokenizerLoadMs === 0 ? ', not needed' : ''})`);
  }
}
