import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageContent } from '../src/extract/pdf/page-content.js';
import { pageBlocks } from '../src/extract/pdf/page-blocks.js';
import { DIR, mendedPages } from './captured-pages.js';

/**
 * Rows a page broke in a table whose columns only the text shows: what goes on at the next page's head belongs
 * to the row, the column and the year it went on from. Pages of 伊勢崎 (../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt)
 * as a Writer document with horizontal rules only, Noto Sans CJK 15 pt on A4, 30 mm (the 355th, held out:
 * `--producers fodt --font noto-sans --size 15 --paper A4 --margin 30`), captured into fixtures/pdf-variants.
 */
const isesaki = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.hrules.fodt.notosans15a4m30.page.json`, pages, 'gyokaku-kekka');

describe('stop 133: the rest of one cell under the year heads the page repeats', () => {
  // Pages 82–87, 議会活動におけるICT活用事業: 令和5年度's 取組課題と次年度以降の方針 breaks at …令和7年度予 on page 86;
  // page 87 repeats 令和2年度 … 令和6年度 between two rules and sets 算に反映 / させる。 / ・感染症や … under 令和5年度
  // alone, 372 pt down to the next rule. One line of one column is no row of cells: the lines were left out of
  // the table, claimed as prose between sheets, and lost.
  it('reads 令和5年度’s next steps to their end', async () => {
    const doc = await isesaki([82, 83, 84, 86, 87]);
    const steps = doc.records.find((r) => r.title === '議会活動におけるICT活用事業')?.yearly?.find((y) => y.fiscalYear === 2023)?.nextSteps;
    expect(steps).toMatch(/令和7年度予算に反映させる。\n/u);
    expect(steps).toMatch(/オンライン会議による委員会の開催が出来るよう/u);
    expect(steps).toMatch(/議場における電源確保の検討$/u);
  });
});

describe('stop 133: a row of one label’s values whose cells each begin with a year is no row of year heads', () => {
  // Pages 144–146, 補助金等の検証及び見直し: page 145 ends on 取組成果 | 令和3年度 | 令和4年度 | 令和5年度 | 令和6年度, the first
  // line of each year's outcome (令和3年度一般会計当初予算の…), the rest on page 146. Read as the year heads of a new
  // table, each outcome was lost and the next steps under them set a year early.
  it('gives each year its outcome and its next steps', async () => {
    const doc = await isesaki([144, 145, 146]);
    const years = doc.records.find((r) => r.title === '補助金等の検証及び見直し')?.yearly ?? [];
    const outcome = (y: number) => years.find((x) => x.fiscalYear === y)?.outcome;
    expect(outcome(2020)).toMatch(/^令和3年度一般会計当初予算の市単独補助金等の交付件数は対前年度比3件の増であるが、/u);
    expect(outcome(2021)).toMatch(/^令和4年度一般会計当初予算の.*約1,700万円の減となっている。$/u);
    expect(outcome(2023)).toMatch(/^令和6年度一般会計当初予算の/u);
    expect(years.find((x) => x.fiscalYear === 2020)?.nextSteps).toMatch(/^令和3年度に終期を迎える補助金等の所管課/u);
    expect(years.find((x) => x.fiscalYear === 2024)?.nextSteps ?? null).toBeNull();
  });
});

describe('stop 133: a step’s name whose cell the text ran on into an empty year is under no year', () => {
  // Pages 289–290, 空家等対策推進事業: 伊勢崎市空家等管理システムの導入 | 導入 | 管理 | 管理 | 管理 alone at page 290's head,
  // 令和2年度 empty (the sheet's steps start in 令和3年度). The text found the name's cell's border at 252 pt, past
  // 令和2年度's centre: taken for a row of another grid, it was read by index and every step stood a year early.
  it('puts each year’s steps in its year', async () => {
    const doc = await isesaki([289, 290]);
    const plans = doc.records.find((r) => r.title === '空家等対策推進事業')?.yearly?.map((y) => [y.fiscalYear, y.plan]);
    expect(plans).toEqual([
      [2021, '検討・創設\n実施\n導入'],
      [2022, '実施・検証\n実施\n管理'],
      [2023, '実施\n実施\n管理'],
      [2024, '実施\n実施\n管理'],
    ]);
  });
});

describe('stop 133: the next page’s first row is a row of its own where it fills every column the row above filled', () => {
  // Pages 113–114, 地球温暖化対策推進事業: ・エコドライブステッカーの配布 | 実施 × 5 ends page 113 under a rule, 取組 工程 merged
  // down beside it; page 114 opens with ・地球温暖化対策啓発用品配布 | 実施 × 5. Fewer cells only by the merged label's, the
  // row was taken for the rest of the one above (実施実施 in every year, one step of two names).
  it('keeps each step its own year values', async () => {
    const doc = await isesaki([113, 114]);
    const plans = doc.records.find((r) => r.title === '地球温暖化対策推進事業')?.yearly?.map((y) => y.plan);
    expect(plans?.[0]).toBe('実施\n実施\n計画の見直し');
    expect(plans?.slice(1)).toEqual(['実施\n実施', '実施\n実施', '実施\n実施', '実施\n実施']);
  });
});

describe('stop 133: a space glyph before a mark after a figure is the space typed there', () => {
  // Page 110, 分別収集方法の周知: 直近実績値(R1年度) ・リサイクル率10.7% ・ごみ排出量75,944t … in a column five characters
  // wide, the space before ・ごみ drawn as Noto Sans CJK's glyph of 0.224 em. Writer's autospacing between a figure and
  // Japanese is as narrow, so the space was taken for it and dropped (10.7%・ごみ排出量: one item, read as two words).
  it('keeps the space before each inline item', () => {
    const content = JSON.parse(readFileSync(join(DIR, 'isesaki-p110.hrules.fodt.notosans15a4m30.page.json'), 'utf8')) as PageContent;
    const items = pageBlocks(content).flatMap((b) => (b.kind === 'row' ? b.cells.flatMap((c) => c.paragraphs.map((p) => p.text)) : [])).filter((t) => t.startsWith('・リサイクル率'));
    expect(items).toEqual([
      '・リサイクル率10.7% ・ごみ排出量75,944t ・1人1日当たりのごみ排出量973g',
      '・リサイクル率10.5% ・ごみ排出量76,524t ・1人1日当たりのごみ排出量983g',
      '・リサイクル率10.1% ・ごみ排出量74,018t ・1人1日当たりのごみ排出量954g',
      '・リサイクル率10.0% ・ごみ排出量72,305t ・1人1日当たりのごみ排出量933g',
    ]);
  });
});

describe('stop 133: a step the page broke goes on in the page before’s grid across a border its header spanned', () => {
  // 伊勢崎 without rules by Chromium, Noto Sans CJK 15 pt on A4, 20 mm (the 350th, held out: `--producers chromium --font
  // noto-sans --size 15 --paper A4 --margin 20`), pages 93–94, 健全で効果的な予算編成: 取組 工程 | 具体的な取組事項 | 令和2年度 …
  // at page 93's foot, ・重点的・効果的 | 実施 × 5 / な予算編成 at page 94's head. The step's name runs across the border
  // between the names and the empty column beside them, which 具体的な取組事項 spanned too; each piece starts where a cell
  // of page 93 started its lines. No frame drawn, the grid was refused: the page's own held one cell for the five years
  // (実施実施実施実施実施), and every year's plan was lost.
  it('gives each year its plan', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.none.chromium.notosans15.page.json`, [93, 94], 'gyokaku-kekka');
    const plans = doc.records.find((r) => r.title === '健全で効果的な予算編成')?.yearly?.map((y) => [y.fiscalYear, y.plan]);
    expect(plans).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, '実施']));
  });
});

describe('stop 133: a header row of years the page broke between its lines is one row again', () => {
  // 伊勢崎 without rules as a Writer document, BIZ UDPMincho 13.5 pt on B5, 15 mm (the 351st, held out: `--producers fodt
  // --font bizud-mincho --size 13.5 --paper B5 --margin 15`), pages 12–13, 管路・施設情報管理台帳の一元化: 具体的な | | 令和2 | 令和3 …
  // at page 12's foot, 取組事項 | | 年度 | 年度 … at page 13's head. Writer lets a row break across pages, the header's too;
  // read as two rows of no years, every step's plan was lost.
  it('gives each year its steps (as many cells on both pages)', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.none.fodt.bizudmincho135b5.page.json`, [12, 13], 'gyokaku-kekka');
    const plans = doc.records.find((r) => r.title === '管路・施設情報管理台帳の一元化')?.yearly?.map((y) => [y.fiscalYear, y.plan]);
    expect(plans?.slice(0, 3)).toEqual([
      [2020, 'システム構築等\nシステム構築等\nシステム構築等'],
      [2021, '運用開始'],
      [2022, '運用開始\n運用開始'],
    ]);
  });
  // The 355th (horizontal rules, Noto Sans CJK 15 pt on A4), pages 240–241, 情報公開の推進と個人情報の保護: | | 具体的 | 令和2 … over
  // | な取組事項 | 年度 …, the page's own grid a column short on page 241: the years' cells stand under each other once aligned.
  it('gives each year its steps (a column more on one page)', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.hrules.fodt.notosans15a4m30.page.json`, [240, 241], 'gyokaku-kekka');
    const plans = doc.records.find((r) => r.title === '情報公開の推進と個人情報の保護')?.yearly?.map((y) => y.plan);
    expect(plans).toEqual(Array(5).fill('随時\n点検・整備\n説明会・研修会\n点検・整備'));
  });
});

