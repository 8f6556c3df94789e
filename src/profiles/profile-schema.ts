import { z } from 'zod';
import { FIELD_KEYS } from '../records/schema.js';
import { LABEL_ROLES } from '../vocabulary/index.js';

/**
 * A layout profile: everything family-specific, as data. A new city's format that fits one of the
 * layouts below is a new JSON file, not new code. Patterns are regular-expression sources matched
 * against a line's compact key (all whitespace removed, markup stripped) unless said otherwise.
 */

const Pattern = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const FieldKey = z.enum(FIELD_KEYS);

/** Label → the slot its value fills. `dept.*` are Department fields, `year.*` YearEntry fields. */
export const LabelTarget = z.enum([
  ...FIELD_KEYS,
  'title',
  'number',
  'sections',
  'category',
  'department',
  'indicator',
  'dept.head',
  'dept.policy',
  'dept.duties',
  'dept.summary',
  'dept.goals',
  'year.plan',
  'year.progress',
  'year.outcome',
  'year.grade',
  'year.nextSteps',
  'year.revenueEffect',
  'year.expenditureEffect',
  'year.header',
  'ignore',
]);
export type LabelTarget = z.infer<typeof LabelTarget>;

export const Label = z.object({ pattern: Pattern, target: LabelTarget });
export type Label = z.infer<typeof Label>;

const Detect = z.object({
  /** Each pattern found anywhere in the first `window` lines adds its weight. */
  signals: z.array(z.object({ pattern: Pattern, weight: z.number() })).min(1),
  minScore: z.number(),
  window: z.number().int().positive().default(400),
});

const Common = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  family: z.string(),
  description: z.string(),
  detect: Detect,
  /** Lines that repeat per page or per department and carry no record data. */
  runningHeaders: z.array(Pattern).default([]),
  /** Title: the first line matching one of these (joined with following title lines when split). */
  title: z.array(Pattern).default([]),
  /** Title lines are joined with this (kariya `令和5年度` + `刈谷市組織重点目標` → ''). */
  titleJoin: z.string().default(''),
  /** Where the document's year comes from: its title (単年度), or nowhere (multi-year report). */
  fiscalYear: z.enum(['title', 'none']).default('title'),
  /** Where a 令和2年度～令和5年度 period is looked for. */
  period: z.enum(['none', 'front', 'anywhere']).default('none'),
  /** Ranges skipped as front matter (table of contents, introduction): from a line to a line. */
  frontMatter: z.array(z.object({ from: Pattern, until: Pattern, inclusive: z.boolean().default(false) })).default([]),
  labels: z.array(Label).default([]),
  /** Department names that end with these are departments (部 / 局 / 課 …). */
  departmentSuffixes: z.array(z.string()).default(['部', '局', '室', '課', '本部', '事務局', '組織', '委員会', '連合', '組合']),
  /**
   * How a PDF's ruled tables are read for this family: `rows` (a row per line, cells as cells, the
   * shape of a spreadsheet export) or `lines` (each printed line on its own, cell after cell, the
   * shape of a plain text extraction).
   */
  pdfTables: z.enum(['rows', 'lines']).default('rows'),
  /**
   * Where targets are read from when the layout found no 指標 table: record fields (`criteria`
   * bullets, `goal`/`measures` sentences, `【指数・目標値】` lines inside a field) or the `title`.
   * A criteria bullet with no figure is kept as a text target.
   */
  indicatorsFrom: z.array(z.enum(['title', 'issue', 'goal', 'measures', 'content', 'criteria', 'progress'])).default([]),
  /** Only lines starting with this are read for targets (isesaki: `【指数・目標値】`); none: every sentence. */
  indicatorLines: Pattern.optional(),
};

/** 部局の目標・方針: per department, label blocks each holding a numbered list, aligned by number. */
export const NumberedListsProfile = z.object({
  ...Common,
  layout: z.literal('numbered-lists'),
  /** The line that starts a department: group 1 is its name. */
  departmentStart: Pattern,
  /** Which block's item text becomes the record title, in order of preference. */
  titleFrom: z.array(FieldKey).min(1),
  itemMarkers: z.array(z.enum(['circled-number', 'paren-number', 'dotted-number'])).min(1),
});

