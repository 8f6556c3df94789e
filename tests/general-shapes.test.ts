// The general reader's outline and list-table shapes on documents of our own writing
// (fixtures/general/README.md); the expectations are what a reader of each takes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headsSheet, isListHeader } from '../src/layout/general/list-table.js';
import { genericProfile } from '../src/profiles/load-profiles.js';
import { lexLine } from '../src/lex/lexed-line.js';
import { importFile, importSource } from '../src/pipeline.js';
import type { PageContent } from '../src/extract/pdf/page-content.js';
import { pageBlocks } from '../src/extract/pdf/page-blocks.js';
import { toSourceLines } from '../src/extract/pdf/to-source-lines.js';
import { FIXTURES } from './helpers.js';

describe('outline: 総合戦略 numbered as a hierarchy', () => {
  it('one record per lowest item, headings as categoryPath, never merged across headings', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'senryaku-outline.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.recognisedAs])).toEqual([
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-① 農業の担い手育成'], 1, '新規就農者への支援', 'numbered-item'],
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-① 農業の担い手育成'], 2, '農業法人の設立支援', 'numbered-item'],
      [['基本目標１ 地域産業を育て、安定した雇用を創出する', '施策１-② 観光の振興'], 1, '体験型観光の開発', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる', '（１） 子育て支援の充実'], 1, '保育料の軽減', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる', '（１） 子育て支援の充実'], 2, '放課後児童クラブの拡充', 'numbered-item'],
      [['基本目標２ 子育て世代が住み続けたい村をつくる'], 2, '教育環境の整備', 'numbered-item'],
    ]);
    expect(doc.records[0]!.fields.content).toBe('就農相談から農地のあっせんまで一貫して支援する。');
    expect(doc.records[1]!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.unit])).toEqual([['新規就農者数', 2025, 15, '人']]);
    // page numbers and the running header are furniture, not item text
    expect(doc.records.some((r) => /総合戦略|- 1 -/.test(r.fields.content ?? ''))).toBe(false);
  });
});

describe('list table: one record per row, columns by their header labels', () => {
  it('reads rows across pages, joins a wrapped cell, keeps grades and sections', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'torikumi-list.txt'));
    expect(doc.records.map((r) => [r.number, r.title, r.sections, r.result?.label ?? null, r.recognisedAs])).toEqual([
      [1, '窓口のオンライン化', ['総務部情報政策課'], '◎', 'table-row'],
      [2, '公共施設の再編', ['企画課'], '△', 'table-row'],
      [3, '補助金の見直し', ['財政課'], '○', 'table-row'],
    ]);
    expect(doc.records[0]!.department).toBe('総務部');
    expect(doc.records[0]!.fields.content).toBe('申請手続を電子化し、来庁を不要とする。');
  });
});

// Longer documents of our own writing (fixtures/general/*/, README there), each with an
// expected.json written by reading it: the record list exactly, fields, and targets.
interface GeneralExpected {
  document: { title: string | null; municipality: string | null; fiscalYear: number | null; period: { from: number; to: number } | null };
  records: {
    categoryPath: string[];
    number: number | null;
    title: string;
    department: string | null;
    sections: string[];
    fields?: Record<string, string>;
    indicators: { name: string; fiscalYear: number | null; target: number | null; unit: string | null; comparator?: string | null }[];
    result: string | null;
  }[];
}
const flat = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

describe('list table header', () => {
  const line = (cells: string[]) => lexLine({ no: 1, page: null, text: cells.join('\t') });
  it('names a few columns: a line of thousands of tab-parted labels is none, and is not asked cell by cell', () => {
    expect(isListHeader(line(['No.', '取組項目', '担当課', '評価']))).toBe(true);
    // a text extraction with its lines run into one (tests/fuzz.test.ts's long-line case: 12,148 tabs)
    const long = line(Array.from({ length: 3000 }, () => ['No.', '取組項目', '担当課', '評価']).flat());
    const started = performance.now();
    expect(isListHeader(long)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe.each(['sogo-senryaku', 'jisshi-keikaku-list', 'kodo-keikaku'])('general reader on %s', (name) => {
  const dir = join(FIXTURES, 'general', name);
  const expected: GeneralExpected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  it('document: title, municipality, fiscal year, period', async () => {
    const doc = await importFile(join(dir, 'input.txt'));
    expect([flat(doc.title), doc.municipality, doc.fiscalYear, doc.period]).toEqual([flat(expected.document.title), expected.document.municipality, expected.document.fiscalYear, expected.document.period]);
  });
  it('records: one per lowest item or row, with headings, number, title, organisation, result', async () => {
    const doc = await importFile(join(dir, 'input.txt'));
    const got = doc.records.map((r) => [r.categoryPath.map(flat), r.number, flat(r.title), r.department, r.sections, r.result?.label ?? null]);
    const want = expected.records.map((r) => [r.categoryPath.map(flat), r.number, flat(r.title), r.department, r.sections, r.result]);
    expect(got).toEqual(want);
  });
  it('content joined across wraps and pages; targets ≥ 80 % (name, year, value, unit)', async () => {
    const doc = await importFile(join(dir, 'input.txt'));
    const contents = expected.records.map((r, i) => [r.fields?.content ?? null, doc.records[i]?.fields.content ?? null]).filter(([w]) => w !== null);
    const sameContent = contents.filter(([w, g]) => flat(g) === flat(w)).length;
    expect(sameContent, JSON.stringify(contents.filter(([w, g]) => flat(g) !== flat(w)), null, 1)).toBeGreaterThanOrEqual(Math.ceil(contents.length * 0.9));
    const targets = expected.records.flatMap((r, i) => r.indicators.map((t) => ({ t, got: doc.records[i]?.indicators ?? [] })));
    const found = targets.filter(({ t, got }) => got.some((g) => flat(g.name).includes(flat(t.name).replace(/[（(].*$/, '')) && g.fiscalYear === t.fiscalYear && g.target === t.target && flat(g.unit) === flat(t.unit)));
    expect(found.length, JSON.stringify(targets.filter((x) => !found.includes(x)).map((x) => [x.t, x.got.map((g) => [g.name, g.fiscalYear, g.target, g.unit])]), null, 1)).toBeGreaterThanOrEqual(Math.ceil(targets.length * 0.8));
  });
});

describe('form sheets from a text extraction (no geometry: a row per line, a column per tab)', () => {
  it('two sheets: header lines above the name label belong to their sheet; year tables give targets and money', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheets-text.txt'));
    expect(doc.records.map((r) => [r.number, r.title, r.department, r.sections, r.categoryPath, r.direction?.code ?? null, r.recognisedAs])).toEqual([
      [12, '地域防犯カメラ設置補助事業', '市民生活部', ['地域安全課'], ['安全・安心なまちづくり', '地域防犯力の向上'], 'expand', 'sheet'],
      [13, '病児保育事業', 'こども未来部', ['保育課'], ['子育てしやすいまちづくり', '子育て支援の充実'], 'continue', 'sheet'],
    ]);
    const [a, b] = doc.records;
    expect(a!.fields).toMatchObject({ purpose: '犯罪の起きにくい地域環境をつくる。', content: '町内会等が設置する防犯カメラの設置費用の３分の２を補助する。', evaluation: 'B' });
    expect(a!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.actual, i.unit])).toEqual([
      ['補助件数', 2022, null, 8, '件'],
      ['補助件数', 2023, null, 11, '件'],
      ['補助件数', 2024, 12, 10, '件'],
    ]);
    expect(b!.indicators.find((i) => i.fiscalYear === 2024)).toMatchObject({ name: '延べ利用者数', target: 1500, actual: 1452, unit: '人' });
    expect(b!.money.map((m) => [m.fiscalYear, m.kind, m.yen])).toEqual([
      [2022, '決算', 31_000_000],
      [2023, '決算', 32_500_000],
      [2024, '予算', 33_100_000],
    ]);
    expect(doc.fiscalYear).toBe(2024);
  });
});

describe('indicator tables of other forms', () => {
  it('a 区分 column of 目標 / 実績 rows under one name; years down the first column', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheets-kpi-variants.txt'));
    const [rows, transposed] = doc.records;
    expect(rows!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.actual, i.unit])).toEqual([
      ['講座参加者数', 2021, 100, 95, '人'],
      ['講座参加者数', 2022, 120, 130, '人'],
      ['講座参加者数', 2023, 140, 128, '人'],
      ['講座開催回数', 2021, 10, 10, '回'],
      ['講座開催回数', 2022, 12, 12, '回'],
      ['講座開催回数', 2023, 12, 11, '回'],
    ]);
    // R3, R4 unmarked beside `R5年度目標`: those are 実績
    expect(transposed!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.actual, i.unit])).toEqual([
      ['登録団体数', 2021, null, 18, '団体'],
      ['活動回数', 2021, null, 210, '回'],
      ['登録団体数', 2022, null, 21, '団体'],
      ['活動回数', 2022, null, 236, '回'],
      ['登録団体数', 2023, 25, null, '団体'],
      ['活動回数', 2023, 260, null, '回'],
    ]);
    expect(doc.records.map((r) => [r.title, r.department, r.sections, r.direction?.code])).toEqual([
      ['市民健康講座開催事業', '健康福祉部', ['健康福祉部健康推進課'], 'continue'],
      ['公園清掃ボランティア支援事業', '都市整備部', ['都市整備部公園緑地課'], 'expand'],
    ]);
  });
});

