import { parseDigits } from '../../lex/markers/marker.js';
import { stripMarkup } from '../../normalize/markup.js';
import type { Indicator, MoneyEntry, OtherField } from '../../records/schema.js';
import { expandAbbreviation, labelRole, type LabelRole } from '../../vocabulary/index.js';
import { colsOverlap, type SheetCell } from './sheet-cells.js';

/**
 * Tables whose columns are fiscal years: 事業費 by year (予算 / 決算, 千円) and 指標 by year
 * (目標 / 実績). Taught by 池田 (money and 成果指標 side by side in one grid, the year over its
 * 予算 / 決算 pair), 神戸 (`20年度決算`: the era left to the document; a name row over its
 * figures) and 京都 (`26,200(16,100)`: 一般財源 in parentheses).
 *
 *   区分 | R4年度 | R5年度 | R6年度      | 成果指標の内容 | 単位 | 目標値
 *        | 決算   | 決算   | 予算 | 決算 |               |      | R5年度実績 | R6年度見込 …
 *   事業費A | 1,130 | 1,272 | 1,420 | 899 | 収集率 | ％ | 100 | 100 …
 */
export interface YearTableResult {
  indicators: Indicator[];
  money: MoneyEntry[];
  /** Rows of words by year (実施方法: 直営 | 直営 …), as label → text. */
  texts: OtherField[];
  /** Cells read as part of a year table (header, names, figures). */
  used: Set<SheetCell>;
  /** A schedule's words by year (取組工程 | 検討 | 実施 | →). */
  plans: { fiscalYear: number; plan: string; line: number }[];
}

interface YearColumn {
  col: number;
  colSpan: number;
  year: number;
  kind: string | null;
  cell: SheetCell;
}

const KIND = /(当初予算|予算現額|補正後予算|予算案|予算|決算見込|決算|実績見込|見込み?|実績値?|目標値?|計画値?|結果|推計|予定)$/u;
const KIND_ONLY = /^(目標値?|実績値?|計画値?|見込み?|予定|結果|予算|決算)$/u;
const TARGET_KIND = /目標|見込|計画|予定|予算/u;
const YEAR_CELL = /^(令和|平成|昭和|[RHSＲＨＳ])?\s*([0-9０-９]{1,2}|元)\s*(年度?)?(.*)$/u;
/** The corner over a column of years, and the head over a name written beside them. */
const YEAR_CORNER = /^(年度|年次|年|実施年度|対象年度)$/u;
const NAME_HEAD = /^(名称|指標名?|項目名?|成果指標名?|活動指標名?)$/u;
/** A row that only notes when the figures are taken: （各年度末時点）, （単位：件）. */
const NOTE = /^[(（][^()（）]*[)）]$/u;
/** Labels of a sheet's prose: never a head of year columns. */
const PROSE_ROLES = new Set<LabelRole>(['purpose', 'audience', 'method', 'measures', 'content', 'issue', 'goal', 'progress', 'outcome', 'plan', 'evaluation', 'direction', 'improvement']);

/** A head's length: a few words, no sentence. */
function isHead(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return [...t].length <= HEAD_CHARS && !/。/.test(t);
}

const HEAD_CHARS = 16;

/** A target for the plan's last year, beside the years (最終目標値, 目標値（R7）). */
const FINAL_TARGET = /^(最終目標値?|最終年度目標値?|目標値?[(（][^()（）]+[)）])$/u;
/** A row of words by year that is a schedule. */
const SCHEDULE = /工程|スケジュール|実施計画|年次計画|計画|予定/u;
const NAMED_FIGURE = /^([^0-9０-９。、]{1,19}[数率量額高])([0-9０-９][0-9０-９,，.．]*[^0-9０-９]{0,4})$/u;
const EMPTY = /^[-－―ー–—‐/／]*$/u;
/** Where a sum comes from, as the columns of a 事業費 table by year name it. */
const SOURCE_HEAD = /^(国庫?|県|都|道|府)?(補助金|支出金|負担金)|^(国県|国・県|国・都|国・道|国・府)支出金|^地方債|^一般財源|^特定財源|^その他(財源)?$|^人件費|^物件費|^(総)?コスト/u;
const MONEY_HEAD = /予算額|決算額|事業費|金額|[(（]千?円[)）]/u;

interface YearRow {
  r: number;
  year: { year: number; kind: string | null };
  cell: SheetCell;
  /** Name cells left of the year (a name wrapped down its merged cell), values right of it. */
  before: SheetCell[];
  after: SheetCell[];
}

/** What a column under a head holds of its indicator: the target, the result, or a figure beside them (達成率). */
interface HeadKind {
  holds: 'target' | 'actual' | 'side';
  word: string;
}

/** `目標値\n(各年度末時点)` → target (目標); `実績値` → actual; `達成率` → side; a name → null. */
export function headKind(raw: string): HeadKind | null {
  const t = (raw.split('\n').find((p) => p.trim() !== '') ?? raw).replace(/[\s\u3000]+/g, '').replace(/[(（][^()（）]*[)）]$/u, '');
  const m = /^(目標|計画|見込み?|予定|予算|実績|結果|決算)(値|額)?$/u.exec(t);
  if (m) return { holds: /実績|結果|決算/.test(m[1]!) ? 'actual' : 'target', word: m[1]! };
  if (/^(達成率|達成度|評価|備考|単位|増減|差引?)$/u.test(t)) return { holds: 'side', word: t };
  return null;
}

const WESTERN_YEAR = /^((?:19|20)[0-9]{2})\s*年度?(.*)$/u;
const ERA_BASE: Record<string, number> = { 令和: 2018, R: 2018, Ｒ: 2018, 平成: 1988, H: 1988, Ｈ: 1988, 昭和: 1925, S: 1925, Ｓ: 1925 };

