import { compactKey, lexLine, type LexedLine } from '../lex/lexed-line.js';
import { opensBracket } from '../normalize/characters.js';
import { cleanText } from '../normalize/clean-text.js';
import type { FieldKey } from '../records/schema.js';
import type { GenericProfile, NumberedListsProfile } from '../profiles/profile-schema.js';
import { claim, draftRecord, emptyDepartment, type DraftDepartment, type LayoutResult } from './layout-result.js';
import { joinWrappedLines, typicalFullWidth, type WrappedLine } from './paragraphs.js';
import { splitDepartmentName } from './organisation.js';
import { matchesAny, matchLabel } from './labels.js';
import { CIRCLED_CLASS } from '../lex/markers/circled-number.js';
import { DEPARTMENT_LABEL_LINE, DEPARTMENT_NAME_END } from '../vocabulary/index.js';
import { coverKey, repeatedCover } from './running-lines.js';

/**
 * 部局の目標・方針 (kuwana) and the generic fallback: per department, label blocks (`１．現状認識`
 * / `と課題`) each holding a numbered list (①②…); the lists are aligned by number into records.
 *
 *   部 局 名 防災・危機管理課        ← department
 *   １．現状認識 / と課題            ← label split over lines → issue
 *   ① 過去４年間、市の… / がなく、…  ← item 1 of the issue list, wrapped
 *   ２．今年度の / 部局目標          ← goal
 */
interface Item {
  number: number;
  line: number;
  page: number | null;
  /** (each continuation line's number, to give back a row that was no continuation) */
  lines: (WrappedLine & { no?: number })[];
}
interface Block {
  field: FieldKey | null;
  labelText: string;
  labelLine: number;
  items: Item[];
  heading: string | null;
}
interface Dept {
  dept: DraftDepartment | null;
  blocks: Block[];
}

