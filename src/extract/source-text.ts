import { createHash } from 'node:crypto';
import { decodeText, looksBinary, utf16Bom } from './decode-text.js';

/** One line of extracted text. `no` and `page` are 1-based; `page` is null for text input. */
export interface SourceLine {
  no: number;
  page: number | null;
  text: string;
  /**
   * Table cells when the extractor knows them (PDF): each cell's paragraphs separated by "\n",
   * the form a text extraction's `<p>` markup takes after lexing. Absent: split `text` at tabs.
   */
  cells?: string[];
  /**
   * Where the line sits on its page (PDF, points from the top-left), and for a table row its
   * table, row and each cell's grid position and span: what pairs a form's label cell with the
   * value beside or below it.
   */
  box?: Box;
  grid?: { table: number; row: number; cells: GridCell[] };
  /**
   * Where each of a free line's cells stands (PDF: a line outside any table, parted at wide gaps), one per
   * cell: a header of years and the rows under it, left out of a table, keep their columns by them.
   */
  spans?: { x0: number; x1: number }[];
}

export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface GridCell {
  col: number;
  colSpan: number;
  rowSpan: number;
  x0: number;
  x1: number;
  /** Where the cell's text stands (absent in an empty cell): a centred heading shows its column by it. */
  text?: { x0: number; x1: number };
}

/** A table row's line text: its cells side by side at tabs, each cell's paragraphs on one line. */
export const cellsLine = (cells: readonly string[]) => cells.map((c) => c.replace(/\n/g, ' ')).join('\t');

/** The line with other cells, its text theirs (a row a later stage mended). */
export const withCells = (line: SourceLine, cells: string[]): SourceLine => ({ ...line, cells, text: cellsLine(cells) });

export interface SourceNote {
  level: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  line: number | null;
  page?: number | null;
}

export interface SourceText {
  path: string;
  sha256: string;
  mediaType: 'application/pdf' | 'text/plain';
  pages: number | null;
  encoding: string | null;
  lines: SourceLine[];
  /** Problems met while reading that do not stop the import (code, message, page, line). */
  notes: SourceNote[];
  /** The document's name when the lines give none (a PDF's Title or first running header). */
  titleHint?: string | null;
}

export class UnreadableInputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Split on CRLF, CR or LF; a missing final newline still ends the last line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function sourceFromTextBytes(path: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new UnreadableInputError(path, 'extract/empty-file', 'the file is empty');
  if (!utf16Bom(bytes) && looksBinary(bytes)) {
    throw new UnreadableInputError(path, 'extract/binary-file', 'the file is binary, not a text extraction or a PDF');
  }
  const decoded = decodeText(bytes);
  const notes: SourceText['notes'] = [];
  if (decoded.changesAt) notes.push({ level: 'warning', code: 'extract/mixed-encoding', message: decoded.problem!, line: decoded.changesAt });
  else if (decoded.problem) notes.push({ level: 'warning', code: 'extract/invalid-encoding', message: decoded.problem, line: null });
  const lines = splitLines(decoded.text).map((text, i) => ({ no: i + 1, page: null, text }));
  lines.forEach((l) => {
    // The extraction cut some lines mid-character; what followed on that line is lost.
    if (l.text.includes('\uFFFD')) {
      notes.push({
        level: 'warning',
        code: 'extract/truncated-line',
        message: 'the line holds a U+FFFD replacement character: the extraction cut or mis-decoded text here',
        line: l.no,
      });
    }
  });
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mediaType: 'text/plain',
    pages: null,
    encoding: decoded.encoding === 'utf-8-bom' ? 'utf-8' : decoded.encoding,
    lines,
    notes,
  };
}
