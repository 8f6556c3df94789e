import type { PlanDocument } from '../src/records/schema.js';
import type { FixtureCase } from './helpers.js';

/**
 * How well one import agrees with the reader's expectation of its seed, as counts of checks
 * passed: the record list (department, number, title per position), the header, each department
 * value and each field the reader checked. The text import and the PDF imports of a seed are
 * scored the same way, so "as good as the text path" is a comparison of two numbers.
 */
export interface ReadingScore {
  records: { passed: number; total: number };
  header: { passed: number; total: number };
  departments: { passed: number; total: number };
  fields: { passed: number; total: number };
  /** `record N path` / `department N key` / `header key` of every failed check. */
  failed: string[];
}

export const compact = (s: string | null) => (s ?? '').replace(/[\s\u3000]+/g, '').replace(/[！!]+$/, '');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pick(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** The asserted keys of one detailed expectation, flattened to `fields.goal`-style paths. */
export function assertedPaths(detail: Record<string, unknown>): string[] {
  return Object.keys(detail)
    .filter((k) => k !== 'index')
    .flatMap((k) => (k === 'fields' ? Object.keys(detail.fields as object).map((f) => `fields.${f}`) : [k]));
}

/** The value of `path` in `record` in the shape the reader wrote it. */
export function comparableField(record: unknown, path: string, want: unknown): unknown {
  let value = pick(record, path);
  if (path === 'indicators' && Array.isArray(value)) {
    value = value.map((i) => ({ name: i.name, fiscalYear: i.fiscalYear, target: i.target, unit: i.unit, text: i.text }));
  }
  if (path === 'yearly' && Array.isArray(value) && Array.isArray(want)) {
    // the reader may assert some keys of each year entry only
    value = value.map((y: Record<string, unknown>, j: number) => {
      const w = (want[j] ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.keys(w).map((k) => [k, y[k]]));
    });
  }
  return value;
}

export function expectedField(detail: Record<string, unknown>, path: string): unknown {
  const want = pick(detail, path);
  if (path === 'indicators' && Array.isArray(want)) {
    return want.map((i) => ({ name: i.name, fiscalYear: i.fiscalYear, target: i.target, unit: i.unit, text: i.text }));
  }
  return want;
}

export function readingScore(doc: PlanDocument, c: FixtureCase): ReadingScore {
  const failed: string[] = [];
  const tally = { passed: 0, total: 0 };
  const check = (t: { passed: number; total: number }, ok: boolean, what: string) => {
    t.total++;
    if (ok) t.passed++;
    else failed.push(what);
  };

  const records = { ...tally };
  c.expected.records.forEach((want, i) => {
    const got = doc.records[i];
    check(records, !!got && same({ department: got.department, number: got.number, title: got.title }, want), `record ${i}`);
  });
  // a record the reader does not count is a failed check too
  for (let i = c.expected.records.length; i < doc.records.length; i++) check(records, false, `record ${i} (extra)`);

  const header = { ...tally };
  const e = c.expected.document;
  check(header, compact(doc.title) === compact(e.title), 'header title');
  check(header, doc.municipality === e.municipality, 'header municipality');
  check(header, doc.fiscalYear === e.fiscalYear, 'header fiscalYear');
  check(header, same(doc.period, e.period), 'header period');

  const departments = { ...tally };
  check(departments, doc.departments.length === c.expected.departments.length, 'departments count');
  c.expected.departments.forEach((want, i) => {
    for (const [k, v] of Object.entries(want)) check(departments, same(doc.departments[i]?.[k as 'name'], v), `department ${i} ${k}`);
  });

  const fields = { ...tally };
  for (const detail of c.expected.detailed) {
    const got = doc.records[detail.index];
    for (const path of assertedPaths(detail)) {
      const want = expectedField(detail, path);
      check(fields, !!got && same(comparableField(got, path, want), want), `record ${detail.index} ${path}`);
    }
  }
  return { records, header, departments, fields, failed };
}

export const scoreLine = (s: ReadingScore) =>
  (['records', 'header', 'departments', 'fields'] as const).map((k) => `${k} ${s[k].passed}/${s[k].total}`).join('  ');
