import { isFolio, type LexedLine } from '../../lex/lexed-line.js';
import { statusOfResult } from '../../lex/result-label.js';
import { cleanText } from '../../normalize/clean-text.js';
import { directionCode, labelRole, type LabelRole } from '../../vocabulary/index.js';
import { assignInOrder, groupSections, splitBullets, splitNumberedItems, type CellItem } from '../cell-items.js';
import { claim, draftRecord, emptyDepartment, type DraftRecord, type LayoutDiagnostic, type LayoutResult } from '../layout-result.js';
import { splitSectionList } from '../organisation.js';
import { categoryHeading, departmentHeading } from './headings.js';
import { headerOf, indicatorColumns, rowIndicators, withSubHeads, type Column } from './list-columns.js';
import { figureOf, yearHeader } from './year-tables.js';

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

/**
 * List tables: a header row of labels (No. | 取組項目 | 取組内容 | 担当課 | 評価) over one row per
 * item, across pages (the header repeated on each). Columns take their role from the header's
 * labels; a row whose number and name cells are empty continues the row above (a cell the
 * extraction wrapped onto its own line).
 */
export function layoutListTable(lines: readonly LexedLine[], result: LayoutResult): void {
  let columns: Column[] | null = null;
  let headerKey = '';
  // a row keeps the columns of the header it was read under (a new header may follow it)
  let current: { record: DraftRecord; columns: Column[]; cells: string[][]; raw: string[]; money: MoneyColumns | null } | null = null;
  let money: MoneyColumns | null = null;
  // the 部 and category headings between tables, and the grouping cells a row leaves empty
  // (a merged 組織目標 cell printed in its first row only)
  let department: string | null = null;
  let category: string | null = null;
  let carried = new Map<number, string>();
  // the line under a header may be its sub-heads
  let underHeader: LexedLine | null = null;
  const finish = () => {
    if (current) {
      const records = build(current.record, current.columns, current.cells, current.raw, current.money, result.diagnostics);
      if (records.length > 1) result.diagnostics.push({ level: 'info', code: 'layout/cell-items-split', message: `a row whose 「${current.columns.find((c) => c.role === 'title')!.label}」 cell holds ${records.length} numbered items: one record each`, line: current.record.line, page: current.record.page });
      result.records.push(...records);
    }
    current = null;
  };
  for (const l of lines) {
    if (l.blank) continue;
    const header = headerOf(l);
    if (header) {
      if (l.key !== headerKey) finish();
      columns = header;
      headerKey = l.key;
      carried = new Map();
      money = moneyColumns(lines, l, header);
      if (money?.unitLine !== undefined) claim(result.claims, money.unitLine, 'header');
      claim(result.claims, l.no, 'header');
      underHeader = l;
      continue;
    }
    const subHeads: Column[] | null = underHeader && columns ? withSubHeads(columns, l) : null;
    underHeader = null;
    if (subHeads) {
      columns = subHeads;
      money = moneyColumns(lines, l, subHeads);
      if (money?.unitLine !== undefined) claim(result.claims, money.unitLine, 'header');
      claim(result.claims, l.no, 'header');
      continue;
    }
    // a page's number between a table's rows: the page's furniture
    if (columns && isFolio(l.text)) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    const dept = departmentHeading(l);
    if (dept) {
      finish();
      department = dept;
      category = null;
      if (!result.departments.some((d) => d.name === dept)) result.departments.push(emptyDepartment(dept, l.no));
      claim(result.claims, l.no, 'department');
      continue;
    }
    const heading = categoryHeading(l);
    if (heading && headerFollows(lines, l)) {
      finish();
      category = heading;
      claim(result.claims, l.no, 'category');
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
    // (a name wrapped onto a line of its own in a numbered list: only the name's cell is filled)
    const wrappedName = numberCol !== undefined && number === '' && current?.record.number != null && l.cells.every((c, i) => i === titleCol.index || c.trim() === '');
    if ((title === '' || wrappedName) && number === '' && current) {
      current.columns.forEach((c, i) => {
        if (!l.cells[c.index]?.trim()) return;
        current!.cells[i]!.push(l.cells[c.index]!.trim());
        current!.raw[i] += `\n${l.rawCells[c.index] ?? ''}`;
      });
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
    const cells = columns.map((c) => {
      const own = l.cells[c.index]?.trim() ?? '';
      if (!GROUPING.has(c.role) || c.index > titleCol.index) return own;
      if (own !== '') carried.set(c.index, own);
      return own || (carried.get(c.index) ?? '');
    });
    current = {
      record: draftRecord({ title: '', department, categoryPath: category ? [category] : [], number: n ? Number(n.normalize('NFKC')) : null, line: l.no, page: l.page, recognisedAs: 'table-row' }),
      columns,
      cells: cells.map((c) => (c ? [c] : [])),
      raw: columns.map((c) => l.rawCells[c.index] ?? ''),
      money,
    };
    claim(result.claims, l.no, 'record');
  }
  finish();
}

/** Cells left of the items that group them: one merged cell over several rows. */
const GROUPING = new Set<LabelRole | null>(['goal', 'category', 'department']);

/** A category heading stands over a table: its header row comes before any other text. */
function headerFollows(lines: readonly LexedLine[], heading: LexedLine): boolean {
  for (let i = lines.indexOf(heading) + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    return headerOf(l) !== null;
  }
  return false;
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

function moneyColumns(lines: readonly LexedLine[], header: LexedLine, columns: readonly Column[]): MoneyColumns | null {
  if (!columns.some((c) => yearHeader(c.sub ?? c.label, 2018) !== null)) return null;
  const at = lines.indexOf(header);
  const named = columns.map((c) => /事業費|予算額?|計画額|金額|概算/u.exec(c.label)?.[0]).find((x) => x !== undefined);
  // the table's rows, and a line before it and after it
  let end = at + 1;
  while (end < lines.length && (lines[end]!.blank || lines[end]!.cells.filter((c) => c.trim()).length >= 2)) end++;
  const near = [lines[at - 1], header, lines[end]].filter((l): l is LexedLine => l !== undefined && !l.blank);
  const unit = near.find((l) => /千円|単位[:：]\s*円|[(（]円[)）]/u.test(l.text));
  if (!named && !unit) return null;
  const thousands = unit ? /千円/.test(unit.text) : columns.some((c) => /千円/.test(c.label));
  return { label: named ?? '事業費', scale: thousands ? 1000 : 1, ...(unit && unit !== header ? { unitLine: unit.no } : {}) };
}

/**
 * A row's records: one, or one per numbered item where its title cell holds several (`①… ②…`,
 * 刈谷's 取組内容), each given its share of the cells beside it — the 課 by paragraph or by a 課
 * repeating, the criteria bullets in order, a cell numbered as the items are by number; any other
 * cell is every item's.
 */
function build(record: DraftRecord, columns: Column[], cells: string[][], raw: string[], money: MoneyColumns | null, diagnostics: LayoutDiagnostic[]): DraftRecord[] {
  const t = columns.findIndex((c) => c.role === 'title');
  const { items, lead } = splitNumberedItems(cells[t]!.join('\n'));
  if (items.length === 1 && !Number.isNaN(items[0]!.number) && !lead) {
    // one numbered item: its number is the record's, the marker no part of its title
    record.number ??= items[0]!.number;
    return [buildOne(record, columns, cells.map((c, i) => (i === t ? [items[0]!.text] : c)), raw, money)];
  }
  if (items.length < 2) return [buildOne(record, columns, cells, raw, money)];
  if (lead) diagnostics.push({ level: 'warning', code: 'layout/cell-text-unplaced', message: `「${lead.slice(0, 40)}」 stands before the cell's first numbered item and belongs to none: not imported`, line: record.line, page: record.page });
  const shares = columns.map((c, i) => (i === t ? items.map((it) => [it.text]) : shareOut(c, cells[i]!, raw[i]!, items)));
  return items.map((it, k) =>
    buildOne(
      draftRecord({ ...record, title: '', number: Number.isNaN(it.number) ? null : it.number, categoryPath: [...record.categoryPath], fields: {}, indicators: [], yearly: [] }),
      columns,
      shares.map((share, i) => share?.[k] ?? cells[i]!),
      raw,
      money,
    ),
  );
}

/** One item's share of a cell beside several, or null when the cell is every item's. */
function shareOut(c: Column, cell: string[], raw: string, items: CellItem[]): string[][] | null {
  const paragraphs = cell.join('\n').split('\n').map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  if (c.role === 'sections' || c.role === 'department') {
    if (paragraphs.length === items.length) return paragraphs.map((p) => [p]);
    const groups = groupSections(splitSectionList(paragraphs.join('\n')).map(cleanText).filter(Boolean), items.length);
    return groups ? groups.map((g) => [g.join(' ')]) : null;
  }
  if (c.role === 'indicators') {
    if (paragraphs.length === items.length) return paragraphs.map((p) => [p]);
    const bullets = splitBullets(paragraphs.join(' '), wasList(raw, paragraphs));
    return assignInOrder(bullets, items.map((it) => it.text)).map((g) => g.map((b) => `・${b}`));
  }
  const numbered = splitNumberedItems(cell.join('\n')).items;
  if (numbered.length === items.length && numbered.every((x, i) => x.number === items[i]!.number)) return numbered.map((x) => [x.text]);
  return null;
}

/** A cell of several items with no bullets: a `<ul>` in the extraction, or paragraphs of a PDF cell. */
function wasList(raw: string, paragraphs: readonly string[]): boolean {
  return /<ul|<ol|<li/i.test(raw) || (!/</.test(raw) && paragraphs.length > 1);
}

function buildOne(record: DraftRecord, columns: Column[], cells: string[][], raw: string[], money: MoneyColumns | null): DraftRecord {
  // indicator columns (a name, figures by year) give the row's indicators, read here
  const groups = indicatorColumns(columns);
  const inGroups = new Set(groups.flatMap((g) => [g.name, ...(g.unit === null ? [] : [g.unit]), ...g.values.map((v) => v.index)]));
  for (const g of groups) record.indicators.push(...rowIndicators(g, cells.map((c) => c.join('')), record.line));
  if (groups.length > 0) record.indicatorsRead = true;
  columns.forEach((c, i) => {
    const text = cleanText((cells[i] ?? []).join(''));
    if (text === '' || inGroups.has(i)) return;
    const year = c.role === null || c.role === 'money' ? yearHeader(c.sub ?? c.label, 2018) : null;
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
      case 'indicators': {
        // 目標達成基準: one criterion a bullet (the language step reads their targets)
        if (!/基準/u.test(c.label)) {
          (record.otherFields ??= []).push({ label: c.label, text, line: record.line });
          break;
        }
        const paragraphs = cells[i]!.join('\n').split('\n').map((p) => p.trim()).filter(Boolean);
        const bullets = paragraphs.flatMap((p) => splitBullets(p, wasList(raw[i] ?? '', [p]) || /<ul|<ol|<li/i.test(raw[i] ?? ''))).map(cleanText).filter(Boolean);
        if (bullets.length > 0) record.fields.criteria = bullets;
        break;
      }
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
      case 'money': {
        // one sum a row (決算額（千円）): its year only where the head says it
        const f = figureOf(text);
        if (!f || (f.unit && !/円/.test(f.unit))) {
          (record.otherFields ??= []).push({ label: c.label, text, line: record.line });
          break;
        }
        const scale = /千円/.test(f.unit ?? c.unit ?? c.label) ? 1000 : 1;
        const kind = /決算|予算|見込|計画/u.exec(c.label)?.[0] ?? null;
        (record.money ??= []).push({ label: c.label, fiscalYear: year?.year ?? null, kind: year?.kind ?? kind, yen: Math.round(f.value * scale), text, line: record.line });
        break;
      }
      case 'content':
      case 'purpose':
      case 'goal':
      case 'issue':
      case 'progress':
      case 'plan':
      case 'period':
      case 'method':
      case 'measures':
      case 'audience':
        record.fields[c.role] = text;
        break;
      default:
        (record.otherFields ??= []).push({ label: c.label, text, line: record.line });
    }
  });
  return record;
}