describe('stop 133: caught by the regression — the rest of a step’s name the page broke is no step of its own', () => {
  // 伊勢崎 with horizontal rules as a Writer document, IPAex Gothic 14 pt on letter, 25 mm (the 347th), pages 196–197,
  // がん検診受診率向上対策: ・受診しやすい体 | 体制整 × 5 at page 196's foot, 制整備 | 備 × 5 at page 197's head, read as no table.
  // A name before the years and a value in them had made it a step of its own (体制整 / 備); the names above it open with
  // ・, this one does not: it goes on.
  it('reads 体制整備 whole', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.hrules.fodt.gothic14letter.page.json`, [196, 197], 'gyokaku-kekka');
    // (the first three years: the seed's step rows stand a column left of its year heads, read by index as the text is)
    const plans = doc.records.find((r) => r.title === 'がん検診受診率向上対策')?.yearly?.slice(0, 3).map((y) => y.plan?.split('\n').at(-1));
    expect(plans).toEqual(Array(3).fill('体制整備'));
  });
});

describe('stop 133: a stack of rules drawn cell by cell shows its columns where the pieces meet', () => {
  // 伊勢崎 with horizontal rules by Chromium, IPA PMincho 16 pt on A4 landscape, 25 mm (the 352nd, held out: `--producers
  // chromium --font ipa-pmincho --size 16 --paper A4 --orientation landscape --margin 25`). Chromium draws each cell's border
  // apart: the rules' pieces meet at every column's border (154.5, 309, 385.5 … pt), drawn or not.
  const plans = async (pages: number[], title: string) =>
    (await mendedPages((p) => `isesaki-p${p}.hrules.chromium.ipapmincho16a4landscape.page.json`, pages, 'gyokaku-kekka')).records.find((r) => r.title === title)?.yearly?.map((y) => [y.fiscalYear, y.plan]);
  // Pages 129–130: 取組工程 | ・他団体の使用料・手数料 | 把握・分析等 状況分析等 … at page 130's head, the years' values set closer than
  // a cell gap, no table the text showed: read as lines, every year's plan was lost.
  it('reads a step whose values the text set too close', async () => {
    expect(await plans([129, 130], '使用料・手数料に係る料金設定の分析検証及び見直し')).toEqual([
      [2020, '把握・分析等'],
      [2021, '状況分析等'],
      [2022, '状況分析等'],
      [2023, '検討・見直し'],
      [2024, '検討・見直し'],
    ]);
  });
  // Pages 105–106: ・地球温暖化対策実行計画(区域施策編) | 計画の見直 / の見直し | し between two rules, its name across the blank column
  // beside the names (that joint is none of the row's borders): read as lines, the step was lost.
  it('reads a step whose name runs over a blank column', async () => {
    expect((await plans([105, 106], '地球温暖化対策推進事業'))?.[0]).toEqual([2020, '実施\n実施\n計画の見直し']);
  });
  // Pages 30–31: ・最適化の推進 | 調査・検討 | 内部情報SY / S構築 調査・ / 検討 … over the stack's first rule at page 31's head, the row the
  // page broke (Chromium drew its top on page 30); 検討, one cell's last line alone, had refused it as the stack's first row: read
  // in a grid of its own, its blank columns lost, each plan stood a year early.
  it('reads the row over the stack’s first rule with the stack', async () => {
    expect(await plans([30, 31], '情報システムの最適化')).toEqual([
      [2020, '運用・見直し\n見直し・整備\n調査・検討\n仕様策定・仕様調整'],
      [2021, '内部情報SYS構築調査・検討'],
      [2022, '運用\n移行準備・検討'],
      [2023, '財務会計システム構築'],
      [2024, '運用'],
    ]);
  });
});

describe('stop 133: a 中黒 at a line’s head whose next line hangs under its text is a list’s mark', () => {
  // The 355th, page 101, 照明設備LED化事業: each year's plan in a cell three characters wide, 1施設 / ・第二 / 市民体 / 育館 …, the
  // lines after ・第二 starting an em in, under 第. 1施設 fills its line, so the 中黒 was taken for one the wrap carried to the
  // line's head (1施設・第二市民体育館照明灯改修: one plan where the text import gives two).
  it('keeps the count and the facility apart', () => {
    const content = JSON.parse(readFileSync(join(DIR, 'isesaki-p101.hrules.fodt.notosans15a4m30.page.json'), 'utf8')) as PageContent;
    const plans = pageBlocks(content).flatMap((b) => (b.kind === 'row' ? b.cells.map((c) => c.paragraphs.map((p) => p.text)) : [])).filter((ps) => /^[12]施設$/u.test(ps[0] ?? ''));
    expect(plans.map((ps) => ps.slice(0, 2))).toEqual([
      ['1施設', '・第二市民体育館照明灯改修'],
      ['2施設', '・伊勢崎市庭球場照明灯改修工事'],
      ['1施設', '・あずま総合運動場照明設備改修工事'],
    ]);
  });
});

describe('stop 133: a frame’s side drawn in two pieces round one row is one side where the other runs on whole', () => {
  // 木更津 (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt) in an outer frame as a Writer document, Noto Sans CJK 15 pt
  // on A4, 30 mm (the 355th), pages 20–21, ICTの活用による業務改善: the frame's left side stops at 362.9 pt and goes on from
  // 392.6, R7 | 45回 (the sub-table's last row) between; the right side runs whole. Read as two frames, the row was in
  // neither, one cell R745回 heading the progress note (R7 45回 / RPAやAI-OCRについては、…).
  it('keeps R7 | 45回 a target and the progress its own', async () => {
    const doc = await mendedPages((p) => `kisarazu-p${p}.frame.fodt.notosans15a4m30.page.json`, [20, 21], 'keiei-kaikaku-shinchoku');
    const sheet = doc.records.find((r) => r.title === 'ICTの活用による業務改善');
    expect(sheet?.fields.progress).toMatch(/^RPAやAI-OCRについては、/u);
    expect(sheet?.indicators.filter((i) => i.fiscalYear === 2025).map((i) => i.target)).toContain(45);
  });
});

describe('stop 133: a unit’s name the page cut goes on with the row it ends', () => {
  // 刈谷 (../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt, 生活安全部) without rules as a Writer document, IPA Mincho 12.5 pt
  // on B5, 20 mm (the 359th, held out after this stop's changes: `--producers fodt --font ipa-mincho --size 12.5 --paper B5
  // --margin 20`), pages 11–12: ②防犯・交通安全意識の高揚 | くらし | ・啓発活動の実施 at page 11's foot, the header repeated, に努めます。 |
  // 安心課 | ・交通安全教室等の実施 at page 12's head. One cell going on from its edge and a list going on with its next item were
  // not enough: くらし / 安心課, a name cut before its last word, is the second. Read as a row of its own, the goal had been two
  // records, the second 取組内容に努めます。.
  it('reads the goal whole, its unit くらし安心課', async () => {
    const doc = await mendedPages((p) => `kariya-p${p}.none.fodt.ipamincho125b5.page.json`, [11, 12], 'soshiki-juten-mokuhyo');
    const goal = doc.records.find((r) => r.title.startsWith('防犯・交通安全意識の高揚'));
    expect(goal?.title).toBe('防犯・交通安全意識の高揚に努めます。');
    expect(goal?.sections).toEqual(['くらし安心課']);
    expect(doc.records.some((r) => r.title.includes('取組内容'))).toBe(false);
  });
});

describe('stop 134: the columns a shaded header shows go on under it though a word runs past a shaded edge', () => {
  // 伊勢崎 (../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt) printed by Chromium, IPAex Gothic 14 pt on letter, 20 mm, its header
  // cells shaded and no rules (the 356th: `--producers chromium --font gothic --size 14 --paper letter --margin 20`), pages 38–41,
  // 行政評価の充実. Page 40 opens on the shaded 令和2年度 … 令和6年度 heads; under them 取組成果's four outcomes, each in a column
  // 5 characters wide, ●令和2年度 running 1.5 pt past the edge of 令和2年度's shade. The rows' gap beside that edge, not over it,
  // was taken for no border: the block under the heads was read as lines of text, each outcome lost and the lines claimed as
  // prose between sheets.
  const shaded = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.filled.chromium.gothic14letter.page.json`, pages, 'gyokaku-kekka');
  it('reads each year’s outcome in its column', async () => {
    const doc = await shaded([38, 39, 40, 41]);
    const years = doc.records.find((r) => r.title === '行政評価の充実')?.yearly ?? [];
    const outcome = (y: number) => years.find((x) => x.fiscalYear === y)?.outcome;
    expect(outcome(2020)).toMatch(/^●令和2年度事後評価\s?「一部改善」事業 ?15事業事後評価結果を事業担当課へフィードバックするとともに、.*全庁的な事務作業の軽減が図れた。$/u);
    expect(outcome(2021)).toMatch(/^●令和3年度事後評価\s?「一部改善」事業 ?13事業評価対象事業を原則として総合計画実施計画に記載されている事業としたことで、.*事務の効率化にもつながった。$/u);
    expect(outcome(2022)).toMatch(/^●令和4年度事後評価\s?「一部改善」事業 ?10事業本事務を総合計画ローリングの所管課である企画調整課へ移管したことで、/u);
    expect(outcome(2023)).toMatch(/^●令和5年度事後評価\s?「一部改善」事業 ?8事業「大幅な改善」事業 ?1事業事務事業単位の見直しを行い、.*反映しやすくなった。$/u);
    expect(years.find((x) => x.fiscalYear === 2023)?.grade).toBe('○');
  });
});

describe('stop 134: free lines between two rows of one sheet are the sheet’s, placed or reported, never prose between sheets', () => {
  // 伊勢崎 by Chromium, Noto Sans CJK 14 pt on A4, 35 mm, no rules (the 335th), pages 113–116, 市税等の収納率向上対策: 令和6年度's
  // column is a character wide, its head set down the rows — 令和年度 / 6 stand as lines of their own under each repeated header,
  // between the sheet's rows, in that year's column; 取組達成度's legend (度 ◎: / 計画 / 以上 …) stands as lines in the label's
  // column. Both had been claimed as a category's introduction, which no record keeps: the heads silently lost.
  const narrow = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.none.chromium.notosans14m35.page.json`, pages, 'gyokaku-kekka');
  it('reports the lines in a year’s column it could not place, with their page and line', async () => {
    const doc = await narrow([113, 114, 115, 116]);
    const unplaced = doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text');
    expect(unplaced.filter((d) => d.message.includes('「令和年度」') || d.message.includes('"令和年度"')).map((d) => d.page)).toEqual([2, 3, 4]);
    expect(unplaced.every((d) => d.line !== null && /"(?:令和年度|6)"$/u.test(d.message))).toBe(true);
    // (the legend's pieces, left of the years, are the sheet's label as the text import's row gives it: claimed, not reported;
    // a category's lines are the heading (2) 自主財源の確保 and its introduction's two lines, over the sheet)
    expect(doc.coverage.placed.category).toBe(3);
  });
});

