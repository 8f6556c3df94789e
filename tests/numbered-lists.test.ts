// The numbered-lists layout (桑名's 部局の目標・方針) on lines as other extractions and prints give
// them: the seed's own text, with one row set the way a PDF page or a layout-keeping extraction
// sets it. What a careful reader takes stays what the seed as typed gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../src/pipeline.js';
import { FIXTURES } from './helpers.js';

const KUWANA = readFileSync(join(FIXTURES, 'bukyoku-mokuhyo/kuwana-r6-bukyoku-mokuhyo/input.txt'), 'utf8');
const read = (text: string) => importBytes('kuwana.txt', new TextEncoder().encode(text));

describe('a label and its list\'s first item on one line', () => {
  it('reads the label as the list\'s and the rest as its first item (２．今年度の部局目標 ① 職員の…)', async () => {
    const typed = '２．今年度の \n\n部局目標 \n\n① 職員の防災意識';
    expect(KUWANA).toContain(typed);
    const doc = await read(KUWANA.replace(typed, '２．今年度の部局目標 ① 職員の防災意識'));
    const first = doc.records.find((r) => r.department === '防災・危機管理課' && r.number === 1)!;
    expect(first.fields.goal).toBe('職員の防災意識の高揚と市の災害対応力の向上につながる取り組みを実施する。');
    expect(first.title).toBe(first.fields.goal);
    expect(first.fields.issue).toMatch(/^過去４年間、/);
    expect(first.fields.measures).toBe('能登半島地震の支援経験や教訓等を活かした研修や訓練を実施する。');
    expect(doc.records.find((r) => r.department === '防災・危機管理課' && r.number === 2)!.fields.goal).toMatch(/^地域防災計画を抜本的に見直す/);
  });

  it('reads the label and its first item set right against it, no room between (２．今年度の部局目標①職員の…)', async () => {
    // 桑名 printed by LibreOffice in IPAex Gothic 12 pt, 30 mm margins, without rules: the label longer
    // than its cell's line, its last character against the list's ① (`２．今年度の部局目標① ごみ減量…`)
    const typed = '２．今年度の \n\n部局目標 \n\n① 職員の防災意識';
    const whole = await read(KUWANA);
    const doc = await read(KUWANA.replace(typed, '２．今年度の部局目標① 職員の防災意識'));
    expect(doc.records.map((r) => [r.department, r.number, r.title, r.fields.issue, r.fields.measures])).toEqual(whole.records.map((r) => [r.department, r.number, r.title, r.fields.issue, r.fields.measures]));
  });

  it('reads the label and the 【…】 heading over its list on one line (２．今年度の部局目標 【ＰＸ…推進】)', async () => {
    // 桑名 printed by LibreOffice with horizontal rules, Noto Sans CJK 10 pt landscape, 32 mm: the row
    // one line at a page's foot, its list on the next page, read as a line of text
    const typed = '２．今年度の \n\n部局目標 \n\n【ＰＸ（パブリック・トランスフォーメーション）推進】';
    expect(KUWANA).toContain(typed);
    const whole = await read(KUWANA);
    const doc = await read(KUWANA.replace(typed, '２．今年度の部局目標 【ＰＸ（パブリック・トランスフォーメーション）推進】'));
    expect(doc.records.map((r) => [r.department, r.number, r.title, r.categoryPath, r.fields.goal, r.fields.issue])).toEqual(whole.records.map((r) => [r.department, r.number, r.title, r.categoryPath, r.fields.goal, r.fields.issue]));
  });

  it('leaves a label line alone whose words after a space are no item (１．現状認識 と課題)', async () => {
    const doc = await read(KUWANA.replace('１．現状認識 \n\nと課題', '１．現状認識 と課題'));
    const whole = await read(KUWANA);
    expect(doc.records.map((r) => [r.title, r.fields.issue])).toEqual(whole.records.map((r) => [r.title, r.fields.issue]));
  });
});

describe('a department name whose bracket the next line closes', () => {
  it('takes the closing line as the name\'s end, though the name\'s line ended a paragraph', async () => {
    // (a PDF read in lines: the name's last word set in the table under it, its first line a
    // paragraph of its own, with its trailing space)
    const name = '部 局 名 市長直轄組織（グリーン資産創造課・企業誘致課）';
    expect(KUWANA).toContain(name);
    const doc = await read(KUWANA.replace(name, '部 局 名 市長直轄組織（グリーン資産創造課・企業誘致 \n課） '));
    const whole = await read(KUWANA);
    expect(doc.departments.map((d) => d.name)).toEqual(whole.departments.map((d) => d.name));
    const dept = doc.departments.find((d) => d.name === '市長直轄組織')!;
    expect(dept.sections).toEqual(['グリーン資産創造課', '企業誘致課']);
    expect(doc.records.filter((r) => r.department === '市長直轄組織')).toHaveLength(whole.records.filter((r) => r.department === '市長直轄組織').length);
  });
});
