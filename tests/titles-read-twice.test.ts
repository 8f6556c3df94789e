import { describe, expect, it } from 'vitest';
import { titlesReadTwice } from '../src/language/titles-read-twice.js';
import { draftRecord, type LayoutResult } from '../src/layout/layout-result.js';
import { lexLines } from '../src/lex/lexed-line.js';

// Issue 15: 伊勢崎's sheets scanned (scripts/make-scanned.ts, quality 75) and read by Tesseract: the
// titles as the sheets' heads and the contents pages (目次, cells of one row each) came back.
const contents = lexLines(
  [
    ['No.', '取組項目', 'ページ'],
    ['①\n②', '温室効果ガスの排出削減\n照明設備LED化事業', '3133'],
    ['①', '地球温暖化対策推進事業', '37'],
    ['①', '行政評価の充実', '29'],
    ['①\n②\n③', '安定経営のための財源確保\n診療材料等の納入価格見直しに伴う経費削減\n愚者自費未収金対策', '798183'],
  ].map((cells, i) => ({ no: i + 1, page: 3, text: cells.join('\t'), cells })),
);
const sheets = (titles: [string, number][]): LayoutResult => ({
  departments: [],
  diagnostics: [],
  claims: new Map(),
  records: titles.map(([title, page], i) => draftRecord({ title, page, line: 100 + i })),
});
const scanned = new Map([58, 29, 79, 82, 83].map((p) => [p, 0.9]));

describe('a title read twice by OCR, on its sheet and in the contents', () => {
  it('is taken from the contents where the contents’ reading has fewer words the dictionary does not know, or fewer words', async () => {
    const layout = sheets([
      ['地球温明化対策推進事業', 58],
      ['行政評価の還', 29],
      ['安定妊営のための財源確保', 79],
      ['診療材料等の納人価格見直しに伴う経費削減', 82],
    ]);
    const notes = await titlesReadTwice(layout, contents, scanned, 'scan.pdf');
    expect(layout.records.map((r) => r.title)).toEqual(['地球温暖化対策推進事業', '行政評価の充実', '安定経営のための財源確保', '診療材料等の納入価格見直しに伴う経費削減']);
    expect(notes.map((n) => [n.code, n.page])).toEqual([
      ['language/title-read-twice', 58],
      ['language/title-read-twice', 29],
      ['language/title-read-twice', 79],
      ['language/title-read-twice', 82],
    ]);
    expect(notes[0]!.message).toContain('「地球温明化対策推進事業」');
  }, 60_000);

  it('keeps the sheet’s reading where the contents’ reads no better (患者 on the sheet, 愚者 in the contents)', async () => {
    const layout = sheets([['患者自費未収金対策', 83]]);
    expect(await titlesReadTwice(layout, contents, scanned, 'scan.pdf')).toEqual([]);
    expect(layout.records[0]!.title).toBe('患者自費未収金対策');
  }, 60_000);

  it('changes nothing on a page with a text layer, nor for a title far from every entry', async () => {
    // 木更津's scan: its front matter holds a sentence that starts like a sheet's title (8 edits from it)
    const front = [...contents, ...lexLines([{ no: 9, page: 2, text: '協働によるまちづくりの推進に取り組めます。' }])];
    const layout = sheets([
      ['地球温明化対策推進事業', 40],
      ['協働にこよるまちづくりの推進', 58],
    ]);
    expect(await titlesReadTwice(layout, front, scanned, 'scan.pdf')).toEqual([]);
    expect(layout.records.map((r) => r.title)).toEqual(['地球温明化対策推進事業', '協働にこよるまちづくりの推進']);
  }, 60_000);

  it('takes neither of two entries as near to the title', async () => {
    const front = [...contents, ...lexLines([{ no: 9, page: 4, text: '①\t行政評価の推進\t30' }])];
    const layout = sheets([['行政評価の還', 29]]);
    expect(await titlesReadTwice(layout, front, scanned, 'scan.pdf')).toEqual([]);
    expect(layout.records[0]!.title).toBe('行政評価の還');
  }, 60_000);
});