/** `R5年度実績` → 2023 + 実績; `20年度決算` with the document's era; null for anything else. */
export function yearHeader(text: string, defaultEra: number): { year: number; kind: string | null } | null {
  // `令和4年度（2022）`: the western year in brackets adds nothing
  const t = text.replace(/[\s\u3000]+/g, '').normalize('NFKC').replace(/\((?:19|20)[0-9]{2}(?:年度?)?\)/u, '');
  const w = WESTERN_YEAR.exec(t);
  if (w) {
    const rest = (w[2] ?? '').replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
    if (rest !== '' && (!KIND.test(rest) || rest.length > 6)) return null;
    return { year: Number(w[1]), kind: rest === '' ? null : KIND.exec(rest)![1]! };
  }
  const m = YEAR_CELL.exec(t);
  // a bare number is no year: an era (R4) or 年 (4年度) must say so
  if (!m || (!m[1] && !m[3])) return null;
  // the kind may stand in brackets (27年度（決算）)
  const rest = (m[4] ?? '').replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
  // a kind is a word or two after the year (当初予算, 実績見込), not a heading that ends on one
  // (木更津's 令和5年度の活動経過・今後の予定)
  if (rest !== '' && (!KIND.test(rest) || rest.length > 6)) return null;
  const n = m[2] === '元' ? 1 : parseDigits(m[2]!);
  const base = m[1] ? ERA_BASE[m[1].normalize('NFKC')] ?? ERA_BASE[m[1]]! : defaultEra;
  return { year: base + n, kind: rest === '' ? null : KIND.exec(rest)![1]! };
}

