import { isMainThread, Worker } from 'node:worker_threads';
import { UnreadableInputError } from '../source-text.js';
import type { PageEvent } from './pdf-pages.js';
import { type PhaseClock, timed } from '../../phase-clock.js';
import { workerExecArgv, workerModuleUrl } from '../../worker-url.js';

/** Main thread → pdf.js's thread: read a document; the main thread took page `page`; stop reading. */
export type PagesRequest =
  | { kind: 'read'; id: number; path: string; bytes: Uint8Array; timing: boolean }
  | { kind: 'taken'; id: number; page: number }
  | { kind: 'stop'; id: number };

/** pdf.js's thread → main thread, per document: its events, then done (with its phases' time) or failed. */
export type PagesReply =
  | { id: number; kind: 'event'; event: PageEvent }
  | { id: number; kind: 'done'; phases: [string, number][] }
  | { id: number; kind: 'failed'; code: string; message: string }
  | { id: null; kind: 'stray'; name: string; message: string; stack: string };

interface Reading {
  replies: Exclude<PagesReply, { kind: 'stray' }>[];
  wake: (() => void) | null;
}

interface PagesThread {
  worker: Worker;
  reading: Map<number, Reading>;
}

let thread: PagesThread | null = null;

/** The phases pdf.js's thread timed, as the main thread's clock holds them (npm run bench: they run beside the main thread's). */
export const IN_THREAD = "in pdf.js's thread: ";
/** The main thread's time with nothing to do but wait for the next page. */
const WAITING = "waiting for pdf.js's thread";
let nextId = 1;

/**
 * The process's pdf.js thread (pages-thread.ts), started at the first PDF. Null where a thread
 * cannot start, or with PLAN_IMPORT_PDF_THREAD=0 (pdf.js then reads in this thread); null too in
 * a batch's workers (cli/worker-pool.ts), which keep the cores busy with files of their own: there
 * a thread each only cost time (46 small PDFs, --jobs 1: 3.45–3.84 s against 3.09–3.59 s).
 */
function pagesThread(): PagesThread | null {
  if (thread) return thread;
  if (process.env.PLAN_IMPORT_PDF_THREAD === '0' || !isMainThread) return null;
  let worker: Worker;
  try {
    worker = new Worker(workerModuleUrl(import.meta.url, 'pages-thread'), { execArgv: workerExecArgv() });
  } catch {
    return null;
  }
  // held only while a document is being read: an idle thread does not keep the process alive
  worker.unref();
  const t: PagesThread = { worker, reading: new Map() };
  worker.on('message', (r: PagesReply) => {
    if (r.kind === 'stray') {
      // a rejection the thread left unhandled: this thread's handlers see it as their own
      const e = Object.assign(new Error(r.message), { name: r.name, stack: r.stack });
      process.emit('unhandledRejection', e, Promise.resolve());
      return;
    }
    const reading = t.reading.get(r.id);
    if (!reading) return;
    reading.replies.push(r);
    reading.wake?.();
  });
  // a thread that stops (out of memory, a crash pdf.js did not catch) fails the documents it was
  // reading; the next document starts another
  const stopped = (code: string, message: string) => {
    if (thread === t) thread = null;
    for (const [id, reading] of t.reading) {
      reading.replies.push({ id, kind: 'failed', code, message });
      reading.wake?.();
    }
  };
  worker.on('error', (e: Error & { code?: string }) =>
    e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? stopped('input/out-of-memory', 'reading this PDF ran out of memory: it was stopped')
      : stopped('extract/pdf-unreadable', `the PDF could not be read: pdf.js's thread stopped (${e.message})`),
  );
  worker.on('exit', (code) => stopped('extract/pdf-unreadable', `the PDF could not be read: pdf.js's thread stopped (exit code ${code})`));
  thread = t;
  return t;
}

/**
 * Starts pdf.js's thread now, so that it loads pdf.js while the main thread loads the rest of the
 * importer (bin/plan-import.js, when a PDF is named on the command line).
 */
export function startPdfThread(): void {
  pagesThread();
}

/**
 * The document's pages as pdfPages gives them, read by pdf.js in a thread of its own: on two cores
 * pdf.js parses the next pages while this thread builds the last one's tables, so that our geometry
 * (~360 ms of the 150-page 伊勢崎 rendering) and our modules' load are not added to pdf.js's time
 * (issue 14: wall time against bare pdf-parse). Only the pages' text runs, rules and fills cross.
 * Where no thread can run, pdfPages in this thread.
 */
export async function* readPages(path: string, bytes: Uint8Array, clock?: PhaseClock): AsyncGenerator<PageEvent> {
  const t = pagesThread();
  if (!t) {
    // (loaded here only: this module is loaded before the others to start the thread early)
    const { pdfPages } = await import('./pdf-pages.js');
    yield* pdfPages(path, bytes, clock);
    return;
  }
  const id = nextId++;
  const reading: Reading = { replies: [], wake: null };
  t.reading.set(id, reading);
  if (t.reading.size === 1) t.worker.ref();
  let finished = false;
  try {
    // (a copy: the caller keeps its bytes)
    const copy = new Uint8Array(bytes);
    t.worker.postMessage({ kind: 'read', id, path, bytes: copy, timing: clock !== undefined } satisfies PagesRequest, [copy.buffer]);
    for (;;) {
      if (reading.replies.length === 0) await timed(clock, WAITING, () => new Promise<void>((wake) => (reading.wake = wake)));
      reading.wake = null;
      const r = reading.replies.shift()!;
      if (r.kind === 'failed') {
        finished = true;
        throw new UnreadableInputError(path, r.code, r.message);
      }
      if (r.kind === 'done') {
        finished = true;
        for (const [phase, ms] of r.phases) clock?.set(IN_THREAD + phase, (clock.get(IN_THREAD + phase) ?? 0) + ms);
        return;
      }
      yield r.event;
      if (r.event.kind === 'page') t.worker.postMessage({ kind: 'taken', id, page: r.event.n } satisfies PagesRequest);
    }
  } finally {
    // the caller stopped early (an error of its own): the thread stops reading this document
    if (!finished) t.worker.postMessage({ kind: 'stop', id } satisfies PagesRequest);
    t.reading.delete(id);
    if (t.reading.size === 0) t.worker.unref();
  }
}
