import { eraYearOf, findEraYears, isEraHeadPiece } from '../vocabulary/era-year.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { compactKey } from '../lex/lexed-line.js';
import { CIRCLED_CLASS, circledValue } from '../lex/markers/circled-number.js';
import { ParenNumberMarker } from '../lex/markers/paren-number.js';
import { SpacedNumberMarker } from '../lex/markers/spaced-number.js';
import { asciiDigits, opensBracket } from '../normalize/characters.js';
import { cleanText, oneLine } from '../normalize/clean-text.js';
import { stripMarkup } from '../normalize/markup.js';
import type { ItemSheetsProfile, LabelTarget } from '../profiles/profile-schema.js';
import { FIELD_KEYS } from '../records/schema.js';
import { Status, type Indicator, type YearEntry } from '../records/schema.js';
import { claim, draftRecord, type LayoutResult } from './layout-result.js';
import { compilePattern, ignoredCell, matchesAny, matchLabel, withoutBoilerplate } from './labels.js';
import { editDistance } from '../normalize/edit-distance.js';
import { splitSectionList } from './organisation.js';
import { statusOfResult } from '../lex/result-label.js';
import { YearColumns } from './year-columns.js';
import { repairedLine, repairedRows, textRank } from './sheet-rows.js';

/**
 * One sheet per item, rows of label cells and value cells (行政改革 isesaki, 経営改革 kisarazu).
 * A row is read left to right: a label cell sets the slot, the cells after it are its values;
 * a row without a label continues the slot above. Per-year slots read their values by column,
 * from the last row of era years (令和2年度 … / R5 …).
 *
 *   No. | ① | 取組項目 | 管路・施設情報管理台帳の一元化     ← item start: number, title
 *       | 担当部課 | 上下水道局総務課                       ← label in column 1
 *       | 令和2年度 | 令和3年度 | …                         ← year columns
 *   財政効果額(歳入) (単位:千円) | — | 9,398 | …           ← per year, 千円
 *   事業No. | 推進項目名称 | 担当課                        ← header row: the next row is read by column
 *   2 | 働き方改革の促進 (時間外勤務の縮減) | 総務部職員課 …
 */
/** `①` or `① 取組項目` (isesaki 313): a cell that starts with the item number. */
const NUMBERED_CELL = new RegExp(`^(${CIRCLED_CLASS})(.*)$`, 'u');
/** `取組内容①`: a label's cell ending with an item number set under it (see the label's branch below). */
const TRAILING_CIRCLED = new RegExp(`\\S(${CIRCLED_CLASS})$`, 'u');

type YearSlot = 'plan' | 'progress' | 'outcome' | 'grade' | 'nextSteps' | 'revenueEffect' | 'expenditureEffect';

interface YearDraft {
  plan: string[];
  progress: string[];
  outcome: string[];
  grade: string[];
  nextSteps: string[];
  revenueEffect: string[];
  expenditureEffect: string[];
  effectBasis: string[];
}

interface IndicatorDraft {
  name: string | null;
  /** The column the name was read from. */
  nameAt?: number;
  /** Opened by its sub-table's header, its label still to come (see layoutItemSheets). */
  labelBelow?: boolean;
  note: string | null;
  /** `at`: the column of the target's value (where its wrap goes on). */
  targets: { year: number; text: string; line: number; at?: number }[];
}

/**
 * Where a sheet's rows stand, page by page: the page of its last row, and of the line before (headers
 * aside). A free line belongs to the sheet on the last row's page, or as the next page's first line:
 * the field the page broke going on there.
 */
class SheetPages {
  private lastRow: number | null = null;
  private seen: number | null = null;

  /** Whether a line on `page` stands where the sheet's rows do; the line is seen. */
  holdsSheet(page: number | null): boolean {
    const holds = page === this.lastRow || (page !== null && this.lastRow !== null && page === this.lastRow + 1 && this.seen !== page);
    this.seen = page;
    return holds;
  }

  /** A row of the sheet on `page`: whether it is the first on a new page. */
  rowOn(page: number | null): boolean {
    const turned = this.lastRow !== null && page !== this.lastRow;
    this.lastRow = page;
    return turned;
  }
}

/** A note's mark at a line's start: ※, ＊, 注） */
const NOTE_MARK = /^\s*(?:[※＊*]|注[）)：:])/u;

type TextSlot = 'issue' | 'goal' | 'measures' | 'content' | 'progress';
const TEXT_SLOTS: ReadonlySet<LabelTarget> = new Set<LabelTarget>(['issue', 'goal', 'measures', 'content', 'progress']);

interface ItemDraft {
  line: LexedLine;
  number: number | null;
  title: string[];
  sections: string[];
  category: string[];
  text: Partial<Record<TextSlot, string[]>>;
  years: Map<number, YearDraft>;
  indicators: IndicatorDraft[];
  /** What stood in the number's cell where it read as no number (a scan's ② read `の`). */
  unreadNumber?: string;
  /** Opened by its title's row, the number's row still to come (see layoutItemSheets). */
  numberBelow?: boolean;
}

/** Whether a row gives a title: its label among the first three cells with text, a value after it. */
function titleLabelled(keys: readonly string[], profile: ItemSheetsProfile): boolean {
  const at = keys.findIndex((k, i) => k !== '' && textRank(keys, i) <= 2 && matchLabel(profile.labels, k) === 'title');
  return at >= 0 && keys.some((k, i) => i > at && k !== '' && !matchLabel(profile.labels, k));
}