describe('stop 134: a label merged down beside a sub-table the page broke goes on; the sub-table’s next row is its own', () => {
  // 木更津 (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt) printed by Chromium, ruled, IPAex Gothic 14 pt on letter, 20 mm
  // (the 356th). Its 令和5年度の活動経過・今後の予定 label is merged down beside a sub-table the source repeats under it.
  const ruled = (pages: number[]) => mendedPages((p) => `kisarazu-p${p}.grid.chromium.gothic14letter.page.json`, pages, 'keiei-kaikaku-shinchoku');
  const sheet = (doc: Awaited<ReturnType<typeof ruled>>, title: string) => doc.records.find((r) => r.title === title);

  // Pages 24–26, 子育てアプリを活用した母子保健・子育て情報の発信: 令和5年度の活 / 動経過・今後 | 年度 | R8 | 4,800人 at page 25's foot,
  // の予定 | | | R8 at page 26's head. Joined as one row's rest, R8R8 was no year: the R8 target was lost and the sub-table's
  // cells read into the progress.
  it('keeps the R8 target and a progress free of the sub-table', async () => {
    const doc = await ruled([24, 25, 26]);
    const it = sheet(doc, '子育てアプリを活用した母子保健・子育て情報の発信');
    expect(it?.indicators.map((i) => [i.fiscalYear, i.text])).toEqual([
      [2023, '1,500人'],
      [2024, '2,600人'],
      [2025, '3,700人'],
      [2026, '4,800人'],
    ]);
    expect(it?.fields.progress).toMatch(/^健康こども部内各課で共同して取組み、8月21日から/u);
  });

  // Pages 18–20, ICTの活用による業務改善: the label's second line 動経過・今後 stands across the table's foot at page 19 — its top
  // inside the last row, the label's sides drawn down to that foot, the rule under the row drawn only under the sub-table — and
  // 名称 | 年度 | 目標値 | 結果 beside it; の予定 | | | (各年度末時点) at page 20's head. Read as a line under the table, the label
  // had been 令和5年度の活 / の予定, no label, and the progress each 指標's note; joined, 目標値(各年度末時点) opened the progress.
  it('reads the label whole and the progress as the text import does', async () => {
    const doc = await ruled([18, 19, 20]);
    const it = sheet(doc, 'ICTの活用による業務改善');
    expect(it?.fields.progress).toMatch(/^RPAやAI-OCRについては、各課等の業務ヒアリングを行ったうえで適用業務を選定し、/u);
    expect(it?.indicators.map((i) => [i.fiscalYear, i.text, i.note])).toEqual([
      [2023, '20事業', null],
      [2024, '25事業', null],
      [2025, '30事業', null],
      [2023, '15回', null],
      [2024, '30回', null],
      [2025, '45回', null],
    ]);
  });
});

