import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UnreadableInputError } from '../extract/source-text.js';
import type { OcrMode } from '../extract/pdf/read-pdf.js';
import { inspectFile, PageRangeError, parsePages } from '../inspect/collect.js';
import { inspectionHtml } from '../inspect/html.js';
import { loadProfileFile } from '../profiles/load-profiles.js';
import { oneLine } from './errors.js';

export interface InspectCliOptions {
  pages?: string;
  output?: string;
  profile?: string;
  ocr: OcrMode;
}

export interface InspectIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** `a/b/plan.pdf` → `plan.inspect.html` in the working directory. */
export function defaultInspectName(file: string): string {
  return `${basename(file, extname(file))}.inspect.html`;
}

/** `plan-import inspect FILE`: 0 written, 1 the file could not be read or the page not written, 2 a bad option. */
export async function runInspect(file: string, o: InspectCliOptions, io: InspectIo): Promise<number> {
  let pages: Set<number> | null = null;
  try {
    if (o.pages) pages = parsePages(o.pages);
  } catch (e) {
    if (e instanceof PageRangeError) {
      io.stderr(`plan-import: inspect: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const profile = o.profile ? loadProfileFile(o.profile) : undefined;
  let html: string;
  let summary: string;
  try {
    const insp = await inspectFile(file, { pages, ocr: o.ocr, profile });
    const missing = pages ? [...pages].filter((p) => insp.doc.source.pages === null || p > insp.doc.source.pages) : [];
    if (pages && insp.doc.source.mediaType !== 'application/pdf') io.stderr(`${file}: note inspect/pages-ignored: --pages applies to PDF input; a text extraction is shown whole\n`);
    else if (missing.length > 0) io.stderr(`${file}: warning inspect/no-such-page: the document has ${insp.doc.source.pages} pages; not drawn: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}\n`);
    html = inspectionHtml(insp);
    const unplaced = insp.attribution.regions.filter((r) => r.claim === 'unplaced').length;
    summary = `${insp.doc.records.length} records, ${insp.pages.length} pages drawn, ${unplaced} unplaced regions, ${insp.doc.diagnostics.length} diagnostics`;
  } catch (e) {
    if (e instanceof UnreadableInputError) {
      io.stderr(`${file}: error ${e.code}: ${e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message}\n`);
      return 1;
    }
    io.stderr(`${file}: error inspect/failed: ${oneLine(e)}\n`);
    return 1;
  }
  const out = o.output ?? defaultInspectName(file);
  if (out === '-') {
    io.stdout(html);
    return 0;
  }
  try {
    await writeFile(out, html);
  } catch (e) {
    io.stderr(`${out}: error output/write-failed: cannot write the inspection (${(e as NodeJS.ErrnoException).code ?? oneLine(e)})\n`);
    return 1;
  }
  io.stderr(`${file}: ${summary} → ${out} (${Math.round(Buffer.byteLength(html) / 1024)} KB)\n`);
  return 0;
}
