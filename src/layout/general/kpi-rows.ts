import type { Indicator } from '../../records/schema.js';
import { labelRole } from '../../vocabulary/index.js';
import { colsOverlap, type SheetCell } from './sheet-cells.js';
import { cleanName, figureOf, targetFigure, unitInName, withoutUnit, yearHeader } from './year-tables.js';

/**
 * Tables of one indicator a row, the heads saying what each column holds and for which year:
 * `成果指標 | 単位 | 基準値（R1） | 目標値（R7） | 実績値（R5）` (総合戦略 KPI tables as evaluation sheets
 * print them; the outline reader's kpiTable reads the same shape in running text, 朝霧村's
 * `KPI | 現状値（令和元年度） | 目標値（令和7年度）`) or `指標名 | 目標値 | 実績値 | 達成率`. One entry a row:
 * the target with its year and the result beside it (an entry of its own where its year differs),
 * the baseline as the entry's note.
 */
interface KpiHead {
  cell: SheetCell;
  holds: 'baseline' | 'target' | 'actual' | 'side';
  year: number | null;
}

const KIND_HEAD = /^(基準値?|現状値?|策定時|目標値?|目標水準|計画値?|実績値?|結果)(?:[(（]([^()（）]+)[)）])?$/u;
const SIDE_HEAD = /^(達成率|達成度|進捗率|評価|備考)$/u;
const NAME_HEAD = /^(成果指標|活動指標|指標名?|KPI|ＫＰＩ|重要業績評価指標|項目|指標の名称|成果指標名)$/u;

function kpiHead(cell: SheetCell, defaultEra: number): KpiHead | null {
  const t = cell.text.replace(/[\s\u3000]+/g, '');
  const side = SIDE_HEAD.exec(t);
  if (side) return { cell, holds: 'side', year: null };
  const m = KIND_HEAD.exec(t);
  if (!m) return null;
  const year = m[2] ? (yearHeader(m[2], defaultEra)?.year ?? null) : null;
  if (m[2] && year === null) return null;
  const holds = /^(基準|現状|策定時)/.test(m[1]!) ? 'baseline' : /^(実績|結果)/.test(m[1]!) ? 'actual' : 'target';
  return { cell, holds, year };
}

export function readKpiRows(cells: readonly SheetCell[], defaultEra: number, used: Set<SheetCell>): Indicator[] {
  const out: Indicator[] = [];
  const tables = new Map<string, SheetCell[]>();
  for (const c of cells) if (!used.has(c)) tables.set(c.table, [...(tables.get(c.table) ?? []), c]);
  for (const table of tables.values()) {
    const rows = [...new Set(table.map((c) => c.row))].sort((a, b) => a - b);
    const inRow = (r: number) => table.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    for (let i = 0; i < rows.length; i++) {
      const header = inRow(rows[i]!);
      const nameHead = header[0];
      if (!nameHead || !(NAME_HEAD.test(nameHead.text.replace(/\s+/g, '')) || labelRole(nameHead.text) === 'indicators')) continue;
      const unitHead = header.find((c) => /^単位$/u.test(c.text.replace(/\s+/g, '')));
      const heads = header.slice(1).filter((c) => c !== unitHead).map((c) => kpiHead(c, defaultEra));
      if (heads.length === 0 || heads.some((h) => h === null) || !heads.some((h) => h!.holds === 'target')) continue;
      const kinds = heads as KpiHead[];
      const read: Indicator[] = [];
      let j = i + 1;
      for (; j < rows.length; j++) {
        const row = inRow(rows[j]!);
        const name = row[0];
        if (!name || name.role !== null || figureOf(name.text) !== null || colsOverlap(name, kinds[0]!.cell)) break;
        const under = (h: KpiHead) => row.find((c) => c !== name && colsOverlap(c, h.cell));
        const figures = kinds.map((h) => ({ h, cell: under(h) })).filter((x) => x.cell !== undefined && x.h.holds !== 'side');
        if (!figures.some((x) => figureOf(x.cell!.text) !== null)) break;
        const unitCell = unitHead ? row.find((c) => colsOverlap(c, unitHead)) : undefined;
        const written = withoutUnit(cleanName(name.raw));
        const unit = unitCell?.text.trim() || (figures.map((x) => figureOf(x.cell!.text)?.unit).find((u) => u) ?? unitInName(cleanName(name.raw)));
        const target = figures.find((x) => x.h.holds === 'target');
        const actual = figures.find((x) => x.h.holds === 'actual');
        const baseline = figures.find((x) => x.h.holds === 'baseline');
        const entry = (fiscalYear: number | null): Indicator => ({ name: written, fiscalYear, target: null, unit: unit ?? null, comparator: null, actual: null, text: row.map((c) => c.text.trim()).join(' '), note: null, line: name.line.no });
        const first = entry(target?.h.year ?? null);
        const t = target ? targetFigure(target.cell!.text) : null;
        first.target = t?.value ?? null;
        first.comparator = t?.comparator ?? null;
        if (baseline) first.note = `${cleanName(baseline.h.cell.raw)}: ${baseline.cell!.text.trim()}`;
        read.push(first);
        if (actual) {
          const a = figureOf(actual.cell!.text)?.value ?? null;
          if (actual.h.year === null || actual.h.year === first.fiscalYear) first.actual = a;
          else if (a !== null) read.push({ ...entry(actual.h.year), actual: a });
        }
        row.forEach((c) => used.add(c));
      }
      if (read.length === 0) continue;
      header.forEach((c) => used.add(c));
      out.push(...read);
      i = j - 1;
    }
  }
  return out;
}
