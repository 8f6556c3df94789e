import { describe, expect, it } from 'vitest';
import { labelRole } from '../src/vocabulary/index.js';

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
