import { type SourceLine, withCells } from '../extract/source-text.js';
import { labelRole } from '../vocabulary/index.js';

/**
 * A label cell's text and a cell under it: one label the vocabulary knows, neither part alone a label (a year R8 over the
 * next row's 令和5年度の活動経過・今後の予定 is no label's start). Not by the label's spelled-out forms (labelHead): a
 * label whose pattern holds an era's year, `^(.*年度の)?活動経過(・今後の予定)?$`, has none.
 */
export function brokenLabel(head: string, rest: string): boolean {
  const [h, r] = [head.replace(/\s+/gu, ''), rest.replace(/\s+/gu, '')];
  // (two characters each at least: a label set a character a row, 池田's 財 / 源 beside 地方債 | その他, is each row's own, and
  // no note in brackets or after ※ under a heading — 世田谷's 本年度予算計上額 / （単位：千円）)
  if ([...h].length < 2 || [...r].length < 2 || /^[(（［\[※＊*]/u.test(r)) return false;
  return labelRole(h) === null && labelRole(r) === null && labelRole(h + r) !== null;
}

/** How many rows of a label's sub-rows a tail is looked for over: a sub-table's header and a row or two under it. */
const SUB_ROWS = 4;

/**
 * A label's tail in the first cell of a row, under rows with no label of their own, goes back onto the label it ends: the
 * label cell spans the sub-rows beside it, and its last line stood level with one of them (木更津's 令和5年度の活動経過・今 |
 * 名称 | 年度 | 目標値 | 結果 / (各年度末時点) / 後の予定 — Noto Sans CJK 15 pt by Chromium in an outer frame, the 350th: read
 * as the first words of the progress, the label had named nothing). Also over a page break, the tail at the next page's
 * head. Changes `lines` in place; returns how many tails went back.
 */
export function joinLabelTails(lines: SourceLine[]): number {
  let joined = 0;
  for (let i = 1; i < lines.length; i++) {
    const tail = lines[i]!;
    if (tail.cells) {
      const cells = tail.cells;
      if (cells.length < 2 || cells[0]!.trim() === '') continue;
      for (let j = i - 1; j >= Math.max(0, i - SUB_ROWS); j--) {
        const row = lines[j]!;
        if (!row.cells || row.cells.length !== cells.length || !sameTable(row, tail)) break;
        if (row.cells[0]!.trim() === '') continue;
        if (brokenLabel(row.cells[0]!, cells[0]!)) {
          lines[j] = withLabel(row, cells[0]!);
          // (the tail's row keeps the sub-row's own cells beside it: 名称 | 年度 | R8 | 4,800人 are no part of the label)
          if (cells.slice(1).every((c) => c.trim() === '')) lines.splice(i--, 1);
          else lines[i] = withCells(tail, ['', ...cells.slice(1)]);
          joined++;
        }
        break;
      }
      continue;
    }
    // (a free line at the next page's head, its first part the tail, under the table's last row the page before: the rest
    // of the page read as no table — 木更津's 後の予定 (各年度末時点) by Chromium without rules, the 350th)
    const row = lines[i - 1]!;
    const parts = tail.text.split('\t');
    if (!row.cells || row.page === null || tail.page !== row.page + 1 || !brokenLabel(row.cells[0]!, parts[0]!)) continue;
    lines[i - 1] = withLabel(row, parts[0]!);
    if (parts.length === 1) lines.splice(i--, 1);
    else lines[i] = { ...tail, text: parts.slice(1).join('\t'), ...(tail.spans ? { spans: tail.spans.slice(1) } : {}) };
    joined++;
  }
  return joined;
}

/** Rows of one table: the same grid on a page, or the next page's (a table the page broke is read there as one of its own). */
const sameTable = (a: SourceLine, b: SourceLine) =>
  !!a.grid && !!b.grid && (a.page === b.page ? a.grid.table === b.grid.table : a.page !== null && b.page === a.page + 1);

const withLabel = (row: SourceLine, tail: string) => withCells(row, [row.cells![0]!.trim() + tail.trim(), ...row.cells!.slice(1)]);
