import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../src/extract/source-text.js';
import { lexLine } from '../src/lex/lexed-line.js';
import { YearColumns } from '../src/layout/year-columns.js';
import { eraYearOf } from '../src/vocabulary/era-year.js';

/** A row of a PDF table: its cells' borders and where each one's text stands (points). */
function row(table: number, page: number, cells: [string, number, number, number?, number?][]): ReturnType<typeof lexLine> {
  const line: SourceLine = {
    no: 1,
    page,
    text: cells.map((c) => c[0]).join('\t'),
    cells: cells.map((c) => c[0]),
    grid: { table, row: 0, cells: cells.map(([, x0, x1, t0, t1], col) => ({ col, colSpan: 1, rowSpan: 1, x0, x1, ...(t0 !== undefined ? { text: { x0: t0, x1: t1! } } : {}) })) },
  };
  return lexLine(line);
}

const header = (table: number, page: number, cells: [string, number, number, number?, number?][]) => {
  const l = row(table, page, cells);
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

  it('goes by index in the header\'s own table', () => {
    const cols = header(1, 28, years);
    const own = row(1, 28, [['—', 83.2, 212.7, 142, 153], ['—', 212.7, 290.5, 219.9, 231.4]]);
    expect([0, 1].map((c) => cols.yearAt(c, own))).toEqual([2020, 2021]);
  });
});
