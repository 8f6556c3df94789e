import type { Outcome } from './batch.js';
import type { Shard } from './shard.js';

/**
 * `--report`: per input, whether it imported, how many records, and how much of its text landed
 * somewhere (records, headers, front matter) against what was reported as unplaced. The JSON
 * form is for CI artefacts; the table is for a person at a terminal.
 */
export interface ReportEntry {
  file: string;
  /** Its place in the run's inputs (argument problems after them): the same in every shard of a run. */
  input: number;
  status: 'imported' | 'imported-with-errors' | 'failed';
  code: string | null;
  message: string | null;
  layout: string | null;
  records: number;
  textLines: number;
  placedLines: number;
  unplacedLines: number;
  /** placed / textLines, 0..1, null when the file had no text or failed. */
  coverage: number | null;
  errors: number;
  warnings: number;
  ms: number;
  output: string | null;
}

export function reportEntry(o: Outcome, input: number, output: string | null, outputError: { code: string; message: string } | null): ReportEntry {
  if (!o.ok) {
    return { file: o.input.path, input, status: 'failed', code: o.error.code, message: o.error.message, layout: null, records: 0, textLines: 0, placedLines: 0, unplacedLines: 0, coverage: null, errors: 1, warnings: 0, ms: o.ms, output: null };
  }
  const d = o.doc;
  const count = (level: string) => d.diagnostics.filter((x) => x.level === level).length;
  const placed = Object.values(d.coverage.placed).reduce((a, b) => a + b, 0);
  const errors = count('error') + (outputError ? 1 : 0);
  return {
    file: o.input.path,
    input,
    status: outputError ? 'failed' : errors > 0 ? 'imported-with-errors' : 'imported',
    code: outputError?.code ?? null,
    message: outputError?.message ?? null,
    layout: d.layout,
    records: d.records.length,
    textLines: d.coverage.textLines,
    placedLines: placed,
    unplacedLines: d.coverage.unplaced,
    coverage: d.coverage.textLines > 0 ? Math.round((placed / d.coverage.textLines) * 1000) / 1000 : null,
    errors,
    warnings: count('warning'),
    ms: o.ms,
    output,
  };
}

/** An argument that named nothing to import (a glob without a match, a folder that cannot be listed). */
export function problemEntry(p: { path: string; code: string; message: string; position: number }): ReportEntry {
  return { file: p.path, input: p.position, status: 'failed', code: p.code, message: p.message, layout: null, records: 0, textLines: 0, placedLines: 0, unplacedLines: 0, coverage: null, errors: 1, warnings: 0, ms: 0, output: null };
}

export function reportJson(entries: readonly ReportEntry[], shard?: Shard): string {
  const totals = {
    files: entries.length,
    imported: entries.filter((e) => e.status === 'imported').length,
    withErrors: entries.filter((e) => e.status === 'imported-with-errors').length,
    failed: entries.filter((e) => e.status === 'failed').length,
    records: entries.reduce((a, e) => a + e.records, 0),
  };
  return `${JSON.stringify(shard ? { shard: `${shard.index}/${shard.count}`, totals, files: entries } : { totals, files: entries }, null, 2)}\n`;
}

export class ReportMergeError extends Error {}

/**
 * `plan-import report merge`: the reports of one run's shards as the unsharded run writes its
 * report — every shard once, the entries in the run's input order, the totals recounted.
 */
export function mergeReports(reports: readonly { name: string; text: string }[]): string {
  const parsed = reports.map(({ name, text }) => {
    let json: { shard?: unknown; files?: unknown };
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ReportMergeError(`${name}: not a JSON report (${(e as Error).message})`);
    }
    const m = typeof json.shard === 'string' ? /^(\d+)\/(\d+)$/.exec(json.shard) : null;
    if (!m || !Array.isArray(json.files)) throw new ReportMergeError(`${name}: not the report of a shard (written by plan-import --shard K/N --report FILE)`);
    return { name, index: Number(m[1]), count: Number(m[2]), files: json.files as ReportEntry[] };
  });
  const count = parsed[0]?.count ?? 0;
  const odd = parsed.find((p) => p.count !== count);
  if (odd) throw new ReportMergeError(`${odd.name}: shard ${odd.index}/${odd.count}, but ${parsed[0]!.name} is of ${count} shards`);
  const seen = new Map<number, string>();
  for (const p of parsed) {
    if (seen.has(p.index)) throw new ReportMergeError(`${p.name} and ${seen.get(p.index)} are both shard ${p.index}/${count}`);
    seen.set(p.index, p.name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new ReportMergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')} missing: the merged report would leave out their files`);
  return reportJson(parsed.flatMap((p) => p.files).sort((a, b) => a.input - b.input));
}

export function reportTable(entries: readonly ReportEntry[]): string {
  const rows = [['file', 'status', 'records', 'placed', 'unplaced', 'errors', 'warnings', 'ms']];
  for (const e of entries) {
    const placed = e.coverage === null ? '-' : `${(e.coverage * 100).toFixed(1)}%`;
    rows.push([e.file, e.status === 'failed' ? `failed ${e.code}` : e.status, String(e.records), placed, String(e.unplacedLines), String(e.errors), String(e.warnings), String(e.ms)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}