describe('stop 134: a row alone between two rules at a page’s head goes on in the grid of the table the page before ended', () => {
  // 伊勢崎 as a Writer document with horizontal rules, BIZ UDPGothic 14 pt on A4, 25 mm (the 361st, held out: `--producers fodt
  // --font bizud-gothic --size 14 --paper A4 --margin 25`), pages 199–202, 行政情報の共有と市民ニーズの把握: page 200 ends the 取組工程
  // rows with a rule; page 201 holds one row between two rules, ・市民との意見交 / 換会等の実施 | 実施 × 5, its gaps showing 5 of
  // the 7 borders of page 200's grid, none of its text across any. Read in a grid of its own, the row had been a line of text
  // and the step lost from every year's plan.
  const alone = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.hrules.fodt.bizudgothic14a4m25.page.json`, pages, 'gyokaku-kekka');
  it('gives each year the fourth step’s plan', async () => {
    const doc = await alone([199, 200, 201, 202]);
    const plans = doc.records.find((r) => r.title === '行政情報の共有と市民ニーズの把握')?.yearly?.map((y) => [y.fiscalYear, y.plan]);
    // (as the text import reads them: four steps, each 実施 in every year 令和2–6)
    expect(plans).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, '実施\n実施\n実施\n実施']));
  });
});

describe('stop 134: a row that ended at the page’s foot beside a label merged down past it is no row going on', () => {
  // 刈谷 (../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt) printed by Chromium, ruled, IPAGothic 13 pt on A4, 20 mm (the 321st),
  // pages 24–25, 都市政策部: its 組織目標 やすらぎと…まちづくりを推進しま / す。 merged down beside ③刈谷市駅周辺… | 市街地整備課 /
  // 都市交通課 | …, a rule under ③'s cells and none under the label, す。 across the table's foot; the next page repeats the
  // header over ④計画策定後… | まちづくり推進課 | ・立地適正化計画の改定策定委員会 2回 …. With す。 back in its cell (openFoot) nothing
  // parted the two parts any more, and ④ was read as ③'s rest: ③'s criteria took ④'s, ④ lost its record's fields.
  it('keeps ③ and ④ apart, each with its unit and criteria, the goal whole', async () => {
    const doc = await mendedPages((p) => `kariya-p${p}.grid.chromium.ipagothic13.page.json`, [24, 25], 'soshiki-juten-mokuhyo');
    const item = (n: number) => doc.records.find((r) => r.department === '都市政策部' && r.number === n && r.title.startsWith(n === 3 ? '刈谷市駅周辺における民間再開発' : '計画策定後'));
    expect(item(3)?.fields.goal).toBe('やすらぎと潤いのある良好な住環境を整備し、まちづくりを推進します。');
    expect(item(3)?.sections).toEqual(['市街地整備課', '都市交通課']);
    expect(item(3)?.fields.criteria).toEqual(['関係機関等との調整会議の開催 19回', '都市計画道路新栄線の都市計画の変更']);
    expect(item(4)?.sections).toEqual(['まちづくり推進課']);
    expect(item(4)?.fields.criteria?.[0]).toMatch(/^立地適正化計画の改定策定委員会 ?2回/u);
  });
});

describe('stop 135: a last year’s column no row wrote in, its head stacked a character a line, costs no year', () => {
  // 伊勢崎 (../shared/seeds/isesaki-r2-r5-gyokaku-kekka.txt) printed by Chromium, Noto Sans CJK 14 pt on A4, 35 mm (the 335th:
  // `--producers chromium --font noto-sans --size 14 --paper A4 --margin 35`). Every sheet's 令和6年度 column holds no result:
  // Chromium shrinks it to a character's width and sets its head down it, 令 / 和 / 6 / 年 / 度.
  const hrules = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.hrules.chromium.notosans14m35.page.json`, pages, 'gyokaku-kekka');
  const none = (pages: number[]) => mendedPages((p) => `isesaki-p${p}.none.chromium.notosans14m35.page.json`, pages, 'gyokaku-kekka');

  // Pages 119–123 with horizontal rules, 納税機会の拡大調査及び検討業務: on page 120 the empty column's head is read into
  // 令和5年度's cell (令和5年度 / 令 over 和年 / 6 and 度), on page 121 it stands in a sliver column of its own, over the rest of
  // 取組状況 the page broke. 令和5年度's column had been lost (its progress cut to the line on page 121), the stacked pieces
  // had been read as values, ending the repeated header's hold on the row it broke, and each year's progress had broken a
  // paragraph there.
  it('keeps 令和5年度 and reads each year’s progress whole across the repeated header', async () => {
    const doc = await hrules([119, 120, 121, 122, 123]);
    const years = doc.records.find((r) => r.title === '納税機会の拡大調査及び検討業務')?.yearly ?? [];
    const progress = (y: number) => years.find((x) => x.fiscalYear === y)?.progress;
    expect(progress(2020)).toMatch(/^納付方法については、.*調整などを細部にわたり、関係機関、関係各課と協議し、更なる改善、安定した収納管理に取り組んだ。$/u);
    expect(progress(2022)).toMatch(/^納付方法については、.*地方税共通納税システムによる納付を実施するための準備を行った。$/u);
    expect(progress(2023)).toMatch(/^納付方法については、.*地方税共通納税システムによる納付を開始し、口座振替WEB申込サービス導入事業実施計画を策定した。$/u);
  });

  // The same pages: 取組課題と次年度以降の方針's label set two characters a line down its column, each year's next steps six
  // characters a line, and Chromium's lines 16.5 and 17.25 pt apart by turns (whole pixels). Each wider step, beside a label's
  // two characters, had been taken for a row's room: the next steps broken into a paragraph a few lines each.
  it('reads each year’s next steps as one paragraph, the wider pixel step no row’s room', async () => {
    const doc = await hrules([119, 120, 121, 122, 123]);
    const years = doc.records.find((r) => r.title === '納税機会の拡大調査及び検討業務')?.yearly ?? [];
    const next = (y: number) => years.find((x) => x.fiscalYear === y)?.nextSteps;
    expect(next(2020)).toBe('既存の納付方法については、関係各課との細部にわたる調整を図りながら更なる改善を探り、よりよい運用を目指していく。また、新規納付方法の調査、研究に努める。');
    expect(next(2022)).toMatch(/^既存の納付方法については、関係各課との細部にわたる調整を図りながら更なる改善を探り、よりよい運用を目指していく。また、令和6年度中の/u);
  });

  // Pages 236–237, 地域の情報やサービスの多言語化の推進: 具体的な取 | 令和2年度 … 令和6年度 at page 236's foot; page 237's 取組工程
  // rows in a grid of their own, 令和6年度 empty down the page — without rules its column not found, with horizontal rules read
  // into 令和5年度's. That year unfound, the first row (取組工程 | ・外国人総合相談窓口… | 3者通話の導入 | 検討 | 人材の確保 |
  // 言語の拡充) had been read by index: 3者通話の導入 lost, its plans a year early.
  it('places each plan in its year where the last year’s column is missing or merged', async () => {
    for (const read of [none, hrules]) {
      const doc = await read([236, 237]);
      const years = doc.records.find((r) => r.title === '地域の情報やサービスの多言語化の推進')?.yearly ?? [];
      const plan = (y: number) => years.find((x) => x.fiscalYear === y)?.plan;
      expect(plan(2020)).toBe('3者通話の導入\n言語の拡充\n検討\n検討、導入');
      expect(plan(2021)).toBe('検討\n言語の拡充\n実施');
      expect(plan(2022)).toBe('人材の確保\n実施');
      expect(plan(2023)).toBe('言語の拡充\n見直し');
    }
  });
});

