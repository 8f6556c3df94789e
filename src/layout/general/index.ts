import type { LexedLine } from '../../lex/lexed-line.js';
import type { FormSheetsProfile, GenericProfile } from '../../profiles/profile-schema.js';
import { compileLabels, labelName, labelRole } from '../../vocabulary/index.js';
import { layoutGoalBlocks } from '../goal-blocks.js';
import { claim, type LayoutResult } from '../layout-result.js';
import { layoutNumberedLists } from '../numbered-lists.js';
import { coverKey, repeatedCover } from '../running-lines.js';
import { GOAL_PANELS, hasGoalPanels } from './goal-panels.js';
import { layoutHeadedBlocks } from './headed-blocks.js';
import { listCellsAsLines } from './list-cells.js';
import { findListHeader, layoutListTable } from './list-table.js';
import { hasOutline, layoutOutline, numberedLine } from './outline.js';
import { layoutSheets, sheetStarts } from './sheets.js';

/**
 * The general reader: documents no profile describes. It looks for the shapes every city's
 * plans and evaluations take, in this order:
 *   1. a list table (a header row of labels over a row per item), or form sheets (a name label
 *      per sheet: 事務事業評価シート, 事業評価書, 取組状況シート);
 *   2. items under numbered headings, each a block of the form's labels (部長マニフェスト);
 *   3. department panels (部長目標), numbered lists aligned under labels (部局の目標・方針);
 *   4. an outline: numbered items under numbered headings (総合計画, 総合戦略, 行動計画);
 *   5. numbered items under labelled blocks (the fallback it grew from).
 */
export function layoutGeneral(lines: LexedLine[], profile: GenericProfile): LayoutResult {
  const found = sheetStarts(lines);
  const { starts } = found;
  // a book of sheets often opens with their index (No. | 事務事業名 | 担当課): the sheets are the
  // records, the index is front matter
  if (starts.length >= 2) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutSheets(lines, result, documentEra(lines), found);
    const first = result.records[0]?.line ?? Infinity;
    const index: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutListTable(lines.filter((l) => l.no < first), index);
    for (const n of index.claims.keys()) if (!result.claims.has(n)) result.claims.set(n, 'front-matter');
    return result;
  }
  if (findListHeader(lines)) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutListTable(lines, result);
    if (result.records.length >= 2) return result;
  }
  if (starts.length > 0) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutSheets(lines, result, documentEra(lines), found);
    return result;
  }
  // items each under a numbered heading, the form's labels below it (部長マニフェスト in Word)
  const blocks = layoutHeadedBlocks(lines);
  if (blocks.records.length >= 2) return blocks;
  // department panels: a head, and goals each followed by its result
  if (hasGoalPanels(lines)) {
    // (the title printed atop every page is no panel's text)
    const running = repeatedCover(lines);
    const panels = layoutGoalBlocks(lines.filter((l) => !running.has(coverKey(l))), GOAL_PANELS);
    for (const l of lines) if (running.has(coverKey(l))) claim(panels.claims, l.no, 'header');
    if (panels.records.length >= 2) return { ...panels, readWith: GOAL_PANELS };
  }
  // numbered lists under labelled blocks, aligned by number (桑名's 現状と課題 ①… / 部局目標 ①… /
  // 方策 ①…, under a 部局名 line): the labels' own numbers (`１．現状認識`) look like an outline's
  // headings, but a reader takes item ① of each list as one record
  const lists = layoutNumberedLists(listCellsAsLines(lines), profile);
  if (alignedLists(lists)) return lists;
  if (hasOutline(lines)) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutOutline(lines, result, null);
    if (result.records.length > 0) return result;
  }
  return lists;
}

/** Most records hold the same number's item of two labelled lists or more. */
function alignedLists(result: LayoutResult): boolean {
  const aligned = result.records.filter((r) => Object.keys(r.fields).filter((k) => LIST_FIELDS.has(k)).length >= 2).length;
  return result.records.length >= 2 && aligned * 2 >= result.records.length;
}

const LIST_FIELDS = new Set(['issue', 'goal', 'measures', 'content', 'criteria', 'progress']);

/** A form-sheets profile: the sheet reader with the form's own labels first. */
export function layoutFormSheets(lines: LexedLine[], profile: FormSheetsProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  layoutSheets(lines, result, documentEra(lines), sheetStarts(lines, compileLabels(profile.formLabels)));
  return result;
}

/** The era of a year written without one (神戸 `20年度決算`): the era the document writes. */
function documentEra(lines: readonly LexedLine[]): number {
  let heisei = 0;
  let reiwa = 0;
  let latest = 0;
  for (const l of lines) {
    if (/平成|H[0-9]{1,2}/.test(l.key)) heisei++;
    if (/令和|R[0-9]{1,2}/.test(l.key)) reiwa++;
    for (const m of l.key.matchAll(/(?<![0-9０-９])([0-9０-９]{1,2})年度/gu)) latest = Math.max(latest, Number(m[1]!.normalize('NFKC')));
  }
  // no era written anywhere: a year past 令和20 (2038) is none a plan of today names, so the
  // years are 平成's (a 事務事業評価調書 of 27年度 … 29年度)
  if (heisei === 0 && reiwa === 0 && latest > 20) return 1988;
  return heisei > reiwa ? 1988 : 2018;
}

/**
 * What a document that gave no record holds, for the `records/none` error: its lines, table rows,
 * the form labels and numbered lines the reader saw. A user learns whether the text was there at
 * all (a scan has none) and what a profile would have to name.
 */
export function describeUnread(lines: readonly LexedLine[]): string {
  const text = lines.filter((l) => !l.blank);
  const rows = text.filter((l) => l.cells.filter((c) => c.trim()).length > 1).length;
  const labels = new Set<string>();
  for (const l of text) for (const c of l.cells) if (c.trim() && labelRole(c) !== null) labels.add(labelName(c));
  const numbered = text.filter((l) => numberedLine(l.text) !== null).length;
  const named = [...labels].slice(0, 6).join(', ');
  return `saw ${text.length} text lines, ${rows} table rows, ${labels.size} form labels${named ? ` (${named}${labels.size > 6 ? ', …' : ''})` : ''} and ${numbered} numbered lines, but no sheet name label (事業名 …), list header, or numbered outline that makes a record`;
}
