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
/** Slots that evaluation sheets add (事務事業評価シート, 事業評価書, 取組状況シート). */
export const SHEET_FIELD_KEYS = ['purpose', 'audience', 'method', 'period', 'plan', 'evaluation', 'direction', 'improvement', 'basis'] as const;
export type SheetFieldKey = (typeof SHEET_FIELD_KEYS)[number];
export type FieldKey = (typeof FIELD_KEYS)[number];

export const Fields = z
  .object({
    issue: z.string().optional(),
    goal: z.string().optional(),
    measures: z.string().optional(),
    content: z.string().optional(),
    criteria: z.array(z.string()).optional(),
    progress: z.string().optional(),
    purpose: z.string().optional().describe('目的, 意図'),
    audience: z.string().optional().describe('対象, 事業の対象, 対象者'),
    method: z.string().optional().describe('手段, 事業の手段・方法, 実施形態'),
    period: z.string().optional().describe('実施期間, 事業期間, 事業開始年度'),
    plan: z.string().optional().describe('取組予定, 今後の予定'),
    evaluation: z.string().optional().describe('評価, 総合評価, 判断理由: the evaluation as written'),
    direction: z.string().optional().describe('今後の方向性 as written'),
    improvement: z.string().optional().describe('改善内容, 改善策'),
    basis: z.string().optional().describe('根拠法令, 関連計画'),
  })
  .strict();

export const OtherField = z
  .object({ label: z.string(), text: z.string(), line: z.number().int().positive().nullable() })
  .describe('a label the vocabulary does not map to a slot, kept with its text');
export type OtherField = z.infer<typeof OtherField>;

export const MoneyEntry = z
  .object({
    label: z.string().describe('the row as printed: 事業費, 人件費, 一般財源, 経費（一財）'),
    fiscalYear: z.number().int().nullable(),
    kind: z.string().nullable().describe('the column word as printed: 予算, 決算, 見込, 当初予算'),
    yen: z.number().int().nullable().describe('in yen: 千円 figures × 1000'),
    text: z.string().describe('the cell as printed'),
    line: z.number().int().positive().nullable(),
  })
  .describe('one money figure of a year column (事業費, 予算 / 決算)');
export type MoneyEntry = z.infer<typeof MoneyEntry>;

export const DIRECTION_CODES = ['expand', 'improve', 'reduce', 'abolish', 'complete', 'continue'] as const;
export const Direction = z.object({ label: z.string(), code: z.enum(DIRECTION_CODES).nullable() }).describe('今後の方向性: 拡充 / 継続 / 改善 / 縮小 / 廃止 / 完了');
export type Direction = z.infer<typeof Direction>;

export const RECOGNISED_AS = ['profile', 'sheet', 'numbered-item', 'table-row'] as const;
export type RecognisedAs = (typeof RECOGNISED_AS)[number];
export type Fields = z.infer<typeof Fields>;

export const OrganisationUnit = z
  .object({
    written: z.string().describe('the entry as printed, one of `sections`: 上下水道局総務課'),
    department: z.string().nullable().describe('the 部 / 局 / 本部 / 公室 printed at its start (上下水道局), null when none is'),
    section: z.string().nullable().describe('the rest (総務課, 環境政策課さかい聖苑), null when the entry names a department alone'),
  })
  .describe('a section entry split into its department and unit');
export type OrganisationUnit = z.infer<typeof OrganisationUnit>;

export const PlanRecord = z.object({
  id: z.string().describe('stable across runs of the same input'),
  department: z.string().nullable(),
  sections: z.array(z.string()).describe('担当課 / 課等 / 担当部課, one entry per unit, each whole as printed (上下水道局総務課)'),
  units: z.array(OrganisationUnit).default([]).describe('`sections` in order, each split into department and unit, the same way for every entry'),
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
  recognisedAs: z.enum(RECOGNISED_AS).default('profile').describe('how the record was found: a built-in or user profile, a form sheet, a numbered item, a table row'),
  money: z.array(MoneyEntry).default([]),
  direction: Direction.nullable().default(null),
  otherFields: z.array(OtherField).default([]),
  clean: z.boolean().default(true).describe('false when the reader doubts the record (several items in its title, diagram debris)'),
  ocr: z
    .object({ confidence: z.number().min(0).max(1).describe("Tesseract's mean confidence over the page's words, 0–1") })
    .optional()
    .describe('present when the page the record starts on was read by OCR: a page without a text layer, or every page with --ocr always'),
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
