import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBytes, importFile } from '../src/pipeline.js';
import type { PlanDocument } from '../src/records/schema.js';
import { fixtureCases } from './helpers.js';
import { assertedPaths, comparableField, compact, expectedField } from './reading-score.js';

/**
 * Each seed against what a reader of it expects (fixtures/<family>/<case>/expected.json, written
 * by reading the document, not from the importer's output). Where the importer and the reader
 * disagree on purpose or by a known limitation, known-differences.json says so with a reason;
 * such a difference must still be a difference, so a fix forces the list to shrink.
 */
const cases = fixtureCases();
describe.each(cases)('$family / $name', (c) => {
  let doc: PlanDocument;
  it('imports', async () => {
    doc = await importFile(c.input);
    expect(doc.layout).toBe(c.family);
  });

  it('finds every record the reader counts, in order, with number, title and department', () => {
    const got = doc.records.map((r) => ({ department: r.department, number: r.number, title: r.title }));
    expect(got).toEqual(c.expected.records);
  });

  it('reads the document header', () => {
    const e = c.expected.document;
    expect(compact(doc.title)).toBe(compact(e.title));
    expect(doc.municipality).toBe(e.municipality);
    expect(doc.fiscalYear).toBe(e.fiscalYear);
    expect(doc.period).toEqual(e.period);
  });

  it('lists the departments with what the document says of them', () => {
    expect(doc.departments.length).toBe(c.expected.departments.length);
    c.expected.departments.forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) expect(doc.departments[i]?.[k as 'name'], `department ${i} ${k}`).toEqual(v);
    });
  });

  it('fills every field the reader checked, except the listed known differences', () => {
    expect(c.expected.detailed.length).toBeGreaterThanOrEqual(10);
    const known = new Set(c.knownDifferences.map((d) => `${d.index}:${d.key}`));
    for (const detail of c.expected.detailed) {
      const got = doc.records[detail.index];
      expect(got, `record ${detail.index}`).toBeDefined();
      for (const path of assertedPaths(detail)) {
        const want = expectedField(detail, path);
        const actual = comparableField(got, path, want);
        const label = `record ${detail.index} (${c.expected.records[detail.index]?.title.slice(0, 20)}) ${path}`;
        if (known.has(`${detail.index}:${path}`)) expect(actual, `${label} is listed as a known difference`).not.toEqual(want);
        else expect(actual, label).toEqual(want);
      }
    }
  });

  it('places every line: in a record, a department, the header, front matter, or a diagnostic', () => {
    const unplacedLines = doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text').map((d) => d.line);
    const placed = Object.values(doc.coverage.placed).reduce((a, b) => a + b, 0);
    expect(placed + doc.coverage.unplaced).toBe(doc.coverage.textLines);
    expect(unplacedLines.length).toBe(doc.coverage.unplaced);
    // every record and every record field is non-empty text
    for (const r of doc.records) {
      expect(r.title.trim()).not.toBe('');
      expect(r.line).not.toBeNull();
    }
  });

  it('gives ids that are unique and stable across runs', async () => {
    const again = await importFile(c.input);
    const ids = doc.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(again.records.map((r) => r.id)).toEqual(ids);
  });
});

it('covers the five families', () => {
  expect(cases.map((c) => c.family).sort()).toEqual(
    ['bucho-mokuhyo-kekka', 'bukyoku-mokuhyo', 'gyokaku-kekka', 'keiei-kaikaku-shinchoku', 'soshiki-juten-mokuhyo'].sort(),
  );
});

/**
 * A table printed without rules may find a column another sheet of the book fills, and leave it
 * empty in this sheet's rows (伊勢崎's No. | | ③ | 取組項目 | 患者自費未収金対策, its labels centred
 * under No. … ③): the sheet reader takes the cells with text in order, so the empty cell changes
 * nothing. The text seed, with such an empty cell added after every sheet's No., reads the same.
 */