export function layoutItemSheets(given: LexedLine[], front: LexedLine[], profile: ItemSheetsProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  const { lines, absorbed } = repairedRows(given, profile);
  for (const n of absorbed) claim(result.claims, n, 'record');
  const itemStart = compilePattern(profile.itemStart);
  const headers = profile.runningHeaders.map((p) => new RegExp(p, 'u'));
  const ignore = profile.ignoreCells.map((p) => new RegExp(p, 'u'));
  const categories = new CategoryTracker(front, profile);

  let item: ItemDraft | null = null;
  let slot: LabelTarget | null = null;
  let yearCols = YearColumns.none();
  let columnTargets: (LabelTarget | null)[] | null = null;
  // the rows of labels over values the sheets have shown: a sheet repeats its form
  const headersSeen: (LabelTarget | null)[][] = [];
  // the form's boilerplate cells a label's row has shown, by column (see formCell)
  const formCells = new Map<number, string>();
  const items: ItemDraft[] = [];
  let prose: number[] = [];
  // (free lines after a sheet's row, no heading since: the sheet's own if another of its rows follows; see below)
  let inSheet: { no: number; item: ItemDraft; left: boolean | null }[] = [];
  let rowLast = false;
  const pages = new SheetPages();
  // the row a page broke goes on under the year heads the next page repeats (see `repeated`)
  let broken = false;
  // (whether the last 取組工程 row's step name opened with an item's mark: see ownStep)
  let stepsMarked = false;
  // (year values under no label, for the label of the next row: see below)
  let held: { line: LexedLine; cells: [number, string][] } | null = null;

  for (const line of lines) {
    const l = repairedLine(line, profile);
    if (l.blank) continue;
    if (matchesAny(headers, l.key)) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    const keys = l.cells.map(compactKey);
    const openItem = (): ItemDraft => {
      const opened: ItemDraft = { line: l, number: null, title: [], sections: [], category: categories.path(), text: {}, years: new Map(), indicators: [] };
      items.push(opened);
      slot = null;
      yearCols = YearColumns.none();
      columnTargets = null;
      stepsMarked = false;
      return opened;
    };
    // the cells with text, in order: a table without rules may find a column only another sheet fills
    // (伊勢崎's No. | | ③ | 取組項目, its labels centred under No. … ③, printed without rules)
    const titleRow = titleLabelled(keys, profile);
    if (itemStart.test(keys.filter((k) => k !== '').join('|'))) {
      // (the number row of the sheet its title row opened: see below)
      const awaited = !!item?.numberBelow && item.number === null && item.years.size === 0 && !titleRow;
      if (!awaited) item = openItem();
      item!.numberBelow = false;
      // (a scan that lost the number's label or misread it, ① | 取組項目 | … or N円Oo | ⑥ | 取組項目:
      // the number is the circled one of the first two cells)
      const lead = keys.filter((k) => k !== '').slice(0, 2).map((k) => NUMBERED_CELL.exec(k)).find((m) => m?.[2] === '');
      if (lead) item!.number = circledValue(lead[1]!);
    } else if (item && titleRow && item.title.length > 0) {
      // A title's label again where the open sheet has its title: the next sheet, its number below. A
      // number cell merged down a sheet's first rows and set in their middle (an HTML table's default)
      // reads level with a later row — 伊勢崎's No. | ① beside 5年後までの目標, its 取組項目 row first with
      // no number, middle-aligned by LibreOffice (the 300th, 367th) and Chromium (the 368th): the title
      // had joined the sheet before's. The number row that follows, before any year, is this sheet's.
      item = openItem();
      item.numberBelow = true;
    }
    // A PDF's free line right under a sheet's rows, on their page, while a text label is the slot
    // being filled: the rest of that field, as the text's row of one filled cell gives it (木更津's
    // 令和5年度の活動経過・今後の予定 | 名称 | 年度 | 目標値 | 結果 over the 指標 rows, its text
    // after them; printed without rules, the text stands outside the table's columns)
    // — or at the head of the next page, the field the page broke going on there (木更津's
    // 活動経過・今後の予定 text under the 指標 rows, printed without rules: the rows fill the page)
    const onSheetPage = pages.holdsSheet(l.page);
    // (or a note under the 指標 rows, `※学校給食でご飯が提供される日数のうち`: the indicator's, as the
    // text's row of one cell gives it; 木更津 printed without rules by Chromium)
    const fieldOpen = slot !== null && ((FIELD_KEYS as readonly string[]).includes(slot) || (slot === 'indicator' && NOTE_MARK.test(l.cells[0] ?? '')));
    const freeInSheet = !!item && l.cells.length === 1 && !!l.box && !l.grid && fieldOpen && onSheetPage && !categories.isHeading(l);
    if (!freeInSheet && (!item || l.cells.length === 1)) {
      // Lines without cells are prose between sheets (isesaki's category introductions), never a
      // sheet's content: every sheet row of both seeds is tab-separated.
      if (categories.heading(l)) {
        // An area's introduction comes before its first heading (isesaki 218).
        for (const n of [...prose, ...inSheet.map((p) => p.no)]) claim(result.claims, n, 'category');
        prose = [];
        inSheet = [];
        rowLast = false;
        claim(result.claims, l.no, 'category');
      } else if (item && rowLast && l.box) inSheet.push({ no: l.no, item, left: yearCols.leftOfYears(l.box) });
      else if (categories.current() !== null) claim(result.claims, l.no, 'category');
      else prose.push(l.no);
      continue;
    }
    if (!item) continue;
    claim(result.claims, l.no, 'record');
    // (the free lines between two rows of one sheet, no heading among them, are the sheet's, not prose between
    // sheets: a step's name or a label's legend, a narrow column's lines the table lost — 伊勢崎's ・施設、設備の /
    // 老朽化に伴う / 改修箇所調査 … under 取組工程, Noto Sans CJK 15 pt on A4 by LibreOffice, the 355th. Left of the
    // years, where the text import's rows claim them too; in a year's column a value not placed, and reported)
    for (const p of inSheet) if (p.item !== item || p.left) claim(result.claims, p.no, p.item === item ? 'record' : 'category');
    inSheet = [];
    rowLast = true;
    const pageTurned = pages.rowOn(l.page);

    const years = keys.map((k) => eraYearOf(k));
    const strays = yearsWithStrays(l.cells, years);
    // (not a row a label of one year's values opens: its cells' text began with their years and the page
    // broke there — 伊勢崎's 取組成果 | 令和3年度 | 令和4年度 … at a page's foot, each year's outcome going on
    // 一般会計当初予算の… on the next; Noto Sans CJK 15 pt on A4 by LibreOffice, the 355th — read as year heads,
    // every outcome had been lost and the next steps set a year early)
    const valueLabel = keys.slice(0, 3).map((k) => (k ? matchLabel(profile.labels, k) : null)).find((t) => t !== null && t !== undefined);
    const valuesRow = !!valueLabel && valueLabel in YEAR_SLOTS && valueLabel !== 'year.plan';
    if (years.filter((y) => y !== null).length >= 2 && !valuesRow) {
      if (held) unplaced(held, result);
      held = null;
      const heads = YearColumns.from(years, l);
      // The same years again on a line of their own, outside any table (a header a PDF repeats at a
      // page's head, its label column left empty and dropped: 伊勢崎 printed without rules by
      // LibreOffice): the columns already set stand, their cells placed as before.
      if (!l.box || l.grid || !heads.sameYears(yearCols)) yearCols = heads;
      const labels = keys.map((k, i) => (i <= 2 && k ? matchLabel(profile.labels, k) : null));
      // (the year heads a PDF repeats at a new page's head, over the rest of a row the page broke:
      // 伊勢崎's 取組課題 / …展開の方針を表示 | う。 | う。 …, printed without rules by LibreOffice — the
      // row's field goes on)
      const repeated = pageTurned && slot !== null && slot !== 'year.plan' && slot in YEAR_SLOTS && heads.sameYears(yearCols);
      if (!repeated) slot = labels.includes('year.header') || labels.includes('year.plan') ? 'year.plan' : null;
      broken = repeated;
      if (repeated && slot) for (const [col, rest] of strays) addValue(item, slot, rest, col, yearCols, l, result, profile, true);
      continue;
    }
    // A row of labels only is a header: the next row holds their values by column.
    // (among the first three cells with text, as below: 木更津 in an outer frame by LibreOffice in 11 pt
    // gothic found an empty column after 事業No., which put 担当課 fourth)
    const labelsHere = keys.map((k, i) => (k && textRank(keys, i) <= 2 ? matchLabel(profile.labels, k) : null));
    // Year values under no label right under the year heads, then a row of a year's label whose own year cells are empty: that
    // label's, its cell merged down the values' row and the one under it and set in their middle — 伊勢崎's 220 × 4 over
    // 財政効果額(歳入) (単位:千円) over 有料広告料 × 4, every cell middle-aligned, with horizontal rules by Chromium (the 368th):
    // the amounts had been left unplaced. Any other row after them: they are reported unplaced, as before.
    const inYears = l.cells.flatMap((c, i) => (c.trim() && yearCols.yearAt(i, l) !== undefined ? [i] : []));
    if (held) {
      const to = labelsHere.find((t) => t !== null && t !== undefined);
      if (to && to !== 'year.plan' && to in YEAR_SLOTS && inYears.length === 0) for (const [i, c] of held.cells) addValue(item, to, c, i, yearCols, held.line, result, profile);
      else unplaced(held, result);
      held = null;
    }
    if (slot === null && !labelsHere.some((t) => t) && inYears.length > 0 && inYears.length === keys.filter((k) => k !== '').length) {
      held = { line: l, cells: inYears.map((i) => [i, l.cells[i]!] as [number, string]) };
      continue;
    }
    // (and a free line of the sheet: the rest of a field whose sentence it finishes, as at the head of
    // the page after the sheet's last row, or under a row whose cell the table lost the lines of —
    // 伊勢崎's 取組内容 …施行に対応した管路・ / 施設台帳を一元管理する…, LibreOffice without rules)
    // (or the first row of a new page under no other label, no year heads repeated over it: the rest of the
    // row the page broke — 伊勢崎's 取組課題 …得られるよう / に仕様を固めRFIに臨む。, IPAex Gothic 10.5 pt on A4
    // landscape by LibreOffice without rules, the 208th)
    const pageBroke = pageTurned && slot !== null && labelsHere.every((t) => t === null || t === slot);
    // (but a 取組工程 row naming a step of its own before the years is that step's, not the rest of the step
    // above: 伊勢崎's ・評価シートの見直し | 見直し × 5 at a page's head under ・事務事業の見直し | 見直し × 5, read
    // 見直し見直し; Noto Sans CJK 14 pt, 35 mm, by Chromium, the 335th)
    // (nor one with a name before the years and a step in a year: 伊勢崎's 伊勢崎市空家等管理システムの導入 | 導入 | 管理 …
    // at a page's head under SNS、関連団体等を活用した周知 | 実施 …, no bullet; Noto Sans CJK 15 pt on A4 by LibreOffice
    // with horizontal rules, the 355th — read 実施管理. A step's name the page broke goes on with its years empty, and
    // words a page broke inside a year's cell the line-end mending has joined already)
    const yearOf = (i: number) => (l.cells[i]?.trim() ? yearCols.yearAt(i, l) : undefined);
    const named = l.cells.findIndex((c, i) => c.trim() !== '' && yearOf(i) === undefined);
    // (but not a name without the mark the names above it opened with: the rest of the name the page broke — 伊勢崎's
    // ・受診しやすい体 | 体制整 × 5 at a page's foot, 制整備 | 備 × 5 at the next page's head; IPAex Gothic 14 pt on letter by
    // LibreOffice with horizontal rules, the 347th)
    const nameOpens = named >= 0 && OPENS_ITEM.test(l.cells[named]!.trim());
    const ownStep = slot === 'year.plan' && (l.cells.some((c, i) => yearCols.beforeYears(i) && OPENS_ITEM.test(c)) || (named >= 0 && !(stepsMarked && !nameOpens) && l.cells.some((_, i) => i > named && yearOf(i) !== undefined)));
    if (slot === 'year.plan' && named >= 0) stepsMarked = nameOpens;
    const continues = (broken || freeInSheet || pageBroke) && !ownStep;
    broken = false;
    const valuesAt = keys.flatMap((k, i) => (k && !labelsHere[i] && !ignoredCell(ignore, l.cells[i]!) ? [i] : []));
    const known = labelsHere.filter(Boolean).length >= 2 ? (valuesAt.length === 0 ? labelsHere : headerSeen(keys, labelsHere, valuesAt, headersSeen)) : null;
    if (known) {
      if (known !== labelsHere) {
        const at = known.findIndex((t, i) => t !== labelsHere[i]);
        result.diagnostics.push({ level: 'info', code: 'layout/header-cell-guessed', message: `header cell 「${l.cells[at]!.trim()}」 read as the label the sheets before have there (${known[at]})`, line: l.no, page: l.page });
      } else if (!headersSeen.some((h) => h.join('|') === known.join('|'))) headersSeen.push(known);
      columnTargets = known;
      continue;
    }
    if (columnTargets && !labelsHere[0]) {
      const targets = columnTargets;
      // (a sheet's number and title labels again over another number where the sheet open has its
      // title: the next sheet, its first row unread — `取組視点 _5 | つの柱④情報`, 木更津 by LibreOffice
      // scanned in black and white, p13, the 5 of the next cell read into the label's; a header a page
      // repeats over the same sheet's rows gives no other number)
      const numberAt = targets.indexOf('number');
      const number = numberAt >= 0 && targets.includes('title') ? Number(asciiDigits(keys[numberAt] ?? '')) : NaN;
      if (item.title.length > 0 && item.number !== null && Number.isInteger(number) && number > 0 && number !== item.number) {
        result.diagnostics.push({ level: 'info', code: 'layout/sheet-start-unread', message: `sheet ${number} under its number and title labels where sheet ${item.number} was open: a new sheet, its first row not read as one`, line: l.no, page: l.page });
        item = openItem();
      }
      columnTargets = null;
      // a value under no label belongs to the label on its left: that label's cell spans columns the
      // rows below part (木更津's 担当課 over 市長公室経営改革課 | 関係各課, printed without rules by
      // LibreOffice in 9 pt: the 指標 rows' borders run through it)
      let left: LabelTarget | null = null;
      l.cells.forEach((c, i) => {
        const t = targets[i] ?? left;
        if (targets[i]) left = targets[i]!;
        if (t && c.trim()) addValue(item!, t, c, i, yearCols, l, result, profile);
      });
      continue;
    }
    columnTargets = null;

    // A row of grades alone under no label it knows is the 取組達成度 row: a ◎ alone in a cell is no
    // sentence of the field above (伊勢崎's 取組達 | ○ | ◎ | ◎ | ◎, the page breaking its label after
    // 取組達, printed without rules by LibreOffice: the grades had gone into 取組成果). A label cell
    // left of the years goes with it.
    if (gradesOnly(keys, labelsHere, profile) && slot !== 'year.grade') {
      slot = 'year.grade';
      keys.forEach((k, i) => {
        if (isGrade(profile, k)) addValue(item!, 'year.grade', l.cells[i]!, i, yearCols, l, result, profile);
      });
      continue;
    }

    // A year/value pair in the row (`R5 | 95,000時間`, `R8 | 実施` shifted to column 0): an
    // indicator target, wherever the extraction put it.
    // (or both in one cell, `R8 -`: the row's one cell there, no border between them where the
    // page's text showed none; 木更津 printed without rules by Chromium)
    // (not in a row of one year's values by column, 取組成果 | 令和3年度 | 令和4年度 …: see valuesRow)
    // (a year under the sub-table's boilerplate in one cell, `(各年度末時点)R5`: the note's line and the year's set beside a
    // label's wraps, which a print without rules reads as one row — 木更津's 令和5年度の活 / 動経過・今後の / 予定 beside the
    // sub-table its form repeats there, Noto Sans CJK 15 pt on A4 by LibreOffice without rules, the 355th: read as the
    // year's progress, it had opened three sheets' 活動経過. Nothing but the label before it: beside the progress's own text,
    // 目標値 / (各年度末時点) / R5 is the sub-table's header the row holds, VL PGothic 11 pt on letter landscape by LibreOffice, the 353rd)
    const pairYearOf = (i: number) => eraYearOf(keys[i]!) ?? (keys[i] && keys.slice(1, i).every((k) => k === '') ? eraYearOf(compactKey(withoutBoilerplate(ignore, l.cells[i]!))) : null);
    const pairAt = valuesRow ? -1 : keys.findIndex((k, i) => (i > 0 || !matchLabel(profile.labels, k) ? pairYearOf(i) !== null : false));
    // (or heading a cell whose other paragraphs are the text of the row under it, no border read
    // between them: `R8 -` over 令和5年度は既存返礼品の…, the 活動経過 row's text — 木更津 printed without
    // rules, or with an outer frame, by Chromium and LibreOffice in most typographies)
    const joinedAt = pairAt < 0 && !valuesRow ? l.cells.findIndex((c, i) => i > 0 && (yearAndTarget(c) ?? headingPair(c)) !== null) : -1;
    const joined: { year: number; target: string; rest?: string } | null = joinedAt >= 0 ? (yearAndTarget(l.cells[joinedAt]!) ?? headingPair(l.cells[joinedAt]!)) : null;
    const yearAt = joined ? joinedAt : pairAt;
    const pairYear = joined ? joined.year : yearAt >= 0 ? pairYearOf(yearAt) : null;
    const valueAt = yearAt >= 0 && !joined ? keys.findIndex((k, i) => i > yearAt && k !== '' && !ignoredCell(ignore, l.cells[i]!)) : -1;
    const pairValue = joined ? joined.target : valueAt >= 0 ? withoutBoilerplate(ignore, l.cells[valueAt]!) : '';

    // A row of the indicators' sub-table header without the label (名称 | 年度 | 目標値 | 結果 over (各年度末時点)) where the
    // open indicator has its targets, or before any: the next indicator's, its label merged down the rows and set in their
    // middle — 木更津's 指標② beside R6 under R5 | 20%, every cell middle-aligned by LibreOffice and Chromium (the 300th,
    // 303rd, 367th–370th): R5 had gone to 指標①. A name the row holds before the boilerplate is the indicator's, its first
    // lines level with the header (事業の縮小・廃止による効果額（累計） ※以下の条件で算出…, centred down five rows).
    const form = keys.flatMap((k, i) => (k !== '' && ignoredCell(ignore, l.cells[i]!) ? [i] : []));
    const nameCells = keys.flatMap((k, i) => (k !== '' && !form.includes(i) ? [i] : []));
    const lastTargets = item.indicators.at(-1)?.targets.length ?? 0;
    const subHeader = form.length > 0 && pairYear === null && nameCells.length <= 1 && nameCells.every((i) => i < form[0]! && !labelsHere[i] && !NUMBERED_CELL.test(keys[i]!)) && (slot === 'indicator' ? lastTargets > 0 && nameCells.length === 0 : form.length >= 2);
    if (subHeader) {
      const ind: IndicatorDraft = { name: null, note: null, targets: [], labelBelow: true };
      if (nameCells.length === 1) Object.assign(ind, splitFootnote(l.rawCells[nameCells[0]!] ?? l.cells[nameCells[0]!]!), { nameAt: nameCells[0] });
      item.indicators.push(ind);
      slot = 'indicator';
      continue;
    }

    let labelledRow = false;
    for (let i = 0; i < l.cells.length; i++) {
      const cell = l.cells[i]!;
      const key = keys[i]!;
      if (!key) continue;
      if (ignoredCell(ignore, cell)) {
        if (labelledRow) formCells.set(i, key);
        continue;
      }
      if (labelledRow && formCell(formCells.get(i), key)) {
        result.diagnostics.push({ level: 'info', code: 'layout/form-cell-misread', message: `cell 「${cleanText(cell)}」 read as the form's 「${formCells.get(i)}」, which a row of the same label printed in this column`, line: l.no, page: l.page });
        continue;
      }
      const numbered = NUMBERED_CELL.exec(key);
      // among the first three cells with text (an empty column an unruled print found does not count)
      const rank = textRank(keys, i);
      const label = rank <= 2 ? (matchLabel(profile.labels, key) ?? (numbered && numbered[2] ? matchLabel(profile.labels, numbered[2]) : null)) : null;
      // the number label and the number in one cell (`No. ②`: an unruled print found no gap between them)
      // (and the label after it too: `No. ① 取組項目`)
      const labelled = !label && rank <= 2 ? new RegExp(`^(.+?)(${CIRCLED_CLASS})(.*)$`, 'u').exec(key) : null;
      const next = labelled?.[3] ? matchLabel(profile.labels, labelled[3]) : null;
      if (labelled && matchLabel(profile.labels, labelled[1]!) === 'number' && (!labelled[3] || next)) {
        if (item.number === null) item.number = circledValue(labelled[2]!);
        slot = next ?? 'number';
        if (slot === 'indicator') openIndicator(item);
        continue;
      }
      if (label) {
        if (numbered && numbered[2] && item.number === null) item.number = circledValue(numbered[1]!);
        // (or under it in one cell, where the sheet has no number yet: the number's cell merged down the sheet's head and
        // set in its middle, level with the label's, no gap read between them — 伊勢崎's 取組内容 / ① beside No., VL PGothic
        // 10.5 pt on A3 landscape by LibreOffice, bold labels, middle-aligned, the 303rd: the sheet had no number)
        const trailing = item.number === null && label !== 'indicator' ? TRAILING_CIRCLED.exec(key) : null;
        if (trailing) item.number = circledValue(trailing[1]!);
        slot = label;
        labelledRow = true;
        if (label === 'indicator') openIndicator(item);
        continue;
      }
      if (slot === 'number' && numbered && !numbered[2]) {
        item.number = circledValue(numbered[1]!);
        continue;
      }
      if (slot === 'number' && item.number === null && [...key].length <= 2 && !/[\p{N}\p{Script=Han}]/u.test(key)) {
        item.unreadNumber = key;
        continue;
      }
      if (pairYear !== null && (i === yearAt || i === valueAt)) {
        if (i === yearAt) placeTarget(item, slot, pairYear, pairValue, l, result, valueAt);
        if (i === yearAt && joined?.rest && slot) addValue(item, slot, joined.rest, i, yearCols, l, result, profile, continues);
        continue;
      }
      if (slot === 'indicator') {
        const ind = item.indicators.at(-1);
        if (!ind) continue;
        // (or, no name yet, beside a later year's target left of it: the name merged down the year rows and set in their
        // middle — 木更津's インターネット広告（ディスプレイ広告）のクリック率 beside R6, every cell middle-aligned by
        // LibreOffice, the 367th: read as the note)
        // (or on a row of its own between two years', left of their values: 市ホームページ内の…改善意見数 between R5 and R6 — the
        // row's only cell, not one of a row of the form's header: 木更津's 令和5年度の | 公共施設再配置計画 | 年度 | 目標値 | 結果,
        // the 活動経過 label's first line beside the sub-table repeated in that row, Noto Sans CJK 15 pt by Chromium, the 350th)
        const alone = keys.filter((k) => k !== '').length === 1;
        const leftOfValues = pairYear !== null ? i < yearAt : alone && ind.targets.length > 0 && ind.targets.every((t) => t.at !== undefined && i < t.at);
        const centredName = ind.name === null && ind.note === null && leftOfValues && !NOTE_MARK.test(cell);
        if (ind.name === null && (ind.targets.length === 0 || centredName)) Object.assign(ind, splitFootnote(l.rawCells[i] ?? cell), { nameAt: i });
        else if (nameWrapped(ind, i, cell, pairYear !== null)) ind.name += cleanText(cell);
        else if (pairYear === null && unitWrapped(ind, i, cell)) ind.targets.at(-1)!.text += cleanText(cell);
        else if (nameGoesOn(ind, i, l.rawCells[i] ?? cell)) {
          const { name, note } = splitFootnote(l.rawCells[i] ?? cell);
          ind.name += cleanText(name);
          ind.note = note;
        } else {
          // `※学校給食でご飯が提供される日数のうち…` (kisarazu 355): a note under the targets.
          const note = cleanText(cell);
          if (note) ind.note = ind.note ? `${ind.note}\n${note}` : note;
        }
        continue;
      }
      if (pairYear !== null && i < yearAt && slot && !/<p>/i.test(l.rawCells[i] ?? '')) {
        // `活動経過… | 地方創生応援税制…寄附件数 | R8 | -` (kisarazu 215): the name of the
        // indicator whose displaced row this is, not progress text.
        const unnamed = [...item.indicators].reverse().find((ind) => ind.name === null);
        if (unnamed) {
          Object.assign(unnamed, splitFootnote(cell));
          continue;
        }
      }
      if (slot) addValue(item, slot, cell, i, yearCols, l, result, profile, continues);
      else {
        unplacedCell(cell, l, result);
      }
    }
  }

  if (held) unplaced(held, result);
  numberInSequence(items, result);
  // departments come from the 担当部課 the language step splits (assignOrganisations)
  for (const p of inSheet) claim(result.claims, p.no, 'category');
  for (const it of items) result.records.push(finishItem(it, profile, result));
  return result;
}

