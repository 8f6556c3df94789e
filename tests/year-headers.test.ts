// How the general reader reads a year column's header: era, western year, the era left to the
// document, and the kind of figure (予算 / 決算 / 目標 / 実績) written with it.
import { describe, expect, it } from 'vitest';
import { figureOf, yearHeader } from '../src/layout/general/year-tables.js';

describe('year headers', () => {
  it.each([
    ['R5年度実 績', 2018, { year: 2023, kind: '実績' }],
    ['Ｒ４年度', 2018, { year: 2022, kind: null }],
    ['令和５年度予算現額', 2018, { year: 2023, kind: '予算現額' }],
    ['20年度決算', 1988, { year: 2008, kind: '決算' }],
    ['25年度見込み', 1988, { year: 2013, kind: '見込み' }],
    ['R6', 2018, { year: 2024, kind: null }],
    ['2024年度', 2018, { year: 2024, kind: null }],
    ['令和4年度（2022）', 2018, { year: 2022, kind: null }],
    ['R5年度目標', 2018, { year: 2023, kind: '目標' }],
  ])('%s → %o', (text, era, want) => {
    expect(yearHeader(text, era)).toEqual(want);
  });
  it.each(['5', '区分', '令和5年度の取組', '100', '年度'])('%s is no year header', (text) => {
    expect(yearHeader(text, 2018)).toBeNull();
  });
});

describe('figures', () => {
  it.each([
    ['1,130', { value: 1130, unit: null, inner: null }],
    ['26,200(16,100)', { value: 26200, unit: null, inner: 16100 }],
    ['800(△2,306)', { value: 800, unit: null, inner: -2306 }],
    ['0.1人', { value: 0.1, unit: '人', inner: null }],
    ['△5', { value: -5, unit: null, inner: null }],
    ['100.0%', { value: 100, unit: '%', inner: null }],
  ])('%s → %o', (text, want) => {
    expect(figureOf(text)).toEqual(want);
  });
  it.each(['直営', '※', '－', 'A.順調'])('%s is no figure', (text) => {
    expect(figureOf(text)).toBeNull();
  });
});
