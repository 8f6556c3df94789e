import { wordsBand, type OcrLine, type OcrWord } from './tesseract-words.js';

/** Ink runs of a word's band: first and last column holding ink, and the share of rows that do (inkRuns). */
export type InkRun = [number, number, number];

/**
 * Letters and digits Tesseract read in a word of their own or after a mark (`PX`, `、PX`, `①PX`,
 * `DX・GX`): the marks it glues to them are full-width whatever the letters' width.
 */
const LATIN_WORD = /^([、。，．①-⑳（(「『【]*)([A-Za-z0-9]+(?:[・][A-Za-z0-9]+)*)([、。，．）)」』】]*)$/u;

/**
 * Room (em) between the ink of two letters or digits from which they are full-width. A full-width
 * letter sits in the middle of its em: 桑名 prints ＰＸ, ＤＸ, ＧＸ, ＳＯＳ, ＳＤＧｓ with 0.32–0.46 em
 * between the glyphs' ink; ASCII letters and digits in a proportional font stand 0.04–0.27 em
 * apart (刈谷's ICT, LINE, LED, SNS, 2023, 190; 桑名's RDF, IOT, DX in 庁内DX), measured on the
 * Chromium renderings scanned at 300 dpi.
 */
const FULL_GAP = 0.3;

/**
 * And the advance (em, from the middle of one glyph's ink to the next's) from which they are: a
 * full-width form advances an em (桑名's ＰＡ, ＰＸ, ＳＯＳ, ＳＤＧｓ 0.91–1.02), ASCII about half
 * (0.47–0.7). Asked too, so that a narrow glyph (the 1s of 11, whose ink leaves a third of an em
 * between them) does not pass on its room alone.
 */
const FULL_ADVANCE = 0.8;

/** Room (em) a full-width form leaves to the ink beside it: half its em less its glyph (0.2–0.3 beside a kanji). */
const CLEAR = 0.18;

/**
 * The width of letters and digits Tesseract read as ASCII (its jpn model answers ASCII for
 * full-width forms), told by the word's own ink: 桑名's seed prints ＰＸ, ＤＸ・ＧＸ, ＳＤＧｓ beside
 * DX, ICT, RDF in one document, 刈谷's and 木更津's only ASCII (ICT, NBO, LINE, YouTube). Two
 * glyphs or more whose ink stands FULL_GAP apart and advances FULL_ADVANCE are full-width; a
 * single letter or digit is left to restoreLoneWidths and restoreWidths, and so are digits without
 * a letter: a 1's ink is a third of an em wide, and a line's em measured small (桑名 p25's `、11月`,
 * em 33 px) would pass ASCII 11 for full-width. `ink(word)`: the ink runs across the word's box and
 * half an em each side, in the box's own rows (in the line's kanji rows 桑名 p25's ＤＸ ran together
 * as one run). Changes the words in place.
 */
