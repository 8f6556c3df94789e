import { isJapanese } from '../normalize/characters.js';

/**
 * Wrapped lines → paragraphs separated by "\n". The extraction breaks every line at the column
 * edge; a paragraph ends where the PDF line ended early. Two signals, both learnt from kuwana:
 * a hard line end leaves a trailing space (`す必要がある。 `) while a wrap does not, and a
 * wrap that happens to leave one runs the full column width (`…持続可能な取 ` / `組ができる…`).
 */
export interface WrappedLine {
  text: string;
  /** The line as extracted, to see its trailing space. */
  raw: string;
}

const SENTENCE_END = /[。．！!？?」』）)]$/;
const STARTS_PARAGRAPH = /^[・･〈＜《⇒→【※●○◆■□◇]/;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isJapanese(ch) ? 1 : 0.5;
  return w;
}

/** The width of a full line: the 90th percentile of line widths (relative, never points). */
export function typicalFullWidth(lines: readonly string[]): number {
  const ws = lines.map((l) => displayWidth(l.trim())).filter((w) => w > 0).sort((a, b) => a - b);
  if (ws.length === 0) return 0;
  return ws[Math.min(ws.length - 1, Math.floor(ws.length * 0.9))]!;
}

export function joinWrappedLines(lines: readonly WrappedLine[], documentFullWidth: number): string {
  // A narrower column (a table cell, kuwana 1548–1566) wraps earlier than the page: measure the
  // block itself when it has enough lines to tell.
  const widths = lines.slice(0, -1).map((l) => displayWidth(l.text.trim()));
  const fullWidth = widths.length >= 2 ? Math.min(documentFullWidth, Math.max(...widths)) : documentFullWidth;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const cur = lines[i]!.text.trim();
    if (cur === '') continue;
    if (out === '') {
      out = cur;
      continue;
    }
    const prev = lines[i - 1]!;
    // (a listing mark alone is no item: the stub of a typed line that wrapped once more, 桑名's
    // …自助・共助 / ・ / 公助の役割…, printed by LibreOffice without rules in Noto Serif 12 pt)
    out = endsParagraph(prev, fullWidth) || (STARTS_PARAGRAPH.test(cur) && !/^[・･]$/.test(cur)) ? `${out}\n${cur}` : joinWrap(out, cur);
  }
  return out;
}

function endsParagraph(line: WrappedLine, fullWidth: number): boolean {
  const text = line.text.trim();
  if (!/[ \u3000]$/.test(line.raw)) return false;
  if (SENTENCE_END.test(text)) return true;
  return fullWidth > 0 && displayWidth(text) < fullWidth * 0.85;
}

/** Join a wrap: nothing between Japanese, one space between two Latin words. */
export function joinWrap(a: string, b: string): string {
  const last = a.at(-1) ?? '';
  const first = b[0] ?? '';
  return /[A-Za-z0-9]/.test(last) && /[A-Za-z]/.test(first) ? `${a} ${b}` : a + b;
}
