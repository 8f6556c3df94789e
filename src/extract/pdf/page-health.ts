import { type PageContent, SCAN_SHARE } from './page-content.js';

/**
 * Characters a correct text layer of a Japanese document hardly ever holds: private-use code
 * points and controls (glyph ids passed through without a ToUnicode map), replacement
 * characters, and the Windows-1252 punctuation a custom-encoded font decodes to (`™—›œ`).
 */
const SUSPECT = /[\uE000-\uF8FF\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\u2122\u203A\u2039\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]/gu;

/**
 * Fewer characters than this, none of them Japanese, printed over a scan that covers the page are a
 * stamp on it (`- 3 -`, `P.3`, as a PDF tool numbers a scanned book's pages), not its text: the page
 * is read as a scan. A cover's title over a photo (`令和5年度 組織重点目標`) is its text.
 */
const STAMP_CHARS = 40;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export type PageProblem =
  | { kind: 'no-text'; page: number }
  /** Its only text is an invisible layer over its scan: another program's OCR, without the scan's rules. */
  | { kind: 'ocr-layer'; page: number }
  | { kind: 'garbled'; page: number; share: number; sample: string };

export function pageProblem(content: PageContent): PageProblem | null {
  const text = content.runs.map((r) => r.text).join('').replace(/\s+/g, '');
  if (text.length === 0) return content.marks > 0 ? { kind: 'no-text', page: content.page } : null;
  const scanned = (content.picture?.share ?? 0) >= SCAN_SHARE;
  if (scanned && content.hiddenText) return { kind: 'ocr-layer', page: content.page };
  if (scanned && text.length < STAMP_CHARS && !JAPANESE.test(text)) return { kind: 'no-text', page: content.page };
  const suspect = text.match(SUSPECT) ?? [];
  const share = suspect.length / text.length;
  if (suspect.length >= 3 && share >= 0.2) return { kind: 'garbled', page: content.page, share, sample: text.slice(0, 20) };
  return null;
}

export function suspectCharacters(text: string): string[] {
  return text.match(SUSPECT) ?? [];
}