/** A cell before any label: reported, not dropped. */
function unplacedCell(cell: string, line: LexedLine, result: LayoutResult): void {
  result.diagnostics.push({ level: 'warning', code: 'layout/unplaced-cell', message: `a cell before any label: "${cleanText(cell).slice(0, 40)}"`, line: line.no, page: line.page });
}

/** Year values held for a label that did not come: reported as any cell before a label is. */
function unplaced(held: { line: LexedLine; cells: [number, string][] }, result: LayoutResult): void {
  for (const [, c] of held.cells) unplacedCell(c, held.line, result);
}

/** An indicator's label: the next indicator, or the one its sub-table's header opened (see labelBelow). */
function openIndicator(item: ItemDraft): void {
  const last = item.indicators.at(-1);
  if (last?.labelBelow) last.labelBelow = false;
  else item.indicators.push({ name: null, note: null, targets: [] });
}

/**
 * A year head holding, after its year, the last line of the cell above it that the page broke
 * (伊勢崎's `令和5年度 研修会を開催した。` between 令和4年度 and 令和6年度 at a page's head, in an outer
 * frame by LibreOffice: that year's column, and its grade, had been lost). Where the years either side
 * leave it that year, `years` takes it (in place); the words after it are returned by column.
 */
function yearsWithStrays(cells: readonly string[], years: (number | null)[]): Map<number, string> {
  const strays = new Map<number, string>();
  cells.forEach((cell, i) => {
    if (years[i] !== null || i === 0) return;
    const head = findEraYears(cell.trim())[0];
    const [before, after] = [years[i - 1], years[i + 1]];
    if (!head || head.index !== 0 || before == null || head.year !== before + 1) return;
    const rest = cell.trim().slice(head.written.length).trim();
    // (the row's last year, its cell holding the next year's head begun: the head of a last column no row
    // wrote in, set a character a line in a sliver beside it and read into it — 伊勢崎's 令和5年度 / 令和 / 6 /
    // 年 / 度, Noto Sans CJK 14 pt on A4, 35 mm, by Chromium with horizontal rules, the 335th: 令和5年度's
    // column had been lost, that year's progress cut to its last line on the next page)
    const nextHead = i === cells.length - 1 || cells.slice(i + 1).every((c) => c.trim() === '');
    if (nextHead ? !isEraHeadPiece(rest) : i === cells.length - 1 || after == null || after !== head.year + 1) return;
    years[i] = head.year;
    if (rest && !nextHead) strays.set(i, rest);
  });
  return strays;
}

