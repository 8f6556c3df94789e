import { parentPort } from 'node:worker_threads';
import { importBytes, importFile } from '../pipeline.js';
import { describeFailure } from './batch.js';
import { noteCurrentFile, reportStrayPdfjsRejections } from './stray-rejections.js';
import type { Job, JobResult } from './worker-pool.js';

reportStrayPdfjsRejections((line) => process.stderr.write(line));

/** A batch worker: imports the files it is sent, one at a time, and posts back each document. */
parentPort?.on('message', async (job: Job) => {
  let result: JobResult;
  noteCurrentFile(job.path);
  try {
    const options = { municipality: job.municipality, profile: job.profile, keywords: job.keywords, ocr: job.ocr };
    const doc = job.path === '-' ? await importBytes('-', job.bytes ?? new Uint8Array(), options) : await importFile(job.path, options);
    result = { ok: true, doc };
  } catch (e) {
    result = { ok: false, error: describeFailure(e, job.path) };
  }
  parentPort!.postMessage(result);
});