export function readYearTables(cells: readonly SheetCell[], defaultEra: number, thousands: (c: SheetCell) => boolean): YearTableResult {
  const used = new Set<SheetCell>();
  const indicators: Indicator[] = [];
  const money: MoneyEntry[] = [];
  const texts: OtherField[] = [];
  const plans: YearTableResult['plans'] = [];
  const byTable = new Map<string, SheetCell[]>();
  for (const c of cells) {
    const list = byTable.get(c.table);
    if (list) list.push(c);
    else byTable.set(c.table, [c]);
  }
  for (const table of byTable.values()) {
    const rows = [...new Set(table.map((c) => c.row))].sort((a, b) => a - b);
    const inRow = (r: number) => table.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    for (const r of rows) {
      const years = inRow(r)
        .map((c) => ({ c, y: yearHeader(c.text, defaultEra) }))
        .filter((x) => x.y !== null);
      if (years.length < 2) continue;
      // groups of year columns: a header cell that is not a year parts them (池田: 区分 … | 成果指標の内容)
      const groups: { c: SheetCell; y: { year: number; kind: string | null } }[][] = [];
      let prevCol = -1;
      for (const x of years) {
        const between = inRow(r).some((c) => c.col > prevCol && c.col < x.c.col && !yearHeader(c.text, defaultEra));
        if (groups.length === 0 || between) groups.push([]);
        groups.at(-1)!.push(x as { c: SheetCell; y: { year: number; kind: string | null } });
        prevCol = x.c.col;
      }
      for (const g of groups) {
        if (g.length < 2) continue;
        const columns = yearColumns(g, inRow(r + 1), table, r);
        const first = Math.min(...columns.map((c) => c.col));
        // the name area: from the cell that heads it (the nearest header cell left of the years)
        // the name area: the header cells left of the years, up to another group's years or kinds
        const header: SheetCell[] = [];
        // the row above is part of the header when it heads the years too (池田 目標値 over R5実績 …)
        // (a head, not a paragraph: 伊勢崎's 5年後までの目標 row, its text over the columns of the
        // 取組工程's years below, had lost its label to this header, read with no profile)
        const headerAbove = table.some((c) => c.row + c.rowSpan === r && c.col + c.colSpan > first && !yearHeader(c.text, defaultEra) && isHead(c.text));
        // (a prose label whose cell reaches down beside the years from a row above heads its own
        // value, not them: 伊勢崎's 5年後までの目標 printed by Chromium, merged over 具体的な取組事項)
        const heads = table.filter((c) => c.row <= r && c.row + c.rowSpan > r - (headerAbove ? 1 : 0) && c.col < first && !(c.row < r && c.role !== null && PROSE_ROLES.has(c.role)));
        for (const c of heads.sort((a, b) => b.col - a.col)) {
          if (yearHeader(c.text, defaultEra) || KIND.test(c.text.replace(/\s/g, ''))) break;
          header.push(c);
        }
        // no header over the names (神戸: the corner is empty): from the previous group, or the left edge
        const prevEnd = groups.indexOf(g) > 0 ? Math.max(...groups[groups.indexOf(g) - 1]!.map((x) => x.c.col + x.c.colSpan)) : 0;
        const nameFrom = header.length > 0 ? Math.min(...header.map((c) => c.col)) : prevEnd;
        const unitCell = header.find((c) => /^単位/.test(c.text.replace(/\s/g, '')));
        // what stands just above the years says what they hold (事業費（千円） over a sheet's money years);
        // further up, a sheet read from text as one table holds other tables
        const titleRow = (c: SheetCell) => !table.some((o) => o.row === c.row && figureOf(o.text) !== null);
        const above = [...table.filter((c) => c.row < r && c.row + c.rowSpan >= r && c.col >= first - 1 && titleRow(c))];
        // figures start under the header, and under the row of kinds when the years have one below
        const start = r + 1 + (inRow(r + 1).some((c) => KIND.test(c.text.replace(/\s/g, '')) && columns.some((col) => colsOverlap(c, fakeCol(col)))) ? 1 : 0);
        g.forEach((x) => used.add(x.c));
        // the corner cells (年度, 区分, 成果指標の内容, 単位) are the table's own header
        header.forEach((c) => used.add(c));
        // a final target beside the years (北見: … | 27年度 | 最終目標値 | 目標年度), up to the next group
        const last = Math.max(...columns.map((c) => c.col + c.colSpan));
        const nextFirst = groups[groups.indexOf(g) + 1]?.[0]?.c.col ?? Infinity;
        const beside = inRow(r).filter((c) => c.col >= last && c.col < nextFirst);
        const finalHead = beside.find((c) => FINAL_TARGET.test(c.text.replace(/\s+/g, '')));
        const finals = finalHead ? { target: finalHead, year: beside.find((c) => /^目標年度$/u.test(c.text.replace(/\s+/g, ''))) ?? null } : null;
        if (finals) [finals.target, finals.year].forEach((c) => c && used.add(c));
        read(columns, nameFrom, first, unitCell ?? null, start, above, finals);
      }
    }
    // a sheet read from text is one table: its years down a column may stand below years across
    let lastBlock: Indicator[] = [];
    readYearsDown();

    /**
     * Years down a column. The heads across name the indicators (年度 | 登録団体数（団体） | 活動回数（回））
     * or say what each column holds of one indicator (木更津 指標① | 名称 | 年度 | 目標値 | 結果, its name
     * in a cell of its own beside the years; evaluation sheets' 年度 | 目標値 | 実績値 | 達成率).
     */
    function readYearsDown() {
      const yearRows = rows.map(yearRowOf).filter((x): x is YearRow => x !== null);
      for (let i = 0; i < yearRows.length; ) {
        let j = i + 1;
        while (j < yearRows.length && yearRows[j]!.r === nextRow(yearRows[j - 1]!.r)) j++;
        if (j - i >= 2) readRun(yearRows.slice(i, j));
        i = j;
      }
    }

    function nextRow(r: number): number | undefined {
      return rows.find((x) => x > r);
    }

    /** A row led by a year: name cells may stand left of it, values (or nothing) right of it. */
    function yearRowOf(r: number): YearRow | null {
      const cells = inRow(r);
      if (cells.some((c) => used.has(c))) return null;
      const at = cells.findIndex((c) => yearHeader(c.text, defaultEra) !== null);
      if (at < 0) return null;
      const before = cells.slice(0, at);
      const after = cells.slice(at + 1);
      if (before.some((c) => c.role !== null || figureOf(c.text) !== null) || before.length > 2) return null;
      if (after.length > 6 || after.some((c) => c.role !== null || yearHeader(c.text, defaultEra) !== null)) return null;
      return { r, year: yearHeader(cells[at]!.text, defaultEra)!, cell: cells[at]!, before, after };
    }

    function readRun(run: YearRow[]) {
      // the head: the nearest row above that is not a note (（各年度末時点）) standing between
      const notes: number[] = [];
      let headRow: number | undefined;
      const fused: YearRow[] = [];
      for (const r of rows.filter((x) => x < run[0]!.r).reverse()) {
        const row = fused.length === 0 && inRow(r).length === 1 ? noteOverRow(r, inRow(r)[0]!) : null;
        if (inRow(r).every((c) => NOTE.test(c.text.replace(/\s+/g, '')))) notes.push(r);
        else if (row) {
          notes.push(r);
          fused.push(row);
        } else {
          headRow = r;
          break;
        }
      }
      if (headRow === undefined) return;
      const header = inRow(headRow);
      const corner = header.find((c) => YEAR_CORNER.test(c.text.replace(/\s+/g, '')));
      const heads = corner ? header.filter((c) => c.col > corner.col) : header.filter((c) => c.col >= run[0]!.cell.col + run[0]!.cell.colSpan);
      if (heads.length === 0 || heads.some((h) => figureOf(h.text) !== null)) return;
      const kinds = heads.map((h) => headKind(h.raw));
      if (kinds.some((k) => k?.holds === 'target' || k?.holds === 'actual') && kinds.every((k) => k !== null)) {
        const rowAbove = rows.filter((x) => x < headRow).at(-1);
        readKindColumns([...fused, ...run], header, rowAbove === undefined ? [] : inRow(rowAbove), corner ?? null, heads, kinds as HeadKind[]);
        notes.forEach((r) => inRow(r).forEach((c) => used.add(c)));
      } else if (run.every((y) => y.before.length === 0 && y.after.some((c) => figureOf(c.text) !== null))) readIndicatorColumns(run, header, heads);
    }

    /**
     * A note and the first row under it read as one cell where nothing rules them apart (木更津's
     * `(各年度末時点)` over `R5 350,000,000円`, printed without rules by LibreOffice): the row, its year and figure.
     */
    function noteOverRow(r: number, cell: SheetCell): YearRow | null {
      const [note, row, ...more] = cell.raw.split('\n').map((p) => p.trim()).filter(Boolean);
      const m = row && more.length === 0 ? /^(\S+)[\s\u3000]+(\S+)$/u.exec(row) : null;
      if (!note || !NOTE.test(note.replace(/\s+/g, '')) || !m) return null;
      const year = yearHeader(m[1]!, defaultEra);
      if (!year || figureOf(m[2]!) === null) return null;
      const yearCell = { ...cell, text: m[1]!, raw: m[1]!, colSpan: 1 };
      const value = { ...cell, text: m[2]!, raw: m[2]!, col: cell.col + 1, colSpan: Math.max(1, cell.colSpan - 1) };
      return { r, year, cell: yearCell, before: [], after: [value] };
    }

    /** The heads name the indicators; a year may say its kind (R5年度目標). */
    function readIndicatorColumns(run: YearRow[], header: SheetCell[], heads: SheetCell[]) {
      const contrast = run.some((y) => y.year.kind !== null && TARGET_KIND.test(y.year.kind)) && run.some((y) => y.year.kind === null);
      header.forEach((c) => used.add(c));
      for (const { year: y, cell: yearCell, after } of run) {
        used.add(yearCell);
        after.forEach((c) => used.add(c));
        for (const cell of after) {
          const head = heads.find((h) => colsOverlap(h, cell));
          const f = figureOf(cell.text);
          // a head that names only a kind (目標値, 結果) names no indicator
          if (!head || !f || KIND_ONLY.test(head.text.replace(/\s+/g, ''))) continue;
          const name = withoutUnit(cleanName(head.raw));
          const kind = y.kind ?? (contrast ? '実績' : null);
          // a head naming a sum or its source (年度 | 事業費 | 国県支出金 | 一般財源（千円）) gives money, not an indicator
          if (labelRole(head.text) === 'money' || MONEY_HEAD.test(head.text) || SOURCE_HEAD.test(head.text.replace(/\s+/g, ''))) {
            if (f.unit && !/円/.test(f.unit)) continue;
            const scale = /千円/.test(f.unit ?? '') || /千円/.test(head.text) || (!f.unit && thousands(cell)) ? 1000 : 1;
            money.push({ label: name, fiscalYear: y.year, kind: y.kind, yen: Math.round(f.value * scale), text: cell.text, line: cell.line.no });
            continue;
          }
          const unitText = f.unit ?? unitInName(cleanName(head.raw));
          let ind = indicators.find((i) => i.name === name && i.fiscalYear === y.year);
          if (!ind) {
            ind = { name, fiscalYear: y.year, target: null, unit: unitText, comparator: null, actual: null, text: `${name} ${yearCell.text} ${cell.text}`, note: null, line: cell.line.no };
            indicators.push(ind);
          }
          if (kind !== null && /実績|決算|結果/.test(kind)) ind.actual = f.value;
          else ind.target = f.value;
        }
      }
    }

    /**
     * The heads say what each column holds of one indicator (目標値 | 結果) or one sum (予算額 | 決算額);
     * its name stands beside the years or before the corner. Where a row's year is not under the
     * corner (a merged name cell missing from the row, as 木更津's rows print), its cells follow the heads in order.
     */
    function readKindColumns(run: YearRow[], header: SheetCell[], above: SheetCell[], corner: SheetCell | null, heads: SheetCell[], kinds: HeadKind[]) {
      const byRows = run.flatMap((y) => y.before).filter((c) => !NAME_HEAD.test(c.text.replace(/\s+/g, '')));
      // (a sentence there is another section's text run into the head row: 木更津's text, item 3)
      const beforeCorner = corner ? header.filter((c) => c.col < corner.col && c.role === null && !NAME_HEAD.test(c.text.replace(/\s+/g, '')) && figureOf(c.text) === null && !/。/.test(c.text)) : [];
      // or labelled on the head row or the row above it (成果指標名 | 拠点利用者数 | 単位 | 人)
      const rightOf = (label: SheetCell) => [...header, ...above].filter((c) => c.row === label.row && c.col > label.col).sort((a, b) => a.col - b.col)[0];
      const labelled = [...header, ...above]
        .filter((c) => c.role === 'indicators' || NAME_HEAD.test(c.text.replace(/\s+/g, '')))
        .map(rightOf)
        .filter((v): v is SheetCell => v !== undefined && v.role === null && figureOf(v.text) === null && yearHeader(v.text, defaultEra) === null && !YEAR_CORNER.test(v.text.replace(/\s+/g, '')) && headKind(v.raw) === null && !NAME_HEAD.test(v.text.replace(/\s+/g, '')));
      const nameCells = byRows.length > 0 ? byRows : beforeCorner.length > 0 ? beforeCorner : labelled.slice(0, 1);
      const unitLabel = [...header, ...above].find((c) => /^単位$/u.test(c.text.replace(/\s+/g, '')));
      const unitValue = unitLabel ? rightOf(unitLabel) : undefined;
      const statedUnit = unitValue && unitValue.text.length <= 6 && figureOf(unitValue.text) === null ? unitValue.text.trim() : null;
      // a note under the name in its cell (※…) is the indicator's note
      const written = stripMarkup(nameCells.map((c) => c.raw).join(''));
      const noteAt = written.indexOf('※');
      const name = cleanName(noteAt >= 0 ? written.slice(0, noteAt) : written) || null;
      const note = noteAt >= 0 ? cleanName(written.slice(noteAt)) : null;
      const sumLabel = corner ? header.find((c) => c.col < corner.col && labelRole(c.text) === 'money') : undefined;
      const isMoney = sumLabel !== undefined || heads.some((h) => labelRole(h.text) === 'money' || MONEY_HEAD.test(h.text)) || (name !== null && labelRole(name) === 'money');
      // the corner, the heads, the 名称 head and the 指標① label are the table's own; another label
      // on the head row and its text (a section run into the row: 木更津's text, item 3) are left to their reader
      header.filter((c) => c === corner || heads.includes(c) || c.role === 'indicators' || NAME_HEAD.test(c.text.replace(/\s+/g, ''))).forEach((c) => used.add(c));
      nameCells.forEach((c) => used.add(c));
      if (nameCells[0] && labelled.includes(nameCells[0])) [...header, ...above].filter((c) => c.row === nameCells[0]!.row && c.col < nameCells[0]!.col).slice(-1).forEach((c) => used.add(c));
      if (unitLabel && statedUnit !== null) [unitLabel, unitValue!].forEach((c) => used.add(c));
      const block: Indicator[] = [];
      for (const y of run) {
        used.add(y.cell);
        y.after.forEach((c) => used.add(c));
        const inOrder = corner !== null && !colsOverlap(corner, y.cell);
        const values = y.after.map((cell, k) => ({ cell, i: inOrder ? k : heads.findIndex((h) => colsOverlap(h, cell)) })).filter((v) => v.i >= 0 && v.i < heads.length && !EMPTY.test(v.cell.text.replace(/\s+/g, '')));
        let ind: Indicator | null = null;
        for (const { cell, i } of values) {
          const kind = kinds[i]!;
          if (kind.holds === 'side') continue;
          // a figure written after its name (成約件数15件): the name is the indicator's where none stands beside the years
          const named = figureOf(cell.text) === null ? NAMED_FIGURE.exec(cell.text.replace(/[\s\u3000]+/g, '')) : null;
          const f = named ? figureOf(named[2]!) : figureOf(cell.text);
          if (isMoney) {
            if (!f || (f.unit && !/円/.test(f.unit))) continue;
            const scale = /千円/.test(f.unit ?? '') || /千円/.test(heads[i]!.text) || (!f.unit && thousands(cell)) ? 1000 : 1;
            money.push({ label: name ?? (sumLabel ? cleanName(sumLabel.raw) : cleanName(heads[i]!.raw)), fiscalYear: y.year.year, kind: kind.word, yen: Math.round(f.value * scale), text: cell.text, line: cell.line.no });
            continue;
          }
          const unit = f?.unit ?? statedUnit ?? (name ? unitInName(name) : null) ?? unitInName(cleanName(heads[i]!.raw));
          const own = name === null && named && f ? named[1]! : null;
          if (ind && own !== null && ind.name !== own) ind = null;
          if (!ind) {
            ind = { name: own ?? (name === null ? null : withoutUnit(name)), fiscalYear: y.year.year, target: null, unit, comparator: null, actual: null, text: cell.text, note, line: cell.line.no };
            block.push(ind);
          } else ind.text += ` / ${cell.text}`;
          ind.unit ??= unit;
          // a target in words (条例への反映, 検討80%) is kept as its text
          if (kind.holds === 'actual') ind.actual = f?.value ?? ind.actual;
          else ind.target = f?.value ?? ind.target;
        }
      }
      // the same table again under the next label (木更津's text repeats a 指標② under 令和5年度の活動経過)
      const same = (a: Indicator[], b: Indicator[]) => a.length === b.length && a.every((x, i) => JSON.stringify({ ...x, line: 0 }) === JSON.stringify({ ...b[i]!, line: 0 }));
      if (!same(block, lastBlock)) indicators.push(...block);
      lastBlock = block;
    }

    /**
     * A name labelled on the row over a table's head (成果指標名 | 市民一人一日当たりのごみ排出量 | 単位 | g
     * over 区分 | R3年度 …): the name and unit of the 目標 / 実績 rows under it, which write none.
     */
    function titleAbove(start: number): { name: string; unit: string | null; cells: SheetCell[] } | null {
      const head = rows.filter((x) => x < start).at(-1);
      const over = head === undefined ? undefined : rows.filter((x) => x < head).at(-1);
      if (over === undefined) return null;
      const cells = inRow(over);
      const label = cells.find((c) => c.role === 'indicators' || NAME_HEAD.test(c.text.replace(/\s+/g, '')));
      const value = label && cells.find((c) => c.col > label.col);
      if (!label || !value || value.role !== null || figureOf(value.text) !== null) return null;
      const unitLabel = cells.find((c) => /^単位$/u.test(c.text.replace(/\s+/g, '')));
      const unitValue = unitLabel && cells.find((c) => c.col > unitLabel.col);
      return { name: value.raw, unit: unitValue && unitValue.text.length <= 6 ? unitValue.text.trim() : null, cells: [label, value, ...(unitLabel && unitValue ? [unitLabel, unitValue] : [])] };
    }

    function read(columns: YearColumn[], nameFrom: number, first: number, unitCell: SheetCell | null, start: number, above: SheetCell[], finals: { target: SheetCell; year: SheetCell | null } | null) {
      const last = Math.max(...columns.map((c) => c.col + c.colSpan));
      let pendingName: { text: string; cell: SheetCell } | null = null;
      const isMoneyHead = [...above, ...table.filter((c) => c.row < start && c.row + c.rowSpan >= start - 2 && c.col >= nameFrom && c.col < first && !table.some((o) => o.row === c.row && figureOf(o.text) !== null))].some((c) => labelRole(c.text) === 'money' || /千円|金額|コスト|経費|事業費/.test(c.text));
      const rowsHere = rows.filter((r) => r >= start);
      const groupRows: { name: string; nameCell: SheetCell | null; unit: string | null; values: { col: YearColumn; cell: SheetCell }[]; kind: string | null }[] = [];
      // where some columns say 目標 / 見込 and the others say nothing, those others are 実績
      const contrast = columns.some((c) => c.kind !== null && TARGET_KIND.test(c.kind)) && columns.some((c) => c.kind === null);
      const titled = titleAbove(start);
      for (const r of rowsHere) {
        const cellsHere = inRow(r).filter((c) => c.col + c.colSpan > nameFrom && c.col < last);
        // years across again, here or beside: another table's head
        if (inRow(r).filter((c) => yearHeader(c.text, defaultEra)).length >= 2) break;
        // another table's head (成果指標 | 年度 | 目標 | 結果 under 活動指標's years across, one text table)
        if (cellsHere.some((c) => YEAR_CORNER.test(c.text.replace(/\s+/g, '')))) break;
        // the rightmost name cell: a vertical group label (主な内訳, 財源) stands left of it; a cell
        // that only says 目標 / 実績 (a 区分 column) gives the row's kind, not its name
        const area = cellsHere.filter((c) => c.col < first && c !== unitCell && !(unitCell && colsOverlap(c, unitCell))).sort((a, b) => a.col - b.col);
        // a row of 達成率 under 目標値 / 実績値 is their quotient, no figure of its own
        if (area.some((c) => /^(達成率|達成度)$/u.test(c.text.replace(/\s/g, '')))) {
          cellsHere.forEach((c) => used.add(c));
          continue;
        }
        const kindCell = area.filter((c) => KIND_ONLY.test(c.text.replace(/\s/g, ''))).at(-1);
        const rowKind = kindCell ? KIND_ONLY.exec(kindCell.text.replace(/\s/g, ''))![1]! : null;
        const nameCells = area.filter((c) => c !== kindCell).slice(-1);
        const role = nameCells.map((c) => labelRole(c.text)).find((x) => x !== null) ?? null;
        // one cell per year column: a row of the table even when it holds words (神戸 実施方法 直営 …);
        // a labelled row whose value spans the years ends it (池田 成果指標の達成状況)
        const perYear = columns.map((col) => cellsHere.filter((c) => c.col >= col.col && c.col + c.colSpan <= col.col + col.colSpan));
        const aligned = perYear.filter((x) => x.length > 0).length >= 2;
        if (!aligned && role && role !== 'money' && role !== 'indicators' && role !== 'progress' && role !== 'actualValue' && role !== 'targetValue') break;
        const values = columns.flatMap((col) => cellsHere.filter((c) => c.col >= col.col && c.col < col.col + col.colSpan && figureOf(c.text) !== null).map((cell) => ({ col, cell })));
        // a row of no figures over years across again is the next table's title (活動指標名 | … | 単位 | 回)
        const after = rows.find((x) => x > r);
        if (values.length === 0 && after !== undefined && inRow(after).filter((c) => yearHeader(c.text, defaultEra)).length >= 2) break;
        // a name cell over several rows of figures names them by its first paragraph (神戸 物件費)
        const name = nameCells.map((c) => (c.rowSpan > 1 && c.raw.split('\n').length !== c.rowSpan ? c.raw.split('\n')[0]! : c.raw)).join(' ');
        if (values.length === 0 && aligned && name !== '') {
          // words by year: kept with the year they stand under
          // a schedule (取組工程, 実施計画, スケジュール: 検討 | 実施 | →) is each year's plan; other words
          // by year (神戸's 実施方法 直営 | 直営) stay a field of their own
          if (SCHEDULE.test(cleanName(name))) {
            columns.forEach((col, i) => perYear[i]!.length > 0 && plans.push({ fiscalYear: col.year, plan: perYear[i]!.map((c) => c.text).join(' '), line: perYear[i]![0]!.line.no }));
          } else texts.push({ label: cleanName(name), text: columns.map((col, i) => (perYear[i]!.length ? `${col.year}${col.kind ?? ''}: ${perYear[i]!.map((c) => c.text).join(' ')}` : '')).filter(Boolean).join('; '), line: nameCells[0]?.line.no ?? null });
          cellsHere.forEach((c) => used.add(c));
          continue;
        }
        if (values.length === 0) {
          // the 項目 written across the year columns over its figures (神戸 対象施設数)
          const wide = cellsHere.find((c) => c.col >= first && c.colSpan >= 2 && figureOf(c.text) === null);
          if (wide) pendingName = { text: wide.raw, cell: wide };
          else if (nameCells.length > 0) pendingName = { text: name, cell: nameCells.at(-1)! };
          if (cellsHere.some((c) => c.col >= first)) continue;
          continue;
        }
        const unit = unitCell ? (cellsHere.find((c) => colsOverlap(c, unitCell))?.text ?? null) : null;
        let rowName = name;
        let nameCell = nameCells.at(-1) ?? null;
        if (rowName === '' && pendingName) {
          rowName = pendingName.text;
          nameCell = pendingName.cell;
        }
        const prev = groupRows.at(-1);
        if (rowName === '' && prev?.nameCell && prev.name.includes('\n') && prev.name.split('\n').length === prev.nameCell.rowSpan) {
          // one label cell over two rows of figures, a paragraph each (池田 その他 / うち受益者負担Ｂ)
          const parts = prev.name.split('\n');
          rowName = parts.pop()!;
          prev.name = parts.join('\n');
          nameCell = prev.nameCell;
        } else if (rowName === '' && prev?.nameCell && prev.nameCell.row + prev.nameCell.rowSpan > r) rowName = prev.name;
        else if (rowName === '' && rowKind && prev) {
          // 目標 / 実績 rows of one indicator: the name and unit are written once, on the first
          rowName = prev.name;
          nameCell = prev.nameCell;
        }
        // the first 目標 / 実績 row under a name labelled over the table (成果指標名 | … | 単位 | g)
        if (rowName === '' && rowKind && !prev && titled) {
          rowName = titled.name;
          titled.cells.forEach((c) => used.add(c));
        }
        pendingName = null;
        groupRows.push({ name: rowName, nameCell, unit: unit ?? (rowKind && prev && rowName === prev.name ? prev.unit : null) ?? (titled && rowName === titled.name ? titled.unit : null), values, kind: rowKind });
        cellsHere.forEach((c) => used.add(c));
      }
      const isMoney = isMoneyHead || groupRows.some((g) => labelRole(lastParagraph(g.name)) === 'money');
      const finalTargets: Indicator[] = [];
      if (finals && !isMoney) {
        for (const g of groupRows) {
          const row = inRow(g.values[0]!.cell.row);
          const t = row.find((c) => colsOverlap(c, finals.target));
          const f = t ? figureOf(t.text) : null;
          if (!t || !f) continue;
          const y = finals.year ? row.find((c) => colsOverlap(c, finals.year!)) : undefined;
          const year = y ? yearHeader(y.text, defaultEra) : yearHeader(/[(（]([^()（）]+)[)）]$/u.exec(finals.target.text)?.[1] ?? '', defaultEra);
          const name = withoutUnit(cleanName(g.name));
          const unit = (g.unit ?? f.unit ?? unitInName(cleanName(g.name)))?.trim() || null;
          finalTargets.push({ name, fiscalYear: year?.year ?? null, target: f.value, unit, comparator: null, actual: null, text: `${name} ${finals.target.text.replace(/\s+/g, '')} ${t.text}${y ? ` ${y.text}` : ''}`, note: null, line: t.line.no });
          [t, y].forEach((c) => c && used.add(c));
        }
      }
      for (const g of groupRows) {
        const name = cleanName(g.name);
        for (const { col, cell } of g.values) {
          const f = figureOf(cell.text)!;
          const kind = g.kind ?? col.kind ?? (contrast ? '実績' : null);
          if (isMoney) {
            if ((f.unit && !/円/.test(f.unit)) || notMoney(name)) continue;
            const scale = /千円/.test(f.unit ?? '') || (!f.unit && thousands(cell)) ? 1000 : 1;
            money.push({ label: name, fiscalYear: col.year, kind, yen: Math.round(f.value * scale), text: cell.text, line: cell.line.no });
            if (f.inner !== null) {
              const inner = expandAbbreviation(/[(（]([^()（）]+)[)）]/.exec(name)?.[1] ?? '内訳');
              money.push({ label: inner, fiscalYear: col.year, kind, yen: Math.round(f.inner * scale), text: cell.text, line: cell.line.no });
            }
            continue;
          }
          const unitText = (g.unit ?? f.unit ?? unitInName(name))?.trim() || null;
          const indicatorName = withoutUnit(name);
          const scaled = unitText && /^千(円|人|件|t|トン)$/.test(unitText) ? { value: f.value * 1000, unit: unitText.slice(1) } : { value: f.value, unit: unitText };
          const actual = kind !== null && /実績|決算|結果/.test(kind) && !/見込/.test(kind);
          let ind = indicators.find((i) => i.name === indicatorName && i.fiscalYear === col.year);
          if (!ind) {
            ind = { name: indicatorName, fiscalYear: col.year, target: null, unit: scaled.unit, comparator: null, actual: null, text: `${name} ${col.cell.text.replace(/\s+/g, '')} ${cell.text}`, note: null, line: cell.line.no };
            indicators.push(ind);
          } else ind.text += `, ${col.cell.text.replace(/\s+/g, '')} ${cell.text}`;
          if (actual) ind.actual = scaled.value;
          else ind.target = scaled.value;
        }
      }
      indicators.push(...finalTargets);
    }
  }
  return { indicators, money, texts, used, plans };
}