const isGrade = (profile: ItemSheetsProfile, key: string) => profile.grades.some((g) => g.symbol === key);

/** Two cells or more of a grade symbol each, no label the profile knows, and at most one other cell before them (a label it does not). */
function gradesOnly(keys: readonly string[], labels: readonly (LabelTarget | null)[], profile: ItemSheetsProfile): boolean {
  if (profile.grades.length === 0 || labels.some(Boolean)) return false;
  const filled = keys.filter((k) => k !== '');
  const first = filled.findIndex((k) => isGrade(profile, k));
  return first >= 0 && first <= 1 && filled.slice(first).every((k) => isGrade(profile, k)) && filled.length - first >= 2;
}

/**
 * A sheet whose number cell holds one or two characters that are no number (伊勢崎's scan: ② read
 * `の`, `@`, ③ `ぐ)`), or a number between the numbers one apart of the sheets either side of it
 * under the same category, takes the number after the sheet before it (or, first of its category,
 * the number before the sheet after it), as a reader counts them (the sheets of a category are
 * numbered ①, ②, … in order), and says so. Across categories only where the sheets either side
 * number on through them, one apart.
 */
function numberInSequence(items: readonly ItemDraft[], result: LayoutResult): void {
  const sameCategory = (a: ItemDraft | undefined, b: ItemDraft) => a !== undefined && a.category.join('|') === b.category.join('|');
  items.forEach((it, i) => {
    const [before, after] = [items[i - 1], items[i + 1]];
    if ((!sameCategory(before, it) || before!.number === null) && it.number === null && it.unreadNumber !== undefined && sameCategory(after, it) && after!.number !== null && after!.number > 1) {
      // the first sheet of its category (木更津's scan at JPEG quality 50: its 1 read `【`): the number before the next one's
      it.number = after!.number - 1;
      result.diagnostics.push({ level: 'warning', code: 'layout/number-inferred', message: `the sheet's number cell reads "${it.unreadNumber}": numbered ${it.number}, before the sheet after it`, line: it.line.no, page: it.line.page });
      return;
    }
    // a number its neighbours contradict where the document numbers on across categories (木更津 by
    // Chromium in black and white: 13 read 1 between 12 and 14, each under a 取組視点 of its own)
    if (before?.number != null && it.number !== null && !sameCategory(before, it) && it.number !== before.number + 1 && after?.number === before.number + 2) {
      const read = it.number;
      it.number = before.number + 1;
      result.diagnostics.push({ level: 'warning', code: 'layout/number-inferred', message: `the sheet's number cell reads ${read} between ${before.number} and ${after.number}: numbered ${it.number}`, line: it.line.no, page: it.line.page });
      return;
    }
    if (!sameCategory(before, it) || before!.number === null) return;
    if (it.number === null && it.unreadNumber !== undefined) {
      it.number = before!.number + 1;
      result.diagnostics.push({ level: 'warning', code: 'layout/number-inferred', message: `the sheet's number cell reads "${it.unreadNumber}": numbered ${it.number}, after the sheet before it`, line: it.line.no, page: it.line.page });
    } else if (it.number !== null && it.number !== before!.number + 1 && sameCategory(after, it) && after!.number === before!.number + 2) {
      // a number its neighbours contradict (伊勢崎's scan: ⑤ read ⑧ between ④ and ⑥)
      const read = it.number;
      it.number = before!.number + 1;
      result.diagnostics.push({ level: 'warning', code: 'layout/number-inferred', message: `the sheet's number cell reads ${read} between ${before!.number} and ${after!.number}: numbered ${it.number}`, line: it.line.no, page: it.line.page });
    }
  });
}