describe('stop 135: a label’s lines a pixel further apart than others are one label beside the amounts', () => {
  // 伊勢崎 by Chromium with horizontal rules, Noto Sans CJK 14 pt on A4, 35 mm (the 335th), pages 43–44, オートレース専用場外発売所の
  // 活性化: 財政効果額 / (歳入)(単位: / 千円) merged down beside 105,854 | 134,060 | … and, under a rule drawn under the amounts
  // only, (専用場外発売所勝車投票券売上合計額)-(払戻金及び委託料) in each year. The label's lines stand 16.5 and 17.25 pt apart by turns
  // (Chromium's whole pixels); the wider step was taken for a row's room, parting 財政効果額 — 歳入 or 歳出? — from its notes, and
  // four years' revenue and its basis were lost.
  it('reads the revenue and what it comes from in each year', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.hrules.chromium.notosans14m35.page.json`, [43, 44], 'gyokaku-kekka');
    const years = doc.records.find((r) => r.title === 'オートレース専用場外発売所の活性化')?.yearly ?? [];
    const results = years.filter((y) => y.fiscalYear <= 2023);
    expect(results.map((y) => y.revenueEffectYen)).toEqual([105_854_000, 134_060_000, 110_076_000, 125_869_000]);
    expect(results.every((y) => y.effectBasis === '(専用場外発売所勝車投票券売上合計額)-(払戻金及び委託料)')).toBe(true);
  });
});

describe('stop 135: a row of years alone in a frame, far above the rows, is the table’s header', () => {
  // 伊勢崎 by Chromium in an outer frame, Noto Sans CJK 14 pt on A4, 35 mm (the 335th), pages 111–114, 市税等の収納率向上対策: page
  // 112 opens on 令和2年度 … 令和5年度 | 令, 令和6年度's head set down a column a character wide under it, so that the year row
  // stands five lines above 財政効果額's. Alone in its group and left as a line, the frame made it one cell; the years were then
  // read from nothing, and every outcome and grade stood a year or two off (2020's outcome was 2022's). Read as the header
  // (text-columns/emit.ts headerAlone), its 令和2年度 spans the empty label column: the rows under it go by position
  // (layout/year-columns.ts), not by index, which had made the label 令和2年度's cell.
  it('reads each year’s progress, outcome and grade in its year', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.frame.chromium.notosans14m35.page.json`, [111, 112, 113, 114], 'gyokaku-kekka');
    const years = doc.records.find((r) => r.title === '市税等の収納率向上対策')?.yearly ?? [];
    const year = (y: number) => years.find((x) => x.fiscalYear === y);
    expect([2020, 2021, 2022, 2023].map((y) => year(y)?.grade)).toEqual(['○', '◎', '◎', '◎']);
    expect(year(2020)?.outcome).toMatch(/^適正かつ公正な滞納整理を実施した結果、市税収入額を確保するとともに収納率も向上した。 ?市税調定額 ?33,022,413,669円/u);
    expect(year(2022)?.outcome).toMatch(/^適正かつ公正な滞納整理を実施した結果、市税収入額を確保するとともに収納率の向上に努めた。 ?市税調定額 ?32,893,940,808円/u);
    expect(year(2020)?.progress).toMatch(/^生活実態の把握や財産調査を行い、.*また、資力がないと判断される場合は滞納処分の執行停止を行った。$/u);
  });
});

