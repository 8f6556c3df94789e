import { compactKey, isFolio, type LexedLine } from '../../lex/lexed-line.js';
import { cleanText } from '../../normalize/clean-text.js';
import type { Fields } from '../../records/schema.js';
import { directionCode, labelName, labelRole, type LabelRole } from '../../vocabulary/index.js';
import { claim, draftRecord, emptyDepartment, type DraftRecord, type LayoutResult } from '../layout-result.js';
import { categoryHeading, departmentHeading, ownLine } from './headings.js';
import { numberedLine } from './outline.js';
import { FIELD_OF, resultOf, slotTexts } from './sheets.js';

/**
 * Blocks of labelled rows, each under a heading that names the item: `重点取組1 空き家対策の推進`
 * over `取組内容 | …`, `目標 | …`, `達成状況 | …`, `自己評価 | A`. The shape a 部長マニフェスト or a
 * 重点目標 sheet takes when written in Word: no name label, the numbered heading is the item's name,
 * the labels below it are the form's. Heads of departments (`都市整備部長 山田 一郎`, or `総務部` on a
 * line of its own) and the text they open (部の使命, 基本方針) stand between the blocks. Taught by our
 * own マニフェスト (fixtures/general/bucho-manifesto.txt), which had given no record.
 */

/** Labels a department's own text goes under, before its first item. */
const DEPARTMENT_TEXT: { pattern: RegExp; slot: 'policy' | 'duties' | 'summary' }[] = [
  { pattern: /^(部|局|課|室)?の?(基本方針|運営方針|方針|目標)$/u, slot: 'policy' },
  { pattern: /^(部|局|課|室)?の?(使命|ミッション|役割|仕事|主な業務|所管業務)$/u, slot: 'duties' },
  { pattern: /^(総括|総評|振り返り)$/u, slot: 'summary' },
];

/** A head and their name: `都市整備部長 山田 一郎`. */
const HEAD = /^(\S{1,14}?(?:本部|部|局|事務局|室))長[\s\u3000]+(\S.*)$/u;

/** Labels whose text reports what was done (its figures are actuals, not targets). */
const ACTUAL_LABEL = /実績|達成状況|結果|成果/u;

/** A block needs this many labelled rows to be an item's. */
const MIN_LABELS = 2;

interface Block {
  heading: LexedLine;
  number: number | null;
  title: string;
  rows: { role: LabelRole | null; label: string; text: string[]; line: number; end: number }[];
}

/** A numbered heading that names an item, not a label of the form (`４ 今後の方向性`). */
function itemHeading(l: LexedLine): { number: number | null; title: string } | null {
  if (!ownLine(l)) return null;
  const n = numberedLine(l.text);
  if (!n || /。$/.test(n.text.trim()) || [...compactKey(n.text)].length > 60 || labelRole(n.text) !== null) return null;
  return { number: n.number, title: cleanText(n.text) };
}

function rowLabel(l: LexedLine): { role: LabelRole; label: string; rest: string } | null {
  const cells = l.cells.map((c) => c.trim());
  const first = cells.findIndex((c) => c !== '');
  if (first < 0) return null;
  const role = labelRole(cells[first]!);
  if (role === null) return null;
  return { role, label: labelName(cells[first]!), rest: cells.slice(first + 1).filter(Boolean).join(' ') };
}

function departmentLine(l: LexedLine): { name: string; head: string | null } | null {
  if (!ownLine(l)) return null;
  const m = HEAD.exec(l.text.trim());
  if (m && !/。/.test(m[2]!)) return { name: compactKey(m[1]!), head: cleanText(m[2]!) };
  const d = departmentHeading(l);
  return d ? { name: d, head: null } : null;
}

