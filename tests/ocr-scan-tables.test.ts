// Tables of black-and-white scans whose header cells OCR read past telling. Each fixture is the lines
// the OCR reader gave for a page of a seed's rendering (../shared/corpus/rendered/…) painted in black
// and white at 300 dpi (`make-scanned.ts --raster mono`), captured with `capture-lines.ts --ocr`
// (Tesseract 5.3.0 jpn): fixtures/pdf-scanned/*.mono.lines.json (see that folder's README). The
// expected records are what the page prints, read off the seed's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../src/pipeline.js';
import { readOcrLookalikes } from '../src/language/ocr-misreads.js';
import { fringedYear, labelBeforeNoise, readOcrLabels } from '../src/language/ocr-labels.js';
import { mendOcrNumbers, readOcrNumbers } from '../src/language/ocr-numbers.js';
import { builtinProfiles } from '../src/profiles/load-profiles.js';
import { strayBrackets } from '../src/language/ocr-noise-records.js';
import { draftRecord, type LayoutResult } from '../src/layout/layout-result.js';
import type { SourceText } from '../src/extract/source-text.js';
import { FIXTURES } from './helpers.js';

const profile = (id: string) => builtinProfiles().find((p) => p.id === id)!;

/** A captured page as the pipeline gets it, its pages marked as read by OCR (as readPdfLines marks them). */
async function importScanned(name: string, profileId: string) {
  const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', name), 'utf8'));
  const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
  return { source, doc: await importSource(source, { profile: profile(profileId) }, undefined, ocrPages) };
}

const cellsOf = (source: SourceText) => source.lines.map((l) => l.text);

