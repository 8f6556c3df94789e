import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexLine } from '../src/lex/lexed-line.js';
import { matchMarker } from '../src/lex/markers/index.js';
import { importBytes } from '../src/pipeline.js';
import { SHARED } from './helpers.js';
import { eraYearOf, findEraDate, findEraRange, findEraYears } from '../src/vocabulary/era-year.js';

// [line as extracted, kind, value, rest, where it comes from]
const MARKERS: [string, string | null, number | null, string | null, string][] = [
  ['① 過去４年間、市の災害対策本部', 'circled-number', 1, '過去４年間、市の災害対策本部', 'kuwana 11: one space'],
  ['④大規模災害の発生及び', 'circled-number', 4, '大規模災害の発生及び', 'kuwana 33: no space'],
  ['①  市の保有する公共施設', 'circled-number', 1, '市の保有する公共施設', 'kuwana 119: two spaces'],
  [' ３．目標達成', 'dotted-number', 3, '目標達成', 'kuwana 80: leading space after a page break'],
  ['１．現状認識', 'dotted-number', 1, '現状認識', 'kuwana 7: full-width'],
  ['2,今年度の', 'dotted-number', 2, '今年度の', 'kuwana scanned in black and white, p22: OCR read ２． as 2,'],
  ['3。目標達成', 'dotted-number', 3, '目標達成', 'kuwana by Chromium scanned in black and white, p13: OCR read ３． as 3。'],
  ['3。', null, null, null, 'a figure ending a sentence at a line\'s head is no marker'],
  ['1,000円の削減', null, null, null, 'a figure with a thousands comma is no marker'],
  ['1.5%の増加', 'spaced-number', null, null, 'a decimal is not a dotted marker (and has no space)'],
  ['(1) 行政運営の効率化の推進', 'paren-number', 1, '行政運営の効率化の推進', 'isesaki: half-width with space'],
  ['(2)次代を支える健全財政を維持した市役所づくり', 'paren-number', 2, '次代を支える健全財政を維持した市役所づくり', 'kariya: no space'],
  ['（１）全庁的業務効率化検討', 'paren-number', 1, '全庁的業務効率化検討', 'full-width parentheses'],
  ['⑴ 市民参加', 'paren-number', 1, '市民参加', 'parenthesised digit U+2474'],
  ['【ＰＸ（パブリック・トランスフォーメーション）推進】', 'bracket-heading', null, '', 'kuwana 346'],
  ['〈３Ｒ推進の実施〉', 'angle-heading', null, '', 'kuwana 627'],
  ['・既存イベントの棚卸し', 'bullet', null, '既存イベントの棚卸し', 'kariya criteria'],
  ['・ 観劇会、生活創意工夫展', 'bullet', null, '観劇会、生活創意工夫展', 'kariya 387: bullet and a space'],
  ['○市民を行政サービスの顧客とし', 'bullet', null, '市民を行政サービスの顧客とし', 'kariya intro'],
  ['ワーク・ライフ・バランスを推進', null, null, null, 'a ・ inside a word is not a bullet'],
  ['2 3R(リデュース・リユース・リサイクル)の推進', 'spaced-number', 2, '3R(リデュース・リユース・リサイクル)の推進', 'bucho: the goal number beside a digit of the text'],
  ['1 効率的で効果的な行政運営', 'spaced-number', 1, '効率的で効果的な行政運営', 'isesaki TOC area heading'],
  ['8月', null, null, null, 'a month is not a marker'],
  ['7,945千人', null, null, null, 'a value is not a marker'],
];

describe('markers', () => {
  it.each(MARKERS)('%s → %s %s (%s)', (text, kind, value, rest) => {
    const m = matchMarker(text);
    if (kind === null) {
      expect(m).toBeNull();
      return;
    }
    if (kind === 'spaced-number' && value === null) {
      expect(m?.kind).not.toBe('dotted-number');
      return;
    }
    expect(m?.kind).toBe(kind);
    expect(m?.value).toBe(value);
    expect(m?.rest).toBe(rest);
  });
});

describe('era years', () => {
  it.each([
    ['令和６年度', 2024, 'kuwana title, full-width'],
    ['令和7年度', 2025, 'half-width'],
    ['令和元年度', 2019, '元年'],
    ['平成31年度', 2019, 'Heisei'],
    ['R5', 2023, 'kisarazu indicator rows'],
    ['Ｒ６', 2024, 'full-width abbreviation'],
    ['H31', 2019, 'Heisei abbreviation'],
  ])('%s → %i (%s)', (text, year) => {
    expect(eraYearOf(text)).toBe(year);
  });

  it('does not read a year out of running text', () => {
    expect(eraYearOf('令和5年度は定年延長となる初年度')).toBeNull();
    expect(findEraYears('ミライク刈谷2023の実施')).toEqual([]);
  });

  it('reads a period', () => {
    expect(findEraRange('[令和2年度～令和5年度]')).toEqual({ from: 2020, to: 2023 });
    expect(findEraRange('令和5年度から令和8年度までの4か年')).toEqual({ from: 2023, to: 2026 });
    expect(findEraRange('令和4年度に策定しました')).toBeNull();
  });

  it('reads dates', () => {
    expect(findEraDate('令和5年9月1日現在')).toBe('2023-09-01');
    expect(findEraDate('（R6.4.16部長会議資料）')).toBe('2024-04-16');
    expect(findEraDate('（Ｒ６.４.16部長会議資料）')).toBe('2024-04-16');
  });
});

/**
 * A page number between dashes that a text extraction (or a reprint of it) keeps mid-text: no
 * marker. 伊勢崎's seed with `- 4 -` put back between (6) and (7) of its contents, where the
 * printed page 4 ends in the 15-page Chromium reprint of the seed (`- 4 -` at y 620 of 842).
 * Expected: ../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt, (7) 地方公営企業の経営健全化 under
 * 2 安定的な財政運営 (line 751).
 */
describe('a folio mid-text', () => {
  it('is neither a bullet nor a section number', () => {
    const line = lexLine({ no: 1, page: 4, text: '- 4 -' });
    expect(line.marker).toBeNull();
    expect(line.listItem).toBe(false);
  });

  it('leaves the records\' categories as the text without it gives them', async () => {
    const seed = readFileSync(join(SHARED, 'seeds', 'isesaki-r2-r5-gyokaku-kekka.txt'), 'utf8');
    const withFolio = seed.replace('\n(7) 地方公営企業の経営健全化\n', '\n- 4 -\n(7) 地方公営企業の経営健全化\n');
    expect(withFolio).not.toBe(seed);
    const doc = await importBytes('isesaki-with-folio.txt', new TextEncoder().encode(withFolio));
    const record = doc.records.find((r) => r.title === '安定経営のための財源確保');
    expect(record?.categoryPath).toEqual(['2 安定的な財政運営', '(7) 地方公営企業の経営健全化']);
  });
});
