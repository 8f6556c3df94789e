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

/** Whether a text leaves a bracket open: more （ than ）. */
/** How many more round brackets a text opens than it closes (negative: it closes more). */
export function bracketBalance(text: string): number {
  return (text.match(/[（(]/gu)?.length ?? 0) - (text.match(/[）)]/gu)?.length ?? 0);
}

export function opensBracket(text: string): boolean {
  return bracketBalance(text) > 0;
}

export function isHalfBracket(ch: string): boolean {
  return ch === '(' || ch === ')' || ch === '[' || ch === ']';
}

export function isLatinLetter(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/**
 * CJK Radicals Supplement characters that Japanese fonts map some ideographs to (IPAex: 民 → ⺠
 * U+2EA0, 長 → ⻑ U+2ED1). Unicode gives most of them no decomposition, so the table is ours.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺌': '小', '⺍': '小', '⺗': '心', '⺘': '手', '⺙': '攵', '⺛': '旡', '⺟': '母', '⺠': '民', '⺤': '爫',
  '⺦': '丬', '⺨': '犭', '⺪': '疋', '⺮': '竹', '⺲': '罒', '⺷': '羊', '⺻': '聿', '⺼': '肉', '⺾': '艹',
  '⻃': '襾', '⻄': '西', '⻆': '角', '⻈': '讠', '⻌': '辶', '⻏': '阝', '⻑': '長', '⻒': '长', '⻔': '门',
  '⻖': '阝', '⻗': '雨', '⻘': '青', '⻛': '风', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻤': '鬼',
  '⻥': '鱼', '⻩': '黄', '⻫': '斉', '⻭': '歯', '⻯': '竜', '⻲': '亀', '⻳': '龟',
};

/**
 * Kangxi radicals whose NFKC form is the traditional variant of a character Japanese writes
 * otherwise: a Japanese font draws ⿊ with the glyph of 黒, and NFKC would give 黑 (U+9ED1).
 */
const KANGXI_JAPANESE: Record<string, string> = { '⼾': '戸', '⾭': '青', '⿈': '黄', '⿊': '黒' };

/**
 * Vertical presentation forms (what vertically set text extracts as) → the horizontal character a
 * reader types. NFKC would give ASCII `(` for ︵; Japanese text wants `（`.
 */
const VERTICAL_FORMS: Record<string, string> = {
  '︐': '，', '︑': '、', '︒': '。', '︓': '：', '︔': '；', '︕': '！', '︖': '？', '︗': '〖', '︘': '〗',
  '︙': '…', '︰': '‥', '︱': '―', '︲': '–', '︵': '（', '︶': '）', '︷': '｛', '︸': '｝', '︹': '〔',
  '︺': '〕', '︻': '【', '︼': '】', '︽': '《', '︾': '》', '︿': '〈', '﹀': '〉', '﹁': '「', '﹂': '」',
  '﹃': '『', '﹄': '』', '﹇': '［', '﹈': '］',
};

/**
 * Code points a font's ToUnicode map gives for a glyph it shares with the character meant:
 * IPAex's 戸 comes out as 戶 (U+6236) and its dash as a combining long stroke (U+0336) in
 * Chromium's PDFs. Modern Japanese text does not use these; the reader typed the right side.
 */
const GLYPH_SHARED: Record<string, string> = {
  '戶': '戸',
  '\u0336': '\u2015',
  // One JIS character, two Unicode mappings: fonts and Mac tables give 〜 ‖ —, Windows (CP932, the
  // municipal files) ～ ∥ ―. Folded to the Windows form so a range reads the same from PDF and text.
  // (the dash: Chromium names the glyph IPAex and Noto CJK share for — and ― by the lower code point —
  // 桑名's バリアフリ―化 came out バリアフリ—化, Noto Serif CJK by Chromium, and the goal's title matched no other)
  '\u301C': '\uFF5E',
  '\u2016': '\u2225',
  '\u2014': '\u2015',
  // Noto Sans/Serif CJK JP (Source Han) draw these with one glyph each, and Chromium's PDFs (Google
  // Docs' exports among them) name a shared glyph by its lowest code point: ・ comes out as the
  // hyphenation point, 〈〉 as the technical angle brackets, ／ as the division slash. Found from the
  // fonts' cmaps (glyphs mapped from a Japanese code point and a lower one), seen in the seeds
  // printed in Noto Sans CJK JP by scripts/render-variants.ts.
  '\u2027': '・',
  '\u2329': '〈',
  '\u232A': '〉',
  '\u2215': '／',
  // Bullets set in a symbol font (Wingdings, Symbol), which pdf.js gives as the font's own code
  // points in the private-use range U+F020–F0FF: they are bullets, not mis-decoded text.
  '\uF09F': '・',
  '\uF0B7': '・',
  '\uF06C': '●',
  '\uF06E': '■',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF0FC': '✓',
  '\uF075': '◆',
  '\uF0A1': '○',
};

/**
 * PDF artefacts that look right but search wrong: Kangxi radicals (⽬ U+2F6C), CJK radicals
 * supplement (⺠ U+2EA0), CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) and
 * vertical presentation forms (︵) and the JIS wave dash (〜) are folded to the character a reader types. Only these
 * ranges are touched, one character for one character, so nothing else moves.
 */
export function foldLookalikes(s: string): string {
  if (!/[\u2E80-\u2FDF\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE48\u0336戶\u301C\u2016\u2014\u2027\u2329\u232A\u2215\uF06C\uF06E\uF075\uF09F\uF0A1\uF0A7\uF0B7\uF0D8\uF0FC]|[\uD87E][\uDC00-\uDE1F]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (GLYPH_SHARED[ch]) out += GLYPH_SHARED[ch];
    else if (c >= 0x2e80 && c <= 0x2eff) out += RADICAL_SUPPLEMENT[ch] ?? ch;
    else if ((c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe48)) out += VERTICAL_FORMS[ch] ?? ch;
    else if (KANGXI_JAPANESE[ch]) out += KANGXI_JAPANESE[ch];
    else if ((c >= 0x2f00 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f)) out += ch.normalize('NFKC');
    else out += ch;
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

/** Full-width ASCII (！ to ～) → ASCII, one character for one. */
export function narrowAscii(s: string): string {
  return s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