const MONEY_WORD = /(経費|事業費|予算額|決算額|総事業費)([(（][^()（）]+[)）])?/u;

/**
 * A figure labelled as money outside a year table (京都 ７ 令和７年度の方向性 | 予算案 経費（一財）、
 * 単位（千円） | 26,700（22,050））: the year from the label or its row, the kind from the label.
 */
export function labelledMoney(label: SheetCell, value: SheetCell, row: readonly SheetCell[], defaultEra: number, thousands: boolean): MoneyEntry[] {
  const word = MONEY_WORD.exec(label.text.replace(/\s+/g, ''));
  const f = figureOf(value.text);
  if (!word || !f || (f.unit && !/円/.test(f.unit))) return [];
  const year = [label, ...row].map((c) => /(令和|平成|[RH])\s*([0-9０-９]{1,2}|元)\s*年度/u.exec(c.text.replace(/\s+/g, ''))).find((m) => m);
  const fiscalYear = year ? yearHeader(year[0], defaultEra)?.year ?? null : null;
  const kind = /(当初予算|予算現額|予算案|予算|決算見込|決算|見込)/u.exec(label.text.replace(/\s+/g, ''))?.[1] ?? null;
  const scale = /千円/.test(label.text) || /千円/.test(f.unit ?? '') || (!f.unit && thousands) ? 1000 : 1;
  const name = word[0]!;
  const out: MoneyEntry[] = [{ label: name, fiscalYear, kind, yen: Math.round(f.value * scale), text: value.text, line: value.line.no }];
  if (f.inner !== null && word[2]) {
    out.push({ label: expandAbbreviation(word[2].slice(1, -1)), fiscalYear, kind, yen: Math.round(f.inner * scale), text: value.text, line: value.line.no });
  }
  return out;
}