export function layoutNumberedLists(lines: LexedLine[], profile: NumberedListsProfile | GenericProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  const fullWidth = typicalFullWidth(lines.map((l) => l.text));
  // a document no profile describes names its departments with the vocabulary's labels (部局名 …)
  const departmentStart = 'departmentStart' in profile ? new RegExp(profile.departmentStart, 'u') : profile.layout === 'generic' ? DEPARTMENT_LABEL_LINE : null;
  const runningHeaders = profile.runningHeaders.map((p) => new RegExp(p, 'u'));
  const coverRepeats = profile.layout === 'generic' ? repeatedCover(lines, departmentStart) : new Set<string>();
  const itemKinds = profile.itemMarkers;
  const depts: Dept[] = [];
  let cur: Dept = { dept: null, blocks: [] };
  depts.push(cur);
  let block: Block | null = null;
  let item: Item | null = null;
  let pendingLabel: { text: string; line: number } | null = null;

  const openBlock = (label: string, line: number) => {
    const field = matchLabel(profile.labels, label);
    block = { field: isFieldKey(field) ? field : null, labelText: label, labelLine: line, items: [], heading: null };
    cur.blocks.push(block);
    item = null;
  };

  let pendingName: { label: string; text: string; line: number; lines: number } | null = null;
  let openHeading: string | null = null;
  let openHeadingLines = 0;
  const namePending = () => {
    const named = pendingName?.text ? departmentStart!.exec(`${pendingName.label} ${pendingName.text}`.trim()) : null;
    if (named) startDepartment(named[1]!, pendingName!.line);
    pendingName = null;
  };
  const startDepartment = (written: string, line: number) => {
    const { name, sections } = splitDepartmentName(written);
    const dept = emptyDepartment(name, line);
    dept.sections = sections;
    result.departments.push(dept);
    cur = { dept, blocks: [] };
    depts.push(cur);
    block = null;
    item = null;
    pendingLabel = null;
  };

  const read = withItemsBesideLabels(lines, profile, itemKinds);
  const nextLine = (at: number) => {
    for (let k = at + 1; k < read.length; k++) if (!read[k]!.blank) return read[k];
    return undefined;
  };
  let readPage: number | null = null;
  // (the label's last lines at a page's head, taken with the first of them: see below)
  const finished = new Set<number>();
  for (const [at, l] of read.entries()) {
    if (l.blank || finished.has(at)) continue;
    if (matchesAny(runningHeaders, l.key) || coverRepeats.has(coverKey(l))) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    // (the page of the last line read before this one)
    const lastPage = readPage;
    readPage = l.page ?? null;
    // The name wrapped in its cell, under or beside the label (桑名's 市長直轄組織（グリーン資産創造課・
    // 企業誘致 / 課） in 13.7 pt, printed by LibreOffice in 12 pt): the label stands alone and the name
    // is the paragraph on the lines after it.
    // (a text extraction marks no paragraph end: the name ends before a label or an item, and
    // within three lines)
    // (not a 中黒 inside the name's open bracket, which parts the names in it: 市長直轄組織（グリーン資産創造課 /
    // ・企業誘致課）, Noto Sans CJK 15 pt on letter portrait by LibreOffice, the 181st)
    const inBracket = !!pendingName && opensBracket(pendingName.text) && /^[・･]/u.test(l.text.trim());
    if (pendingName && ((l.marker && !inBracket) || pendingName.lines === 3)) namePending();
    if (pendingName) {
      pendingName.text += l.text.trim();
      pendingName.lines++;
      claim(result.claims, l.no, 'department');
      if (/\s$/.test(l.raw)) namePending();
      continue;
    }
    const text = l.text.trim();
    if (departmentStart && !departmentStart.test(text) && departmentStart.exec(`${text} ${NAME_PROBE}`)?.[1] === NAME_PROBE) {
      pendingName = { label: text, text: '', line: l.no, lines: 0 };
      claim(result.claims, l.no, 'department');
      continue;
    }
    const d = departmentStart?.exec(text);
    if (d) {
      claim(result.claims, l.no, 'department');
      // (a name whose bracket the line leaves open goes on, up to its paragraph's end: 市長直轄組織
      // （グリーン資産創造課・企業誘致 / 課）, 桑名 printed without rules by LibreOffice in 12 pt)
      // (or whose bracket the next line closes, the name's last words set in the table under it: 課）
      // under 市長直轄組織（…企業誘致, Noto Serif 12 pt by LibreOffice without rules)
      if (opensBracket(d[1]!) && (!/\s$/.test(l.raw) || closesBracket(nextLine(at)))) pendingName = { label: '', text: text, line: l.no, lines: 0 };
      else startDepartment(d[1]!, l.no);
      continue;
    }
    const marker = l.marker;
    // the heading wrapped in a narrow cell (【ＰＸ（パブリック・トランスフォーメーション）推 / 進】,
    // 桑名 printed by LibreOffice in 12 pt): its lines up to the closing bracket (not past an item)
    if (openHeading !== null && block) {
      const closing = !marker;
      if (closing) {
        openHeading += l.text.trim();
        claim(result.claims, l.no, 'category');
      }
      if (!closing || openHeading.includes('】') || ++openHeadingLines === 3) {
        (block as Block).heading = cleanText(openHeading.replace(/^【/, '').replace(/】.*$/, ''));
        openHeading = null;
      }
      if (closing) continue;
    }
    // Kuwana numbers its labels (`１．現状認識`); an unknown document may write a bare label line
    // (`現状と課題`). Only the generic profile takes bare lines, and only short ones, since a
    // wrapped sentence can end in a label word (`…を目標`).
    // A list starts at ①: a label word on its own line among an open list's items, the next item
    // going on with the list (`…運営方法の見直しが` / `課題` / `⑤…`; `実績` in a table inside ①,
    // then `②…`: 桑名 read with no profile), is the item's text.
    const bareLabel = profile.layout === 'generic' && !marker && l.key.length <= 20 && matchLabel(profile.labels, l.key) !== null && !(item && nextItemNumber(read, at) !== 1);
    const startsLabel = (marker?.kind === 'dotted-number' && !itemKinds.includes('dotted-number')) || bareLabel;
    if (startsLabel) {
      const labelText = marker?.kind === 'dotted-number' ? marker.rest : l.text;
      const unnamed = unreadDepartmentLabel(cur, item, labelText);
      if (unnamed) {
        // the line was taken as the last item's: it is the next department's name row
        (item as Item | null)?.lines.pop();
        claim(result.claims, unnamed.line, 'department');
        startDepartment(unnamed.name, unnamed.line);
      }
      pendingLabel = { text: labelText, line: l.no };
      claim(result.claims, l.no, 'record');
      // A label may be complete on one line; open now, and extend while the next lines continue it.
      openBlock(pendingLabel.text, l.no);
      continue;
    }
    if (marker && itemKinds.includes(marker.kind as (typeof itemKinds)[number]) && marker.value !== null && block) {
      pendingLabel = null;
      item = { number: marker.value, line: l.no, page: l.page, lines: [{ text: marker.rest, raw: l.raw }] };
      (block as Block).items.push(item);
      claim(result.claims, l.no, 'record');
      continue;
    }
    if (/^【[^】]*$/.test(l.text.trim()) && block && !item) {
      openHeading = l.text.trim();
      openHeadingLines = 1;
      pendingLabel = null;
      claim(result.claims, l.no, 'category');
      continue;
    }
    if (pendingLabel && block && (block as Block).items.length === 0 && !marker) {
      // `と課題` / `のための` / `手段及び` / `方策`: the label goes on.
      pendingLabel.text += l.text;
      const b = block as Block;
      b.labelText = pendingLabel.text;
      const field = matchLabel(profile.labels, b.labelText);
      b.field = isFieldKey(field) ? field : null;
      claim(result.claims, l.no, 'record');
      continue;
    }
    if (marker?.kind === 'bracket-heading' && block && !item) {
      // A heading over one list only (kuwana 346 【ＰＸ…推進】): keep it as the category of the items below.
      (block as Block).heading = cleanText(marker.written.slice(1, -1));
      claim(result.claims, l.no, 'category');
      continue;
    }
    if (item) {
      // The label's last words on a line of their own among its first item's, the page having broken
      // the label cell before them (桑名's `３．目標達成のための` / `手段及び` | `①スケジュール感を…図るとと`,
      // `方策` at the next page's head, printed without rules by LibreOffice): they finish the label
      // the block could not place, and are no words of the item.
      // (under more items than one where the line heads a page: 桑名's `２．今年度` / `の部局目` beside ① and ②, `標`
      // at the next page's head over ③; BIZ UDPMincho 12 pt on B5 at 2.2 leading by Chromium in an outer frame)
      const b = block as Block | null;
      const pageHead = l.page !== null && lastPage !== null && l.page !== lastPage;
      // (or a label the vocabulary knows cut short of a longer one, the rest at the next page's head beside its first
      // item's text: 桑名's `３．目標` (a label of its own, 目標) beside ① at a page's foot, `達成のた` / `めの` / `手段及び` / `方策`
      // on the next; IPAex Gothic 14 pt on letter as a Writer document, the 347th — the measures had been read as goals)
      const cutShort = !!b && b.field !== null && pageHead && b.items.length === 1;
      if (b && (b.field === null || cutShort) && (b.items.length === 1 || pageHead) && !marker && l.key.length <= 8) {
        // (the page's first lines, two or three, where the label's end wrapped again in its cell: 桑名's
        // `２．今` / `年度の` beside ① and ②, `部局目` / `標` at the next page's head over ③; IPAex Gothic 16 pt
        // on B5 by Chromium without rules)
        const more = pageHead ? lineRun(read, at, 3) : [];
        let took = false;
        for (let n = 0; n <= more.length; n++) {
          const taken = [l, ...more.slice(0, n).map((k) => read[k]!)];
          const field = matchLabel(profile.labels, b.labelText + taken.map((t) => t.text.trim()).join(''));
          if (!isFieldKey(field) || field === b.field) continue;
          b.labelText += taken.map((t) => t.text.trim()).join('');
          b.field = field;
          for (const t of taken) claim(result.claims, t.no, 'record');
          for (const k of more.slice(0, n)) finished.add(k);
          took = true;
          break;
        }
        if (took) continue;
      }
      (item as Item).lines.push({ text: l.text, raw: l.raw, no: l.no });
      claim(result.claims, l.no, 'record');
      continue;
    }
  }

  namePending();
  for (const d of depts) assemble(d, profile, fullWidth, result);
  return result;
}

