import { z } from 'zod';

/**
 * The record contract (../shared/docs/records.md, version 1) as the single source of truth.
 * `schemas/plan-document.schema.json` is generated from this file by `npm run schema`.
 * Positions: `page` and `line` are 1-based everywhere.
 */

export const STATUSES = [
  'achieved',
  'partially_achieved',
  'not_achieved',
  'started',
  'exceeded',
  'on_plan',
  'below_plan',
  'no_progress',
] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Diagnostic = z.object({
  level: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('stable rule id, e.g. layout/unplaced-text'),
  message: z.string(),
  file: z.string().describe('the input path the diagnostic is about'),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Indicator = z.object({
  name: z.string().nullable(),
  fiscalYear: z.number().int().nullable(),
  target: z.number().nullable(),
  unit: z.string().nullable(),
  comparator: z.enum(['gte', 'lte', 'gt', 'lt', 'eq']).nullable(),
  actual: z.number().nullable(),
  text: z.string(),
  note: z.string().nullable().describe('footnote written with the indicator (`<small>※以下の条件で算出…`)'),
  line: z.number().int().positive().nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Result = z.object({ label: z.string(), status: Status });
export type Result = z.infer<typeof Result>;

export const YearEntry = z.object({
  fiscalYear: z.number().int(),
  plan: z.string().nullable(),
  progress: z.string().nullable(),
  outcome: z.string().nullable(),
  grade: z.string().nullable(),
  status: Status.nullable(),
  nextSteps: z.string().nullable(),
  revenueEffectYen: z.number().int().nullable(),
  expenditureEffectYen: z.number().int().nullable(),
  effectBasis: z.string().nullable().describe('text written under a 財政効果額 figure (what it is the sum of)'),
});
export type YearEntry = z.infer<typeof YearEntry>;

export const FIELD_KEYS = ['issue', 'goal', 'measures', 'content', 'criteria', 'progress'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const Fields = z
  .object({
    issue: z.string().optional(),
    goal: z.string().optional(),
    measures: z.string().optional(),
    content: z.string().optional(),
    criteria: z.array(z.string()).optional(),
    progress: z.string().optional(),
  })
  .strict();
export type Fields = z.infer<typeof Fields>;

export const PlanRecord = z.object({
  id: z.string().describe('stable across runs of the same input'),
  department: z.string().nullable(),
  sections: z.array(z.string()),
  categoryPath: z.array(z.string()),
  number: z.number().int().nullable(),
  title: z.string().min(1),
  fields: Fields,
  indicators: z.array(Indicator),
  result: Result.nullable(),
  yearly: z.array(YearEntry),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
  keywords: z.array(z.string()).optional().describe('compound nouns of the title and goal, in order (only with --keywords)'),
});
export type PlanRecord = z.infer<typeof PlanRecord>;

export const Department = z.object({
  name: z.string(),
  head: z.string().nullable(),
  headReading: z.string().nullable(),
  policy: z.string().nullable(),
  duties: z.string().nullable(),
  summary: z.string().nullable(),
  sections: z.array(z.string()).describe('課 named with the department (e.g. in its parenthesis)'),
  line: z.number().int().positive().nullable(),
});
export type Department = z.infer<typeof Department>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.enum(['application/pdf', 'text/plain']),
  pages: z.number().int().nonnegative().nullable(),
  encoding: z.string().nullable(),
  lines: z.number().int().nonnegative().describe('lines in the extracted text'),
});

export const Coverage = z.object({
  textLines: z.number().int().nonnegative().describe('non-blank lines of the extracted text'),
  placed: z.record(z.string(), z.number().int().nonnegative()).describe('lines by what took them'),
  unplaced: z.number().int().nonnegative(),
});

export const PlanDocument = z.object({
  schemaVersion: z.literal('1'),
  source: Source,
  title: z.string().nullable(),
  municipality: z.string().nullable(),
  fiscalYear: z.number().int().nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  asOf: z.string().nullable().describe('ISO date the document states it is current at (令和5年9月1日現在)'),
  layout: z.string(),
  departments: z.array(Department),
  records: z.array(PlanRecord),
  coverage: Coverage,
  diagnostics: z.array(Diagnostic),
});
export type PlanDocument = z.infer<typeof PlanDocument>;