describe('Word-like sheets: labels written into their lines (【事業名】…, 担当課：…), sections numbered under them', () => {
  it('one record per 事業名, fields from the numbered sections, wraps joined', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'word-sheets.txt'));
    expect(doc.records.map((r) => [r.title, r.department, r.sections, r.categoryPath, r.direction?.code, r.result?.status ?? null])).toEqual([
      ['商店街にぎわい創出事業', '産業振興部', ['産業振興部商工観光課'], ['地域経済の活性化'], 'improve', 'on_plan'],
      ['子ども食堂支援事業', '子ども家庭部', ['子ども家庭部子育て支援課'], ['地域で子育てを支える環境づくり'], 'expand', 'on_plan'],
    ]);
    expect(doc.records[0]!.fields).toMatchObject({
      purpose: '商店街の空き店舗を活用し、まちのにぎわいを取り戻す。',
      content: '空き店舗への出店者に改装費の一部を補助するとともに、商店街のイベントを支援する。',
      evaluation: 'Ｂ（おおむね順調）',
    });
    expect(doc.coverage.unplaced).toBe(0);
  });
});

describe('a book of sheets that opens with their index', () => {
  it('the sheets are the records; the index (No. | 事務事業名 | 担当課 | 評価) is front matter', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'index-and-sheets.txt'));
    expect(doc.records.map((r) => [r.recognisedAs, r.number, r.title, r.department, r.sections])).toEqual([
      ['sheet', 12, '地域防犯カメラ設置補助事業', '市民生活部', ['地域安全課']],
      ['sheet', 13, '病児保育事業', 'こども未来部', ['保育課']],
    ]);
    expect(doc.coverage.placed['front-matter']).toBe(3);
  });
});

describe('an outline item with a KPI table by year (指標 | R5 | R6 | R7 | R8)', () => {
  it('one target per year, the comparator where written', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'yearly-kpi-outline.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title])).toEqual([
      [['１ 健康づくり'], 1, '健診受診の促進'],
      [['１ 健康づくり'], 2, '運動の習慣化'],
      [['２ 子育て支援'], 1, '保育の充実'],
    ]);
    expect(doc.records[0]!.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.unit, i.comparator])).toEqual([
      ['特定健診受診率', 2023, 40, '%', null],
      ['特定健診受診率', 2024, 45, '%', null],
      ['特定健診受診率', 2025, 50, '%', null],
      ['特定健診受診率', 2026, 55, '%', 'gte'],
    ]);
  });
});

describe('honest results', () => {
  it('diagram debris under a heading (Plan, Do, →) is not emitted as clean, and its lines are not placed', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'pdca-debris.txt'));
    expect(doc.records.map((r) => [r.title, r.clean])).toEqual([
      ['庁内推進会議の設置', true],
      ['Plan', false],
      ['Do', false],
      ['→', false],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'records/not-an-item').map((d) => d.line)).toEqual([5, 6, 7]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text').map((d) => d.line)).toEqual(expect.arrayContaining([5, 6, 7]));
  });
});

