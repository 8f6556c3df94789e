import type { LayoutResult } from '../layout/layout-result.js';
import type { Diagnostic } from '../records/schema.js';

/**
 * Figures OCR reads one for another in a circled or plain item number: the closed curves of
 * 3, 5, 6, 8, 9 (刈谷's ③ and ⑤ read ⑧, by LibreOffice painted in black and white: 建設部's
 * `③市民の集まる機会を…`, 次世代育成部's `⑤児童発達支援センター…`).
 */
const CURVED = new Set([3, 5, 6, 8, 9]);

const alike = (a: number, b: number) => a !== b && CURVED.has(a) && CURVED.has(b);

/**
 * Item numbers of OCR'd pages that break their department's run where the number due is one OCR
 * reads alike: between p and p+2 the item is p+1; last in its run (the next item starts again at 1,
 * or another department's, or none follows) after p, it is p+1 too. A number that tells of an item
 * lost (1, 2, 4: no figure like 3's) is left as read. An item read with no number, a ring at its
 * head (RING_READ), takes the number due the same way. Each mended with an info note naming both.
 */
export function mendItemNumbers(layout: LayoutResult, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size) return notes;
  const rs = layout.records;
  rs.forEach((r, i) => {
    const [prev, next] = [rs[i - 1], rs[i + 1]];
    if (r.page === null || !ocrPages.has(r.page) || !prev || prev.number === null || prev.department !== r.department) return;
    const due = prev.number + 1;
    const runEnds = !next || next.department !== r.department || next.number === 1;
    if (!(runEnds || next.number === due + 1)) return;
    if (r.number !== null && alike(r.number, due)) {
      notes.push({ level: 'info', code: 'records/ocr-number-mended', message: `item 「${r.title.slice(0, 30)}」 read by OCR as number ${r.number} after ${prev.number}: taken as ${due} (OCR reads the two figures alike)`, file, page: r.page, line: r.line });
      r.number = due;
    }
    const ring = r.number === null ? RING_READ.exec(r.title) : null;
    if (ring) {
      notes.push({ level: 'info', code: 'records/ocr-number-mended', message: `item 「${r.title.slice(0, 30)}」 read by OCR with 「${ring[0]}」 where its number stands, after ${prev.number}: taken as ${due}`, file, page: r.page, line: r.line });
      r.number = due;
      r.title = r.title.slice(ring[0].length);
    }
  });
  return notes;
}

/**
 * A circled number read as a ring of another kind at the head of its item (刈谷 by Chromium in black
 * and white, p21: 都市公園部's ② read `の本市の魅力を…`; の opens no sentence; 伊勢崎's scans read ②
 * `の` and `@` in its sheets' number cells, layout/item-sheets.ts numberInSequence). Only where the
 * run leaves that number due.
 */
const RING_READ = /^[のO〇○@]/u;
