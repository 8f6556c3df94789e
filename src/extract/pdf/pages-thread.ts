import { parentPort } from 'node:worker_threads';
import { UnreadableInputError } from '../source-text.js';
import { pdfPages } from './pdf-pages.js';
import { loadPdfjsWithCore } from './pdfjs.js';
import type { PagesReply, PagesRequest } from './threaded-pages.js';

/**
 * The thread that reads PDFs with pdf.js for the main thread (threaded-pages.ts): each document's
 * pages in order, at most AHEAD pages ahead of the page the main thread last took, so that a
 * long document's pages do not pile up in memory while its tables are built.
 */
const AHEAD = 4;
const port = parentPort!;
const reading = new Map<number, { taken: number; stopped: boolean; wake: (() => void) | null }>();

// A rejection nothing here awaits (pdf.js's, after a damaged document was read) would end the
// thread: it goes to the main thread, which treats it as one of its own (cli/stray-rejections.ts).
process.on('unhandledRejection', (reason) => {
  const e = reason instanceof Error ? reason : new Error(String(reason));
  port.postMessage({ id: null, kind: 'stray', name: e.name, message: e.message, stack: e.stack ?? '' } satisfies PagesReply);
});

void loadPdfjsWithCore();

port.on('message', (m: PagesRequest) => {
  if (m.kind === 'read') {
    void read(m.id, m.path, m.bytes, m.timing);
    return;
  }
  const state = reading.get(m.id);
  if (!state) return;
  if (m.kind === 'taken') state.taken = m.page;
  else state.stopped = true;
  state.wake?.();
});

async function read(id: number, path: string, bytes: Uint8Array, timing: boolean): Promise<void> {
  const clock = timing ? new Map<string, number>() : undefined;
  const state = { taken: 0, stopped: false, wake: null as (() => void) | null };
  reading.set(id, state);
  const reply = (r: PagesReply) => port.postMessage(r);
  try {
    for await (const event of pdfPages(path, bytes, clock)) {
      if (state.stopped) break;
      reply({ id, kind: 'event', event });
      if (event.kind !== 'page') continue;
      while (!state.stopped && event.n - state.taken >= AHEAD) await new Promise<void>((wake) => (state.wake = wake));
      state.wake = null;
    }
    reply({ id, kind: 'done', phases: clock ? [...clock] : [] });
  } catch (e) {
    const prefix = `${path}: `;
    const message = (e as Error).message ?? String(e);
    reply({
      id,
      kind: 'failed',
      code: e instanceof UnreadableInputError ? e.code : 'extract/pdf-unreadable',
      message: message.startsWith(prefix) ? message.slice(prefix.length) : `the PDF could not be read (${message})`,
    });
  } finally {
    reading.delete(id);
  }
}
