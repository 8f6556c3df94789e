/**
 * Numbers as Japanese documents write them: ASCII or full-width digits with thousands commas
 * (`1,300`, `１０`), decimals (`2.5`, `２．５`), and kanji numerals (`三十`, `二千`, `一万五千`,
 * `二〇二三`). Kanji are read only in the positional or multiplier forms; a lone `一` is too often
 * part of a word (一人ひとり, 一部) to be a number, so callers decide when to accept it.
 */
const KANJI_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

export const ARABIC = '[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?';
export const KANJI = '[〇零一二三四五六七八九十百千万億]+';

export function parseArabic(s: string): number {
  const ascii = s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
  return Number(ascii);
}

/** `三十` → 30, `二千五百` → 2500, `一万五千` → 15000, `二〇二三` → 2023; NaN when not a numeral. */
export function parseKanji(s: string): number {
  if (!/^[〇零一二三四五六七八九十百千万億兆]+$/.test(s)) return NaN;
  if (!/[十百千万億兆]/.test(s)) return Number([...s].map((c) => KANJI_DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in KANJI_DIGIT) {
      if (digit !== null) return NaN; // two digits in a row in multiplier form
      digit = KANJI_DIGIT[c]!;
    } else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = null;
    } else {
      total += (section + (digit ?? 0) || 1) * LARGE_UNIT[c]!;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A kanji numeral safe to read as a number: a multiplier form (三十, 二千) or two digits or more. */
export function isClearKanjiNumber(s: string): boolean {
  return /[十百千万億]/.test(s) ? !Number.isNaN(parseKanji(s)) : s.length >= 2 && !Number.isNaN(parseKanji(s));
}
