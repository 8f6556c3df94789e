import type { FurnitureLine } from '../extract/pdf/read-pdf.js';
import type { Fill, PageContent, Rule } from '../extract/pdf/page-content.js';
import type { TableTrace } from '../extract/pdf/text-columns.js';
import type { ClaimKind } from '../layout/layout-result.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { importFile, type ImportOptions, type Trace, type TraceStages } from '../pipeline.js';
import { builtinProfiles, genericProfile } from '../profiles/load-profiles.js';
import type { Label } from '../profiles/profile-schema.js';
import type { PlanDocument } from '../records/schema.js';
import { attribute, type Attribution } from './attribute.js';

/**
 * Everything `plan-import inspect` draws, taken from one import of the file: the pages as pdf.js
 * gave them, and the stages' own results (tables, furniture, lines, claims, records), so that what
 * is drawn is what the records came from.
 */
export interface PagePicture {
  page: number;
  width: number;
  height: number;
  runs: { text: string; x0: number; x1: number; top: number; bottom: number; size: number; vertical: boolean }[];
  rules: Rule[];
  fills: Fill[];
}

export interface Inspection {
  path: string;
  doc: PlanDocument;
  /** The profile that read it, and how it was chosen. */
  profile: string;
  lines: LexedLine[];
  claims: Record<number, ClaimKind>;
  /** PDF input: the pages asked for, in order; empty for a text extraction. */
  pages: PagePicture[];
  tables: TableTrace[];
  furniture: FurnitureLine[];
  attribution: Attribution;
}

/** Pages to draw: `1-3,7`; null draws every page. */
export type PageSet = ReadonlySet<number> | null;

export class PageRangeError extends Error {}

export function parsePages(spec: string): Set<number> {
  const pages = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || from < 1 || to < from || to - from > 100_000) throw new PageRangeError(`--pages ${JSON.stringify(spec)}: expected pages like 1-3,7 (from 1, each range rising)`);
    for (let p = from; p <= to; p++) pages.add(p);
  }
  return pages;
}

export type InspectOptions = Pick<ImportOptions, 'profile' | 'municipality' | 'ocr'> & { pages?: PageSet };

export async function inspectFile(path: string, options: InspectOptions = {}): Promise<Inspection> {
  const pages: PagePicture[] = [];
  const seen: Partial<TraceStages> = {};
  const trace: Trace = (stage, data) => {
    (seen as Record<string, unknown>)[stage] = data;
  };
  const want = options.pages ?? null;
  const pageContent = (c: PageContent) => {
    if (want && !want.has(c.page)) return;
    const runs = c.runs.map((r) => ({ text: r.text, x0: r.x0, x1: r.x1, top: r.top, bottom: r.bottom, size: r.size, vertical: r.vertical }));
    pages.push({ page: c.page, width: c.width, height: c.height, runs, rules: c.rules, fills: c.fills });
  };
  const doc = await importFile(path, { profile: options.profile, municipality: options.municipality, ocr: options.ocr, trace, pageContent });
  const lines = seen.lex ?? [];
  const claims = seen.claims ?? {};
  const profileId = seen.detect?.profile ?? doc.layout;
  const labels: Label[] = options.profile?.labels ?? [...builtinProfiles(), genericProfile()].find((p) => p.id === profileId)?.labels ?? [];
  return {
    path,
    doc,
    profile: profileId,
    lines,
    claims,
    pages,
    tables: (seen.tables ?? []).filter((t) => !want || want.has(t.page)),
    furniture: (seen.furniture ?? []).filter((f) => !want || want.has(f.page)),
    attribution: attribute(lines, claims, doc.records, doc.departments, labels),
  };
}