export function layoutHeadedBlocks(lines: readonly LexedLine[]): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  const text = lines.filter((l) => !l.blank);
  // headings whose next line is a label row open a block
  const opens = new Set(text.filter((l, i) => itemHeading(l) !== null && text[i + 1] !== undefined && rowLabel(text[i + 1]!) !== null));
  if (opens.size < 2) return result;
  let department: ReturnType<typeof emptyDepartment> | null = null;
  let deptSlot: { slot: 'policy' | 'duties' | 'summary'; text: string[] } | null = null;
  let category: string | null = null;
  let block: Block | null = null;
  const blocks: { block: Block; department: string | null; category: string | null }[] = [];
  const closeDeptSlot = () => {
    if (department && deptSlot) department[deptSlot.slot] = cleanText(deptSlot.text.join('\n')) || null;
    deptSlot = null;
  };
  for (const [i, l] of text.entries()) {
    if (isFolio(l.text)) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    const dept = departmentLine(l);
    if (dept) {
      closeDeptSlot();
      block = null;
      category = null;
      department = result.departments.find((d) => d.name === dept.name) ?? null;
      if (!department) {
        department = emptyDepartment(dept.name, l.no);
        result.departments.push(department);
      }
      department.head ??= dept.head;
      claim(result.claims, l.no, 'department');
      continue;
    }
    if (opens.has(l)) {
      closeDeptSlot();
      const h = itemHeading(l)!;
      block = { heading: l, number: h.number, title: h.title, rows: [] };
      blocks.push({ block, department: department?.name ?? null, category });
      continue;
    }
    // a numbered line over an item's heading heads the items (`(2) 安全なまち`); after a block's rows
    // and over no heading, it is the block's text (`(1) 点検 (2) 修繕` listed in a field)
    const heading = categoryHeading(l);
    const next = text[i + 1];
    if (heading && (!block?.rows.length || (next !== undefined && opens.has(next)))) {
      closeDeptSlot();
      category = heading;
      claim(result.claims, l.no, 'category');
      continue;
    }
    const label = rowLabel(l);
    if (block) {
      if (label) block.rows.push({ role: label.role, label: label.label, text: label.rest ? [label.rest] : [], line: l.no, end: l.no });
      else if (block.rows.length > 0) {
        const row = block.rows.at(-1)!;
        row.text.push(l.cells.map((c) => c.trim()).filter(Boolean).join(' '));
        row.end = l.no;
      }
      continue;
    }
    // a department's own text, before its first item
    const first = (l.cells.find((c) => c.trim() !== '') ?? '').trim();
    const slot = department ? DEPARTMENT_TEXT.find((d) => d.pattern.test(compactKey(first))) : undefined;
    if (slot) {
      closeDeptSlot();
      deptSlot = { slot: slot.slot, text: l.cells.map((c) => c.trim()).filter(Boolean).slice(1) };
      claim(result.claims, l.no, 'department');
    } else if (deptSlot) {
      deptSlot.text.push(l.text);
      claim(result.claims, l.no, 'department');
    }
  }
  closeDeptSlot();
  for (const { block: b, department: d, category: c } of blocks) {
    if (b.rows.length < MIN_LABELS) continue;
    result.records.push(recordOf(b, d, c));
    const end = b.rows.at(-1)!.end;
    for (const l of text) if (l.no >= b.heading.no && l.no <= end) claim(result.claims, l.no, 'record');
  }
  return result;
}

function recordOf(b: Block, department: string | null, category: string | null): DraftRecord {
  const record = draftRecord({ title: b.title, number: b.number, department, categoryPath: category ? [category] : [], line: b.heading.no, page: b.heading.page, recognisedAs: 'sheet' });
  const fields: Partial<Record<keyof Fields, string[]>> = {};
  const evaluations: string[] = [];
  for (const r of b.rows) {
    const text = cleanText(r.text.join('\n'));
    if (text === '') continue;
    if (r.role === 'sections' || r.role === 'department') {
      record.assignees = [...(record.assignees ?? []), ...text.split(/[、,，\s\u3000]+/u).filter(Boolean)];
      continue;
    }
    if (r.role === 'evaluation') evaluations.push(text);
    if (ACTUAL_LABEL.test(r.label)) record.actualText = [record.actualText, text].filter(Boolean).join('\n');
    if (r.role === 'direction') record.direction = { label: text, code: directionCode(text) };
    const field = r.role ? FIELD_OF[r.role] : undefined;
    if (field) (fields[field] ??= []).push(`${r.label}\u0000${text}`);
    else (record.otherFields ??= []).push({ label: r.label, text, line: r.line });
  }
  Object.assign(record.fields, slotTexts(fields));
  record.result = resultOf(evaluations);
  return record;
}
