// The vote of three Tesseract readings of one scanned page (src/extract/ocr/readings-vote.ts), on
// readings captured from a real scan: fixtures/pdf-scanned/bucho-p4.libreoffice.poppler.{1,2,3}.tsv
// (see the README there). No Tesseract needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureVariants, voteReadings } from '../src/extract/ocr/readings-vote.js';
import { dropDoubleReads, readTsv, type OcrLine } from '../src/extract/ocr/tesseract-words.js';
import { FIXTURES } from './helpers.js';

const reading = (k: number): OcrLine[] => {
  const lines = readTsv(readFileSync(join(FIXTURES, 'pdf-scanned', `bucho-p4.libreoffice.poppler.${k}.tsv`), 'utf8'));
  dropDoubleReads(lines);
  return lines;
};
const texts = (lines: OcrLine[]) => lines.map((l) => l.map((w) => w.text).join(''));

describe('stop 72: three readings of a page vote', () => {
  it('takes what the two other readings agree on, surer, where the first misread a kanji: 田口茂夫', () => {
    const [first, second, third] = [reading(1), reading(2), reading(3)];
    const before = texts(first);
    expect(before.some((t) => t.includes('田日茂夫'))).toBe(true);
    expect(voteReadings(first, second, third)).toBe(1);
    const after = texts(first);
    expect(after.some((t) => t.includes('田口茂夫'))).toBe(true);
    // every other line as the first reading read it
    expect(after.filter((t, i) => t !== before[i]).length).toBe(1);
  });

  it('takes no character the first reading lacks, where both others read it: `Wi` for Wi-fi stays', () => {
    const [first, second, third] = [reading(1), reading(2), reading(3)];
    const has = (lines: OcrLine[], text: string) => texts(lines).some((t) => t.includes(text));
    expect(has(second, '全公民館にWi-fiを設置') && has(third, '全公民館にWi-fiを設置')).toBe(true);
    voteReadings(first, second, third);
    expect(has(first, '全公民館にWiを設置')).toBe(true);
  });

  it('leaves a stretch the others read alike but no surer as the first read it', () => {
    // the second reading twice, so the two agree everywhere, but read with no confidence
    const lowered = reading(2).map((l) => l.map((w) => ({ ...w, conf: 0 })));
    const untouched = reading(1);
    expect(voteReadings(untouched, lowered, lowered)).toBe(0);
    expect(texts(untouched)).toEqual(texts(reading(1)));
  });

  it('varies the picture and keeps its geometry: softened and darkened, each pixel in place', () => {
    // a 4 × 1 picture: white, black, mid grey, white
    const [soft, dark] = pictureVariants(Uint8Array.from([255, 0, 128, 255]), 4);
    expect(soft).toHaveLength(4);
    expect(Array.from(soft!)).toEqual([191, 95, 127, 223]);
    expect(Array.from(dark!)).toEqual([255, 0, 52, 255]);
  });
});
