import type { PageContent, TextRun } from './pdf/page-content.js';

/**
 * Text laid out in columns by spaces: what `pdftotext -layout` (poppler) and tools like it write of
 * a PDF's page — every character one column wide, a table's cells where their x put them, a cell's
 * wrapped lines under it, a page ended by a form feed. No tab says where a cell ends, so the lines
 * are read as a page is: each word a run at its column, each line a line of the page, and the PDF
 * path's geometry finds the columns from the gaps that stay open down the lines (issue 13's tables
 * without rules). Taught by our own 一覧表 printed by Chromium and laid out by pdftotext -layout
 * (fixtures/general/hyoka-ichiran.layout.txt), whose rows had each been read as one title.
 */

/** A gap of two spaces or more between words, inside a line. */
const WIDE_GAP = /\S {2,}\S/u;

/**
 * Laid out by spaces: no tabs, no markup, and a tenth of the lines or more (five at least) set
 * words apart by wide gaps — prose wraps with single spaces, a tab-separated extraction has tabs.
 * (京都's sheets laid out by pdftotext: 15–26 % of their lines, mostly prose; the seeds' texts and
 * every text fixture: under 1 %.)
 */
export function isLaidOut(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '');
  if (text.length === 0 || text.some((l) => /\t/.test(l))) return false;
  if (text.filter((l) => /<\/?(p|li|ul|br|td|tr)\b/i.test(l)).length > 0) return false;
  const gapped = text.filter((l) => WIDE_GAP.test(l.trim())).length;
  return gapped >= 5 && gapped * 10 >= text.length;
}

/** The em of a laid-out page: one column. */
const SIZE = 10;
/** A line's pitch: single-spaced lines of a cell stay one paragraph, a blank line parts them. */
const PITCH = 14;
const MARGIN = 2 * SIZE;

/** Each page of the text (form feeds part them) as the PDF path reads a page. */
export function laidOutPages(lines: readonly string[]): PageContent[] {
  const pages: PageContent[] = [];
  let page: { rows: { text: string }[] } = { rows: [] };
  const flush = () => {
    const n = pages.length + 1;
    const width = Math.max(40, ...page.rows.map((r) => [...r.text].length)) * SIZE + 2 * MARGIN;
    const runs: TextRun[] = [];
    page.rows.forEach((r, i) => {
      const top = MARGIN + i * PITCH;
      const chars = [...r.text];
      let col = 0;
      while (col < chars.length) {
        if (chars[col] === ' ') {
          col++;
          continue;
        }
        // a run is what a single space holds together beside a Latin letter or digit: the words of a
        // cell (`公式 SNS 等`, `令和 5 年度`); two spaces or more, or one between two Japanese
        // characters (`（千円） 名称`, two heads set tight), part runs, and the geometry decides which
        // gaps are a column's
        let end = col;
        while (end < chars.length && (chars[end] !== ' ' || heldBySpace(chars, end))) end++;
        runs.push({ text: unspacedFigures(chars.slice(col, end).join('')), x0: MARGIN + col * SIZE, x1: MARGIN + end * SIZE, top, bottom: top + SIZE, size: SIZE, vertical: false, font: 'laid-out' });
        col = end;
      }
    });
    pages.push({ page: n, width, height: 2 * MARGIN + Math.max(1, page.rows.length) * PITCH, runs, rules: [], fills: [], marks: 0, lostRuns: 0, laidOut: true });
    page = { rows: [] };
  };
  for (const raw of lines) {
    raw.split('\f').forEach((part, k) => {
      if (k > 0) flush();
      page.rows.push({ text: part.replace(/\s+$/u, '') });
    });
  }
  if (page.rows.some((r) => r.text !== '')) flush();
  return pages;
}

/**
 * A single space at `at` beside a Latin letter or digit (or after a comma, `%`, `)`): inside a run.
 * Not after a full stop: `No. 事務事業名` is two heads set tight (our 一覧表 laid out had lost its
 * header; 桑名 unruled by LibreOffice laid out, F1 0.937 → 1.000).
 */
function heldBySpace(chars: readonly string[], at: number): boolean {
  const before = chars[at - 1];
  const after = chars[at + 1];
  if (before === undefined || after === undefined || before === ' ' || after === ' ') return false;
  return /[A-Za-z0-9,%)]/u.test(before) || /[A-Za-z0-9(]/u.test(after);
}

/**
 * A figure set apart by one space from the Japanese on both its sides (`令和 5 年度`, `第 8 次`): the
 * room a word processor leaves between scripts (autospacing), which the layout writes as spaces; the
 * page shows none. (刈谷 printed by LibreOffice: `企画財政部 令和 5 年度組織重点目標` named no 部.) A
 * number that leads its line (`1 イベントの見直し`) keeps its space: it numbers what follows.
 */
function unspacedFigures(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]) ([0-9０-９][0-9０-９,.]*) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu, '$1');
}
