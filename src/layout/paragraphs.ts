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
  // (whether the line before this one went on from a wrap: the paragraph had a line before it)
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const cur = lines[i]!.text.trim();
    if (cur === '') continue;
    if (out === '') {
      out = cur;
      continue;
    }
    const prev = lines[i - 1]!;
    const before = out.length;
    // (a listing mark alone is no item: the stub of a typed line that wrapped once more, 桑名's
    // …自助・共助 / ・ / 公助の役割…, printed by LibreOffice without rules in Noto Serif 12 pt)
    out = endsParagraph(prev, fullWidth, cur, continued) || (STARTS_PARAGRAPH.test(cur) && !/^[・･]$/.test(cur)) ? `${out}\n${cur}` : joinWrap(out, cur);
    continued = out[before] !== '\n';
  }
  return out;
}

function endsParagraph(line: WrappedLine, fullWidth: number, next = '', continued = false): boolean {
  const text = line.text.trim();
  if (!/[ \u3000]$/.test(line.raw)) return false;
  if (SENTENCE_END.test(text)) return true;
  // A short line that ends no sentence, the next going on in hiragana, is a sentence the line broke: the
  // stub of a typed line that wrapped once more (桑名's …市の災害対 / 応能力の低下が懸念さ / れていることから…,
  // …取 / り組み…, in IPAex Gothic 16 pt by LibreOffice: each typed line a full line and a stub). A
  // paragraph never opens after a line that ended mid-sentence. Only where the line goes on a wrap itself, as a stub
  // does: a line alone is a heading or a table's cell (桑名's 行政のスマート化 over 持続的な行政サービスを…, 見込 over
  // ごみ量（ｔ/年）).
  if (continued && /^[\p{Script=Hiragana}\p{Script=Han}]/u.test(next) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(text)) return false;
  return fullWidth > 0 && displayWidth(text) < fullWidth * 0.85;
}

/** Join a wrap: nothing between Japanese, one space between two Latin words. */
export function joinWrap(a: string, b: string): string {
  const last = a.at(-1) ?? '';
  const first = b[0] ?? '';
  return /[A-Za-z0-9]/.test(last) && /[A-Za-z]/.test(first) ? `${a} ${b}` : a + b;
}
