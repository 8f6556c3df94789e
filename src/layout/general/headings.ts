import type { LexedLine } from '../../lex/lexed-line.js';
import { compactKey } from '../../lex/lexed-line.js';
import { cleanText } from '../../normalize/clean-text.js';
import { labelRole } from '../../vocabulary/index.js';
import { numberedLine } from './outline.js';

/**
 * The headings a book of tables sets between its tables: the 部 each set of tables belongs to, and
 * the category each table is under. Taught by 刈谷's 組織重点目標 (`企画財政部 令和5年度組織重点目標`
 * over `(1) 市民から信頼され…市役所づくり` over `組織目標 | 取組内容 | 課等 | 目標達成基準`), the
 * shape of every city's 組織目標 / 部局運営方針 book: a line of its own, outside any table row.
 */

/** A department's name: 総務部, 上下水道局, 教育委員会事務局, 政 策 経 営 部 (spaced out). */
const DEPARTMENT = /^(?!第)([\p{Script=Han}\p{Script=Katakana}ー・]{1,14}?(?:本部|部|局|委員会|委員会事務局|事務局))$/u;
/** What may follow the name on its line: the book's own title again, a year (令和5年度組織重点目標). */
const AFTER_NAME = /令和|平成|年度|目標|方針|計画|重点|運営|マニフェスト/u;

export function departmentHeading(l: LexedLine): string | null {
  if (!ownLine(l)) return null;
  const text = l.text.trim();
  if (/。/.test(text) || [...l.key].length > 40) return null;
  if (DEPARTMENT.test(l.key)) return l.key;
  const m = /^(\S+)[\s\u3000]+(.+)$/u.exec(text);
  if (!m || !DEPARTMENT.test(m[1]!) || !AFTER_NAME.test(m[2]!)) return null;
  return compactKey(m[1]!);
}

/** A numbered heading on a line of its own, no sentence: `(1) 市民から信頼され…市役所づくり`. */
export function categoryHeading(l: LexedLine): string | null {
  if (!ownLine(l)) return null;
  const n = numberedLine(l.text);
  if (!n || n.style === 'circled' || /。$/.test(n.text.trim()) || [...compactKey(n.text)].length > CATEGORY_CHARS) return null;
  // a numbered label (`４ 今後の方向性`, a Word form's) heads its value, not a category
  if (labelRole(n.text) !== null) return null;
  return `${n.marker} ${cleanText(n.text)}`;
}

/** Longer than a heading: a numbered sentence of prose. */
const CATEGORY_CHARS = 60;

/** Text in the first cell only: a cell of a row further right, wrapped onto a line, is no heading. */
export function ownLine(l: LexedLine): boolean {
  return !l.blank && (l.cells[0] ?? '').trim() !== '' && l.cells.every((c, i) => i === 0 || c.trim() === '');
}
