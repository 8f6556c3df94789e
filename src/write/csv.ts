import { stringify } from 'csv-stringify/sync';
import type { PlanDocument, PlanRecord } from '../records/schema.js';

/**
 * CSV tables for spreadsheets: UTF-8 with a BOM (Excel opens it as UTF-8), one value per cell,
 * numbers as numbers, lists joined with "; ", cells that start with = + - @ escaped so that a
 * spreadsheet does not run them as formulas. The column order is fixed and documented in README.
 */
export type CsvTable = 'records' | 'indicators' | 'yearly';

export const RECORD_COLUMNS = [
  'file', 'layout', 'municipality', 'fiscal_year', 'record_id', 'department', 'sections', 'category_path',
  'number', 'title', 'issue', 'goal', 'measures', 'content', 'criteria', 'progress',
  'result_label', 'result_status', 'indicators', 'years', 'page', 'line',
] as const;

export const INDICATOR_COLUMNS = [
  'file', 'record_id', 'department', 'number', 'title', 'indicator_name', 'fiscal_year', 'target', 'unit',
  'comparator', 'actual', 'text', 'note', 'line',
] as const;

export const YEARLY_COLUMNS = [
  'file', 'record_id', 'department', 'number', 'title', 'fiscal_year', 'plan', 'progress', 'outcome', 'grade',
  'status', 'next_steps', 'revenue_effect_yen', 'expenditure_effect_yen', 'effect_basis',
] as const;

type Cell = string | number | null;

function recordRows(doc: PlanDocument): Cell[][] {
  return doc.records.map((r) => [
    doc.source.path, doc.layout, doc.municipality, doc.fiscalYear, r.id, r.department, r.sections.join('; '),
    r.categoryPath.join(' > '), r.number, r.title, r.fields.issue ?? null, r.fields.goal ?? null,
    r.fields.measures ?? null, r.fields.content ?? null, r.fields.criteria?.join('; ') ?? null,
    r.fields.progress ?? null, r.result?.label ?? null, r.result?.status ?? null, r.indicators.length,
    r.yearly.map((y) => y.fiscalYear).join('; '), r.page, r.line,
  ]);
}

function indicatorRows(doc: PlanDocument): Cell[][] {
  return doc.records.flatMap((r: PlanRecord) =>
    r.indicators.map((i) => [
      doc.source.path, r.id, r.department, r.number, r.title, i.name, i.fiscalYear, i.target, i.unit,
      i.comparator, i.actual, i.text, i.note, i.line,
    ]),
  );
}

function yearlyRows(doc: PlanDocument): Cell[][] {
  return doc.records.flatMap((r) =>
    r.yearly.map((y) => [
      doc.source.path, r.id, r.department, r.number, r.title, y.fiscalYear, y.plan, y.progress, y.outcome,
      y.grade, y.status, y.nextSteps, y.revenueEffectYen, y.expenditureEffectYen, y.effectBasis,
    ]),
  );
}

const TABLES: Record<CsvTable, { columns: readonly string[]; rows: (d: PlanDocument) => Cell[][] }> = {
  records: { columns: RECORD_COLUMNS, rows: recordRows },
  indicators: { columns: INDICATOR_COLUMNS, rows: indicatorRows },
  yearly: { columns: YEARLY_COLUMNS, rows: yearlyRows },
};

export function documentsToCsv(docs: readonly PlanDocument[], table: CsvTable = 'records'): string {
  const t = TABLES[table];
  const rows = docs.flatMap(t.rows);
  return stringify([t.columns as string[], ...rows], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: { number: (n) => String(n) },
  });
}