/** 組織重点目標: tables with column roles; several numbered items may share one cell. */
export const ColumnTableProfile = z.object({
  ...Common,
  layout: z.literal('column-table'),
  /** A heading line that starts a department: group 1 is its name. */
  departmentStart: Pattern,
  /** A heading line that sets the category (marker kept). */
  categoryStart: Pattern,
  /** Header cell text → column role. A row whose cells all match is a header row. */
  columns: z.array(z.object({ header: Pattern, role: z.enum(['goal', 'title', 'sections', 'criteria']) })).min(2),
});

/** 部長目標 結果: per department, label/value blocks (table rows, cells or markdown), a goal list. */
export const GoalBlocksProfile = z.object({
  ...Common,
  layout: z.literal('goal-blocks'),
  /** Result labels after each goal, longest first, with the status each means. */
  results: z.array(z.object({ label: z.string(), status: z.string() })).min(1),
  /** A cell or line naming a department: group 1. */
  departmentName: Pattern,
  /** The head's title (`政策経営部長`), followed by reading and name. */
  headTitle: Pattern,
});

/** 行政改革 / 経営改革 sheets: one item per sheet, rows of label + value cells, per-year columns. */
export const ItemSheetsProfile = z.object({
  ...Common,
  layout: z.literal('item-sheets'),
  /** A row that starts a new item sheet (matched against cells joined by "|"). */
  itemStart: Pattern,
  /** Headings between sheets that set categoryPath, outermost first (matched against the compact key). */
  categories: z.array(z.object({ pattern: Pattern, level: z.number().int().min(0) })).default([]),
  /** Cells that are table furniture inside a sheet (`名称`, `年度`, `目標値`, `(各年度末時点)`). */
  ignoreCells: z.array(Pattern).default([]),
  /** Table-of-contents lines that name categories but appear only there (isesaki area headings); matched against the line's text with its spaces. */
  tocCategories: z.array(z.object({ pattern: Pattern, level: z.number().int().min(0) })).default([]),
  /** Grade symbols with their status and the legend line that defines them. */
  grades: z.array(z.object({ symbol: z.string(), status: z.string() })).default([]),
  /** Money columns are in this unit; multiply to get yen. */
  moneyUnitYen: z.number().int().positive().default(1000),
  /** Cells that mean "none" in a money column. */
  noneValues: z.array(z.string()).default(['—', '-', '－', 'ー', '―', '‐']),
});

/**
 * One city's form sheets, read by the general reader with labels of its own (a user's profile,
 * drafted by `plan-import profile draft FILE`): `formLabels` are tried before the shared
 * vocabulary; a role `other` keeps the label's text in otherFields.
 */
export const FormSheetsProfile = z.object({
  ...Common,
  layout: z.literal('form-sheets'),
  formLabels: z.array(z.object({ pattern: Pattern, role: z.enum(LABEL_ROLES) })).default([]),
});

/** Fallback: numbered items under labelled blocks, anywhere. */
export const GenericProfile = z.object({
  ...Common,
  layout: z.literal('generic'),
  itemMarkers: z.array(z.enum(['circled-number', 'paren-number', 'dotted-number'])).min(1),
});

export const Profile = z.discriminatedUnion('layout', [
  NumberedListsProfile,
  ColumnTableProfile,
  GoalBlocksProfile,
  ItemSheetsProfile,
  FormSheetsProfile,
  GenericProfile,
]);
export type Profile = z.infer<typeof Profile>;
export type NumberedListsProfile = z.infer<typeof NumberedListsProfile>;
export type ColumnTableProfile = z.infer<typeof ColumnTableProfile>;
export type GoalBlocksProfile = z.infer<typeof GoalBlocksProfile>;
export type ItemSheetsProfile = z.infer<typeof ItemSheetsProfile>;
export type GenericProfile = z.infer<typeof GenericProfile>;
export type FormSheetsProfile = z.infer<typeof FormSheetsProfile>;
