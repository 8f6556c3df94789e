import { beforeAll, describe, expect, it } from 'vitest';
import { assigneesToDepartment, assignOrganisations, splitAssignee, unitOf } from '../src/language/organisations.js';
import { draftRecord, type LayoutResult } from '../src/layout/layout-result.js';
import { oneLine } from '../src/normalize/clean-text.js';
import { splitDepartmentName, splitSectionList } from '../src/layout/organisation.js';
import { loadTokenizer } from '../src/lex/tokenizer.js';

beforeAll(() => loadTokenizer(), 60_000);
import { assignInOrder, groupSections, splitBullets, splitNumberedItems } from '../src/layout/cell-items.js';
import { parseMoney } from '../src/layout/item-sheets.js';
import { detectMunicipality } from '../src/records/municipality.js';

describe('organisations', () => {
  it.each<[string, string | null, string, string]>([
    ['上下水道局総務課', '上下水道局', '総務課', 'isesaki'],
    ['総務部職員課', '総務部', '職員課', 'kisarazu'],
    ['市長公室経営改革課', '市長公室', '経営改革課', 'kisarazu: 公室'],
    ['都市整備部下水道推進室', '都市整備部', '下水道推進室', 'kisarazu: 室'],
    ['環境部環境政策課さかい聖苑', '環境部', '環境政策課さかい聖苑', 'isesaki: a facility after the 課'],
    ['消防本部警防課', '消防本部', '警防課', '本部'],
    ['関係各課', null, '関係各課', 'kisarazu: kept as written'],
    ['教育委員会事務局学校教育課', '教育委員会事務局', '学校教育課', '事務局: 事務 + the suffix 局'],
    ['内部監査室', null, '内部監査室', '部 inside the word 内部 ends no department'],
    ['部活動推進室', null, '部活動推進室', '部 of 部活動 is a noun, not a suffix'],
    ['健康福祉部局', '健康福祉部局', '健康福祉部局', 'a department named with 部局, nothing after it'],
    ['税務部課税課', '税務部', '課税課', 'the 部 of 部課 ends the department where a section follows it'],
    ['福祉部長寿課', '福祉部', '長寿課', '部長 read across the boundary: 長寿課 is the section'],
    ['総務部会計課', '総務部', '会計課', '部会 read across the boundary: 会計課 is the section'],
    ['関係部署長', null, '関係部署長', '部署 followed by no section'],
    ['健康こども部内各課', null, '健康こども部内各課', '各課 is each section, not one'],
    ['事務所部分を除く全待合室', null, '事務所部分を除く全待合室', '部分 before a phrase, not a section'],
  ])('%s → %s + %s (%s)', (entry, dept, section) => {
    expect(splitAssignee(entry)).toEqual({ department: dept, section });
  });

  it('keeps each entry whole as printed; the department is that of the first entry naming one (issue 15)', () => {
    expect(assigneesToDepartment(['総務部職員課', '市長公室経営改革課'])).toEqual({ department: '総務部', sections: ['総務部職員課', '市長公室経営改革課'] });
    expect(assigneesToDepartment(['企画部事務管理課', '施設所管課'])).toEqual({ department: '企画部', sections: ['企画部事務管理課', '施設所管課'] });
    expect(assigneesToDepartment(['上下水道局総務課'])).toEqual({ department: '上下水道局', sections: ['上下水道局総務課'] });
  });

  it('splits every entry the same way beside it: department printed or null, section or null for a department alone', () => {
    expect(['総務部職員課', '市長公室経営改革課', '議事調査課', '健康福祉部局', '環境部環境政策課さかい聖苑'].map(unitOf)).toEqual([
      { written: '総務部職員課', department: '総務部', section: '職員課' },
      { written: '市長公室経営改革課', department: '市長公室', section: '経営改革課' },
      { written: '議事調査課', department: null, section: '議事調査課' },
      { written: '健康福祉部局', department: '健康福祉部局', section: null },
      { written: '環境部環境政策課さかい聖苑', department: '環境部', section: '環境政策課さかい聖苑' },
    ]);
  });

  it('joins a 担当部課 wrapped across two lines of an unruled cell (木更津 No.5 printed without rules)', () => {
    expect(assigneesToDepartment(['都市整備部下', '水道推進室'])).toEqual({ department: '都市整備部', sections: ['都市整備部下水道推進室'] });
    // (or three, in a narrower column: gothic 12 pt with 30 mm margins, Chromium)
    expect(assigneesToDepartment(['都市整備', '部下水道', '推進室'])).toEqual({ department: '都市整備部', sections: ['都市整備部下水道推進室'] });
    // two whole entries stay two
    expect(assigneesToDepartment(['総務部職員課', '関係各課'])).toEqual({ department: '総務部', sections: ['総務部職員課', '関係各課'] });
  });

  it('parts two names a wrap ran together, the space between them lost (木更津 No.11, a narrow 担当課 column)', () => {
    // seed: 健康こども部子育て支援課 健康こども部健康推進課 健康こども部こども保育課 健康こども部こども発達支援課, printed by
    // Chromium in the thirteenth typography, the second line …健康推進課 / 健康こども部こども保育課 run together
    expect(assigneesToDepartment(['健康こども部子育て支援課', '健康こども部健康推進課健康こども部こども保育課', '健康こども部こども発達支援課']).sections).toEqual([
      '健康こども部子育て支援課',
      '健康こども部健康推進課',
      '健康こども部こども保育課',
      '健康こども部こども発達支援課',
    ]);
    // a section that names its department's words again is one name (健康福祉部健康福祉課)
    expect(assigneesToDepartment(['健康福祉部健康福祉課']).sections).toEqual(['健康福祉部健康福祉課']);
    // nor is a department named again before a section's end (市民部市民部長室 stays whole)
    expect(assigneesToDepartment(['市民部市民部長室']).sections).toEqual(['市民部市民部長室']);
  });

  it('reads a 部局名 with its 課 in parentheses (kuwana 119)', () => {
    expect(splitDepartmentName('市長直轄組織（グリーン資産創造課・企業誘致課）')).toEqual({ name: '市長直轄組織', sections: ['グリーン資産創造課', '企業誘致課'] });
    expect(splitDepartmentName('防災・危機管理課')).toEqual({ name: '防災・危機管理課', sections: [] });
  });
});