// A sheet whose head is a row of labels over one row of values (木更津 経営改革 進捗, one sheet,
// printed without rules by Chromium; read here with no profile, as another city's form of this shape
// would be). The header looked like a list table's, and its value row like label | value: no record.
describe('stop 80: a sheet headed by a row of labels over one row', () => {
  it('reads each value under its label, and the labelled rows below as fields', async () => {
    const doc = await importFile(join(FIXTURES, 'pdf-variants', 'kisarazu-p13.none.chromium.pdf'), { profile: genericProfile() });
    expect(doc.records.map((r) => [r.number, r.title, r.sections, r.department, r.categoryPath, r.recognisedAs])).toEqual([
      [10, '情報発信力の強化', ['市長公室シティプロモーション課'], '市長公室', ['5つの柱④ 情報'], 'sheet'],
    ]);
    const r = doc.records[0]!;
    expect(r.fields.issue).toMatch(/^本市では、市広報紙「広報きさらづ」/);
    // 課題解決に向けた方向性・活動内容 is the contract's measures (stop 82; it had been read as method)
    expect(r.fields.measures).toMatch(/^それぞれの情報発信媒体の特性を活かし/);
    expect(r.fields.progress).toMatch(/^市役所組織全体の情報発信力強化を目的として/);
    expect(r.otherFields.map((f) => f.label)).not.toContain('情報発信力の強化');
  }, 60_000);

  // (the same form's 指標 tables, years down a column under 名称 | 年度 | 目標値 | 結果, printed without
  // rules by LibreOffice: their figures had been read as indicators named 結果)
  it('names no indicator after a column kind', async () => {
    const doc = await importFile(join(FIXTURES, 'pdf-variants', 'kisarazu-p10-14.none.libreoffice.pdf'));
    expect(doc.records).toHaveLength(5);
    expect(doc.records.flatMap((r) => r.indicators.map((i) => i.name)).filter((n) => /^(目標値?|実績値?|結果)$/.test(n ?? ''))).toEqual([]);
  }, 60_000);

  it('is no list header where rows of items follow it', () => {
    const lines = ['No.\t取組項目\t担当課', '1\t窓口の電子化\t市民課', '2\t公共施設の見直し\t資産管理課'].map((text, i) => lexLine({ no: i + 1, page: null, text }));
    expect(headsSheet(lines, lines[0]!)).toBe(false);
    const sheet = ['事業No.\t推進項目名称\t担当課', '10\t情報発信力の強化\t市長公室シティプロモーション課', '現状と課題\t本市では…'].map((text, i) => lexLine({ no: i + 1, page: null, text }));
    expect(headsSheet(sheet, sheet[0]!)).toBe(true);
  });
});

describe('stop 81: tables with the years down a column and the heads saying what each column holds', () => {
  const rows = (doc: Awaited<ReturnType<typeof importFile>>, i: number) => doc.records[i]!.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.actual, x.unit]);

  it('reads target and result by year, the name beside the years, before the corner or labelled above', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheets-years-down.txt'));
    expect(doc.records.map((r) => r.title)).toEqual(['地域子育て支援拠点事業', '空き家バンク運営事業', '図書館資料貸出事業', '防災行政無線維持管理事業', '健康ポイント事業']);
    // 指標① | 名称 | 年度 | 目標値 | 実績値 | 達成率: the 達成率 column is no target; dashes are nothing
    expect(rows(doc, 0)).toEqual([
      ['拠点利用者数', 2021, 12000, 10850, '人'],
      ['拠点利用者数', 2022, 12500, 12910, '人'],
      ['拠点利用者数', 2023, 13000, 12480, '人'],
      ['相談件数', 2021, 800, null, '件'],
      ['相談件数', 2022, 850, null, '件'],
    ]);
    // 事業費 | 年度 | 予算額（千円） | 決算額（千円）: sums, not indicators
    expect(doc.records[0]!.money.map((m) => [m.label, m.fiscalYear, m.kind, m.yen])).toEqual([
      ['事業費', 2021, '予算', 24_500_000],
      ['事業費', 2021, '決算', 23_870_000],
      ['事業費', 2022, '予算', 25_100_000],
      ['事業費', 2022, '決算', 24_960_000],
      ['事業費', 2023, '予算', 25_800_000],
    ]);
    // years across above (活動指標), years down below (成果指標 | 年度 | 目標 | 結果) in one text table;
    // a target written after its name, and one in words
    expect(rows(doc, 1)).toEqual([
      ['物件登録数', 2021, 30, 28, '件'],
      ['物件登録数', 2022, 35, 41, '件'],
      ['物件登録数', 2023, 40, 37, '件'],
      ['成約件数', 2022, 15, 18, '件'],
      ['成約件数', 2023, 20, 16, '件'],
      [null, 2024, null, null, null],
    ]);
    expect(doc.records[1]!.indicators.at(-1)!.text).toBe('制度の見直し');
    expect(doc.records[1]!.otherFields).toEqual([]);
    expect(rows(doc, 2)).toEqual([
      ['市民一人当たり貸出冊数', 2021, 5, 4.6, '冊'],
      ['市民一人当たり貸出冊数', 2022, 5.2, 5.3, '冊'],
      ['市民一人当たり貸出冊数', 2023, 5.4, 5.1, '冊'],
    ]);
    // heads naming a sum and its sources (年度 | 事業費 | 国県支出金 | 一般財源, 千円 stated above): money
    expect(rows(doc, 3)).toEqual([]);
    expect(doc.records[3]!.money.map((m) => [m.label, m.fiscalYear, m.yen])).toEqual([
      ['事業費', 2021, 8_420_000],
      ['国県支出金', 2021, 2_000_000],
      ['一般財源', 2021, 6_420_000],
      ['事業費', 2022, 8_960_000],
      ['国県支出金', 2022, 2_000_000],
      ['一般財源', 2022, 6_960_000],
      ['事業費', 2023, 9_150_000],
      ['国県支出金', 2023, 2_100_000],
      ['一般財源', 2023, 7_050_000],
    ]);
    // one indicator a row, the heads saying what and for which year: the target at its year, the
    // result at its own, the baseline as the note; no year in the heads, none in the entry
    expect(doc.records[4]!.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.comparator, x.actual, x.unit, x.note])).toEqual([
      ['健康ポイント参加者数', 2025, 3000, null, null, '人', '基準値（R1）: 1,200'],
      ['健康ポイント参加者数', 2023, null, null, 2450, '人', null],
      ['運動習慣のある市民の割合', 2025, 35, 'gte', null, '％', '基準値（R1）: 28.5'],
      ['運動習慣のある市民の割合', 2023, null, null, 31.2, '％', null],
      ['健康教室の開催回数', null, 24, null, 22, '回', null],
    ]);
    expect(doc.records[4]!.otherFields).toEqual([]);
  });

  // 木更津's 指標 tables (指標① | 名称 | 年度 | 目標値 | 結果, the name in a merged cell beside the
  // years), read with no profile: the general reader gave no indicator from them before
  it.each(['grid', 'none'])('木更津 printed %s by LibreOffice, no profile: each 指標 table by year', async (style) => {
    const doc = await importFile(join(FIXTURES, 'pdf-variants', `kisarazu-p10-14.${style}.libreoffice.pdf`), { profile: genericProfile() });
    const item = (n: number) => doc.records.findIndex((r) => r.number === n);
    expect(rows(doc, item(7)).slice(0, 3)).toEqual([
      [null, 2023, 350_000_000, null, '円'],
      [null, 2024, 375_000_000, null, '円'],
      [null, 2025, 400_000_000, null, '円'],
    ]);
    // 指標② printed twice in the source (again under 令和5年度の活動経過) is taken once
    expect(rows(doc, item(8))).toEqual([
      [null, 2023, 20, null, '事業'],
      [null, 2024, 25, null, '事業'],
      [null, 2025, 30, null, '事業'],
      [null, 2023, 15, null, '回'],
      [null, 2024, 30, null, '回'],
      [null, 2025, 45, null, '回'],
    ]);
    const ten = doc.records[item(10)]!.indicators;
    expect(ten.map((x) => [x.name, x.fiscalYear, x.target])).toEqual([
      ['インターネット広告（ディスプレイ広告）のクリック率', 2023, 0.28],
      ['インターネット広告（ディスプレイ広告）のクリック率', 2024, 0.3],
      ['インターネット広告（ディスプレイ広告）のクリック率', 2025, 0.32],
      ['インターネット広告（ディスプレイ広告）のクリック率', 2026, 0.35],
      ['市ホームページ内のウェブサイトアンケートにおける改善意見数（100万閲覧数あたり）', 2023, 360],
      ['市ホームページ内のウェブサイトアンケートにおける改善意見数（100万閲覧数あたり）', 2024, 330],
      ['市ホームページ内のウェブサイトアンケートにおける改善意見数（100万閲覧数あたり）', 2025, 300],
      ['市ホームページ内のウェブサイトアンケートにおける改善意見数（100万閲覧数あたり）', 2026, 270],
    ]);
    expect(ten[0]!.note).toMatch(/^※広告が表示された回数に対して/);
    expect(doc.records.flatMap((r) => r.otherFields.map((f) => f.text))).not.toContain('結果');
  }, 60_000);

  // the whole seed as text, no profile: its 指標 tables against what its own profile reads (77 entries)
  it('木更津 as text, no profile: the entries its profile reads', async () => {
    const file = join(FIXTURES, 'keiei-kaikaku-shinchoku', 'kisarazu-r5-keiei-kaikaku-shinchoku', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    const key = (x: { fiscalYear: number | null; target: number | null; actual: number | null; unit: string | null; text: string }) => `${x.fiscalYear}|${x.target}|${x.actual}|${x.unit}|${x.text}`;
    let want = 0;
    let hit = 0;
    let got = 0;
    for (const r of own.records) {
      const have = (general.records.find((g) => g.number === r.number)?.indicators ?? []).map(key);
      got += have.length;
      want += r.indicators.length;
      for (const x of r.indicators) if (have.includes(key(x))) hit++;
    }
    expect(want).toBe(77);
    expect(hit / want).toBeGreaterThanOrEqual(0.95);
    expect(hit / got).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe('stop 81: a 事務事業評価調書 of the 平成 years, no era written', () => {
  it('27年度 is 平成27; the kind in brackets; 達成率 rows are no figures; each table ends where the next years start', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'chosho-heisei.txt'));
    expect(doc.records.map((r) => [r.title, r.direction?.code])).toEqual([['市民活動推進事業', 'continue']]);
    const r = doc.records[0]!;
    expect(r.money.map((m) => [m.label, m.fiscalYear, m.kind, m.yen])).toEqual([
      ['事業費', 2015, '決算', 5_230_000],
      ['事業費', 2016, '決算', 5_410_000],
      ['事業費', 2017, '予算', 5_600_000],
      ['（うち一般財源）', 2015, '決算', 3_100_000],
      ['（うち一般財源）', 2016, '決算', 3_200_000],
      ['（うち一般財源）', 2017, '予算', 3_350_000],
    ]);
    expect(r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.actual, x.unit])).toEqual([
      ['研修会の開催回数', 2015, 10, 9, '回'],
      ['研修会の開催回数', 2016, 12, 12, '回'],
      ['研修会の開催回数', 2017, 12, null, '回'],
      ['登録団体数', 2015, 40, 42, '団体'],
      ['登録団体数', 2016, 45, 44, '団体'],
      ['登録団体数', 2017, 50, null, '団体'],
    ]);
    // 事業実施課 names the section; 評価者, a label no vocabulary knows, is kept with its value
    expect(r.sections).toEqual(['市民協働課']);
    expect(r.otherFields.map((f) => [f.label, f.text])).toEqual([['評価者', '市民協働課長']]);
  });
});