describe('stop 135: a label’s notes in brackets alone in the row under its amounts are the label’s', () => {
  // 伊勢崎 by Chromium with filled label cells and no rules, Noto Sans CJK 14 pt on A4, 35 mm (the 335th), pages 27–29, 情報システムの
  // 最適化: 財政効果額 | 104,307 | 132,373 | 118,869 | 125,374 over (歳出) (単位:千円) alone, the label's lines parted between the amounts'
  // line and the next (layout/sheet-rows.ts withLabelRowsWhole). 財政効果額 alone is 歳入 or 歳出: four years' savings were lost.
  it('reads each year’s expenditure effect', async () => {
    const doc = await mendedPages((p) => `isesaki-p${p}.filled.chromium.notosans14m35.page.json`, [27, 28, 29], 'gyokaku-kekka');
    const years = doc.records.find((r) => r.title === '情報システムの最適化')?.yearly ?? [];
    expect(years.filter((y) => y.fiscalYear <= 2023).map((y) => y.expenditureEffectYen)).toEqual([104_307_000, 132_373_000, 118_869_000, 125_374_000]);
    expect(years.every((y) => y.revenueEffectYen === null)).toBe(true);
  });
});

describe('stop 136: a goal merged down beside items the page parted goes on; each item keeps its unit', () => {
  // 刈谷 (../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt) without rules as a Writer document, BIZ UDPMincho 13.5 pt on B5,
  // 15 mm (the 351st: `--producers fodt --font bizud-mincho --size 13.5 --paper B5 --margin 15`).
  const kariya = (pages: number[]) => mendedPages((p) => `kariya-p${p}.none.fodt.bizudmincho135b5.page.json`, pages, 'soshiki-juten-mokuhyo');

  // Pages 11–12: ①地域の犯罪及び…設備を整備します。 | くらし安心課 | its two criteria end page 11; page 12 repeats the header and
  // opens on ②防犯・交通安全意識の高揚に努めます。 | くらし安心課 | ・啓発活動の実施 / ・交通安全教室等の実施. A unit's name under a unit's
  // name reads as no sentence ended, and it starts on a kana: taken for the rest of ①'s row, ② had been joined to it and lost
  // its first criterion to ①.
  it('reads ② as a row of its own beside the goal merged down', async () => {
    const doc = await kariya([11, 12]);
    const first = doc.records.find((r) => r.title.startsWith('地域の犯罪及び交通事故抑止'));
    const second = doc.records.find((r) => r.title.startsWith('防犯・交通安全意識の高揚'));
    expect(first?.fields.criteria).toEqual(['防犯灯及び防犯カメラの設置', '横断歩道照明の設置']);
    expect(second?.fields.criteria).toEqual(['啓発活動の実施', '交通安全教室等の実施']);
    expect(first?.sections).toEqual(['くらし安心課']);
    expect(second?.sections).toEqual(['くらし安心課']);
  });

  // Not where the row names a unit for each of several items: 刈谷 without rules by Chromium, BIZ UDMincho 12 pt on B5, 15 mm
  // (the 362nd: `--producers chromium --font bizud-mincho-fixed --size 12 --paper B5 --margin 15`), pages 33–34: ① ② |
  // 生涯学習課 / 生涯学習課 at page 33's foot, ③ | スポーツ課 at page 34's head with ②'s and ③'s criteria — one row going on,
  // each criterion its item's.
  it('goes on with a row of items whose unit cell names one for each', async () => {
    const doc = await mendedPages((p) => `kariya-p${p}.none.chromium.bizudminchofixed12b5.page.json`, [33, 34], 'soshiki-juten-mokuhyo');
    const criteria = (t: string) => doc.records.find((r) => r.title.startsWith(t))?.fields.criteria;
    expect(criteria('電子図書館システムの導入')).toEqual(['電子図書館システムの構築', '電子図書館の配備 1,100冊']);
    expect(criteria('市民休暇村の予約方法')).toEqual(['市民休暇村の予約を抽選制に変更するための準備']);
    expect(criteria('スポーツ開放における')).toEqual(['スポーツ開放の先着順予約期間を拡大するための準備']);
  });

  // Pages 29–30: the goal やすらぎと潤いのある良好な住環境を整備し、持 beside ① at page 29's foot, 続可能なまちづく / りを推進します。
  // beside ② at page 30's head, a word parted on a kanji. ② numbers the list on from ①: the goal's cell stands beside both rows.
  // Left in ②'s row, ① had the goal cut at 持 and ② and ③ a goal that opened 続可能な.
  it('gives ①, ② and ③ the whole goal', async () => {
    const doc = await kariya([29, 30]);
    const goal = 'やすらぎと潤いのある良好な住環境を整備し、持続可能なまちづくりを推進します。';
    const items = ['トイレの洋式化', '本市の魅力を発信する', '近隣公園にウォーキングコース'].map((t) => doc.records.find((r) => r.title.startsWith(t)));
    expect(items.map((r) => r?.fields.goal)).toEqual([goal, goal, goal]);
    expect(items[1]?.fields.criteria).toEqual(['推進委員会の開催 3回']);
  });

  // Pages 21–22: ① and ② of one row, their unit 環境推進課 each, set 環境推 / 進課 / 環境推 / 進課 down a narrow column with no room
  // between: one paragraph, 環境推進課環境推進課, that named no unit and fell to neither item.
  it('reads two units’ names run together as two units, one for each item', async () => {
    const doc = await kariya([21, 22]);
    const items = ['都市や産業の活力を', 'SDGsが掲げる'].map((t) => doc.records.find((r) => r.title.startsWith(t)));
    expect(items.map((r) => r?.sections)).toEqual([['環境推進課'], ['環境推進課']]);
  });
});

