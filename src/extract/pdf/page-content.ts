/**
 * What one PDF page gives the importer, in page space with the origin at the top left and y
 * growing downwards (points). Everything after this file works on these types only.
 */
/** Where a piece of text sits, and how it is set. Shared by runs and the lines built from them. */
export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size (em height) in points. */
  size: number;
  vertical: boolean;
}

export interface TextRun extends TextBox {
  font: string;
  /** A space glyph was drawn between the run before it on its line and this one (typed-spaces.ts). */
  typedSpaceBefore?: boolean;
  /** The advance of the space glyphs drawn there, in ems of their font (IPAGothic's is half an em). */
  typedSpaceEm?: number;
  /** The run before it on its line belongs to another cell, as the drawing order shows (drawing-order.ts). */
  drawnApart?: boolean;
  /** A stand-in, on one line, for a label set a character a line down its column (text-columns' stackedLabels): how many lines it stands for. */
  stackLines?: number;
}

/** A ruling line: horizontal when `y0 === y1`, vertical when `x0 === x1`. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A filled rectangle wider and taller than a rule: a shaded cell, a tile, a bar of a chart. */
export interface Fill {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** Shaded boxes: borders where they tile a table, only shading where text stands outside them. */
  fills: Fill[];
  /** Painted images and filled paths: a page with marks but no text is a scan or outlined text. */
  marks: number;
  /** Text-showing operations whose font pdf.js could not load: their text is missing. */
  lostRuns: number;
  /**
   * The runs' sides were read from a picture (OCR): where their ink is, not where the font's
   * advance ends, and a box may stand a third of an em off it.
   */
  fromInk?: boolean;
  /**
   * Text laid out in columns by spaces (pdftotext -layout): each character one column wide, so a
   * line's end is known only to a few characters (a proportional font's kana and a figure's digits
   * take a column each).
   */
  laidOut?: boolean;
  /** The largest image the page paints: a scanned page's scan. */
  picture?: PagePicture;
  /** All its text is shown invisibly (render mode 3): a layer an OCR program laid over a scan. */
  hiddenText?: boolean;
}

/** A picture covering this share of the page is the page's scan; under it, a figure on the page. */
export const SCAN_SHARE = 0.8;

/** An image as the page paints it: its pixels per inch of the page, and the share of the page it covers. */
export interface PagePicture {
  dpi: number;
  share: number;
}
