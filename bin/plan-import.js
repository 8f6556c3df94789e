#!/usr/bin/env node
import { run } from '../dist/cli/run.js';
import { reportStrayPdfjsRejections } from '../dist/cli/stray-rejections.js';

// `plan-import … | head`: the reader left; stop quietly instead of dying on EPIPE
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
reportStrayPdfjsRejections((line) => process.stderr.write(line));
process.exitCode = await run(process.argv.slice(2));