describe('stop 136: a goal merged down goes on under the header the next page repeats, though its page had room left', () => {
  // 刈谷 as a Writer document with shaded headers, BIZ UDMincho 11 pt on A4 landscape, 15 mm (the 365th: `--producers fodt
  // --font bizud-mincho-fixed --size 11 --paper A4 --orientation landscape --margin 15`), pages 23–24, 都市政策部: the goal
  // やすらぎと…まちづくりを推進しま beside ③ ends page 23 two lines above its foot; page 24 repeats the header and opens on
  // す。 | ④計画策定後の… Room under the table had made page 24's part a table of its own: ④ and ⑤ had the goal す。.
  it('gives ③, ④ and ⑤ the whole goal', async () => {
    const doc = await mendedPages((p) => `kariya-p${p}.filled.fodt.bizudminchofixed11landscape.page.json`, [23, 24], 'soshiki-juten-mokuhyo');
    const goal = 'やすらぎと潤いのある良好な住環境を整備し、まちづくりを推進します。';
    const items = ['刈谷市駅周辺における民間再開発', '計画策定後の社会情勢', '刈谷市駅周辺における公共空間'].map((t) => doc.records.find((r) => r.title.startsWith(t)));
    expect(items.map((r) => r?.fields.goal)).toEqual([goal, goal, goal]);
  });
});

