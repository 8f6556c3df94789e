import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breaksWord, cannotEndSentence, cannotStartSentence, mendSentenceBreaks } from '../src/lex/line-ends.js';
import { tokenizerLoaded } from '../src/lex/tokenizer.js';
import { importFile, readPdfLines } from '../src/pipeline.js';

/**
 * Issue 14: the line-end questions of the PDF path are answered from a table of particles,
 * continuative endings and kana (src/lex/line-end-words.ts) where it settles them, without
 * loading kuromoji (~0.3 s, ~100 MB). The answers below are a reader's, written by reading each
 * line, not taken from the program; every one of them is settled by the table (kuromoji is never
 * loaded in this file). scripts/line-ends-check.ts holds the table to kuromoji's answers on all
 * the material, these phrases included.
 */

// A printed line that stops here: does its sentence have to go on?
const LINE_ENDS: [string, boolean][] = [
  ['計画の推進にあたっては、市民の', true],
  ['老朽化した施設の更新を', true],
  ['地域の担い手が', true],
  ['令和５年度は', true],
  ['子育て世帯への', true],
  ['関係機関と連携してい', true],
  ['国の方針を踏まえ', true],
  ['市の条例に基づき', true],
  ['多くの市民に利用され', true],
  ['職員の意識改革も', true],
  ['窓口サービスセンターに', true],
  ['「行政改革大綱」に', true],
  ['プラスチックに係る資源循環の促進等に関する法律の施行に', true],
  ['地域の実情に応じ', true],
  // a noun may close a list item (体言止め)
  ['地域で見守る子ども', false],
  ['事務事業の見直し', false],
  ['安全・安心なまちづくり', false],
];

// A printed line that starts here: can a sentence start so?
const LINE_STARTS: [string, boolean][] = [
  ['の適正な管理に努める。', true],
  ['を実施した。', true],
  ['に伴い、事業を見直す。', true],
  ['により、経費を削減した。', true],
  ['へ移行する。', true],
  ['から順次開始する。', true],
  ['は前年度並みとなった。', true],
  ['や関係団体と協議する。', true],
  ['も含めて検討する。', true],
  ['とともに、事業の効果を検証する。', true],
  ['として位置づける。', true],
  ['やさしい日本語の活用を進める。', false],
  ['ともに支え合う地域をつくる。', false],
  ['よって、計画を見直す。', false],
  ['がん検診の受診率を高める。', false],
  ['できる限り早期に完了させる。', false],
];

// A break between two katakana: inside one word?
const KATAKANA_BREAKS: [string, string, boolean][] = [
  ['市民活動セ', 'ンターの運営', true],
  ['ホームペー', 'ジの改修', true],
  ['庁内のデ', 'ータ連携を進める', true],
  ['公共交通のバ', 'ス路線を見直す', true],
  ['事務のアウトソーシ', 'ングを進める', true],
];

describe('line ends read without the tokenizer', () => {
  it.each(LINE_ENDS)('%s → the sentence goes on: %s', (line, goesOn) => {
    expect(cannotEndSentence(line)).toBe(goesOn);
    expect(tokenizerLoaded()).toBe(false);
  });

  it.each(LINE_STARTS)('%s → cannot start a sentence: %s', (line, goesOn) => {
    expect(cannotStartSentence(line)).toBe(goesOn);
    expect(tokenizerLoaded()).toBe(false);
  });

  it.each(KATAKANA_BREAKS)('%s | %s → inside a word: %s', (before, after, inside) => {
    expect(breaksWord(before, after)).toBe(inside);
    expect(tokenizerLoaded()).toBe(false);
  });
});

describe('a PDF whose line breaks the words mend', () => {
  // 桑名's 部局目標, pages 1-3 printed by LibreOffice without rules: three printed lines go on
  // (`…老朽化が著しい施設を` / `始めとする…`, `…外国人技術者等の` / `雇用支援の…`,
  // `…再サウンディン` / `グの条件等を…`), and the table settles every break in question
  const pdf = 'fixtures/pdf-variants/kuwana-p1-3.none.libreoffice.pdf';

  it('is mended without loading the tokenizer', async () => {
    const { chosen } = await readPdfLines(pdf, readFileSync(pdf));
    expect(await mendSentenceBreaks(chosen.lines)).toBe(3);
    expect(tokenizerLoaded()).toBe(false);
  }, 60_000);

  it('is imported without loading the tokenizer', async () => {
    const doc = await importFile(pdf);
    expect(doc.records.length).toBeGreaterThan(0);
    expect(tokenizerLoaded()).toBe(false);
  }, 60_000);
});