/** The indices of up to `n` lines after `at` on its page, short and unmarked as a label's wrapped end is. */
function lineRun(read: readonly LexedLine[], at: number, n: number): number[] {
  const out: number[] = [];
  for (let k = at + 1; k < read.length && out.length < n; k++) {
    const o = read[k]!;
    if (o.blank) continue;
    if (o.page !== read[at]!.page || o.marker || o.key.length > 8) break;
    out.push(k);
  }
  return out;
}

/**
 * A label and its list's first item on one line (`２．今年度の部局目標 ① 職員の…`): a PDF's label
 * cell beside the first line of its list cell where the reader found no column between them (a row
 * alone at a page's foot, 桑名 printed in 12 pt), or a text extraction that keeps a row's cells on
 * one line. Parted into the label's line and the item's, both with the line's number. So is a label
 * and the 【…】 heading its list opens with.
 */
/** A label's words and a circled number set right after them, no room between. */
const LABEL_AGAINST_CIRCLED = new RegExp(`^(\\S+?)(${CIRCLED_CLASS}.*)$`, 'su');

function withItemsBesideLabels(lines: LexedLine[], profile: NumberedListsProfile | GenericProfile, itemKinds: readonly string[]): LexedLine[] {
  const out: LexedLine[] = [];
  // lines a label's wrapped rest was taken from: what is left of them (null: nothing)
  const left = new Map<LexedLine, LexedLine | null>();
  for (let i = 0; i < lines.length; i++) {
    const l = left.has(lines[i]!) ? left.get(lines[i]!) : lines[i]!;
    if (!l) continue;
    // (the label's words after its number, and what follows them a space on; or a circled number set
    // right against the label's last character, no room between: 桑名's ２．今年度の部局目標① ごみ減量…,
    // IPAex Gothic 12 pt with 30 mm margins by LibreOffice, the label longer than its cell's line)
    const rest = l.marker?.kind === 'dotted-number' && !itemKinds.includes('dotted-number') ? l.marker.rest : null;
    const splits = rest === null ? [] : [/^(.+?)[ \u3000\t]+(\S.*)$/su.exec(rest), itemKinds.includes('circled-number') ? LABEL_AGAINST_CIRCLED.exec(rest) : null];
    const parted = splits.flatMap((m) => {
      const item = m ? lexLine({ no: l.no, page: l.page, text: m[2]! + (/\s$/.test(l.raw) ? ' ' : '') }) : null;
      // (or the 【…】 heading over its list, alone after the label: 桑名's ２．今年度の部局目標 |
      // 【ＰＸ（…）推進】, a row of one line at a page's foot, its list on the next page; Noto Sans CJK
      // 10 pt landscape, 32 mm, by LibreOffice with horizontal rules)
      // (or wrapped, its bracket closed at the end of one of the next two lines: 【ＰＸ（パブリック・トランスフォーメー /
      // ション）推進】, Noto Sans CJK 15 pt on letter portrait by LibreOffice without rules, the 181st)
      const heading = (item?.marker?.kind === 'bracket-heading' && item.marker.rest.trim() === '') || (!!m && !item?.marker && /^【[^】]*$/u.test(m[2]!.trim()) && lines.slice(i + 1, i + 3).some((o) => /】\s*$/u.test(o.text)));
      if (!m || !item || (!item.marker && !heading) || !(heading || itemKinds.includes(item.marker!.kind))) return [];
      if (matchLabel(profile.labels, compactKey(m[1]!)) !== null) return [{ m, item, tail: [] as LabelPiece[] }];
      const tail = labelTail(lines, i, m[1]!, profile);
      return tail ? [{ m, item, tail }] : [];
    })[0];
    if (!parted) {
      out.push(l);
      continue;
    }
    const { m, item, tail } = parted;
    const label = lexLine({ no: l.no, page: l.page, text: l.text.slice(0, l.text.length - m[2]!.length).trim() });
    const pieces = tail.map((t) => lexLine({ no: t.line.no, page: t.line.page, text: t.label }));
    out.push({ ...label, ...(l.box ? { box: l.box } : {}) }, ...pieces, { ...item!, ...(l.box ? { box: l.box } : {}) });
    for (const t of tail) left.set(t.line, t.rest === null ? null : { ...lexLine({ no: t.line.no, page: t.line.page, text: t.rest }), ...(t.line.box ? { box: t.line.box } : {}) });
  }
  return out;
}