function fakeCol(c: YearColumn): SheetCell {
  return { ...c.cell, col: c.col, colSpan: c.colSpan, rowSpan: 1 };
}

/** Year columns of a header group; a year over two kind cells (R6年度 over 予算 | 決算) is two columns. */
function yearColumns(group: { c: SheetCell; y: { year: number; kind: string | null } }[], below: SheetCell[], table: SheetCell[], row: number): YearColumn[] {
  const out: YearColumn[] = [];
  // a header above the years that says what they hold (池田 目標値 over R5実績 … R9見込)
  const over = table.filter((c) => c.row < row && c.row + c.rowSpan >= row).map((c) => c.text.replace(/\s/g, ''));
  const overKind = over.map((t) => KIND.exec(t)?.[1]).find((k) => k !== undefined) ?? null;
  for (const { c, y } of group) {
    const kinds = below.filter((b) => colsOverlap(b, c) && KIND.test(b.text.replace(/\s/g, '')));
    if (y.kind === null && kinds.length >= 1) {
      for (const k of kinds) out.push({ col: k.col, colSpan: k.colSpan, year: y.year, kind: KIND.exec(k.text.replace(/\s/g, ''))![1]!, cell: c });
    } else out.push({ col: c.col, colSpan: c.colSpan, year: y.year, kind: y.kind ?? overKind, cell: c });
  }
  return out;
}

