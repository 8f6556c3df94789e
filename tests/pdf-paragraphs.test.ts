import { describe, expect, it } from 'vitest';
import { paragraphs, type PdfLine } from '../src/extract/pdf/text-lines.js';

/**
 * Paragraphs rebuilt from printed lines. The coordinates are those pdf.js reports for the lines
 * quoted, in ../shared/corpus/rendered/r6-bucho-mokuhyo-kekka.chromium.pdf (pages 1 and 3).
 */
function line(text: string, x0: number, x1: number, bottom: number, size: number): PdfLine {
  return { text, fragments: [text], x0, x1, top: bottom - size, bottom, size, vertical: false };
}
const pitch = () => 13.5;

describe('paragraphs in a table cell', () => {
  it('joins a line that stops short because kinsoku carried 祉 over with its 、', () => {
    const lines = [
      line('地域福祉部は、福祉推進課、生活福祉課、障害福祉課の3課で構成され、地域福', 195.3, 533.4, 220.1, 9.5),
      line('祉、生活保護、障害者福祉に関することなど、市民の方々の生活を', 195.3, 546.5, 233.6, 9.5),
      line('する仕事をしています。', 195.3, 299.7, 247.9, 9.5),
    ];
    const ps = paragraphs(lines, 547.8, pitch);
    expect(ps.map((p) => p.text)).toEqual(['地域福祉部は、福祉推進課、生活福祉課、障害福祉課の3課で構成され、地域福祉、生活保護、障害者福祉に関することなど、市民の方々の生活をする仕事をしています。']);
  });

  it('still ends a paragraph at a line two characters short when the next starts plainly', () => {
    const lines = [line('令和6年度は、手話言語条例という新規の課題に加え', 107.7, 520.0, 268.1, 9.5), line('次の段落です。', 107.7, 200.0, 281.6, 9.5)];
    expect(paragraphs(lines, 547.8, pitch)).toHaveLength(2);
  });

  it('keeps a title, the reading set smaller and the name apart (three elements, not a wrap)', () => {
    const lines = [
      line('政策経営部長', 107.7, 164.7, 727.2, 9.5),
      line('かみやま たかし', 107.7, 166.0, 714.4, 8),
      line('神山 尚', 107.7, 148.4, 700.9, 9.5),
    ].map((l) => ({ ...l, top: 842 - l.bottom - l.size, bottom: 842 - l.bottom }));
    expect(paragraphs(lines, 166.0, () => 13.2).map((p) => p.text)).toEqual(['政策経営部長', 'かみやま たかし', '神山 尚']);
  });

  it('joins an acronym pushed whole to the next line without a space (学校のICT環境)', () => {
    const lines = [line('川市にある施設において体験型外国語教育を実施しました。また、学校の', 179.8, 536.9, 211.9, 9.5), line('ICT環境については、', 179.8, 300.0, 225.4, 9.5)];
    expect(paragraphs(lines, 545.0, pitch)[0]!.text).toContain('学校のICT環境');
  });

  it('puts back the space before a number pushed whole to the next line (フォロワー数 50,000人)', () => {
    const lines = [line('・公式SNS等のフォロワー数', 403.9, 521.3, 616.9, 9), line('50,000人', 412.9, 451.9, 630.4, 9)];
    expect(paragraphs(lines, 545.0, () => 13.5)[0]!.text).toBe('・公式SNS等のフォロワー数 50,000人');
  });
});
