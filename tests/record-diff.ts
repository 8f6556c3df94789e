import type { PlanDocument } from '../src/records/schema.js';

/**
 * What two imports of the same document disagree on, record by record, ignoring what depends on
 * the input file (ids, line numbers, pages, source): the PDF and the text of a seed must agree
 * on everything else.
 */
const PROVENANCE = new Set(['id', 'line', 'page', 'source', 'pages', 'sourceLines']);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k]) => !PROVENANCE.has(k)).map(([k, x]) => [k, strip(x)]));
  }
  return v;
}

export interface RecordDiff {
  index: number;
  key: string;
  path: string;
  text: unknown;
  pdf: unknown;
}

function walk(a: unknown, b: unknown, path: string, out: { path: string; a: unknown; b: unknown }[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) === !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return;
  }
  out.push({ path, a, b });
}

export function diffRecords(text: PlanDocument, pdf: PlanDocument): RecordDiff[] {
  const out: RecordDiff[] = [];
  const n = Math.max(text.records.length, pdf.records.length);
  for (let i = 0; i < n; i++) {
    const a = text.records[i];
    const b = pdf.records[i];
    const found: { path: string; a: unknown; b: unknown }[] = [];
    walk(strip(a), strip(b), '', found);
    for (const f of found) out.push({ index: i, key: `${a?.department ?? b?.department} ${a?.number ?? b?.number}`, path: f.path, text: f.a, pdf: f.b });
  }
  return out;
}

export function diffDepartments(text: PlanDocument, pdf: PlanDocument): { path: string; a: unknown; b: unknown }[] {
  const out: { path: string; a: unknown; b: unknown }[] = [];
  walk(strip(text.departments), strip(pdf.departments), 'departments', out);
  for (const k of ['title', 'municipality', 'fiscalYear', 'period', 'layout'] as const) walk(text[k], pdf[k], k, out);
  return out;
}
