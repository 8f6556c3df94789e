// Text laid out by spaces (pdftotext -layout): read as pages by the PDF path's geometry, against the
// seed's own text import (fixtures/laid-out/README.md says where each file comes from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLaidOut, laidOutPages } from '../src/extract/laid-out-text.js';
import { readPageContents } from '../src/extract/pdf/read-pdf.js';
import { toSourceLines } from '../src/extract/pdf/to-source-lines.js';
import { importFile } from '../src/pipeline.js';
import { FIXTURES, fixtureCases } from './helpers.js';
import { variantScore } from './variant-score.js';

const laid = (name: string) => join(FIXTURES, 'laid-out', name);

describe('text laid out in columns by spaces', () => {
  it('is told from a tab-separated extraction, a markdown one and prose', () => {
    expect(isLaidOut(readFileSync(laid('kuwana-r6-bukyoku-mokuhyo.libreoffice.layout.txt'), 'utf8').split('\n'))).toBe(true);
    for (const c of fixtureCases()) expect(isLaidOut(readFileSync(c.input, 'utf8').split('\n')), c.name).toBe(false);
  });

  it('each page a page (form feeds), a cell\'s words one run at its column (a margin of two)', () => {
    const pages = laidOutPages(['表題', '', 'No.  事業名        担当課', '1    窓口 ICT 化   情報課\f', '2    補助金 事業名 財政課']);
    expect(pages.length).toBe(2);
    expect(pages[0]!.runs.map((r) => [r.text, r.x0 / r.size])).toEqual([['表題', 2], ['No.', 2], ['事業名', 7], ['担当課', 18], ['1', 2], ['窓口 ICT 化', 7], ['情報課', 18]]);
    // one space between Japanese words parts them: two heads set tight

    expect(pages[1]!.runs.map((r) => r.text)).toEqual(['2', '補助金', '事業名', '財政課']);
  });

  it.each([
    ['kisarazu-r5-keiei-kaikaku-shinchoku.chromium.layout.txt', 'kisarazu-r5-keiei-kaikaku-shinchoku', 0.9],
    ['kuwana-r6-bukyoku-mokuhyo.libreoffice.layout.txt', 'kuwana-r6-bukyoku-mokuhyo', 0.85],
  ])('%s reads the records of its text', async (file, seed, fields) => {
    const input = fixtureCases().find((c) => c.name === seed)!.input;
    const [text, doc] = await Promise.all([importFile(input), importFile(laid(file))]);
    expect(doc.diagnostics.some((d) => d.code === 'extract/laid-out-text')).toBe(true);
    expect(doc.layout).toBe(text.layout);
    const s = variantScore(text, doc);
    expect(s.f1).toBe(1);
    expect(s.fields.same / s.fields.total).toBeGreaterThanOrEqual(fields);
  }, 60_000);

  // Our own writing in the shape of 京都's sheets laid out by pdftotext: prose whose wrapped lines
  // end 49–54 columns in (kana narrower than kanji, each one column), under a table line that runs
  // to column 77. Every line had been a paragraph of its own, and the sheet reader then ran the
  // lines together, ＜…＞ and the ・ items under it in one.
  it('reads prose whose lines end a few columns apart as paragraphs, a bullet or a short line ending one', () => {
    const lines = [
      '２ 事業目標',
      '',
      '＜実施成果(アウトプット)＞',
      '・ 指標：本事業による支援企業数【数値目標：10社(数値目標の考え方：複数企業間連携も含め、合計の支',
      '援企業数を算出)】',
      '・ 指標：本支援事業による売上の増加【数値目標：10％(数値目標の考え方：支援企業への聞き取りにより算出(支',
      '援開始時と比較))】',
      '',
      '高度な技術力を有し、海外展開に向けた高い経営者マインドがあるものの、従業員のノウハウやネットワーク、資',
      '金の不足といった課題により、海外展開の検討・計画の策定が出来ていない中小企業等に対し、専門コーディ',
      'ネータが伴走支援を行う。',
      '経費（一財）         26,200(16,100)        24,255(15,522)            26,200(14,747)',
    ];
    const texts = toSourceLines(readPageContents(laidOutPages(lines)).blocks, 'rows').map((l) => l.text);
    expect(texts).toContain('・ 指標：本事業による支援企業数【数値目標：10社(数値目標の考え方：複数企業間連携も含め、合計の支援企業数を算出)】');
    expect(texts).toContain('・ 指標：本支援事業による売上の増加【数値目標：10％(数値目標の考え方：支援企業への聞き取りにより算出(支援開始時と比較))】');
    expect(texts).toContain('＜実施成果(アウトプット)＞');
    expect(texts.find((t) => t.startsWith('高度な'))).toBe('高度な技術力を有し、海外展開に向けた高い経営者マインドがあるものの、従業員のノウハウやネットワーク、資金の不足といった課題により、海外展開の検討・計画の策定が出来ていない中小企業等に対し、専門コーディネータが伴走支援を行う。');
  });

  // our own writing in the form of 京都's 取組状況 sheets, laid out as pdftotext lays theirs out: the
  // goal's two indicators each a paragraph, and the money table of a header and one row, which the
  // page's geometry does not find in two lines, read by its pieces
  it('torikumi-jokyo.layout.txt: a sheet with its indicators, its money by year and its progress', async () => {
    const doc = await importFile(laid('torikumi-jokyo.layout.txt'));
    expect(doc.records.length).toBe(1);
    const r = doc.records[0]!;
    expect([r.number, r.title, r.department]).toEqual([24, '家庭ごみ減量化推進プロジェクト', '環境政策局']);
    expect(r.indicators.map((i) => [i.name, i.target, i.unit])).toEqual([
      ['出前講座の開催回数', 30, '回'],
      ['家庭ごみの排出量の削減', 5, '％'],
    ]);
    expect(r.money.map((m) => [m.label, m.fiscalYear, m.kind, m.yen])).toEqual([
      ['経費（一財）', 2023, '予算現額', 12_400_000],
      ['一般財源', 2023, '予算現額', 8_100_000],
      ['経費（一財）', 2023, '決算', 11_950_000],
      ['一般財源', 2023, '決算', 7_820_000],
      ['経費（一財）', 2024, '当初予算', 13_000_000],
      ['一般財源', 2024, '当初予算', 8_500_000],
    ]);
    expect(r.fields.progress?.split('\n')).toEqual(['（令和５年度）', '・出前講座を28回開催し、延べ1,240人が参加した。', '・回収拠点を新たに12か所設置し、資源物の回収量は前年度比で約8％増加した。']);
  });

  it('hyoka-ichiran.layout.txt (our 一覧表 printed and laid out): a record a row, its 課 and chapter', async () => {
    const doc = await importFile(laid('hyoka-ichiran.layout.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.sections])).toEqual([
      [['第１章 健やかに暮らせるまち'], 1, '乳幼児健康診査事業', ['健康推進課']],
      [['第１章 健やかに暮らせるまち'], 2, '予防接種事業', ['健康推進課']],
      [['第１章 健やかに暮らせるまち'], 3, '地域子育て支援拠点事業（旧つどいの広場事業）', ['こども家庭課']],
      [['第２章 学び育つまち'], 4, '放課後子ども教室事業', ['生涯学習課']],
      [['第２章 学び育つまち'], 5, '図書館資料整備事業', ['図書館']],
    ]);
  });
});
