/**
 * The shapes the modules of text-columns pass each other: a printed line (Row), a block of lines and
 * its channels (Block, Gap), a region the drawn rules rule in part (Region), and what inferBorders
 * takes and gives (InferredTables, BrokenGrid, CarriedGrid). Apart, at the bottom, so that every
 * module can name them without importing the code that makes them.
 */
import type { Rule, TextRun } from '../page-content.js';

export interface Row {
  runs: TextRun[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
}

export interface Block {
  rows: Row[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Its channels: where a column border may run, and how many lines show each. */
  gaps: Gap[];
  /** Column borders (x): the middles of its gaps. */
  borders: number[];
  /** A drawn table (no rows of its own): a ruled or shaded header whose body the page leaves unruled. */
  drawn?: boolean;
  /** A drawn table of one row: a header bar. */
  bar?: boolean;
  /** A drawn table with text across its rows outside it: shaded cells of a table drawn no further. */
  shades?: boolean;
  /** A row that starts beside a cell merged down from the row above. */
  beside?: boolean;
  /**
   * A row whose label and the one above it are labels the vocabulary knows, whose list starts again
   * at ① (or goes on at its next item with cells of its own beside it), or that `opened` starts.
   */
  known?: boolean;
  /** A row whose first line opens a cell in the first column and in others, each at its column's edge. */
  opened?: boolean;
  /** Under a drawn rule that runs across its first line. */
  ruledAbove?: boolean;
  /** A note across the table between two of its sub-tables: a cell merged across every column. */
  across?: boolean;
}

export interface Gap {
  from: number;
  to: number;
  straddle: number;
  /** A space's width only: a border where another block's next column starts at the same x. */
  weak?: boolean;
  /** A space glyph drawn across it, no other cell's line beside: a border only where some block shows it with no such space. */
  typed?: boolean;
}

export interface Region {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** A frame drawn by its sides only: the page broke it. */
  open?: boolean;
  /** Horizontal rules only, drawn between rows. */
  stack?: boolean;
  /** Where one frame stacked in it shuts and the next opens (y): see frameSeams. */
  seams?: number[];
  /** Where a rule of the stack stops short of its sides (x): a cell's edge, a cell merged down beside it. */
  ends?: { x: number; top: number; bottom: number }[];
}

/** A vertical edge of a filled box the drawing does not count as a border (a shaded cell): where it stands and how far down. */
export interface Shade {
  x: number;
  top: number;
  bottom: number;
}

export interface InferredTables {
  /** Borders to add to the drawn ones. */
  rules: Rule[];
  /** Of their columns, the ones taken from the table the page before broke. */
  carried?: number[];
}

/** A table a page ends with, that the page broke: its sides and its inner borders (some read from the text). */
export interface BrokenGrid {
  x0: number;
  x1: number;
  xs: number[];
  /** The cells of the table's first row on that page, each one line (its text and left edge): a header row a producer repeats. */
  header?: { text: string; x0: number }[];
  /** Where the cells of the table's rows on that page start their lines: a part whose cells start there is that table's. */
  starts?: number[];
  /** Its borders the last row, the one the page broke, sets text across in a merged cell: not borders of that row. */
  spanned?: number[];
  /** Its right side is where its longest line ended, no rule drawn there: a line of the next page may end past it (up to reach). */
  openRight?: boolean;
  /** Where the page's text ends on the right: a side no rule drew (openRight) may stand anywhere up to it. */
  reach?: number;
}

/** The grid of the table the page before broke, and how far down this page's head band reaches. */
export interface CarriedGrid extends BrokenGrid {
  head: number;
}
