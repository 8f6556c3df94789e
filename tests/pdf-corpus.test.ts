import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, type PdfText } from '../src/extract/pdf/read-pdf.js';
import { toSourceLines } from '../src/extract/pdf/to-source-lines.js';
import { lexLines } from '../src/lex/lexed-line.js';
import { corpusCases } from './pdf-corpus.cases.js';

/**
 * The real PDFs of ../shared/corpus/pdf (municipal budget books, council vote tables, CJK encoding
 * cases from the pdf.js and pdfminer test suites): the Japanese a reader sees on each page must come
 * out of the text layer, or the pages that have none must be reported. The expected strings were
 * read off rendered pages (tests/pdf-corpus.cases.ts says how), not taken from this importer.
 * The freely licensed encoding cases are also copied to fixtures/pdf/ so the test runs without
 * ../shared; the others are skipped there.
 */
const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pdf');
const LOCAL = join(import.meta.dirname, '..', 'fixtures', 'pdf');

function locate(file: string): string | null {
  for (const dir of [SHARED, LOCAL]) if (existsSync(join(dir, file))) return join(dir, file);
  return null;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe.each(corpusCases)('$file', (c) => {
  const path = locate(c.file);
  let pdf: PdfText;
  let pageText: Map<number, string>;

  it.skipIf(!path)('opens, with its page count', async () => {
    // the text layers as the PDF has them: a page without one is reported, not read by OCR (tests/ocr.test.ts)
    pdf = await readPdf(path!, readFileSync(path!), { ocr: 'never' });
    expect(pdf.pages).toBe(c.pages);
    pageText = new Map();
    for (const l of lexLines(toSourceLines(pdf.blocks, 'rows'))) {
      pageText.set(l.page!, (pageText.get(l.page!) ?? '') + squash(l.cells.join('')));
    }
    // the 408-page setagaya book takes 24 s on a quiet machine, and twice that beside other work
  }, 120_000);

  it.skipIf(!path || c.expect.length === 0 || !!c.undecodable)('gives the Japanese a reader sees on the page (or names it as a dropped running header)', () => {
    // A title repeated at the top of every page is a running header: it leaves the text but is
    // quoted, with its pages, in a pdf/running-text-dropped note.
    const dropped = pdf.notes.filter((n) => n.code === 'pdf/running-text-dropped').map((n) => squash(n.message));
    const missing = c.expect.filter((e) => !(pageText.get(e.page) ?? '').includes(squash(e.text)) && !dropped.some((d) => d.includes(squash(e.text))));
    expect(missing, c.why).toEqual([]);
  });

  it.skipIf(!path || !c.undecodable)('says which pages pdf.js cannot decode, instead of returning wrong text silently', () => {
    const notes = pdf.notes.filter((n) => n.code === c.undecodable!.code);
    expect(notes.map((n) => n.page)).toEqual(c.undecodable!.pages);
    expect(notes.every((n) => n.level === 'error')).toBe(true);
  });

  it.skipIf(!path || !c.reject?.length)('folds what only looks right (vertical forms, radicals, compatibility ideographs)', () => {
    const found = (c.reject ?? []).filter((e) => (pageText.get(e.page) ?? '').includes(e.text));
    expect(found).toEqual([]);
  });

  it.skipIf(!path || !c.noTextPages?.length)('reports the pages without a text layer, by number', () => {
    const note = pdf.notes.find((n) => n.code === 'pdf/no-text-layer');
    expect(note, 'a pdf/no-text-layer diagnostic').toBeDefined();
    expect(note!.level).toBe('error');
    for (const p of c.noTextPages ?? []) expect(pageText.get(p) ?? '').toBe('');
    const listed = c.noTextPages!.length > 1 ? `${c.noTextPages![0]}–${c.noTextPages!.at(-1)}` : `${c.noTextPages![0]}`;
    expect(note!.message).toContain(listed);
    // (it had said `pages 1–2 have a text layer`: what the pages lack)
    expect(note!.message).toMatch(new RegExp(`pages? ${listed} ha(?:s|ve) no text layer`));
  });
});
