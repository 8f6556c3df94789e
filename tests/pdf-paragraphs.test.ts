import { describe, expect, it } from 'vitest';
import { buildLines, pageStyle, paragraphs, WORD_GAP, WORD_WRAP, type PdfLine } from '../src/extract/pdf/text-lines.js';
import type { TextRun } from '../src/extract/pdf/page-content.js';
import { resolveWordWraps } from '../src/extract/pdf/to-source-lines.js';

/**
 * Paragraphs rebuilt from printed lines. The coordinates are those pdf.js reports for the lines
 * quoted, in ../shared/corpus/rendered/r6-bucho-mokuhyo-kekka.chromium.pdf (pages 1 and 3).
 */
function line(text: string, x0: number, x1: number, bottom: number, size: number): PdfLine {
  return { text, fragments: [text], x0, x1, top: bottom - size, bottom, size, vertical: false };
}
const pitch = () => 13.5;
/** A run of one font on a baseline, as pdf.js reports it (bottom: the line's bottom). */
const h = (text: string, x0: number, x1: number, bottom: number, size: number): TextRun => ({ text, x0, x1, top: bottom - size, bottom, size, vertical: false, font: 'f' });

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

  it('joins a line that stops short because an ASCII colon carried 価 over (・事後評 / 価:255事業)', () => {
    // 伊勢崎's 令和2年度 取組状況 cell, ruled by Chromium in BIZ UD Gothic 12.5 pt, 22 mm (the fifty-fifth), page 34
    const p = () => 15;
    const lines = [line('・事後評', 156.2, 191.6, 212.7, 10.1), line('価:255事業', 166.3, 222.7, 227.7, 10.1), line('評価対象事', 166.3, 216.8, 242.7, 10.1), line('業の見直し', 166.3, 215.3, 257.7, 10.1)];
    expect(paragraphs(lines, 222.7, p).map((q) => q.text)).toEqual(['・事後評価:255事業評価対象事業の見直し']);
  });

  it('joins a line that stops short because an opening bracket took its first character over (10.0% / （令和6年度）)', () => {
    // 伊勢崎's 5年後までの目標 cell in an outer frame by Chromium, IPAex Mincho on B5 (the 131st typography),
    // page 15: seed line 261's 【指数・目標値】 対象証明書のコンビニ交付率 10.0%（令和6年度）, the line 1.53 em short
    const lines = [line('【指数・目標値】 対象証明書のコンビニ交付率 10.0%', 243.5, 421.8, 300.9, 7.3), line('（令和6年度）', 243.5, 291.8, 312.9, 7.3)];
    expect(paragraphs(lines, 433, () => 12).map((q) => q.text)).toEqual(['【指数・目標値】 対象証明書のコンビニ交付率 10.0%（令和6年度）']);
    // (farther short than the bracket and its character: a break)
    const short = [line('【指数・目標値】 対象証明書のコンビニ交付率', 243.5, 400.0, 300.9, 7.3), line('（令和6年度）', 243.5, 291.8, 312.9, 7.3)];
    expect(paragraphs(short, 433, () => 12)).toHaveLength(2);
    // (nor after a closed bracket: a heading and the note under it, 事務事業評価調書's [2.事業内容] / （単位：千円）
    // in fixtures/general/chosho-heisei.chromium.pdf, here two ems short of the edge)
    const heading = [line('[2.事業内容]', 50, 120, 100, 10), line('（単位：千円）', 50, 115, 114, 10)];
    expect(paragraphs(heading, 140, () => 14)).toHaveLength(2);
  });

  it('still ends a paragraph at a line two characters short when the next starts plainly', () => {
    const lines = [line('令和6年度は、手話言語条例という新規の課題に加え', 107.7, 520.0, 268.1, 9.5), line('次の段落です。', 107.7, 200.0, 281.6, 9.5)];
    expect(paragraphs(lines, 547.8, pitch)).toHaveLength(2);
  });

  it('runs a first item pushed to the next line by its unbreakable head into its paragraph (ム運用開始 / ①Web会議を含)', () => {
    // 伊勢崎's 令和3年度 cell, printed without rules by Chromium (8.5 pt, page 10): the line stops
    // three characters short, the width of ①Web and the space before it
    const lines = [line('・管路台帳システ', 221.9, 290.0, 500.0, 8.5), line('ム運用開始', 230.4, 273.0, 512.8, 8.5), line('①Web会議を含', 230.4, 290.4, 525.6, 8.5), line('め9回実施(4', 230.4, 288.0, 538.4, 8.5)];
    expect(paragraphs(lines, 298.4, () => 12.8).map((p) => p.text)).toEqual(['・管路台帳システム運用開始 ①Web会議を含め9回実施(4']);
  });

  it('still starts a list at ① under a line that ends a sentence or leaves room', () => {
    const after = [line('次のとおり実施した。', 230.4, 290.0, 512.8, 8.5), line('①Web会議を含', 230.4, 290.4, 525.6, 8.5)];
    expect(paragraphs(after, 298.4, () => 12.8)).toHaveLength(2);
    const short = [line('実施内容', 230.4, 264.4, 512.8, 8.5), line('①Web会議を含', 230.4, 290.4, 525.6, 8.5)];
    expect(paragraphs(short, 298.4, () => 12.8)).toHaveLength(2);
  });

  it('runs a 中黒 that the wrap carried to a line start into its sentence (管路台帳 / ・施設台帳)', () => {
    // 伊勢崎's 取組課題と次年度以降の方針, 令和4年度, printed with horizontal rules only by LibreOffice
    // (8.5 pt, page 10 of the variant made by scripts/render-variants.ts): the line before is full
    const lines = [line('引き続き管路台帳', 311.1, 379.1, 92.2, 8.5), line('・施設台帳システ', 311.1, 379.1, 105.0, 8.5), line('ムの安定的な運用', 311.1, 379.1, 117.7, 8.5)];
    expect(paragraphs(lines, 379.1, () => 12.8).map((p) => p.text)).toEqual(['引き続き管路台帳・施設台帳システムの安定的な運用']);
  });

  it('still starts an item at a 中黒 after a line the break left short, or after an item', () => {
    // (a break at the space before an item: `行政評価の実施 ・事後評価:255事業`, 伊勢崎 令和2年度)
    const spaced = [line('行政評価の実施', 311.1, 370.6, 92.2, 8.5), line('・事後評価:255事', 311.1, 379.1, 105.0, 8.5)];
    expect(paragraphs(spaced, 379.1, () => 12.8)).toHaveLength(2);
    const items = [line('・管路台帳システ', 311.1, 379.1, 92.2, 8.5), line('・施設台帳システ', 311.1, 379.1, 105.0, 8.5)];
    expect(paragraphs(items, 379.1, () => 12.8)).toHaveLength(2);
  });

  it('goes on past a larger glyph of another font at the line start (●令和2年度事後 / 評価「一部改)', () => {
    // 伊勢崎's 取組成果 cell printed without rules by LibreOffice (page 28 of the whole seed): ● is
    // set at 10.5 pt in an 8.5 pt cell, so the line is taller than the ones it runs into
    const lines = buildLines([
      h('●', 132.8, 143.3, 420.5, 10.5),
      h('令和2年度事後', 143.3, 203.0, 418.5, 8.5),
      h('評価 「一部改', 141.3, 194.7, 433.2, 8.5),
      h('善」事業 15事業', 141.3, 207.0, 446.0, 8.5),
      h('事後評価結果を', 141.3, 200.8, 458.7, 8.5),
    ]);
    expect(paragraphs(lines, 207.0, () => 12.8).map((p) => p.text)).toEqual(['●令和2年度事後評価 「一部改善」事業 15事業事後評価結果を']);
  });

  it('goes on in the size a line ends in, where a smaller note follows on its next line (効果額 / （累計） ※以下の条件…)', () => {
    // 木更津's 指標① cell (../shared/corpus/rendered/kisarazu…chromium.pdf, page 9): the name at
    // 9 pt wraps into （累計）, and a 7.2 pt note follows on that line
    const lines = buildLines([
      h('事業の縮小・廃止による効果額', 151.9, 277.9, 244.1, 9),
      h('（累計）', 151.9, 187.9, 256.8, 9),
      h('※以下の条件で算出、時間等は', 190.6, 291.3, 256.8, 7.2),
    ]);
    expect(paragraphs(lines, 291.3, () => 12.7)[0]!.text).toMatch(/^事業の縮小・廃止による効果額（累計）/);
  });

  it('still parts lines set in two sizes throughout (a title over its smaller reading)', () => {
    const lines = buildLines([h('※継続した取組の', 56.8, 126.8, 151.0, 10.5), h('場合年度ごと に', 65.3, 127.2, 163.7, 8.5)]);
    expect(paragraphs(lines, 130.6, () => 12.8)).toHaveLength(2);
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

// Coordinates as pdf.js reports them for the lines quoted, in the Chromium renders of the
// kisarazu and kariya seeds (../shared/corpus/rendered).
describe('lists run into a paragraph, and figures after a wrap', () => {
  it('goes on with （3） that a wrap set at a line start when （2） stood inside the paragraph', () => {
    const lines = [
      line('事務事業を（1）全庁的業務効率化検討・実施支援（2）特定政策課題に対する相談・助言支援', 151.9, 523.0, 300, 9),
      line('（3）特定部門の業務効率化実施支援業務の3つに分類し', 151.9, 400.0, 312.75, 9),
    ];
    expect(paragraphs(lines, 541.0, () => 12.75).map((p) => p.text)).toEqual([
      '事務事業を（1）全庁的業務効率化検討・実施支援（2）特定政策課題に対する相談・助言支援（3）特定部門の業務効率化実施支援業務の3つに分類し',
    ]);
  });

  it('still starts an item at （2） when （1） opened the paragraph', () => {
    const lines = [line('（1）全庁的業務効率化検討・実施支援', 151.9, 350.0, 300, 9), line('（2）特定政策課題に対する相談・助言支援', 151.9, 380.0, 312.75, 9)];
    expect(paragraphs(lines, 541.0, () => 12.75)).toHaveLength(2);
  });

  // 伊勢崎 with a grid by Chromium, page 10: `…システムを令和2年` stops 1.6 em short of the edge because
  // `・` may not start a line, and Chromium carried `度` over with it
  it('joins a line that stopped short because the next one starts with a character and a 中黒', () => {
    const lines = [line('路・施設台帳を一元管理するシステムを令和2年', 279.5, 489.1, 356.7, 9.7), line('度・令和3年度の2カ年で構築し、資産管理の強化や', 279.5, 504.9, 371.7, 9.7)];
    expect(paragraphs(lines, 504.9, () => 14.6).map((p) => p.text)).toEqual(['路・施設台帳を一元管理するシステムを令和2年度・令和3年度の2カ年で構築し、資産管理の強化や']);
  });

  it('does not take a decimal at a line start for a numbered item', () => {
    const lines = [line('市の審議会等における女性委員割合は前年度よりも、', 227.2, 295.2, 300, 8.5), line('0.6ポイント増加した。', 227.2, 280.0, 312.75, 8.5)];
    expect(paragraphs(lines, 297.7, () => 12.75).map((p) => p.text)).toEqual(['市の審議会等における女性委員割合は前年度よりも、0.6ポイント増加した。']);
  });

  it('sets a wrapped count after a space on a page that writes `開催 2回`, not on one that writes `提供100%`', () => {
    const criteria = [line('・関係機関等との調整会議の開催', 400, 538.9, 300, 9), line('19回', 400, 420, 312.75, 9)];
    const spaced = pageStyle([line('・研修会の開催 2回', 0, 0, 0, 9), line('・協議会の開催 3回', 0, 0, 0, 9)]);
    const joined = pageStyle([line('有機米提供率100%を目指す', 0, 0, 0, 9)]);
    expect(spaced.figures).toBe('spaced');
    expect(joined.figures).toBe('joined');
    expect(paragraphs(criteria, 540.7, () => 12.75, spaced)[0]!.text).toBe('・関係機関等との調整会議の開催 19回');
    expect(paragraphs(criteria, 540.7, () => 12.75, joined)[0]!.text).toBe('・関係機関等との調整会議の開催19回');
  });

  // 伊勢崎 by Chromium: figures after a label apart (交付件数 53,124 / 交付率 10.5 / 施設数 40), after
  // 市外 / 職員 not, so that no page-wide habit shows; a figure the wrap moved follows its word's own
  it('sets a wrapped figure after a space where the document does after that word\'s last character', () => {
    const page = [
      line('証明交付件数 24,156 件 交付率 10.5 %', 0, 0, 0, 9.7),
      line('導入施設数 40施設 申請件数 93,172 件', 0, 0, 0, 9.7),
      line('市外2件 市外3件 職員2名 市外1件', 0, 0, 0, 9.7),
      line('交付率 6.1% 交付率 15.5%', 0, 0, 0, 9.7),
    ];
    const style = pageStyle(page);
    expect(style.figures).toBe('unknown');
    expect(style.after?.('数')).toBe('spaced');
    expect(style.after?.('外')).toBe('joined');
    // (both lines run to the wrap edge: no shortness speaks for a space)
    const label = [line('【指数・目標値】 対象証明書のコンビニ交付率', 279.5, 504.0, 300, 9.7), line('10.0%（令和6年度）', 279.5, 372.9, 314.3, 9.7)];
    const prose = [line('滞納者の住所確認を行い、県内の市外', 279.5, 504.0, 300, 9.7), line('3件について徴収した。', 279.5, 380.0, 314.3, 9.7)];
    expect(paragraphs(label, 504.9, () => 14.3, style)[0]!.text).toBe('【指数・目標値】 対象証明書のコンビニ交付率 10.0%（令和6年度）');
    expect(paragraphs(prose, 504.9, () => 14.3, style)[0]!.text).toBe('滞納者の住所確認を行い、県内の市外3件について徴収した。');
  });
});

describe('Latin words a wrap or a narrow gap parted', () => {
  it('marks a wrap between letters for the document to decide', () => {
    const lines = [line('更新、SNS、You', 227.2, 294.5, 300, 8.5), line('Tubeなどによる情報発信', 227.2, 298.5, 312.75, 8.5)];
    expect(paragraphs(lines, 297.7, () => 12.75)[0]!.text).toBe(`更新、SNS、You${WORD_WRAP}Tubeなどによる情報発信`);
  });

  it('joins them where the document writes the word whole (or broke it before a lower-case letter), else parts them', () => {
    const source = [
      { no: 1, page: 125, text: `Twitter、YouT${WORD_WRAP}ubeへの動画` },
      { no: 2, page: 125, text: `SNS、You${WORD_WRAP}Tubeなど`, cells: [`SNS、You${WORD_WRAP}Tubeなど`] },
      { no: 3, page: 125, text: `Google${WORD_WRAP}Mapで案内、Open${WORD_GAP}Data` },
    ];
    resolveWordWraps(source);
    expect(source.map((l) => l.text)).toEqual(['Twitter、YouTubeへの動画', 'SNS、YouTubeなど', 'Google Mapで案内、Open Data']);
    expect(source[1]!.cells).toEqual(['SNS、YouTubeなど']);
  });
});

describe('vertical cells', () => {
  it('keeps brackets a vertical font draws off the column in order (神戸 職種等内訳（人数）, run positions from pdf.js)', () => {
    const v = (x0: number, top: number, text: string, size = 9.6): TextRun => ({ text, x0, x1: x0 + 10, top, bottom: top + 9, size, vertical: true, font: 'f' });
    const runs = [v(46, 472, '職'), v(46, 483, '種'), v(46, 493, '等'), v(46, 504, '内'), v(46, 515, '訳'), v(41, 533, '（'), v(46, 536, '人'), v(46, 547, '数'), v(41, 565, '）')];
    expect(buildLines(runs).map((l) => l.text)).toEqual(['職種等内訳（人数）']);
  });
});

describe('a count wrapped to a line’s head after a full line', () => {
  // (widths as in 伊勢崎's year cells five characters wide, IPAGothic 13 pt by Chromium, the 321st, pages 43 and 34)
  it('opens no item mid-sentence where the paragraph lists none', () => {
    const lines = [line('（全式場、告別室', 300, 365, 100, 13), line('1、およびエン', 300, 365, 115, 13)];
    expect(paragraphs(lines, 365, () => 15).map((p) => p.text)).toEqual(['（全式場、告別室1、およびエン']);
  });
  it('leaves a decimal alone: 交付率 / 6.1% keeps the page’s habit of a space before a figure', () => {
    const lines = [line('件数 14,354件交付率', 300, 365, 100, 13), line('6.1%', 300, 330, 115, 13)];
    expect(paragraphs(lines, 365, () => 15, { figures: 'spaced' }).map((p) => p.text)).toEqual(['件数 14,354件交付率 6.1%']);
  });
  it('nor takes the next item of a list for a wrap', () => {
    const lines = [line('1、施設の点検を行う計画の策定', 300, 365, 100, 13), line('2、およびエン', 300, 365, 115, 13)];
    expect(paragraphs(lines, 365, () => 15)).toHaveLength(2);
  });
});
