import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../src/extract/source-text.js';
import { lexLine } from '../src/lex/lexed-line.js';
import { YearColumns } from '../src/layout/year-columns.js';
import { eraYearOf } from '../src/vocabulary/era-year.js';

/**
 * A row of a PDF table: its cells' borders and where each one's text stands (points), and the grid
 * columns each spans where they are not one per cell.
 */
function row(table: number, page: number, cells: [string, number, number, number?, number?][], spans?: [number, number][]): ReturnType<typeof lexLine> {
  const line: SourceLine = {
    no: 1,
    page,
    text: cells.map((c) => c[0]).join('\t'),
    cells: cells.map((c) => c[0]),
    grid: { table, row: 0, cells: cells.map(([, x0, x1, t0, t1], i) => ({ col: spans?.[i]![0] ?? i, colSpan: spans?.[i]![1] ?? 1, rowSpan: 1, x0, x1, ...(t0 !== undefined ? { text: { x0: t0, x1: t1! } } : {}) })) },
  };
  return lexLine(line);
}

const header = (table: number, page: number, cells: [string, number, number, number?, number?][], spans?: [number, number][]) => {
  const l = row(table, page, cells, spans);
  return YearColumns.from(l.cells.map((c) => eraYearOf(c.replace(/\s/g, ''))), l);
};

/**
 * Geometry from 伊勢崎 printed by LibreOffice: page 28 with horizontal rules only (twenty-fifth
 * typography), where the 財政効果額 table's first column holds the labels and 令和2年度 together; and
 * an outer frame (same typography, pages 175–176), where the header above the page break is the
 * 取組工程 grid's, narrower than the 財政効果額 grid the next page's rows stand in.
 */
