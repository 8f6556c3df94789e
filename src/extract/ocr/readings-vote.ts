import { alignWords } from './re-read.js';
import type { OcrLine, OcrWord } from './tesseract-words.js';

/**
 * Tesseract's misreads on a clean page are chaotic: a pixel's shade more or less and it reads
 * another kanji, with as much confidence as it reads right. The same seeds painted by poppler
 * instead of Ghostscript, both at 300 dpi, read a record in ten otherwise (刈谷 by LibreOffice 0.912
 * → 0.853 in record F1: `協め` for 努め, `日座` for 口座, `盛発` for 啓発), where the same picture read
 * once more a little softened, and once a little darkened, reads many of them right. So the page is
 * read three times, and where the two other readings agree on a kanji or kana the first misread,
 * surer, they win.
 */

/**
 * The page's picture twice more, each changed as a scanner or a rasteriser changes it, the
 * geometry kept (each pixel where it was, so the words' boxes compare): softened across the
 * line (the ink's edge half a pixel wider) and darkened (grey ink nearer black, as a scanner's
 * contrast sets it).
 */
export function pictureVariants(pixels: Uint8Array, width: number): Uint8Array[] {
  const soft = new Uint8Array(pixels.length);
  const dark = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const x = i % width;
    const left = x > 0 ? pixels[i - 1]! : pixels[i]!;
    const right = x < width - 1 ? pixels[i + 1]! : pixels[i]!;
    soft[i] = (left + 2 * pixels[i]! + right) >> 2;
    dark[i] = Math.max(0, Math.round(255 - (255 - pixels[i]!) * DARKEN));
  }
  return [soft, dark];
}

/** How much darker the third picture's ink is (its distance from white, times this). */
const DARKEN = 1.6;

/** How much surer (Tesseract's 0–100) both other readings must be than the line's least sure word. */
const SURER = 10;

/** A line's band: the median top and foot of its words (pixels). */
function band(line: OcrLine): { top: number; bottom: number } {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { top: mid(line.map((w) => w.top)), bottom: mid(line.map((w) => w.bottom)) };
}

/**
 * The words of another reading that stand on the line: their middle inside the line's band, and
 * across no further than an em beyond its first and last word (another reading's boxes stand a
 * little off the line's).
 */
function wordsOnLine(line: OcrLine, other: readonly OcrWord[]): OcrWord[] {
  const { top, bottom } = band(line);
  const em = bottom - top;
  const [x0, x1] = [line[0]!.left - em, line.at(-1)!.right + em];
  return other
    .filter((w) => {
      const [cx, cy] = [(w.left + w.right) / 2, (w.top + w.bottom) / 2];
      return cy > top && cy < bottom && cx > x0 && cx < x1;
    })
    .sort((a, b) => a.left - b.left);
}

const textOf = (ws: readonly OcrWord[]) => ws.map((w) => w.text).join('');

// (not ・, the middle dot among the katakana)
const KANA_OR_KANJI = /^[ぁ-ゖァ-ヺー々\u3400-\u9fff\uf900-\ufaff]$/u;

/**
 * Whether `b` reads `a` with kana or kanji for kana or kanji, character for character, and nothing
 * else changed. Not a character gained or lost: what the others leave out there they may have read
 * on a line of their own (部長目標 by LibreOffice at 75: the 経 of a department's name `政策経` / `営部`
 * read on the goal's line, the 達成 badge after a goal, both dropped by the vote and the department
 * lost). Nor figures, marks or circled numbers: softened and darkened, a `,` reads `.`, ⑤ reads ⑥,
 * alike in both (刈谷 by LibreOffice at 100: `1,100` → `1.100`, `⑤災害` → `⑥災害`).
 */
function kanaOrKanjiFor(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  return x.length === y.length && x.every((c, i) => c === y[i] || (KANA_OR_KANJI.test(c) && KANA_OR_KANJI.test(y[i]!)));
}

/**
 * Each line of the first reading set against the other two: a stretch of its words (alignWords)
 * that both others read alike and otherwise, the same stretch of the line in both, takes their
 * text where both are surer and it changes only kana and kanji, one for one. The line's words keep
 * their boxes and confidences, each taking as many characters as it had (the page's cells and the
 * stretches read again are found from the first reading's boxes). Where the others disagree, the
 * first reading stands. Changes the words in place; returns how many stretches changed.
 */
export function voteReadings(lines: readonly OcrLine[], second: readonly OcrLine[], third: readonly OcrLine[]): number {
  const [b, c] = [second.flat(), third.flat()];
  let changed = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    const [wb, wc] = [wordsOnLine(line, b), wordsOnLine(line, c)];
    const byRange = new Map(alignWords(line, wc).map((s) => [`${s.a[0]}-${s.a[1]}`, wc.slice(s.b[0], s.b[1])]));
    for (const s of alignWords(line, wb)) {
      const mine = line.slice(s.a[0], s.a[1]);
      const [theirs, third] = [wb.slice(s.b[0], s.b[1]), byRange.get(`${s.a[0]}-${s.a[1]}`)];
      const text = textOf(theirs);
      if (third === undefined || text !== textOf(third) || text === textOf(mine) || !kanaOrKanjiFor(textOf(mine), text)) continue;
      // (surer, both of them, than the line's least sure word there)
      const sure = Math.min(...theirs.map((w) => w.conf), ...third.map((w) => w.conf));
      if (sure < Math.min(...mine.map((w) => w.conf)) + SURER) continue;
      // (each keeps its confidence too: the words read again alone are chosen by it, and a stack of
      // strips reads otherwise with any strip more or less — 部長目標 by LibreOffice at 75, `がみやま`
      // voted `かみやま` at 92, left its cell's next line out of the strips and the name 神山崇 read `促則向`)
      const chars = [...text];
      for (const w of mine) w.text = chars.splice(0, [...w.text].length).join('');
      changed++;
    }
  }
  return changed;
}