export function restoreLatinWidths(line: OcrLine, em: number, ink: (w: OcrWord) => readonly InkRun[]): void {
  // (a box flatter than half an em holds a sliver of its letters' rows: 桑名 by Chromium, scanned at
  // 100, `DX・GX` boxed 7 px tall; its ink is read in the rows of the line's other words)
  const band = wordsBand(line, em);
  for (const w of line) {
    const m = LATIN_WORD.exec(w.text);
    if (!m || m[2]!.replace(/・/g, '').length < 2 || !/[A-Za-z]/.test(m[2]!)) continue;
    const [lead, core, trail] = [m[1]!.length, m[2]!, m[3]!.length];
    // the marks glued before and after take an em each; what lies between is the letters'
    const x0 = w.left + (lead - 0.25) * em;
    const x1 = w.right - (trail - 0.25) * em;
    const all = ink(w.bottom - w.top < em / 2 && band ? { ...w, ...band } : w);
    const runs = all.filter(([a, b]) => (a + b) / 2 >= x0 && (a + b) / 2 <= x1);
    if (runs.length < 2) continue;
    // and they stand clear of the ink beside them as a full-width form does in its em: Tesseract's
    // box may start at the letters, the mark before them left out (刈谷's `、NB` boxed from N, its
    // O 0.4 em after B: the B and O measured alone would pass)
    const before = all[all.indexOf(runs[0]!) - 1];
    const after = all[all.indexOf(runs.at(-1)!) + 1];
    if ((before && runs[0]![0] - before[1] < em * CLEAR) || (after && after[0] - runs.at(-1)![1] < em * CLEAR)) continue;
    const gaps = runs.slice(1).map((r, k) => r[0] - runs[k]![1]);
    const advance = ((runs.at(-1)![0] + runs.at(-1)![1]) / 2 - (runs[0]![0] + runs[0]![1]) / 2) / (runs.length - 1);
    if (Math.min(...gaps) < em * FULL_GAP || advance < em * FULL_ADVANCE) continue;
    w.text = m[1]! + core.replace(/[A-Za-z0-9]/g, fullWidth) + m[3]!;
  }
  // a letter Tesseract boxed apart right after full-width ones is one of them: no word mixes the
  // widths (桑名 by LibreOffice: ＳＤＧｓ read `SDG` `s`, the s 0.5 em after the G's box)
  line.forEach((w, i) => {
    const prev = line[i - 1];
    if (prev && /^[A-Za-z]{1,2}$/.test(w.text) && /[Ａ-Ｚａ-ｚ]$/u.test(prev.text) && w.left - prev.right < em * 0.75) w.text = w.text.replace(/[A-Za-z]/g, fullWidth);
  });
}

const fullWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/**
 * A kanji or kana: not the long vowel mark nor 一, which a dash is read as (刈谷's page numbers
 * `- 3 -` read `ー|3|ー`, `一|3|一`).
 */
const JAPANESE_CHAR = /^(?![一])[\u3040-\u309f\u30a0-\u30fb\u30fd-\u30ff\u3400-\u9fff\uf900-\ufaff々]$/u;

/**
 * Room (em) between a lone letter or digit's ink and the ink of the kanji or kana each side, from
 * which it is full-width: 桑名's ６, ７, ３ in 令和６年, 過去３年, 年４月 0.29–0.55 (a full-width
 * digit sits in the middle of its em), 刈谷's and 桑名's ASCII 5, 2, 3 in 令和5年, 第2次, 開催3回
 * 0.15–0.27 on the nearer side (a 1's narrow ink up to 0.29).
 */
const LONE_CLEAR = 0.3;

/**
 * Room (em) between the ink of the two characters each side of a lone figure from which it is
 * full-width, whatever its own ink: 桑名 by Chromium, full-width ４, ６, ７ 1.13–1.25 (令和８年４月:
 * rooms 0.27 and 0.34 each side, under LONE_CLEAR), ASCII 7, 5, 4, 0 0.74–0.83 (令和5年4月, 教職員0人).
 * LibreOffice sets room between Japanese and Latin text: its ASCII figures measure 1.13–1.2 as its
 * full-width ones do, and nothing on the page tells them apart.
 */
const LONE_BETWEEN = 1;

/** Widest ink (em) of a figure: 0.43–0.54 in the seeds' scans (a ４ the widest), a kanji 0.7 and more. */
const FIGURE_INK = 0.6;

