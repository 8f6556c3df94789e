import type { LexedLine } from '../../lex/lexed-line.js';
import { statusOfResult } from '../../lex/result-label.js';
import { cleanText } from '../../normalize/clean-text.js';
import { directionCode, labelRole, type LabelRole } from '../../vocabulary/index.js';
import { claim, draftRecord, type DraftRecord, type LayoutResult } from '../layout-result.js';
import { figureOf, yearHeader } from './year-tables.js';

/**
 * List tables: a header row of labels (No. | 取組項目 | 取組内容 | 担当課 | 評価) over one row per
 * item, across pages (the header repeated on each). Columns take their role from the header's
 * labels; a row whose number and name cells are empty continues the row above (a cell the
 * extraction wrapped onto its own line).
 */
interface Column {
  index: number;
  role: LabelRole | null;
  label: string;
}

/** More columns than a list table's header names. */
const MAX_COLUMNS = 64;

function headerOf(l: LexedLine): Column[] | null {
  // (a header names a few columns: a line of thousands of tab-parted pieces is no header, and is not
  // asked piece by piece — a long line pasted into a text extraction, tests/fuzz.test.ts)
  if (l.cells.length > MAX_COLUMNS) return null;
  if (l.cells.filter((c) => c.trim()).length < 3) return null;
  const cols = l.cells.map((c, index) => ({ index, role: labelRole(c), label: cleanText(c) }));
  const known = cols.filter((c) => c.role !== null);
  const filled = cols.filter((c) => c.label !== '');
  if (!cols.some((c) => c.role === 'title') || known.length < 3 || known.length * 2 < filled.length) return null;
  // a header holds labels only: a figure or a sentence makes it a row
  if (cols.some((c) => c.label !== '' && c.role === null && (c.label.length > 12 || /。|[0-9]{3,}/.test(c.label)))) return null;
  return cols;
}

/** The header row of a list table (No. | 取組項目 | 担当課 | 評価): its name label names no sheet. */
export function isListHeader(l: LexedLine): boolean {
  return headerOf(l) !== null;
}

export function findListHeader(lines: readonly LexedLine[]): boolean {
  return lines.some((l) => headerOf(l) !== null && !headsSheet(lines, l));
}

/**
 * A header over one row, with a form's label cells under that row, is a sheet's head, not a list:
 * 木更津's 事業No. | 推進項目名称 | 担当課 over its one item, 現状と課題 | … below (one sheet of it,
 * read by no profile, had given no record).
 */
export function headsSheet(lines: readonly LexedLine[], header: LexedLine): boolean {
  const after: LexedLine[] = [];
  for (let i = lines.indexOf(header) + 1; i > 0 && i < lines.length && after.length < 2; i++) if (!lines[i]!.blank) after.push(lines[i]!);
  if (after.length < 2 || after[0]!.cells.filter((c) => c.trim()).length < 2 || headerOf(after[0]!)) return false;
  const first = after[1]!.cells.find((c) => c.trim() !== '');
  return first !== undefined && labelRole(first) !== null;
}

export function layoutListTable(lines: readonly LexedLine[], result: LayoutResult): void {
  let columns: Column[] | null = null;
  let headerKey = '';
  // a row keeps the columns of the header it was read under (a new header may follow it)
  let current: { record: DraftRecord; columns: Column[]; cells: string[][]; money: MoneyColumns | null } | null = null;
  let money: MoneyColumns | null = null;
  const finish = () => {
    if (current) result.records.push(build(current.record, current.columns, current.cells, current.money));
    current = null;
  };
  for (const l of lines) {
    if (l.blank) continue;
    const header = headerOf(l);
    if (header) {
      if (l.key !== headerKey) finish();
      columns = header;
      headerKey = l.key;
      money = moneyColumns(lines, l);
      if (money?.unitLine !== undefined) claim(result.claims, money.unitLine, 'header');
      claim(result.claims, l.no, 'header');
      continue;
    }
    if (!columns || l.cells.length < 2) continue;
    // a row that starts with a label (事務事業名 | …) is a form, not this table: the table ended
    const firstCell = l.cells.find((c) => c.trim() !== '');
    if (firstCell !== undefined && labelRole(firstCell) !== null) {
      finish();
      columns = null;
      continue;
    }
    const at = (role: LabelRole) => columns!.find((c) => c.role === role);
    const titleCol = at('title')!;
    const numberCol = at('number');
    const title = (l.cells[titleCol.index] ?? '').trim();
    const number = numberCol ? (l.cells[numberCol.index] ?? '').trim() : '';
    if (title === '' && number === '' && current) {
      current.columns.forEach((c, i) => l.cells[c.index]?.trim() && current!.cells[i]!.push(l.cells[c.index]!.trim()));
      claim(result.claims, l.no, 'record');
      continue;
    }
    if (title === '') continue;
    // a row of an item has its number where the header says (or none at all)
    if (numberCol && number !== '' && !/^[0-9０-９①-⑳]/u.test(number)) {
      finish();
      columns = null;
      continue;
    }
    finish();
    const n = /^[0-9０-９]+/.exec(number)?.[0];
    current = {
      record: draftRecord({ title: '', number: n ? Number(n.normalize('NFKC')) : null, line: l.no, page: l.page, recognisedAs: 'table-row' }),
      columns,
      cells: columns.map((c) => (l.cells[c.index]?.trim() ? [l.cells[c.index]!.trim()] : [])),
      money,
    };
    claim(result.claims, l.no, 'record');
  }
  finish();
}

