/**
 * Character classes the normaliser and the lexer share. Ranges, not NFKC: NFKC would turn ① into 1
 * and （ into (, erasing the markers the lexer needs (see ../shared/docs/style.md §4).
 */

/** Kana, kanji, CJK punctuation, full-width forms, enclosed numbers (①) and CJK (㈱), ※. */
export function isJapanese(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3000 && c <= 0x30ff) || // CJK symbols & punctuation, hiragana, katakana
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK (㈱), CJK compatibility (㎡)
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2460 && c <= 0x24ff) || // ① … ⑳, ⑴
    (c >= 0x2e80 && c <= 0x2fdf) || // radicals (folded later, still Japanese)
    (c >= 0x20000 && c <= 0x3134f) ||
    c === 0x203b || // ※
    c === 0x2015 || // ―
    c === 0x2026 || // …
    c === 0x21d2 || // ⇒
    c === 0x2192 // →
  );
}

export function isHalfBracket(ch: string): boolean {
  return ch === '(' || ch === ')' || ch === '[' || ch === ']';
}

export function isLatinLetter(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/**
 * PDF artefacts that look right but search wrong: Kangxi radicals (⽬ U+2F6C) and CJK compatibility
 * ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) are folded to the unified ideograph. Only these
 * ranges are touched, one character for one character, so nothing else moves.
 */
export function foldLookalikes(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u2F00-\u2FDF\uF900-\uFAFF]|[\uD87E][\uDC00-\uDE1F]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const fold = (c >= 0x2f00 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f);
    out += fold ? ch.normalize('NFKC') : ch;
  }
  return out;
}

const FULL_DIGITS = '０１２３４５６７８９';

/** Full-width digits, comma and period to ASCII, for parsing numbers only (text keeps its width). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９，．]/g, (ch) => {
    const i = FULL_DIGITS.indexOf(ch);
    if (i >= 0) return String(i);
    return ch === '，' ? ',' : '.';
  });
}
