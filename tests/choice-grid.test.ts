// A ○/● choice grid whose option words sit above and below their marks, with the run positions
// pdf.js reports for 神戸 kobe-h25-jimujigyo-013.pdf page 3 (外部評価 取組への評価).
import { describe, expect, it } from 'vitest';
import { choiceGridText } from '../src/extract/pdf/choice-grid.js';
import type { TextRun } from '../src/extract/pdf/page-content.js';

const run = (x0: number, x1: number, top: number, text: string): TextRun => ({ text, x0, x1, top, bottom: top + 9, size: 9, vertical: false, font: 'f' });

describe('choice grids', () => {
  it('each option is the words between its mark and the next, on every line of the cell', () => {
    const runs = [
      run(137, 151, 532, '○ '),
      run(151, 189, 527, '積極的な'),
      run(151, 189, 537, '取組実施'),
      run(206, 220, 532, '○ '),
      run(220, 258, 527, 'おおむね'),
      run(220, 239, 537, '十分'),
      run(275, 289, 532, '● '),
      run(289, 308, 527, 'やや'),
      run(289, 318, 537, '不十分'),
      run(344, 387, 532, '○ 不十分'),
    ];
    expect(choiceGridText(runs)).toBe('○積極的な取組実施 ○おおむね十分 ●やや不十分 ○不十分');
  });
  it('a column of bulleted lines is not a grid', () => {
    expect(choiceGridText([run(100, 110, 500, '○'), run(110, 300, 500, '市民の参加を促す'), run(100, 110, 512, '○'), run(110, 300, 512, '情報を発信する')])).toBeNull();
  });
});