/** Part of a line that holds a wrapped label's rest, and what stands after it a space on. */
interface LabelPiece {
  line: LexedLine;
  label: string;
  rest: string | null;
}

/**
 * The rest of a label that wrapped in its cell while its list's first item went on beside it
 * (`３．目標達成のための ① 水道施設の…従来の発` / `手段及び` / `方策` / `注に加` / `えて、…`, or on
 * the item's own lines, `手段及び を通じ` / `方策 て、構成市町と…`: 桑名 printed by LibreOffice
 * without rules, where the reader found no column): short words without a marker at the heads of
 * the next few lines that complete a known label. Null when none do.
 */
function labelTail(lines: LexedLine[], at: number, head: string, profile: NumberedListsProfile | GenericProfile): LabelPiece[] | null {
  const tail: LabelPiece[] = [];
  let text = compactKey(head);
  for (const l of lines.slice(at + 1, at + 5)) {
    if (l.marker) break;
    const m = /^\s*(\S{1,8})[ \u3000\t]+(\S.*)$/su.exec(l.text);
    if (l.key.length > 8 && !m) continue;
    tail.push({ line: l, label: m ? m[1]! : l.text.trim(), rest: m ? m[2]! : null });
    text += compactKey(m ? m[1]! : l.text);
    if (matchLabel(profile.labels, text) !== null) return tail;
  }
  return null;
}

