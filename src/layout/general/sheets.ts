import { findEraYears } from '../../vocabulary/era-year.js';
import type { LexedLine } from '../../lex/lexed-line.js';
import { cleanText } from '../../normalize/clean-text.js';
import { statusOfResult } from '../../lex/result-label.js';
import type { Fields, OtherField, Result, SheetFieldKey, Status } from '../../records/schema.js';
import { circledValue } from '../../lex/markers/circled-number.js';
import { categoryHeading } from './headings.js';
import { numberedLine } from './outline.js';
import { directionCode, isColumnHeading, isFormTitle, labelName, type ExtraLabels, type LabelRole } from '../../vocabulary/index.js';
import { claim, draftRecord, type DraftRecord, type LayoutResult } from '../layout-result.js';
import { markedChoice } from './choices.js';
import { headsSheet, isListHeader } from './list-table.js';
import { horizontalOverlap, NUMERIC, rowsOverlap, sheetCells, verticalOverlap, type SheetCell } from './sheet-cells.js';
import { labelledTargets } from './labelled-targets.js';
import { readKpiRows } from './kpi-rows.js';
import { figureOf, labelledMoney, readYearTables } from './year-tables.js';

/**
 * Form sheets: one item per sheet, label cells with the value each labels (事務事業評価シート,
 * 事業評価書, 取組状況シート, 個票). A sheet starts where its name label (事業名, 事務事業名 …)
 * names a new item; a sheet that runs over pages repeats the label with the same name (京都).
 * A label's value is the cell right of it in the rows it spans, else the cells below it up to the
 * next label (a section heading over its text: 京都 `１ 事業概要`, 神戸 `≪課題認識≫`).
 */
export interface Pair {
  label: SheetCell;
  role: LabelRole | null;
  values: SheetCell[];
}

export const FIELD_OF: Partial<Record<LabelRole, keyof Fields>> = {
  purpose: 'purpose',
  audience: 'audience',
  method: 'method',
  measures: 'measures',
  content: 'content',
  period: 'period',
  issue: 'issue',
  goal: 'goal',
  progress: 'progress',
  plan: 'plan',
  evaluation: 'evaluation',
  direction: 'direction',
  improvement: 'improvement',
  basis: 'basis',
} satisfies Partial<Record<LabelRole, keyof Fields | SheetFieldKey>>;

/** Labels whose value is a short box (a name, a number): never the paragraphs below them. */
const BOX_ROLES = new Set<LabelRole>(['title', 'categoryTitle', 'number', 'department', 'sections', 'category']);

export interface SheetStarts {
  cells: SheetCell[];
  starts: { line: number; title: string }[];
}

export function sheetStarts(lines: readonly LexedLine[], extra?: ExtraLabels): SheetStarts {
  const cells = sheetCells(lines, extra);
  const byPage = new Map<number, SheetCell[]>();
  for (const c of cells) byPage.set(c.page, [...(byPage.get(c.page) ?? []), c]);
  const valuesOf = (t: SheetCell): SheetCell[] => {
    const page = byPage.get(t.page) ?? [];
    const isLabel = new Set(page.filter((c) => c.role !== null));
    const right = rightOf(t, page, isLabel);
    return right.length > 0 ? right : below(t, page, isLabel, true);
  };
  // 施策名 names the sheet only where no 事業名 does (a 施策評価シート)
  const titleRole = cells.some((c) => c.role === 'title') ? 'title' : 'categoryTitle';
  // the name label heading a list table's column (an index of the sheets) names no sheet
  const titles = cells.filter((c) => c.role === titleRole && (!isListHeader(c.line) || headsSheet(lines, c.line)));
  const starts: { line: number; title: string }[] = [];
  let current: string | null = null;
  for (const t of titles) {
    const value = titleOf(valuesOf(t));
    // (a column's heading beside the name label is an index's header row: No. | 取組項目 | ページ)
    if (value === '' || value === current || isColumnHeading(value)) continue;
    current = value;
    starts.push({ line: t.line.no, title: value });
  }
  return { cells, starts };
}

