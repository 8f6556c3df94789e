import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../src/extract/pdf/page-blocks.js';
import { opensRow } from '../src/extract/pdf/read-pdf.js';
import type { Table } from '../src/extract/pdf/tables.js';
import { importFile } from '../src/pipeline.js';
import type { PlanDocument } from '../src/records/schema.js';
import { FIXTURES, fixtureCases } from './helpers.js';
import { variantScore } from './variant-score.js';

/**
 * A ruled table the page parts between two rows, not inside one: Chromium leaves the last row on
 * the page without its bottom border (it draws the border on the next page, over the next row),
 * so the open border alone does not say the row goes on. fixtures/pdf-variants/README.md says how
 * the print was made.
 */
describe('部長目標 printed ruled by Chromium, landscape gothic 12 pt, pages 5–6', () => {
  it('starts a row at the label 部の仕事 over the page from 基本方針, whose text ended', async () => {
    const pdf = await importFile(join(FIXTURES, 'pdf-variants', 'bucho-p5-6.grid.chromium.landscape12.pdf'));
    const text = await importFile(fixtureCases().find((c) => c.name === 'r6-bucho-mokuhyo-kekka')!.input);
    const panel = (d: PlanDocument) => d.records.filter((r) => r.department === '健康いきいき部');
    expect(panel(pdf).map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    const s = variantScore({ ...text, records: panel(text) }, { ...pdf, records: panel(pdf) });
    expect(s.f1, `missing ${s.missing.join(' ; ')} / extra ${s.extra.join(' ; ')}`).toBe(1);
    expect(s.diffs).toEqual([]);
  });
});

/** A row of a table parted by the page, its cells' paragraphs as the reader gave them. */
function row(page: number, cells: string[][], xs: number[]): PdfBlock & { kind: 'row' } {
  const table = { x0: xs[0]!, x1: xs.at(-1)!, top: 0, bottom: 100, xs, ys: [0, 100], cells: [], openBottom: true, openTop: true } as unknown as Table;
  const line = (text: string, x0: number) => ({ text, fragments: [text], x0, x1: x0 + text.length * 10, top: 0, bottom: 10, size: 10, vertical: false });
  return {
    kind: 'row', page, top: 0, bottom: 100, table, row: 0,
    cells: cells.map((ps, col) => ({ col, colSpan: 1, rowSpan: 1, wrapEdge: xs[col + 1]! - 3, lines: ps.map((p) => line(p, xs[col]! + 3)), paragraphs: ps.map((p) => ({ text: p, lines: [line(p, xs[col]! + 3)] })) })),
  };
}

describe('whether the next part of a parted table opens a row', () => {
  // 木更津 printed in an outer frame by Chromium, landscape gothic 12 pt: the last row of sheet 8's
  // 令和5年度の活動経過・今後の予定 at the foot of page 21, sheet 9's first row at the head of page 22
  const xs = [57.4, 185.9, 296.4, 438.4, 557.1, 785.6];
  const broken = row(21, [['また、8月', '環境整備を行っています。市民', 'ームの活用'], ['RPAやAI-OCRについては、各課等の業務ヒアリングを'], ['行ったうえで適用'], ['R7'], ['45回']], xs);

  it('a label the vocabulary knows first in the part opens one, whatever the open border says', () => {
    expect(opensRow(broken, row(22, [['取組視点'], ['5つの柱④ 情報'], [], [], []], xs))).toBe(true);
  });

  it('text going on in the cells does not', () => {
    expect(opensRow(broken, row(22, [[], ['に新規契約を締結し、過去3年間で導入'], [], [], []], xs))).toBe(false);
  });

  it('nor the rest of a label the page cut on a phrase that goes on (桑名: 目標達成のための / 手段及び)', () => {
    const label = row(1, [['３．目標達成のための'], ['①防災訓練の実施']], [40, 160, 550]);
    expect(opensRow(label, row(2, [['手段及び'], ['②避難所の運営']], [40, 160, 550]))).toBe(false);
  });
});
