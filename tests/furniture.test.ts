// Running headers, footers and page numbers (src/extract/pdf/furniture.ts).
import { describe, expect, it } from 'vitest';
import { findFurniture, type PageFrame } from '../src/extract/pdf/furniture.js';
import type { PdfBlock } from '../src/extract/pdf/page-blocks.js';
import { join } from 'node:path';
import { sourceFromTextBytes } from '../src/extract/source-text.js';
import { lexLines } from '../src/lex/lexed-line.js';
import { importFile } from '../src/pipeline.js';
import { detectProfile } from '../src/profiles/detect-profile.js';
import { builtinProfiles, genericProfile } from '../src/profiles/load-profiles.js';
import { FIXTURES } from './helpers.js';

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

// The same scan's pages 21–23 (boxes as Tesseract gave them, in points): page 22's `- 22 -` read
// `ー ウジ ー` in a sliver of a box, which opened a record of its own (title ウジ) after 水資源部's last goal.
describe('stop 64: a page number a scan read past telling', () => {
  const at = (text: string, x0: number, x1: number, top: number, bottom: number, size: number) =>
    ({ kind: 'text', top, bottom, line: { text, size, x0, x1, top, bottom, fragments: text.split(' ') } }) as unknown as PdfBlock;
  const folio = (n: number) => at(`- ${n} -`, 287.5, 308.6, 810.4, 815.8, 4.6);

  it('is dropped where it stands as the other pages\' page numbers stand', () => {
    const pages = [page(21, folio(21)), page(22, at('ー ウジ ー', 287.5, 308.4, 812.3, 812.8, 0.53)), page(23, folio(23))];
    const { dropped } = findFurniture(pages);
    expect(pages.map((p) => dropped.get(p.blocks[1]!))).toEqual(['page number', 'page number', 'page number']);
  });

  it('is kept where it stands elsewhere, says more, or the page has its number already', () => {
    const pages = [
      page(20, folio(20), at('以上', 287.5, 308.4, 790, 800, 9)),
      page(21, folio(21)),
      page(22, at('ー ウジ ー', 60, 81, 812.3, 812.8, 0.53)),
      page(23, at('財源の確保を図ります。', 288, 390, 810.4, 815.8, 9)),
      page(24, folio(24), at('ウジ', 287.5, 308.4, 812.3, 812.8, 0.53)),
    ];
    const { dropped } = findFurniture(pages);
    expect(pages.map((p) => p.blocks.slice(1).map((b) => dropped.get(b) ?? 'kept'))).toEqual([
      ['page number', 'kept'],
      ['page number'],
      ['kept'],
      ['kept'],
      ['page number', 'kept'],
    ]);
  });
});

// 桑名 printed by Chromium (../shared/corpus/rendered/kuwana-r6-bukyoku-mokuhyo.chromium.pdf), painted in black and white
// (scripts/make-scanned.ts --raster mono) and read by OCR (Tesseract 5 jpn, stop 78's run before this rule): its running
// head 桑名市 部長会議資料 as read at the top of its pages, in page order (each then ran into the last cell before it).
describe('stop 78: running text OCR read a character otherwise on each page', () => {
  const heads = ['系名市部長会議資料', '薬名市部長会議資料', '楽名市部長会議資料', '落名市部長会議資料', '桑名部長会議資料', '薬名市部長会議資料', '馬名市部長会議資料', '桑名市部長会議各', '薬名市部長会議資料', '和名市部長会議資', '馬名市部長会議資料', '桑名市部長会議資泊', '革名市部長会議次'];
  const pages = () => heads.map((h, i) => page(i + 1, line(h, 20)));
  it('is running text on pages read by OCR, a reading one character from another counting its pages', () => {
    const ps = pages();
    const { dropped } = findFurniture(ps, new Set(ps.map((p) => p.page)));
    const kept = ps.filter((p) => !dropped.has(p.blocks[1]!)).map((p) => (p.blocks[1] as PdfBlock & { kind: 'text' }).line.text);
    // (two readings, each a character short, are a misreading of one other reading only, 和名市部長会議資: two pages of
    // the four, 30 % of 13, that running text stands on)
    expect(kept).toEqual(['桑名市部長会議各', '革名市部長会議次']);
  });
  it('is not on pages with a text layer, nor are headings two characters apart', () => {
    const ps = pages();
    expect(findFurniture(ps).dropped.size).toBe(0);
    // 刈谷's department headings, one a page, read by OCR (kariya-r5-soshiki-juten-mokuhyo, scanned in black and white)
    const depts = ['総務部令和５年度組織重点目標', '建設部令和５年度組織重点目標', '教育部令和５年度組織重点目標', '市民部令和５年度組織重点目標', '企画財政部令和５年度組織重点目標'];
    const dp = depts.map((h, i) => page(i + 1, line(h, 20)));
    expect(findFurniture(dp, new Set(dp.map((p) => p.page))).dropped.size).toBe(0);
  });
});

// A document's running head names it as its cover does (木更津's `木更津市経営改革推進計画 令和5年度進捗状況`
// on every page). Dropped as furniture, it was out of the profile's sight: one sheet of 木更津 printed
// without rules by Chromium read as no profile and gave no record; scanned whole at 200 dpi in black
// and white, its cover misread (`経 改汗#ま進計画`), every field of its 15 sheets was lost.
describe('stop 80: the running head names the document', () => {
  it('is read for the profile: one sheet of 木更津 is read as its family', async () => {
    const file = join(FIXTURES, 'pdf-variants', 'kisarazu-p13.none.chromium.pdf');
    const doc = await importFile(file);
    expect(doc.layout).toBe('keiei-kaikaku-shinchoku');
    expect(doc.diagnostics.filter((d) => d.code === 'profile/generic' || d.code === 'records/none')).toEqual([]);
    expect(doc.records.map((r) => [r.number, r.title, r.sections])).toEqual([[10, '情報発信力の強化', ['市長公室シティプロモーション課']]]);
    expect(Object.keys(doc.records[0]!.fields)).toEqual(['issue', 'measures', 'progress']);
    expect(doc.records[0]!.indicators.map((i) => [i.fiscalYear, i.text])).toContainEqual([2023, '0.28%']);
  }, 60_000);

  it('counts as the lines do, no more: a head alone names no family that its signals do not', () => {
    const lines = lexLines(sourceFromTextBytes('body.txt', Buffer.from('本文です。')).lines);
    const profiles = builtinProfiles();
    const generic = genericProfile();
    expect(detectProfile(lines, profiles, generic, ['木更津市経営改革推進計画 令和5年度進捗状況']).profile.id).toBe('generic');
    expect(detectProfile(lines, profiles, generic, ['木更津市経営改革推進計画', '事業No.']).profile.id).toBe('keiei-kaikaku-shinchoku');
  });
});
