import type { LexedLine } from '../lex/lexed-line.js';
import { compactKey } from '../lex/lexed-line.js';
import { ParenNumberMarker } from '../lex/markers/paren-number.js';
import { cleanText } from '../normalize/clean-text.js';
import type { ColumnTableProfile } from '../profiles/profile-schema.js';
import { assignInOrder, groupSections, splitBullets, splitNumberedItems, type CellItem } from './cell-items.js';
import { claim, draftRecord, emptyDepartment, type LayoutResult } from './layout-result.js';
import { matchesAny } from './labels.js';
import { labelKeys } from '../vocabulary/index.js';
import { splitSectionList } from './organisation.js';

/**
 * 組織重点目標 (kariya): per 部, category headings and tables whose columns the header row names.
 *
 *   企画財政部 令和5年度組織重点目標            ← department
 *   (1) 市民から信頼され、…市役所づくり          ← category
 *   組織目標 | 取組内容 | 課等 | 目標達成基準     ← header row: column roles
 *   本市の… | <p>①…</p> <p>②…</p> | 企画政策課 広報広聴課 | ・… ・…   ← two records
 *   (empty) | ③… | … | …                        ← goal carries on from the row above
 */
type Role = 'goal' | 'title' | 'sections' | 'criteria';

interface Row {
  line: LexedLine;
  goal: string;
  items: CellItem[];
  rawCells: Partial<Record<Role, string>>;
}

export function layoutColumnTable(lines: LexedLine[], profile: ColumnTableProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  const deptStart = new RegExp(profile.departmentStart, 'u');
  const categoryStart = new RegExp(profile.categoryStart, 'u');
  const headers = profile.runningHeaders.map((p) => new RegExp(p, 'u'));
  const columns = profile.columns.map((c) => ({ re: new RegExp(c.header, 'u'), role: c.role }));
  // a header cell is read as the vocabulary reads a label: with a colon or brackets of its own
  // (`取組内容 :`, 刈谷 by LibreOffice scanned in black and white, p11: its table had not been found)
  const headerRole = (cell: string): Role | null => {
    for (const k of labelKeys(cell)) for (const c of columns) if (c.re.test(k)) return c.role;
    return null;
  };

  let department: string | null = null;
  let category: string[] = [];
  let roles: (Role | null)[] | null = null;
  const rows: { row: Row; department: string | null; category: string[] }[] = [];

  for (const l of lines) {
    if (l.blank) continue;
    if (matchesAny(headers, l.key)) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    const d = deptStart.exec(l.text);
    if (d) {
      department = compactKey(d[1]!);
      result.departments.push(emptyDepartment(department, l.no));
      category = [];
      roles = null;
      claim(result.claims, l.no, 'department');
      continue;
    }
    if (l.cells.length === 1 && categoryStart.test(l.text)) {
      const m = ParenNumberMarker.match(l.text);
      category = [m ? `${m.written} ${cleanText(m.rest)}` : cleanText(l.text)];
      claim(result.claims, l.no, 'category');
      continue;
    }
    const header = headerRoles(l.cells, headerRole, profile.columns.map((c) => c.role));
    if (header) {
      roles = header.roles;
      if (header.guessed !== null) {
        const read = cleanText(l.cells[header.guessed] ?? '');
        const role = profile.columns.find((c) => c.role === header.roles[header.guessed!])!;
        result.diagnostics.push({ level: 'info', code: 'layout/header-cell-guessed', message: `header cell 「${read}」 taken as the column ${role.header.replace(/[$^]/g, '')}: the row names every other column`, line: l.no, page: l.page });
      }
      claim(result.claims, l.no, 'header');
      continue;
    }
    if (roles && misreadHeader(l.cells, roles, headerRole)) {
      result.diagnostics.push({ level: 'info', code: 'layout/header-row-misread', message: `row 「${l.cells.map(cleanText).join(' | ')}」 taken as the header row again: its cells are a label's length and one names its own column`, line: l.no, page: l.page });
      claim(result.claims, l.no, 'header');
      continue;
    }
    if (roles && l.cells.length > 1) {
      const rawCells: Partial<Record<Role, string>> = {};
      roles.forEach((r, i) => {
        if (r) rawCells[r] = l.rawCells[i] ?? '';
      });
      const cell = (r: Role) => l.cells[roles!.indexOf(r)] ?? '';
      const { items, lead } = splitNumberedItems(cell('title'));
      if (lead) result.diagnostics.push({ level: 'warning', code: 'layout/cell-text-unplaced', message: `「${lead.slice(0, 40)}」 stands before the cell's first numbered item and belongs to none: not imported`, line: l.no, page: l.page });
      const unread = items.find((it) => it.numberUnread);
      if (unread) result.diagnostics.push({ level: 'info', code: 'layout/item-number-unread', message: `「${unread.text.slice(0, 30)}」 stands before item ② with no number of its own: taken as ①`, line: l.no, page: l.page });
      rows.push({
        row: { line: l, goal: cell('goal').trim(), items, rawCells },
        department,
        category,
      });
      claim(result.claims, l.no, 'record');
      continue;
    }
  }

  joinItemsMovedOn(rows, result);
  const opens = (i: number) => i === 0 || rows[i - 1]!.category !== rows[i]!.category || rows[i - 1]!.department !== rows[i]!.department;
  const openingNumbers = rows.flatMap(({ row }, i) => (opens(i) ? [row.items[0]?.number] : []));
  const ones = openingNumbers.filter((n) => n === 1).length;
  const restarts = ones >= 2 && ones >= 0.9 * (openingNumbers.length - 1);
  let goal = '';
  rows.forEach(({ row, department: dept, category: cat }, i) => {
    const firstNumber = row.items[0]?.number;
    const next = rows[i + 1]?.row;
    // A goal cell one row early (kariya 191): this row continues the numbering (④ after ③) and the
    // next row starts again at ① with an empty goal cell, so the goal is the next group's.
    const early = row.goal !== '' && firstNumber !== 1 && next !== undefined && next.goal === '' && next.items[0]?.number === 1;
    if (row.goal && !early) goal = row.goal;
    // A lone ② opening a category under a goal of its own, where the others open at ① (nine in ten):
    // nothing before it was lost (text before a ② is item ①: splitNumberedItems), so ① was read as
    // ② (刈谷 by LibreOffice in black and white, p16: 産業環境部's 産業の高度化…).
    if (opens(i) && restarts && !early && row.goal !== '' && row.items.length === 1 && firstNumber === 2) {
      result.diagnostics.push({ level: 'info', code: 'layout/item-number-restarted', message: `the one item of a row that opens its category is numbered 2: taken as 1, as the others start`, line: row.line.no, page: row.line.page });
      row.items[0]!.number = 1;
    }
    if (early) {
      result.diagnostics.push({
        level: 'info',
        code: 'layout/goal-cell-shifted',
        message: `the 組織目標 in this row continues numbering ${firstNumber}: read as the goal of the next row, which starts at ①`,
        line: row.line.no,
        page: row.line.page,
      });
    }
    emitRecords(row, dept, cat, goal, result);
    if (early) goal = row.goal;
  });
  return result;
}

