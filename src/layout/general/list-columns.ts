import type { LexedLine } from '../../lex/lexed-line.js';
import { cleanText } from '../../normalize/clean-text.js';
import type { Indicator } from '../../records/schema.js';
import { isColumnHeading, labelRole, type LabelRole } from '../../vocabulary/index.js';
import { cleanName, figureOf, targetFigure, unitInName, withoutUnit, yearHeader } from './year-tables.js';

/**
 * The columns of a list table: what its header row (and the row of sub-heads under it, where a
 * head spans several columns) says each column holds.
 */
export interface Column {
  index: number;
  role: LabelRole | null;
  label: string;
  /** The sub-head under a spanning head (`活動指標` over `名称 | R4実績値`): what the column holds. */
  sub?: string;
  /** The column's unit, stated under its head (`決算額` over `（千円）`). */
  unit?: string;
}

/** More columns than a list table's header names. */
const MAX_COLUMNS = 64;

export function headerOf(l: LexedLine): Column[] | null {
  // (a header names a few columns: a line of thousands of tab-parted pieces is no header, and is not
  // asked piece by piece — a long line pasted into a text extraction, tests/fuzz.test.ts)
  if (l.cells.length > MAX_COLUMNS) return null;
  if (l.cells.filter((c) => c.trim()).length < 3) return null;
  const cols: Column[] = l.cells.map((c, index) => ({ index, role: labelRole(c), label: cleanText(c) }));
  // (a column's heading no slot takes is a header's word too: an index's ページ, a list's 備考)
  const known = cols.filter((c) => c.role !== null || (c.label !== '' && isColumnHeading(c.label)));
  const filled = cols.filter((c) => c.label !== '');
  // no column names the items: the one that says what is done does (刈谷's 組織目標 | 取組内容 |
  // 課等 | 目標達成基準, one numbered 取組内容 a record, as every 組織目標 table of its kind)
  const contents = cols.filter((c) => c.role === 'content');
  if (!cols.some((c) => c.role === 'title') && contents.length === 1) contents[0]!.role = 'title';
  // nor 取組内容: the 施策 a row is of names it (総合戦略 KPI 一覧: `具体的な施策 | KPI | 基準値 | 目標値`)
  const measures = cols.filter((c) => c.role === 'categoryTitle');
  if (!cols.some((c) => c.role === 'title') && measures.length === 1) measures[0]!.role = 'title';
  if (!cols.some((c) => c.role === 'title') || known.length < 3 || known.length * 2 < filled.length) return null;
  // a header holds labels only: a figure or a sentence makes it a row
  if (cols.some((c) => c.label !== '' && c.role === null && (c.label.length > 12 || /。|[0-9]{3,}/.test(c.label)))) return null;
  return cols;
}

/** A unit stated under a head: `（千円）`, `(単位：千円)`, `（人）`. */
const UNIT_CELL = /^[（(](?:単位[:：])?\s*([^（）()]{1,6})[）)]$/u;

/** What a sub-head may be: a label, a column's heading, a unit, a year or a value's kind. */
function isSubHead(text: string): boolean {
  return labelRole(text) !== null || isColumnHeading(text) || UNIT_CELL.test(text) || yearHeader(text, 2018) !== null || valueHead(text, 2018) !== null;
}

/**
 * A row of sub-heads under a header whose heads span several columns, the shape of every 評価結果
 * 一覧表 made in Excel (`決算額 | 活動指標 | | 評価 | | | 今後の方向性` over `（千円） | 名称 |
 * R4実績値 | 必要性 | 有効性 | 効率性 | 総合評価`): each column takes its sub-head, under its spanning
 * head. Null when the row is no such row. Taught by our own 一覧表 (fixtures/general/
 * hyoka-ichiran.txt), whose second header row had been read as the text of the row above.
 */
export function withSubHeads(header: Column[], l: LexedLine): Column[] | null {
  if (headerOf(l) !== null) return null;
  const subs = l.cells.map((c) => cleanText(c));
  const filled = subs.filter((s) => s !== '');
  if (filled.length < 2 || !filled.every(isSubHead)) return null;
  const title = header.find((c) => c.role === 'title')!;
  if ((subs[title.index] ?? '') !== '' && labelRole(subs[title.index]!) === null) return null;
  // each column's head: its own, or the one spanning it from the left
  const width = Math.max(header.length, subs.length);
  const heads: (Column | null)[] = [];
  let spanning: Column | null = null;
  for (let i = 0; i < width; i++) {
    const h = header[i];
    if (h && h.label !== '') spanning = h;
    heads.push(spanning);
  }
  // at least one head spans a sub-head beside its own column: else the row is text, not heads
  if (!subs.some((s, i) => s !== '' && (header[i]?.label ?? '') === '' && heads[i] !== null) && !subs.some((s) => UNIT_CELL.test(s))) return null;
  const out: Column[] = [];
  for (let i = 0; i < width; i++) {
    const h = header[i] ?? { index: i, role: null, label: '' };
    const s = subs[i] ?? '';
    const head = heads[i] ?? null;
    if (s === '') {
      out.push(h.label === '' ? { index: i, role: null, label: '' } : h);
      continue;
    }
    if (head === null) {
      out.push({ index: i, role: labelRole(s), label: s });
      continue;
    }
    const unit = UNIT_CELL.exec(s);
    if (unit) {
      out.push({ index: i, role: head.role, label: `${head.label}${s}`, unit: unit[1]!.trim() });
      continue;
    }
    const siblings = subs.filter((x, k) => x !== '' && heads[k] === head);
    out.push({ index: i, role: subRole(head, s, siblings), label: `${head.label}・${s}`, sub: s });
  }
  return out;
}

