import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cheapLoopback, documentParams, keepEnginePush, loadPdfjs } from '../src/extract/pdf/pdfjs.js';
import { pageTextItems } from '../src/extract/pdf/read-page.js';
import { comparePages, pdfsUnder } from '../scripts/operator-text-check.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

// Issue 14: a page's text is built from its operator list (operator-text.ts), one pdf.js pass
// instead of two. It must read as pdf.js's own getTextContent reads: every fixture PDF compared
// page by page (fonts embedded or not, Identity-V, TJ kerning, Chromium's and LibreOffice's prints).
describe('text items from the operator list', () => {
  it('are getTextContent’s items on every page of every fixture PDF', async () => {
    const files = pdfsUnder(FIXTURES);
    expect(files.length).toBeGreaterThan(50);
    let items = 0;
    const differing: string[] = [];
    for (const file of files) {
      const c = await comparePages(file);
      items += c.items;
      for (const d of c.differences) differing.push(`${file} p${d.page} item ${d.index}: ${d.textContent?.str} / ${d.operatorList?.str}`);
    }
    expect(differing).toEqual([]);
    expect(items).toBeGreaterThan(10_000);
  }, 120_000);

  it('keep the numbers a LibreOffice print wrote, where one line mixes Td and a single-precision Tm', async () => {
    // 木更津 pp10–14 by LibreOffice: `208.5 775.889 Tm` (kept as 775.8889770507812 by the operator
    // list) beside `56.8 775.889 Td` on the same line
    const c = await comparePages(join(FIXTURES, 'pdf-variants/kisarazu-p10-14.none.libreoffice.pdf'), 0);
    expect(c.items).toBeGreaterThan(1000);
    expect(c.differences).toEqual([]);
  });

  it('read vertical writing as vertical items', async () => {
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument(documentParams(new Uint8Array(readFileSync(join(FIXTURES, 'pdf/cjk-vertical-aokinmincho-identity-v-no-tounicode.pdf')))));
    const doc = await task.promise;
    keepEnginePush();
    cheapLoopback(task);
    const page = await doc.getPage(1);
    const items = (await pageTextItems(page, await page.getOperatorList(), pdfjs)).filter((i) => i.str.trim() !== '');
    await doc.destroy();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.vertical)).toBe(true);
    expect(items.some((i) => i.height > i.width * 2)).toBe(true);
  });
});
