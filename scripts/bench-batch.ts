// The batch section of `npm run bench` (scripts/bench.ts; alone: `npm run bench -- --only=batch`):
// `plan-import DIR --out-dir OUT --jobs N -q` on the same 50 files with --jobs 1 and --jobs 2, each
// in its own process (scripts/bench-batch-child.mjs): wall time, speedup (the aim is ≥ 1.6× on two
// cores), peak RSS of the whole process (worker threads included), and whether both runs wrote the
// same bytes. Needs the built code (dist/); bench.ts builds first.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

export const DEFAULT_BATCH_FILES = 50;

/**
 * One round of the batch, in this order: PDFs of the rendered corpus (largest first) interleaved
 * with the text seeds, so that the big files are spread over the batch and not left at its end.
 * Rounds are repeated (file names prefixed 01-, 02-, …, which is also the order a directory is
 * read in) until there are 50 files; the last round is cut short (its two smallest PDFs fall off).
 * The 伊勢崎 PDFs (150 pages) are left out: one of them would dominate a batch of this size.
 */
const ROUND = [
  '../shared/corpus/rendered/kariya-r5-soshiki-juten-mokuhyo.chromium.pdf', // 25 pages
  'fixtures/bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt',
  '../shared/corpus/rendered/kuwana-r6-bukyoku-mokuhyo.chromium.pdf', // 25
  'fixtures/keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt',
  '../shared/corpus/rendered/kariya-r5-soshiki-juten-mokuhyo.libreoffice.pdf', // 24
  'fixtures/bukyoku-mokuhyo/kuwana-r6-bukyoku-mokuhyo/input.txt',
  '../shared/corpus/rendered/kuwana-r6-bukyoku-mokuhyo.libreoffice.pdf', // 23
  'fixtures/soshiki-juten-mokuhyo/kariya-r5-soshiki-juten-mokuhyo/input.txt',
  '../shared/corpus/rendered/kisarazu-r5-keiei-kaikaku-shinchoku.chromium.pdf', // 18
  'fixtures/gyokaku-kekka/isesaki-r2-r5-gyokaku-kekka/input.txt', // 331 KB, the largest text
  '../shared/corpus/rendered/kisarazu-r5-keiei-kaikaku-shinchoku.libreoffice.pdf', // 18
  '../shared/corpus/rendered/r6-bucho-mokuhyo-kekka.libreoffice.pdf', // 5
  '../shared/corpus/rendered/r6-bucho-mokuhyo-kekka.chromium.pdf', // 4
];

interface BatchRun {
  ms: number;
  maxRssMb: number;
  exit: number;
  cpuMs: number;
  stderr: string;
}

/** A text seed is named after its seed directory (…/kariya-r5-…/input.txt → kariya-r5-….txt). */
function nameOf(rel: string): string {
  return rel.endsWith('/input.txt') ? `${basename(rel.slice(0, -'/input.txt'.length))}.txt` : basename(rel);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function batchChild(root: string, dir: string, out: string, jobs: number): BatchRun & { load: number } {
  const load = loadavg()[0]!;
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-batch-child.mjs'), dir, out, String(jobs)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench-batch-child --jobs ${jobs} failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Omit<BatchRun, 'stderr'>;
  if (j.exit !== 0 && j.exit !== 1) throw new Error(`plan-import --jobs ${jobs} exited ${j.exit}:\n${r.stderr}`);
  return { ...j, stderr: r.stderr, load };
}

/**
 * The machine's own ceiling for this work: two independent processes, each converting half the
 * files with --jobs 1, started together; wall time until both end. No sharing between them at
 * all, so what --jobs 2 cannot beat.
 */
async function twoProcesses(root: string, halves: [string, string], outs: [string, string]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    halves.map(
      (dir, i) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [join(root, 'scripts/bench-batch-child.mjs'), dir, outs[i]!, '1'], { cwd: root, stdio: 'ignore' });
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`half ${i + 1} exited ${code}`))));
        }),
    ),
  );
  return performance.now() - t0;
}

/**
 * The real evaluation sheets of ../shared/corpus/real (one or two pages each, not the books), in
 * name order, repeated to make 500 files: the batch issue 14 measures.
 */
export function realSheets(root: string): string[] {
  const dir = join(root, '..', 'shared', 'corpus', 'real');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pdf') && !f.startsWith('book-'))
    .sort()
    .map((f) => relative(root, join(dir, f)));
}

export interface BatchOptions {
  /** The files of one round, relative to the project root. */
  round?: string[];
  count?: number;
  /** Also run the two-independent-processes reference. */
  ceiling?: boolean;
}

