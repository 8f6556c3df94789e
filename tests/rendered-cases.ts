import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../src/pipeline.js';
import type { PlanDocument } from '../src/records/schema.js';
import { fixtureCases } from './helpers.js';
import { diffDepartments, diffRecords } from './record-diff.js';

/** Each seed as rendered to PDF by Chromium and LibreOffice (../shared/corpus/rendered). */
const RENDERED = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'rendered');

export interface RenderedCase {
  name: string;
  seed: string;
  text: string;
  pdf: string | null;
  producer: 'chromium' | 'libreoffice';
}

export function renderedCases(): RenderedCase[] {
  return fixtureCases().flatMap((c) =>
    (['chromium', 'libreoffice'] as const).map((producer) => {
      const pdf = join(RENDERED, `${c.name}.${producer}.pdf`);
      return { name: `${c.name}.${producer}`, seed: c.name, text: c.input, pdf: existsSync(pdf) ? pdf : null, producer };
    }),
  );
}

export interface RenderedComparison {
  text: PlanDocument;
  pdf: PlanDocument;
  textRecords: number;
  pdfRecords: number;
  sameRecordList: boolean;
  recordsDiffering: number;
  /** `#index path` of every field (and document/department value) that differs. */
  differences: string[];
}

export async function compareRendered(c: RenderedCase): Promise<RenderedComparison> {
  const text = await importFile(c.text);
  const pdf = await importFile(c.pdf!);
  const list = (d: PlanDocument) => d.records.map((r) => `${r.department}|${r.number}|${r.title}`);
  const fields = diffRecords(text, pdf);
  const header = diffDepartments(text, pdf);
  return {
    text,
    pdf,
    textRecords: text.records.length,
    pdfRecords: pdf.records.length,
    sameRecordList: JSON.stringify(list(text)) === JSON.stringify(list(pdf)),
    recordsDiffering: new Set(fields.map((f) => f.index)).size,
    differences: [...header.map((h) => h.path), ...fields.map((f) => `#${f.index} ${f.path}`)],
  };
}
