import type { ClaimKind } from '../layout/layout-result.js';
import type { LexedLine } from '../lex/lexed-line.js';
import type { Label } from '../profiles/profile-schema.js';
import { matchLabel } from '../layout/labels.js';
import type { Department, PlanRecord } from '../records/schema.js';
import { labelRole, type LabelRole } from '../vocabulary/index.js';

/**
 * Which record and which field each line (and each cell of a table row) fed. The layouts say
 * what took each line (their claims) and where each record starts (its `line`); the records say
 * what each field holds. A line claimed for a record belongs to the record that starts at or
 * above it, or to the next one when only that one holds its text (a form's number row above its
 * title). Its field is the one whose value holds its text; a cell that fed no value but is a label
 * the vocabulary or the profile knows, or stands just before a value, is that field's label.
 */

/** The fields a region can be coloured by: the contract's, grouped as a reader names them. */
export const SHOWN_FIELDS = [
  'title', 'number', 'department', 'sections', 'category', 'issue', 'goal', 'measures', 'content', 'criteria', 'progress', 'purpose', 'audience',
  'method', 'period', 'plan', 'evaluation', 'direction', 'improvement', 'basis', 'indicators', 'yearly', 'money', 'result', 'other',
] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

export interface Region {
  line: number;
  /** The cell's index in the line's cells; null for the whole line. */
  cell: number | null;
  /** The paragraph's index among the cell's (cellParagraphs), when the cell has several. */
  para: number | null;
  text: string;
  claim: ClaimKind | 'unplaced';
  /** Index into the document's records, for lines a record took. */
  record: number | null;
  /** Other records whose values the text holds whole (a text cell listing a department's goals). */
  also: number[];
  /** Index into the document's departments, for lines a department took. */
  department: number | null;
  field: ShownField | null;
  /** The cell names the field (a label) rather than holding its value. */
  label: boolean;
  /** For an `other` field: the label it was kept under. */
  otherLabel?: string;
}

interface Value {
  field: ShownField;
  key: string;
  /** The line the record says the value came from (indicators, money, other fields). */
  line?: number | null;
  otherLabel?: string;
}

/** Text as compared: width folded, no white space. */
export function compareKey(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

function recordValues(r: PlanRecord): Value[] {
  const out: Value[] = [];
  const add = (field: ShownField, text: string | null | undefined, line?: number | null, otherLabel?: string) => {
    if (text) out.push({ field, key: compareKey(text), ...(line !== undefined ? { line } : {}), ...(otherLabel ? { otherLabel } : {}) });
  };
  add('title', r.title);
  if (r.number !== null) add('number', String(r.number));
  add('department', r.department);
  for (const s of r.sections) add('sections', s);
  for (const c of r.categoryPath) add('category', c);
  add('result', r.result?.label);
  add('direction', r.direction?.label);
  for (const [k, v] of Object.entries(r.fields)) {
    if (Array.isArray(v)) for (const item of v) add(k as ShownField, item);
    else add(k as ShownField, v);
  }
  for (const y of r.yearly) for (const t of [y.plan, y.progress, y.outcome, y.grade, y.nextSteps, y.effectBasis]) add('yearly', t);
  for (const m of r.money) add('money', m.text, m.line);
  for (const i of r.indicators) add('indicators', i.text, i.line);
  for (const o of r.otherFields) add('other', o.text, o.line, o.label);
  return out;
}

function departmentValues(d: Department): Value[] {
  return [d.name, d.head, d.policy, d.duties, d.summary, ...d.sections].filter((t): t is string => !!t).map((t) => ({ field: 'department' as const, key: compareKey(t) }));
}

/** How much of a value a cell's text is (0 when it is none of it): the most specific value wins. */
function share(cell: string, v: Value): number {
  if (cell.length === 0 || v.key.length === 0) return 0;
  // a number is its cell, not any digit of a sentence (`No.3`, `(3)`, `3`)
  if (v.field === 'number') return cell.replace(/^(?:No\.?|NO\.?|№|第)|[()（）.．号]/gu, '') === v.key ? 1 : 0;
  // one character (`5` of `令和 | 5 | 年度`) is in too many values to tell by itself
  if (cell.length < 2) return cell === v.key ? 1 : 0;
  if (v.key.includes(cell)) return cell.length / v.key.length;
  // a printed line the reader mended (a wrap rejoined, a bullet taken off) still shows its two ends
  if (cell.length >= 8 && v.key.includes(cell.slice(0, 5)) && v.key.includes(cell.slice(-5))) return (cell.length / v.key.length) * 0.5;
  // a cell holding a short value with more around it (`No.3`, `R5: 達成`)
  if (v.key.length >= 2 && cell.includes(v.key)) return (v.key.length / cell.length) * 0.5;
  // the item's marker, which the record does not keep (`① 過去４年間…` → 過去4年間…)
  const unmarked = MARKED.exec(cell)?.[1];
  return unmarked ? share(unmarked, v) * 0.9 : 0;
}

/** A line opened by an item marker (width folded: ① is 1 here), then at least four characters. */
const MARKED = /^(?:[0-9]{1,2}[.)、]?|[(][0-9]{1,2}[)]|[・●○◆◇■□▪※-])(.{4,})$/u;