// the same text printed as ruled tables by Chromium (scripts/text-to-pdf.ts): the page's geometry
// gives what the text's tabs gave
describe.each(['chosho-heisei', 'sheet-titled-kpi'])('stop 81: %s printed, read from the page', (name) => {
  it('gives the indicators, money, sections and other fields of its text', async () => {
    const [text, pdf] = await Promise.all([importFile(join(FIXTURES, 'general', `${name}.txt`)), importFile(join(FIXTURES, 'general', `${name}.chromium.pdf`))]);
    const read = (d: typeof text) => d.records.map((r) => [r.title, r.department, r.sections, r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.actual, x.unit]), r.money.map((m) => [m.label, m.fiscalYear, m.kind, m.yen]), r.otherFields.map((f) => [f.label, f.text])]);
    expect(read(pdf)).toEqual(read(text));
    expect(text.records[0]!.indicators.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('stop 81: a final target beside the years, and a cost table with its staff', () => {
  it('reads 最終目標値 at its 目標年度; 人員（人工） is no money', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheet-final-target.txt'));
    expect(doc.records.map((r) => [r.number, r.title])).toEqual([[12, '地域公共交通確保対策事業']]);
    const r = doc.records[0]!;
    expect(r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.unit])).toEqual([
      ['運行便数', 2013, 1200, '便'],
      ['運行便数', 2014, 1250, '便'],
      ['運行便数', 2015, 1300, '便'],
      ['年間利用者数', 2013, 85000, '人'],
      ['年間利用者数', 2014, 86500, '人'],
      ['年間利用者数', 2015, 88000, '人'],
      ['運行便数', 2018, 1400, '便'],
      ['年間利用者数', 2018, 90000, '人'],
    ]);
    expect(r.money.map((m) => m.label)).toEqual([...Array(3).fill('①事業費'), ...Array(3).fill('国道支出金'), ...Array(3).fill('一般財源'), ...Array(3).fill('⑤総事業費（①＋④）')]);
    expect(r.money.filter((m) => m.fiscalYear === 2015).map((m) => [m.kind, m.yen])).toEqual([['予算', 7_500_000], ['予算', 2_100_000], ['予算', 5_400_000], ['予算', 11_500_000]]);
    expect(r.otherFields).toEqual([]);
  });
});

describe('stop 81: a list whose year columns are sums', () => {
  it('reads 実施計画 rows R6 | R7 | R8 as 事業費 by year, the unit stated under the table', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'jisshi-keikaku-money.txt'));
    expect(doc.records.map((r) => [r.number, r.title, r.recognisedAs])).toEqual([
      [1, '子育て支援センター運営事業', 'table-row'],
      [2, '地域公共交通対策事業', 'table-row'],
    ]);
    expect(doc.records[1]!.money.map((m) => [m.label, m.fiscalYear, m.yen])).toEqual([
      ['事業費', 2024, 45_300_000],
      ['事業費', 2025, 46_000_000],
      ['事業費', 2026, 46_800_000],
    ]);
    expect(doc.records.flatMap((r) => r.otherFields)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text')).toEqual([]);
  });
});