describe('stop 136: a year under the sub-table’s note in one cell is no progress', () => {
  // 木更津 (../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt) without rules as a Writer document, Noto Sans CJK 15 pt on A4,
  // 30 mm (the 355th), pages 14–15, 脱水汚泥の堆肥化: the form repeats its empty sub-table (名称 | 年度 | 目標値 | 結果, (各年度末時点),
  // R5, R6, R7) beside 令和5年度の活 / 動経過・今後の / 予定, whose wraps put (各年度末時点) and R5 in one row: the cell
  // (各年度末時点)R5 had opened the progress.
  it('reads the progress from its first words', async () => {
    const doc = await mendedPages((p) => `kisarazu-p${p}.none.fodt.notosans15a4m30.page.json`, [14, 15], 'keiei-kaikaku-shinchoku');
    const sheet = doc.records.find((r) => r.title === '脱水汚泥の堆肥化');
    expect(sheet?.fields.progress).toMatch(/^地域循環共生圏の創造に向けた循環型社会の形成を目指す取組として、.*事業者の決定を行う予定です。$/u);
    expect(sheet?.indicators.map((i) => [i.fiscalYear, i.target])).toEqual([[2023, 20], [2024, 30], [2025, 60]]);
  });

  // Not beside the progress's own text: 木更津 without rules as a Writer document, VL PGothic 11 pt on letter landscape, 20 mm (the
  // 353rd: `--producers fodt --font vl-gothic --size 11 --paper letter --orientation landscape --margin 20`), pages 9–10,
  // 公共施設のマネジメント — 令和5年度の活動経過 | 公共施設再配置計画…進めています。 | 年度 | 目標値 / (各年度末時点) / R5 | 結果 / 3件: read
  // as a year's row, the paragraph before it had been taken for an indicator's name.
  it('gives no indicator the progress for its name', async () => {
    const doc = await mendedPages((p) => `kisarazu-p${p}.none.fodt.vlgothic11letterlandscape.page.json`, [9, 10], 'keiei-kaikaku-shinchoku');
    const sheet = doc.records.find((r) => r.title === '公共施設のマネジメント');
    expect(sheet?.fields.progress).toMatch(/^公共施設再配置計画第2期実行プランの推進と/u);
    expect(sheet?.indicators.some((i) => i.name?.includes('公共施設再配置計画'))).toBe(false);
  });
});

describe('stop 136: a narrow cell’s rest at the next page’s head, lines no wider than the cell, goes on in it', () => {
  // 木更津 without rules as a Writer document, Noto Sans CJK 15 pt on A4, 30 mm (the 355th). Each note cell the page broke was cut
  // where the page ended: its rest, lines four or eight characters wide at the x the cell's lines start, over the next
  // sub-table, had been left as lines of their own (no line ten ems long to show them a cell's).
  const kisarazu = (pages: number[]) => mendedPages((p) => `kisarazu-p${p}.none.fodt.notosans15a4m30.page.json`, pages, 'keiei-kaikaku-shinchoku');

  // Pages 24–25, 情報発信力の強化: ※広告が表示された / … / くらいク beside R8 | 0.35% at page 24's foot; リックさ / れサイト / … / ク率。,
  // fifteen lines, at page 25's head over 指標②.
  it('reads the click rate’s note whole', async () => {
    const doc = await kisarazu([24, 25]);
    const sheet = doc.records.find((r) => r.title === '情報発信力の強化');
    expect(sheet?.indicators[0]?.note).toBe('※広告が表示された回数に対して、どのくらいクリックされサイトにアクセスされたかを表す。R8年度目標値0.35%は、WordSteam社による調査に基づくGoogle上での平均クリック率。');
  });

  // Pages 16–17, 事務事業の縮小・廃止: the note's …1事業あたりの削減効果額：正338時間×4,156 beside R7 | 7,500,000円 at page 16's foot;
  // 円＝1,404,728円 / 非229時間×1,179円＝2 / 69,991円 / 年間5事業の3割縮小を / 目標＝2,500,000円 at page 17's head, ending on no full stop.
  it('reads the savings’ note to its last line', async () => {
    const doc = await kisarazu([16, 17]);
    const note = doc.records.find((r) => r.title === '事務事業の縮小・廃止')?.indicators[0]?.note;
    expect(note).toMatch(/1事業あたりの削減効果額：正338時間×4,156円＝1,404,728円\n?非229時間×1,179円＝269,991円\n年間5事業の3割縮小を目標＝2,500,000円$/u);
  });
});

describe('stop 136: a cell merged down a sub-table’s rows goes on at the next page’s head though a rule shut the table', () => {
  // 木更津 ruled as a Writer document, BIZ UDMincho 11 pt on A4 landscape, 15 mm (the 365th), pages 9–10, 公共施設のマネジメント: the
  // form repeats its sub-table beside 令和5年度の活動経過・今後の予定, the progress's first paragraph in 名称's place merged down
  // beside 年度 | 目標値 | 結果 and (各年度末時点); …として、施設の個別 at page 9's foot, a rule under the table and room left under
  // it; 施設計画の策定を進めています。 | R5 | 3件 at page 10's head. Taken for a table of its own, the words were the sub-table's name.
  it('reads the progress’s first paragraph whole', async () => {
    const doc = await mendedPages((p) => `kisarazu-p${p}.grid.fodt.bizudminchofixed11landscape.page.json`, [9, 10], 'keiei-kaikaku-shinchoku');
    const sheet = doc.records.find((r) => r.title === '公共施設のマネジメント');
    expect(sheet?.fields.progress).toMatch(/^公共施設再配置計画第2期実行プランの推進と公共施設の老朽化対策として、施設の個別施設計画の策定を進めています。\n令和5年度中には/u);
    expect(sheet?.indicators.some((i) => i.name?.includes('策定を進めています'))).toBe(false);
  });

  // Not where the next page opens the next sheet: 木更津 ruled as a Writer document, IPAex Mincho 16 pt on A4, 20 mm (the 333rd:
  // `--producers fodt --font mincho --size 16 --paper A4 --margin 20`), pages 18–20 — the name …寄附件数 merged down beside R8 and
  // the progress at page 19's foot, 取組視点 | 5つの柱④ 情報 at page 20's head: the next sheet's, not the name's rest.
  it('leaves the next sheet’s first row its own', async () => {
    const doc = await mendedPages((p) => `kisarazu-p${p}.grid.fodt.mincho16a4.page.json`, [18, 19, 20], 'keiei-kaikaku-shinchoku');
    const names = doc.records.find((r) => r.title === 'ふるさと応援寄附金・企業版ふるさと納税の活用')?.indicators.map((i) => i.name) ?? [];
    expect(names).toContain('地方創生応援税制（企業版ふるさと納税）寄附件数');
    expect(names.some((n) => n?.includes('5つの柱'))).toBe(false);
    expect(doc.records.find((r) => r.title === 'ICTの活用による業務改善')?.categoryPath).toEqual(['5つの柱④ 情報']);
  });
});