function assemble(d: Dept, profile: NumberedListsProfile | GenericProfile, fullWidth: number, result: LayoutResult): void {
  const titleFrom: readonly FieldKey[] = 'titleFrom' in profile ? profile.titleFrom : ['goal', 'content', 'issue', 'measures'];
  alignBrokenNumbers(d, result);
  const numbers: number[] = [];
  for (const b of d.blocks) {
    if (b.field === null && b.items.length > 0) {
      result.diagnostics.push({
        level: 'warning',
        code: 'layout/unknown-label',
        message: `label "${cleanText(b.labelText)}" maps to no field; its ${b.items.length} item(s) are kept only as text of the record`,
        line: b.labelLine,
        page: null,
      });
    }
    for (const it of b.items) if (!numbers.includes(it.number)) numbers.push(it.number);
    const dup = b.items.map((i) => i.number).filter((n, i, a) => a.indexOf(n) !== i);
    if (dup.length) {
      result.diagnostics.push({ level: 'warning', code: 'layout/duplicate-number', message: `number ${dup.join(', ')} appears twice in one list`, line: b.labelLine, page: null });
    }
  }
  const heading = d.blocks.map((b) => b.heading).find((h) => h !== null) ?? null;
  for (const n of numbers) {
    const fields: Record<string, string> = {};
    let first: { line: number; page: number | null } | null = null;
    for (const b of d.blocks) {
      const it = b.items.find((i) => i.number === n);
      if (!it) continue;
      if (!first || it.line < first.line) first = { line: it.line, page: it.page };
      const text = cleanText(joinWrappedLines(it.lines, fullWidth));
      const key = b.field ?? 'content';
      fields[key] = fields[key] ? `${fields[key]}\n${text}` : text;
    }
    const titleKey = titleFrom.find((k) => fields[k]);
    const missing = d.blocks.filter((b) => b.field && !b.items.some((i) => i.number === n)).map((b) => cleanText(b.labelText));
    if (missing.length) {
      result.diagnostics.push({
        level: 'warning',
        code: 'layout/unaligned-item',
        message: `item ${n}${d.dept ? ` of ${d.dept.name}` : ''} is missing from: ${missing.join(', ')}`,
        line: first?.line ?? null,
        page: first?.page ?? null,
      });
    }
    result.records.push(
      draftRecord({
        department: d.dept?.name ?? null,
        sections: d.dept?.sections ?? [],
        categoryPath: heading ? [heading] : [],
        number: n,
        title: titleKey ? fields[titleKey]! : '',
        fields,
        line: first?.line ?? null,
        page: first?.page ?? null,
      }),
    );
  }
}

