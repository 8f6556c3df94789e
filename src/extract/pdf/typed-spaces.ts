import { foldLookalikes } from '../../normalize/characters.js';
import type { TextRun } from './page-content.js';

/**
 * The page's shown glyphs in drawing order, as the operator list gives them: each glyph's text,
 * a space glyph as ' '. pdf.js's text content drops space glyphs and puts spaces back from the
 * gaps it measures, so a space it gives may be one the author typed or one the producer opened of
 * its own accord (Writer's autospacing between Japanese and digits). The glyphs tell them apart.
 */
export class ShownGlyphs {
  private chars: string[] = [];
  /** Per entry of `chars`: the advance (em) of the space glyphs drawn since the glyph before it, 0 where none was. */
  private spaced: number[] = [];
  private pendingSpace = 0;

  add(glyphs: readonly unknown[]): void {
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i];
      if (!g || typeof g !== 'object') continue; // a kerning number of TJ
      if (fillerAt(glyphs, i)) {
        i += 2;
        continue;
      }
      // (not pdf.js's `isSpace`: that is the code 32 word spacing applies to, whichever glyph a
      // subset font gives it; Writer's Noto subset has ン there)
      const { unicode } = g as { unicode?: unknown };
      const text = typeof unicode === 'string' ? unicode : '';
      if (text.length === 1 && isPlain(text)) {
        // (most glyphs of a page: no lookup, no array)
        this.chars.push(text);
        this.spaced.push(this.pendingSpace);
        this.pendingSpace = 0;
        continue;
      }
      if (text !== '' && text.trim() === '') {
        // (a glyph's width is in thousandths of its em; a subset without widths still marks the space)
        const { width } = g as { width?: unknown };
        this.pendingSpace += typeof width === 'number' && width > 0 ? width / 1000 : Number.MIN_VALUE;
        continue;
      }
      for (const ch of comparable(text)) {
        this.chars.push(ch);
        this.spaced.push(this.pendingSpace);
        this.pendingSpace = 0;
      }
    }
  }

  /**
   * Marks each run that follows the run before it on its line with a space glyph drawn between
   * them (`typedSpaceBefore`). `runs` in the order of the text content's items, which is the
   * drawing order. A run whose characters are not found a short way ahead (text the operator list
   * shows otherwise, a font without glyph text) gets no mark, and the reading resumes after it.
   */
  markTypedSpaces(runs: TextRun[]): void {
    let at = 0;
    let prev: TextRun | undefined;
    // (a space glyph drawn before a glyph the producer set back on its line out of order — a fallback face's 污 drawn after
    // the rest of `・污水管整備 0.6km` — is the space before the run that goes on from the line's last run: 刈谷's typed space
    // before 0.6km, IPAGothic 10.5 pt from a Writer document by LibreOffice, the 284th, had been read as a cell's edge)
    let carried = 0;
    for (const run of runs) {
      const want = runComparable(run.text);
      const found = want.length > 0 ? this.find(want, at) : -1;
      if (found < 0) {
        prev = undefined;
        carried = 0;
        continue;
      }
      const spaced = this.spaced[found]! + carried;
      const back = !!prev && setBack(prev, run);
      carried = back ? spaced : 0;
      if (!back && spaced > 0 && prev && followsOnLine(prev, run)) {
        run.typedSpaceBefore = true;
        run.typedSpaceEm = spaced;
      }
      if (run.text.includes(' ') && !run.vertical) run.text = this.withoutOpenedSpaces(run.text, want, found);
      at = found + want.length;
      // (a run set back is no step along the line: the next run goes on from the one before it)
      if (!back) prev = run;
    }
  }

  /**
   * The run's text without the spaces pdf.js put back between two full-width characters where no space glyph was
   * drawn: the producer's room, not a word's end — a line set justified (両端揃え) or a label spread over its cell
   * (均等割り付け) puts it after every character. 伊勢崎's year cells justified by Chromium (the 201st): `見 直 し ・ 共`,
   * 1.9 pt after each 8.1 pt character, had read as two items `見直し` | `共有` at the spaced 中黒.
   */
  private withoutOpenedSpaces(text: string, want: string[], found: number): string {
    const chars = [...text];
    // (only where each character of the run is its own comparable one: the glyphs line up with the text)
    if (chars.filter((ch) => ch.trim() !== '').length !== want.length) return text;
    let k = 0;
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch !== ' ') {
        out += ch;
        // (want holds no space of any kind: a full-width space, kept, moves no glyph on)
        if (ch.trim() !== '') k++;
        continue;
      }
      const before = chars[i - 1];
      const after = chars[i + 1];
      const opened = before !== undefined && after !== undefined && FULL_WIDTH.test(before) && FULL_WIDTH.test(after) && !(this.spaced[found + k]! > 0);
      if (!opened) out += ch;
    }
    return out;
  }

  /** Where `want` starts at or after `from`, within a window: drawing order is text order. */
  private find(want: string[], from: number): number {
    const probe = want.slice(0, 4);
    const last = Math.min(this.chars.length - probe.length, from + LOOKAHEAD);
    for (let i = from; i <= last; i++) if (probe.every((ch, k) => this.chars[i + k] === ch)) return i;
    return -1;
  }
}

