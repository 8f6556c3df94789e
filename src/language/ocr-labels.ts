import type { SourceLine, SourceNote } from '../extract/source-text.js';
import { loadTokenizer, pathCost, tokenizeNow } from '../lex/tokenizer.js';
import { nearLabelForms } from '../vocabulary/label-forms.js';
import { mendOcrParagraphs } from './ocr-paragraphs.js';
import { labelKeys, labelRole } from '../vocabulary/index.js';
import { eraYearOf } from '../vocabulary/era-year.js';

/**
 * A label read by OCR with one glyph taken for another is no label: 木更津's 取組視点 read 取組視吉
 * (printed by Chromium, painted by poppler at 300 dpi), and the sheet it opens ran on into the one
 * before. A short paragraph one character from a form of the vocabulary's labels is read as that
 * label where the words say so: kuromoji finds the label likelier by LABEL_MARGIN.
 */

/** Shorter keys are too near too many words (課題 / 議題, 目標 / 目線) to be read again. */
const MIN_KEY = 4;
const MAX_KEY = 16;

/**
 * How much likelier (kuromoji's path cost) the label must be than the paragraph as read, and the
 * read character must stand as a word of its own or one the dictionary lacks where the label's
 * character makes a word of two or more: OCR breaks a word, a printed word one character from a
 * label is a word too. Every paragraph of the five seeds and the text layers of
 * ../shared/corpus/real one character from a label's form (65: scripts/label-snaps-check.ts) is a
 * whole word there (京都's 実施成果 → 実施結果 gains 4,484, 池田's 施策分野 → 政策分野 860, 神戸's
 * 取組実施 → 取組実績 −1,981); 取組視吉 → 取組視点 gains 4,745, 推進項目名杯 → 推進項目名称 2,062.
 */
export const LABEL_MARGIN = 1000;

export interface NearLabel {
  text: string;
  read: string;
  meant: string;
  /** How much likelier kuromoji finds the label (path cost). */
  gain: number;
  /** Whether the read character broke a word the label's character makes. */
  broken: boolean;
  /**
   * Whether another label, of another role, is as near with a word broken and likelier by the
   * margin (担当部諜: 担当部課 a section, 担当部署 a department): then the paragraph is left as read.
   */
  ambiguous: boolean;
}

/** The label a paragraph was misread from, with the character changed; null when it is none. */
export function nearLabel(text: string): NearLabel | null {
  if (text.includes('\n') || labelRole(text) !== null) return null;
  const chars = [...text];
  // (the words are read without the spaces of a letter-spaced label)
  const kept = chars.flatMap((c, i) => (/[\s\u3000]/.test(c) ? [] : [i]));
  const compact = (cs: string[]) => kept.map((i) => cs[i]).join('');
  let base: number | null = null;
  let best: NearLabel | null = null;
  const roles = new Set<string>();
  for (const key of labelKeys(text)) {
    const n = [...key].length;
    if (n < MIN_KEY || n > MAX_KEY) continue;
    for (const { form, at } of nearLabelForms(key)) {
      const read = [...key][at]!;
      const meant = [...form][at]!;
      kept.forEach((j, k) => {
        if (chars[j]!.normalize('NFKC') !== read) return;
        const changed = chars.slice();
        changed[j] = meant;
        const candidate = changed.join('');
        const role = labelRole(candidate);
        if (role === null) return;
        base ??= pathCost(compact(chars));
        const gain = base - pathCost(compact(changed));
        const broken = !wordAt(compact(chars), k).whole && wordAt(compact(changed), k).whole;
        if (broken && gain >= LABEL_MARGIN) roles.add(role);
        if (!best || (broken && !best.broken) || (broken === best.broken && gain > best.gain)) best = { text: candidate, read: chars[j]!, meant, gain, broken, ambiguous: false };
      });
    }
  }
  const found = best as NearLabel | null;
  return found && { ...found, ambiguous: roles.size > 1 };
}

/**
 * Marks OCR reads out of what a black-and-white scan left of a filled header cell's dots, before or
 * after its label: `取組内容CE`, `”" 取組内容。`, `! 取組内容` (刈谷 by Chromium and LibreOffice, painted by
 * `make-scanned.ts --raster mono`: eight of 25 pages). Punctuation, symbols and a few Latin letters
 * only — no digit, kana or kanji, which may be the label's own number or words.
 */
const FRINGE = /^([\p{P}\p{S}\sA-Za-z]{0,16})(.+?)([\p{P}\p{S}\sA-Za-z]{0,16})$/u;
const FRINGE_LETTERS = 3;

/**
 * A label of three characters (担当課: 木更津 by LibreOffice in black and white, `- 担当課`) is taken
 * from its marks only where a space parts them: a bullet stands against its word (`・担当課`).
 */
const MIN_SPACED_KEY = 3;

/** The label a paragraph holds between marks read around it, and the marks; null when it holds none. */
export function fringedLabel(text: string): { label: string; fringe: string } | null {
  const m = FRINGE.exec(text.trim());
  if (!m || (m[1] === '' && m[3] === '')) return null;
  const [fringe, label] = [`${m[1]}${m[3]}`.trim(), m[2]!];
  const size = [...label.replace(/[\s\u3000]/g, '')].length;
  const spaced = (m[1] === '' || /\s$/u.test(m[1]!)) && (m[3] === '' || /^\s/u.test(m[3]!));
  if ((fringe.match(/[A-Za-z]/g)?.length ?? 0) > FRINGE_LETTERS || size < (spaced ? MIN_SPACED_KEY : MIN_KEY)) return null;
  // (a label read whole with a colon or brackets of its own is a label as it is)
  if (labelRole(text) !== null || labelRole(label) === null) return null;
  return { label, fringe };
}

