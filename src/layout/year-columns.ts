import type { LexedLine } from '../lex/lexed-line.js';

interface Span {
  x0: number;
  x1: number;
}

/**
 * The year columns a row of era years (令和2年度 | 令和3年度 | …) sets up, and the year a cell
 * under it stands in.
 *
 * By column index where the row and the header share a table and its cells (every text extraction,
 * every ruled PDF). By position where they don't: a PDF printed without vertical rules may build the header's
 * table and the rows' table from different text, with different columns — 伊勢崎's 財政効果額 table
 * (令和2年度 … 令和6年度 centred, the label column merged with 令和2年度's) over its 取組状況 table (the
 * label column, then 令和2年度 …), horizontal rules only by LibreOffice: by index every year there
 * shifted one to the right. A year header's text stands centred in its column, so a cell is in the
 * year whose header text centre falls inside the cell, and whose header cell its text reaches into
 * (not a label cell spanning the first year's column, its text left of it: 伊勢崎's ○:ほぼ計画通り
 * under 取組達成度 with filled label cells, LibreOffice); of several, the one its text stands over,
 * or the nearest to its text's centre; of none, no year. Each year alone in its cell stands near that cell's
 * middle, or the rows are set in another grid than the header's and read by index: a header at a
 * page's foot may be another grid's, its columns narrower than those the next page's rows stand in
 * (伊勢崎's 具体的な取組事項 | 令和2年度 … over the 取組工程 rows, the 財政効果額 grid's own header lost into
 * the last of them; an outer frame by Chromium). In one table, where its borders twin (the header's
 * text and the rows' each found a border a few points apart), the header and a row span other
 * columns: 伊勢崎's 取組状況 cells each over two of the year heads' columns, horizontal rules by
 * LibreOffice.
 */
export class YearColumns {
  private constructor(
    private readonly byCol: ReadonlyMap<number, number>,
    private readonly table: number | null,
    private readonly heads: readonly Head[],
    private readonly shape: readonly Shape[] = [],
    private readonly free: readonly { year: number; span: Span }[] = [],
  ) {}

  static none(): YearColumns {
    return new YearColumns(new Map(), null, []);
  }

  /** From a row whose cells read as era years (`years[i]`, null where a cell is none). */
  static from(years: readonly (number | null)[], line: LexedLine): YearColumns {
    const byCol = new Map<number, number>();
    // (a PDF's header line outside any table that opens on a year has lost the empty corner cell over
    // the rows' labels: the years stand one column on — 伊勢崎's 令和2年度 … 令和5年度 over 財政効果額 |
    // - | - …, the table's 令和6年度 set a character a line beside it; BIZ UDPGothic 12 pt, 30 mm, by
    // Chromium without rules, every year's figures had been read a year late)
    const shift = line.box && !line.grid && years[0] !== null && years[0] !== undefined ? 1 : 0;
    years.forEach((y, i) => y !== null && byCol.set(i + shift, y));
    const grid = placed(line);
    const heads = grid ? [...byCol].flatMap(([i, year]) => (grid[i]!.text ? [{ year, x: mid(grid[i]!.text!), cell: grid[i]! }] : [])) : [];
    const spans = freeSpans(line);
    const free = spans ? years.flatMap((y, i) => (y !== null ? [{ year: y, span: spans[i]! }] : [])) : [];
    return new YearColumns(byCol, grid && heads.length === byCol.size ? line.grid!.table : null, heads, line.grid?.cells ?? [], free);
  }

  /** The header's years, left to right. */
  years(): number[] {
    return [...this.byCol].sort((a, b) => a[0] - b[0]).map(([, y]) => y);
  }

  /** Whether a cell stands left of every year's column by index (a 取組工程 row's own name). */
  beforeYears(col: number): boolean {
    return [...this.byCol.keys()].every((c) => col < c);
  }

  /**
   * Whether a line's text ends left of the first year's column, by the places the header gave (its cells, or
   * where a free header's text stood); null where the header gave none.
   */
  leftOfYears(text: Span): boolean | null {
    if (this.heads.length) return text.x1 <= Math.min(...this.heads.map((h) => h.cell.x0)) + 0.5;
    // (a free header's years are where their text stood, centred in a wider column: a value under the first
    // year may start left of it, but ends past its start)
    if (this.free.length) return text.x1 <= Math.min(...this.free.map((f) => f.span.x0));
    return null;
  }

  /** The same years, in the same order. */
  sameYears(other: YearColumns): boolean {
    const a = [...this.byCol.values()];
    const b = [...other.byCol.values()];
    return a.length === b.length && a.every((y, i) => y === b[i]);
  }

