import { isHalfBracket, isJapanese, isLatinLetter } from './characters.js';

/**
 * Spaces a PDF put where the author wrote none: between Japanese characters (`高めま す。`,
 * `部 局 名`) and inside letter-spaced Latin (`J R`, `P a y`, `NB O`). Spaces between Latin words
 * (`USB Dongle`) and between a label and its value (`フォロワー数 50,000人`) stay, as one space.
 */
export function removeArtefactSpaces(s: string): string {
  const chars = Array.from(s.replace(/[ \u3000\t]+/g, ' '));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch !== ' ') {
      out += ch;
      continue;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (prev === undefined || next === undefined) continue; // leading/trailing
    if (joinsAcrossSpace(chars, i)) continue;
    out += ' ';
  }
  return out;
}

function joinsAcrossSpace(chars: string[], i: number): boolean {
  const a = chars[i - 1]!;
  const b = chars[i + 1]!;
  // A circled number after a space starts an enumeration inside running text (kariya 255:
  // `…の推進 ①企業庁…`): that space is the author's.
  const ja = isJapanese(a) && !isEnclosedNumber(a);
  const jb = isJapanese(b) && !isEnclosedNumber(b);
  if (ja && jb) return true;
  if ((ja && isHalfBracket(b)) || (isHalfBracket(a) && jb)) return true;
  if (isLatinLetter(a) && isLatinLetter(b)) {
    // letter-spacing: one of the two Latin runs around the space is a single letter
    return latinRunLength(chars, i - 1, -1) === 1 || latinRunLength(chars, i + 1, 1) === 1;
  }
  return false;
}

function latinRunLength(chars: string[], from: number, step: 1 | -1): number {
  let n = 0;
  for (let j = from; j >= 0 && j < chars.length && isLatinLetter(chars[j]!); j += step) n++;
  return n;
}

function isEnclosedNumber(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2460 && c <= 0x24ff) || (c >= 0x3251 && c <= 0x325f);
}