/**
 * Fields a record takes from where it stands (its department's name cell, the category above it),
 * shared with its neighbours: they do not make its extent.
 */
export const CONTEXT_FIELDS: ReadonlySet<ShownField> = new Set(['department', 'category']);

/** The piece before, in reading order: a wrapped sentence goes on in the same value, a row of one goal in its record. */
interface Before {
  v: Value | null;
  record: number | null;
}

/** How well a value explains a cell: its share, more when the record names the line, or the piece before fed it too. */
function score(cell: string, v: Value, line: number, before: Before, record: number | null): number {
  const goesOn = v === before.v && v.key.includes(cell);
  // one character (`5` of `令和 | 5 | 年度`) only as part of what the piece before fed
  if (cell.length === 1 && goesOn) return 0.3;
  const s = share(cell, v);
  if (s === 0) return 0;
  return s + (v.line === line ? 1 : 0) + (goesOn ? 0.5 : 0) + (record !== null && record === before.record ? 0.2 : 0);
}

function bestValue(cell: string, values: readonly Value[], line: number, before: Before = { v: null, record: null }, record: number | null = null): { v: Value; s: number } | null {
  let best: { v: Value; s: number } | null = null;
  for (const v of values) {
    const s = score(cell, v, line, before, record);
    if (s > (best?.s ?? 0)) best = { v, s };
  }
  return best;
}

/** How many lines above its start a text record's head may stand (京都's No. / 所管局 rows above 事業名). */
const PREAMBLE = 8;

/** How far from its start a record's lines may stand: the longest department section of the seeds is ~150 lines. */
const FAR = 400;

const ROLE_FIELD: Partial<Record<LabelRole, ShownField>> = {
  title: 'title', categoryTitle: 'category', number: 'number', department: 'department', sections: 'sections', category: 'category', purpose: 'purpose',
  audience: 'audience', method: 'method', measures: 'measures', content: 'content', period: 'period', issue: 'issue', goal: 'goal', progress: 'progress', plan: 'plan',
  evaluation: 'evaluation', direction: 'direction', improvement: 'improvement', indicators: 'indicators', money: 'money', baseline: 'indicators',
  targetValue: 'indicators', actualValue: 'indicators', basis: 'basis', other: 'other',
};

/** A profile's label target as the field it fills. */
function targetField(target: string): ShownField | null {
  if (target === 'ignore' || target === 'year.header') return null;
  // a department's goals are its records (部長目標's 目標 cell)
  if (target === 'dept.goals') return 'title';
  if (target.startsWith('dept.')) return 'department';
  if (target.startsWith('year.')) return 'yearly';
  if (target === 'indicator') return 'indicators';
  return (SHOWN_FIELDS as readonly string[]).includes(target) ? (target as ShownField) : null;
}

function labelField(text: string, labels: readonly Label[]): ShownField | null {
  if (compareKey(text).length > 26) return null;
  const target = matchLabel(labels, text);
  if (target) return targetField(target);
  const role = labelRole(text);
  return role ? (ROLE_FIELD[role] ?? null) : null;
}

/** A cell's paragraphs as the reader joined them (a PDF cell's, or a text extraction's `<br>`-split cell). */
export function cellParagraphs(text: string): string[] {
  return text.split('\n').filter((p) => p.trim() !== '');
}

/**
 * Cells as regions: a table row's cells one by one, any other line whole; a cell of several
 * paragraphs paragraph by paragraph, for one cell may hold several records (部長目標's 目標 cell
 * lists a department's seven goals, each a record).
 */
function pieces(l: LexedLine): { cell: number | null; para: number | null; text: string }[] {
  const cells = l.grid || l.cells.filter((c) => c.trim() !== '').length > 1 ? l.cells.map((text, cell) => ({ cell: cell as number | null, text })) : [{ cell: null, text: l.text }];
  return cells.flatMap((c) => {
    const paras = c.cell === null ? [] : cellParagraphs(c.text);
    return paras.length > 1 ? paras.map((text, para) => ({ cell: c.cell, para: para as number | null, text })) : [{ cell: c.cell, para: null, text: c.text }];
  }).filter((p) => p.text.trim() !== '');
}

export interface Attribution {
  regions: Region[];
}

