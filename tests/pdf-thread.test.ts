import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PageEvent, pdfPages } from '../src/extract/pdf/pdf-pages.js';
import { readPages } from '../src/extract/pdf/threaded-pages.js';
import { UnreadableInputError } from '../src/extract/source-text.js';

// Issue 14: pdf.js reads a PDF's pages in a thread of its own (pages-thread.ts) while the main
// thread builds the pages' tables; what crosses must be what pdf.js in this thread gives.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf-variants');
const TEN_PAGES = join(FIXTURES, 'kisarazu-p10-14.grid.libreoffice.pdf');
const FIVE_PAGES = join(FIXTURES, 'kariya-p6-9.none.chromium.pdf');

async function all(events: AsyncIterable<PageEvent>): Promise<PageEvent[]> {
  const out: PageEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

// (fonts are named after the document pdf.js opened them in: g_d0_f1, then g_d1_f1)
const unnumbered = (events: PageEvent[]) => JSON.stringify(events).replace(/g_d\d+_/g, 'g_');

async function failure(events: AsyncIterable<PageEvent>): Promise<unknown> {
  try {
    await all(events);
  } catch (e) {
    return e;
  }
  return null;
}

describe("pdf.js's own thread", () => {
  it('reads the pages there: pdf.js’s core is never loaded in this thread', async () => {
    const events = await all(readPages(TEN_PAGES, readFileSync(TEN_PAGES)));
    expect(events.filter((e) => e.kind === 'page')).toHaveLength(10);
    // pdf.worker.mjs sets this global where it loads (pdf.js's fake worker would load it here)
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });

  it('gives every page as pdf.js in this thread gives it, past the pages it reads ahead', async () => {
    const bytes = readFileSync(TEN_PAGES);
    const threaded = await all(readPages(TEN_PAGES, bytes));
    const here = await all(pdfPages(TEN_PAGES, new Uint8Array(bytes)));
    expect(here.filter((e) => e.kind === 'page' && e.content && e.content.runs.length > 0)).toHaveLength(10);
    expect(unnumbered(threaded)).toBe(unnumbered(here));
  });

  it('leaves a document the reader stopped reading, and reads the next one whole', async () => {
    for await (const e of readPages(TEN_PAGES, readFileSync(TEN_PAGES))) if (e.kind === 'page') break;
    const bytes = readFileSync(FIVE_PAGES);
    const [threaded, here] = [await all(readPages(FIVE_PAGES, bytes)), await all(pdfPages(FIVE_PAGES, new Uint8Array(bytes)))];
    expect(threaded.filter((e) => e.kind === 'page')).toHaveLength(5);
    expect(unnumbered(threaded)).toBe(unnumbered(here));
  });

  it('fails a file that is no PDF with the error pdf.js in this thread gives, naming the file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nnot a PDF past its first line\n');
    const [threaded, here] = [await failure(readPages('broken.pdf', bytes)), await failure(pdfPages('broken.pdf', bytes))];
    expect(threaded).toBeInstanceOf(UnreadableInputError);
    expect(here).toBeInstanceOf(UnreadableInputError);
    expect((threaded as UnreadableInputError).code).toBe((here as UnreadableInputError).code);
    expect((threaded as Error).message).toBe((here as Error).message);
    expect((threaded as Error).message).toMatch(/^broken\.pdf: /);
  });
});
