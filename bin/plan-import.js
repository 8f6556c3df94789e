#!/usr/bin/env node
import { startPdfThread } from '../dist/extract/pdf/threaded-pages.js';

// One PDF named (the importer then reads it in this process): pdf.js's thread loads pdf.js while
// the rest of the importer loads here. (Several files go to worker threads, each with its own.)
if (process.argv.slice(2).filter((a) => /\.pdf$/i.test(a)).length === 1) startPdfThread();
const { run } = await import('../dist/cli/run.js');
const { reportStrayPdfjsRejections } = await import('../dist/cli/stray-rejections.js');

// `plan-import … | head`: the reader left; stop quietly instead of dying on EPIPE
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // a full disk or a closed terminal: one line, exit 1 (the outputs are not all written)
  process.stderr.write(`plan-import: error output/stdout-failed: cannot write to stdout (${e.code ?? e.message})\n`);
  process.exit(1);
});
reportStrayPdfjsRejections((line) => process.stderr.write(line));
process.exitCode = await run(process.argv.slice(2));
// Everything is written: end here, even if a file left something running (a stopped worker's
// blocked read), once stdout has flushed what it holds.
process.stdout.write('', (e) => {
  if (e && e.code !== 'EPIPE') {
    process.stderr.write(`plan-import: error output/stdout-failed: cannot write to stdout (${e.code ?? e.message})\n`);
    process.exit(1);
  }
  process.exit(process.exitCode);
});