describe('cell items (kariya)', () => {
  it('splits numbered 取組内容 in one cell', () => {
    const { items } = splitNumberedItems('①火災や地震発生時に…実施します。 ②暴漢等の脅威から…実施します。');
    expect(items.map((i) => i.number)).toEqual([1, 2]);
    expect(items[1]!.text).toBe('暴漢等の脅威から…実施します。');
  });
  it('does not split at a circled number inside a word', () => {
    expect(splitNumberedItems('①申請しやすい環境を創出 します。').items).toHaveLength(1);
  });
  // stop 79: 刈谷 scanned by Chromium in black and white (p6) read the cell's ① into the heading above
  it('takes text before an item ② as item ①, its number unread; other text before the first number is the lead', () => {
    const cell = 'アフターコロナにおける新たなにぎわいの創出を図ります。 ②公式SNS等を活用し、積極的に刈谷市をPRします。';
    expect(splitNumberedItems(cell)).toEqual({
      items: [
        { number: 1, text: 'アフターコロナにおける新たなにぎわいの創出を図ります。', numberUnread: true },
        { number: 2, text: '公式SNS等を活用し、積極的に刈谷市をPRします。' },
      ],
      lead: '',
    });
    // (a word or two before a ② is no item: `間際 ②歴史文化…`, 刈谷 by Chromium through Ghostscript's screen, whose ① stood in
    // the row above)
    expect(splitNumberedItems('間際 ②歴史文化、芸術等に関する施策を推進します。')).toEqual({ items: [{ number: 2, text: '歴史文化、芸術等に関する施策を推進します。' }], lead: '間際' });
    const led = splitNumberedItems('次の取組を行う。 ①研修の実施 ②訓練の実施');
    expect(led.lead).toBe('次の取組を行う。');
    expect(led.items.map((i) => i.number)).toEqual([1, 2]);
  });
  it('splits bullets with and without markers', () => {
    expect(splitBullets(' ・マイナンバーカード専用受付 窓口の設置 ・受付番号表示ディスプレイ増 設', true)).toEqual(['マイナンバーカード専用受付 窓口の設置', '受付番号表示ディスプレイ増 設']);
    expect(splitBullets('魅力的な返礼品の開拓 チョイスP a y加盟店の拡大 刈谷市へのふるさと納税ができるサイトの拡大', true)).toEqual([
      '魅力的な返礼品の開拓',
      'チョイスP a y加盟店の拡大',
      '刈谷市へのふるさと納税ができるサイトの拡大',
    ]);
    expect(splitBullets('劣化度状況等に係る現地調査実施施設数 50施設 構造体耐久性調査実施施設数 8棟', true)).toEqual(['劣化度状況等に係る現地調査実施施設数 50施設', '構造体耐久性調査実施施設数 8棟']);
  });
  it('groups 課 where a name repeats (kariya 304, 387)', () => {
    expect(groupSections(['都市交通課', 'まちづくり推進課', '都市交通課', '市街地整備課'], 2)).toEqual([
      ['都市交通課', 'まちづくり推進課'],
      ['都市交通課', '市街地整備課'],
    ]);
    expect(groupSections(['学校教育課', '生涯学習課', '学校教育課', 'スポーツ課', 'スポーツ課'], 3)).toEqual([['学校教育課', '生涯学習課'], ['学校教育課', 'スポーツ課'], ['スポーツ課']]);
  });
  it('assigns criteria to the item they share words with, in order', () => {
    const items = ['税制改正等の情報を適切な時期に提供します。', '市税納付方法やオンライン納税相談等の情報提供を実施します。', '第三者により入札、契約制度の審議を行い'];
    const bullets = ['情報提供回数（Web・市民だよりによる） 30回', '情報提供回数（ホームページ…による） 60回', '入札監視委員会 開催数 3回', '総合評価審査委員会 開催数 1回'];
    expect(assignInOrder(bullets, items).map((g) => g.length)).toEqual([1, 1, 2]);
  });
});