describe('stop 81: 目標 / 実績 rows under a name labelled over the table', () => {
  it('names each table by its 成果指標名 / 活動指標名 row and takes the unit from it; the second title row ends the first table', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheet-titled-kpi.txt'));
    const r = doc.records[0]!;
    expect(r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.actual, x.unit])).toEqual([
      ['市民一人一日当たりのごみ排出量', 2021, 900, 912, 'g'],
      ['市民一人一日当たりのごみ排出量', 2022, 880, 890, 'g'],
      ['市民一人一日当たりのごみ排出量', 2023, 860, 871, 'g'],
      ['出前講座の開催回数', 2021, 20, 18, '回'],
      ['出前講座の開催回数', 2022, 20, 22, '回'],
      ['出前講座の開催回数', 2023, 25, 24, '回'],
    ]);
    expect(r.otherFields).toEqual([]);
  });
});

describe('stop 81: a list whose year columns are a schedule in words', () => {
  it('gives each year its plan as written (検討 | 実施 | →), not other fields', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'kodo-keikaku-schedule.txt'));
    expect(doc.records.map((r) => [r.number, r.title, r.yearly.map((y) => [y.fiscalYear, y.plan])])).toEqual([
      [1, '窓口のデジタル化', [[2024, '検討'], [2025, '実施'], [2026, '→']]],
      [2, '公共施設の再編', [[2024, '方針策定'], [2025, '→'], [2026, '実施']]],
      [3, '窓口満足度の評価', []],
    ]);
    // a grade by year is no plan: it stays a field under its year
    expect(doc.records.flatMap((r) => r.otherFields.map((f) => [f.label, f.text]))).toEqual([['R6', 'A'], ['R7', 'A'], ['R8', 'B']]);
  });
});

describe('stop 81: a sheet whose years across hold a schedule in words', () => {
  it('reads 取組工程 as each year plan; other words by year (実施方法) stay a field', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheet-schedule.txt'));
    const r = doc.records[0]!;
    expect(r.title).toBe('窓口のデジタル化');
    expect(r.yearly.map((y) => [y.fiscalYear, y.plan])).toEqual([[2024, '検討'], [2025, '実施'], [2026, '→']]);
    expect(r.otherFields.map((f) => [f.label, f.text])).toEqual([['実施方法', '2024: 直営; 2025: 直営; 2026: 委託']]);
    // the row over the years' head is a field of its own, not a head of the years (stop 82: it was lost)
    expect(r.fields.content).toBe('申請書のオンライン化を進める。');
  });
});

