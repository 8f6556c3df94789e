import { parseDigits } from '../../lex/markers/marker.js';
import type { Indicator, MoneyEntry, OtherField } from '../../records/schema.js';
import { expandAbbreviation, labelRole } from '../../vocabulary/index.js';
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
}

interface YearColumn {
  col: number;
  colSpan: number;
  year: number;
  kind: string | null;
  cell: SheetCell;
}

const KIND = /(当初予算|予算現額|補正後予算|予算案|予算|決算見込|決算|実績見込|見込み?|実績|目標値?|計画|結果|推計|予定)$/u;
const KIND_ONLY = /^(目標値?|実績値?|計画値?|見込み?|予定|結果|予算|決算)$/u;
const TARGET_KIND = /目標|見込|計画|予定|予算/u;
const YEAR_CELL = /^(令和|平成|昭和|[RHSＲＨＳ])?\s*([0-9０-９]{1,2}|元)\s*(年度?)?(.*)$/u;
const WESTERN_YEAR = /^((?:19|20)[0-9]{2})\s*年度?(.*)$/u;
const ERA_BASE: Record<string, number> = { 令和: 2018, R: 2018, Ｒ: 2018, 平成: 1988, H: 1988, Ｈ: 1988, 昭和: 1925, S: 1925, Ｓ: 1925 };

/** `R5年度実績` → 2023 + 実績; `20年度決算` with the document's era; null for anything else. */
export function yearHeader(text: string, defaultEra: number): { year: number; kind: string | null } | null {
  // `令和4年度（2022）`: the western year in brackets adds nothing
  const t = text.replace(/[\s\u3000]+/g, '').normalize('NFKC').replace(/\((?:19|20)[0-9]{2}(?:年度?)?\)/u, '');
  const w = WESTERN_YEAR.exec(t);
  if (w) {
    const rest = w[2] ?? '';
    if (rest !== '' && !KIND.test(rest)) return null;
    return { year: Number(w[1]), kind: rest === '' ? null : KIND.exec(rest)![1]! };
  }
  const m = YEAR_CELL.exec(t);
  // a bare number is no year: an era (R4) or 年 (4年度) must say so
  if (!m || (!m[1] && !m[3])) return null;
  const rest = m[4] ?? '';
  if (rest !== '' && !KIND.test(rest)) return null;
  const n = m[2] === '元' ? 1 : parseDigits(m[2]!);
  const base = m[1] ? ERA_BASE[m[1].normalize('NFKC')] ?? ERA_BASE[m[1]]! : defaultEra;
  return { year: base + n, kind: rest === '' ? null : KIND.exec(rest)![1]! };
}