const COMPARATOR = { 以上: 'gte', 以下: 'lte', 未満: 'lt', 超: 'gt' } as const;

/** A target's figure and the comparison written after it: `35.0％以上` → 35 % gte; `3,000` → 3000. */
export function targetFigure(text: string): { value: number; unit: string | null; comparator: Indicator['comparator'] } | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const word = /(以上|以下|未満|超)$/u.exec(t)?.[1] as keyof typeof COMPARATOR | undefined;
  const f = figureOf(word ? t.slice(0, -word.length) : t);
  return f ? { value: f.value, unit: f.unit, comparator: word ? COMPARATOR[word] : null } : null;
}

/** `1,130` → 1130; `26,200(16,100)` → 26200 with 16100 inside; `0.1人` → 0.1 人; `20事業` → 20 事業 (a counter of
 * up to four kanji or katakana: 木更津's 事業, 業務); `△5` → -5. */
export function figureOf(text: string): { value: number; unit: string | null; inner: number | null } | null {
  // two figures a space apart (`1,200 3,400`, two cells a layout ran together) are not one
  if (/[0-9０-９][\s\u3000]+[0-9０-９]/u.test(text)) return null;
  const t = text.replace(/[\s\u3000]+/g, '').normalize('NFKC');
  const m = /^([△▲\-−]?)([0-9][0-9,]*(?:\.[0-9]+)?)(?:\(([△▲\-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\))?((?:[%kmt㎘か所ha㎡]|\p{Script=Han}|\p{Script=Katakana}|ー){0,4})$/u.exec(t);
  // a comparison (８０以上) is a quantity phrase, not a figure of a table's cell
  if (!m || /以上|以下|未満|超|以内|程度|前後/u.test(m[4] ?? '')) return null;
  const sign = m[1] ? -1 : 1;
  const value = sign * Number(m[2]!.replace(/,/g, ''));
  // (more digits than any sum a plan states, in yen: a run of figures read as one)
  if (!Number.isFinite(value) || Math.abs(value) > MAX_FIGURE) return null;
  const inner = m[3] ? (/^[△▲\-−]/.test(m[3]) ? -1 : 1) * Number(m[3].replace(/^[△▲\-−]/, '').replace(/,/g, '')) : null;
  return { value, unit: m[4] ? m[4] : null, inner };
}

/** A trillion yen in 千円, and then some: past it, no plan's figure. */
const MAX_FIGURE = 1e12;

const UNIT = /^(%|％|件|人|回|円|千円|千人|社|か所|箇所|日|時間|t|ｔ|トン|kg|km|㎘|団体|校|世帯|戸|者|名|本|冊|点|ha|㎡|台|店舗|事業所|施設)$/u;

/** `対象者数（人）`, `…（単位：円）` → the unit a name states. */
/** `登録団体数（団体）` → 登録団体数: the unit goes to its own field. */
export function withoutUnit(name: string): string {
  return unitInName(name) ? name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').replace(/\s*[(（]単位[:：][^)）]*[)）]/u, '') || name : name;
}

export function unitInName(name: string): string | null {
  const stated = /単位[:：]\s*([^)）\s]+)/u.exec(name)?.[1];
  if (stated) return stated;
  const paren = /[(（]([^()（）]{1,4})[)）]\s*$/u.exec(name)?.[1];
  return paren && UNIT.test(paren) ? paren : null;
}

function lastParagraph(s: string): string {
  return s.split('\n').filter(Boolean).at(-1) ?? s;
}

/**
 * A row of a cost table that counts no money: staff (`③人員（人工）`, 職員数, 所要時間) or a unit stated
 * that counts people or things (北見's 事業費 table by year, its 人件費 worked out from 人工).
 */
function notMoney(name: string): boolean {
  const stated = /[(（]([^()（）]{1,4})[)）]\s*$/u.exec(name)?.[1];
  // (a letter in brackets names the row for a formula: 神戸's 合計（A）, 一般財源（B）)
  return /人工|人員|職員数|所要時間/u.test(name) || (stated !== undefined && /^(人工?|人日|件|回|時間|日|%|％|名|者|台)$/u.test(stated));
}

/** A row name as a reader writes it: its own words, no spaces between Japanese characters. */
export function cleanName(s: string): string {
  const parts = s.split(/\n| (?=[^\s])/u).filter((p) => p.trim() !== '');
  const joined = parts.length > 1 && parts.every((p) => p.length <= 2) ? parts.join('') : s.split('\n').map((p) => p.trim()).filter(Boolean).join(' ');
  return joined.replace(/(?<=[^\x00-\x7F]) (?=[^\x00-\x7F])/gu, '').trim();
}
