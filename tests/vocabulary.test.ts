import { describe, expect, it } from 'vitest';
import { isColumnHeading, isUnitName, labelRole } from '../src/vocabulary/index.js';
import { isEraHeadPiece } from '../src/vocabulary/era-year.js';

// Labels of 伊勢崎's 行政改革 sheets as its PDF prints set them (../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt,
// lines 755–772): the table reader parts rows where one label the vocabulary knows stands under another.
describe('the vocabulary knows a 行政改革 sheet\'s labels', () => {
  it.each([
    ['5年後までの目標', 'goal'],
    ['5年後までの目標 (目指すべき姿)', 'goal'],
    ['目指すべき姿', 'goal'],
    ['財政効果額(歳入) (単位:千円)', 'money'],
    ['財政効果額（歳出）（単位：千円）', 'money'],
    ['取組工程', 'plan'],
    ['取組達成度', 'evaluation'],
    ['取組課題と次年度以降の方針 (取組達成度が△、×の場合は達成できなかった理由も記載)', 'direction'],
  ])('%s is %s', (text, role) => {
    expect(labelRole(text)).toBe(role);
  });

  // a label's first line where the print wraps it is no label: 財政効果 / 額(歳出) in a column four ems wide
  // (Noto Serif 12 pt by LibreOffice in an outer frame) goes on into its second line
  it.each(['財政効果', '額(歳出)', '(目指すべき姿)', '5年後まで'])('%s alone is none', (text) => {
    expect(labelRole(text)).toBeNull();
  });
});

// 桑名's department sheets (../shared/seeds/kuwana-r6-bukyoku-mokuhyo.txt, line 45: ２．今年度の / 部局目標): the label of
// a department's goals for the year, which a narrow label column wraps (２．今年 / 度の部局 / 目標)
describe('the vocabulary knows a department\'s goals for the year', () => {
  it.each(['２．今年度の部局目標', '今年度の部局目標', '本年度の部の目標'])('%s is a goal', (text) => {
    expect(labelRole(text)).toBe('goal');
  });
  it.each(['２．今年度の部局', '度の部局'])('%s alone is none', (text) => {
    expect(labelRole(text)).toBeNull();
  });
});

// 木更津's sheets (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt): 指標① and 指標② each head a sub-table of
// targets whose columns are 名称 | 年度 | 目標値 | 結果 — a label numbered after its name, and column headings that
// fill no slot (the table reader takes such a line for a header row)
describe('a label numbered after its name, and a sub-table\'s column headings', () => {
  it.each(['指標①', '指標②', '①指標'])('%s is indicators', (text) => {
    expect(labelRole(text)).toBe('indicators');
  });

  it.each(['名称', '年度', '結果', '単 位'])('%s is a column heading, no label', (text) => {
    expect(isColumnHeading(text)).toBe(true);
    expect(labelRole(text)).toBeNull();
  });

  it.each(['目標値', '名称未定の事業', '令和5年度'])('%s is no column heading', (text) => {
    expect(isColumnHeading(text)).toBe(false);
  });
});

describe('a unit’s whole name, not a sentence’s words that end on a unit’s ending', () => {
  it('knows unit names, kana and all', () => {
    for (const name of ['企画調整課', '子ども課', 'まちづくり推進課', '保健所', '市民サービスセンター', '行政改革推進室']) expect(isUnitName(name), name).toBe(true);
  });
  // (伊勢崎's narrow year cells by Chromium, IPAGothic 13 pt: ローリングの所 / 管課である企画調整課へ…)
  it('refuses a copula, a verb’s ending or …の所', () => {
    for (const words of ['リングの所', '管課である企画調整課', '移管することとした課', '実施している課', '協議の所']) expect(isUnitName(words), words).toBe(false);
  });
});

describe('a piece of a year’s head set a character a line', () => {
  // (伊勢崎's 令和6年度 down a column a character wide, Chromium in Noto Sans CJK 14 pt, 35 mm: 令 | 和年 / 6 | 度)
  it('is the head’s characters only, a kanji among them', () => {
    expect(['令', '令和', '和年\n6', '度', '6\n年', '令和6年度'].every(isEraHeadPiece)).toBe(true);
    expect(['6', '2024', '実施', '令和6年度の', '見直し', ''].some(isEraHeadPiece)).toBe(false);
  });
});
