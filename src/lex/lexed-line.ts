import type { Box, SourceLine } from '../extract/source-text.js';
import { foldLookalikes } from '../normalize/characters.js';
import { findEraYears } from '../vocabulary/era-year.js';
import { markdownTableRow, stripMarkdownPrefix, stripMarkup } from '../normalize/markup.js';
import { matchMarker, type Marker } from './markers/index.js';

/**
 * One line after lexing: its table cells, its marker, and a compact key for matching labels.
 * Text keeps its spaces here: spaces still separate items (`①… ②…`, unmarked `<ul>` bullets)
 * and are removed only when a value is cleaned.
 */
export interface LexedLine {
  no: number;
  page: number | null;
  raw: string;
  /** The cells as extracted, before markup is stripped (a PDF cell's paragraphs joined by "\n"). */
  rawCells: string[];
  /** Tab-separated cells, markup stripped (block tags → "\n"), look-alikes folded. */
  cells: string[];
  /** The cells joined by a space, markdown prefix removed. */
  text: string;
  /** `text` without any whitespace: what labels and running headers are matched against. */
  key: string;
  marker: Marker | null;
  heading: number;
  listItem: boolean;
  blank: boolean;
  /** Position on the page and table grid (PDF input): see SourceLine. */
  box?: Box;
  grid?: SourceLine['grid'];
  /** A free line's cells' places (PDF): see SourceLine. */
  spans?: SourceLine['spans'];
}

export function compactKey(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * A page number standing between dashes (`- 4 -`, `－４－`): a folio the page's text carried along,
 * as a text extraction keeps it mid-text and a reprint of one sets it anywhere on the page (伊勢崎's
 * `- 4 -` between two sections of its contents, printed by Chromium). Never a marker: `- ` is no
 * bullet there, and `4` no section number.
 */
const FOLIO = /^[-－–—‐―ー]\s*[0-9０-９]+\s*[-－–—‐―ー]$/u;

/** A page number as printed at a page's foot: `- 3 -`. */
export function isFolio(text: string): boolean {
  return FOLIO.test(text.trim());
}

/**
 * A cell that holds nothing but two or more years, one after another with spaces between
 * (`令和2年度 令和3年度 … 令和6年度`), is a header of year columns set tighter than its own cells'
 * gaps: one cell per year, as the rows under it give one per value. 伊勢崎's 取組工程 table printed
 * without rules by LibreOffice: its year heads 0.46 em apart, the `実施` under them 3.5 em apart,
 * read as a free line or as one cell of the table the text built. A range (`令和2年度～令和5年度`)
 * or a year with other words is text and stays whole.
 */
// (asked of every cell: most hold other characters than years and spaces, and need no more)
const ONLY_YEARS = /^[\s令和平成昭元RHSＲＨＳ0-9０-９年度]+$/u;

function yearRun(cell: string): string[] | null {
  if (!ONLY_YEARS.test(cell)) return null;
  const years = findEraYears(cell);
  if (years.length < 2) return null;
  let at = 0;
  for (const y of years) {
    const between = cell.slice(at, y.index);
    if (at === 0 ? between.trim() !== '' : !/^[ \u3000]+$/.test(between)) return null;
    at = y.index + y.written.length;
  }
  return cell.slice(at).trim() === '' ? years.map((y) => y.written.trim()) : null;
}

/** A span cut into n equal shares, left to right. */
function shares(t: { x0: number; x1: number }, n: number): { x0: number; x1: number }[] {
  const step = (t.x1 - t.x0) / n;
  return Array.from({ length: n }, (_, k) => ({ x0: t.x0 + step * k, x1: t.x0 + step * (k + 1) }));
}

/**
 * The cells with each year run split, and the grid with them: each year's share of the cell's
 * text, in order (the years are written alike, so they stand about evenly); over a column each
 * where the cell spanned as many.
 */
function splitYearRuns(cells: string[], grid: SourceLine['grid'], spans?: SourceLine['spans']): { cells: string[]; grid: SourceLine['grid']; spans: SourceLine['spans'] } {
  const runs = cells.map(yearRun);
  if (!runs.some(Boolean)) return { cells, grid, spans };
  const placedSpans = spans && spans.length === cells.length ? spans.flatMap((t, i) => (runs[i] ? shares(t, runs[i]!.length) : [t])) : undefined;
  const placed = grid && grid.cells.length === cells.length ? grid : undefined;
  const gridCells = placed
    ? placed.cells.flatMap((g, i) => {
        const run = runs[i];
        if (!run) return [g];
        const own = g.colSpan === run.length;
        return shares(g.text ?? { x0: g.x0, x1: g.x1 }, run.length).map((text, k) => ({
          col: own ? g.col + k : g.col,
          colSpan: own ? 1 : g.colSpan,
          rowSpan: g.rowSpan,
          x0: k === 0 ? g.x0 : text.x0,
          x1: k === run.length - 1 ? g.x1 : text.x1,
          text,
        }));
      })
    : undefined;
  return { cells: cells.flatMap((c, i) => runs[i] ?? [c]), grid: gridCells ? { ...placed!, cells: gridCells } : grid, spans: placedSpans };
}

export function lexLine(line: SourceLine): LexedLine {
  // Folded here already: layouts compare raw cells (bigram overlap), and ⽕ must match 火.
  const { cells: rawCells, grid, spans } = splitYearRuns((line.cells ?? markdownTableRow(line.text) ?? line.text.split('\t')).map(foldLookalikes), line.grid, line.spans);
  const cells = rawCells.map((c) => stripMarkup(c));
  const joined = cells.filter((c) => c.trim() !== '').join(' ').replace(/\n/g, ' ');
  const folio = FOLIO.test(joined.trim());
  const md = folio ? { text: joined, heading: 0, listItem: false } : stripMarkdownPrefix(joined);
  const text = md.text.replace(/[ \u3000]+/g, ' ').trim();
  return {
    no: line.no,
    page: line.page,
    raw: line.text,
    rawCells,
    cells,
    text,
    key: compactKey(text),
    marker: folio ? null : matchMarker(text),
    heading: md.heading,
    listItem: md.listItem,
    blank: text === '',
    ...(line.box ? { box: line.box } : {}),
    ...(grid ? { grid } : {}),
    ...(spans && spans.length === rawCells.length ? { spans } : {}),
  };
}

export function lexLines(lines: SourceLine[]): LexedLine[] {
  return lines.map(lexLine);
}