/** `found`: the cells and sheet starts already read from these lines (read once, used twice). */
export function layoutSheets(lines: readonly LexedLine[], result: LayoutResult, documentEra: number, found: SheetStarts): void {
  const { cells, starts } = found;
  // a sheet begins at the top of the page its name label is on, unless another sheet is there
  const firstLine = starts.map((s, i) => {
    const page = lines.find((l) => l.no === s.line)!.page;
    const prev = starts[i - 1];
    const prevPage = prev ? lines.find((l) => l.no === prev.line)!.page : null;
    if (page === null || page === prevPage) return headerAbove(lines, s.line, cells);
    return lines.find((l) => l.page === page)?.no ?? s.line;
  });
  const thousands = hasThousandYen(lines);
  const headings = headingsBetween(lines, firstLine, starts.map((s) => s.line));
  for (const h of headings.lines) claim(result.claims, h.no, 'category');
  const headingLines = new Set(headings.lines);
  starts.forEach((s, i) => {
    // what comes before the first sheet (a cover, an index of the sheets) is not the sheet's
    const from = firstLine[i]!;
    const to = i + 1 < starts.length ? firstLine[i + 1]! - 1 : Infinity;
    const sheetLines = lines.filter((l) => l.no >= from && l.no <= to);
    const own = cells.filter((c) => c.line.no >= from && c.line.no <= to && !headingLines.has(c.line));
    const { record, unread } = readSheet(own, s.title, documentEra, thousands);
    record.categoryPath = [...(headings.over[i] ?? []), ...record.categoryPath.filter((c) => !(headings.over[i] ?? []).includes(c))];
    // text no label took and no table read: said, not dropped
    for (const c of unread) result.diagnostics.push({ level: 'info', code: 'layout/sheet-cell-unplaced', message: `「${cleanText(c.text).slice(0, 40)}」 stands under no label of the sheet 「${s.title.slice(0, 20)}」 and in no table read: not imported`, line: c.line.no, page: c.line.page });
    record.line = s.line;
    record.page = lines.find((l) => l.no === s.line)?.page ?? null;
    result.records.push(record);
    for (const l of sheetLines) if (!l.blank) claim(result.claims, l.no, 'record');
  });
}

/**
 * The numbered headings a book of sheets sets between them (伊勢崎's `(1) 行政運営の効率化の推進`
 * over its sheets, after the last row of the sheet before): each sheet's categoryPath, outermost
 * first, a numbering style's level the order styles first appear in and one met again closing the
 * deeper levels, as an outline's. Only lines after the previous sheet's last table row count: a
 * numbered line inside a sheet is its text.
 */
function headingsBetween(lines: readonly LexedLine[], firstLine: readonly number[], titleLine: readonly number[]): { over: string[][]; lines: LexedLine[] } {
  const levels = new Map<string, number>();
  const outline = (heading: string, l: LexedLine, stack: { level: number; text: string }[]) => {
    const style = numberedLine(l.text)!.style;
    if (!levels.has(style)) levels.set(style, levels.size);
    const level = levels.get(style)!;
    return [...stack.filter((h) => h.level < level), { level, text: heading }];
  };
  // an index before the sheets (目次) names the headings over the ones printed between them
  // (伊勢崎's `1 効率的で効果的な行政運営` over `(1) 行政運営の効率化の推進`, printed only there)
  const above = new Map<string, string[]>();
  const inIndex: LexedLine[] = [];
  let index: { level: number; text: string }[] = [];
  for (const l of lines) {
    if (l.no >= (firstLine[0] ?? Infinity)) break;
    const heading = categoryHeading(l);
    if (!heading) continue;
    index = outline(heading, l, index);
    if (!above.has(heading)) above.set(heading, index.slice(0, -1).map((h) => h.text));
    inIndex.push(l);
  }
  let stack: { level: number; text: string }[] = [];
  let outer: string[] = [];
  const over: string[][] = [];
  const taken: LexedLine[] = [];
  const row = (l: LexedLine) => l.cells.filter((c) => c.trim()).length >= 2;
  firstLine.forEach((start, i) => {
    // from the sheet before's last row to this sheet's first: the gap between sheets, and a PDF
    // page's head above its sheet (the sheet begins at the top of its page)
    const span = lines.filter((l) => l.no < titleLine[i]! && (i === 0 || l.no > titleLine[i - 1]!));
    const lastRow = span.reduce((last, l, k) => (l.no < start && row(l) ? k : last), -1);
    const firstRow = span.findIndex((l, k) => k > lastRow && l.no >= start && row(l));
    let introduced = false;
    for (const l of span.slice(lastRow + 1, firstRow < 0 ? undefined : firstRow)) {
      const heading = categoryHeading(l);
      if (heading) {
        stack = outline(heading, l, stack);
        taken.push(l);
        introduced = true;
      } else if (introduced && !l.blank) taken.push(l); // the heading's introduction (伊勢崎's prose under each (1))
    }
    const path = stack.map((h) => h.text);
    // (a heading the index leaves out goes under the one before it: 伊勢崎's (9) after (8))
    if (path.length > 0) outer = above.get(path[0]!) ?? outer;
    over.push([...outer, ...path]);
  });
  return { over, lines: [...inIndex, ...taken] };
}

