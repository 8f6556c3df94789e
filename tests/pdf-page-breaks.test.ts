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

  // 伊勢崎 printed with a full grid by Chromium in IPAex Gothic 12 pt, 30 mm margins (the twenty-fifth
  // typography), sheet ③ 証明書コンビニ交付サービスの推進: its 取組状況 row ends at the foot of page 19,
  // the year heads repeat at the head of page 20, and 取組成果 follows; each label holds its note
  // (../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt lines 270–271)
  it('a label the vocabulary knows, with its note under it, opens one (伊勢崎: 取組成果 after 取組状況)', () => {
    const years = [85.1, 166.9, 235.1, 304.1, 372.4, 441.4, 509.6];
    // (each year's last paragraph on page 19, each year's paragraphs on page 20, as the seed prints them)
    const progress = row(19, [['取組状況', '※継続した取組の場合年度ごとに取組の状況を表示'], ['マイナンバーカード運用実績(累計) 交付件数 53,124 枚 申請件数 71,553 件'], ['マイナンバーカード運用実績(累計) 交付件数 79,856 枚 申請件数 93,172 件'], ['マイナンバーカード実績(累計) 交付件数 132,714枚 申請件数 174,436件'], ['マイナンバーカード実績(累計) 交付件数 166,022件 申請件数 187,986件'], []], years);
    const grown = 'マイナンバーカードの交付件数の増加とともに、証明書コンビニ交付サービスによる証明交付件数は増加している。';
    const outcome = row(20, [['取組成果', '※継続した取組の場合年度ごとに取組の成果を表示'], [grown, '証明交付件数 14,354件 交付率 6.1%'], [grown, '証明交付件数 24,156 件 交付率 10.5 %'], [grown, '証明交付件数 35,464件 交付率 15.5%'], ['マイナンバーカードの交付件数の増加、及びキオスク端末の利用促進を図った結果、証明書コンビニ交付サービスによる証明交付件数は増加している。', '証明交付件数 57,888件 交付率 22.7%'], []], years);
    expect(opensRow(progress, outcome)).toBe(true);
  });

  it('nor the rest of a label the page cut on a phrase that goes on (桑名: 目標達成のための / 手段及び)', () => {
    const label = row(1, [['３．目標達成のための'], ['①防災訓練の実施']], [40, 160, 550]);
    expect(opensRow(label, row(2, [['手段及び'], ['②避難所の運営']], [40, 160, 550]))).toBe(false);
  });
});