/**
 * Two space glyphs with a move of the pen between them: Writer's way of setting the room it opens
 * between Japanese and a figure (`証明交付件数 14,354[␣ -2994 ␣]件`, 伊勢崎 printed by LibreOffice from
 * our HTML, where the text has `14,354件`), not a typed space; one typed there is drawn before them
 * (`24,156␣[␣ -2994 ␣]件`). (Chromium's prints and the rendered seeds draw no such pair.)
 */
function fillerAt(glyphs: readonly unknown[], i: number): boolean {
  const move = glyphs[i + 1];
  return isSpaceGlyph(glyphs[i]) && typeof move === 'number' && move !== 0 && isSpaceGlyph(glyphs[i + 2]);
}

function isSpaceGlyph(g: unknown): boolean {
  if (!g || typeof g !== 'object') return false;
  const { unicode } = g as { unicode?: unknown };
  return typeof unicode === 'string' && unicode !== '' && unicode.trim() === '';
}

/** How many glyphs a run may start past the previous one's end: glyphs without text, furniture. */
const LOOKAHEAD = 64;

/**
 * Characters as both sides can compare them: pdf.js normalises some compatibility forms in its
 * text content only, and runs come folded (foldLookalikes).
 */
function comparable(text: string): string[] {
  let chars = SEEN.get(text);
  if (!chars) {
    chars = [...foldLookalikes(text).normalize('NFKC')].filter((ch) => ch.trim() !== '');
    // (a page shows a few hundred distinct glyphs many times over: each normalised once)
    if (SEEN.size >= 20_000) SEEN.clear();
    SEEN.set(text, chars);
  }
  return chars;
}

const SEEN = new Map<string, string[]>();

/** A character set on a full em: kanji, kana, full-width forms and Japanese punctuation. */
const FULL_WIDTH = /^[\u3001-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]$/u;

/** Characters that may compose with the one before them under NFKC: a run holding one is normalised whole. */
const COMPOSING = /[\p{M}\u1100-\u11ff]/u;

/**
 * A run's text as `comparable` gives it, without normalising the whole string where every character
 * is its own comparable form: most runs of a page are kana and kanji, each distinct, and were each
 * folded, normalised and kept in `SEEN` once (~5 % of a 150-page import).
 */
function runComparable(text: string): string[] {
  if (COMPOSING.test(text)) return comparable(text);
  const out: string[] = [];
  for (const ch of text) {
    if (ch.trim() === '') continue;
    // (outside the BMP: `isPlain` keeps one answer per UTF-16 unit)
    if (ch.length !== 1 || !isPlain(ch)) return comparable(text);
    out.push(ch);
  }
  return out;
}

/** Per BMP character: 1 when it is its own comparable form (a kana, most kanji), 2 when not, 0 unknown. */
const PLAIN = new Uint8Array(0x10000);

function isPlain(ch: string): boolean {
  const code = ch.charCodeAt(0);
  let p = PLAIN[code]!;
  if (p === 0) {
    const c = comparable(ch);
    p = c.length === 1 && c[0] === ch ? 1 : 2;
    PLAIN[code] = p;
  }
  return p === 1;
}

function followsOnLine(prev: TextRun, run: TextRun): boolean {
  if (prev.vertical || run.vertical) return false;
  const size = Math.max(prev.size, run.size);
  return Math.abs(prev.bottom - run.bottom) <= size * 0.3 && run.x0 >= prev.x1 - size * 0.05;
}

/** A run drawn after `prev` but set before it on the same line: a glyph the producer drew apart, out of the line's order. */
function setBack(prev: TextRun, run: TextRun): boolean {
  if (prev.vertical || run.vertical) return false;
  const size = Math.max(prev.size, run.size);
  return Math.abs(prev.bottom - run.bottom) <= size * 0.3 && run.x1 <= prev.x0 + size * 0.05;
}