describe('the year a cell of another table stands under', () => {
  const years: [string, number, number, number, number][] = [
    ['令和2年度', 83.2, 212.7, 156.7, 205.4],
    ['令和3年度', 212.7, 290.5, 234.5, 283.2],
    ['令和4年度', 290.5, 368.3, 312.3, 361],
    ['令和5年度', 368.3, 448.3, 390.2, 438.9],
    ['令和6年度', 448.3, 510.3, 457.6, 506.3],
  ];

  it('is the year whose header stands over it, not the one at its index', () => {
    const cols = header(1, 28, years);
    const status = row(2, 28, [
      ['取組状況', 83.2, 140.6, 85.2, 136],
      ['令和2年度で指定', 140.6, 219.8, 142.1, 219.9],
      ['令和3年度で指定', 219.8, 297.6, 219.9, 297.7],
      ['令和4年度で指定', 297.6, 375.5, 297.7, 375.5],
      ['令和5年度で指定', 375.5, 510.3, 375.6, 453],
    ]);
    expect([0, 1, 2, 3, 4].map((c) => cols.yearAt(c, status))).toEqual([undefined, 2020, 2021, 2022, 2023]);
  });

  it('is none for a cell whose text runs across several years', () => {
    const cols = header(1, 28, years);
    const across = row(3, 29, [['令和2年度 令和3年度 … 理由も記載', 83.2, 510.3, 85.2, 507]]);
    expect(cols.yearAt(0, across)).toBeUndefined();
  });

  it('goes by index where the rows stand in another grid than the header', () => {
    const cols = header(1, 175, [
      ['具体的な取組事項', 85, 222, 88, 127],
      ['令和2年度', 222, 268, 226, 265],
      ['令和3年度', 268, 349, 271, 320],
      ['令和4年度', 349, 392, 350, 389],
      ['令和5年度', 392, 437, 395, 434],
      ['令和6年度', 437, 510, 441, 480],
    ]);
    const effect = row(2, 176, [
      ['財政効果額(歳入)', 85, 128, 88, 127],
      ['—', 128, 207, 129, 140],
      ['—', 207, 286, 208, 219],
      ['—', 286, 374, 286, 298],
      ['—', 374, 467, 374, 386],
      ['', 467, 510],
    ]);
    expect([1, 2, 3, 4].map((c) => cols.yearAt(c, effect))).toEqual([2020, 2021, 2022, 2023]);
  });

  /**
   * 伊勢崎 in an outer frame by Chromium, IPAex Mincho 12 pt on B5, 25 mm, 2.0 leading, 3 pt padding (the 106th
   * typography), pages 269–270: 具体的な取 | 令和2年度 … 令和6年度 at page 269's foot, in the sheet head's grid; page 270's
   * 取組工程 rows in a grid of their own, the item's border read at 214.2 pt where its name ends, the plans' text in each
   * year's header cell. Read by index, every plan had moved a year and 令和6年度's was lost.
   */
  it('goes by position where the label and the item stand left of the years and every year finds its cell', () => {
    const cols = header(1, 269, [
      ['', 70.9, 115.9],
      ['', 115.9, 164.6],
      ['具体的な取', 164.6, 235.9, 200.9, 229.9],
      ['令和2年度', 235.9, 280, 241.9, 277],
      ['令和3年度', 280, 321.1, 283, 318.1],
      ['令和4年度', 321.1, 362.2, 324.1, 359.2],
      ['令和5年度', 362.2, 403.2, 365.2, 400.2],
      ['令和6年度', 403.2, 444.4, 406.2, 431.6],
    ]);
    const plans = row(2, 270, [
      ['取組工程', 70.9, 111, 74.2, 103.3],
      ['・わかりやすい行政情報の提供', 111, 214.2, 118.7, 186.5],
      ['実施', 214.2, 272.2, 241.9, 261.3],
      ['実施', 272.2, 313.2, 283, 302.4],
      ['実施', 313.2, 354.3, 324.1, 343.5],
      ['実施', 354.3, 395.4, 365.2, 384.5],
      ['実施', 395.4, 444.4, 406.2, 425.6],
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => cols.yearAt(c, plans))).toEqual([undefined, undefined, 2020, 2021, 2022, 2023, 2024]);
  });

  /**
   * 伊勢崎 by Chromium, Noto Sans CJK 14 pt on A4, 35 mm (the 335th), pages 236–237: 具体的な取 | 令和2年度 … 令和6年度 at page 236's
   * foot; page 237's 取組工程 rows in a grid of their own, 令和6年度 empty down the page — without rules its column not found (the
   * grid ends at 447.9 pt), with horizontal rules read into 令和5年度's cell (to 496.5). The row's label and the item's name
   * stand left of the years; read by index, 3者通話の導入 was lost and the item's plans stood a year early.
   */
  it('goes by position where the last year, empty on this page, has no column of its own', () => {
    const head = (last: number) => header(1, 236, [
      ['具体的な取', 100, 188.5, 102, 135.9],
      ['', 134.9, 188.5],
      ['', 188.5, 275.9],
      ['令和2年度', 275.9, 317.1, 280.9, 309.7],
      ['令和3年度', 317.1, 363.5, 324.6, 353.4],
      ['令和4年度', 363.5, 407.8, 368.3, 397.1],
      ['令和5年度', 407.8, 452.4, 412, 440.9],
      ['令和6年度', 452.4, last, 455.8, 484.6],
    ]);
    const plans = (last: number) => row(2, 237, [
      ['取組工程', 100, 142.8, 102, 135.9],
      ['・外国人総合相談窓口の母国語での対応言語の拡充', 142.8, 277.4, 149.7, 228.7],
      ['3者通話の導入', 277.4, 319.7, 280.9, 314.7],
      ['検討', 319.7, 363.4, 324.6, 347.2],
      ['人材の確保', 363.4, 407.1, 368.3, 402.2],
      ['言語の拡充', 407.1, last, 412, 445.9],
    ]);
    for (const last of [447.9, 496.5]) expect([0, 1, 2, 3, 4, 5].map((c) => head(last === 447.9 ? 486.6 : last).yearAt(c, plans(last)))).toEqual([undefined, undefined, 2020, 2021, 2022, 2023]);
  });

  /**
   * 伊勢崎 with horizontal rules by LibreOffice, Noto Serif CJK 12 pt on A3, 18 mm, 1.8 leading, 4 pt padding (the 139th
   * typography), page 41: the year row's grid keeps a sliver column (160.4–176.4 pt) before 令和2年度; the grades under it,
   * in a table of their own, stand at their cells' left edges, 令和2年度's ○ at 160.8–172.8, left of that year's header cell.
   * Read by index, each grade had moved a year and 令和5年度's was lost.
   */
  it('takes a grade a little left of its year\'s header cell, in the one cell holding that year\'s centre', () => {
    const cols = header(2, 41, [
      ['', 49.1, 160.4],
      ['', 160.4, 176.4],
      ['令和2年度', 176.4, 255.2, 191.8, 239.8],
      ['令和3年度', 255.2, 365.2, 301.7, 349.7],
      ['令和4年度', 365.2, 505.4, 431.8, 479.8],
      ['令和5年度', 505.4, 671.1, 582.1, 630.1],
      ['令和6年度', 671.1, 790.9, 712.1, 760.1],
    ]);
    const grades = row(4, 41, [
      ['取組達成度 ◎:計画以上', 49.1, 160.4, 51.1, 159.3],
      ['○', 160.4, 269.1, 160.8, 172.8],
      ['○', 269.1, 380.4, 270.7, 282.7],
      ['○', 380.4, 528.6, 380.7, 392.7],
      ['○', 528.6, 790.9, 531, 543],
    ]);
    expect([0, 1, 2, 3, 4].map((c) => cols.yearAt(c, grades))).toEqual([undefined, 2020, 2021, 2022, 2023]);
  });

  it('goes by index in the header\'s own table', () => {
    const cols = header(1, 28, years);
    const own = row(1, 28, [['—', 83.2, 212.7, 142, 153], ['—', 212.7, 290.5, 219.9, 231.4]]);
    expect([0, 1].map((c) => cols.yearAt(c, own))).toEqual([2020, 2021]);
  });

  /**
   * 伊勢崎 with horizontal rules by LibreOffice (twenty-fifth typography), page 159: the year heads and
   * the rows' cells each found borders a few points apart, so one table holds both, each cell over
   * other columns — 取組状況's 令和2年度 text over the columns of the heads' gap and 令和2年度, and so on.
   */
  it('is the year whose header stands over it in one table whose header and rows span other columns', () => {
    const heads = header(
      1,
      159,
      [['', 83, 127], ['', 127, 140], ['令和2年度', 140, 208, 150, 199], ['令和3年度', 208, 292, 235, 284], ['', 218, 292], ['令和4年度', 292, 374, 317, 366], ['', 300, 374], ['令和5年度', 374, 458, 400, 448], ['', 383, 458], ['令和6年度', 458, 510, 468, 507], ['', 467, 510]],
      [[0, 1], [1, 1], [2, 1], [3, 2], [4, 1], [5, 2], [6, 1], [7, 2], [8, 1], [9, 2], [10, 1]],
    );
    const status = row(
      1,
      159,
      [['取組状況', 83, 127, 85, 126], ['月2回の定期号に', 127, 218, 130, 218], ['', 140, 208], ['', 208, 218], ['広報紙の発行、', 218, 300, 218, 299], ['', 292, 300], ['広報紙の発行、', 300, 383, 300, 382], ['', 374, 383], ['広報紙の発行、', 383, 467, 383, 460], ['', 458, 467], ['', 467, 510]],
      [[0, 1], [1, 3], [2, 1], [3, 1], [4, 2], [5, 1], [6, 2], [7, 1], [8, 2], [9, 1], [10, 1]],
    );
    expect([1, 4, 6, 8].map((c) => heads.yearAt(c, status))).toEqual([2020, 2021, 2022, 2023]);
    // a 取組工程 line's name before the years stays out of them (伊勢崎 by LibreOffice in Noto Serif
    // 12 pt, page 101: ・新たな導入施設の検討 over the heads' gap and 令和2年度's column)
    const plan = row(
      1,
      159,
      [['取組工程', 83, 127, 85, 110], ['・新たな導入施設の検討', 127, 208, 130, 189], ['', 140, 208], ['', 208, 292], ['', 218, 292], ['検討 →', 292, 374, 293, 330], ['', 300, 374], ['検討 →', 374, 458, 375, 410], ['', 383, 458], ['検討 →', 458, 510, 459, 490], ['', 467, 510]],
      [[0, 1], [1, 2], [2, 1], [3, 2], [4, 1], [5, 2], [6, 1], [7, 2], [8, 1], [9, 2], [10, 1]],
    );
    expect([1, 5, 7, 9].map((c) => heads.yearAt(c, plan))).toEqual([undefined, 2022, 2023, 2024]);
  });
});

