import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRendered, renderedCases, type RenderedComparison } from './rendered-cases.js';

/**
 * Each seed rendered to PDF by Chromium and by LibreOffice must import like the seed's text: same
 * records, titles and fields. Where it does not yet, the difference is listed in
 * pdf-rendered.known-differences.json (written by `npm run pdf-differences`): a difference not on
 * the list fails, and so does a listed one that is gone, so the list can only shrink.
 */
const known: Record<string, string[]> = JSON.parse(readFileSync(join(import.meta.dirname, 'pdf-rendered.known-differences.json'), 'utf8'));

describe.each(renderedCases())('$name', (c) => {
  let r: RenderedComparison;

  it.skipIf(!c.pdf)('imports with the family of its seed', async () => {
    r = await compareRendered(c);
    expect(r.pdf.layout).toBe(r.text.layout);
  }, 60_000);

  it.skipIf(!c.pdf)('gives the records of the text import, no more and no fewer (record F1 1.00)', () => {
    expect(r.pdfRecords).toBe(r.textRecords);
    expect(r.sameRecordList).toBe(true);
  });

  it.skipIf(!c.pdf)('gives every record a page, and the document its page count', () => {
    expect(r.pdf.source.pages).toBeGreaterThan(0);
    for (const rec of r.pdf.records) {
      expect(rec.page, `${rec.department} ${rec.number}`).toBeGreaterThanOrEqual(1);
      expect(rec.page!).toBeLessThanOrEqual(r.pdf.source.pages!);
    }
    const pages = r.pdf.records.map((x) => x.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it.skipIf(!c.pdf)('drops the running header and page numbers the renderer added', () => {
    const dropped = r.pdf.diagnostics.filter((d) => d.code === 'pdf/running-text-dropped');
    expect(dropped.length).toBeGreaterThan(0);
    expect(r.pdf.coverage?.unplaced ?? 0).toBe(0);
  });

  it.skipIf(!c.pdf)('leaves no word mark (a wrap or gap between Latin letters, decided per document) in its output', () => {
    expect(JSON.stringify(r.pdf)).not.toMatch(/[\u200B\u200C]/);
  });

  it.skipIf(!c.pdf)('agrees with the text import except for the listed differences', () => {
    const listed = known[c.name] ?? [];
    const fresh = r.differences.filter((d) => !listed.includes(d));
    const fixed = listed.filter((d) => !r.differences.includes(d));
    expect(fresh, 'new differences between the PDF and the text import').toEqual([]);
    expect(fixed, 'listed differences that are gone: run npm run pdf-differences').toEqual([]);
  });
});