export function readYearTables(cells: readonly SheetCell[], defaultEra: number, thousands: (c: SheetCell) => boolean): YearTableResult {
  const used = new Set<SheetCell>();
  const indicators: Indicator[] = [];
  const money: MoneyEntry[] = [];
  const texts: OtherField[] = [];
  const byTable = new Map<string, SheetCell[]>();
  for (const c of cells) {
    const list = byTable.get(c.table);
    if (list) list.push(c);
    else byTable.set(c.table, [c]);
  }
  for (const table of byTable.values()) {
    const rows = [...new Set(table.map((c) => c.row))].sort((a, b) => a - b);
    const inRow = (r: number) => table.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    const claimed = new Set<number>();
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
        const headerAbove = table.some((c) => c.row + c.rowSpan === r && c.col + c.colSpan > first && !yearHeader(c.text, defaultEra));
        for (const c of table.filter((c) => c.row <= r && c.row + c.rowSpan > r - (headerAbove ? 1 : 0) && c.col < first).sort((a, b) => b.col - a.col)) {
          if (yearHeader(c.text, defaultEra) || KIND.test(c.text.replace(/\s/g, ''))) break;
          header.push(c);
        }
        // no header over the names (神戸: the corner is empty): from the previous group, or the left edge
        const prevEnd = groups.indexOf(g) > 0 ? Math.max(...groups[groups.indexOf(g) - 1]!.map((x) => x.c.col + x.c.colSpan)) : 0;
        const nameFrom = header.length > 0 ? Math.min(...header.map((c) => c.col)) : prevEnd;
        const unitCell = header.find((c) => /^単位/.test(c.text.replace(/\s/g, '')));
        const above = [...table.filter((c) => c.row < r && c.col >= first - 1)];
        // figures start under the header, and under the row of kinds when the years have one below
        const start = r + 1 + (inRow(r + 1).some((c) => KIND.test(c.text.replace(/\s/g, '')) && columns.some((col) => colsOverlap(c, fakeCol(col)))) ? 1 : 0);
        g.forEach((x) => used.add(x.c));
        // the corner cells (年度, 区分, 成果指標の内容, 単位) are the table's own header
        header.forEach((c) => used.add(c));
        read(columns, nameFrom, first, unitCell ?? null, start, above);
      }
      claimed.add(r);
    }
    if (claimed.size === 0) readTransposed();

    /**
     * Years down the first column, indicators across (年度 | 登録団体数（団体） | 活動回数（回）):
     * the header row above the first year names each column.
     */
    function readTransposed() {
      const yearRows = rows.filter((r) => {
        const first = inRow(r)[0];
        return first !== undefined && yearHeader(first.text, defaultEra) !== null && inRow(r).slice(1).some((c) => figureOf(c.text) !== null);
      });
      if (yearRows.length < 2) return;
      const headerRow = rows.filter((r) => r < yearRows[0]!).at(-1);
      if (headerRow === undefined) return;
      const heads = inRow(headerRow).slice(1);
      if (heads.length === 0 || heads.some((h) => figureOf(h.text) !== null)) return;
      const years = yearRows.map((r) => ({ r, y: yearHeader(inRow(r)[0]!.text, defaultEra)! }));
      const contrast = years.some((y) => y.y.kind !== null && TARGET_KIND.test(y.y.kind)) && years.some((y) => y.y.kind === null);
      inRow(headerRow).forEach((c) => used.add(c));
      for (const { r, y } of years) {
        inRow(r).forEach((c) => used.add(c));
        for (const cell of inRow(r).slice(1)) {
          const head = heads.find((h) => colsOverlap(h, cell));
          const f = figureOf(cell.text);
          // a head that names only a kind (目標値, 結果: 木更津's 指標 | 名称 | 年度 | 目標値 | 結果, the
          // name in a cell of its own) names no indicator: its figures were read under the name 結果
          if (!head || !f || KIND_ONLY.test(head.text.replace(/\s+/g, ''))) continue;
          const name = withoutUnit(cleanName(head.raw));
          const kind = y.kind ?? (contrast ? '実績' : null);
          const unitText = f.unit ?? unitInName(cleanName(head.raw));
          let ind = indicators.find((i) => i.name === name && i.fiscalYear === y.year);
          if (!ind) {
            ind = { name, fiscalYear: y.year, target: null, unit: unitText, comparator: null, actual: null, text: `${name} ${inRow(r)[0]!.text} ${cell.text}`, note: null, line: cell.line.no };
            indicators.push(ind);
          }
          if (kind !== null && /実績|決算|結果/.test(kind)) ind.actual = f.value;
          else ind.target = f.value;
        }
      }
    }

    function read(columns: YearColumn[], nameFrom: number, first: number, unitCell: SheetCell | null, start: number, above: SheetCell[]) {
      const last = Math.max(...columns.map((c) => c.col + c.colSpan));
      let pendingName: { text: string; cell: SheetCell } | null = null;
      const isMoneyHead = [...above, ...table.filter((c) => c.row < start && c.col >= nameFrom && c.col < first)].some((c) => labelRole(c.text) === 'money' || /千円|金額|コスト|経費|事業費/.test(c.text));
      const rowsHere = rows.filter((r) => r >= start);
      const groupRows: { name: string; nameCell: SheetCell | null; unit: string | null; values: { col: YearColumn; cell: SheetCell }[]; kind: string | null }[] = [];
      // where some columns say 目標 / 見込 and the others say nothing, those others are 実績
      const contrast = columns.some((c) => c.kind !== null && TARGET_KIND.test(c.kind)) && columns.some((c) => c.kind === null);
      for (const r of rowsHere) {
        const cellsHere = inRow(r).filter((c) => c.col + c.colSpan > nameFrom && c.col < last);
        if (cellsHere.some((c) => yearHeader(c.text, defaultEra)) && cellsHere.filter((c) => yearHeader(c.text, defaultEra)).length >= 2) break;
        // the rightmost name cell: a vertical group label (主な内訳, 財源) stands left of it; a cell
        // that only says 目標 / 実績 (a 区分 column) gives the row's kind, not its name
        const area = cellsHere.filter((c) => c.col < first && c !== unitCell && !(unitCell && colsOverlap(c, unitCell))).sort((a, b) => a.col - b.col);
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
        // a name cell over several rows of figures names them by its first paragraph (神戸 物件費)
        const name = nameCells.map((c) => (c.rowSpan > 1 && c.raw.split('\n').length !== c.rowSpan ? c.raw.split('\n')[0]! : c.raw)).join(' ');
        if (values.length === 0 && aligned && name !== '') {
          // words by year: kept with the year they stand under
          texts.push({ label: cleanName(name), text: columns.map((col, i) => (perYear[i]!.length ? `${col.year}${col.kind ?? ''}: ${perYear[i]!.map((c) => c.text).join(' ')}` : '')).filter(Boolean).join('; '), line: nameCells[0]?.line.no ?? null });
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
        pendingName = null;
        groupRows.push({ name: rowName, nameCell, unit: unit ?? (rowKind && prev && rowName === prev.name ? prev.unit : null), values, kind: rowKind });
        cellsHere.forEach((c) => used.add(c));
      }
      const isMoney = isMoneyHead || groupRows.some((g) => labelRole(lastParagraph(g.name)) === 'money');
      for (const g of groupRows) {
        const name = cleanName(g.name);
        for (const { col, cell } of g.values) {
          const f = figureOf(cell.text)!;
          const kind = g.kind ?? col.kind ?? (contrast ? '実績' : null);
          if (isMoney) {
            if (f.unit && !/円/.test(f.unit)) continue;
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
    }
  }
  return { indicators, money, texts, used };
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

/** `1,130` → 1130; `26,200(16,100)` → 26200 with 16100 inside; `0.1人` → 0.1 人; `△5` → -5. */
export function figureOf(text: string): { value: number; unit: string | null; inner: number | null } | null {
  const t = text.replace(/[\s\u3000]+/g, '').normalize('NFKC');
  const m = /^([△▲\-−]?)([0-9][0-9,]*(?:\.[0-9]+)?)(?:\(([△▲\-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\))?([%人件回社所台円千円万円kmt㎘箇所か所団体校施設世帯戸者名日時間本冊点ha㎡]{0,4})$/u.exec(t);
  if (!m) return null;
  const sign = m[1] ? -1 : 1;
  const value = sign * Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const inner = m[3] ? (/^[△▲\-−]/.test(m[3]) ? -1 : 1) * Number(m[3].replace(/^[△▲\-−]/, '').replace(/,/g, '')) : null;
  return { value, unit: m[4] ? m[4] : null, inner };
}

const UNIT = /^(%|％|件|人|回|円|千円|千人|社|か所|箇所|日|時間|t|ｔ|トン|kg|km|㎘|団体|校|世帯|戸|者|名|本|冊|点|ha|㎡|台|店舗|事業所|施設)$/u;

/** `対象者数（人）`, `…（単位：円）` → the unit a name states. */
/** `登録団体数（団体）` → 登録団体数: the unit goes to its own field. */
function withoutUnit(name: string): string {
  return unitInName(name) ? name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').replace(/\s*[(（]単位[:：][^)）]*[)）]/u, '') || name : name;
}

function unitInName(name: string): string | null {
  const stated = /単位[:：]\s*([^)）\s]+)/u.exec(name)?.[1];
  if (stated) return stated;
  const paren = /[(（]([^()（）]{1,4})[)）]\s*$/u.exec(name)?.[1];
  return paren && UNIT.test(paren) ? paren : null;
}

function lastParagraph(s: string): string {
  return s.split('\n').filter(Boolean).at(-1) ?? s;
}

/** A row name as a reader writes it: its own words, no spaces between Japanese characters. */
function cleanName(s: string): string {
  const parts = s.split(/\n| (?=[^\s])/u).filter((p) => p.trim() !== '');
  const joined = parts.length > 1 && parts.every((p) => p.length <= 2) ? parts.join('') : s.split('\n').map((p) => p.trim()).filter(Boolean).join(' ');
  return joined.replace(/(?<=[^\x00-\x7F]) (?=[^\x00-\x7F])/gu, '').trim();
}
