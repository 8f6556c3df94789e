/**
 * Tables the page does not rule, or rules only in part (horizontal rules only, an outer frame, a
 * grid missing borders): their columns and rows are read from where the text leaves room, and
 * given back as rules drawn where the producer would have drawn them, so that one grid builder
 * (tables.ts) makes every table. Learnt from the seeds printed without rules (scripts/
 * render-variants.ts: 刈谷's four-column 組織目標 table, 木更津's and 伊勢崎's sheets, 桑名's
 * label | text form, the 部長目標 panels), where a ruled print and an unruled one of the same text
 * must read alike.
 *
 * - A *block* is a run of lines with no more than the line's own leading between them: cell
 *   padding opens a wider gap between two rows than between two lines of one cell.
 * - A *channel* is an x-interval that no line of a block covers and that lines reach on both
 *   sides: the gap between two cells. Its middle is a column border.
 * - A *table* is a run of blocks whose channels line up (every block shares a column border with
 *   the next one), or the blocks inside a partial ruling (a frame, a stack of horizontal rules).
 */

/**
 * The code is in text-columns/, each module importing only modules before it in this list: types,
 * measures, lines, centred-cells, channels, rulings, blocks, aligned-runs, borders, rows-by-label,
 * column-lines, middle-rows, emit, infer-borders. This file re-exports what the rest of the importer uses.
 */

export type { BrokenGrid, CarriedGrid, InferredTables, Row } from './text-columns/types.js';
export { lineCells, textRows } from './text-columns/lines.js';
export { ITEM_NUMBER_CELL } from './text-columns/measures.js';
export { type BorderSource, inferBorders, type TableTrace, traceTable } from './text-columns/infer-borders.js';
export { type CentringSeen, centredThroughout, centringSeen, openedFor, topAligned } from './text-columns/centred-cells.js';
