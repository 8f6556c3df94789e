import type { Box, SourceLine } from '../extract/source-text.js';
import { foldLookalikes } from '../normalize/characters.js';
import { stripMarkdownPrefix, stripMarkup } from '../normalize/markup.js';
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

export function lexLine(line: SourceLine): LexedLine {
  // Folded here already: layouts compare raw cells (bigram overlap), and ⽕ must match 火.
  const rawCells = (line.cells ?? line.text.split('\t')).map(foldLookalikes);
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
    ...(line.grid ? { grid: line.grid } : {}),
  };
}

export function lexLines(lines: SourceLine[]): LexedLine[] {
  return lines.map(lexLine);
}