export async function benchBatch(root: string, options: BatchOptions = {}): Promise<void> {
  if (!existsSync(join(root, 'dist/cli/run.js'))) throw new Error('dist/cli/run.js is missing: run `npm run build` first');
  const shared = join(root, '..', 'shared');
  const notes: string[] = [];
  const ROUND_ = options.round ?? ROUND;
  const BATCH_FILES = options.count ?? DEFAULT_BATCH_FILES;
  const round = ROUND_.filter((rel) => existsSync(join(root, rel)));
  if (!existsSync(shared)) notes.push(`${shared} does not exist: text seeds (fixtures/) only, no PDFs`);
  else for (const rel of ROUND_.filter((r) => !round.includes(r))) notes.push(`${rel}: not found, left out`);
  if (round.length === 0) throw new Error('no input for the batch bench');

  const tmp = mkdtempSync(join(tmpdir(), 'plan-import-bench-batch-'));
  try {
    const dir = join(tmp, 'in');
    mkdirSync(dir);
    const picked = Array.from({ length: BATCH_FILES }, (_, i) => round[i % round.length]!);
    let bytes = 0;
    picked.forEach((rel, i) => {
      const target = join(dir, `${String(i + 1).padStart(String(BATCH_FILES).length, '0')}-${nameOf(rel)}`);
      copyFileSync(join(root, rel), target); // a copy: each file is read as a file of its own
      bytes += statSync(target).size;
    });
    const pdfs = picked.filter((r) => r.endsWith('.pdf')).length;

    const runs = [1, 2].map((jobs) => ({ jobs, out: join(tmp, `out-jobs${jobs}`), run: batchChild(root, dir, join(tmp, `out-jobs${jobs}`), jobs) }));
    const halves: [string, string] = [join(tmp, 'half1'), join(tmp, 'half2')];
    halves.forEach((h) => mkdirSync(h));
    readdirSync(dir).forEach((f, i) => copyFileSync(join(dir, f), join(halves[i % 2]!, f)));
    const ceiling = options.ceiling === false ? null : await twoProcesses(root, halves, [join(tmp, 'out-half1'), join(tmp, 'out-half2')]);

    // compare every output of the two runs, byte for byte
    const [a, b] = runs.map((r) => filesUnder(r.out)) as [string[], string[]];
    const differing = [...new Set([...a, ...b])].filter((f) => !a.includes(f) || !b.includes(f) || !readFileSync(join(runs[0]!.out, f)).equals(readFileSync(join(runs[1]!.out, f))));
    const identical = differing.length === 0 ? 'yes' : `no (${differing.length} differ: ${differing.slice(0, 3).join(', ')}${differing.length > 3 ? ', …' : ''})`;
    if (a.length !== BATCH_FILES) notes.push(`--jobs 1 wrote ${a.length} outputs, not ${BATCH_FILES}`);

    // pages of the PDFs, as the imports counted them (source.pages of the --jobs 1 outputs)
    let pages = 0;
    for (const f of a) {
      const doc = JSON.parse(readFileSync(join(runs[0]!.out, f), 'utf8')) as { source?: { mediaType?: string; pages?: number | null } };
      if (doc.source?.mediaType === 'application/pdf') pages += doc.source.pages ?? 0;
    }

    const one = runs[0]!.run;
    const two = runs[1]!.run;
    console.log(`\nbatch of ${picked.length} files (${pdfs} PDFs${pdfs > 0 ? `, ${pages} pages` : ''}, ${picked.length - pdfs} texts, ${(bytes / 1048576).toFixed(1)} MB; scripts/bench-batch-child.mjs, one process per run, peak RSS = resourceUsage().maxRSS, workers included):`);
    for (const { jobs, run } of runs) {
      const errs = run.stderr.split('\n').filter((l) => l.trim() !== '');
      const why = run.exit !== 0 ? ` (${errs.length} line(s) on stderr${errs[0] ? `, first: ${errs[0].slice(0, 120)}` : ''})` : '';
      const rate = pages > 0 ? `, ${(pages / (run.ms / 1000)).toFixed(1)} pages/s` : '';
      console.log(`  --jobs ${jobs}: ${(run.ms / 1000).toFixed(1)} s${rate}, peak RSS ${run.maxRssMb.toFixed(0)} MB, exit ${run.exit}${why}; CPU ${(run.cpuMs / 1000).toFixed(1)} s (all threads), load average ${run.load.toFixed(2)} at the start`);
    }
    console.log(`  speedup ${(one.ms / two.ms).toFixed(2)}× (aim ≥ 1.6×); outputs identical: ${identical}`);
    if (ceiling !== null) console.log(`  reference: two independent processes, half the files each, at once: ${(ceiling / 1000).toFixed(1)} s, ${(one.ms / ceiling).toFixed(2)}× --jobs 1 (what this machine gives two of these jobs)`);
    const busy = Math.max(...runs.map((r) => r.run.load));
    if (busy > 0.5) notes.push(`the machine was busy (load average up to ${busy.toFixed(2)} on ${availableParallelism()} cores before a run): other processes share the cores, and --jobs 2 suffers most`);
    for (const n of notes) console.log(`  ${n}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
