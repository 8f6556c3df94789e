import { createHash } from 'node:crypto';
import type { SourceText } from '../extract/source-text.js';
import type { LexedLine } from '../lex/lexed-line.js';
import type { LayoutResult } from '../layout/layout-result.js';
import type { DocumentMeta } from './document-meta.js';
import { PlanDocument, type Diagnostic } from './schema.js';

/**
 * Drafts → the validated contract: ids, coverage (what took each line), unplaced text reported,
 * and the whole document checked against the zod schema.
 */
export function buildDocument(
  source: SourceText,
  lines: readonly LexedLine[],
  layoutId: string,
  meta: DocumentMeta,
  layout: LayoutResult,
  extra: Diagnostic[],
  ocrPages?: ReadonlyMap<number, number>,
): PlanDocument {
  const file = source.path;
  const diagnostics: Diagnostic[] = [
    ...source.notes.map((n) => ({ ...n, file, page: n.page ?? null })),
    ...extra,
    ...layout.diagnostics.map((d) => ({ ...d, file })),
  ];
  for (const n of [...meta.titleLines, ...meta.usedLines]) layout.claims.set(n, 'header');

  const placed: Record<string, number> = {};
  let textLines = 0;
  let unplaced = 0;
  for (const l of lines) {
    if (l.blank) continue;
    textLines++;
    const kind = layout.claims.get(l.no);
    if (kind) {
      placed[kind] = (placed[kind] ?? 0) + 1;
      continue;
    }
    unplaced++;
    diagnostics.push({
      level: 'warning',
      code: 'layout/unplaced-text',
      message: `text not placed in any record, department or header: "${preview(l.text)}"`,
      file,
      page: l.page,
      line: l.no,
    });
  }

  const seen = new Map<string, number>();
  const records = layout.records.map((r) => {
    const base = createHash('sha256')
      .update([layoutId, r.department ?? '', r.categoryPath.join('/'), r.number ?? '', r.title].join('\u0000'))
      .digest('hex')
      .slice(0, 12);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const confidence = r.page !== null ? ocrPages?.get(r.page) : undefined;
    return { id: n === 1 ? base : `${base}-${n}`, ...r, ...(confidence !== undefined ? { ocr: { confidence } } : {}) };
  });
  for (const r of records) {
    // a sum past what a number holds exactly is a misread (figures run together), not a sum: said,
    // and left out, rather than failing the whole document's schema
    const tooLarge = (v: number | null | undefined) => v != null && !Number.isSafeInteger(v);
    for (const m of r.money ?? []) {
      if (!tooLarge(m.yen)) continue;
      diagnostics.push({ level: 'warning', code: 'records/figure-out-of-range', message: `「${preview(m.text)}」 read as ${m.yen} yen, past any sum: not imported as a figure`, file, page: r.page, line: m.line });
      m.yen = null;
    }
    for (const y of r.yearly) {
      for (const k of ['revenueEffectYen', 'expenditureEffectYen'] as const) {
        if (!tooLarge(y[k])) continue;
        diagnostics.push({ level: 'warning', code: 'records/figure-out-of-range', message: `the ${y.fiscalYear} ${k} of 「${preview(r.title)}」 read as ${y[k]} yen, past any sum: not imported as a figure`, file, page: r.page, line: r.line });
        y[k] = null;
      }
    }
    if (r.title === '') {
      diagnostics.push({ level: 'error', code: 'records/empty-title', message: `record ${r.number ?? ''} has no title text`, file, page: r.page, line: r.line });
    }
  }

  const doc = {
    schemaVersion: '1' as const,
    source: {
      path: source.path,
      sha256: source.sha256,
      mediaType: source.mediaType,
      pages: source.pages,
      encoding: source.encoding,
      lines: source.lines.length,
    },
    title: meta.title,
    municipality: meta.municipality,
    fiscalYear: meta.fiscalYear,
    period: meta.period,
    asOf: meta.asOf,
    layout: layoutId,
    departments: layout.departments.map(({ headTitle: _, ...d }) => d),
    records: records.filter((r) => r.title !== ''),
    coverage: { textLines, placed, unplaced },
    diagnostics,
  };
  return PlanDocument.parse(doc);
}

function preview(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
