import type { PlanDocument } from '../src/records/schema.js';
import { compact } from './reading-score.js';

/**
 * How a layout variant of a seed (the same text printed in another table style, font or page)
 * agrees with the seed's text import: record F1 on (department, number, title), and the share of
 * the text import's field values that the variant gives the same on the records both found.
 */
export interface VariantScore {
  textRecords: number;
  variantRecords: number;
  f1: number;
  /** Field values (leaves under `fields`, `indicators`, `yearly`, …) equal on matched records. */
  fields: { same: number; total: number };
  /** The same, with white space (spaces, line breaks) not counted: what differs in words, not in layout. */
  words: { same: number; total: number };
  /** A few record keys found on one side only, for a quick look. */
  missing: string[];
  extra: string[];
  /** Every field that differs on a matched record: its record key, path, the text's value and the variant's (JSON), and whether only spaces and breaks differ. */
  diffs: { record: string; path: string; text: string; variant: string | undefined; sameWords: boolean }[];
}

// `units` restates `sections` split (one reading, not four fields); `ocr` says how the page was read
const PROVENANCE = new Set(['id', 'line', 'page', 'source', 'pages', 'sourceLines', 'units', 'ocr']);

const key = (r: PlanDocument['records'][number]) => `${r.department ?? ''}|${r.number ?? ''}|${compact(r.title)}`;

function leaves(v: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (!PROVENANCE.has(k)) leaves(x, path ? `${path}.${k}` : k, out);
  } else out.set(path, JSON.stringify(v));
}

// (JSON-quoted, so a line break is `\\n`)
const unspaced = (v: string) => v.replace(/\\n|\s|\u3000/g, '');

export function variantScore(text: PlanDocument, variant: PlanDocument): VariantScore {
  const pool = new Map<string, PlanDocument['records']>();
  for (const r of variant.records) pool.set(key(r), [...(pool.get(key(r)) ?? []), r]);
  let matched = 0;
  const fields = { same: 0, total: 0 };
  const words = { same: 0, total: 0 };
  const missing: string[] = [];
  const diffs: VariantScore['diffs'] = [];
  for (const r of text.records) {
    const want = new Map<string, string>();
    leaves(r, '', want);
    fields.total += want.size;
    words.total += want.size;
    const got = pool.get(key(r))?.shift();
    if (!got) {
      missing.push(key(r));
      continue;
    }
    matched++;
    const have = new Map<string, string>();
    leaves(got, '', have);
    for (const [p, v] of want) {
      if (have.get(p) === v) fields.same++;
      const sameWords = have.get(p) !== undefined && unspaced(have.get(p)!) === unspaced(v);
      if (sameWords) words.same++;
      if (have.get(p) !== v) diffs.push({ record: key(r), path: p, text: v, variant: have.get(p), sameWords });
    }
  }
  const extra = [...pool.values()].flat().map(key);
  const precision = variant.records.length ? matched / variant.records.length : 0;
  const recall = text.records.length ? matched / text.records.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { textRecords: text.records.length, variantRecords: variant.records.length, f1, fields, words, missing: missing.slice(0, 5), extra: extra.slice(0, 5), diffs };
}
