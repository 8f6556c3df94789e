import type { LexedLine } from '../../lex/lexed-line.js';
import type { FormSheetsProfile, GenericProfile } from '../../profiles/profile-schema.js';
import { compileLabels } from '../../vocabulary/index.js';
import type { LayoutResult } from '../layout-result.js';
import { layoutNumberedLists } from '../numbered-lists.js';
import { findListHeader, layoutListTable } from './list-table.js';
import { hasOutline, layoutOutline } from './outline.js';
import { layoutSheets, sheetStarts } from './sheets.js';

/**
 * The general reader: documents no profile describes. It looks for the shapes every city's
 * plans and evaluations take, in this order:
 *   1. a list table (a header row of labels over a row per item), or form sheets (a name label
 *      per sheet: 事務事業評価シート, 事業評価書, 取組状況シート);
 *   2. an outline: numbered items under numbered headings (総合計画, 総合戦略, 行動計画);
 *   3. numbered items under labelled blocks (the fallback it grew from).
 */
export function layoutGeneral(lines: LexedLine[], profile: GenericProfile): LayoutResult {
  if (findListHeader(lines)) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutListTable(lines, result);
    if (result.records.length >= 2) return result;
  }
  const { starts } = sheetStarts(lines);
  if (starts.length > 0) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutSheets(lines, result, documentEra(lines));
    return result;
  }
  if (hasOutline(lines)) {
    const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
    layoutOutline(lines, result, null);
    if (result.records.length > 0) return result;
  }
  return layoutNumberedLists(lines, profile);
}

/** A form-sheets profile: the sheet reader with the form's own labels first. */
export function layoutFormSheets(lines: LexedLine[], profile: FormSheetsProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  layoutSheets(lines, result, documentEra(lines), compileLabels(profile.formLabels));
  return result;
}

/** The era of a year written without one (神戸 `20年度決算`): the era the document writes. */
function documentEra(lines: readonly LexedLine[]): number {
  let heisei = 0;
  let reiwa = 0;
  for (const l of lines) {
    if (/平成|H[0-9]{1,2}/.test(l.key)) heisei++;
    if (/令和|R[0-9]{1,2}/.test(l.key)) reiwa++;
  }
  return heisei > reiwa ? 1988 : 2018;
}
