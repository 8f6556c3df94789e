import { availableParallelism, totalmem } from 'node:os';
import { importBytes, importFile, type ImportOptions } from '../pipeline.js';
import { UnreadableInputError } from '../extract/source-text.js';
import type { PlanDocument } from '../records/schema.js';
import type { Input } from './inputs.js';
import { oneLine } from './errors.js';
import { noteCurrentFile } from './stray-rejections.js';
import { type Job, WorkerPool } from './worker-pool.js';

/**
 * Run the imports of a batch, in this process (`jobs` 1) or on worker threads, and hand each
 * outcome over in input order, as soon as it and every one before it are done. What a worker
 * returns is the same plain document the in-process import builds, so the output does not
 * depend on `jobs`.
 */
export interface BatchOptions {
  jobs: number;
  /** Seconds one file may take; the worker importing it is stopped after that. Implies workers. */
  timeoutSeconds?: number;
  import: Pick<ImportOptions, 'municipality' | 'profile' | 'trace' | 'keywords' | 'ocr'>;
  /** Bytes of `-` (stdin), read by the caller. */
  stdin?: Uint8Array;
  /** Called when a file starts (progress; tests use it to change the disk mid-batch). */
  onStart?: (input: Input, index: number) => void;
}

export type Outcome =
  | { input: Input; ok: true; doc: PlanDocument; ms: number }
  | { input: Input; ok: false; error: { code: string; message: string }; ms: number };

/** What one worker may take at its peak: pdf.js on a large book and the kuromoji dictionary (`npm run bench`). */
const WORKER_PEAK_BYTES = 600 * 1024 * 1024;

/** One job per core, as far as half the machine's memory holds that many workers at their peak. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 2 / WORKER_PEAK_BYTES)));
}

export async function runBatch(inputs: readonly Input[], options: BatchOptions, onOutcome: (o: Outcome, index: number) => void | Promise<void>): Promise<void> {
  const done = new Map<number, Outcome>();
  let next = 0;
  let flushing = Promise.resolve();
  const settle = (index: number, outcome: Outcome) => {
    done.set(index, outcome);
    flushing = flushing.then(async () => {
      while (done.has(next)) {
        const o = done.get(next)!;
        done.delete(next);
        await onOutcome(o, next++);
      }
    });
  };

  // --trace writes from inside the import, which a worker cannot: it keeps the files in this process
  // several files run on workers even one at a time: a file that exhausts memory then costs only
  // itself, never the outputs of the others
  const useWorkers = !options.import.trace && (inputs.length > 1 || options.timeoutSeconds !== undefined);
  if (!useWorkers) {
    for (let i = 0; i < inputs.length; i++) {
      options.onStart?.(inputs[i]!, i);
      settle(i, await importInProcess(inputs[i]!, options));
    }
    await flushing;
    return;
  }

  const pool = new WorkerPool(Math.max(1, Math.min(options.jobs, inputs.length)));
  try {
    await Promise.all(
      inputs.map(async (input, i) => {
        let t0 = 0;
        const job: Job = { path: input.path, bytes: input.path === '-' ? options.stdin : undefined, municipality: options.import.municipality, profile: options.import.profile, keywords: options.import.keywords, ocr: options.import.ocr };
        const result = await pool.run(
          job,
          options.timeoutSeconds,
          () => {
            t0 = performance.now();
            options.onStart?.(input, i);
          },
        );
        const ms = Math.round(performance.now() - t0);
        settle(i, result.ok ? { input, ok: true, doc: result.doc, ms } : { input, ok: false, error: result.error, ms });
      }),
    );
    await flushing;
  } finally {
    await pool.close();
  }
}

async function importInProcess(input: Input, options: BatchOptions): Promise<Outcome> {
  const t0 = performance.now();
  noteCurrentFile(input.path);
  try {
    const doc = input.path === '-' ? await importBytes('-', options.stdin ?? new Uint8Array(), options.import) : await importFile(input.path, options.import);
    return { input, ok: true, doc, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    return { input, ok: false, error: describeFailure(e, input.path), ms: Math.round(performance.now() - t0) };
  }
}

/** A failure as the summary line and `--report` show it: a code and a message without the path. */
export function describeFailure(e: unknown, path: string): { code: string; message: string } {
  if (e instanceof UnreadableInputError) return { code: e.code, message: e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message };
  return { code: 'internal', message: `the importer failed on this file: ${oneLine(e)}` };
}