// (a unit set off by a space, `20,000 千円`, where the page spaces digits apart from Japanese)
const FIGURE = /[0-9０-９][0-9０-９,，.．]*(?:[ \u3000]?[^\s0-9０-９]{1,3}(?=[ \u3000]|$))?/gu;

/**
 * A cell of figures only, one per year, spaces between (`20,000千円 15,000千円 … 20,000千円`):
 * a row of year cells set tighter than a gap that parts cells, outside the header's columns.
 * 伊勢崎's 歳出削減目標額 under 具体的な取組事項 | 令和2年度 …, printed without rules by LibreOffice.
 */
function figureRun(cell: string): string[] | null {
  const parts = cell.match(FIGURE) ?? [];
  return parts.length >= 2 && cell.replace(FIGURE, '').trim() === '' ? parts : null;
}

const YEAR_SLOTS: Partial<Record<LabelTarget, YearSlot>> = {
  'year.plan': 'plan',
  'year.progress': 'progress',
  'year.outcome': 'outcome',
  'year.grade': 'grade',
  'year.nextSteps': 'nextSteps',
  'year.revenueEffect': 'revenueEffect',
  'year.expenditureEffect': 'expenditureEffect',
};

function yearDraft(item: ItemDraft, year: number): YearDraft {
  let y = item.years.get(year);
  if (!y) {
    y = { plan: [], progress: [], outcome: [], grade: [], nextSteps: [], revenueEffect: [], expenditureEffect: [], effectBasis: [] };
    item.years.set(year, y);
  }
  return y;
}