describe('money (isesaki 財政効果額, 千円)', () => {
  const p = { noneValues: ['—', '-', '－'], moneyUnitYen: 1000 };
  it.each<[string, number | null | undefined, string]>([
    ['104,307', 104307000, 'a figure in 千円'],
    ['9,398', 9398000, ''],
    ['—', null, 'em dash: none'],
    ['-', null, 'hyphen: none'],
    ['', null, 'empty: none'],
    ['△1,200', -1200000, '△ is a minus sign in a money column'],
    ['土地売却額', undefined, 'text is not an amount'],
  ])('%s → %s %s', (cell, want) => {
    expect(parseMoney(cell, p)).toBe(want);
  });
});

describe('municipality', () => {
  it('reads the city from the cover', () => {
    expect(detectMunicipality(['千葉県木更津市'], '')).toBe('木更津市');
    expect(detectMunicipality(['伊勢崎市行政改革推進計画取組結果報告書'], '')).toBe('伊勢崎市');
  });
  it('leaves a fiscal year before the name out of it, its era read or not', () => {
    // 刈谷's title on one line, and as 刈谷 by Chromium scanned in black and white read it (p19: 令和 read 信和)
    expect(detectMunicipality(['令和5年度刈谷市組織重点目標'], '')).toBe('刈谷市');
    expect(detectMunicipality(['信和5年度刈谷市組織重点目標'], '')).toBe('刈谷市');
  });
  it('does not take 都市, 本市 or a city named once in passing', () => {
    expect(detectMunicipality([], '都市づくり課、本市の活力、中心市街地、立川市にある施設')).toBeNull();
  });
  it('takes the city the body names most', () => {
    expect(detectMunicipality([], '桑名市安全安心推進協議会。桑名市の国際化戦略。桑名市への工場等立地')).toBe('桑名市');
  });
});