const emptyCell = (raw: string | undefined) => stripToParagraphs(raw ?? '').every((p) => p.trim() === '');

/** A 課 cell's names for each of `items` items: one paragraph each, or a new group where a name repeats; null where neither gives one group per item. */
function sectionGroupsOf(raw: string, items: number): string[][] | null {
  const paragraphs = stripToParagraphs(raw);
  const byParagraph = paragraphs.filter((p) => p.trim()).map((p) => splitSectionList(p).map(cleanText));
  if (items > 1 && byParagraph.length === items) return byParagraph;
  return groupSections(splitSectionList(paragraphs.join('\n')).map(cleanText), items);
}

/**
 * A row of numbered items with no goal and no 課 of its own, its numbers going on from the row
 * above, where that row's 課 cell names a group of 課 for each of the two rows' items and not for
 * its own alone: the page broke the row, its items' text moved on (the producer keeps a paragraph's
 * lines together, or the cell went on past the foot) while its 課 stayed. 刈谷 by LibreOffice in Noto
 * Serif 10.5 pt landscape: ②SDGsが掲げる… at page 22's head, `環境推進課 環境推進課` and five criteria
 * beside ①; 水資源部's ② and ③ under page 33's repeated header with the criteria's rest (`2箇所`,
 * ・老朽管対策延長…), their 課 `水道課` / `水道課 下水道課` beside ① on page 32. The items join that row,
 * their criteria after its own, shared out as in one cell.
 */
function joinItemsMovedOn(rows: { row: Row; department: string | null; category: string[] }[], result: LayoutResult): void {
  for (let i = rows.length - 1; i > 0; i--) {
    const { row } = rows[i]!;
    const above = rows[i - 1]!;
    const last = above.row.items.at(-1)?.number;
    if (above.department !== rows[i]!.department || above.category !== rows[i]!.category) continue;
    if (row.goal !== '' || !emptyCell(row.rawCells.sections) || row.items.length === 0) continue;
    if (last === undefined || row.items[0]!.number !== last + 1) continue;
    const raw = above.row.rawCells.sections ?? '';
    const n = above.row.items.length;
    if (sectionGroupsOf(raw, n) !== null || sectionGroupsOf(raw, n + row.items.length) === null) continue;
    above.row.items = [...above.row.items, ...row.items];
    if (!emptyCell(row.rawCells.criteria)) above.row.rawCells.criteria = `${above.row.rawCells.criteria ?? ''}\n${row.rawCells.criteria}`;
    rows.splice(i, 1);
    result.diagnostics.push({
      level: 'info',
      code: 'layout/items-joined-row-above',
      message: `a row of item${row.items.length > 1 ? 's' : ''} ${row.items.map((it) => it.number).join(', ')} with no 課 of its own, numbered on from the row above whose 課 stand for both rows' items: read as that row's (the page broke it)`,
      line: row.line.no,
      page: row.line.page,
    });
  }
}