/**
 * Year columns of a list that are sums (実施計画's `事業名 | … | R6 | R7 | R8` under 事業費, or with
 * `（単位：千円）` by the table): each row's figures are its money by year.
 */
interface MoneyColumns {
  label: string;
  scale: number;
  /** The line that states the unit, outside the table. */
  unitLine?: number;
}

function moneyColumns(lines: readonly LexedLine[], header: LexedLine): MoneyColumns | null {
  if (!header.cells.some((c) => yearHeader(c, 2018) !== null)) return null;
  const at = lines.indexOf(header);
  const named = header.cells.map((c) => /事業費|予算額?|計画額|金額|概算/u.exec(c)?.[0]).find((x) => x !== undefined);
  // the table's rows, and a line before it and after it
  let end = at + 1;
  while (end < lines.length && (lines[end]!.blank || lines[end]!.cells.filter((c) => c.trim()).length >= 2)) end++;
  const near = [lines[at - 1], header, lines[end]].filter((l): l is LexedLine => l !== undefined && !l.blank);
  const unit = near.find((l) => /千円|単位[:：]\s*円|[(（]円[)）]/u.test(l.text));
  if (!named && !unit) return null;
  const thousands = unit ? /千円/.test(unit.text) : header.cells.some((c) => /千円/.test(c));
  return { label: named ?? '事業費', scale: thousands ? 1000 : 1, ...(unit && unit !== header ? { unitLine: unit.no } : {}) };
}

function build(record: DraftRecord, columns: Column[], cells: string[][], money: MoneyColumns | null): DraftRecord {
  columns.forEach((c, i) => {
    const text = cleanText((cells[i] ?? []).join(''));
    if (text === '') return;
    const year = c.role === null ? yearHeader(c.label, 2018) : null;
    const f = year ? figureOf(text) : null;
    if (money && year && f && (!f.unit || /円/.test(f.unit))) {
      const scale = /千円/.test(f.unit ?? '') ? 1000 : f.unit ? 1 : money.scale;
      (record.money ??= []).push({ label: money.label, fiscalYear: year.year, kind: year.kind, yen: Math.round(f.value * scale), text, line: record.line });
      return;
    }
    // a schedule by year in words (行動計画's R6 | R7 | R8: 検討 | 実施 | →): each year's plan, as written
    // (a grade by year, A | B or ◎ | ○, is no plan: it stays a field)
    if (year && !f && !money && !/^[A-EＡ-Ｅ◎○〇△×✕-]$/u.test(text)) {
      record.yearly.push({ fiscalYear: year.year, plan: text, progress: null, outcome: null, grade: null, status: null, nextSteps: null, revenueEffectYen: null, expenditureEffectYen: null, effectBasis: null });
      return;
    }
    switch (c.role) {
      case 'title':
        record.title = text;
        break;
      case 'number':
        break;
      case 'sections':
      case 'department':
        // several units in one cell, separated by a space or a 、 (総務部人事課 総務部行政経営課)
        record.assignees = [...(record.assignees ?? []), ...cells[i]!.join(' ').split(/[、,，・\s\u3000]+/u).map((x) => cleanText(x)).filter(Boolean)];
        break;
      case 'category':
        record.categoryPath.push(text);
        break;
      case 'evaluation': {
        const status = statusOfResult(text);
        record.result = status ? { label: text, status } : record.result;
        record.fields.evaluation = text;
        break;
      }
      case 'direction':
        record.direction = { label: text, code: directionCode(text) };
        record.fields.direction = text;
        break;
      case 'content':
      case 'purpose':
      case 'goal':
      case 'issue':
      case 'progress':
      case 'plan':
      case 'period':
      case 'method':
      case 'audience':
        record.fields[c.role] = text;
        break;
      default:
        (record.otherFields ??= []).push({ label: c.label, text, line: record.line });
    }
  });
  return record;
}