// Issue 15: 伊勢崎's sheets scanned and read by OCR (scripts/make-scanned.ts, quality 75): the 担当部課
// cells of three sheets came back with their 課 lost or misread, as these entries.
describe('a department the document names elsewhere', () => {
  const layout = (assignees: string[][]): LayoutResult => ({
    departments: [],
    diagnostics: [],
    claims: new Map(),
    records: assignees.map((a, i) => draftRecord({ title: `sheet ${i}`, assignees: a })),
  });

  it('is taken where an entry starts with it and names no 課 a reader would split off', () => {
    const l = layout([['市民部国際課'], ['消防本部警防課'], ['市民部市民活動'], ['消防本部予防', '娠']]);
    assignOrganisations(l);
    expect(l.records.map((r) => r.department)).toEqual(['市民部', '消防本部', '市民部', '消防本部']);
    // the entries stay as printed
    expect(l.records[2]!.sections).toEqual(['市民部市民活動']);
  });

  it('is taken as printed elsewhere where the entry misreads one character of it', () => {
    const l = layout([['産業経済部商工労働課'], ['産業許済部商工労働']]);
    assignOrganisations(l);
    expect(l.records[1]!.department).toBe('産業経済部');
  });

  it('is not made up: no department named elsewhere, a short name with a character wrong, or another last character', () => {
    const l = layout([['市民活動'], ['市民部国際課'], ['市氏部市民活動'], ['上下水道局総務課'], ['上下水道部総務']]);
    assignOrganisations(l);
    expect(l.records.map((r) => r.department)).toEqual([null, '市民部', null, '上下水道局', null]);
  });
});

describe('a title set over lines', () => {
  it.each<[string, string]>([
    ['照明設備\nLED化事業', '照明設備LED化事業'],
    ['市税等の収\n納率向上対策', '市税等の収納率向上対策'],
    ['Smart\nCity計画', 'Smart City計画'],
    ['照明設備LED\n化事業', '照明設備LED化事業'],
  ])('%j runs on as one line: %s', (title, one) => {
    expect(oneLine(title)).toBe(one);
  });
});

describe('stop 83: names run together whose department ends in 室', () => {
  it('市長公室経営改革課 before 企画部企画課 is one section, 市長公室 no name of its own (木更津 read with no profile)', () => {
    expect(assigneesToDepartment(['市長公室経営改革課企画部企画課関係各課'])).toEqual({ department: '市長公室', sections: ['市長公室経営改革課', '企画部企画課', '関係各課'] });
  });
});

// 木更津 (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt, sheets 5 and 13) printed ruled by Chromium with its cells
// justified (scripts/render-variants.ts --justify --font gothic --size 10 --margin 18, the 201st): the 担当課 cell's first line
// spread to the narrow cell's width, each character apart, as the PDF reader gives it.
describe('stop 117: a section list whose line was justified character by character', () => {
  it('reads the spread characters as one name, with the rest of the word on the next line', () => {
    expect(splitSectionList('都 市 整 備 部 下\n水道推進室')).toEqual(['都市整備部下水道推進室']);
    expect(splitSectionList('福 祉 部 障 が\nい福祉課')).toEqual(['福祉部障がい福祉課']);
  });
  it('a spread name that ends on a unit stands alone; names typed apart stay apart', () => {
    expect(splitSectionList('総 務 課 税務課')).toEqual(['総務課', '税務課']);
    expect(splitSectionList('都市整備部下水道推進室 環境部資源循環推進課')).toEqual(['都市整備部下水道推進室', '環境部資源循環推進課']);
  });
});

// 刈谷 (../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt) printed without rules by LibreOffice, BIZ UDPMincho 13.5 pt on B5 (the
// 351st): two items' units stacked a line each in a narrow 課等 column with no room between, read as one paragraph.
describe('stop 136: two 課 run together are two units', () => {
  it('parts 課 from 課, each a whole name', () => {
    expect(splitSectionList('環境推進課環境推進課')).toEqual(['環境推進課', '環境推進課']);
    expect(splitSectionList('市街地整備課\nまちづくり推進課市街地整備課')).toEqual(['市街地整備課', 'まちづくり推進課', '市街地整備課']);
  });
  it('keeps a 係 or a facility under its 課, and a department before it, as one name', () => {
    expect(splitSectionList('税務課市民税係')).toEqual(['税務課市民税係']);
    expect(splitSectionList('環境部環境政策課さかい聖苑')).toEqual(['環境部環境政策課さかい聖苑']);
    expect(splitSectionList('総務部職員課')).toEqual(['総務部職員課']);
  });
});
