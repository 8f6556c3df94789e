// Running headers, footers and page numbers (src/extract/pdf/furniture.ts).
import { describe, expect, it } from 'vitest';
import { findFurniture, type PageFrame } from '../src/extract/pdf/furniture.js';
import type { PdfBlock } from '../src/extract/pdf/page-blocks.js';

/** A free line of text at `top` (points) on a page 842 pt tall, as the page reader gives it. */
const line = (text: string, top: number) => ({ kind: 'text', top, bottom: top + 10, line: { text, size: 10.5, fragments: [text] } }) as unknown as PdfBlock;
const page = (n: number, ...blocks: PdfBlock[]): PageFrame => ({ page: n, height: 842, blocks: [line('令和5年度刈谷市組織重点目標の本文', 300), ...blocks] });

// 刈谷 printed by LibreOffice (../shared/corpus/rendered/kariya-r5-soshiki-juten-mokuhyo.libreoffice.pdf),
// scanned at 300 dpi (scripts/make-scanned.ts, JPEG 75): the page numbers `- 14 -` and `- 12 -` as
// Tesseract read them under the page's table. Page 14's, taken for text, stood between the table's
// row broken at the page's foot and its last line on page 15 (…を導入 / します。), which became a record.
describe('page numbers a scan misread', () => {
  it("are the page's own number with a mark or two beside it", () => {
    const pages = [page(14, line('14 回', 800)), page(12, line('12-', 805))];
    const { dropped } = findFurniture(pages);
    expect(pages.map((p) => dropped.get(p.blocks[1]!))).toEqual(['page number', 'page number']);
  });

  it('are not another number, nor a phrase with the page\'s number in it, nor text in the body', () => {
    const pages = [page(13, line('14 回', 800)), page(14, line('開催数14回', 800)), page(15, line('15 回', 400))];
    const { dropped } = findFurniture(pages);
    expect(pages.map((p) => dropped.get(p.blocks[1]!))).toEqual([undefined, undefined, undefined]);
  });
});
