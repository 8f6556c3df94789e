import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromTextBytes } from '../src/extract/source-text.js';
import { splitFrontMatter } from '../src/layout/front-matter.js';
import { lexLines } from '../src/lex/lexed-line.js';
import { builtinProfiles } from '../src/profiles/load-profiles.js';
import { readDocumentMeta } from '../src/records/document-meta.js';
import { FIXTURES } from './helpers.js';

/**
 * 伊勢崎's 凡例 sheet (a sample of the form, before the first real sheet) is front matter: the
 * profile's range runs from its 財政効果額(歳入) … 各年度ごとの row to its 取組課題と次年度以降の方針
 * label. Printed without rules in Noto Serif 12 pt by LibreOffice (render-variants' thirteenth
 * typography), the reader ran that label into the label cell above it (…取組の成果を表示 取組達成度 …
 * 取組課題と次年度以降の方針 (…)). The range must still end there, not at the next sheet's label,
 * taking sheet ①'s No. ① row with it (the whole print lost sheets ① and ②). The input is the rows the
 * PDF reader gives for pages 1–19 of that print (fixtures/pdf-variants/README.md).
 */
describe('front matter whose closing label a print ran into the label cell above it', () => {
  const path = join(FIXTURES, 'pdf-variants/isesaki-p1-19.none.libreoffice.notoserif12.rows.txt');
  const lines = lexLines(sourceFromTextBytes(path, readFileSync(path)).lines);
  const profile = builtinProfiles().find((p) => p.id === 'gyokaku-kekka')!;

  it('ends at the label inside that cell: sheet ① is in the body', () => {
    const { body, front } = splitFrontMatter(lines, profile);
    expect(front.some((l) => l.text.startsWith('財政効果額(歳入)') && l.text.includes('各年度ごとの'))).toBe(true);
    expect(front.some((l) => l.text.includes('取組課題と次年度以降の方針') && l.text.startsWith('※継続した取組の場合'))).toBe(true);
    expect(body.some((l) => l.text.startsWith('No.') && l.text.includes('管路・施設情報管理台帳の一元化'))).toBe(true);
  });
});

// The same print set the cover title in Noto Serif at 25 pt: it wrapped mid-word (取組結 / 果報告書),
// so that neither line is the title the profile names (伊勢崎's PDF by a third of the typographies).
describe('a cover title wrapped over two lines', () => {
  const profile = builtinProfiles().find((p) => p.id === 'gyokaku-kekka')!;
  const read = (path: string) => lexLines(sourceFromTextBytes(path, readFileSync(path)).lines);

  it('is read whole from its lines, which are the title lines', () => {
    const lines = read(join(FIXTURES, 'pdf-variants/isesaki-p1-19.none.libreoffice.notoserif12.rows.txt'));
    const meta = readDocumentMeta(lines, profile);
    expect(meta.title).toBe('伊勢崎市行政改革推進計画取組結果報告書');
    expect(meta.titleLines.map((no) => lines.find((l) => l.no === no)!.text)).toEqual(['伊勢崎市行政改革推進計画取組結', '果報告書']);
  });

  it('is not taken over a title on one line (the seed as text)', () => {
    const lines = read(join(FIXTURES, 'gyokaku-kekka/isesaki-r2-r5-gyokaku-kekka/input.txt'));
    const meta = readDocumentMeta(lines, profile);
    expect(meta.title).toBe('伊勢崎市行政改革推進計画取組結果報告書');
    expect(meta.titleLines).toHaveLength(1);
  });
});

/**
 * The same 凡例 sheet printed without rules in Noto Serif 13 pt, 18 mm, by LibreOffice (the fifty-second
 * typography, held out): the closing label wrapped inside the label cell it ran into, 取組課題と次年 / 度以降の方針,
 * its two halves a space apart in the cell's text. The range must end there too (sheet ① had been read as front
 * matter, and lost without a word). The input: the lines the PDF reader gives for pages 9–11 of that print.
 */
describe('front matter whose closing label wrapped in the cell it ran into', () => {
  const source = JSON.parse(readFileSync(join(FIXTURES, 'pdf-variants/isesaki-p9-11.none.libreoffice.notoserif13m18.lines.json'), 'utf8'));
  const lines = lexLines(source.lines);
  const profile = builtinProfiles().find((p) => p.id === 'gyokaku-kekka')!;

  it('ends at the wrapped label: sheet ① is in the body', () => {
    const { body, front } = splitFrontMatter(lines, profile);
    expect(front.some((l) => l.text.includes('取組課題と次年 度以降の方針'))).toBe(true);
    expect(body.some((l) => l.text.startsWith('No.') && l.text.includes('管路・施設情報管理台帳の一元化'))).toBe(true);
    expect(body.some((l) => l.text.includes('各年度に実施した取組内容を記載しています。'))).toBe(false);
  });
});