/**
 * Where a sheet begins when no page break says so (a text extraction; several sheets on a page):
 * the lines just above its name label that carry its header (No., 担当部, the form's title, a page
 * number between sheets).
 */
function headerAbove(lines: readonly LexedLine[], titleLine: number, cells: readonly SheetCell[]): number {
  // (and the category it is under: 木更津's 取組視点 | 5つの柱① ヒト over 事業No. | 推進項目名称, read as
  // the sheet before's, each sheet had been given the next one's 柱)
  const HEADER_ROLES = new Set<LabelRole | null>(['number', 'department', 'sections', 'category']);
  let start = titleLine;
  for (let i = lines.findIndex((l) => l.no === titleLine) - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.blank) continue;
    const header = isFormTitle(l.text) || /^[-－–—‐―ー\s]*[0-9０-９]+[-－–—‐―ー\s]*$/u.test(l.text) || cells.some((c) => c.line === l && HEADER_ROLES.has(c.role));
    if (!header) break;
    start = l.no;
  }
  return start;
}

/**
 * The unit a money table states: in its own cells or the lines just above it (`（単位：千円）`,
 * `事業費等(千円単位。…)`, `（円）`); null when it states none and the document's habit decides.
 */
function moneyUnitNear(c: SheetCell, cells: readonly SheetCell[]): boolean | null {
  const table = cells.filter((o) => o.table === c.table);
  const first = Math.min(...table.map((o) => o.line.no));
  const near = [...table, ...cells.filter((o) => o.page === c.page && o.line.no < first && o.line.no >= first - 3)];
  if (near.some((o) => /千円/.test(o.text))) return true;
  if (near.some((o) => /単位[:：]\s*円|[(（]円[)）]/.test(o.text))) return false;
  return null;
}

function hasThousandYen(lines: readonly LexedLine[]): boolean {
  return lines.some((l) => /千円/.test(l.key));
}

const FURNITURE = /^[-－–—‐―ー]?[0-9０-９]+[-－–—‐―ー]?$|^[（(]?単位[:：][^）)]*[）)]?$/u;

