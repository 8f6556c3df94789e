// One measured batch conversion, in its own process so that its peak RSS is its own (worker
// threads share the process, so theirs is included):
//   node scripts/bench-batch-child.mjs DIR OUT_DIR JOBS
// runs what `plan-import DIR --out-dir OUT_DIR --jobs JOBS -q` runs (bin/plan-import.js: run() of
// dist/cli/run.js) and prints one line of JSON: {ms, maxRssMb, exit, cpuMs}. ms covers loading the
// code and the whole batch (outputs written, workers stopped); cpuMs is the user + system CPU time
// of the process, every thread (what the workers cost, apart from the wall time on a busy machine).
// The CLI's stdout is discarded (--out-dir writes nothing there anyway); its stderr (error lines;
// -q drops the per-file summaries) goes to this process's stderr, never to stdout.
// Runs the built code (dist/); `npm run build` first.
const [dir, outDir, jobs] = process.argv.slice(2);
if (!dir || !outDir || !jobs) {
  process.stderr.write('usage: bench-batch-child.mjs DIR OUT_DIR JOBS\n');
  process.exit(2);
}
const t0 = performance.now();
const { run } = await import('../dist/cli/run.js');
const exit = await run([dir, '--out-dir', outDir, '--jobs', jobs, '-q'], {
  stdout: () => {},
  stderr: (s) => process.stderr.write(s),
  stderrTTY: false,
});
const ms = performance.now() - t0;
const ru = process.resourceUsage();
process.stdout.write(JSON.stringify({ ms, maxRssMb: ru.maxRSS / 1024, exit, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000 }) + '\n');
