import type { InkRun } from './latin-widths.js';
import { wordsBand, type OcrLine } from './tesseract-words.js';

/**
 * Share of a line's rows under which the ink of a character as wide as a kana is a flat mark: the
 * wave dash ～ fills 0.25–0.26 of them (桑名's 続く～無限, Noto Serif CJK, both producers' renderings
 * scanned at 300 dpi), the て it is read as 0.75–0.79 (that page's して, ついて).
 */
const FLAT_SHARE = 0.4;

/** Narrowest ink (em) of a wave dash: 0.74 there; a comma's or a dot's is under 0.3. */
const WAVE_WIDTH = 0.6;

/**
 * ～, which Tesseract's jpn model reads as て (桑名's `『チャレンジは続くて無限の可能性を求めて』`, every
 * scan of it): a て whose ink under its box is one run as wide as a kana and flat in the line's rows
 * is the wave dash (a range's 令和9年～11年度 prints it too). `ink(x0, x1, top, bottom)`: the ink
 * runs in those columns and rows. Changes the words in place.
 */
export function wavesRead(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  const band = wordsBand(line, em);
  if (!band) return;
  for (const w of line) {
    if (w.text !== 'て') continue;
    // (the run under the box's middle: the box may cover half the mark, `て` at 1021–1042 px over
    // its ink at 1007–1040)
    const mid = (w.left + w.right) / 2;
    const own = ink(Math.round(w.left - em / 2), Math.round(w.right + em / 2), band.top, band.bottom).find(([a, b]) => a <= mid && b >= mid);
    if (own && own[1] - own[0] >= em * WAVE_WIDTH && own[2] < FLAT_SHARE) w.text = '～';
  }
}
