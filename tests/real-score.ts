// Scores the importer's records against readings of real sheets (tests/real/expected).
// Shared by tests/real-sheets.test.ts and scripts/real-score.ts (`npm run real-score`).
import type { PlanRecord } from '../src/records/schema.js';

export interface ExpectedBookRecord {
  page: number;
  number: number | null;
  title: string;
  department: string | null;
}

export interface ExpectedSheet {
  file: string;
  title: string;
  number: number | null;
  department: string | null;
  categoryPath?: string[];
  fields?: { label: string; excerpt: string }[];
  indicators?: { name: string; fiscalYear: number | null; target: number | null; actual: number | null; unit?: string | null }[];
  money?: { label: string; fiscalYear: number | null; kind?: string | null; yen: number | null }[];
  result?: { direction?: string; evaluation?: string; external?: string };
}

/** Compared as a reader compares: whitespace and character width do not matter. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/g, '');
}

export function scoreBook(records: readonly PlanRecord[], expected: readonly ExpectedBookRecord[]) {
  const used = new Set<PlanRecord>();
  let matched = 0;
  let titles = 0;
  let departments = 0;
  let numbers = 0;
  const misses: unknown[] = [];
  for (const e of expected) {
    // the record of the sheet: same title, else the one on the sheet's page
    const r = records.find((x) => !used.has(x) && norm(x.title) === norm(e.title)) ?? records.find((x) => !used.has(x) && x.page === e.page);
    if (!r) {
      misses.push({ missing: e });
      continue;
    }
    used.add(r);
    matched++;
    const ok = { title: norm(r.title) === norm(e.title), department: norm(r.department) === norm(e.department), number: r.number === e.number };
    if (ok.title) titles++;
    if (ok.department) departments++;
    if (ok.number) numbers++;
    if (!ok.title || !ok.department || !ok.number) misses.push({ want: e, got: { title: r.title, department: r.department, number: r.number, page: r.page } });
  }
  for (const r of records) if (!used.has(r)) misses.push({ extra: { title: r.title, page: r.page } });
  const precision = records.length ? matched / records.length : 0;
  const recall = expected.length ? matched / expected.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, titles, departments, numbers, misses };
}

function allText(r: PlanRecord): string[] {
  return [...Object.values(r.fields).flatMap((v) => (Array.isArray(v) ? v : [v ?? ''])), ...r.otherFields.map((o) => o.text), r.direction?.label ?? '', r.result?.label ?? ''].map(norm);
}

export function scoreSheet(record: PlanRecord, expected: ExpectedSheet) {
  const texts = allText(record);
  const fieldsMissing = (expected.fields ?? []).filter((f) => !texts.some((t) => t.includes(norm(f.excerpt)))).map((f) => f.label);
  const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) < 1e-9);
  const indicatorsMissing: unknown[] = [];
  let found = 0;
  // an entry the reader wrote without a figure (※ printed in its place) has nothing to find
  const figures = (expected.indicators ?? []).filter((e) => e.target != null || e.actual != null);
  for (const e of figures) {
    const hit = record.indicators.find(
      (i) => (norm(i.name).includes(norm(e.name)) || norm(e.name).includes(norm(i.name))) && norm(i.name) !== '' && i.fiscalYear === e.fiscalYear && same(i.target, e.target) && same(i.actual, e.actual),
    );
    if (hit) found++;
    else indicatorsMissing.push(e);
  }
  let moneyFound = 0;
  const moneyMissing: unknown[] = [];
  for (const e of expected.money ?? []) {
    const hit = record.money.find((m) => norm(m.label).includes(norm(e.label).replace(/[A-ZＡ-Ｚ]$/, '')) && m.fiscalYear === e.fiscalYear && m.yen === e.yen && (!e.kind || norm(m.kind).includes(norm(e.kind)) || norm(e.kind).includes(norm(m.kind))));
    if (hit) moneyFound++;
    else moneyMissing.push(e);
  }
  // the evaluation as the sheet states it (a ● choice: the option marked) is in some field
  const evaluationsMissing = [expected.result?.evaluation, expected.result?.external].filter((e): e is string => !!e && !texts.some((t) => t.includes(norm(e))));
  return {
    fieldsMissing,
    evaluationsMissing,
    indicators: { expected: figures.length, found, missing: indicatorsMissing },
    money: { expected: (expected.money ?? []).length, found: moneyFound, missing: moneyMissing },
  };
}