function readSheet(cells: SheetCell[], title: string, documentEra: number, thousands: boolean): { record: DraftRecord; unread: SheetCell[] } {
  const years = readYearTables(cells, documentEra, (c) => moneyUnitNear(c, cells) ?? thousands);
  // one indicator a row (成果指標 | 単位 | 基準値（R1） | 目標値（R7） | 実績値（R5））, in what the year tables left
  years.indicators.push(...readKpiRows(cells, documentEra, years.used));
  const rest = cells.filter((c) => !years.used.has(c));
  const pairs = pairLabels(rest);
  const placed = new Set(pairs.flatMap((p) => [p.label, ...p.values]));
  // (the form's own title atop each page, a folio, a table's unit: the form's furniture, no text to place)
  const unread = rest.filter((c) => !placed.has(c) && cleanText(c.text) !== '' && cleanText(c.text) !== title && !FURNITURE.test(c.text.replace(/\s+/g, '')) && !isFormTitle(c.text.replace(/[（(][^（）()]*[）)]$/u, '')));
  // a sheet's targets are its 指標 tables and labelled targets; its prose (補助上限額：400千円,
  // 水道料金の20％を減額) states no target
  const record = draftRecord({ title, recognisedAs: 'sheet', indicatorsRead: true });
  record.indicators = years.indicators;
  record.money = years.money;
  const fields: Record<string, string[]> = {};
  const other: OtherField[] = [...years.texts];
  for (const p of years.plans) {
    const entry = record.yearly.find((y) => y.fiscalYear === p.fiscalYear);
    if (entry) entry.plan = [entry.plan, p.plan].filter(Boolean).join('\n');
    else record.yearly.push({ fiscalYear: p.fiscalYear, plan: p.plan, progress: null, outcome: null, grade: null, status: null, nextSteps: null, revenueEffectYen: null, expenditureEffectYen: null, effectBasis: null });
  }
  const category: string[] = [];
  const departmentEntries: string[] = [];
  const sectionEntries: string[] = [];
  for (const p of pairs) {
    const text = valueText(p.values);
    if (text === '') continue;
    if (p.values.length === 1) {
      const money = labelledMoney(p.label, p.values[0]!, cells.filter((c) => c.line.no === p.label.line.no), documentEra, thousands);
      if (money.length > 0) {
        record.money.push(...money);
        continue;
      }
    }
    const name = labelName(p.label.text);
    switch (p.role) {
      case 'title':
        break;
      case 'categoryTitle':
        if (text !== title && !category.includes(text)) category.push(text);
        break;
      case 'number':
        record.number ??= numberOf(text);
        break;
      case 'department':
        if (departmentEntries.length === 0) departmentEntries.push(...p.values.flatMap((v) => v.raw.split('\n')).map((x) => cleanText(x)).filter(Boolean).flatMap(splitRepeatedHead));
        break;
      case 'sections':
        sectionEntries.push(...p.values.flatMap((v) => v.raw.split(/\n|、|，|・(?=[^・]{2,}[課室係])/u)).map((x) => cleanText(x)).filter(Boolean));
        break;
      case 'category':
        if (!category.includes(text)) category.push(text);
        break;
      default: {
        const field = p.role ? FIELD_OF[p.role] : undefined;
        if (field) (fields[field] ??= []).push(`${name}\u0000${text}`);
        else other.push({ label: name, text, line: p.label.line.no });
      }
    }
  }
  record.number ??= boxedNumber(cells);
  // 所管局 / 担当部 names the department; 担当課 its sections. A composite (`…局…部…課`,
  // `総務部人事課`) is split in the language step; a bare unit (センター, 局) is the department.
  if (departmentEntries.length > 0) {
    if (departmentEntries.some((e) => /[局部].+/.test(e))) record.assignees = [...departmentEntries];
    else record.department = departmentEntries.join('');
    // each section as printed, its department prefix included (issue 15): `units` gives the split
    record.sections.push(...sectionEntries);
  } else if (sectionEntries.length > 0) record.assignees = sectionEntries;
  // 指標：NAME【数値目標：10社】 written in the text of a field
  for (const p of pairs) {
    for (const ind of labelledTargets(valueText(p.values), p.label.line.no)) {
      if (!record.indicators.some((i) => i.name === ind.name && i.target === ind.target)) record.indicators.push(ind);
    }
  }
  record.categoryPath = category;
  record.otherFields = other;
  Object.assign(record.fields, slotTexts(fields));
  record.result = resultOf(pairs.filter((p) => p.role === 'evaluation').map((p) => valueText(p.values)));
  const directions = pairs.filter((p) => p.role === 'direction' && valueText(p.values) !== '');
  const direction = directions.find((p) => directionCode(valueText(p.values)) !== null) ?? directions[0];
  if (direction) {
    const label = valueText(direction.values);
    record.direction = { label, code: directionCode(label) };
  }
  return { record, unread };
}

/**
 * Each slot's text from its labels' (`label\u0000text` entries): one label's text as it is; several
 * labels of one slot (有効性, 効率性, 判断理由; 達成状況, 自己評価) each under its name.
 */