function emitRecords(row: Row, department: string | null, categoryPath: string[], goal: string, result: LayoutResult): void {
  const l = row.line;
  const items = row.items;
  if (items.length === 0) {
    result.diagnostics.push({ level: 'warning', code: 'layout/row-without-item', message: 'a table row has no 取組内容', line: l.no, page: l.page });
    return;
  }
  const sectionCell = row.rawCells.sections ?? '';
  const criteriaRaw = row.rawCells.criteria ?? '';
  const sectionParagraphs = stripToParagraphs(sectionCell);
  const criteriaParagraphs = stripToParagraphs(criteriaRaw).filter((p) => p.trim() !== '');
  // A PDF cell's items are its paragraphs: several lines without markup read like a `<ul>`.
  const wasList = /<ul|<ol|<li/i.test(criteriaRaw) || (!/</.test(criteriaRaw) && criteriaParagraphs.length > 1);

  const sectionList = splitSectionList(sectionParagraphs.join('\n')).map(cleanText);
  const sectionGroups = sectionGroupsOf(sectionCell, items.length) ?? items.map(() => sectionList);
  if (items.length > 1 && sectionGroups.every((g) => g === sectionList) && sectionList.length > 0) {
    result.diagnostics.push({ level: 'info', code: 'layout/sections-unassigned', message: `${sectionList.length} 課 for ${items.length} items: each item gets all of them`, line: l.no, page: l.page });
  }

  let criteria: string[][];
  const grouped = criteriaParagraphs.map((p) => splitBullets(p, wasList));
  if (items.length > 1 && grouped.length === items.length && grouped.every((g) => g.length > 0)) criteria = grouped;
  else criteria = assignInOrder(splitBullets(criteriaParagraphs.join(' '), wasList), items.map((it) => it.text));

  items.forEach((it, k) => {
    const fields: { goal?: string; criteria?: string[] } = {};
    if (goal) fields.goal = cleanText(goal);
    const c = (criteria[k] ?? []).map(cleanText).filter(Boolean);
    if (c.length) fields.criteria = c;
    result.records.push(
      draftRecord({
        department,
        sections: sectionGroups[k] ?? [],
        categoryPath,
        number: Number.isNaN(it.number) ? null : it.number,
        title: cleanText(it.text),
        fields,
        line: l.no,
        page: l.page,
      }),
    );
  });
}

/** A raw cell's `<p>` paragraphs, other markup removed. */
function stripToParagraphs(raw: string): string[] {
  return raw
    .split(/<\/?p(?:\s[^>]*)?>|\n/i)
    .map((p) => p.replace(/<[^>]+>/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * The column roles a header row names, or null when the row is no header. A row naming every
 * column but one gives that one to its one other cell, read or not (`組織目標 | 取組内容 | 本 |
 * 目標達成基準`, `…| 課等 | 目標和成基準`: 刈谷 scanned in black and white, the header's dotted fill
 * leaving the label misread; the table under it had gone unread).
 */
function headerRoles(cells: string[], roleOf: (cell: string) => Role | null, all: Role[]): { roles: (Role | null)[]; guessed: number | null } | null {
  const read = cells.map((c) => (compactKey(c) === '' ? undefined : roleOf(c)));
  const named = read.filter((r): r is Role => r !== undefined && r !== null);
  if (named.length < 2) return null;
  const unknown = read.flatMap((r, i) => (r === null ? [i] : []));
  const roles = read.map((r) => r ?? null);
  if (unknown.length === 0) return { roles, guessed: null };
  const missing = all.filter((r) => !named.includes(r));
  if (unknown.length > 1 || missing.length !== 1 || new Set(named).size !== named.length) return null;
  if ([...compactKey(cells[unknown[0]!]!)].length > GUESSED_CELL) return null;
  roles[unknown[0]!] = missing[0]!;
  return { roles, guessed: unknown[0]! };
}

/** A header cell is a label: longer text in the one unnamed cell is a row's, not a misread label. */
const GUESSED_CELL = 8;

/**
 * A header row read past naming two columns (`回 | 旬則内寺 | 時 | 目標達成基準`: 刈谷 by Chromium in
 * black and white, p8, under its category heading): as many cells as the header before it, each a
 * label's length, one naming the column it stands in. A row of the table has its 取組内容, a sentence.
 */
function misreadHeader(cells: string[], roles: readonly (Role | null)[], roleOf: (cell: string) => Role | null): boolean {
  if (cells.length !== roles.length || !cells.every((c) => [...compactKey(c)].length <= GUESSED_CELL)) return false;
  return cells.some((c, i) => compactKey(c) !== '' && roleOf(c) === roles[i]);
}