function addValue(
  item: ItemDraft,
  slot: LabelTarget,
  cell: string,
  col: number,
  yearCols: YearColumns,
  line: LexedLine,
  result: LayoutResult,
  profile: ItemSheetsProfile,
  continues = false,
): void {
  const ys = YEAR_SLOTS[slot];
  if (ys) {
    const year = yearCols.yearAt(col, line);
    const run = year === undefined ? figureRun(cell) : null;
    const heads = run ? yearCols.years() : [];
    if (run && run.length === heads.length && heads.every((y) => !item.years.get(y)?.[ys].length)) {
      heads.forEach((y, k) => yearDraft(item, y)[ys].push(run[k]!));
      return;
    }
    if (year === undefined) {
      if (slot !== 'year.plan' || !yearCols.beforeYears(col)) {
        result.diagnostics.push({ level: 'warning', code: 'layout/cell-outside-year-columns', message: `a ${slot} cell is in no year column: "${cleanText(cell).slice(0, 40)}"`, line: line.no, page: line.page });
      }
      return; // the 取組工程 row's own name (・管路台帳システムの構築) sits before the year columns
    }
    const y = yearDraft(item, year);
    const money = ys === 'revenueEffect' || ys === 'expenditureEffect';
    // Text under a figure explains it (kisarazu/isesaki 341 `(売上合計額)-(払戻金及び委託料)`).
    const text = listAware(cell, line, col);
    // The same text in the figure's own cell, under it: a PDF row drawn without a border between
    // the figure and its explanation reads as one cell of two paragraphs (伊勢崎 printed without
    // rules by LibreOffice in BIZ UDPMincho 11 pt landscape: `105,854` / `(専用場外…)-(払戻金…)`)
    const [figure, ...under] = cell.split('\n').filter((p) => p.trim() !== '');
    if (money && y[ys].length === 0 && under.length > 0 && parseMoney(figure!, profile) !== undefined && parseMoney(under.join(''), profile) === undefined) {
      y[ys].push(figure!);
      y.effectBasis.push(listAware(under.join('\n'), line, col));
      return;
    }
    if (money && y[ys].length > 0 && parseMoney(y[ys][0]!, profile) !== undefined && parseMoney(cell, profile) === undefined) y.effectBasis.push(text);
    // (the rest of a sentence the page broke, `…随時見直しを行` / `う。`: one paragraph)
    else if (continues && y[ys].length > 0 && goesOn(y[ys].at(-1)!, text)) y[ys][y[ys].length - 1] += text;
    else y[ys].push(text);
    return;
  }
  if (slot === 'indicator') return; // read row by row in layoutItemSheets
  const text = listAware(cell, line, col);
  // (the rest of a paragraph the page broke: 木更津's …特定部門の業務効率 / 化実施支援業務の…)
  const paragraphs = TEXT_SLOTS.has(slot) ? item.text[slot as TextSlot] : undefined;
  if (continues && paragraphs?.length && goesOn(paragraphs.at(-1)!, text)) paragraphs[paragraphs.length - 1] += text;
  else addText(item, slot, text);
}

/** A cell of an era year and one figure or dash after a space (`R8 -`, `R8 270件`): the year and its target. */
/** A cell's first paragraph a year/value pair (`R8 -`) over paragraphs of text that are none: the pair, and the rest. */
function headingPair(cell: string): { year: number; target: string; rest: string } | null {
  const [first, ...rest] = cell.split('\n');
  if (rest.length === 0 || yearAndTarget(rest[0]!) !== null) return null;
  const pair = yearAndTarget(first!);
  return pair ? { ...pair, rest: rest.join('\n') } : null;
}

function yearAndTarget(cell: string): { year: number; target: string } | null {
  const m = /^(\S+)[ \u3000]+(\S+)$/u.exec(cell.trim());
  const year = m ? eraYearOf(m[1]!) : null;
  return m && year !== null && /^(?:[-－−‐―–]|[0-9０-９][0-9０-９,，.．]*[^\s0-9０-９]{0,4})$/u.test(m[2]!) ? { year, target: m[2]! } : null;
}

/** A list's item mark (・, ①, ※, (1)) at a text's head. */
const OPENS_ITEM = /^\s*(?:[・･①-⑳○●◎□■◆※]|[（(][0-9０-９]+[）)])/u;

/** Whether `text` finishes the sentence `before` left open, opening no item of a list. */
const goesOn = (before: string, text: string) => !/[。．.！!？?）)」』】〉》＞]$/u.test(before) && !OPENS_ITEM.test(text);

/**
 * An unmarked `<ul>` (no `・`) still lists one item per sentence (isesaki 278): make its
 * sentences paragraphs. A `<p>` cell keeps `。 ` inside its paragraph.
 */
function listAware(cell: string, line: LexedLine, col: number): string {
  const raw = line.rawCells[col] ?? '';
  if (!/<ul/i.test(raw) || /[・･]/.test(cell)) return cell;
  return cell.replace(/。[ \u3000]+(?=\S)/g, '。\n');
}

function addText(item: ItemDraft, slot: LabelTarget, cell: string): void {
  switch (slot) {
    case 'title':
      item.title.push(cell);
      return;
    case 'sections':
      item.sections.push(...splitSectionList(cell));
      return;
    case 'category':
      item.category = [cleanText(cell)];
      return;
    case 'number': {
      const n = Number(asciiDigits(compactKey(cell)));
      if (Number.isInteger(n) && n > 0) item.number = n;
      return;
    }
    case 'issue':
    case 'goal':
    case 'measures':
    case 'content':
    case 'progress': {
      (item.text[slot] ??= []).push(cell);
      return;
    }
    case 'ignore':
      return;
    default:
      (item.text.content ??= []).push(cell);
  }
}

/**
 * A year/value pair. Inside a 指標 block it is that indicator's target. Elsewhere the extraction
 * either repeated the block (kisarazu 133–137: claimed as a duplicate) or moved one row into the
 * progress row (kisarazu 296 `R8 | 4,800人`): it goes to the indicator lacking that year whose
 * unit matches, else the first lacking it.
 */