  yearAt(col: number, line: LexedLine): number | undefined {
    // A header and a row both left out of any table, each cell where the page set it: the year whose head
    // its text stands under, or the one whose head it stands nearest to, half the heads' step away at most. By index, a row that lost the
    // empty cell under the header's label stood a year early: 伊勢崎's 取組 工程 | 具体的な取組事項 | 令和2年度 … and
    // ・重点的・効果的な予算編成 | 実施 × 5, two lines alone on a page, BIZ UDPGothic 11.5 pt on B5 landscape by Chromium
    // without rules — 令和6年度's plan was lost.
    const spans = this.free.length >= 2 ? freeSpans(line) : null;
    if (spans) return this.freeYear(spans[col]!);
    const grid = this.table === null ? null : placed(line);
    // (in the header's own table too by position, where the first year's head spans the label column and its own, which the
    // row parts: 伊勢崎's 令和2年度 over both, the header alone in a frame with nothing over the labels, 取組状況 | 生活実態の把握… |
    // … under it; Noto Sans CJK 14 pt on A4, 35 mm, by Chromium in an outer frame, the 335th — by index the label was
    // 令和2年度's cell and that year's progress lost)
    const spansParted = this.shape.some((c, i) => this.byCol.has(i) && c.col === 0 && c.colSpan > 1) && !!line.grid && !sameShape(this.shape, line.grid.cells);
    if (!grid || (line.grid!.table === this.table && this.placesAll(line) && !spansParted)) return this.byCol.get(col);
    // (in the header's own cells, a year's column may be twinned: its header's text centred right of a border that other rows
    // of the table drew, the row's text at its cell's left edge left of it, under the empty head before the year — 伊勢崎's
    // 令和2年度 … over 取組達成度 | ○ | | ◎ …, a border where the sheet's head parts No. | ② in each year's column; BIZ
    // UDGothic 12 pt on B5 by LibreOffice without rules, the 262nd: by index every grade had been lost)
    if (line.grid!.table === this.table && sameShape(this.shape, line.grid!.cells)) return this.byCol.get(col) ?? this.twinOf(col, line);
    const years = grid.map((cell) => this.under(cell));
    // (a year whose header centre stands off the middle of the one cell holding it, or text in two
    // cells under no year, the label's and another: not the grid these rows are set in)
    // (cells left of the first year, the row's label and a 取組工程 item's name, stand under no year by right
    // where every year finds its cell among the rest: 伊勢崎's 取組工程 | ・わかりやすい行政情報の提供 | 実施 × 5 under
    // 令和2年度 … 令和6年度 at the page before's foot, IPAex Mincho 12 pt on B5 by Chromium in an outer frame — read
    // by index, every plan had moved a year and 令和6年度's was lost. Not values left of the first year, set in
    // another grid: see the test's 財政効果額 | — | — …)
    // (a last year's column that no row on this page wrote in is no column of the rows' grid: a year past the grid's
    // end, or whose head stands over an empty cell or one that another year's head holds, need not be found —
    // 伊勢崎's ・外国人総合相談窓口の… | 3者通話の導入 | 検討 | 人材の確保 | 言語の拡充 under 令和2年度 … 令和6年度 at the
    // page before's foot, 令和6年度 empty down the page, its column not found or read as 令和5年度's; Noto Sans CJK
    // 14 pt on A4, 35 mm, by Chromium without rules and with horizontal rules, the 335th — read by index,
    // 3者通話の導入 was lost and the item's plans stood a year early)
    const first = Math.min(...this.heads.map((h) => h.cell.x0));
    const spared = (h: Head) => {
      const k = grid.findIndex((cell) => h.x >= cell.x0 && h.x <= cell.x1);
      return k < 0 ? h.x > Math.max(...grid.map((cell) => cell.x1)) : !grid[k]!.text || (typeof years[k] === 'number' && years[k] !== h.year);
    };
    const found = (h: Head) => years.filter((y) => y === h.year).length === 1;
    const allFound = this.heads.filter(found).length >= 2 && this.heads.every((h) => found(h) || spared(h));
    if (years.some((y) => y === null) || grid.filter((cell, i) => cell.text && years[i] === undefined && !(allFound && cell.text.x1 <= first + 0.5)).length > 1) return this.byCol.get(col);
    return years[col] ?? undefined;
  }

  /** The year of a twinned column: the next cell's head is a year, its own head is none, and the row leaves the next cell empty. */
  private twinOf(col: number, line: LexedLine): number | undefined {
    const next = this.byCol.get(col + 1);
    return next !== undefined && !this.byCol.has(col) && col > 0 && line.cells[col]?.trim() && !line.cells[col + 1]?.trim() ? next : undefined;
  }

  private freeYear(s: Span): number | undefined {
    const overlap = (h: Span) => Math.min(h.x1, s.x1) - Math.max(h.x0, s.x0);
    const best = this.free.reduce((a, b) => (overlap(b.span) > overlap(a.span) ? b : a));
    if (overlap(best.span) > 0) return best.year;
    const mids = this.free.map((h) => mid(h.span));
    const step = Math.min(...mids.slice(1).map((m, i) => m - mids[i]!));
    const apart = (h: Span) => -overlap(h);
    const near = this.free.reduce((a, b) => (apart(b.span) < apart(a.span) ? b : a));
    return apart(near.span) <= step / 2 ? near.year : undefined;
  }

