import { parseDigits, type Marker, type MarkerConstruct } from './marker.js';

/**
 * 1. / １． — a numbered section label.
 *   `１．現状認識`   (kuwana: label split over lines, `と課題` follows)
 *    ^^ marker, value 1
 * `1.5%` is a number, not a marker: the dot must not be followed by a digit.
 * A comma stands for the dot where OCR read it so (`2,今年度の` / `部局目標`: 桑名 scanned in black and
 * white, p22 — the label lost, its goals were read as the issues'); `1,000` stays a number. A full
 * stop or 読点 stands for it too where words follow (`3。目標達成` / `のための`: 桑名 by Chromium in black
 * and white, p13 — the label ran into the goal before it); `3。` ending a sentence at a line's head is none.
 */
export const DottedNumberMarker: MarkerConstruct = {
  kind: 'dotted-number',
  match(text): Marker | null {
    const m = /^[ \u3000]*([0-9０-９]{1,2})(?:[.．,，](?![0-9０-９])|[。、](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))[ \u3000]*/u.exec(text);
    if (!m) return null;
    return { kind: 'dotted-number', value: parseDigits(m[1]!), written: m[0].trim(), rest: text.slice(m[0].length) };
  },
};
