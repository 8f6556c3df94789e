import { emptyDepartment, type LayoutResult } from '../layout/layout-result.js';
import type { OrganisationUnit } from '../records/schema.js';
import { departmentEnd, SECTION_END } from '../lex/department-suffix.js';
import { cleanText } from '../normalize/clean-text.js';

/**
 * Composite 担当部課 (`上下水道局総務課`, `総務部職員課`) → the record's department, its sections
 * as printed, and each section split into department and unit (`units`); the document's
 * department list in record order. Where the department ends is a question of words, not
 * characters: 部 and 局 end a department when they are the unit suffix of the name (`総務/部`,
 * `事務/局`), not when they are part of a word (`内部監査室`, `部活動推進室`, `健康福祉部局`), which
 * `departmentEnd` tells apart from a table of the words that hold them.
 */
export function assignOrganisations(layout: LayoutResult): void {
  for (const r of layout.records) {
    if (r.assignees !== undefined) {
      const { department, sections } = assigneesToDepartment(r.assignees);
      // 課 alone under a heading that named their 部 (刈谷's `企画財政部 令和5年度…` over 企画政策課)
      r.department = department ?? r.department;
      r.sections = sections;
      delete r.assignees;
    }
    // every entry the same way, whichever layout found it: the name as printed, split beside it
    r.units = r.sections.map(unitOf);
  }
  namedElsewhere(layout);
  for (const r of layout.records) {
    if (r.department && !layout.departments.some((d) => d.name === r.department)) layout.departments.push(emptyDepartment(r.department, r.line));
  }
}

/**
 * A record whose 担当部課 names no department a reader would split off (its 課 lost or misread:
 * `市民部市民活動` for 市民部 市民活動推進課, `消防本部予防` + `娠` for 消防本部予防課, in 伊勢崎's
 * sheets read by OCR) takes the department of the document's other records that its first entry
 * starts with; read with one character wrong (`産業許済部商工労働`), that department as the document
 * prints it elsewhere. Only names of four characters or more are taken with a character wrong.
 */
function namedElsewhere(layout: LayoutResult): void {
  const known = [...new Set(layout.records.map((r) => r.department).filter((d): d is string => d !== null))].sort((a, b) => b.length - a.length);
  if (known.length === 0) return;
  for (const r of layout.records) {
    const first = r.sections[0];
    if (r.department !== null || !first) continue;
    const found = known.find((d) => first.length > d.length && first.startsWith(d)) ?? known.find((d) => d.length >= 4 && first.length > d.length && oneWrong(first.slice(0, d.length), d));
    if (found) r.department = found;
  }
}

/** The same length, the same last character, and one character different. */
function oneWrong(a: string, b: string): boolean {
  if (a.length !== b.length || a.at(-1) !== b.at(-1)) return false;
  let wrong = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) wrong++;
  return wrong === 1;
}

/**
 * One section entry as printed, and the 部/局 and unit a reader sees in it: department null when
 * none is printed (`議事調査課` after `議会事務局庶務課、`), section null when the entry is a
 * department alone (`健康福祉部局`).
 */
export function unitOf(written: string): OrganisationUnit {
  const { department, section } = splitAssignee(written);
  return { written, department, section: department !== null && section === written ? null : section };
}

const MAY_HOLD_DEPARTMENT = /[部局]|公室/;
const SECTION_INSIDE = /(?:課|室|係|センター)/;

/** The 部/局/本部/公室 a composite 担当部課 starts with, and the rest. */
export function splitAssignee(entry: string): { department: string | null; section: string } {
  return splitAssigneeAt(entry, departmentEnd);
}

/** `splitAssignee` with another reading of where the department's name ends (scripts/word-questions-check.ts compares kuromoji's). */
export function splitAssigneeAt(entry: string, endOf: (s: string) => number): { department: string | null; section: string } {
  const s = cleanText(entry);
  if (/^関係/.test(s) || !MAY_HOLD_DEPARTMENT.test(s)) return { department: null, section: s };
  const cut = endOf(s);
  if (cut < 0) return { department: null, section: s };
  const department = s.slice(0, cut);
  const rest = s.slice(cut);
  if (rest === '') return { department, section: s };
  // `環境部環境政策課さかい聖苑`: a section with a place after it
  if (SECTION_END.test(rest) || SECTION_INSIDE.test(rest)) return { department, section: rest };
  return { department: null, section: s };
}

/**
 * A list of 担当部課 → the record's department (that of the first entry that names one) and its
 * sections, each whole as printed: [総務部職員課, 市長公室経営改革課] → 総務部 + [総務部職員課,
 * 市長公室経営改革課]. A name the extraction wrapped over two entries is one section.
 */
export function assigneesToDepartment(given: readonly string[]): { department: string | null; sections: string[] } {
  const entries = rejoinWraps(given).flatMap((e) => runTogether(cleanText(e)));
  const department = entries.map(splitAssignee).find((s) => s.department)?.department ?? null;
  return { department, sections: entries };
}

/**
 * An entry that is two names run together, the space between them lost where a cell's line wrapped
 * (木更津's 健康こども部健康推進課 / 健康こども部こども保育課 printed in a narrow 担当課 column, the wrap
 * after 推進課 and the space with it) or where OCR read the line (木更津's 総務部職員課 市長公室経営改革課,
 * 資産管理部財産活用課 市長公室経営改革課 関係各課, scanned in black and white): parted where, after a
 * section's end, a name that starts with a department starts (the entry's own again, or another:
 * 市長公室経営改革課), or 関係…課.
 */
function runTogether(entry: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = from + MIN_PART; at <= entry.length - MIN_PART; at++) {
    const part = entry.slice(from, at);
    // (a department ending in 室 is no section: 市長公室 starts 市長公室経営改革課)
    if (!SECTION_END.test(part) || splitAssignee(part).department === part) continue;
    const rest = entry.slice(at);
    const { department } = splitAssignee(rest);
    // (a department holds no 課: `経営改革課企画部` is a section run into the next name)
    if ((department !== null && rest.startsWith(department) && !/[課係]/u.test(department)) || /^関係.*課$/u.test(rest)) {
      out.push(entry.slice(from, at));
      from = at;
      at += MIN_PART - 1;
    }
  }
  out.push(entry.slice(from));
  return out;
}

/** The fewest characters of a name parted from a run (a 課 of two, 税課, is no name a run starts or ends with). */
const MIN_PART = 3;

/**
 * Entries that are one name wrapped across lines: `都市整備部下` / `水道推進室` (木更津's sheet printed
 * without rules, where nothing tells a wrap in a cell from a line break) is 都市整備部下水道推進室.
 * Joined where the first splits into a department and a rest that is no section, and the two
 * together split cleanly.
 */
function rejoinWraps(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const here = entries[i]!;
    // (over a third line too, while the name has not reached its 課 or 室: 都市整備 / 部下水道 / 推進室
    // in a narrower column, gothic 12 pt with 30 mm margins)
    let taken = 0;
    if (splitAssignee(here).department === null) {
      let joined = here;
      for (let n = 1; n <= 2 && i + n < entries.length && !SECTION_END.test(cleanText(joined)); n++) {
        joined += entries[i + n]!;
        const split = splitAssignee(joined);
        if (MAY_HOLD_DEPARTMENT.test(joined) && split.department !== null && split.section !== cleanText(joined)) {
          taken = n;
          break;
        }
      }
    }
    out.push(entries.slice(i, i + taken + 1).join(''));
    i += taken;
  }
  return out;
}