export function slotTexts(fields: Partial<Record<string, string[]>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, entries] of Object.entries(fields)) {
    if (!entries?.length) continue;
    out[field] = entries.length === 1 ? entries[0]!.split('\u0000')[1]! : entries.map((e) => e.replace('\u0000', ': ')).join('\n');
  }
  return out;
}

/** The first evaluation whose words give a status (`A.順調に推移している`, ◎, 達成 …), as the record's result. */
export function resultOf(evaluations: readonly string[]): Result | null {
  for (const e of evaluations) {
    const status = statusOfResult(e.replace(/^[A-DＡ-Ｄ][.．、]?/, '')) ?? gradeStatus(e);
    if (status) return { label: e, status };
  }
  return null;
}

/** 順調 / 概ね順調 / 遅れ — the words of a progress grade, when no ◎○△× is given. */
function gradeStatus(text: string): Status | null {
  if (/困難|未達成/.test(text)) return 'not_achieved';
  if (/していない|遅れ|不十分|未達|停滞/.test(text)) return 'below_plan';
  if (/^[AＡ][.．、(（]?\s*順調|順調に(推移|進捗)|^達成$/.test(text)) return 'on_plan';
  if (/概ね順調|おおむね順調/.test(text)) return 'on_plan';
  if (/おおむね達成|概ね達成/.test(text)) return 'partially_achieved';
  return null;
}

/** Each label cell with the cells it labels. */
export function pairLabels(cells: readonly SheetCell[]): Pair[] {
  const isLabel = new Set<SheetCell>();
  const ordered = [...cells].sort((a, b) => a.line.no - b.line.no || a.col - b.col);
  for (const c of ordered) if (c.role !== null || looksLikeLabel(c, cells, isLabel)) isLabel.add(c);
  const labels = ordered.filter((c) => isLabel.has(c));
  const taken = new Set<SheetCell>();
  const pairs: Pair[] = [];
  for (const l of labels) {
    let values = rightOf(l, cells, isLabel).filter((v) => !taken.has(v));
    if (values.length === 0) values = below(l, cells, isLabel, BOX_ROLES.has(l.role as LabelRole)).filter((v) => !taken.has(v));
    values.forEach((v) => taken.add(v));
    pairs.push({ label: l, role: l.role, values });
  }
  adoptSplitValues(pairs, cells, isLabel, taken);
  return pairs;
}

/**
 * A value the grid split from its label: the label's text sits in one row and its value, or the
 * value's first lines, in the row above (池田 判断理由: `…今後も直営で行う必要が` above
 * `判断理由 | ある。`). A value cell no label took goes to the label of the next row whose own
 * value is empty or continues in that same column.
 */
function adoptSplitValues(pairs: Pair[], cells: readonly SheetCell[], isLabel: Set<SheetCell>, taken: Set<SheetCell>): void {
  for (const o of cells) {
    if (taken.has(o) || isLabel.has(o) || !o.table.startsWith('t') || markedChoice(o.raw) !== null) continue;
    const pair = pairs.find(
      (p) =>
        p.label.table === o.table &&
        p.label.col < o.col &&
        (p.label.row === o.row + o.rowSpan || p.label.row + p.label.rowSpan === o.row) &&
        // an empty label, or one whose value starts mid-sentence (`ある。`)
        (p.values.length === 0 || (p.values.every((v) => v.col === o.col) && /^[ぁ-ゖ、。ー]/u.test(p.values[0]!.text) && !/[。．]$/.test(o.text))),
    );
    if (!pair) continue;
    if (pair.label.row > o.row) pair.values.unshift(o);
    else pair.values.push(o);
    taken.add(o);
  }
}

/**
 * A label the vocabulary does not know: a short cell at the left of a grid row, beside a longer
 * value (池田 関連計画・例規, 神戸 評価責任者). Kept, with its text, so nothing is dropped.
 */
function looksLikeLabel(c: SheetCell, cells: readonly SheetCell[], labels: Set<SheetCell>): boolean {
  // (a text extraction's line: only the third, fifth … cell, label | value | label | value, where
  // a label the vocabulary does not know had been taken into the first label's value and dropped)
  if (!c.table.startsWith('t') && !(c.table.startsWith('r') && c.index > 0 && c.index % 2 === 0)) return false;
  const k = c.text.replace(/\s+/g, '');
  if (k.length < 2 || k.length > 24 || /。/.test(k) || NUMERIC.test(k) || figureOf(k) !== null || /^[○●◎△×■□※・①-⑳]/.test(k) || /年度|令和|平成|^[RH][0-9０-９]/.test(k)) return false;
  // under a header row (木更津's 事業No. | 推進項目名称 | 担当課) a cell is the value of the label above it
  const above = cells.find((o) => o.table === c.table && o.col === c.col && o.row + o.rowSpan === c.row);
  if (above?.role != null && isListHeader(above.line)) return false;
  const row = cells.filter((o) => o.table === c.table && rowsOverlap(o, c));
  const left = row.filter((o) => o.col < c.col).sort((a, b) => b.col - a.col)[0];
  // label | value | label | value: the cell right of a label is its value, never a label
  if (left && labels.has(left)) return false;
  const right = row.filter((o) => o.col > c.col);
  // a longer label (神戸 これまでの外部評価委員会における意見) heads its row beside a long value
  const need = k.length > 16 ? (left ? Infinity : k.length + 4) : 3;
  return right.some((o) => o.text.replace(/\s+/g, '').length >= need && !labels.has(o));
}

function rightOf(l: SheetCell, cells: readonly SheetCell[], isLabel: Set<SheetCell>): SheetCell[] {
  const same = cells
    .filter((c) => c !== l && c.page === l.page && (c.table === l.table ? c.col >= l.col + l.colSpan && rowsOverlap(c, l) : !l.table.startsWith('t') && c.x0 >= l.x1 - 2 && verticalOverlap(c, l) > Math.min(c.bottom - c.top, l.bottom - l.top) * 0.5))
    .sort((a, b) => a.x0 - b.x0 || a.top - b.top);
  const out: SheetCell[] = [];
  const box = BOX_ROLES.has(l.role as LabelRole);
  for (const c of same) {
    if (isLabel.has(c)) break;
    // another table beside a free label, or a name: only the nearest box (京都 所管局 → 産業観光局)
    if ((c.table !== l.table || box) && out.length > 0) break;
    // a label of another row stands between (池田 事業内容 under the cell 実施期間 runs into)
    const from = out.at(-1) ?? l;
    if (c.table === l.table && cells.some((o) => isLabel.has(o) && o.table === c.table && o.col >= from.col + from.colSpan && o.col < c.col && rowsOverlap(o, c))) break;
    out.push(c);
  }
  return out;
}

function below(l: SheetCell, cells: readonly SheetCell[], isLabel: Set<SheetCell>, box: boolean): SheetCell[] {
  const under = cells
    .filter((c) => c !== l && c.page === l.page && c.top >= l.bottom - 2 && horizontalOverlap(c, l) > 0 && (!l.table.startsWith('t') || c.table === l.table))
    .sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const out: SheetCell[] = [];
  for (const c of under) {
    if (isLabel.has(c)) break;
    // a box label takes one box; a heading takes its section, up to the next label
    if (box && out.length > 0) break;
    if (box && c.top - l.bottom > (l.bottom - l.top) * 3) break;
    if (cells.some((o) => isLabel.has(o) && o.page === c.page && o.line.no === c.line.no && o !== l && o.x0 < c.x0)) break;
    out.push(c);
  }
  return out;
}

function valueText(values: readonly SheetCell[]): string {
  const choice = markedChoice(values.map((v) => v.raw).join('\n'));
  if (choice !== null) return choice;
  const parts = values.map((v) => mendWraps(v.raw.split('\n').map((p) => p.trim()).filter(Boolean)));
  // cells of one run (令和 | 5 | 年度～令和 | 9 | 年度) are one phrase; a cell the grid split
  // (same column, next row, mid-sentence) goes on without a break
  const joined =
    values.length > 1 && values.every((v) => v.line.no === values[0]!.line.no) && parts.every((p) => p.length <= 8)
      ? parts.join('')
      : parts.reduce((acc, p, i) => {
          if (i === 0) return p;
          const prev = values[i - 1]!;
          // or lines of free text (a text extraction's paragraph) wrapped mid-sentence
          const freeText = !prev.table.startsWith('t') && !prev.table.startsWith('r') && !values[i]!.table.startsWith('t') && !values[i]!.table.startsWith('r');
          // (not before a bullet, which no wrap starts a line with, nor after a heading's closing
          // bracket: 京都's ＜実施成果(アウトプット)＞ / ・指標：…, laid out by pdftotext)
          const split = ((prev.col === values[i]!.col && prev.table === values[i]!.table) || freeText) && !/[。．.)）」』＞>】]$/.test(acc) && !/^[・･●○◆◇■□※]/u.test(p);
          return acc + (split ? '' : '\n') + p;
        }, '');
  return cleanText(joined);
}

