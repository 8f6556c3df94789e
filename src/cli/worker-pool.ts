import { oneLine } from './errors.js';
import { Worker } from 'node:worker_threads';
import type { Profile } from '../profiles/profile-schema.js';
import type { PlanDocument } from '../records/schema.js';
import type { OcrMode } from '../extract/pdf/read-pdf.js';
import { workerExecArgv, workerModuleUrl } from '../worker-url.js';

/** One file for a worker: its path, or its bytes for stdin. */
export interface Job {
  path: string;
  bytes?: Uint8Array;
  municipality?: string;
  profile?: Profile;
  keywords?: boolean;
  ocr?: OcrMode;
}

export type JobResult = { ok: true; doc: PlanDocument } | { ok: false; error: { code: string; message: string } };

/**
 * Worker threads that import one file at a time. A worker that takes longer than the timeout, or
 * dies (out of memory, a crash inside a library), is replaced, and only its file fails.
 */
/**
 * The heap one import may use: our largest PDF (408 pages) peaks at ~550 MB of memory in all.
 * PLAN_IMPORT_WORKER_HEAP_MB sets another limit (a CI runner with little memory).
 */
export const WORKER_HEAP_MB = Number(process.env.PLAN_IMPORT_WORKER_HEAP_MB) > 0 ? Number(process.env.PLAN_IMPORT_WORKER_HEAP_MB) : 1024;

export class WorkerPool {
  private idle: Worker[] = [];
  private all = new Set<Worker>();
  private waiting: ((w: Worker) => void)[] = [];

  constructor(private readonly size: number) {}

  async run(job: Job, timeoutSeconds: number | undefined, onStart: () => void): Promise<JobResult> {
    const worker = await this.acquire();
    onStart();
    return new Promise<JobResult>((resolve) => {
      let settled = false;
      const finish = (result: JobResult, healthy: boolean) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (healthy) this.release(worker);
        else this.replace(worker);
        resolve(result);
      };
      const onMessage = (m: JobResult) => finish(m, true);
      const onError = (e: Error) =>
        finish(
          (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, error: { code: 'input/out-of-memory', message: `importing this file needed more than ${WORKER_HEAP_MB} MB: it was stopped, the other files go on` } }
            : { ok: false, error: { code: 'internal', message: `the importer's worker failed on this file: ${oneLine(e)}` } },
          false,
        );
      const onExit = (code: number) => finish({ ok: false, error: { code: 'internal', message: `the importer's worker stopped (exit code ${code}) on this file` } }, false);
      const timer =
        timeoutSeconds !== undefined
          ? setTimeout(() => finish({ ok: false, error: { code: 'input/timeout', message: `not imported within ${timeoutSeconds} s: stopped` } }, false), timeoutSeconds * 1000)
          : null;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle = [];
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.all.size < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(w);
    else this.idle.push(w);
  }

  private replace(w: Worker): void {
    this.all.delete(w);
    void w.terminate();
    const waiter = this.waiting.shift();
    if (waiter) waiter(this.spawn());
  }

  private spawn(): Worker {
    // a file that outgrows the heap ends its worker, not the batch (ERR_WORKER_OUT_OF_MEMORY)
    const w = new Worker(workerModuleUrl(import.meta.url, 'worker'), { execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.all.add(w);
    return w;
  }
}