export function attribute(
  lines: readonly LexedLine[],
  claims: Readonly<Record<number, ClaimKind>>,
  records: readonly PlanRecord[],
  departments: readonly Department[],
  labels: readonly Label[] = [],
): Attribution {
  const values = records.map(recordValues);
  const deptValues = departments.map(departmentValues);
  const starts = records.map((r, i) => ({ i, line: r.line })).filter((s): s is { i: number; line: number } => s.line !== null).sort((a, b) => a.line - b.line || a.i - b.i);
  const deptStarts = departments.map((d, i) => ({ i, line: d.line })).filter((s): s is { i: number; line: number } => s.line !== null).sort((a, b) => a.line - b.line);
  const regions: Region[] = [];
  let lastPiece: Before = { v: null, record: null };
  for (const l of lines) {
    if (l.blank) continue;
    const claim = claims[l.no] ?? 'unplaced';
    // a line is claimed whole by what took it first, but its cells may feed several records (a
    // row of goals, 部長目標's department row holding its first goal): each cell finds its own
    const near = claim === 'record' || claim === 'department' ? nearRecords(starts, l.no) : { at: [], prev: [], next: [] };
    const dept = claim === 'department' ? (deptStarts[upperBound(deptStarts, l.no) - 1]?.i ?? null) : null;
    // the next record takes a line only when nothing in it is the record above's (a form's number
    // row above its title), not a cell that happens to equal one of its values (京都's 現状のまま継続
    // option on the sheet before)
    const mine = [...near.at, ...near.prev];
    // …and it stands just above the next record's start: on its page, or a few lines above it (a
    // year header of the table before does not belong to the next sheet: 伊勢崎's 令和2年度 row)
    const closeBy = (i: number) => (l.page !== null && records[i]!.page !== null ? l.page === records[i]!.page : records[i]!.line! - l.no <= PREAMBLE);
    const others = pieces(l).some((p) => mine.some((i) => bestValue(compareKey(p.text), values[i]!, l.no) !== null)) ? [] : near.next.filter(closeBy);
    const parts = pieces(l).map((p) => {
      const before = lastPiece;
      const key = compareKey(p.text);
      let best: { record: number | null; v: Value } | null = null;
      let most = 0;
      const consider = (record: number | null, vs: readonly Value[]) => {
        const b = bestValue(key, vs, l.no, before, record);
        if (b && b.s > most) [best, most] = [{ record, v: b.v }, b.s];
      };
      for (const i of [...mine, ...others]) consider(i, values[i]!);
      if (dept !== null) consider(null, deptValues[dept]!);
      // a table that gives each record's fields in sections of their own (桑名's 現状と課題 ①–⑤,
      // then 今年度の目標 ①–⑤) feeds records that start well above the line
      if (!best && (claim === 'record' || claim === 'department')) for (const i of within(starts, l.no, FAR)) consider(i, values[i]!);
      // a label the vocabulary or profile knows is a label, even when a long text happens to hold its words
      let found = best as { record: number | null; v: Value } | null;
      if (found && share(key, found.v) < 0.5 && labelField(p.text, labels)) found = null;
      // a record's line that holds none of its values (a heading row, a cell the reader kept as
      // it was) is still the record's: the one that starts at or above it
      const record = found ? found.record : claim === 'record' ? (near.at[0] ?? near.prev[0] ?? near.next[0] ?? null) : null;
      lastPiece = { v: found?.v ?? null, record };
      // (the records that start on this line: one above ends here, and holds this text only by chance)
      const also = record === null ? [] : [...near.at, ...others].filter((i) => i !== record && values[i]!.some((v) => !CONTEXT_FIELDS.has(v.field) && v.key.length >= 4 && key.includes(v.key)));
      return { ...p, v: found?.v ?? null, record, also };
    });
    parts.forEach((p, k) => {
      let field: ShownField | null = p.v?.field ?? null;
      let label = false;
      if (!p.v && claim !== 'unplaced') {
        const named = labelField(p.text, labels);
        // a short cell before a value is that value's label even where no vocabulary names it
        const after = parts[k + 1]?.v?.field ?? null;
        if (named || (after && compareKey(p.text).length <= 12)) {
          field = named ?? after;
          label = true;
        }
      }
      // a label belongs to the record of the value beside it
      const record = p.record ?? (label ? (parts[k + 1]?.record ?? null) : null);
      const department = record === null ? dept : null;
      regions.push({ line: l.no, cell: p.cell, para: p.para, text: p.text, claim, record, also: p.also, department, field, label, ...(p.v?.otherLabel ? { otherLabel: p.v.otherLabel } : {}) });
    });
  }
  return { regions };
}

/** The records starting on this line, and those starting last before and first after it. */
function nearRecords(starts: readonly { i: number; line: number }[], line: number): { at: number[]; prev: number[]; next: number[] } {
  const after = upperBound(starts, line);
  const at: number[] = [];
  let k = after - 1;
  while (k >= 0 && starts[k]!.line === line) at.unshift(starts[k--]!.i);
  const prevLine = starts[k]?.line;
  const prev: number[] = [];
  while (k >= 0 && starts[k]!.line === prevLine) prev.unshift(starts[k--]!.i);
  const nextLine = starts[after]?.line;
  const next: number[] = [];
  for (let j = after; j < starts.length && starts[j]!.line === nextLine; j++) next.push(starts[j]!.i);
  return { at, prev, next };
}

/** The records starting within `far` lines above `line` (a record's text never stands far above its start). */
function within(starts: readonly { i: number; line: number }[], line: number, far: number): number[] {
  return starts.filter((s) => s.line < line && line - s.line <= far).map((s) => s.i);
}

/** The index of the first start after `line`. */
function upperBound(starts: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
