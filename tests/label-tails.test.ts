import { describe, expect, it } from 'vitest';
import { brokenLabel } from '../src/lex/label-tails.js';

// The cells as the PDF reader gives them, each pair from a real page (named).
describe('brokenLabel: a label cell and a cell under it make one label', () => {
  it('joins a label the page or a sub-row broke', () => {
    // 木更津 (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt) printed large: 令和5年度の活動経過・今 / 後の予定
    expect(brokenLabel('令和5年度の活動経過・今', '後の予定')).toBe(true);
    expect(brokenLabel('令和5年度の活動経過・今後', 'の予定')).toBe(true);
  });
  it('leaves a label set a character a row, and a note under a heading', () => {
    // 池田 (../shared/corpus/real/ikeda-r7-jimujigyo-010.pdf): 財 / 源 beside 地方債 | その他, each row its own label
    expect(brokenLabel('財', '源')).toBe(false);
    // 世田谷 (../shared/corpus/pdf/muni-setagaya-r8-budget-book-indesign.pdf): 本年度予算計上額本年度債務負担額 / （単位：千円）
    expect(brokenLabel('本年度予算計上額本年度債務負担額', '（単位：千円）')).toBe(false);
  });
  it('leaves a year over the next row’s whole label', () => {
    // 木更津 by Chromium in an outer frame: R8 | | 40ha at a page's foot, 令和5年度の活動経過・今後の予定 on the next
    expect(brokenLabel('R8', '令和5年度の活動経過・今後の予定')).toBe(false);
  });
});