describe('a cell of year heads set close together', () => {
  const text = (t: string) => lexLine({ no: 1, page: null, text: t });

  it('is one cell per year, in a text line as in a PDF row', () => {
    expect(text('具体的な取組事項\t令和2年度 令和3年度　令和4年度').cells).toEqual(['具体的な取組事項', '令和2年度', '令和3年度', '令和4年度']);
    // 伊勢崎 without rules by LibreOffice, page 122: 令和3年度 … 令和6年度 one cell over four columns
    const l = row(122, 122, [['具体的な取', 83.2, 136.3, 85.2, 133.7], ['', 136.3, 162.4], ['令和2年度', 162.4, 263.75, 212.5, 261.2], ['令和3年度 令和4年度 令和5年度 令和6年度', 263.75, 510.8, 266.3, 476.3]]);
    expect(l.cells).toEqual(['具体的な取', '', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    expect(l.grid!.cells.length).toBe(7);
    // each year's share of the text: the 検討・実施 under 令和4年度 (320.1–368.6 on that page) under its head
    const y4 = l.grid!.cells[4]!.text!;
    expect((y4.x0 + y4.x1) / 2).toBeGreaterThan(320.1);
    expect((y4.x0 + y4.x1) / 2).toBeLessThan(368.6);
  });

  it('stays whole where it is a range or holds other words', () => {
    expect(text('期間\t令和2年度～令和5年度').cells).toEqual(['期間', '令和2年度～令和5年度']);
    expect(text('実施年度\t令和2年度 令和3年度に実施').cells).toEqual(['実施年度', '令和2年度 令和3年度に実施']);
    expect(text('令和6年度').cells).toEqual(['令和6年度']);
  });
});

/**
 * 伊勢崎 page 77 printed by Chromium without rules in BIZ UDPGothic 12 pt with 30 mm margins (the
 * seventy-fifth typography, stop 85): the 財政効果額 table's header is a line outside the table,
 * `令和2年度 令和3年度 令和4年度 令和5年度` (its 令和6年度 set a character a line beside it), the empty
 * corner cell over the labels dropped; the rows under it are 財政効果額(歳入)(単位:千円) | - | - | - | -.
 */
describe('the years of a header line outside the table', () => {
  const free = (cells: string[]) => lexLine({ no: 1, page: 77, text: cells.join('\t'), cells, box: { x0: 137.6, x1: 469.6, top: 93.5, bottom: 103.2 } });
  const body = row(4, 77, [
    ['財政効果額(歳入)(単位:千円)', 85.7, 111.7, 87.7, 110.1],
    ['-', 111.7, 207.2, 116.3, 121],
    ['-', 207.2, 301.9, 211, 215.6],
    ['-', 301.9, 398.6, 305.7, 310.3],
    ['-', 398.6, 493.5, 401.6, 406.2],
  ]);

  it('stand one column on where the line opens on a year: the rows\' first cell is their label', () => {
    const l = free(['令和2年度', '令和3年度', '令和4年度', '令和5年度']);
    const cols = YearColumns.from(l.cells.map((c) => eraYearOf(c)), l);
    expect([0, 1, 2, 3, 4].map((c) => cols.yearAt(c, body))).toEqual([undefined, 2020, 2021, 2022, 2023]);
  });

  it('stand where they are where the line keeps a cell before them, and in a text line', () => {
    const l = free(['具体的な取組事項', '令和2年度', '令和3年度']);
    expect([1, 2].map((c) => YearColumns.from(l.cells.map((x) => eraYearOf(x)), l).yearAt(c, body))).toEqual([2020, 2021]);
    const t = lexLine({ no: 1, page: null, text: '令和2年度\t令和3年度' });
    expect(YearColumns.from(t.cells.map((x) => eraYearOf(x)), t).years()).toEqual([2020, 2021]);
    expect(YearColumns.from(t.cells.map((x) => eraYearOf(x)), t).yearAt(0, t)).toBe(2020);
  });
});

/** A free line of a PDF (outside any table): its cells, each with where its text stands (points). */
function freeLine(cells: [string, number, number][]): ReturnType<typeof lexLine> {
  return lexLine({ no: 1, page: 2, text: cells.map((c) => c[0]).join('\t'), box: { x0: cells[0]![1], x1: cells.at(-1)![2], top: 100, bottom: 110 }, spans: cells.map(([, x0, x1]) => ({ x0, x1 })) });
}

describe('the year a cell of a free line stands under, its header a free line too', () => {
  // 伊勢崎 without rules by Chromium, BIZ UDPGothic 11.5 pt on B5 landscape, 26 mm, 1.65 leading, 3 pt padding (the 129th
  // typography), page 108: the 取組工程 header and one row alone on the page, read as no table. The header's years stand
  // closer than a cell gap, one piece; the row has lost the empty cell under 取組 工程. By index, each plan stood a year
  // early and 令和6年度's was lost.
  const head = freeLine([
    ['取組 工程', 76.5, 116.8],
    ['具体的な取組事項', 170.1, 244.3],
    ['令和2年度 令和3年度 令和4年度 令和5年度 令和6年度', 338.1, 638.1],
  ]);
  const cols = YearColumns.from(head.cells.map((c) => eraYearOf(c.replace(/\s/g, ''))), head);

  it('is the year over it, by where it stands', () => {
    const plans = freeLine([
      ['・重点的・効果的な予算編成', 146.2, 257.6],
      ['実施', 338.1, 356.7],
      ['実施', 402, 420.6],
      ['実施', 465.9, 484.5],
      ['実施', 529.9, 548.5],
      ['実施', 593.8, 612.4],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((c) => cols.yearAt(c, plans))).toEqual([undefined, 2020, 2021, 2022, 2023, 2024]);
  });

  it('is the year whose head a value stands just left of, and none for one more than half a step off', () => {
    const values = freeLine([
      ['財政効果額', 76.5, 160],
      ['—', 328, 337],
      ['—', 250, 259],
    ]);
    expect([0, 1, 2].map((c) => cols.yearAt(c, values))).toEqual([undefined, 2020, undefined]);
  });
});