/**
 * A cell's lines where the PDF's geometry saw a paragraph end but the words go on: the line stops
 * mid-sentence and the next starts on a kana that cannot start one (神戸 `…配慮` / `する必要がある`).
 */
function mendWraps(lines: readonly string[]): string {
  return lines.reduce((acc, l, i) => (i === 0 ? l : acc + (!/[。．！？!?」』）)：:]$/u.test(acc) && /^[ぁ-ゖゝゞ、。ー]/u.test(l) ? '' : '\n') + l), '');
}

/** The name label's value: without a 【…】 note and the period it holds (京都 【事業実施期間】). */
export function titleOf(values: readonly SheetCell[]): string {
  const paragraphs = values.flatMap((v) => v.raw.split('\n')).map((p) => p.trim()).filter(Boolean);
  const kept = paragraphs.filter((p) => !/^【[^】]*】$/.test(p) && !isPeriodOnly(p));
  return cleanText(kept.join(''));
}

function isPeriodOnly(p: string): boolean {
  const k = p.replace(/[\s\u3000]+/g, '');
  const years = findEraYears(k);
  if (years.length === 0) return false;
  return k.replace(/(令和|平成|昭和|[RH])?[0-9０-９元]{1,2}(年度?)?|[～〜~－\-から・、]|まで/gu, '') === '';
}

