import type { LexedLine } from '../../lex/lexed-line.js';
import { labelRole, type ExtraLabels, type LabelRole } from '../../vocabulary/index.js';

/**
 * The cells of a form, each with where it sits: its table grid slot when the PDF ruled it, its
 * box on the page always (PDF), or only its line and column (text extraction, where a row's
 * cells are its tab-separated fields and every line is a row of its own table).
 */
export interface SheetCell {
  line: LexedLine;
  /** Column index in the line's cells. */
  index: number;
  text: string;
  /** Paragraphs of the cell as extracted ("\n" inside a PDF cell). */
  raw: string;
  page: number;
  table: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  role: LabelRole | null;
}

export function sheetCells(lines: readonly LexedLine[], extra?: ExtraLabels): SheetCell[] {
  const out: SheetCell[] = [];
  const rowBox = new Map<string, { top: number; bottom: number }>();
  for (const l of lines) if (l.grid && l.box) rowBox.set(`${l.grid.table}:${l.grid.row}`, { top: l.box.top, bottom: l.box.bottom });
  // a text extraction's table: consecutive lines of tab-separated cells, one row each, a column
  // per cell index (no geometry to say more)
  const textTable = new Map<LexedLine, { table: string; row: number }>();
  type Run = { start: number; rows: number; width?: number };
  let run: Run | null = null as Run | null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const filled = l.cells.filter((c) => c.trim() !== '').length;
    // a row with one cell past the first column (tabs before it: 木更津's `\t\t\t(各年度末時点)` under
    // 目標値) is a row of the table it stands in, not a line of its own
    const inColumn = filled === 1 && run !== null && l.cells[0]!.trim() === '';
    // free lines of a page parted into as many pieces as the line beside them, three or more, where
    // the page's geometry found no table in two lines: a table's header and its row (京都's 年度 |
    // 令和５年度予算現額 | 令和５年度決算 | 令和６年度当初予算 over 経費（一財） | 26,200(16,100) | …, laid out by pdftotext)
    const pieces = l.box && !l.grid && filled >= 3 && filled === l.cells.length ? filled : 0;
    const pairs = (o: LexedLine | undefined) => !!o && !o.blank && !!o.box && !o.grid && o.cells.length === pieces && o.cells.every((c) => c.trim() !== '');
    const freeRow: boolean = pieces > 0 && (run?.width === pieces || pairs(lines[i + 1]));
    if ((l.box && !freeRow) || (filled < 2 && !inColumn)) {
      run = null;
      continue;
    }
    if (run && freeRow !== (run.width !== undefined)) run = null;
    run ??= { start: l.no, rows: 0, ...(freeRow ? { width: pieces } : {}) };
    textTable.set(l, { table: `r${run.start}`, row: run.rows++ });
  }
  for (const l of lines) {
    if (l.blank) continue;
    const page = l.page ?? 0;
    const inTable = textTable.get(l);
    if (inTable) {
      l.cells.forEach((c, i) => {
        const text = c.trim();
        if (text === '') return;
        const top = l.no * 10;
        out.push(cell(l, i, text, page, inTable.table, inTable.row, i, 1, 1, i * 100, (i + 1) * 100, top, top + 9, extra));
      });
      continue;
    }
    if (l.grid && l.box) {
      l.grid.cells.forEach((g, i) => {
        const text = (l.cells[i] ?? '').trim();
        if (text === '') return;
        // a merged cell reaches down to the bottom of its last row that held text
        let bottom = l.box!.bottom;
        for (let r = l.grid!.row + 1; r < l.grid!.row + g.rowSpan; r++) bottom = rowBox.get(`${l.grid!.table}:${r}`)?.bottom ?? bottom;
        out.push(cell(l, i, text, page, `t${l.grid!.table}`, l.grid!.row, g.col, g.rowSpan, g.colSpan, g.x0, g.x1, l.box!.top, bottom, extra));
      });
      continue;
    }
    const filled = l.cells.map((c, i) => ({ c: c.trim(), i })).filter((x) => x.c !== '');
    const box = l.box ?? { x0: 0, x1: 1000, top: l.no * 10, bottom: l.no * 10 + 9 };
    // a free line's fragments: their share of the line's width, in order
    const total = filled.reduce((n, x) => n + x.c.length, 0) || 1;
    let x = box.x0;
    for (const f of filled) {
      const w = ((box.x1 - box.x0) * f.c.length) / total;
      out.push(cell(l, f.i, f.c, page, `l${l.no}`, 0, f.i, 1, 1, x, x + w, box.top, box.bottom, extra));
      x += w;
    }
  }
  // only a cell that starts its row: one right of a label is that label's value, whatever it holds
  // (京都's 事業名 box begins with its own 【事業実施期間】 note)
  const firstCol = new Map<string, number>();
  for (const c of out) for (let r = c.row; r < c.row + c.rowSpan; r++) firstCol.set(`${c.table}:${r}`, Math.min(firstCol.get(`${c.table}:${r}`) ?? Infinity, c.col));
  const startsRow = (c: SheetCell) => Array.from({ length: c.rowSpan }, (_, i) => firstCol.get(`${c.table}:${c.row + i}`)!).every((m) => m >= c.col);
  return out.flatMap((c) => (startsRow(c) ? splitInline(c, extra) : [c]));
}

function cell(l: LexedLine, index: number, text: string, page: number, table: string, row: number, col: number, rowSpan: number, colSpan: number, x0: number, x1: number, top: number, bottom: number, extra?: ExtraLabels): SheetCell {
  return { line: l, index, text: text.replace(/\n/g, ' '), raw: l.rawCells[index] ?? text, page, table, row, col, rowSpan, colSpan, x0, x1, top, bottom, role: labelRole(text, extra) };
}

/**
 * A label written into its value's cell (Word forms: `事業名：地域防犯カメラ設置補助事業`,
 * `【担当課】地域安全課`): split in two, the label taking the first half of the cell's column.
 */
const INLINE_LABEL = /^[【\[［〔]?\s*([^：:】\]］〕\n]{1,20}?)\s*(?:[】\]］〕]\s*[：:]?|[：:])\s*([\s\S]+)$/u;

function splitInline(c: SheetCell, extra?: ExtraLabels): SheetCell[] {
  if (c.role !== null) return [c];
  const m = INLINE_LABEL.exec(c.raw.trim());
  if (!m) return [c];
  const role = labelRole(m[1]!, extra);
  if (role === null) return [c];
  const half = c.colSpan / 2;
  const mid = (c.x0 + c.x1) / 2;
  const value = m[2]!.trim();
  return [
    { ...c, text: m[1]!.trim(), raw: m[1]!.trim(), role, colSpan: half, x1: mid },
    { ...c, text: value.replace(/\n/g, ' '), raw: value, role: labelRole(value, extra), col: c.col + half, colSpan: half, x0: mid },
  ];
}

/** Rows a cell covers overlap those of another (same table). */
export function rowsOverlap(a: SheetCell, b: SheetCell): boolean {
  return a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan;
}

export function colsOverlap(a: SheetCell, b: SheetCell): boolean {
  return a.col < b.col + b.colSpan && b.col < a.col + a.colSpan;
}

export function verticalOverlap(a: SheetCell, b: SheetCell): number {
  return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
}

export function horizontalOverlap(a: SheetCell, b: SheetCell): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

export const NUMERIC = /^[△▲▵-－−]?[0-9０-９][0-9０-９,，.．]*[%％]?$|^[0-9０-９][0-9０-９,，]*[(（][0-9０-９,，]+[)）]$/u;
