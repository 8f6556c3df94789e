import { UnreadableInputError } from '../source-text.js';
import { cheapLoopback, documentParams, keepEnginePush, loadPdfjs } from './pdfjs.js';
import { readPage } from './read-page.js';
import { type PhaseClock, timed } from '../../phase-clock.js';
import { findOversizedStreams, pageContents, STREAM_LIMIT_BYTES } from './stream-guard.js';
import type { PageContent } from './page-content.js';

/** What pdf.js gives of a document, in order: the document opened, then each page. */
export type PageEvent =
  | { kind: 'opened'; pages: number; metaTitle: string | null }
  | {
      kind: 'page';
      n: number;
      /** Refused before pdf.js decoded it: its content inflates past the limit (a flate bomb). */
      tooLarge: boolean;
      /** The page's size in points; null when pdf.js could not give the page. */
      width: number | null;
      height: number | null;
      /** Its text runs, rules and fills; null when it could not be read (`error` says why). */
      content: PageContent | null;
      error: string | null;
    };

/**
 * The pages whose content streams inflate past the limit. A stream that no page names as its
 * content (a form drawn on a page, a page object packed in an object stream) cannot be kept to
 * one page: the file is refused.
 */
async function pagesTooLarge(doc: { numPages: number; getPage(n: number): Promise<{ ref: { num: number; gen: number } | null }> }, bytes: Uint8Array, path: string): Promise<Set<number>> {
  const { objects, text } = findOversizedStreams(bytes);
  const pages = new Set<number>();
  if (objects.size === 0) return pages;
  const attributed = new Set<number>();
  for (let n = 1; n <= doc.numPages; n++) {
    const ref = (await doc.getPage(n)).ref;
    const contents = ref ? pageContents(text, ref.num, ref.gen) : null;
    for (const c of contents ?? []) {
      if (objects.has(c)) {
        pages.add(n);
        attributed.add(c);
      }
    }
  }
  if (attributed.size < objects.size) {
    throw new UnreadableInputError(path, 'pdf/too-large', `a stream of the file inflates past ${STREAM_LIMIT_BYTES / 2 ** 20} MiB and belongs to no single page: the file is not read`);
  }
  return pages;
}

/** More pages than any municipal book has (setagaya's budget book: 408). */
const MAX_PAGES = 20_000;

/**
 * Pages between two `doc.cleanup()`s. pdf.js keeps every font and parsed object of the document
 * until told otherwise, and parses the fonts again after each cleanup. The setagaya book's 408
 * pages (new fonts and images page after page) peak at 1.36 GB never cleaned, 449 MB cleaned every
 * 50 pages, 368 MB every 20 (bare pdf-parse: 916 MB); the 150-page 伊勢崎 rendering, whose pages
 * share their fonts, stays at ~160 MB either way and paid its fonts again seven times at 20.
 */
const CLEANUP_EVERY = 50;

/**
 * The document's pages as pdf.js reads them, one at a time (each page's fonts and operator list
 * released before the next). Where it fails to open, an UnreadableInputError; a page it cannot
 * read is given with its error and the others are read.
 */
export async function* pdfPages(path: string, bytes: Uint8Array, clock?: PhaseClock): AsyncGenerator<PageEvent> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(bytes));
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await timed(clock, 'pdf.js open', () => task.promise);
    keepEnginePush();
    cheapLoopback(task);
  } catch (e) {
    throw openError(path, e);
  }
  try {
    // a page tree that declares an impossible count (`/Count -1`, millions of pages) is a damaged file
    if (!Number.isInteger(doc.numPages) || doc.numPages < 0 || doc.numPages > MAX_PAGES) {
      throw new UnreadableInputError(path, 'extract/pdf-invalid', `the page tree declares ${doc.numPages} pages, which no PDF holds (damaged /Count)`);
    }
    if (doc.numPages === 0) throw new UnreadableInputError(path, 'extract/pdf-no-pages', 'the PDF has no pages');
    // pages whose content would inflate past the limit are refused before pdf.js decodes them
    const tooLarge = await timed(clock, 'flate-bomb guard, metadata', () => pagesTooLarge(doc, bytes, path));
    const metaTitle = await timed(clock, 'flate-bomb guard, metadata', () => doc.getMetadata())
      .then((m) => (m.info as { Title?: unknown } | undefined)?.Title ?? null)
      .catch(() => null);
    yield { kind: 'opened', pages: doc.numPages, metaTitle: typeof metaTitle === 'string' ? metaTitle : null };
    for (let n = 1; n <= doc.numPages; n++) {
      if (tooLarge.has(n)) {
        yield { kind: 'page', n, tooLarge: true, width: null, height: null, content: null, error: null };
        continue;
      }
      let page;
      let width: number | null = null;
      let height: number | null = null;
      let content: PageContent | null = null;
      let error: string | null = null;
      try {
        // a damaged page tree fails here, a damaged page's content in readPage: either way the
        // page is reported and the others are read
        page = await timed(clock, 'pdf.js page objects, cleanup', () => doc.getPage(n));
        ({ width, height } = page.getViewport({ scale: 1 }));
        content = await readPage(page, clock);
      } catch (e) {
        error = (e as Error).message;
      } finally {
        // Page by page: release the page's fonts and operator list before the next one.
        page?.cleanup();
      }
      if (n % CLEANUP_EVERY === 0) await timed(clock, 'pdf.js page objects, cleanup', () => doc.cleanup());
      yield { kind: 'page', n, tooLarge: false, width, height, content, error };
    }
  } finally {
    await doc.destroy();
  }
}

function openError(path: string, e: unknown): UnreadableInputError {
  const err = e as { name?: string; message?: string };
  if (err.name === 'PasswordException') {
    return new UnreadableInputError(path, 'extract/pdf-encrypted', 'the PDF is encrypted with a password: it cannot be read without it');
  }
  if (err.name === 'InvalidPDFException') {
    return new UnreadableInputError(path, 'extract/pdf-invalid', `not a readable PDF (${err.message ?? 'invalid structure'})`);
  }
  return new UnreadableInputError(path, 'extract/pdf-unreadable', `the PDF could not be opened (${err.message ?? String(e)})`);
}