/** 神戸 所属名: two units run together, each from its 局 (`こども家庭局…課こども家庭局…課`). */
function splitRepeatedHead(entry: string): string[] {
  const head = /^(.{2,10}?局)/u.exec(entry)?.[1];
  if (!head || entry.indexOf(head, head.length) < 0) return [entry];
  return entry.split(head).filter(Boolean).map((rest) => head + rest);
}

function numberOf(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  // (a circled number: 伊勢崎's No. | ① | 取組項目 | …)
  const circled = /^[①-⑳]$/u.test(t) ? circledValue(t) : null;
  if (circled !== null) return circled;
  const m = /^[^0-9０-９]{0,4}([0-9０-９]{1,5})(?:[^0-9０-９.．]|$)/u.exec(t);
  return m ? Number(m[1]!.normalize('NFKC')) : null;
}

/** 池田: the sheet number printed in a box beside `NO.` that the page's layout put elsewhere. */
function boxedNumber(cells: readonly SheetCell[]): number | null {
  // `No.12` in one cell
  const inline = cells.map((c) => /^(?:No|NO|no|Ｎｏ|ＮＯ|№)\s*[.．]?\s*([0-9０-９]{1,5})$/u.exec(c.text.trim())).find((m) => m);
  if (inline) return Number(inline[1]!.normalize('NFKC'));
  const label = cells.find((c) => c.role === 'number');
  if (!label) return null;
  const near = cells
    .filter((c) => c.page === label.page && c !== label && /^[0-9０-９]{1,4}$/.test(c.text.trim()))
    .sort((a, b) => Math.abs(a.top - label.top) - Math.abs(b.top - label.top));
  const n = near[0];
  return n && Math.abs(n.top - label.top) < 60 ? Number(n.text.trim().normalize('NFKC')) : null;
}