function placeTarget(item: ItemDraft, slot: LabelTarget | null, year: number, given: string, line: LexedLine, result: LayoutResult, at?: number): void {
  // (a figure and its unit wrapped in a narrow cell, the unit's last characters a line of their own: 木更津's
  // 95,000時 / 間, IPAex Gothic 16 pt on B5 by Chromium in an outer frame — the target had been unread)
  // (or under the column's bracketed note, set a line over it in the same cell: 木更津's (各年度末時点) / 53% beside
  // R5, BIZ UDPGothic 7.5 pt on A3 landscape by Chromium without rules, the rows a line apart)
  const paras = given.trim().split('\n');
  const noted = paras.length > 1 && paras.slice(0, -1).every((q) => /^[（(][^（()）]*[）)]$/u.test(q.trim())) ? paras.at(-1)! : given;
  const cell = /^[0-9０-９][0-9０-９,.，．]*[^\n]{0,4}\n[^\n0-9０-９※]{1,3}$/u.test(noted.trim()) ? noted.trim().replace('\n', '') : noted;
  const text = compactKey(cell);
  if (slot === 'indicator') {
    const ind = item.indicators.at(-1);
    if (ind && !ind.targets.some((t) => t.year === year) && text !== '') ind.targets.push({ year, text: cell, line: line.no, ...(at !== undefined && at >= 0 ? { at } : {}) });
    return;
  }
  if (item.indicators.some((ind) => ind.targets.some((t) => t.year === year && compactKey(t.text) === text))) {
    result.claims.set(line.no, 'duplicate');
    return;
  }
  if (text === '' || /^[-－—―ー]$/.test(text)) return;
  const lacking = item.indicators.filter((ind) => !ind.targets.some((t) => t.year === year));
  const unit = unitOf(text);
  const target = lacking.find((ind) => ind.targets.some((t) => unitOf(compactKey(t.text)) === unit)) ?? lacking[0];
  if (!target) {
    result.diagnostics.push({ level: 'warning', code: 'layout/indicator-row-unplaced', message: `the ${year} target "${cleanText(cell)}" belongs to no 指標 block`, line: line.no, page: line.page });
    return;
  }
  target.targets.push({ year, text: cell, line: line.no });
  result.diagnostics.push({ level: 'info', code: 'layout/indicator-row-displaced', message: `the ${year} target "${cleanText(cell)}" sits outside its 指標 block; read as part of it`, line: line.no, page: line.page });
}

function unitOf(text: string): string {
  return asciiDigits(text).replace(/^[^0-9]*[0-9][0-9,.]*/, '');
}

/**
 * Whether a cell in the name's column of a year row under the name is the rest of the name: a PDF
 * without rules sets a name merged down the year rows by its lines, each beside the row it stands
 * level with (木更津's 学校給食への有機米提 / 供率 beside R5 | 53% and R6 | 72%, Noto Sans CJK 12 pt on B5
 * landscape at 1.9 leading by LibreOffice without rules — the wrap had been read as the note). Not a
 * note (※…), nor anything once a note began.
 */
function nameWrapped(ind: IndicatorDraft, col: number, cell: string, inYearRow: boolean): boolean {
  return inYearRow && ind.name !== null && ind.note === null && ind.nameAt === col && !NOTE_MARK.test(cell) && !/<p>/i.test(cell) && cleanText(cell) !== '';
}

/**
 * Whether a cell is the unit of the last target, wrapped under its figure in the value's column on a row of no
 * year: 木更津's R5 | 2,500,000 / 円 in a column too narrow for both (IPAex Gothic 16 pt on B5 by Chromium in an
 * outer frame — 円 had gone into the note, and the target lost its unit).
 */
function unitWrapped(ind: IndicatorDraft, col: number, cell: string): boolean {
  const last = ind.targets.at(-1);
  return !!last && last.at === col && /[0-9０-９]$/u.test(compactKey(last.text)) && /^[^\s0-9０-９※＊*]{1,3}$/u.test(compactKey(cell)) && !/^[-－—―ー]$/u.test(compactKey(cell));
}

/**
 * Whether a cell in the name's column of a row under the name (a year row or not) opens with the name's rest:
 * the name is a bracket left open, or the rest runs up to a note the cell goes on with — 木更津's 事業の縮小・廃止に
 * よる効果額（累 beside 年度 | 目標値 | 結果, `計） ※以下の条件で算出…` under it (IPAex Gothic 16 pt on B5 by
 * Chromium in an outer frame: 計） had opened the note). Not once a note began.
 */
function nameGoesOn(ind: IndicatorDraft, col: number, raw: string): boolean {
  if (ind.name === null || ind.note !== null || ind.nameAt !== col || NOTE_MARK.test(cleanText(raw)) || /<p>/i.test(raw)) return false;
  const { name, note } = splitFootnote(raw);
  if (cleanText(name) === '') return false;
  return opensBracket(ind.name) ? /^[^（(]*[）)]/u.test(cleanText(name)) : note !== null;
}

/** A name cell and its footnote (`<small>※以下の条件で算出…</small>`, `※…`), kept apart. */
function splitFootnote(raw: string): { name: string; note: string | null } {
  const at = raw.search(/<small|※/i);
  if (at < 0) return { name: stripMarkup(raw).trim(), note: null };
  // (a run of spaces inside it is where a line of the source broke: 木更津's <small> note keeps its
  // HTML's indentation between its lines — …正31,145時間、非21,082時間            時間単価：… — which
  // the printed page shows as lines; joined, 時間時間単価 ran two lines together)
  return { name: stripMarkup(raw.slice(0, at)).trim(), note: cleanText(raw.slice(at).replace(/[ \u3000]{4,}/gu, '\n')) || null };
}

function finishItem(it: ItemDraft, profile: ItemSheetsProfile, result: LayoutResult) {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(it.text)) {
    const t = cleanText(v.map(cellParagraphs).join('\n'));
    if (t) fields[k] = t;
  }
  const yearly: YearEntry[] = [...it.years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([fiscalYear, y]) => yearEntry(fiscalYear, y, profile, it, result))
    .filter((y) => y.plan ?? y.progress ?? y.outcome ?? y.grade ?? y.nextSteps ?? y.revenueEffectYen ?? y.expenditureEffectYen ?? y.effectBasis);
  const indicators: Indicator[] = it.indicators.flatMap((ind) =>
    ind.targets
      .filter((t) => !/^[-－—―ー]$/.test(compactKey(t.text)))
      .map((t) => indicator(ind.name === null ? null : cleanText(firstParagraph(ind.name)), ind.note, t.year, t.text, t.line)),
  );
  const title = oneLine(cleanText(it.title.join(' ')));
  if (!title) {
    result.diagnostics.push({ level: 'error', code: 'layout/item-without-title', message: 'an item sheet has no title', line: it.line.no, page: it.line.page });
  }
  return draftRecord({
    assignees: it.sections,
    categoryPath: it.category,
    number: it.number,
    title,
    fields,
    indicators,
    yearly,
    line: it.line.no,
    page: it.line.page,
  });
}

function yearEntry(fiscalYear: number, y: YearDraft, profile: ItemSheetsProfile, it: ItemDraft, result: LayoutResult): YearEntry {
  const text = (cells: string[]) => {
    const t = cleanText(cells.map(cellParagraphs).join('\n'));
    return t === '' ? null : t;
  };
  const gradeText = compactKey(y.grade.join(''));
  // the profile's legend first; else the marks every legend uses (〇 for ○, ✕ for ×)
  const standard = statusOfResult(gradeText);
  const grade = profile.grades.find((g) => g.symbol === gradeText) ?? (standard ? { symbol: gradeText, status: standard } : undefined);
  if (gradeText && !grade) {
    result.diagnostics.push({ level: 'warning', code: 'layout/unknown-grade', message: `取組達成度 "${gradeText}" for ${fiscalYear} is not one of ${profile.grades.map((g) => g.symbol).join('')}`, line: it.line.no, page: it.line.page });
  }
  const money = (cells: string[], what: string) => {
    if (cells.length === 0) return null;
    const v = parseMoney(cells[0]!, profile);
    if (v === undefined) {
      result.diagnostics.push({ level: 'warning', code: 'layout/unreadable-amount', message: `${what} for ${fiscalYear} is not an amount: "${cleanText(cells[0]!)}"`, line: it.line.no, page: it.line.page });
      return null;
    }
    return v;
  };
  return {
    fiscalYear,
    plan: text(y.plan),
    progress: text(y.progress),
    outcome: text(y.outcome),
    grade: grade ? grade.symbol : gradeText || null,
    status: grade ? Status.parse(grade.status) : null,
    nextSteps: text(y.nextSteps),
    revenueEffectYen: money(y.revenueEffect, '財政効果額(歳入)'),
    expenditureEffectYen: money(y.expenditureEffect, '財政効果額(歳出)'),
    effectBasis: text(y.effectBasis),
  };
}

