import type { Outcome } from './batch.js';

/**
 * `--report`: per input, whether it imported, how many records, and how much of its text landed
 * somewhere (records, headers, front matter) against what was reported as unplaced. The JSON
 * form is for CI artefacts; the table is for a person at a terminal.
 */
export interface ReportEntry {
  file: string;
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

export function reportEntry(o: Outcome, output: string | null, outputError: { code: string; message: string } | null): ReportEntry {
  if (!o.ok) {
    return { file: o.input.path, status: 'failed', code: o.error.code, message: o.error.message, layout: null, records: 0, textLines: 0, placedLines: 0, unplacedLines: 0, coverage: null, errors: 1, warnings: 0, ms: o.ms, output: null };
  }
  const d = o.doc;
  const count = (level: string) => d.diagnostics.filter((x) => x.level === level).length;
  const placed = Object.values(d.coverage.placed).reduce((a, b) => a + b, 0);
  const errors = count('error') + (outputError ? 1 : 0);
  return {
    file: o.input.path,
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
export function problemEntry(p: { path: string; code: string; message: string }): ReportEntry {
  return { file: p.path, status: 'failed', code: p.code, message: p.message, layout: null, records: 0, textLines: 0, placedLines: 0, unplacedLines: 0, coverage: null, errors: 1, warnings: 0, ms: 0, output: null };
}

export function reportJson(entries: readonly ReportEntry[]): string {
  const totals = {
    files: entries.length,
    imported: entries.filter((e) => e.status === 'imported').length,
    withErrors: entries.filter((e) => e.status === 'imported-with-errors').length,
    failed: entries.filter((e) => e.status === 'failed').length,
    records: entries.reduce((a, e) => a + e.records, 0),
  };
  return `${JSON.stringify({ totals, files: entries }, null, 2)}\n`;
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