describe('stop 82: a 組織目標 book — 部 headings, category headings, numbered 取組内容 several to a cell', () => {
  const expected = [
    ['健康福祉部', ['高齢介護課'], ['(1) 健康で安心して暮らせるまち'], 1, '地域包括支援センターの相談体制を強化します。', '高齢者が地域で暮らし続けられる体制をつくります。', ['相談件数 3,000件'], [['相談件数', 2024, 3000, '件', null]]],
    ['健康福祉部', ['高齢介護課'], ['(1) 健康で安心して暮らせるまち'], 2, '介護予防教室を地区ごとに開催します。', '高齢者が地域で暮らし続けられる体制をつくります。', ['介護予防教室の開催 24回'], [['介護予防教室の開催', 2024, 24, '回', null]]],
    ['健康福祉部', ['高齢介護課'], ['(1) 健康で安心して暮らせるまち'], 3, '認知症サポーターを養成します。', '高齢者が地域で暮らし続けられる体制をつくります。', ['認知症サポーター養成数 500人以上'], [['認知症サポーター養成数', 2024, 500, '人', 'gte']]],
    ['健康福祉部', ['子育て支援課'], ['(1) 健康で安心して暮らせるまち'], 1, '子育て相談をオンラインでも受け付けます。', '子育て世帯への支援を充実します。', ['オンライン相談の開始'], [[null, 2024, null, null, null]]],
    ['健康福祉部', ['福祉総務課'], ['(2) 効率的な行政運営'], 1, '申請書類の電子化を進めます。', '事務の効率化を進めます。', ['電子申請の対象手続 20件'], [['電子申請の対象手続', 2024, 20, '件', null]]],
    ['健康福祉部', ['障害福祉課'], ['(2) 効率的な行政運営'], 2, '窓口の待ち時間を短縮します。', '事務の効率化を進めます。', ['平均待ち時間 15分以内'], [['平均待ち時間', 2024, 15, '分', 'lte']]],
    ['都市整備部', ['道路課'], ['(1) 安全で快適なまち'], 1, '橋りょうの定期点検を行います。', '道路と橋の安全を守ります。', ['橋りょう点検数 40橋'], [['橋りょう点検数', 2024, 40, '橋', null]]],
  ];
  for (const file of ['soshiki-mokuhyo-table.txt', 'soshiki-mokuhyo-table.chromium.pdf']) {
    it(`${file}: one record per numbered 取組内容, its 課 and criteria beside it`, async () => {
      const doc = await importFile(join(FIXTURES, 'general', file), { ocr: 'never' });
      expect([doc.fiscalYear, doc.departments.map((d) => d.name)]).toEqual([2024, ['健康福祉部', '都市整備部']]);
      expect(
        doc.records.map((r) => [r.department, r.sections, r.categoryPath, r.number, r.title, r.fields.goal, r.fields.criteria, r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.unit, x.comparator])]),
      ).toEqual(expected);
      // the headings are placed, not reported as text no record took
      expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text')).toEqual([]);
    }, 60_000);
  }

  // a seed family read with no profile: what its own profile reads (147 records, 238 entries)
  it('刈谷 as text, no profile: the records and criteria its profile reads', async () => {
    const file = join(FIXTURES, 'soshiki-juten-mokuhyo', 'kariya-r5-soshiki-juten-mokuhyo', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    expect(own.records.length).toBe(147);
    const shape = (r: (typeof own.records)[number]) =>
      JSON.stringify([r.department, r.sections, r.categoryPath, r.number, r.title, r.fields.goal, r.fields.criteria, r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.unit])]);
    const have = general.records.map(shape);
    const same = own.records.filter((r) => have.includes(shape(r))).length;
    expect(general.records.length).toBe(147);
    expect(same / own.records.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe('stop 82: labelled numbered lists per 部局, aligned by number', () => {
  it('bukyoku-hoshin.txt: 部局名 lines part the departments; ① of 現状と課題, 目標 and 取組内容 is one record', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'bukyoku-hoshin.txt'), { ocr: 'never' });
    expect([doc.title, doc.fiscalYear, doc.departments.map((d) => d.name)]).toEqual(['令和7年度部局運営方針', 2025, ['市民生活部', '都市整備部', '教育委員会事務局']]);
    expect(doc.records.map((r) => [r.department, r.number, r.title, r.fields.issue, r.fields.content])).toEqual([
      ['市民生活部', 1, '窓口の平均待ち時間を15分以内とする。', '窓口の待ち時間が長く、市民の負担になっている。', '番号案内システムを導入し、混雑状況をウェブで知らせる。'],
      ['市民生活部', 2, '防犯ボランティアの登録者数を300人以上にする。', '地域の防犯活動の担い手が減っている。', '防犯講習会を年4回開催し、登録を呼びかける。'],
      ['都市整備部', 1, '舗装の補修を延長2.5km行う。', '市道の舗装の老朽化が進んでいる。', '点検結果に基づき、優先度の高い路線から補修する。'],
      ['教育委員会事務局', 1, '校内教育支援センターを全中学校に設置する。', '不登校の児童生徒が増えている。', '空き教室を改修し、支援員を配置する。'],
    ]);
    expect(doc.records.flatMap((r) => r.indicators.filter((x) => x.name !== '防犯講習会').map((x) => [x.target, x.unit, x.comparator]))).toEqual([
      [15, '分', 'lte'],
      [300, '人', 'gte'],
      [2.5, 'km', null],
    ]);
    // the cover printed atop each 部局 is a running header, no item's text
    expect(doc.records.some((r) => /部局運営方針|白鷺市/.test(JSON.stringify(r.fields)))).toBe(false);
  });

  // a seed family read with no profile: what its own profile reads (95 records)
  it('桑名 as text, no profile: the records its profile reads', async () => {
    const file = join(FIXTURES, 'bukyoku-mokuhyo', 'kuwana-r6-bukyoku-mokuhyo', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    expect(own.records.length).toBe(95);
    const shape = (r: (typeof own.records)[number]) =>
      JSON.stringify([r.department, r.sections, r.categoryPath, r.number, r.title, r.fields, r.indicators.map((x) => [x.name, x.fiscalYear, x.target, x.unit, x.comparator])]);
    const have = general.records.map(shape);
    const same = own.records.filter((r) => have.includes(shape(r))).length;
    expect(general.records.length).toBe(95);
    expect(same / own.records.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe('stop 82: 伊勢崎 as text, no profile — the 目標 over the 取組工程 table, and its 【指標・目標値】 lines', () => {
  it('each sheet keeps its 5年後までの目標, and the targets its bracketed lines state are read', async () => {
    const file = join(FIXTURES, 'gyokaku-kekka', 'isesaki-r2-r5-gyokaku-kekka', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    expect(general.records.filter((r) => r.fields.goal !== undefined).length).toBeGreaterThanOrEqual(own.records.filter((r) => r.fields.goal !== undefined).length);
    const shape = (x: { name: string | null; fiscalYear: number | null; target: number | null; unit: string | null; comparator: string | null }) => [x.name, x.fiscalYear, x.target, x.unit, x.comparator];
    const stated = own.records.filter((r) => /【指標/.test(r.fields.goal ?? ''));
    expect(stated.length).toBe(5);
    for (const r of stated) expect(general.records.find((g) => g.title === r.title)!.indicators.map(shape)).toEqual(r.indicators.map(shape));
    expect(general.records.find((g) => g.title === '分別収集方法の周知')!.indicators.map(shape)).toEqual([
      ['リサイクル率', 2024, 25, '%', null],
      ['ごみの排出量', 2024, 70000, 't', null],
      ['1人1日あたりのごみの排出量', 2024, 900, 'g', null],
    ]);
  }, 60_000);
});

describe('stop 82: department panels — a head, goals each followed by its result', () => {
  it('kyokucho-mokuhyo.txt: one record per numbered goal with its result; the head, 方針, 仕事 and 総括 are the department\'s', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'kyokucho-mokuhyo.txt'), { ocr: 'never' });
    expect([doc.title, doc.fiscalYear]).toEqual(['令和7年度局長目標の結果', 2025]);
    expect(doc.departments.map((d) => [d.name, d.head, d.headReading, d.policy, d.duties, d.summary])).toEqual([
      ['環境局', '白鷺 太郎', 'しらさぎ たろう', 'ごみを減らし、緑を守る。', '環境局は、ごみ処理と公園の管理を担っています。', '分別の周知は計画どおり進んだ。公用車の更新は納車の遅れで来年度に持ち越した。'],
      ['水道局', '水野 花子', 'みずの はなこ', '安全な水を届け続ける。', null, '更新は予定どおり。漏水調査は西部から始めた。'],
    ]);
    expect(doc.records.map((r) => [r.department, r.number, r.title, r.result?.label, r.result?.status])).toEqual([
      ['環境局', 1, 'ごみの分別ルールを全戸に周知する。', '達成', 'achieved'],
      ['環境局', 2, '公園の樹木を全数点検する。', '一部達成', 'partially_achieved'],
      ['環境局', 3, '公用車を電気自動車に更新する。', '未達成', 'not_achieved'],
      ['水道局', 1, '老朽管を10km更新する。', '達成', 'achieved'],
      ['水道局', 2, '漏水調査を市内全域で行う。', '着手', 'started'],
    ]);
    // a goal's figure is its target, as a goal panel's profile reads it
    expect(doc.records[3]!.indicators.map((x) => [x.target, x.unit])).toEqual([[10, 'km']]);
    expect(doc.layout).toBe('generic');
  });

  // a seed family read with no profile: what its own profile reads (47 goals of 8 部)
  it('部長目標 as text, no profile: the goals, results and departments its profile reads', async () => {
    const file = join(FIXTURES, 'bucho-mokuhyo-kekka', 'r6-bucho-mokuhyo-kekka', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    const record = (r: (typeof own.records)[number]) => JSON.stringify([r.department, r.number, r.title, r.result]);
    const department = (d: (typeof own.departments)[number]) => JSON.stringify(d);
    expect(own.records.length).toBe(47);
    expect(general.records.map(record)).toEqual(own.records.map(record));
    expect(general.departments.map(department)).toEqual(own.departments.map(department));
  }, 60_000);
});

describe('stop 82: 桑名 pages printed in seven table styles, read with no profile', () => {
  // fixtures/pdf-variants/kuwana-p1-3.*: the label beside its list in one row (`１．現状認識と課題 | ①…②…`)
  // is read line by line, as a text extraction sets it, paragraph ends kept
  const files = readdirSync(join(FIXTURES, 'pdf-variants')).filter((f) => /^kuwana-p1-3\..*\.pdf$/.test(f));
  it.each(files)('%s: every record as its own profile reads it', async (file) => {
    const path = join(FIXTURES, 'pdf-variants', file);
    const [own, general] = await Promise.all([importFile(path, { ocr: 'never' }), importFile(path, { ocr: 'never', profile: genericProfile() })]);
    const shape = (r: (typeof own.records)[number]) => JSON.stringify([r.department, r.sections, r.number, r.title, r.fields, r.indicators.map((x) => [x.target, x.unit])]);
    expect(own.records.length).toBe(11);
    expect(general.records.map(shape)).toEqual(own.records.map(shape));
  }, 60_000);
});

describe('stop 82: a book of sheets under numbered headings, with its index', () => {
  it('sheets-under-headings.txt: each sheet under the headings between the sheets, the outer ones named by the index', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'sheets-under-headings.txt'), { ocr: 'never' });
    expect(doc.records.map((r) => [r.number, r.title, r.categoryPath, r.sections, r.fields.content])).toEqual([
      [1, '電子決裁の導入', ['1 行政運営の効率化', '(1) 事務の見直し'], ['総務課'], '文書の決裁を電子化する。'],
      [1, '市税の収納率向上', ['2 財政の健全化', '(1) 歳入の確保'], ['収納課'], '口座振替を勧める。'],
      [2, '遊休地の売却', ['2 財政の健全化', '(1) 歳入の確保'], ['管財課'], '使われていない市有地を売る。'],
    ]);
    // the index's page column heads no sheet; the heading's introduction is no sheet's text
    const said = doc.diagnostics.map((d) => d.message).join('\n');
    expect(said).not.toContain('歳入を確かなものにするため');
  });

  // two seed families read with no profile: the structure their profiles read
  it.each([
    ['gyokaku-kekka', 'isesaki-r2-r5-gyokaku-kekka', 55],
    ['keiei-kaikaku-shinchoku', 'kisarazu-r5-keiei-kaikaku-shinchoku', 15],
  ])('%s as text, no profile: number, department, sections and categoryPath as its profile reads them', async (family, name, count) => {
    const file = join(FIXTURES, family, name, 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    expect(general.records.length).toBe(count);
    for (const key of ['number', 'department', 'sections', 'categoryPath'] as const) {
      const same = own.records.filter((r) => JSON.stringify(general.records.find((g) => g.title === r.title)?.[key]) === JSON.stringify(r[key])).length;
      expect(same / count, key).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);
});

describe('stop 82: 課題解決に向けた方向性・活動内容 is the record\'s measures, as the contract names it', () => {
  it('木更津 as text, no profile: fields.measures as its profile reads it, on every sheet', async () => {
    const file = join(FIXTURES, 'keiei-kaikaku-shinchoku', 'kisarazu-r5-keiei-kaikaku-shinchoku', 'input.txt');
    const [own, general] = await Promise.all([importFile(file), importFile(file, { profile: genericProfile() })]);
    expect(own.records.every((r) => r.fields.measures !== undefined)).toBe(true);
    expect(general.records.map((r) => r.fields.measures)).toEqual(own.records.map((r) => r.fields.measures));
    expect(general.records.some((r) => r.fields.method !== undefined)).toBe(false);
  }, 60_000);
});

describe('stop 82: a PDF sheet under its heading, its 目標 over the 取組工程 years', () => {
  // 伊勢崎 printed with a grid by Chromium in Noto Sans 9.5 pt (page 8 of the sixty-eighth typography,
  // geometry captured with scripts/capture-page.ts): `(1) 行政運営の効率化の推進` heads the page the sheet
  // begins on, and the 5年後までの目標 label's cell reaches down beside 具体的な取組事項
  it('isesaki-p8 grid by Chromium, no profile: the heading is its categoryPath, the 目標 its goal', async () => {
    const content: PageContent = JSON.parse(readFileSync(join(FIXTURES, 'pdf-variants', 'isesaki-p8.grid.chromium.notosans95m26.page.json'), 'utf8'));
    const lines = toSourceLines(pageBlocks(content), 'rows');
    const doc = await importSource({ path: 'isesaki-p8.pdf', sha256: '0'.repeat(64), mediaType: 'application/pdf', pages: 1, encoding: null, lines, notes: [] }, { profile: genericProfile() });
    expect(doc.records.map((r) => [r.title, r.categoryPath])).toEqual([['管路・施設情報管理台帳の一元化', ['(1) 行政運営の効率化の推進']]]);
    expect(doc.records[0]!.fields.goal).toMatch(/^現行の管網管理システム等からデータ移行するとともに、/);
  });

  it.each(['sheets-goal-over-years.txt', 'sheets-goal-over-years.chromium.pdf'])('%s: each sheet under the heading before it, its goal kept', async (file) => {
    const doc = await importFile(join(FIXTURES, 'general', file), { ocr: 'never' });
    expect(doc.records.map((r) => [r.number, r.title, r.categoryPath, r.fields.goal])).toEqual([
      [1, '窓口業務の委託', ['(1) 事務の効率化'], '窓口の待ち時間を短くし、職員の配置を見直します。'],
      [1, '使用料の見直し', ['(2) 財政の健全化'], '受益者負担の適正化を図ります。'],
    ]);
  }, 60_000);
});

describe('stop 83: an 評価結果一覧表 with a header of two rows, heads spanning their sub-heads', () => {
  // fixtures/general/hyoka-ichiran.txt (our own writing); the PDF is it printed by Chromium with the
  // heads merged over their sub-heads (scripts/text-to-pdf.ts --merge-heads)
  it.each(['hyoka-ichiran.txt', 'hyoka-ichiran.chromium.pdf'])('%s: a record a row, each column read as its sub-head says', async (file) => {
    const doc = await importFile(join(FIXTURES, 'general', file), { ocr: 'never' });
    expect([doc.title, doc.fiscalYear]).toEqual(['令和５年度事務事業評価結果一覧表', 2023]);
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.sections, r.fields.evaluation, r.fields.direction])).toEqual([
      [['第１章 健やかに暮らせるまち'], 1, '乳幼児健康診査事業', ['健康推進課'], 'A', '継続'],
      [['第１章 健やかに暮らせるまち'], 2, '予防接種事業', ['健康推進課'], 'B', '改善'],
      [['第１章 健やかに暮らせるまち'], 3, '地域子育て支援拠点事業（旧つどいの広場事業）', ['こども家庭課'], 'A', '拡充'],
      [['第２章 学び育つまち'], 4, '放課後子ども教室事業', ['生涯学習課'], 'C', '縮小'],
      [['第２章 学び育つまち'], 5, '図書館資料整備事業', ['図書館'], 'A', '継続'],
    ]);
    // the grades beside the overall one keep their heads
    expect(doc.records[3]!.otherFields.map((o) => [o.label, o.text])).toEqual([['評価・必要性', 'B'], ['評価・有効性', 'B'], ['評価・効率性', 'C']]);
    // 活動指標 over 名称 | R4実績値: the row's indicator, an actual of 令和4年度
    expect(doc.records.map((r) => r.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.actual, i.unit]))).toEqual([
      [['受診者数', 2022, null, 1020, '人']],
      [['接種者数', 2022, null, 8450, '人']],
      [['利用者数', 2022, null, 15230, '人']],
      [['開催回数', 2022, null, 240, '回']],
      [['貸出冊数', 2022, null, 402116, '冊']],
    ]);
    // 決算額 over （千円）
    expect(doc.records.map((r) => r.money.map((m) => [m.kind, m.yen]))).toEqual([[['決算', 12345000]], [['決算', 98760000]], [['決算', 24600000]], [['決算', 5210000]], [['決算', 31000000]]]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text').map((d) => d.message)).toEqual([]);
  }, 60_000);
});