/**
 * An item number that breaks its list's run where the lists beside it tell which is due: the list
 * lacks the number due, the others hold it, and none holds the number read — so the lists align as
 * printed. Taught by 桑名 scanned by Chromium in black and white (p11): 現状認識と課題's ⑤ read ⑥ made a
 * sixth record of it, and goal ⑤ lost its 課題.
 */
function alignBrokenNumbers(d: Dept, result: LayoutResult): void {
  for (const b of d.blocks) {
    const others = d.blocks.filter((o) => o !== b && o.field !== null);
    const held = (n: number) => others.some((o) => o.items.some((i) => i.number === n));
    b.items.forEach((it, k) => {
      const due = k === 0 ? 1 : b.items[k - 1]!.number + 1;
      if (it.number === due || held(it.number) || !held(due) || b.items.some((i) => i.number === due)) return;
      result.diagnostics.push({
        level: 'info',
        code: 'layout/item-number-aligned',
        message: `item ${it.number} of 「${cleanText(b.labelText)}」 follows ${due - 1 || 'the label'} and no other list holds ${it.number}: taken as ${due}, as the lists beside it number`,
        line: it.line,
        page: it.page,
      });
      it.number = due;
    });
  }
}

/**
 * A department whose name row was not read as one: the form starts over (the first label of the
 * department's own first block comes again) right after a row of a short label and a name that
 * ends as a department's does, taken as the last item's text. Taught by 桑名's scanned pages, where OCR read the label
 * 部局名 as `剖司名` and the next department's goals went to the one before.
 */
function unreadDepartmentLabel(cur: Dept, item: Item | null, labelText: string): { name: string; line: number } | null {
  const first = cur.blocks[0];
  if (!first || !item || first.field === null) return null;
  const again = cleanText(labelText);
  if (again === '' || !cleanText(first.labelText).startsWith(again)) return null;
  const last = item.lines.at(-1);
  if (last?.no === undefined || item.lines.length < 2) return null;
  const row = /^(\S{1,5})[ \u3000]+(\S+)$/u.exec(last.text.trim());
  if (!row || /^[①-⑳0-9０-９（(【]/.test(row[1]!) || !DEPARTMENT_NAME_END.test(row[2]!)) return null;
  return { name: row[2]!, line: last.no };
}

/** Whether a name opens a bracket it does not close. */
/** A line that is only the end of a bracket (`課）`): a wrapped name's last words. */
// (a 中黒 may open it: the next name in the bracket, ・企業誘致課）)
const closesBracket = (l: LexedLine | undefined) => !!l && (!l.marker || /^[・･]/u.test(l.text.trim())) && l.key.length <= 10 && /^[^（(]*[）)]$/u.test(l.key);

/** The number of the first numbered line after `at`, if any. */
function nextItemNumber(lines: readonly LexedLine[], at: number): number | null {
  for (let k = at + 1; k < lines.length; k++) {
    const m = lines[k]!.marker;
    if (m && m.value !== null && m.kind !== 'dotted-number') return m.value;
  }
  return null;
}

/** A name no document writes: whether a department label stands alone, its name to come. */
const NAME_PROBE = '\u{E000}';

function isFieldKey(x: string | null): x is FieldKey {
  return x === 'issue' || x === 'goal' || x === 'measures' || x === 'content' || x === 'criteria' || x === 'progress';
}