/**
 * A sub-head's role: its own where the vocabulary knows it, its head's where it is the only one
 * under it. Of several grades under one 評価 head (必要性 | 有効性 | 効率性 | 総合評価) the overall one
 * is the evaluation; the others stay fields of their own.
 */
function subRole(head: Column, sub: string, siblings: readonly string[]): LabelRole | null {
  if (head.role === 'evaluation' && siblings.length > 1) {
    const overall = siblings.find((s) => OVERALL.test(s)) ?? siblings[siblings.length - 1]!;
    return sub === overall ? 'evaluation' : null;
  }
  if (head.role === 'indicators') return INDICATOR_NAME.test(sub.replace(/[\s\u3000]+/g, '')) ? 'indicators' : null;
  const own = labelRole(sub);
  if (own !== null) return own;
  return siblings.length === 1 ? head.role : null;
}

const OVERALL = /総合|最終|二次|結果/u;
const INDICATOR_NAME = /^(名称|指標名?|指標の名称|内容|項目)$/u;

/** A head over a figure: `目標値`, `実績値（R5）`, `R4実績値`, `基準値`, `令和7年度目標`. */
export interface ValueHead {
  holds: 'baseline' | 'target' | 'actual';
  year: number | null;
}

const KIND_HEAD = /^(基準値?|現状値?|策定時|目標値?|目標水準|計画値?|実績値?|結果)(?:[(（]([^()（）]+)[)）])?$/u;

export function valueHead(text: string, defaultEra: number): ValueHead | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const holds = (word: string): ValueHead['holds'] => (/^(基準|現状|策定時)/.test(word) ? 'baseline' : /^(実績|結果)/.test(word) ? 'actual' : 'target');
  const m = KIND_HEAD.exec(t);
  if (m) {
    const year = m[2] ? (yearHeader(m[2], defaultEra)?.year ?? null) : null;
    if (m[2] && year === null) return null;
    return { holds: holds(m[1]!), year };
  }
  const y = yearHeader(t, defaultEra);
  if (y?.kind && /^(目標|実績|計画|結果)/.test(y.kind)) return { holds: holds(y.kind), year: y.year };
  return null;
}

/**
 * Indicator columns of a list: a name column (`活動指標・名称`, `指標名`) and the figures right of it
 * (`R4実績値`, `目標値`, `単位`), up to the next column of another kind. One list row, one entry a
 * year.
 */
export interface IndicatorColumns {
  name: number;
  unit: number | null;
  values: { index: number; head: ValueHead; label: string }[];
}

export function indicatorColumns(columns: readonly Column[]): IndicatorColumns[] {
  const out: IndicatorColumns[] = [];
  columns.forEach((c, i) => {
    if (c.role !== 'indicators' || /基準/u.test(c.label)) return;
    const group: IndicatorColumns = { name: i, unit: null, values: [] };
    for (let k = i + 1; k < columns.length; k++) {
      const word = columns[k]!.sub ?? columns[k]!.label;
      if (word === '') continue;
      if (/^単位$/u.test(word)) {
        group.unit = k;
        continue;
      }
      const head = valueHead(word, 2018);
      if (!head) break;
      group.values.push({ index: k, head, label: word });
    }
    if (group.values.length > 0) out.push(group);
  });
  return out;
}

/** The entries one row gives its indicator columns. */
export function rowIndicators(group: IndicatorColumns, cells: readonly string[], line: number | null): Indicator[] {
  const nameText = cleanText(cells[group.name] ?? '');
  if (nameText === '') return [];
  const unitText = group.unit === null ? '' : cleanText(cells[group.unit] ?? '');
  const byYear = new Map<number | null, Indicator>();
  const notes: string[] = [];
  for (const v of group.values) {
    const text = cleanText(cells[v.index] ?? '');
    const f = v.head.holds === 'target' ? targetFigure(text) : figureOf(text);
    if (!f) continue;
    if (v.head.holds === 'baseline') {
      notes.push(`${v.label}: ${text}`);
      continue;
    }
    const entry = byYear.get(v.head.year) ?? {
      name: withoutUnit(cleanName(nameText)),
      fiscalYear: v.head.year,
      target: null,
      unit: unitText || f.unit || unitInName(nameText) || null,
      comparator: null,
      actual: null,
      text: cleanText([nameText, unitText, ...group.values.map((x) => cells[x.index] ?? '')].join(' ')),
      note: null,
      line,
    };
    if (v.head.holds === 'target') {
      entry.target = f.value;
      entry.comparator = 'comparator' in f ? f.comparator : null;
    } else entry.actual = f.value;
    byYear.set(v.head.year, entry);
  }
  const out = [...byYear.values()];
  if (notes.length > 0) for (const e of out) e.note = notes.join(' ');
  return out;
}