describe('stop 83: マニフェスト items under numbered headings, the form\'s labels below each', () => {
  it('bucho-manifesto.txt: a record per 重点取組, under its 部長, targets paired with what was achieved', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'bucho-manifesto.txt'));
    expect(doc.departments.map((d) => [d.name, d.head, d.policy, d.duties])).toEqual([
      ['都市整備部', '山田一郎', null, '安全で快適な都市基盤を整え、誰もが住み続けたいまちをつくります。'],
      ['市民生活部', '佐藤花子', '市民の暮らしに寄り添い、安心して手続ができる窓口をつくります。', null],
    ]);
    expect(doc.records.map((r) => [r.department, r.number, r.title])).toEqual([
      ['都市整備部', 1, '空き家対策の推進'],
      ['都市整備部', 2, '道路施設の長寿命化'],
      ['市民生活部', 1, '窓口のデジタル化'],
      ['市民生活部', 2, 'マイナンバーカードの普及'],
    ]);
    expect(doc.records[0]!.fields.content).toBe('所有者への助言・指導を行い、管理不全空き家を解消する。\nあわせて、空き家バンクの登録を働きかける。');
    // a label alone on its line, its text below
    expect(doc.records[3]!.fields.content).toBe('出張申請窓口を自治会や企業で開設する。');
    expect(doc.records[1]!.fields.evaluation).toBe('達成状況: 修繕着手 6橋（2橋は入札不調により翌年度へ）\n自己評価: B');
    expect(doc.records.map((r) => r.indicators.map((i) => [i.name, i.target, i.actual, i.comparator]))).toEqual([
      [['管理不全空き家の解消件数', 40, 45, null]],
      [['修繕着手橋りょう数', 8, 6, null]],
      [['導入手続数', 30, 32, null]],
      [['カード交付率', 80, 76.4, 'gte']],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text').map((d) => d.message)).toEqual([]);
  });

  it('bucho-manifesto.chromium.pdf: the same items, each heading its own line after the 使命 sentence above it', async () => {
    const [text, pdf] = await Promise.all([importFile(join(FIXTURES, 'general', 'bucho-manifesto.txt')), importFile(join(FIXTURES, 'general', 'bucho-manifesto.chromium.pdf'), { ocr: 'never' })]);
    const view = (d: typeof text) => d.records.map((r) => [r.department, r.number, r.title, r.fields.content, r.indicators.map((i) => [i.target, i.actual])]);
    expect(view(pdf)).toEqual(view(text));
    expect(pdf.departments.map((d) => [d.name, d.head, d.duties, d.policy])).toEqual(text.departments.map((d) => [d.name, d.head, d.duties, d.policy]));
  }, 60_000);

  it('juten-mokuhyo-categories.txt: a numbered line over a heading is the category; in a field, text', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'juten-mokuhyo-categories.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.fields.content])).toEqual([
      [['(1) 安全なまち'], 1, '空き家対策の推進', '所有者への助言を行う。'],
      [['(2) 便利な市役所'], 2, '窓口のデジタル化', '書かない窓口を導入する。\n(1)本庁舎(2)支所'],
    ]);
  });

  it('a heading boxed or marked still gives its number', async () => {
    const { numberedLine } = await import('../src/layout/general/outline.js');
    expect(['【第１章 健やかに暮らせるまち】', '【重点取組２】道路施設', '■基本目標1 子育て', '【行政改革体系図】'].map((t) => numberedLine(t)?.marker ?? null)).toEqual(['第１章', '重点取組２', '基本目標1', null]);
  });
});