/** An opening bracket after a figure: its ink stands in the right of its em, so only the room before the figure tells. */
const OPENING = /^[（(「『【〔［]/u;

/**
 * An arrow ⇒ read as a kana or a sign before a figure (arrowsRead mends the text): 桑名's 利活用⇒５,
 * read `ぅ` `5` and `>` `2`. It is as flat as a dash, but stands in its em as a kanji does.
 */
const arrowBefore = (prev: OcrWord, w: OcrWord) => /[ぅっュ>]$/u.test(prev.text) && /^\d$/.test(w.text);

/**
 * The width of a letter or digit Tesseract read alone between two Japanese characters, told by
 * the ink: the box Tesseract gives it may stand a character off (桑名's 事例０（ゼロ, boxed where no
 * ink is; 年４月, boxed touching 月), which misleads restoreWidths. `ink(x0, x1, top, bottom)`: the
 * ink runs in those columns and rows. A character whose ink is not found, or whose neighbours'
 * ink stands an em off or more, is left as read; a digit before % or an opening bracket is measured
 * on its left (桑名's 利回り１％: 0.45 em; 事例０（ゼロ 0.32, 待機児童0（ゼロ 0.13: a full-width （ sets its
 * ink in the right of its em), and its % takes its width. Changes the words in place.
 */
export function restoreLoneWidths(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  line.forEach((w, i) => {
    const [prev, next] = [line[i - 1], line[i + 1]];
    // (a digit before a per cent sign is measured on its left only: ％ leaves room of its own)
    const percent = next?.text[0] === '%' && /^\d$/.test(w.text);
    const leftOnly = percent || (OPENING.test(next?.text[0] ?? '') && /^\d$/.test(w.text));
    if (!/^[A-Za-z0-9]$/.test(w.text) || !prev || !next || !(JAPANESE_CHAR.test(prev.text.at(-1)!) || arrowBefore(prev, w)) || !(leftOnly || JAPANESE_CHAR.test(next.text[0]!))) return;
    // (a neighbour boxed flatter than half an em is a dash read as a kanji: 刈谷's `- 3 -` as 回3回;
    // an arrow is as flat)
    if ((prev.bottom - prev.top < em / 2 && !arrowBefore(prev, w)) || (!leftOnly && next.bottom - next.top < em / 2)) return;
    const runs = ink(Math.round(w.left - em * 1.5), Math.round(w.right + em * 1.5), Math.min(prev.top, w.top, next.top), Math.max(prev.bottom, w.bottom, next.bottom));
    const mid = (w.left + w.right) / 2;
    let k = runs.findIndex(([a, b]) => a <= mid + em * 0.15 && b >= mid - em * 0.15);
    // Tesseract's boxes may stand right of their ink, the figure's over the next character's or
    // between the two, and the box before it over the figure's ink (桑名's 令和８年４月, 事例０（ゼロ):
    // then the narrow run before, under the box before, is the figure
    const narrow = (r: InkRun | undefined) => r !== undefined && r[1] - r[0] <= em * FIGURE_INK;
    if (!/[A-Za-z]/.test(w.text) && !narrow(runs[k])) {
      const left = runs[k >= 0 ? k - 1 : runs.filter(([, b]) => b < mid).length - 1];
      const underPrev = left ? Math.min(left[1], prev.right) - Math.max(left[0], prev.left) : 0;
      if (left && narrow(left) && underPrev > (left[1] - left[0]) / 2) k = runs.indexOf(left);
    }
    const [before, own, after] = [runs[k - 1], runs[k], runs[k + 1]];
    if (!own || !before || (!after && !leftOnly)) return;
    // (ink between the word before and this box is the character's own, its box set a character
    // right of it, and the ink under the box the next word's: 部長目標 by LibreOffice, scanned, p1,
    // `目標` `1` `イベ` — left as read)
    if (before[0] > prev.right + em * 0.5) return;
    const room = leftOnly || !after ? own[0] - before[1] : Math.min(own[0] - before[1], after[0] - own[1]);
    // (a glyph as wide as a kanji's is a kanji's ink the box missed; a neighbour's ink wider than
    // 1.1 em tells an em measured too small for the line (刈谷 p15's 開催回数 3回: 24 px for 38),
    // where every room reads too wide)
    const far = leftOnly || !after ? own[0] - before[1] : Math.max(own[0] - before[1], after[0] - own[1]);
    if (own[1] - own[0] > em * 0.8 || before[1] - before[0] > em * 1.1 || (!leftOnly && after && after[1] - after[0] > em * 1.1) || far >= em) return;
    // (or the room the two characters beside it leave between their ink: a figure's own ink, a 1's
    // or a 4's, does not move it)
    const between = !leftOnly && after ? after[0] - before[1] : 0;
    if (room < em * LONE_CLEAR && between < em * LONE_BETWEEN) return;
    w.text = fullWidth(w.text);
    // a figure printed full-width takes its per cent sign in the same width (桑名's 利回り１％以上)
    if (percent) next.text = '％' + next.text.slice(1);
  });
}

/**
 * Ink (em) of a per cent sign after a figure from which it is the full-width ％: Noto Serif CJK's ％
 * 0.74–0.77 (桑名's 98.0％, １％), its % 0.64–0.65 (刈谷's 99%, 木更津's 53%), in both producers'
 * renderings scanned at 300 dpi; faces whose % is half-width (IPAex, MS) ink it under half an em.
 */
const PERCENT_FULL_INK = 0.7;

/** And against the widest figure before it (0.43–0.46 em): ％ 1.64–1.71 times as wide, % 1.41–1.48. */
const PERCENT_FULL_RATIO = 1.55;

/**
 * The width of a % that ends a word after a figure, told by its ink: Tesseract's jpn model reads ％
 * as % (桑名 prints 98.0％ and １％ with ASCII and full-width figures; 伊勢崎, 刈谷 and 木更津 print
 * %). Both measures must say full-width: its ink against the line's em, and against the figures'
 * (an em measured small widens the one, a 1's narrow ink the other). `ink(x0, x1, top, bottom)`:
 * the ink runs in those columns and rows. Changes the words in place.
 */
export function restorePercentWidths(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  line.forEach((w, i) => {
    const before = w.text.length > 1 ? w : line[i - 1];
    const figures = /[0-9０-９][0-9０-９.,．，]*$/u.exec(w.text.length > 1 ? w.text.slice(0, -1) : (before?.text ?? ''))?.[0];
    if (!w.text.endsWith('%') || !before || !figures) return;
    // (from an em before the figures' box: Tesseract's boxes may stand right of their ink)
    const runs = ink(Math.round(before.left - em), Math.round(w.right + em * 0.3), w.top, w.bottom);
    // the sign is the first run wider than a figure after one: Tesseract's box may reach past its
    // ink over the next character's (桑名's 98.0％以上: the box 0.7 em past ％), so its ink starts
    // well inside the box
    const k = runs.findIndex(([a, b], j) => j > 0 && b - a > em * FIGURE_INK && runs[j - 1]![1] - runs[j - 1]![0] <= em * FIGURE_INK && a >= w.left - em * 0.6 && a <= w.right - em * 0.3);
    if (k < 1) return;
    const own = runs[k]![1] - runs[k]![0];
    // (the figures' own runs: a kana before them can be as narrow, 50％ after を)
    const widths = runs.slice(Math.max(0, k - Math.min(4, [...figures].length)), k).map(([a, b]) => b - a).filter((x) => x <= em * FIGURE_INK);
    // (wider than an em's 0.8 is a kanji's ink)
    if (widths.length === 0 || own > em * 0.8) return;
    if (own >= em * PERCENT_FULL_INK && own >= Math.max(...widths) * PERCENT_FULL_RATIO) w.text = `${w.text.slice(0, -1)}％`;
  });
}

/**
 * A letter and a figure Tesseract read from one glyph between two Japanese characters (桑名 by
 * LibreOffice and by Chromium at JPEG 75: 令和８年 read `和` `S8` `年`, one run of ink under the box):
 * the figure, which the characters about it call for (a letter reads alone as a figure's shape, S
 * for 8 or 5). `ink(x0, x1, top, bottom)`: the ink runs in those columns and rows. Changes the words
 * in place; measured before their width.
 */
export function dropGhostLetters(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  line.forEach((w, i) => {
    const [prev, next] = [line[i - 1], line[i + 1]];
    const figure = /^[A-Za-z]([0-9])$|^([0-9])[A-Za-z]$/.exec(w.text);
    if (!figure || !prev || !next || !JAPANESE_CHAR.test(prev.text.at(-1)!) || !JAPANESE_CHAR.test(next.text[0]!)) return;
    const runs = ink(w.left, w.right, Math.min(prev.top, w.top, next.top), Math.max(prev.bottom, w.bottom, next.bottom));
    if (runs.length === 1 && runs[0]![1] - runs[0]![0] <= em * FIGURE_INK) w.text = figure[1] ?? figure[2]!;
  });
}

/** Exclamation and question marks, each width: Tesseract answers either for either. */
const MARKS: Record<string, [half: string, full: string]> = { '!': ['!', '！'], '！': ['!', '！'], '?': ['?', '？'], '？': ['?', '？'] };

/**
 * Room (em) between a kanji or kana's ink and the ink of the ！ or ？ after it from which the mark
 * is full-width: a full-width ！ stands in the middle of its em, 0.48–0.55 em after す or 進 (部長目標's
 * 推進します！: 19–22 px at a line em of 40), a half-width ! 0.17–0.23 (its 目指します!: 7–9 px),
 * measured on the Chromium rendering scanned at 300 dpi, JPEG quality 95.
 */
const MARK_FULL_ROOM = 0.35;

/**
 * The width of a ! or ? (！ ？) that ends a word after a kanji or kana, told by the ink: Tesseract's
 * jpn model reads either width as either (部長目標's scan at JPEG quality 95: 38 ！ read as !, a !
 * read as ！), and its box for the mark may start inside the kana before it; the box's right side
 * stands at the mark's ink. `ink(x0, x1, top, bottom)`: the ink runs in those columns and rows. A
 * mark whose ink is not a narrow run there, or has no ink within an em before it, is left as read.
 * Changes the words in place.
 */
export function restoreMarkWidths(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  line.forEach((w, i) => {
    const chars = [...w.text];
    const mark = MARKS[chars.at(-1)!];
    const before = chars.length > 1 ? chars.at(-2)! : line[i - 1]?.text.at(-1);
    if (!mark || !before || !JAPANESE_CHAR.test(before)) return;
    const runs = ink(Math.round(w.right - em * 2), Math.round(w.right + em * 0.3), w.top, w.bottom);
    const k = runs.findIndex(([a, b]) => Math.abs(b - w.right) <= em * 0.3 && b - a <= em * 0.25);
    const [prev, own] = [runs[k - 1], runs[k]];
    if (!own || !prev || own[0] - prev[1] >= em) return;
    const width = own[0] - prev[1] >= em * MARK_FULL_ROOM ? mark[1] : mark[0];
    w.text = chars.slice(0, -1).join('') + width;
  });
}

/** Under this share of a Latin word's rows, a run of ink between two letters is a dash, not a letter. */
const FLAT = 0.15;

/**
 * A hyphen Tesseract left out of a word of Latin letters (部長目標, every scan of it: `Wi-fi` read
 * `Wifi` at 60–68): a run of ink between two of the word's letter runs that fills under FLAT of its
 * rows and stands in their middle third (not a full stop, which stands on the baseline) goes back
 * in after as many letters as there are runs before it. `ink(x0, x1, top, bottom)`: the ink runs in
 * those columns and rows. Changes the words in place.
 */
export function restoreHyphens(line: OcrLine, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  for (const w of line) {
    if (!/^[A-Za-z]{3,}$/.test(w.text)) continue;
    const runs = ink(w.left, w.right, w.top, w.bottom);
    const k = runs.findIndex((r, i) => i > 0 && r[2] < FLAT && runs[i - 1]![2] >= FLAT && (runs[i + 1]?.[2] ?? 0) >= FLAT);
    if (k < 1 || k >= w.text.length) continue;
    const [x0, x1] = runs[k]!;
    const third = (w.bottom - w.top) / 3;
    if (ink(x0, x1, Math.round(w.top + third), Math.round(w.bottom - third)).length === 0) continue;
    w.text = `${w.text.slice(0, k)}-${w.text.slice(k)}`;
  }
}
