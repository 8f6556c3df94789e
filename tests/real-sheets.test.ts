// The general reader on real evaluation sheets of cities no profile describes (池田, 京都, 神戸):
// ../shared/corpus/real/, read against expected outputs written by reading the sheets
// (tests/real/expected/, see tests/real/README.md), never from the program's output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline.js';
import type { PlanDocument, PlanRecord } from '../src/records/schema.js';
import { ROOT, SHARED } from './helpers.js';
import { scoreBook, scoreSheet, type ExpectedSheet, type ExpectedBookRecord } from './real-score.js';

const REAL = join(SHARED, 'corpus', 'real');
const EXPECTED = join(ROOT, 'tests', 'real', 'expected');
const available = existsSync(REAL) && existsSync(join(EXPECTED, 'books.json'));

const docs = new Map<string, Promise<PlanDocument>>();
function read(file: string): Promise<PlanDocument> {
  let d = docs.get(file);
  if (!d) docs.set(file, (d = importFile(join(REAL, file))));
  return d;
}

describe.skipIf(!available)('real sheet books: one record per sheet', () => {
  const books: Record<string, ExpectedBookRecord[]> = available ? JSON.parse(readFileSync(join(EXPECTED, 'books.json'), 'utf8')) : {};
  for (const [file, expected] of Object.entries(books)) {
    it(`${file}: record F1 ≥ 0.90, title / department / number right on ≥ 95 %`, async () => {
      const doc = await read(file);
      const s = scoreBook(doc.records, expected);
      expect.soft(s.f1, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
      expect.soft(s.titles / expected.length, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
      expect.soft(s.departments / expected.length, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
      expect(s.numbers / expected.length, JSON.stringify(s.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
      expect(doc.records.every((r) => r.recognisedAs === 'sheet')).toBe(true);
    }, 60_000);
  }
});

const sheetFiles = existsSync(join(EXPECTED, 'sheets')) ? readdirSync(join(EXPECTED, 'sheets')).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(!available || sheetFiles.length === 0)('real sheets read field by field', () => {
  const totals = { indicators: 0, indicatorsFound: 0, money: 0, moneyFound: 0 };
  for (const name of sheetFiles) {
    const expected: ExpectedSheet = JSON.parse(readFileSync(join(EXPECTED, 'sheets', name), 'utf8'));
    it(`${expected.file}: title, number, department, category, fields, result`, async () => {
      const doc = await read(expected.file);
      expect(doc.records).toHaveLength(1);
      const record = doc.records[0] as PlanRecord;
      const s = scoreSheet(record, expected);
      totals.indicators += s.indicators.expected;
      totals.indicatorsFound += s.indicators.found;
      totals.money += s.money.expected;
      totals.moneyFound += s.money.found;
      expect.soft(record.title).toBe(expected.title);
      expect.soft(record.number).toBe(expected.number);
      expect.soft(record.department).toBe(expected.department);
      if (expected.categoryPath) expect.soft(record.categoryPath).toEqual(expected.categoryPath);
      expect.soft(s.fieldsMissing, 'labels whose excerpt no field holds').toEqual([]);
      if (expected.result?.direction) expect.soft(record.direction?.label ?? record.fields.direction ?? '').toContain(expected.result.direction);
    }, 60_000);
  }
  it('indicators (name, year, target, actual) ≥ 80 % recall; money figures ≥ 80 % recall', () => {
    expect(totals.indicatorsFound / Math.max(1, totals.indicators)).toBeGreaterThanOrEqual(0.8);
    expect(totals.moneyFound / Math.max(1, totals.money)).toBeGreaterThanOrEqual(0.8);
  });
});

// 神戸 事務事業評価シート: 事務事業名 and 所属名 as printed on each sheet's first page (read with
// pdftotext -layout and the page images); the sheet has no No.
const KOBE: [string, string, string][] = [
  ['kobe-h25-jimujigyo-010.pdf', '福祉施設への上下水道減免', 'こども家庭局'],
  ['kobe-h25-jimujigyo-011.pdf', 'ごみ収集業務', '環境局'],
  ['kobe-h25-jimujigyo-012.pdf', 'ごみ処理業務', '環境局'],
  ['kobe-h25-jimujigyo-013.pdf', '中央卸売市場管理業務（本場）', '産業振興局'],
  ['kobe-h25-jimujigyo-014.pdf', '中央卸売市場管理業務（東部市場）', '産業振興局'],
  ['kobe-h25-jimujigyo-015.pdf', '中央卸売市場管理業務（西部市場）', '産業振興局'],
  ['kobe-h25-jimujigyo-016.pdf', '公設市場', '産業振興局'],
];
describe.skipIf(!existsSync(REAL))('神戸 sheets (1–5 pages each, vertical labels, choice grids): one record each', () => {
  for (const [file, title, department] of KOBE) {
    it(file, async () => {
      const doc = await read(file);
      expect(doc.records.map((r) => [r.title, r.department, r.number])).toEqual([[title, department, null]]);
      // a choice whose words are printed around the marks is not guessed into a grade
      expect(doc.records[0]!.result?.label ?? '').not.toMatch(/[○●]/);
    }, 60_000);
  }
});