describe('stop 83: figures a space apart are not one figure', () => {
  it('figureOf: `130,250 150,472` (four years run into one cell of 池田 070) is no figure; `14,354 件` is', async () => {
    const { figureOf } = await import('../src/layout/general/year-tables.js');
    expect(figureOf('130,250 150,472 140,467 128,700')).toBeNull();
    expect(figureOf('14,354 件')).toEqual({ value: 14354, unit: '件', inner: null });
  });
});

describe('stop 83: a 総合戦略 KPI progress list: the 施策 names each row', () => {
  it('kpi-shinchoku.txt: one record per 施策 under its 基本目標, the KPI by year', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'kpi-shinchoku.txt'));
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.sections])).toEqual([
      [['基本目標１ 移住・定住を促進する'], 1, '移住相談体制の充実', ['企画課']],
      [['基本目標１ 移住・定住を促進する'], 2, '空き家バンクの活用', ['建築住宅課']],
      [['基本目標２ しごとをつくる'], 3, '創業支援', ['商工観光課']],
    ]);
    expect(doc.records.map((r) => r.indicators.map((i) => [i.name, i.fiscalYear, i.target, i.actual, i.unit, i.comparator, i.note]))).toEqual([
      [['移住相談件数', 2024, 200, null, '件', null, '基準値（R1）: 120'], ['移住相談件数', 2023, null, 185, '件', null, '基準値（R1）: 120']],
      [['空き家バンク成約件数', 2024, 15, null, '件', null, '基準値（R1）: 5件'], ['空き家バンク成約件数', 2023, null, 12, '件', null, '基準値（R1）: 5件']],
      [['創業件数', 2024, 20, null, null, 'gte', '基準値（R1）: 8'], ['創業件数', 2023, null, 14, null, null, '基準値（R1）: 8']],
    ]);
  });
});

describe('stop 83: markdown tables (a converter\'s rendering of a PDF or an Office file)', () => {
  it('hyoka-ichiran-markdown.md: each `| … |` row a table row, the rule under the header none, `##` chapters categories', async () => {
    const doc = await importFile(join(FIXTURES, 'general', 'hyoka-ichiran-markdown.md'));
    expect(doc.title).toBe('令和５年度事務事業評価結果一覧表');
    expect(doc.records.map((r) => [r.categoryPath, r.number, r.title, r.sections, r.fields.evaluation, r.direction?.code, r.money.map((m) => m.yen)])).toEqual([
      [['第１章 健やかに暮らせるまち'], 1, '乳幼児健康診査事業', ['健康推進課'], 'A', 'continue', [12345000]],
      [['第１章 健やかに暮らせるまち'], 2, '予防接種事業', ['健康推進課'], 'B', 'improve', [98760000]],
      [['第２章 学び育つまち'], 4, '放課後子ども教室事業', ['生涯学習課'], 'C', 'reduce', [5210000]],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text')).toEqual([]);
  });
});
