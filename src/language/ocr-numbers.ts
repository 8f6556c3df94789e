import type { SourceLine, SourceNote } from '../extract/source-text.js';
import { mendOcrParagraphs } from './ocr-paragraphs.js';

/**
 * A thousands comma OCR read as a full stop: its dot is all a black-and-white scan keeps of the
 * comma's tail (木更津 scanned in black and white: `1.500人` for 1,500人, `1.404.728円`, `2.500,000円`,
 * `1.854 回`). A figure grouped in threes by two marks or more, one of them a full stop, is grouped
 * by commas; grouped once, by a full stop and three figures before a unit that counts (人, 件, 円: no
 * plan counts a thousandth of a person), too. A decimal stays (0.35%, 10.5%, 1.5時間).
 */
const GROUPED = /(?<![\d.,])([1-9]\d{0,2})((?:[.,]\d{3})+)(?![\d]|[.,]\d)/gu;

/** Units a count is written in, whose figure has no thousandths. */
const COUNTED = /^[\s\u3000]*(?:人|名|件|回|円|千円|万円|億円|箇所|か所|ヶ所|店舗|事業|品目|協議会|団体|世帯|社|校|台|戸|個|冊|枚|施設|業務|手続|時間|ha|ｈａ|㎡)/u;

/** A comma read with a speck beside it (`30,.810時間`). */
const SPECKED = /(?<![\d.,])([1-9]\d{0,2})(?:,\.|\.,)(\d{3})(?!\d)/gu;

/** The text with its thousands commas put back, and each figure changed (as read, as mended). */
export function mendOcrNumbers(text: string): { text: string; changed: [string, string][] } {
  const changed: [string, string][] = [];
  const specked = text.replace(SPECKED, (all, head: string, tail: string) => {
    changed.push([all, `${head},${tail}`]);
    return `${head},${tail}`;
  });
  const out = specked.replace(GROUPED, (all, head: string, groups: string, at: number, whole: string) => {
    if (!groups.includes('.')) return all;
    if (groups.length / 4 < 2 && !COUNTED.test(whole.slice(at + all.length))) return all;
    const mended = head + groups.replace(/\./g, ',');
    changed.push([all, mended]);
    return mended;
  });
  return { text: out, changed };
}

/** The lines of pages read by OCR with their thousands commas put back (mendOcrNumbers), each change noted (info `language/ocr-number`). */
export function readOcrNumbers(lines: SourceLine[], ocrPages: ReadonlyMap<number, number>): SourceNote[] {
  if (ocrPages.size === 0) return [];
  return mendOcrParagraphs(lines, ocrPages, (part, say) => {
    const { text, changed } = mendOcrNumbers(part);
    for (const [from, to] of changed) say('language/ocr-number', `「${from}」 read as 「${to}」: a thousands comma OCR read as a full stop or with a speck`);
    return text;
  });
}
