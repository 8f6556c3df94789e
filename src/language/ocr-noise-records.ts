import type { LayoutResult } from '../layout/layout-result.js';
import type { Diagnostic } from '../records/schema.js';
import { labelRole } from '../vocabulary/index.js';

/** A Japanese word has one character of these at least; a title without any is no plan's item. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Records of OCR'd pages that are what a scan left of a table's furniture, not items: a title of
 * Latin letters, digits and marks only (`mmm 0`, `AMN`, `((NNN`: the dotted fill of 刈谷's header
 * rows scanned in black and white) or a header label read as a row (`取組内容`, its row's other
 * labels misread). Dropped, each with a warning naming the text: nothing goes silently.
 */
export function dropOcrNoiseRecords(layout: LayoutResult, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size) return notes;
  layout.records = layout.records.filter((r) => {
    if (r.page === null || !ocrPages.has(r.page)) return true;
    const title = r.title.trim();
    const why = !JAPANESE.test(title) ? 'no Japanese word in it' : labelRole(title) !== null ? 'a header label, read as a row' : null;
    if (why === null) return true;
    notes.push({ level: 'warning', code: 'records/ocr-noise', message: `a record read by OCR titled 「${title}」 (${why}) is not taken: what the scan left of a rule or a fill`, file, page: r.page, line: r.line });
    return false;
  });
  return notes;
}