/**
 * An amount in the profile's unit → yen. `—`/`-`/empty → null; `△1,234` / `▲` is negative
 * (△ is the minus sign in Japanese accounts, not a grade, in a money column); text → undefined.
 */
export function parseMoney(cell: string, profile: Pick<ItemSheetsProfile, 'noneValues' | 'moneyUnitYen'>): number | null | undefined {
  const k = asciiDigits(compactKey(stripMarkup(cell)));
  if (k === '' || profile.noneValues.includes(k)) return null;
  const m = /^([△▲-])?([0-9][0-9,]*)$/.exec(k);
  if (!m) return undefined;
  const v = Number(m[2]!.replace(/,/g, '')) * profile.moneyUnitYen;
  return m[1] ? -v : v;
}

/** A cell's text with list items on their own lines and their `・` dropped. */
function cellParagraphs(cell: string): string {
  return cell
    .split('\n')
    .flatMap((p) => p.split(/(?:^|[ \u3000]+)[・･](?=\S)|(?:^|[ \u3000]+)[・･][ \u3000]+/))
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

function firstParagraph(s: string): string {
  return s.split('\n').find((p) => p.trim()) ?? s;
}

function indicator(name: string | null, note: string | null, fiscalYear: number, text: string, line: number): Indicator {
  const t = cleanText(text);
  // (a space between the figure and its unit is the print's or the scan's, not a second value:
  // `3 件`, 木更津 scanned in black and white)
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?)[ \u3000]?([^0-9\s]*)$/.exec(asciiDigits(t));
  return {
    name,
    fiscalYear,
    target: m ? Number(m[1]!.replace(/,/g, '')) : null,
    unit: m && m[2] ? m[2] : null,
    comparator: null,
    actual: null,
    text: t,
    note,
    line,
  };
}

/**
 * Category headings between sheets. Documents that name their top level only in the table of
 * contents (isesaki: `1 効率的で効果的な行政運営` above `(1) …`) get it from there: the body's
 * `(1)` headings are placed under the TOC's areas by name, or, when the body words a heading
 * differently (`縮減` / `削減`), by order (numbering back to (1) means the next area).
 */
class CategoryTracker {
  private readonly areas: { heading: string; subs: string[] }[] = [];
  private areaIndex = -1;
  private lastNumber = Infinity;
  private path_: string[] = [];
  private readonly body: { re: RegExp; level: number }[];

  constructor(front: LexedLine[], profile: ItemSheetsProfile) {
    this.body = profile.categories.map((c) => ({ re: new RegExp(c.pattern, 'u'), level: c.level }));
    const toc = profile.tocCategories.map((c) => ({ re: new RegExp(c.pattern, 'u'), level: c.level }));
    // A heading set close over a table without rules may be read into the cell above it
    // (伊勢崎's `① 地球温暖化対策推進事業` / `2 安定的な財政運営` in the TOC printed by LibreOffice
    // without rules), or the headings over a table into its first cell (`1 効率的で効果的な行政運営` /
    // `(1) 行政運営の効率化の推進` / `No.`, IPAex Gothic 10.5 pt on A4 landscape by LibreOffice without
    // rules, the 208th): a cell's paragraphs are read as lines of their own, when they read as a
    // heading (words, no page reference such as `7 R3追加 9`).
    const heading = (t: string) => !/[0-9０-９]\S*$/u.test(t) && /[\u3040-\u30ff\u3400-\u9fff]{2}/u.test(t);
    const texts = front.flatMap((l) => (l.cells.length > 1 ? l.cells.flatMap((c) => c.split('\n').filter(heading)) : [l.text]));
    for (const text of texts) {
      const c = toc.find((t) => t.re.test(text));
      if (!c) continue;
      const heading = formatHeading(text);
      if (c.level === 0) this.areas.push({ heading, subs: [] });
      else this.areas.at(-1)?.subs.push(compactKey(heading));
    }
  }

  /** Whether the line is a category heading (without taking it as the current one). */
  isHeading(l: LexedLine): boolean {
    return this.body.some((b) => b.re.test(l.key));
  }

  heading(l: LexedLine): boolean {
    const c = this.body.find((b) => b.re.test(l.key));
    if (!c) return false;
    const heading = formatHeading(l.text);
    const number = ParenNumberMarker.match(l.text)?.value ?? null;
    if (this.areas.length && c.level > 0) {
      const byName = this.areas.findIndex((a) => a.subs.includes(compactKey(heading)));
      if (byName >= 0) this.areaIndex = byName;
      else if (number !== null && number <= this.lastNumber) this.areaIndex = Math.min(this.areaIndex + 1, this.areas.length - 1);
      this.lastNumber = number ?? this.lastNumber;
      this.path_ = [this.areas[this.areaIndex]?.heading ?? '', heading].filter(Boolean);
    } else {
      this.path_ = [...this.path_.slice(0, c.level), heading];
    }
    return true;
  }

  current(): string[] | null {
    return this.path_.length ? this.path_ : null;
  }

  path(): string[] {
    return [...this.path_];
  }
}

/** `(1)行政運営…` / `1 効率的…` → marker, one space, cleaned text. */
function formatHeading(text: string): string {
  const m = ParenNumberMarker.match(text) ?? SpacedNumberMarker.match(text);
  return m ? `${m.written} ${cleanText(m.rest)}` : cleanText(text);
}

/** A label read past telling is no longer than this: longer text in a header's place is a value. */
const GUESSED_LABEL = 6;

/**
 * The labels of a header row one of whose cells was read past telling, where a header row of the
 * sheets before has every other label in the same place and a label in that one: a sheet repeats its
 * form (木更津 by Chromium scanned in black and white, p7: `事業No. | 推進項目名称 | 抱当麻`, 担当課 misread,
 * and the sheet's department lost with it). Null when no header seen fits.
 */
function headerSeen(keys: readonly string[], labels: readonly (LabelTarget | null)[], unknown: readonly number[], seen: readonly (LabelTarget | null)[][]): (LabelTarget | null)[] | null {
  if (unknown.length !== 1 || [...keys[unknown[0]!]!].length > GUESSED_LABEL) return null;
  const fits = seen.find((h) => h[unknown[0]!] && labels.every((t, i) => t === null || h[i] === t));
  if (!fits) return null;
  return labels.map((t, i) => (i === unknown[0] ? fits[i]! : t));
}

/**
 * A cell one character from the boilerplate a row of labels showed in its column is that
 * boilerplate, read wrong: 木更津 scanned in black and white read the second 指標 table's 目標値
 * `目標人`, which became the indicator's name and cost the table its targets. Three characters at
 * least: a shorter cell one character off is as likely another word.
 */
function formCell(seen: string | undefined, key: string): boolean {
  return seen !== undefined && [...seen].length >= 3 && [...key].length === [...seen].length && editDistance(seen, key) === 1;
}