describe('a header row with one label read past telling (刈谷, column table)', () => {
  it('gives the one unnamed cell the one column the row does not name', async () => {
    // p22 by Chromium: `組織目標 | 取組内容 | 本 | 目標達成基準`, then `… | 二時 | …`: 課等 misread twice
    const { source, doc } = await importScanned('kariya-p22.chromium.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(cellsOf(source)).toContain('組織目標\t取組内容\t本\t目標達成基準');
    const water = doc.records.filter((r) => r.department === '水資源部');
    expect(water.map((r) => `${r.number} ${r.title}`).slice(0, 3)).toEqual(['1 水道施設の耐震化を進めます。', '2 災害発生時における飲料水供給に備えます。', '3 災害に備えて下水道施設の早期復旧への対応力向上を図ります。']);
    expect(water).toHaveLength(12);
    expect(water[0]!.sections).toEqual(['水道課']);
    const guessed = doc.diagnostics.filter((d) => d.code === 'layout/header-cell-guessed');
    expect(guessed.map((d) => d.message.match(/「(.*?)」/)?.[1])).toEqual(['本', '二時']);
    expect(guessed.every((d) => d.page === 22 && d.line !== null)).toBe(true);
  });

  it('takes a label misread with a character lost the same way, and a fill left as letters is no record', async () => {
    // p19 by Chromium: `組織目標 | 取組内容 | 課等 | 目標成基準。`, and a header row whose labels all went,
    // `| mmm 0 | | un`, read as a row of the table
    const { source, doc } = await importScanned('kariya-p19.chromium.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(cellsOf(source)).toContain('\tmmm 0\t\tun');
    expect(doc.records.map((r) => r.title)).not.toContain('mmm 0');
    expect(doc.records.map((r) => r.title)).not.toContain('取組内容');
    expect(doc.records).toHaveLength(9);
    const noise = doc.diagnostics.filter((d) => d.code === 'records/ocr-noise');
    expect(noise).toHaveLength(1);
    expect(noise[0]!.message).toContain('「mmm 0」');
    expect(noise[0]!.page).toBe(19);
  });
});

describe('a sheet whose header row OCR misread (木更津, item sheets)', () => {
  it('reads the misread label as the one the sheets before have in its place', async () => {
    // p6 `事業No. | 推進項目名称 | 担当課=`, p7 `… | 抱当麻`: each sheet's department had been lost
    const { source, doc } = await importScanned('kisarazu-p5-7.chromium.mono.lines.json', 'keiei-kaikaku-shinchoku');
    expect(cellsOf(source).filter((t) => t.startsWith('事業No.\t推進項目名称\t'))).toEqual(['事業No.\t推進項目名称\t担当課\t\t\t', '事業No.\t推進項目名称\t担当課=\t\t\t', '事業No.\t推進項目名称\t抱当麻\t\t\t']);
    expect(doc.records.map((r) => `${r.department} ${r.number} ${r.title}`)).toEqual(['総務部 2 働き方改革の促進(時間外勤務の縮減)', '資産管理部 3 公共施設のマネジメント', '都市整備部 4 し尿・浄化槽汚泥の共同処理化']);
    // (the sections as OCR gave them, the space between the two lost)
    expect(doc.records[2]!.sections.join(' ')).toMatch(/^都市整備部下水道推進室/);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/header-cell-guessed').map((d) => d.page)).toEqual([6, 7]);
  });

  it('starts a new sheet where its number and title labels come again under a sheet with its title', async () => {
    // p13 by LibreOffice: the sheet's first row `取組視点 _5 | つの柱④情報` (the 5 read into the label's
    // cell) opened no sheet, and sheet 10's title ran on into sheet 9's
    const { source, doc } = await importScanned('kisarazu-p12-13.libreoffice.mono.lines.json', 'keiei-kaikaku-shinchoku');
    expect(cellsOf(source)).toContain('取組視点 _5\tつの柱④情報\t\t\t');
    expect(doc.records.map((r) => `${r.number} ${r.title}`)).toEqual(['9 行政手続きのオンライン化', '10 情報発信力の強化']);
    expect(doc.records.map((r) => r.department)).toEqual(['市長公室', '市長公室']);
    expect(doc.diagnostics.some((d) => d.code === 'layout/sheet-start-unread' && d.page === 13)).toBe(true);
  });
});

describe('a numbered label whose dot OCR read as a comma (桑名, numbered lists)', () => {
  it('opens the goals’ list: `2,今年度の` / `部局目標`', async () => {
    const { source, doc } = await importScanned('kuwana-p22.libreoffice.mono.lines.json', 'bukyoku-mokuhyo');
    expect(cellsOf(source).map((t) => t.trim())).toContain('2,今年度の');
    expect(doc.records.map((r) => `${r.number} ${r.title}`)).toEqual(['1 議会運営に係る基礎的な知識の共有を図る。', '2 市民から見て分かり易い議会運営に努める。', '3 市民から見て、より開かれた身近な議会となるような取組を推進する。', '4 議員研修の充実を図る。']);
    expect(doc.records[0]!.fields.issue).toMatch(/^議会運営に係る基礎的な内容について/);
  });
});

describe('a circled number read again at the head of the line its item wrapped onto (刈谷 p10)', () => {
  it('is dropped, and the item is one record', async () => {
    // (captured before the lookalikes' pass had this rule: the cell as the OCR reader gave it)
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kariya-p10.chromium.mono.lines.json'), 'utf8'));
    expect(source.lines.some((l) => l.cells?.some((c) => c.includes('消防力の強\n②化を図る')))).toBe(true);
    const ocrPages = new Map([[10, 0.9]]);
    const notes = await readOcrLookalikes(source.lines, ocrPages);
    expect(notes.filter((n) => n.code === 'language/ocr-ring-repeated').map((n) => n.page)).toEqual([10]);
    const doc = await importSource(source, { profile: profile('soshiki-juten-mokuhyo') }, undefined, ocrPages);
    const titles = doc.records.filter((r) => r.number === 2).map((r) => r.title);
    expect(titles).toContain('消防団の防災活動を支援し、消防力の強化を図るとともに、女性消防団の活動支援を進めます。');
    expect(doc.records.some((r) => r.title.startsWith('化を図る'))).toBe(false);
  });
});

describe('the city’s own name read one character wrong in a title (刈谷 pp. 12–13)', () => {
  it('is the city’s before its 市, and said', async () => {
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kariya-p12-13.chromium.mono.lines.json'), 'utf8'));
    expect(source.lines.some((l) => l.text.includes('①旬谷市自殺対策計画'))).toBe(true);
    const doc = await importSource(source, { profile: profile('soshiki-juten-mokuhyo') }, undefined, new Map([[12, 0.9], [13, 0.9]]));
    // (the city from the page's title)
    expect(doc.municipality).toBe('刈谷市');
    expect(doc.records.map((r) => r.title)).toContain('刈谷市自殺対策計画を評価し、第2次刈谷市自殺対策計画を策定します。');
    expect(doc.diagnostics.filter((d) => d.code === 'language/ocr-municipality').map((d) => d.page)).toEqual([13]);
    // (read from its text layer, the same title stays as printed: the mend is OCR's only)
    const plain = await importSource(source, { profile: profile('soshiki-juten-mokuhyo') });
    expect(plain.records.map((r) => r.title)).toContain('旬谷市自殺対策計画を評価し、第2次刈谷市自殺対策計画を策定します。');
  });
});

describe('a header row whose title cell OCR read past telling (刈谷, column table)', () => {
  it('is no record where its other cells are header labels', async () => {
    // p14–15 by LibreOffice: `組織目標 | 取組内 "本 | 寺 | 目標達成基準` and `組織目標 | 取組内容 …本 ェ ーー や 。 やニー | 課等 ーー | 目標達成基準`
    const { source, doc } = await importScanned('kariya-p14-15.libreoffice.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(cellsOf(source)).toContain('組織目標\t取組内 "本\t寺\t目標達成基準');
    expect(doc.records.filter((r) => r.title.startsWith('取組内'))).toEqual([]);
    const dropped = doc.diagnostics.filter((d) => d.code === 'records/ocr-noise');
    // (p14's, each cell a label's length, is read as the header again since stop 79; p15's, a long cell, is dropped as noise)
    expect(doc.diagnostics.filter((d) => d.code === 'layout/header-row-misread').map((d) => d.page)).toEqual([14]);
    expect(dropped.map((d) => [d.page, d.message.match(/「(.*?)」/su)?.[1]?.slice(0, 4)])).toEqual([[15, '取組内容']]);
    // (the department's items around them all stay: its 15 in ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt, 3 + 7 + 2 + 3 under its four goals)
    expect(doc.records).toHaveLength(15);
    expect(doc.records.map((r) => r.title)).toContain('こども家庭センターの設置に向け必要な準備を行います。');
  });
});

describe('a department panel scanned in black and white (部長目標, goal blocks)', () => {
  // p2–3 by Chromium: 子ども未来部 white on its dark cell read `子ども示` / `求部`, its head's title 子ども未来部長
  // read right beside it; the 達成 badges, grey letters on a grey fill, read `| 革成`, `{較農]`, `2 隔:】`, `攻度`
  it("names the department after its head's title and takes the badges' misreadings off the goals", async () => {
    const { source, doc } = await importScanned('bucho-p2-3.chromium.mono.lines.json', 'bucho-mokuhyo-kekka');
    expect(cellsOf(source).some((t) => t.includes('求部') && t.includes('子ども未来部長'))).toBe(true);
    expect(doc.departments.map((d) => d.name)).toContain('子ども未来部');
    expect(doc.departments.map((d) => d.name)).not.toContain('求部');
    const renamed = doc.diagnostics.filter((d) => d.code === 'language/ocr-department-name');
    // (and, since stop 77, 健康いきいき部 on p3, its name cell `いほ部`, its head's title read without its 長)
    expect(renamed.map((d) => [d.page, d.message.match(/「(.*?)」/)?.[1]])).toEqual([[2, '求部'], [3, 'いほ部']]);
    // the goals as ../shared/seeds/r6-bucho-mokuhyo-kekka.txt prints them (line 26), 6 未達成, the others 達成
    const goals = doc.records.filter((r) => r.department === '子ども未来部');
    const byNumber = new Map(goals.map((r) => [r.number, r]));
    expect(byNumber.get(1)?.title).toBe('書かない窓口を開始します!');
    expect(byNumber.get(3)?.title).toBe('子ども・子育て未来プランを策定します!');
    expect(byNumber.get(6)?.title).toBe('大和南保育園跡地の活用を進めます!');
    expect(byNumber.get(8)?.title).toBe('児童発達支援センターの運営を推進します!');
    expect([1, 3, 6, 8].map((n) => byNumber.get(n)?.result ?? null)).toEqual([null, null, null, null]);
    expect([2, 5, 7].map((n) => byNumber.get(n)?.result?.status)).toEqual(['achieved', 'achieved', 'achieved']);
    const unread = doc.diagnostics.filter((d) => d.code === 'records/ocr-result-unread' && d.page === 2);
    expect(unread.map((d) => d.message.match(/as 「(.*?)」/)?.[1])).toEqual(expect.arrayContaining(['| 革成', '{較農]', '2 隔:】', '攻度']));
    // (a phrase after a ！ longer than a badge stays: 市民の利便性を向上!環境対策推進, the policy read as a goal)
    expect(doc.records.some((r) => r.title === '市民の利便性を向上!環境対策推進')).toBe(true);
  });
});

describe('stop 77: goals a black-and-white scan moved (部長目標 by Chromium, goal blocks)', () => {
  // the goals as ../shared/seeds/r6-bucho-mokuhyo-kekka.txt prints them: lines 12 (総務部), 40 (健康いきいき部),
  // 54 (まちづくり部), 61 (教育部)
  it("names a department whose head's title lost its 長 to the next cell", async () => {
    const { source, doc } = await importScanned('bucho-p3-4.chromium.mono.lines.json', 'bucho-mokuhyo-kekka');
    // p3: the head's line read `健康いきいき部 かわぐち そういち 川 壮一`, its 長 in the goals' cell; the name cell `いほ部`
    expect(cellsOf(source).some((t) => /健康いきいき部\s*かわぐち/.test(t))).toBe(true);
    expect(doc.departments.map((d) => d.name)).toContain('健康いきいき部');
    expect(doc.departments.map((d) => d.name)).not.toContain('いほ部');
    const health = doc.records.filter((r) => r.department === '健康いきいき部').map((r) => `${r.number} ${r.title}`);
    expect(health.slice(0, 3)).toEqual(['1 地域包括ケアシステム(認知症施策等)を推進します!', '2 高齢者福祉施策を見直します！', '3 国民健康保険事業の安定的かつ持続的な運営を行います！']);
    expect(doc.departments.find((d) => d.name === '健康いきいき部')?.headReading).toBe('かわぐちそういち');
    // goal 3's badge read `(葉)`: said once, by the warning that names it apart from the title
    expect(doc.diagnostics.filter((d) => d.message.includes('(葉)')).map((d) => d.code)).toEqual(['records/ocr-result-unread']);
  });
  it('takes goal 1 back from the 総括 where the 目標 label was read into the 総括 cell', async () => {
    const { source, doc } = await importScanned('bucho-p3-4.chromium.mono.lines.json', 'bucho-mokuhyo-kekka');
    // p4: まちづくり部's label cell `総括` / `MM`, goal 1 without its badge read first in the goals' cell
    expect(cellsOf(source).some((t) => t.includes('総括') && t.includes('MM'))).toBe(true);
    const town = doc.records.filter((r) => r.department === 'まちづくり部');
    expect(town.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(town[0]!.title).toBe('都市マスタープランの改定を行います！');
    expect(doc.departments.find((d) => d.name === 'まちづくり部')?.summary).not.toContain('都市マスタープラン');
  });
  it('drops a badge read on a line of its own, and brackets no text opened or closed', async () => {
    const p4 = await importScanned('bucho-p3-4.chromium.mono.lines.json', 'bucho-mokuhyo-kekka');
    // p4: 教育部's goal 2 wrapped, its badge `(才成` on the next line; goal 3 read `…整備を進めます「! 一 中3昌 左`
    const school = p4.doc.records.filter((r) => r.department === '教育部');
    expect(school.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(school[2]!.title).toBe('学校のDXの強化、ICT環境等の整備を進めます!');
    expect(p4.doc.diagnostics.some((d) => d.code === 'records/ocr-result-unread' && d.message.includes('「(才成」'))).toBe(true);
    // p1: 総務部's goal 3 read `)地方公共団体情報システム標準化への対応を実施します！`
    const p1 = await importScanned('bucho-p1.chromium.mono.lines.json', 'bucho-mokuhyo-kekka');
    expect(cellsOf(p1.source).some((t) => t.includes(')地方公共団体'))).toBe(true);
    const third = p1.doc.records.find((r) => r.department === '総務部' && r.number === 3);
    expect(third?.title).toBe('地方公共団体情報システム標準化への対応を実施します！');
    expect(p1.doc.diagnostics.some((d) => d.code === 'records/ocr-stray-bracket' && d.page === 1)).toBe(true);
  });
});

describe('stop 78: goals whose label and badges a halftone scan lost (部長目標 by Chromium, Ghostscript black and white)', () => {
  // the goals as ../shared/seeds/r6-bucho-mokuhyo-kekka.txt prints them: lines 7 (政策経営部), 72–77 (まちづくり部)
  it('reads a numbered run of goals, each ended by its ！, as the goals where their label cell was read empty', async () => {
    const { source, doc } = await importScanned('bucho-p4.chromium.gsmono.lines.json', 'bucho-mokuhyo-kekka');
    // p4: the 目標 cell read empty, each 達成 badge a few characters of nothing (`喪)`, `民吉)`), goals 3 and 4 on one line
    const goalsRow = source.lines.find((l) => (l.cells ?? []).some((c) => c.startsWith('1 都市マスタープラン')))!;
    expect(goalsRow.cells!.filter(Boolean)).toHaveLength(1);
    const town = doc.records.filter((r) => r.department === 'まちづくり部');
    expect(town.map((r) => `${r.number} ${r.title}`)).toEqual([
      '1 都市マスタープランの改定を行います！',
      '2 狭山緑地における更なる魅力向上に向けた取組を進めます！',
      '3 主要駅周辺の活力や賑わいを生み出す拠点形成に向けた取組を進めます！',
      '4 下水道事業の安定的な経営に向けた取組を進めます！',
      '5 交通安全対策を進めます！',
      '6 まちづくり行政のデジタル化を進めます！',
    ]);
    // (their badges unread: no result, each said)
    expect(town.every((r) => r.result === null)).toBe(true);
    expect(doc.diagnostics.some((d) => d.code === 'layout/no-goals')).toBe(false);
    expect(doc.departments.find((d) => d.name === 'まちづくり部')?.summary).not.toContain('都市マスタープラン');
  });
  it('takes the second word of a two-word result, read on a line of its own, as that result', async () => {
    const { doc } = await importScanned('bucho-p1.chromium.gsmono.lines.json', 'bucho-mokuhyo-kekka');
    // p1: goal 4 `…着手します！ 着手` / `ほ吉)` for 着手 達成
    const policy = doc.records.filter((r) => r.department === '政策経営部');
    expect(policy.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(policy[3]!.result).toEqual({ label: '着手 達成', status: 'achieved' });
    expect(policy.some((r) => r.title.includes('ほ吉'))).toBe(false);
  });
});

describe('stop 78: a badge read on a line of its own under a goal whose own badge was misread (部長目標 by LibreOffice, Ghostscript)', () => {
  it('is no goal, and the goals after it keep their numbers', async () => {
    // ../shared/seeds/r6-bucho-mokuhyo-kekka.txt line 40: 健康いきいき部's five goals; p3 read goal 3
    // `…運営を行います！革講` and under it `' 還了`, which the layout took for goal 4
    const { doc } = await importScanned('bucho-p2-3.libreoffice.gsmono.lines.json', 'bucho-mokuhyo-kekka');
    const health = doc.records.filter((r) => r.department === '健康いきいき部');
    expect(health.map((r) => `${r.number} ${r.title}`).slice(2)).toEqual(['3 国民健康保険事業の安定的かつ持続的な運営を行います！', '4 市民が健康を維持できる環境づくりを推進します！', '5 介護保険サービス基盤の確保に努めます！']);
    expect(doc.diagnostics.filter((d) => d.message.includes('還了')).map((d) => d.code)).toEqual(['records/ocr-result-unread']);
  });
});

describe('stop 78: an item number OCR read as a figure like it (刈谷 by LibreOffice, black and white)', () => {
  it('takes the number its run is due where the figure read is one OCR reads alike', async () => {
    // ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt line 228: ⑤児童発達支援センター…, read ⑧ after ④ and before ⑥
    const { doc } = await importScanned('kariya-p14-15.libreoffice.mono.lines.json', 'soshiki-juten-mokuhyo');
    const item = doc.records.find((r) => r.title.startsWith('児童発達支援センター'))!;
    expect(item.number).toBe(5);
    expect(doc.diagnostics.filter((d) => d.code === 'records/ocr-number-mended').map((d) => d.message.match(/number (\d+) after (\d+): taken as (\d+)/)?.slice(1))).toEqual([['8', '4', '5']]);
  });
});

describe('stop 78: a numbered label whose number OCR read as a kana (木更津 by LibreOffice, black and white)', () => {
  it('is the label: the second sub-table of targets keeps its own', async () => {
    // ../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt lines 105–116: 指標① R5–R7 95,000 / 90,300 / 85,800時間,
    // 指標② R5–R8 20 / 25 / 30 / 30%; the scan's p5 read 指標② `指標め`
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kisarazu-p5.libreoffice.mono.lines.json'), 'utf8'));
    expect(source.lines.some((l) => l.cells?.[0] === '指標め')).toBe(true);
    const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
    const notes = await readOcrLabels(source.lines, ocrPages);
    expect(notes.some((n) => n.code === 'language/ocr-label' && n.message.startsWith('「指標め」 read as the label 「指標」'))).toBe(true);
    const doc = await importSource(source, { profile: profile('keiei-kaikaku-shinchoku') }, undefined, ocrPages);
    const targets = doc.records[0]!.indicators.map((i) => `${i.fiscalYear} ${i.target}${i.unit}`);
    expect(targets).toEqual(['2023 95000時間', '2024 90300時間', '2025 85800時間', '2023 20%', '2024 25%', '2025 30%', '2026 30%']);
    expect(doc.records[0]!.indicators.every((i) => i.note === null)).toBe(true);
  });
  it('reads a thousands comma OCR read as a full stop, or with a speck, as the comma', async () => {
    // line 117: …34,068時間でした（前年同時期は30,810時間）… 1,854回（前年同時期は2,038回）; the scan read
    // `30,.810時間`, `1.854 回`, `2.038回`
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kisarazu-p5.libreoffice.mono.lines.json'), 'utf8'));
    const progress = () => source.lines.find((l) => l.cells?.[0]?.startsWith('令和５年度の活動経過'))!.cells![1]!;
    expect(progress()).toContain('30,.810時間');
    expect(progress()).toContain('2.038回');
    const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
    const notes = readOcrNumbers(source.lines, ocrPages);
    expect(progress()).toContain('は30,810時間');
    expect(progress()).toMatch(/1,854 ?回（前年同時期は2,038回）/);
    expect(notes.filter((n) => n.code === 'language/ocr-number')).toHaveLength(3);
    // a decimal stays, and so do dates and a figure grouped once before no unit that counts
    for (const kept of ['0.35%', '10.5%', '1.5時間', 'R4.3.4', 'R5.5.23ほか', '1.500', '0.350件']) expect(mendOcrNumbers(kept).text).toBe(kept);
    expect(mendOcrNumbers('1.404.728円').text).toBe('1,404,728円');
  });
  it('reads a year cell with specks of its fill before it as the year', async () => {
    // lines 123–132: 指標① R5–R7 25 / 40 / 60%, 指標② R5–R7 3 / 3 / 4件; the scan's p6 read the years `_R5`, `-R5`, `、R7`, `)R6`
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kisarazu-p6.libreoffice.mono.lines.json'), 'utf8'));
    expect(source.lines.filter((l) => l.cells?.some((c) => /^[_\-、)]R\d$/u.test(c))).length).toBeGreaterThanOrEqual(4);
    const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
    const notes = await readOcrLabels(source.lines, ocrPages);
    expect(notes.filter((n) => n.code === 'language/ocr-year').length).toBeGreaterThanOrEqual(6);
    const doc = await importSource(source, { profile: profile('keiei-kaikaku-shinchoku') }, undefined, ocrPages);
    const targets = doc.records[0]!.indicators;
    expect(targets.map((i) => i.fiscalYear)).toEqual([2023, 2024, 2025, 2023, 2024, 2025]);
    expect(targets.slice(0, 3).map((i) => `${i.target}${i.unit}`)).toEqual(['25%', '40%', '60%']);
    for (const kept of ['R5', '令和5年度の', '・R6年度に実施']) expect(fringedYear(kept)).toBeNull();
  });
  it('parts two 担当課 the scan ran together, the second of another department', async () => {
    // line 102: 総務部職員課 市長公室経営改革課, read without the space between them
    const { source, doc } = await importScanned('kisarazu-p5.libreoffice.mono.lines.json', 'keiei-kaikaku-shinchoku');
    expect(source.lines.some((l) => l.cells?.includes('総務部職員課市長公室経営改革課'))).toBe(true);
    expect(doc.records[0]!.sections).toEqual(['総務部職員課', '市長公室経営改革課']);
    expect(doc.records[0]!.department).toBe('総務部');
  });
});

describe('stop 79: a cell whose list starts at ② (刈谷 by Chromium, black and white)', () => {
  it('takes the text before ② as item ①, its number unread', async () => {
    // ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt line 95: 企画財政部's first row, ①アフターコロナにおける…
    // ②公式SNS…; the scan's p6 read the ① into the heading above (`(1)市民から信頼され、①満足度の…`)
    const { source, doc } = await importScanned('kariya-p6.chromium.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(source.lines.some((l) => l.cells?.[1]?.startsWith('アフターコロナにおける新たなにぎわいの創出を図ります。\n②公式SNS'))).toBe(true);
    const first = doc.records.filter((r) => r.department === '企画財政部').slice(0, 2);
    expect(first.map((r) => `${r.number} ${r.title}`)).toEqual(['1 アフターコロナにおける新たなにぎわいの創出を図ります。', '2 公式SNS等を活用し、積極的に刈谷市をPRします。']);
    expect(first[0]!.sections).toEqual(['企画政策課']);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/item-number-unread').map((d) => d.line)).toEqual([60]);
  });
});

describe('stop 79: an item number that breaks its list where the lists beside it tell (桑名 by Chromium, black and white)', () => {
  it('takes the number the other lists hold', async () => {
    // ../shared/seeds/kuwana-r6-bukyoku-mokuhyo.txt lines 698–762: 桑名広域清掃事業組合事務局, 現状認識と課題 ①–⑤ and goals
    // ①–⑤; the scan's p11 read the first list's ⑤ `⑥プラスチックに係る…`, which made a sixth record of it
    const { source, doc } = await importScanned('kuwana-p11.chromium.mono.lines.json', 'bukyoku-mokuhyo');
    expect(source.lines.some((l) => l.text.startsWith('⑥プラスチックに係る'))).toBe(true);
    expect(doc.records.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    const fifth = doc.records[4]!;
    expect(fifth.title).toBe('容器包装以外のプラスチック製品の処理方針を整理');
    expect(fifth.fields.issue).toBe('プラスチックに係る資源循環の促進等に関する法律の施行に伴う分別収集・再商品化の検討');
    expect(doc.diagnostics.filter((d) => d.code === 'layout/item-number-aligned').map((d) => d.line)).toEqual([364]);
  });
});

describe('stop 79: a section label whose number OCR read with a full stop (桑名 by Chromium, black and white)', () => {
  it('opens its list: `3。目標達成` / `のための` is no text of the goal before it', async () => {
    // ../shared/seeds/kuwana-r6-bukyoku-mokuhyo.txt line 929: 産業振興部's goal ⑤; the scan's p13 read ３．目標達成 `3。目標達成`
    const { source, doc } = await importScanned('kuwana-p13.chromium.mono.lines.json', 'bukyoku-mokuhyo');
    expect(source.lines.some((l) => l.text.trim() === '3。目標達成')).toBe(true);
    const fifth = doc.records.find((r) => r.number === 5)!;
    expect(fifth.title).toBe('地域計画を対象全19地区で年度内策定を完了する。');
    expect(fifth.fields.measures).toMatch(/^調査票を活用した目標地図の作成/);
  });
});

describe('stop 79: a target table whose header cells a scan read with specks (木更津 by LibreOffice, black and white)', () => {
  it('knows its boilerplate cells and takes every target with its unit', async () => {
    // ../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt lines 123–132: 指標① R5–R7 25 / 40 / 60%, 指標② R5–R7
    // 3 / 3 / 4件, both unnamed; the scan's p6 read the headers `年度` / `.(`, `各年度末時点)`, `年度。` / `、(`, `目標人`
    // and the targets `3 件`
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'kisarazu-p6.libreoffice.mono.lines.json'), 'utf8'));
    expect(source.lines.some((l) => l.cells?.includes('目標人') && l.cells.includes('年度。\n、('))).toBe(true);
    const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
    await readOcrLabels(source.lines, ocrPages);
    const doc = await importSource(source, { profile: profile('keiei-kaikaku-shinchoku') }, undefined, ocrPages);
    const targets = doc.records[0]!.indicators;
    expect(targets.map((i) => `${i.fiscalYear} ${i.target}${i.unit}`)).toEqual(['2023 25%', '2024 40%', '2025 60%', '2023 3件', '2024 3件', '2025 4件']);
    expect(targets.every((i) => i.name === null && i.note === null)).toBe(true);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/form-cell-misread').map((d) => d.line)).toEqual([94]);
  });
});

describe('stop 79: an item number read as a ring of another kind (刈谷 by Chromium, black and white)', () => {
  it('is the number its run leaves due, the ring off its title', async () => {
    // ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt line 345: 都市公園部's ② 本市の魅力を発信する…; the scan's p21 read it
    // `の本市の魅力を…` on a row of its own between ① and ③
    const { source, doc } = await importScanned('kariya-p21.chromium.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(source.lines.some((l) => l.cells?.[1]?.startsWith('の本市の魅力を発信する'))).toBe(true);
    const parks = doc.records.filter((r) => r.department === '都市公園部').slice(5, 8);
    expect(parks.map((r) => `${r.number} ${r.title.slice(0, 12)}`)).toEqual(['1 トイレの洋式化や老朽化し', '2 本市の魅力を発信する5つ', '3 近隣公園にウォーキングコ']);
    expect(doc.diagnostics.filter((d) => d.code === 'records/ocr-number-mended').map((d) => d.line)).toEqual([238]);
  });
});

describe('stop 79: a lone ② opening a category where the others open at ① (刈谷 by LibreOffice, black and white)', () => {
  it('is ①', async () => {
    // ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt line 255: 産業環境部's (2), its one row ①産業の高度化…; the scan's p16
    // read the ① `②`
    const { source, doc } = await importScanned('kariya-p16.libreoffice.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(source.lines.some((l) => l.cells?.[1]?.startsWith('②産業の高度化'))).toBe(true);
    expect(doc.records.map((r) => r.number)).toEqual([1, 1, 1, 2, 1, 2, 1, 2]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/item-number-restarted').map((d) => d.line)).toEqual([166]);
  });
});

describe('stop 79: a title opening with a bracket it never closes before another (桑名 by Chromium, black and white)', () => {
  it('takes the unclosed one off; a bracket closed later stays', () => {
    // ../shared/seeds/kuwana-r6-bukyoku-mokuhyo.txt line 269: スマートシティ推進課's goal ②; the scan's p5 read it with a
    // 「 before its 『 (this stop's run of stop 78's code, record at line 123)
    const read = '「『市民のスマートライフ、もう一歩前へ』（市民生活のスマート化）\nスマートシティの実現に向けた取り組み（ビジョン、アクションプランの作成、サービス実装）';
    const nested = '「『桑名』のまちづくり」の推進';
    const layout: LayoutResult = { departments: [], records: [read, nested].map((title) => draftRecord({ title, page: 5, line: 123 })), diagnostics: [], claims: new Map() };
    const notes = strayBrackets(layout, new Map([[5, 0.9]]), 'kuwana.pdf');
    expect(layout.records.map((r) => r.title.slice(0, 12))).toEqual(['『市民のスマートライフ、', '「『桑名』のまちづくり」']);
    expect(notes.map((n) => n.code)).toEqual(['records/ocr-stray-bracket']);
    // a page with a text layer keeps what it prints
    const printed: LayoutResult = { departments: [], records: [draftRecord({ title: read, page: 5, line: 123 })], diagnostics: [], claims: new Map() };
    expect(strayBrackets(printed, new Map(), 'kuwana.pdf')).toEqual([]);
  });
});

describe('stop 79: a sheet number its neighbours contradict across categories (木更津 by Chromium, black and white)', () => {
  it('takes the number between them where the document numbers on through its categories', async () => {
    // ../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt line 324: sheet 13 under 5つの柱⑤ 協働 between 12 and 14; the
    // scan's p16 read its number `1` and its 取組視点 `5つの柱協働` (12's `5 つの柱⑤協働`, 14's `5つの柱協作`)
    const { source, doc } = await importScanned('kisarazu-p15-17.chromium.mono.lines.json', 'keiei-kaikaku-shinchoku');
    expect(source.lines.some((l) => l.cells?.[0] === '1' && l.cells[1] === '木更津市地域生活支援拠点等整備事業の推進')).toBe(true);
    expect(doc.records.map((r) => r.number)).toEqual([12, 13, 14]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/number-inferred').map((d) => d.message)).toEqual(["the sheet's number cell reads 1 between 12 and 14: numbered 13"]);
  });
});

describe('stop 79: a header row read past naming two columns (刈谷 by Chromium, black and white)', () => {
  it('is the header again, not a record', async () => {
    // ../shared/seeds/kariya-r5-soshiki-juten-mokuhyo.txt: 総務部's (2), whose header 組織目標 | 取組内容 | 課等 | 目標達成基準 the
    // scan's p8 read `回 | 旬則内寺 | 時 | 目標達成基準`
    const { source, doc } = await importScanned('kariya-p8.chromium.mono.lines.json', 'soshiki-juten-mokuhyo');
    expect(source.lines.some((l) => l.text === '回\t旬則内寺\t時\t目標達成基準')).toBe(true);
    expect(doc.records.map((r) => r.number)).toEqual([1, 2, 1, 2, 3, 1, 1, 2, 3, 1]);
    expect(doc.records.some((r) => r.title.includes('旬則内寺'))).toBe(false);
    expect(doc.records[5]!.categoryPath[0]).toMatch(/^\(2\)/u);
    expect(doc.diagnostics.filter((d) => d.code === 'layout/header-row-misread').map((d) => d.line)).toEqual([80]);
  });
});

describe('stop 79: a label followed by what OCR read out of a picture beside it (部長目標 by Chromium, black and white)', () => {
  it('is the label: the policy under it is no goal', async () => {
    // ../shared/seeds/r6-bucho-mokuhyo-kekka.txt line 22: 市民環境部's 基本方針 市民の利便性を向上! 環境対策推進!; the scan's p2 read its
    // label `基本 方針 エエ ＯＯハハ わ や ハハ パパ ポ へ へ …`, the department's illustration beside it
    const source: SourceText = JSON.parse(readFileSync(join(FIXTURES, 'pdf-scanned', 'bucho-p2-3.chromium.mono.lines.json'), 'utf8'));
    const ocrPages = new Map(source.lines.flatMap((l) => (l.page === null ? [] : [[l.page, 0.9] as const])));
    const notes = await readOcrLabels(source.lines, ocrPages);
    expect(notes.filter((n) => n.message.includes('read as the label 「基本方針」 (what follows it no words')).map((n) => n.line)).toEqual([12]);
    const doc = await importSource(source, { profile: profile('bucho-mokuhyo-kekka') }, undefined, ocrPages);
    expect(doc.records.filter((r) => r.department === '市民環境部').map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.departments.find((d) => d.name === '市民環境部')?.policy).toBe('市民の利便性を向上!環境対策推進');
    // (a label with words after it is no label with noise: 基本方針 子育て支援の 充実 …)
    expect(labelBeforeNoise('基本 方針 子育て 支援 の 充実 を 図る')).toBeNull();
  });
});
