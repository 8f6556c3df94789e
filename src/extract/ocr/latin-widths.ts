import type { OcrLine, OcrWord } from './tesseract-words.js';

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
  for (const w of line) {
    const m = LATIN_WORD.exec(w.text);
    if (!m || m[2]!.replace(/・/g, '').length < 2 || !/[A-Za-z]/.test(m[2]!)) continue;
    const [lead, core, trail] = [m[1]!.length, m[2]!, m[3]!.length];
    // the marks glued before and after take an em each; what lies between is the letters'
    const x0 = w.left + (lead - 0.25) * em;
    const x1 = w.right - (trail - 0.25) * em;
    const all = ink(w);
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
    w.text = m[1]! + core.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) + m[3]!;
  }
}

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
 * The width of a letter or digit Tesseract read alone between two Japanese characters, told by
 * the ink: the box Tesseract gives it may stand a character off (桑名's 事例０（ゼロ, boxed where no
 * ink is; 年４月, boxed touching 月), which misleads restoreWidths. `ink(x0, x1, top, bottom)`: the
 * ink runs in those columns and rows. A character whose ink is not found, or whose neighbours'
 * ink stands an em off or more, is left as read; a digit before % is measured on its left (桑名's
 * 利回り１％: 0.45 em), and its % takes its width. Changes the words in place.
 */
export function restoreLoneWidths(line: OcrLine, em: number, ink: (x0: number, x1: number, top: number, bottom: number) => readonly InkRun[]): void {
  line.forEach((w, i) => {
    const [prev, next] = [line[i - 1], line[i + 1]];
    // (a digit before a per cent sign is measured on its left only: ％ leaves room of its own)
    const percent = next?.text[0] === '%' && /^\d$/.test(w.text);
    if (!/^[A-Za-z0-9]$/.test(w.text) || !prev || !next || !JAPANESE_CHAR.test(prev.text.at(-1)!) || !(percent || JAPANESE_CHAR.test(next.text[0]!))) return;
    // (a neighbour boxed flatter than half an em is a dash read as a kanji: 刈谷's `- 3 -` as 回3回)
    if (prev.bottom - prev.top < em / 2 || (!percent && next.bottom - next.top < em / 2)) return;
    const runs = ink(Math.round(w.left - em * 1.5), Math.round(w.right + em * 1.5), Math.min(prev.top, w.top, next.top), Math.max(prev.bottom, w.bottom, next.bottom));
    const mid = (w.left + w.right) / 2;
    const k = runs.findIndex(([a, b]) => a <= mid + em * 0.15 && b >= mid - em * 0.15);
    const [before, own, after] = [runs[k - 1], runs[k], runs[k + 1]];
    if (!own || !before || (!after && !percent)) return;
    // (ink between the word before and this box is the character's own, its box set a character
    // right of it, and the ink under the box the next word's: 部長目標 by LibreOffice, scanned, p1,
    // `目標` `1` `イベ` — left as read)
    if (before[0] > prev.right + em * 0.5) return;
    const room = percent || !after ? own[0] - before[1] : Math.min(own[0] - before[1], after[0] - own[1]);
    // (a glyph as wide as a kanji's is a kanji's ink the box missed; a neighbour's ink wider than
    // 1.1 em tells an em measured too small for the line (刈谷 p15's 開催回数 3回: 24 px for 38),
    // where every room reads too wide)
    const far = percent || !after ? own[0] - before[1] : Math.max(own[0] - before[1], after[0] - own[1]);
    if (own[1] - own[0] > em * 0.8 || before[1] - before[0] > em * 1.1 || (!percent && after && after[1] - after[0] > em * 1.1) || far >= em) return;
    if (room < em * LONE_CLEAR) return;
    w.text = String.fromCharCode(w.text.charCodeAt(0) + 0xfee0);
    // a figure printed full-width takes its per cent sign in the same width (桑名's 利回り１％以上)
    if (percent) next.text = '％' + next.text.slice(1);
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