describe('item sheets with an empty column an unruled print found', () => {
  const path = join(import.meta.dirname, '..', 'fixtures', 'gyokaku-kekka', 'isesaki-r2-r5-gyokaku-kekka', 'input.txt');
  const text = readFileSync(path, 'utf8');
  const read = (t: string) => importBytes(path, new TextEncoder().encode(t));
  const key = (d: PlanDocument) => d.records.map((r) => `${r.number}|${r.title}|${r.sections.join(',')}`);

  it('reads the same records', async () => {
    const widened = text.replace(/^No\.\t(?=[①-⑳])/gmu, 'No.\t\t').replace(/^(担当部課|取組内容)\t/gmu, '\t$1\t');
    expect(widened).not.toBe(text);
    const plain = await read(text);
    expect(plain.records.length).toBeGreaterThan(50);
    expect(key(await read(widened))).toEqual(key(plain));
  });

  it('reads the same records where the number label and the number share a cell (No. ②)', async () => {
    const merged = text.replace(/^No\.\t(?=[①-⑳])/gmu, 'No. ');
    expect(merged).not.toBe(text);
    expect(key(await read(merged))).toEqual(key(await read(text)));
  });

  it('reads a title cell set over two lines as one title (the line break a scan gave 照明設備 / LED化事業, issue 15)', async () => {
    const broken = text.replace(/^(No\.\t②\t取組項目\t)照明設備LED化事業/mu, '$1<p>照明設備</p><p>LED化事業</p>');
    expect(broken).not.toBe(text);
    expect(key(await read(broken))).toEqual(key(await read(text)));
  });

  it('numbers a sheet whose number a scan misread after the sheet before it, and says so (issue 15)', async () => {
    // 伊勢崎's scan: sheet ②'s number cell read `の`; the next sheet under another category is not counted on
    const misread = text.replace(/^No\.\t②(?=\t取組項目\t伊勢崎市スリムアップ化計画)/mu, 'No.\tの').replace(/^No\.\t①(?=\t取組項目\t行政評価の充実)/mu, 'No.\tの');
    expect(misread.match(/^No\.\tの/gmu)?.length).toBe(2);
    const plain = await read(text);
    const doc = await read(misread);
    const numbers = (d: PlanDocument) => d.records.map((r) => `${r.number}|${r.title}`);
    const differ = numbers(doc).filter((k, i) => k !== numbers(plain)[i]);
    // the first takes 2 (its category's sheet ① before it); the second opens (3) 行政評価の充実: no number
    expect(differ).toEqual(['null|行政評価の充実']);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/number-inferred').map((d) => d.message)).toEqual(['the sheet\'s number cell reads "の": numbered 2, after the sheet before it']);
  });

  it('numbers the first sheet of a category whose number a scan misread before the sheet after it (issue 15)', async () => {
    // 木更津's scan at JPEG quality 50: its first sheet's 1 read `【`; here 伊勢崎's first sheet, ① before ②
    const misread = text.replace(/^No\.\t①(?=\t取組項目\t管路・施設情報管理台帳の一元化)/mu, 'No.\t【');
    expect(misread).not.toBe(text);
    const numbers = (d: PlanDocument) => d.records.map((r) => `${r.number}|${r.title}`);
    const doc = await read(misread);
    expect(numbers(doc)).toEqual(numbers(await read(text)));
    expect(doc.diagnostics.filter((d) => d.code === 'layout/number-inferred').map((d) => d.message)).toEqual(['the sheet\'s number cell reads "【": numbered 1, before the sheet after it']);
  });

  it('numbers a sheet whose number its neighbours contradict after the sheet before it, and says so (issue 15)', async () => {
    // 伊勢崎's scan: ⑤ 消防団員の確保対策の推進 read ⑧, between ④ and ⑥
    const misread = text.replace(/^No\.\t⑤(?=\t取組項目\t消防団員の確保対策の推進)/mu, 'No.\t⑧');
    expect(misread).not.toBe(text);
    const plain = await read(text);
    const doc = await read(misread);
    const numbers = (d: PlanDocument) => d.records.map((r) => `${r.number}|${r.title}`);
    expect(numbers(doc)).toEqual(numbers(plain));
    expect(doc.diagnostics.filter((d) => d.code === 'layout/number-inferred').map((d) => d.message)).toEqual(['the sheet\'s number cell reads 8 between 4 and 6: numbered 5']);
    // two misread side by side: neither has neighbours one apart, both are kept as read
    const both = await read(misread.replace(/^No\.\t⑥(?=\t取組項目\t火災予防対策の推進)/mu, 'No.\t⑨'));
    expect(numbers(both).filter((k, i) => k !== numbers(plain)[i])).toEqual(['8|消防団員の確保対策の推進', '9|火災予防対策の推進']);
    // the category's last sheet (⑦ read ⑨) has no sheet after it to tell
    const last = await read(text.replace(/^No\.\t⑦(?=\t取組項目\t空家等対策推進事業)/mu, 'No.\t⑨'));
    expect(numbers(last).filter((k, i) => k !== numbers(plain)[i])).toEqual(['9|空家等対策推進事業']);
  });

  it('reads sheet heads a scan mangled: No. read No- or N円Oo, ③ read ぐ), the label lost, a number printed in digits (issue 15)', async () => {
    // 伊勢崎's scan: page 113's `No-`, page 84's `ぐ)` for ③, page 133's head without its No., page
    // 145's No. read `N円Oo`
    const mangled = text
      .replace(/^No\.\t②(?=\t取組項目\t伊勢崎市スリムアップ化計画)/mu, 'No-\t②')
      .replace(/^No\.\t③(?=\t取組項目\t証明書コンビニ)/mu, 'No.\tぐ)')
      .replace(/^No\.\t④(?=\t取組項目\t情報システムの最適化)/mu, '④')
      .replace(/^No\.\t②(?=\t取組項目\t上水道管路の更新)/mu, 'No.\t2')
      .replace(/^No\.\t③\t取組項目(?=\tいせさき聖苑空調設備)/mu, 'N円Oo\t③\t取組項目');
    expect(mangled.split('\n').filter((l, i) => l !== text.split('\n')[i])).toHaveLength(5);
    const doc = await read(mangled);
    expect(key(doc)).toEqual(key(await read(text)));
    expect(doc.diagnostics.filter((d) => d.code === 'layout/number-inferred')).toHaveLength(1);
  });

  it('reads the same records where a scan was read with full-width brackets and No. as No。 or NO. (issue 15)', async () => {
    // 伊勢崎's Chromium rendering scanned at 300 dpi and read by Tesseract: the 凡例 sheet's
    // 財政効果額（歳入）, which ends the contents, and the next sheets' full width, the fifth sheet's
    // ASCII (the contents ran on to it, page 18); sheets' No。 and NO. (page 35)
    let n = 0;
    const scanned = text.replace(/財政効果額\(歳入\)/gu, (m) => (++n <= 5 ? '財政効果額（歳入）' : m)).replace(/^No\.\t/gmu, (m) => (++n % 2 ? 'No。\t' : 'NO.\t'));
    expect(scanned).not.toBe(text);
    const plain = await read(text);
    expect(plain.records.length).toBe(55);
    expect(key(await read(scanned))).toEqual(key(plain));
  });

  it('places the sheets under the areas of the table of contents where a heading was read into the row above it', async () => {
    // 伊勢崎's TOC printed by LibreOffice without rules: `2 安定的な財政運営`, set close under the
    // last row of (9)'s small table, became a second paragraph of that row's 取組項目 cell
    const joined = text.replace(/^(①\t地球温暖化対策推進事業)(\t37)\n+2 安定的な財政運営\n/mu, '$1<br>2 安定的な財政運営$2\n');
    expect(joined).not.toBe(text);
    const areas = (d: PlanDocument) => d.records.map((r) => r.categoryPath[0]);
    const got = areas(await read(joined));
    expect(got).toContain('2 安定的な財政運営');
    expect(got).toEqual(areas(await read(text)));
  });

  it('places the sheets under the first area of the table of contents where its heading was read into the first cell of the table under it', async () => {
    // 伊勢崎's TOC printed by LibreOffice without rules in IPAex Gothic 10.5 pt on A4 landscape (the 208th typography,
    // scripts/render-variants.ts): `1 効率的で効果的な行政運営`, `(1) 行政運営の効率化の推進` and `No.` set close over the
    // first small table were read as one cell of three paragraphs; the sheets of area 1 went under area 2
    const joined = text.replace(/^(1 効率的で効果的な行政運営)\n+(\(1\) 行政運営の効率化の推進)\n+No\.\t/mu, '$1<br>$2<br>No.\t');
    expect(joined).not.toBe(text);
    const areas = (d: PlanDocument) => d.records.map((r) => r.categoryPath[0]);
    const got = areas(await read(joined));
    expect(got[0]).toBe('1 効率的で効果的な行政運営');
    expect(got).toEqual(areas(await read(text)));
  });
});

describe('sheet heads a scan mangled (木更津, issue 15)', () => {
  const path = join(import.meta.dirname, '..', 'fixtures', 'keiei-kaikaku-shinchoku', 'kisarazu-r5-keiei-kaikaku-shinchoku', 'input.txt');
  const text = readFileSync(path, 'utf8');
  const read = (t: string) => importBytes(path, new TextEncoder().encode(t));
  const key = (d: PlanDocument) => d.records.map((r) => `${r.number}|${r.title}`);

  it('reads the label 事業No. read as 事業No」 (its scan at JPEG quality 50, page 6) as the same label', async () => {
    let n = 0;
    const scanned = text.replace(/^事業No\.\t推進項目名称/gmu, (m) => (++n === 2 ? '事業No」\t推進項目名称' : m));
    expect(scanned).not.toBe(text);
    const plain = await read(text);
    expect(plain.records).toHaveLength(15);
    expect(key(await read(scanned))).toEqual(key(plain));
  });
});