/**
 * A label followed by what OCR read out of a picture beside it: pieces of kana, letters and marks
 * parted by spaces, no kanji (`基本 方針 エエ ＯＯハハ わ や ハハ パパ ポ へ へ …`: 部長目標 by Chromium in
 * black and white, p2 — the department's illustration beside its 基本方針 cell; the policy under it
 * was then read as goals). The label alone; null where the rest holds a word's kanji or is short.
 */
export function labelBeforeNoise(text: string): { label: string; noise: string } | null {
  const pieces = text.trim().split(/[\s\u3000]+/u);
  for (let k = 1; k <= Math.min(LABEL_PIECES, pieces.length - NOISE_PIECES); k++) {
    const label = pieces.slice(0, k).join('');
    const rest = pieces.slice(k);
    if (labelRole(label) === null || !rest.every((p) => [...p].length <= NOISE_PIECE && !/\p{Script=Han}/u.test(p))) continue;
    return { label, noise: rest.join(' ') };
  }
  return null;
}

/** A label OCR parted by spaces (`基本 方針`) into this many pieces at most. */
const LABEL_PIECES = 3;
/** Noise in pieces of this many characters at most, this many pieces at least. */
const NOISE_PIECE = 8;
const NOISE_PIECES = 6;

/** The label a paragraph holds before a circled number (`指標①` → 指標), or null. */
function numberedStem(text: string): string | null {
  const m = /^(.{2,}?)[\s\u3000]*[①-⑳]$/u.exec(text.trim());
  return m && labelRole(m[1]!) !== null ? m[1]! : null;
}

/**
 * A label the document numbers (`指標①`, seen before) read with its number as a kana, a letter or a
 * mark (`指標め`, `指標の` for 指標②: 木更津's grey label cells painted in black and white, every
 * sheet's second sub-table of targets then run into the first): the label without its number,
 * which is the same label to every layout. Not a kanji after it, which makes another word (指標値).
 */
export function numberUnread(text: string, numbered: ReadonlyMap<string, string>): string | null {
  const chars = [...text.trim()];
  const stem = chars.slice(0, -1).join('').trim();
  const last = chars.at(-1) ?? '';
  if (chars.length < 3 || !numbered.has(stem) || /[\p{Script=Han}①-⑳]/u.test(last)) return null;
  return stem;
}

/**
 * A year cell read with specks of its fill before it (`_R5`, `-R5`, `、R7`, `)R6`, `。R5`: 木更津's
 * target tables, their year cells shaded, painted in black and white — no year read, every target
 * of the sheet was lost): the year alone. Marks only, at most three, before a cell that is an era
 * year and nothing else.
 */
export function fringedYear(text: string): string | null {
  const m = /^[\p{P}\p{S}\s]{1,3}(.+)$/u.exec(text.trim());
  return m && eraYearOf(m[1]!) !== null ? m[1]! : null;
}

/** Whether the word kuromoji reads at a character is a word of the dictionary, of two or more. */
function wordAt(text: string, at: number): { whole: boolean } {
  const offset = [...text].slice(0, at).join('').length;
  const token = tokenizeNow(text).find((t) => t.offset <= offset && offset < t.offset + t.surface.length);
  return { whole: !!token && !token.unknown && [...token.surface].length >= 2 };
}

/**
 * The lines of pages read by OCR with their labels mended — read one character wrong, or among
 * marks — in each cell's paragraphs and the line's text, each change noted (info `language/ocr-label`).
 */
export async function readOcrLabels(lines: SourceLine[], ocrPages: ReadonlyMap<number, number>): Promise<SourceNote[]> {
  if (ocrPages.size === 0) return [];
  await loadTokenizer();
  // (each label the OCR'd pages print with a number, and the first such form: 指標 → 指標①)
  const numbered = new Map<string, string>();
  return mendOcrParagraphs(lines, ocrPages, (part, say) => {
    const stem = numberedStem(part);
    if (stem && !numbered.has(stem)) numbered.set(stem, part.trim());
    const unread = numberUnread(part, numbered);
    if (unread) {
      say('language/ocr-label', `「${part.trim()}」 read as the label 「${unread}」 (「${[...part.trim()].at(-1)}」 after it is its number, unread: the document numbers it, 「${numbered.get(unread)}」)`);
      return unread;
    }
    const year = fringedYear(part);
    if (year) {
      say('language/ocr-year', `「${part.trim()}」 read as the year 「${year}」 (marks before it: specks of its cell's fill)`);
      return year;
    }
    const fringed = fringedLabel(part);
    if (fringed) {
      say('language/ocr-label', `「${part.trim()}」 read as the label 「${fringed.label}」 (「${fringed.fringe}」 around it: marks, no words)`);
      return fringed.label;
    }
    const noisy = labelBeforeNoise(part);
    if (noisy) {
      say('language/ocr-label', `「${part.trim().slice(0, 30)}」 read as the label 「${noisy.label}」 (what follows it no words: a picture beside it, read)`);
      return noisy.label;
    }
    const near = nearLabel(part);
    if (!near || !near.broken || near.ambiguous || near.gain < LABEL_MARGIN) return part;
    say('language/ocr-label', `「${part.trim()}」 read as the label 「${near.text.trim()}」 (「${near.read}」 for 「${near.meant}」: the label is likelier by ${near.gain})`);
    return near.text;
  });
}