  /**
   * Whether the index puts every cell with text after the row's first (its label, or the name of a
   * 取組工程 line before the years) in a year: in the header's own table only a row whose cells the
   * index leaves out is read by position.
   */
  private placesAll(line: LexedLine): boolean {
    const filled = line.cells.flatMap((c, i) => (c.trim() !== '' ? [i] : []));
    return filled.slice(1).filter((i) => !this.byCol.has(i)).length <= 1;
  }

  /** The year a cell of another table stands under; null where its header stands off the cell's middle. */
  private under(cell: Span & { text?: Span }): number | null | undefined {
    const within = this.heads.filter((h) => h.x >= cell.x0 && h.x <= cell.x1);
    // (a cell whose text stands wholly left of the one year's cell it reaches into is under no year: a 取組工程
    // row's name, its cell read on to the first year's, that year left empty — 伊勢崎's 伊勢崎市空家等管理システムの導入
    // | 導入 | 管理 … alone at a page's head, 令和2年度 empty, its border at 252 pt past 令和2年度's centre; Noto Sans CJK
    // 15 pt on A4 by LibreOffice with horizontal rules, the 355th — taken for another grid, the row was read by
    // index and every step stood a year early)
    // (not a grade set a little left of it, within half its width: see near below)
    const head = within[0];
    if (within.length === 1 && cell.text && cell.text.x1 <= head!.cell.x0 + 0.5 && cell.text.x0 < head!.cell.x0 - (head!.cell.x1 - head!.cell.x0) / 2) return undefined;
    // (unless the cell's text stands inside that year's header cell: a border the rows' text placed far
    // left of the year's text, where the name beside it ended — 伊勢崎's 実施 | 実施 … under 令和2年度 … at the
    // page before's foot, the 令和2年度 cell of the rows from 214 pt, its text from 241.9 as the header's;
    // IPAex Mincho 12 pt on B5 by Chromium in an outer frame)
    if (within.length === 1 && cell.text && Math.abs(within[0]!.x - mid(cell)) > (cell.x1 - cell.x0) / 4 && !(cell.text.x0 >= within[0]!.cell.x0 - 0.5 && cell.text.x1 <= within[0]!.cell.x1 + 0.5)) return null;
    const text = cell.text ?? cell;
    // (by more than a sliver: a label's legend set from the page's left whose last character reaches
    // 2 pt into the first year's cell is under no year — 伊勢崎's 画以上 / ○:ほぼ計 … the rest of 取組達成度's
    // legend at a page's head, one cell across the row; BIZ UDPGothic 14 pt on B5 by LibreOffice in an
    // outer frame, read as 令和2年度's grade)
    const inside = within.filter((h) => Math.min(text.x1, h.cell.x1) - Math.max(text.x0, h.cell.x0) > Math.min(text.x1 - text.x0, h.cell.x1 - h.cell.x0) / 4);
    // (a cell holding one year's centre whose text stands a little left of that year's header cell, within
    // half its width and not past it: a grade set at its cell's left edge where the header's grid kept a
    // sliver column before the first year — 伊勢崎's 取組達成度 | ○ at 160.8 pt under 令和2年度's cell from 176.4,
    // Noto Serif CJK 12 pt on A3 by LibreOffice with horizontal rules; read by index, each grade had moved a
    // year and 令和5年度's was lost. Not a label cell spanning the first year's column from the page's left)
    const near = within.length === 1 && inside.length === 0 && text.x0 >= within[0]!.cell.x0 - (within[0]!.cell.x1 - within[0]!.cell.x0) / 2 && text.x1 <= within[0]!.cell.x1;
    if (near) return within[0]!.year;
    if (inside.length <= 1) return inside[0]?.year;
    // (a cell whose text runs across two years' headers is none of them: a repeated header and a
    // label's last lines read as one cell across the page's width)
    const covered = inside.filter((h) => h.x >= text.x0 && h.x <= text.x1);
    if (covered.length > 1) return undefined;
    if (covered.length === 1) return covered[0]!.year;
    const at = mid(text);
    return inside.reduce((a, b) => (Math.abs(b.x - at) < Math.abs(a.x - at) ? b : a)).year;
  }
}

/** A year's head: its year, its text's centre, its cell. */
interface Head {
  year: number;
  x: number;
  cell: Span;
}

interface Shape {
  col: number;
  colSpan: number;
}

/** Cells over the same grid columns, one for one. */
function sameShape(a: readonly Shape[], b: readonly Shape[]): boolean {
  return a.length === b.length && a.every((c, i) => c.col === b[i]!.col && c.colSpan === b[i]!.colSpan);
}

/** A free line's cells' places, one per cell (a line outside any table). */
function freeSpans(line: LexedLine): readonly Span[] | null {
  return !line.grid && line.spans && line.spans.length === line.cells.length ? line.spans : null;
}

/** The line's cells with their places, where the extraction gave one per cell. */
function placed(line: LexedLine): (Span & { text?: Span })[] | null {
  const cells = line.grid?.cells;
  return cells && cells.length === line.cells.length ? cells : null;
}

function mid(s: Span): number {
  return (s.x0 + s.x1) / 2;
}
