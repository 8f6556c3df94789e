import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { PlanDocument, PlanRecord } from '../records/schema.js';
import { dateJp, fiscalYearJp } from './wareki.js';

/**
 * CSV tables for spreadsheets, after the national guidance for machine-readable tables (one value
 * per cell, no merged cells, no units inside numeric cells): UTF-8 with a BOM (Excel opens it as
 * UTF-8) or Shift_JIS (CP932) for older Excel, numbers as numbers, years and dates in 西暦 with
 * the 和暦 in the column beside, lists joined with "; ", cells that start with = + - @ escaped
 * so that a spreadsheet does not run them as formulas. The column order is fixed and documented
 * in README.
 */
export type CsvTable = 'records' | 'indicators' | 'yearly' | 'money';

export const RECORD_COLUMNS = [
  'file', 'layout', 'municipality', 'fiscal_year', 'fiscal_year_jp', 'period_from', 'period_to', 'as_of', 'as_of_jp', 'record_id', 'department', 'sections', 'category_path',
  'number', 'title', 'issue', 'goal', 'measures', 'content', 'criteria', 'progress',
  'result_label', 'result_status', 'indicators', 'years', 'page', 'line', 'keywords',
  // added with the general reader (sheets of any city); appended so earlier columns keep their place
  'recognised_as', 'purpose', 'audience', 'method', 'period', 'plan', 'evaluation', 'direction', 'direction_code', 'improvement',
  'basis', 'money', 'other_fields', 'clean',
] as const;

export const MONEY_COLUMNS = [
  'file', 'record_id', 'department', 'number', 'title', 'label', 'fiscal_year', 'fiscal_year_jp', 'kind', 'yen', 'text', 'line',
] as const;

export const INDICATOR_COLUMNS = [
  'file', 'record_id', 'department', 'number', 'title', 'indicator_name', 'fiscal_year', 'fiscal_year_jp', 'target', 'unit',
  'comparator', 'actual', 'text', 'note', 'line',
] as const;

export const YEARLY_COLUMNS = [
  'file', 'record_id', 'department', 'number', 'title', 'fiscal_year', 'fiscal_year_jp', 'plan', 'progress', 'outcome', 'grade',
  'status', 'next_steps', 'revenue_effect_yen', 'expenditure_effect_yen', 'effect_basis',
] as const;

type Cell = string | number | null;

function recordRows(doc: PlanDocument): Cell[][] {
  return doc.records.map((r) => [
    doc.source.path, doc.layout, doc.municipality, doc.fiscalYear, fiscalYearJp(doc.fiscalYear), doc.period?.from ?? null,
    doc.period?.to ?? null, doc.asOf, dateJp(doc.asOf), r.id, r.department, r.sections.join('; '),
    r.categoryPath.join(' > '), r.number, r.title, r.fields.issue ?? null, r.fields.goal ?? null,
    r.fields.measures ?? null, r.fields.content ?? null, r.fields.criteria?.join('; ') ?? null,
    r.fields.progress ?? null, r.result?.label ?? null, r.result?.status ?? null, r.indicators.length,
    r.yearly.map((y) => y.fiscalYear).join('; '), r.page, r.line, r.keywords?.join('; ') ?? null,
    r.recognisedAs, r.fields.purpose ?? null, r.fields.audience ?? null, r.fields.method ?? null, r.fields.period ?? null,
    r.fields.plan ?? null, r.fields.evaluation ?? null, r.direction?.label ?? r.fields.direction ?? null, r.direction?.code ?? null,
    r.fields.improvement ?? null, r.fields.basis ?? null, r.money.length, r.otherFields.map((o) => `${o.label}: ${o.text}`).join('; ') || null,
    r.clean ? 'true' : 'false',
  ]);
}

function moneyRows(doc: PlanDocument): Cell[][] {
  return doc.records.flatMap((r) =>
    r.money.map((m) => [doc.source.path, r.id, r.department, r.number, r.title, m.label, m.fiscalYear, fiscalYearJp(m.fiscalYear), m.kind, m.yen, m.text, m.line]),
  );
}

function indicatorRows(doc: PlanDocument): Cell[][] {
  return doc.records.flatMap((r: PlanRecord) =>
    r.indicators.map((i) => [
      doc.source.path, r.id, r.department, r.number, r.title, i.name, i.fiscalYear, fiscalYearJp(i.fiscalYear), i.target, i.unit,
      i.comparator, i.actual, i.text, i.note, i.line,
    ]),
  );
}

function yearlyRows(doc: PlanDocument): Cell[][] {
  return doc.records.flatMap((r) =>
    r.yearly.map((y) => [
      doc.source.path, r.id, r.department, r.number, r.title, y.fiscalYear, fiscalYearJp(y.fiscalYear), y.plan, y.progress, y.outcome,
      y.grade, y.status, y.nextSteps, y.revenueEffectYen, y.expenditureEffectYen, y.effectBasis,
    ]),
  );
}

const TABLES: Record<CsvTable, { columns: readonly string[]; rows: (d: PlanDocument) => Cell[][] }> = {
  records: { columns: RECORD_COLUMNS, rows: recordRows },
  indicators: { columns: INDICATOR_COLUMNS, rows: indicatorRows },
  yearly: { columns: YEARLY_COLUMNS, rows: yearlyRows },
  money: { columns: MONEY_COLUMNS, rows: moneyRows },
};

export function documentsToCsv(docs: readonly PlanDocument[], table: CsvTable = 'records', header = true): string {
  const t = TABLES[table];
  const rows = docs.flatMap(t.rows);
  return stringify(header ? [t.columns as string[], ...rows] : rows, {
    bom: header,
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: { number: (n) => String(n) },
  });
}

export type CsvEncoding = 'utf-8' | 'shift_jis';

/**
 * The CSV text as bytes. Shift_JIS is Microsoft's CP932 (what Excel means by it: ①, ～ and
 * 髙 included) and has no BOM; characters it cannot hold become `?` and are returned, so that
 * the caller can say which.
 */
export function encodeCsv(csv: string, encoding: CsvEncoding): { bytes: Uint8Array; unmappable: string[] } {
  if (encoding === 'utf-8') return { bytes: Buffer.from(csv, 'utf8'), unmappable: [] };
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const unmappable = new Set<string>();
  for (const ch of new Set(text)) {
    if (ch === '?') continue;
    if (iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') !== ch) unmappable.add(ch);
  }
  return { bytes: iconv.encode(text, 'cp932'), unmappable: [...unmappable] };
}
