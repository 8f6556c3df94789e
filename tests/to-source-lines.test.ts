import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../src/extract/pdf/page-blocks.js';
import { toSourceLines } from '../src/extract/pdf/to-source-lines.js';

/**
 * A label and its text on one printed line, the text wrapping on under itself, where too few lines
 * show the gap for a table (部長目標's 目標 | 1 清原中央公園…市民など / への利用を進めます！ 達成,
 * a goal broken onto the next page, printed by LibreOffice without rules; x and sizes as printed).
 */
const line = (top: number, x0: number, x1: number, fragments: string[], paragraphEnd: boolean, lastFragmentX0?: number): PdfBlock => ({
  kind: 'text',
  page: 3,
  top,
  bottom: top + 10.5,
  paragraphEnd,
  line: { text: fragments.join(' '), fragments, x0, x1, top, bottom: top + 10.5, size: 10.5, vertical: false, ...(lastFragmentX0 === undefined ? {} : { lastFragmentX0 }) },
});

describe('lines of several fragments', () => {
  it('keep the lines that wrap under the last fragment in that fragment', () => {
    const out = toSourceLines(
      [
        line(152, 262.6, 531.4, ['目標', '1 清原中央公園運動広場を開設し、市民など'], false, 322.4),
        line(167.8, 322.4, 451.4, ['への利用を進めます！ 達成'], true),
        line(183.5, 322.4, 531.4, ['2 オンライン英会話・体験型英語学習施設を'], false),
      ],
      'rows',
    );
    expect(out.map((l) => l.text)).toEqual(['目標\t1 清原中央公園運動広場を開設し、市民などへの利用を進めます！ 達成', '2 オンライン英会話・体験型英語学習施設を']);
  });

  it('stand alone when the next line starts elsewhere, or the line ends its paragraph', () => {
    const out = toSourceLines(
      [
        line(100, 60, 400, ['部長名', '木村 西'], false, 200),
        line(116, 60, 300, ['基本方針の説明'], true),
        line(132, 60, 400, ['総括', '達成しました。'], true, 200),
        line(148, 200, 400, ['次の段落'], true),
      ],
      'rows',
    );
    expect(out.map((l) => l.text)).toEqual(['部長名\t木村 西', '基本方針の説明', '総括\t達成しました。', '次の段落']);
  });
});
