/**
 * One found table's borders as rules (emit): its columns, then its rows, added to the page's
 * InferredTables; and the borders a table would be given alone (innerBorders). The step that asks
 * every module below it, apart from the entry that calls it for each table of a page.
 */
import type { TextRun } from '../page-content.js';
import { OPEN_PHRASE_END, opensBracket, STARTS_ITEM } from '../text-lines.js';
import { labelHead, labelRole } from '../../../vocabulary/index.js';
import { eraYearOf } from '../../../vocabulary/era-year.js';
import type { Block, BrokenGrid, InferredTables, Region, Row, Shade } from './types.js';
import { BULLET, GRADE_ONLY, ITEM_NUMBER_CELL, ITEM_START, LABEL_CHARS, LEADING_NUMBER, MIN_CHANNEL_EM, NO_LINE_START, OVERRUN, SEAM } from './measures.js';
import { CANNOT_OPEN } from '../../../normalize/particles.js';
import { holePast, hungFrom, largerNumber, lineCells, numberAgainst, partedOnBorders, perCharacter, pieces, resized, runAcross, seamsNear, sizeParted, type SpacedPiece, spacedPieces, startsAfterRoom, wordsOn, wrapEdge } from './lines.js';
import { intoTheRoom, isStep } from './channels.js';
import { headerRow, headingWrap, toBlock, wrapLead } from './blocks.js';
import { type Column, type Found, joinBlocks, overlaps } from './aligned-runs.js';
import { borders, borrowedBorders, centredHeadings, dropHeadless, flushAgainst, flushColumn, type HeadColumns, headerGrids, headingOverEmpty, headlessColumns, siblingBorders, withoutTwins, yearBorders } from './borders.js';
import { rowsAtItems, rowsAtYears, rowsAtStackedLabels, rowsByLabel } from './rows-by-label.js';
import { middleRows } from './middle-rows.js';
import { linesBeforeRow, rowsResumed, runsOnAcross, seamed, stacks, wraps, wrapsOn, yearsWrapOn } from './column-lines.js';

/** A space's width (em): the least room that parts two words. */
const SPACE_EM = 0.25;
/** The text of a block's first column, left of its first border, down all its lines. */
const labelCell = (b: Block, border: number) => b.rows.map((r) => r.runs.filter((u) => u.x1 <= border + OVERRUN).map((u) => u.text).join('')).join('');

/** A block's lines down to the first that a label the vocabulary knows starts, left of every line before it. */
function restOfRow(b: Block): Row[] {
  const k = b.rows.findIndex((r, i) => i > 0 && !!r.runs[0] && labelRole(r.runs[0].text.trim()) !== null && r.runs[0].x1 < Math.min(...b.rows.slice(0, i).map((o) => o.x0)));
  return k > 0 ? b.rows.slice(0, k) : b.rows;
}

/** The inner borders a table would be given alone, the page's other tables aside. */
export function innerBorders(found: Found, region: Region | null, heads: HeadColumns[], lead: number): { x0: number; x1: number; xs: number[] } {
  const scratch: InferredTables = { rules: [] };
  emit(found, region, scratch, heads, lead);
  const xs = scratch.rules.filter((r) => r.x0 === r.x1).map((r) => r.x0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  return { x0, x1, xs: [...new Set(xs.filter((x) => x > x0 + 1 && x < x1 - 1))] };
}

/**
 * The borders of one table the text shows, added to `out`. Returns the blocks it took: the found
 * ones, or fewer where a table going on from the page before stops at a line across its grid.
 * `page`: the page's lines, which its top and foot keep clear of.
 */
export function emit(found: Found, region: Region | null, out: InferredTables, heads: HeadColumns[] = [], lead = 0, prior: number[] = [], alike: number[] = [], siblings: number[] = [], grid: BrokenGrid | null = null, repeated = false, first = false, page: readonly Row[] = [], shades: readonly Shade[] = []): Block[] {
  // under a drawn header only the body is new: it starts at the header's bottom border
  const head = found.blocks[0]?.drawn ? found.blocks[0] : null;
  let blocks = head ? found.blocks.slice(1) : found.blocks;
  if (blocks.length === 0) return found.blocks;
  const carried = grid ? (repeated ? settledBorders(grid.xs, blocks.flatMap((b) => b.rows)) : grid.xs) : [];
  // a column one block alone shows must be seen down several of its lines
  // (a step in height one line shows, where another row's cell starts at that x with room before
  // it: 刈谷's 水資源部 table by LibreOffice, its one ① row run up to 下水道課)
  // (room a typed space leaves is a word's: in a face of fixed width every character of every line stands on
  // one grid, and a line's runs meet at the x a word after its space starts — 部長目標's `…完全無償|化を開` over
  // `…研究をします! 達成`, 達成 after the space at 506.7 pt where 無償 | 化を meet; IPAGothic 10.5 pt by
  // LibreOffice, the 252nd: a column there had cut 化を開 from its goal)
  const tableRows = blocks.flatMap((b) => b.rows);
  const startsThere = (c: Column) => isStep(c) && startsAfterRoom(tableRows, (c.from + c.to) / 2, true);
  // (a seam inside a column's gap is where that column's border stands: the gap is a centred
  // header's, 取組内容 | 課等 over 3.5 pt between the body's 取組内容 and 課 names)
  // (a column spaces opened stays shut where every hole without a space that met it is a shown
  // column's too: 刈谷's `します。` | `市民課`, a hole from 352 to 482.8 pt across both the spaced
  // 420 pt and 取組内容 | 課等. Not where a hole is its own: 伊勢崎's ② | 取組項目 over the space of
  // 5年後までの目標 (目指すべき姿), IPAex Mincho 11 pt by LibreOffice; 刈谷's 市民負担の 少ない by
  // LibreOffice, its 少 set after the space past the cell's edge where 課等's holes start)
  const spacedOnly = (c: Column) => !!c.typed && c.confirms.every((g) => found.columns.some((k) => k !== c && !k.typed && (k.blocks >= 2 || k.straddle >= 2) && overlaps(k, g)));
  const seams = found.seams.filter((c) => c.blocks >= 3 && !c.typed);
  const shown = [...found.columns.filter((c) => (c.blocks >= 2 || c.straddle >= 2 || startsThere(c)) && !spacedOnly(c) && !seams.some((k) => c.from <= k.from + 0.1 && c.to >= k.to - 0.1)), ...seams];
  // (a border in the same open stretch as one a table above in the region drew stands where that
  // one does: two tables in one frame, the header repeated between them, would make a column of
  // nothing between their borders — 刈谷's 課等 | 目標達成基準 398.8 and 403.3 pt apart under
  // 市街地整備課 and まちづくり推進課, Noto Serif by LibreOffice in an outer frame)
  // Under a drawn header its cells place the borders: one the text shows a little off a cell's edge
  // stands on that edge (伊勢崎's year columns under Chromium's shaded 令和2年度 … cells, gothic 14 pt
  // landscape: 313.1 pt from the text, the fill's edge at 315, a sliver column between)
  const clear = (p: number, x: number) => !tableRows.some((r) => r.runs.some((u) => u.x0 < Math.max(p, x) && u.x1 > Math.min(p, x)));
  const standing = head ? [head.x0, ...head.borders, head.x1] : prior;
  // (or where a rule between rows stops short of the table's sides, with no text between: that is a
  // cell's edge, the rows beside a cell merged down — 木更津's 指標 tables by LibreOffice with horizontal rules,
  // the rules under R5 | 検討80% starting at 年度's edge, 370.4 pt: a border read at 294.6 pt, half way
  // across the room before 年度, had left the year in a cell merged down 名称's rows and its target in the
  // next row)
  const ends = region?.ends ?? [];
  const snapped = (x: number) => standing.find((p) => Math.abs(p - x) <= (head ? 6 : 12) && clear(p, x)) ?? ends.find((e) => clear(e.x, x))?.x ?? x;
  const fromText = headlessColumns(blocks, centredHeadings(blocks, yearBorders(blocks, borrowedBorders(heads, blocks, withoutTwins(shown.flatMap((c) => borders(c, blocks).map(snapped)).sort((a, b) => a - b), blocks)))));
  // A drawn header whose first cell Writer left unshaded, the labels' column left of it: the header's
  // side is that column's border, wherever the rows under it do not run across it (伊勢崎's 財政効果額(歳入)
  // | — and 取組状況 | 令和2年度で指定期間が… 6.7 pt apart under 令和2年度's fill from 111.4 pt, Noto Sans
  // 10 pt by LibreOffice with shaded headers)
  const besideHead = !!head && tableRows.some((r) => r.x0 < head.x0 - r.size * 2) && !fromText.some((x) => Math.abs(x - head.x0) <= 6);
  const shownOwn = besideHead ? [head!.x0, ...fromText].sort((a, b) => a - b) : fromText;
  // (a border another table of the page from the same left edge shows, that this table's lines run a
  // little past into a hole before a short cell, stands in that hole: a table of its own widths — see holePast)
  const ownWidths = [...new Set(siblings)].flatMap((s) => {
    const over = tableRows.filter((r) => runAcross([r], s, 0.5));
    if (over.length === 0 || shownOwn.some((x) => Math.abs(x - s) <= over[0]!.size)) return [];
    const at = over.map((r) => holePast(r, s, shownOwn.find((x) => x > s) ?? region?.x1 ?? Infinity));
    const m = at[0];
    return m != null && at.every((h) => h !== null && Math.abs(h - m) <= 1) && !runAcross(tableRows, m, 0.5) ? [m] : [];
  });
  const own = ownWidths.length > 0 ? [...shownOwn, ...ownWidths].sort((a, b) => a - b) : shownOwn;
  // A frame as wide as one above it on the page, whose text shows fewer columns than that one has,
  // is set in the same grid where no line of its text runs across those borders: each department of
  // 部長目標 a frame of the same widths, 総務部's at the page's foot two rows only, too few for the
  // text's gaps to show 121 and 198 pt — one found at 214 pt cut its vertical 目標 from its goals
  // (Chromium, outer frames, the thirteenth typography)
  const framed = alike.length > own.length && alike.every((x) => !runAcross(tableRows, x, 0.5)) ? [...alike] : own;
  // A table the page before broke goes on in that page's grid: its borders stand here where the
  // borders this page's text shows are among them and the table's first rows, the rest of the row
  // the page broke, run across none of them (木更津's targets R5 | 3件 under 目標値 | 結果 and the
  // note 施設の個別施設計画の策定を進めてい|ます。 under 名称 at a page's head, the header on the page
  // before; Noto Sans CJK 12 pt landscape, an outer frame and no rules, Chromium and LibreOffice),
  // where this page's text shows at most half of them: one that shows more has its own grid.
  // A border of this page's stands for one of the page before where no text stands between them
  // (木更津's year column, 417.8 pt on the page before, shut here by a title …アンケート R5 set
  // against it: the borders the text shows, 198 and 481.6 pt). Outside a frame, lines that show no
  // border at all are no table (部長目標's 総括 running over a page's foot, the goals under it).
  // (the rest of the row the page broke ends at a label the vocabulary knows, set left of every line
  // above it: the next row, whose value may be a cell merged across that grid's columns — 部長目標's
  // 基本方針 | 風通しの良い体制づくり！… under goal 5's last words, across 目標's two columns; Noto Sans CJK
  // 12 pt on B5 landscape by LibreOffice in an outer frame)
  const broken = restOfRow(blocks[0]!);
  // (not a border the broken row set text across on the page before, a cell merged over it: its rest runs
  // across it too — 伊勢崎's ・照明設備LED 化工事 over a sliver column 118.7–141.8 pt other rows show, and
  // ・対象施設の検討 at page 124's head; Noto Sans CJK 12 pt on B5 landscape by LibreOffice in an outer frame. Inside a
  // frame only: without one, the next page's lines may be a new table's — 部長目標 by LibreOffice without rules in the
  // 152nd, the name 木村西 read as a goal's title)
  // (or without one, where the part's first line starts each piece where a cell of the page before started: see
  // startsAsBefore)
  const spannedAt = (x: number) => !!grid?.spanned?.some((s) => Math.abs(s - x) <= 0.5);
  const spannedBefore = (x: number) => !!region && spannedAt(x);
  const across = (x: number) => !spannedBefore(x) && !(startsAsBefore && spannedAt(x)) && broken.some((r) => pieces(r, SEAM).some((p) => p.x0 < x - 0.5 && p.x1 > x + 0.5));
  // (or as many as the page before's, under its header repeated word for word where it stood: 刈谷's
  // 組織目標 取組内容 課等 目標達成基準 over す。 | 管を整備し、…, the label column empty but for す。, its
  // border read at 240.7 pt from the text against 280 pt on the page before; Noto Sans CJK 11 pt
  // landscape by LibreOffice without rules. Not a grid of more borders: 刈谷's frames of other
  // widths, whose grid carried a sliver column, BIZ UDPMincho 11 pt by LibreOffice)
  // (text that runs across both, a cell merged over the columns, tells the two apart no more than none: 部長目標's 総括
  // across the panel under 子ども未来部's goals the page broke, 196.75 pt on the page before and 197.15 here; gothic
  // 14 pt by LibreOffice from a Writer document in an outer frame, the 281st — the page before's grid refused, the
  // department's name and its 部長's read as one cell)
  const clearBetween = (p: number, x: number) => !tableRows.some((r) => r.runs.some((u) => u.x0 < Math.max(p, x) && u.x1 > Math.min(p, x) && !(u.x0 < Math.min(p, x) && u.x1 > Math.max(p, x))));
  const among = framed.every((x) => carried.some((c) => clearBetween(c, x)));
  // (under the header repeated, the part's own borders may stand off the page before's where its few
  // lines show them wrongly: no line of it runs across that grid — 刈谷's 下水道課 / 雨水対策課 at 401 pt
  // under 課等 centred at 494, the border read at 469 between them and the heading; Noto Sans CJK
  // 10.5 pt landscape by LibreOffice, an outer frame)
  // (not by a hair, nor through a gap narrower than a word's: a line run up to the part's own border a
  // little right of that grid's, 刈谷's …延命化を図 ending at 394.6 pt, 0.2 past the page before's, its own
  // at 394.7, IPAex Gothic 8 pt landscape by LibreOffice in an outer frame; …ICT化 ending right on it,
  // 子ども課 1.9 pt on)
  const acrossAny = (x: number) => blocks.some((b) => b.rows.some((r) => pieces(r, r.size * MIN_CHANNEL_EM).some((p) => p.x0 < x - SEAM && p.x1 > x + SEAM)));
  // (or a gap a word wide, that one line shows, where a border of that grid stands: the last row of a
  // list the page broke, alone at the next page's head under a rule, 伊勢崎's ・効率的な窓口サービスの検 |
  // 検討 / 討 under 取組工程's items, its plan in 令和2年度's column; BIZ UDPGothic 11.5 pt on B5
  // landscape by Chromium with horizontal rules — read as two lines of text, the plan was lost)
  // (outside a frame, the gap in the part's first line, the page's first: not a paragraph the page
  // broke, with a table's gaps under it, 部長目標's 総括 over 目標 | 1 …; nor a row under the header the
  // page repeats, 刈谷's ⑦子育て世代の利便性を高めるた | 子ども課 | ・園児の登園・降園の管理や, IPAex
  // Gothic by Chromium without rules, read in its own grid)
  const firstLine = blocks[0]!.rows[0];
  const onGrid = (c: Column) => first && !region && !!firstLine && c.to - c.from >= firstLine.size * MIN_CHANNEL_EM && carried.some((x) => x >= c.from - 0.5 && x <= c.to + 0.5) && wordsOn(firstLine, c.from, -1) && wordsOn(firstLine, c.to, 1);
  const gapOnGrid = found.columns.some(onGrid);
  // (more than half of them, where every gap the text shows holds one of that grid's borders: the
  // rest of the list the page broke, each plan in its year, 伊勢崎's ・地球温暖化対策啓発用品配 | 実施 | 実施 …
  // at a page's head, the blank column beside the items shown as one gap with 令和2年度's; BIZ UDPGothic
  // 11.5 pt on B5 landscape by Chromium with horizontal rules)
  const gapsOnGrid = found.columns.length >= 2 && found.columns.every(onGrid);
  // (or fewer, under the header repeated, every one of them the page before's: 刈谷's 3Rを推進します。 ①… |
  // ごみ減量推進課 | ・… under 組織目標 取組内容 課等 目標達成基準 and the rest of the row the page broke, the label
  // column's border unseen — one line beside it; IPAex Gothic 12 pt on B5 landscape by Chromium without rules.
  // Not where a border it does not show stands within two ems of another: a sliver column the page before
  // read, 刈谷's items a hair either side of 取組内容's border, BIZ UDPMincho 11 pt by LibreOffice in a frame)
  const gridEdges = grid ? [grid.x0, ...carried, grid.x1] : [];
  const em = blocks[0]!.rows[0]?.size ?? 0;
  // (nor where a line of the part runs across one it does not show: the page before's part set to widths of
  // its own, LibreOffice's 課等 read as two columns there — 刈谷 by LibreOffice with horizontal rules, the 119th)
  const unseen = carried.filter((c) => !framed.some((x) => clear(c, x)));
  const unseenApart = unseen.every((c) => gridEdges.every((o) => o === c || Math.abs(o - c) >= em * 2) && !blocks.some((b) => b.rows.some((r) => pieces(r, SEAM).some((p) => p.x0 < c - 0.5 && p.x1 > c + 0.5))));
  // (or a first line whose pieces, three or more, each start where a cell of the page before started its
  // lines: the same columns set anew on this page — 伊勢崎's ・対象施設の検討 | 検討 … alone at a page's head, its
  // five gaps against that grid's six borders; the same print. Only where the broken row merged a cell over
  // some of that grid's columns: elsewhere a part whose first line starts where that page's cells did may be
  // the rest of a cell across them — 刈谷's …地籍調査にお / いて、効率的な… by LibreOffice with horizontal rules. Not where the part's lines run across a border
  // of that grid but one the broken row set text across: a grid of its own, see unseen. Nor a row of years:
  // the header a page repeats, see repeated)
  const startsAsBefore = first && !!firstLine && !!grid?.starts && !!grid.spanned && (() => {
    const ps = pieces(firstLine, firstLine.size * MIN_CHANNEL_EM);
    const years = lineCells(firstLine).filter((c) => eraYearOf(c.text.trim()) !== null).length;
    return ps.length >= 3 && years < 2 && ps.every((p) => grid.starts!.some((x) => Math.abs(x - p.x0) <= 0.3)) && carried.every((c) => spannedAt(c) || !acrossAny(c));
  })();
  // (or more than half, in rules as wide as that grid's at the page's head, where every border this page shows has one of
  // that grid's with no text between and no line runs across any of them: a row between two rules alone on its page,
  // 伊勢崎's ・市民との意見交 / 換会等の実施 | 実施 × 5 after its sheet's 取組工程 rows on the page before, 5 of the 7 borders shown;
  // BIZ UDPGothic 14 pt on A4 by LibreOffice with horizontal rules, the 361st — read in its own grid, refused, the row had
  // been a line of text and every year's plan lost)
  // (not a frame holding a row of years: the header the page repeats, no rule between it and the label's rest beside it, read in
  // the grid of its own — 伊勢崎's 年度以降の方 / 針 (取組達成… beside 令和2年度 … in a frame by LibreOffice, the 153rd. In a stack
  // of rules the header is a row of its own)
  const yearsRow = blocks.some((b) => b.rows.some((r) => lineCells(r).filter((c) => eraYearOf(c.text.trim()) !== null).length >= 2));
  const sameSides = first && !!region && !!grid && Math.abs(region.x0 - grid.x0) <= 3 && Math.abs(region.x1 - grid.x1) <= 3 && (!!region.stack || !yearsRow);
  const inGridAlone = sameSides && among && framed.length < carried.length && unseenApart && !carried.some(acrossAny);
  // (the part placed as the page before's already, or: something to set in that grid, its borders among that grid's, and few
  // enough of them or shown where that grid's stand — each as the comments above tell)
  const placedAsBefore = !!found.goesOn || (startsAsBefore && among);
  const setHere = framed.length > 0 || !!region || repeated || gapOnGrid;
  const amongGrid = among || (repeated && !carried.some(acrossAny));
  const fewShown = framed.length * 2 <= carried.length || inGridAlone || (repeated && (framed.length === carried.length || (among && framed.length < carried.length && unseenApart))) || (gapsOnGrid && framed.length < carried.length);
  const goesOn = (placedAsBefore || (setHere && amongGrid && fewShown)) && !carried.some(across);
  // (it goes on down to a line written across all those columns: the note under a sub-table of
  // targets, a row of its own — see inferBorders)
  if (goesOn) {
    const k = blocks.findIndex((b) => b.rows.some((l) => carried.every((x) => pieces(l, SEAM).some((p) => p.x0 < x - 1 && p.x1 > x + l.size * 2))));
    if (k > 0) blocks = blocks.slice(0, k);
  }
  const kept = head ? [head, ...blocks] : blocks;
  if (goesOn) out.carried = [...(out.carried ?? []), ...carried];
  const xs = goesOn ? [...carried] : siblings.length > 0 ? siblingBorders(siblings, framed, tableRows, Math.min(region?.x0 ?? Infinity, ...tableRows.map((r) => r.x0))) : framed;
  // (not in a table that may go on from the page before, whose grid its part is set in: 伊勢崎's shaded 取組工程
  // at a page's head over the items and years, Noto Serif CJK 15 pt by Chromium, the 163rd — plans moved a year)
  if (!goesOn && !(first && grid)) xs.splice(0, xs.length, ...shadedEdges(shades, xs, tableRows));
  // A table whose cells never wrap, nor hold several lines beside a cell of one, reads the same as
  // its lines (their gaps become tabs): left as lines. Not under a drawn header: its columns place
  // the cells (刈谷's 図ります。 | の整備を促進します。, the ends of a row the page broke, under the
  // shaded header the next page repeats, 12 pt). A cell may wrap from one block into the next, its
  // lines set further apart than the page's leading (伊勢崎's sheets in an outer frame, LibreOffice):
  // the table's borders show it.
  const wrapsAcross = () => blocks.length > 1 && xs.length > 0 && wraps({ rows: blocks.flatMap((b) => b.rows), top: blocks[0]!.top, bottom: blocks.at(-1)!.bottom, x0: Math.min(...blocks.map((b) => b.x0)), x1: Math.max(...blocks.map((b) => b.x1)), gaps: [], borders: xs }, lead);
  // Nor under a header row of labels the vocabulary knows: its columns are the table's, though its one
  // row's cells stand closer than a word gap (刈谷's 男女共同参画社会の実現に努めます。 | ①附属機関等への…,
  // 3 pt apart, alone under 組織目標 | 取組内容 | 課等 | 目標達成基準 at a page's foot; IPAex Gothic 10 pt
  // landscape by LibreOffice)
  // (a row of cells in two columns or more: the end of a row the page broke, す。 alone under the
  // header, reads the same as its line and goes on from the page before — unless a drawn frame holds
  // them, which would make them one cell: 刈谷's 組織目標 取組内容 課等 目標達成基準 | 図ります。 in an
  // outer frame, IPAex Gothic 12 pt by LibreOffice)
  // (a sub-table's column headings count: 木更津's 指標② | 名称 | 年度 | 目標値 | 結果 under the note across
  // its frame, a row each below; Noto Sans CJK 12 pt landscape in an outer frame, Chromium — its rows
  // had been the note's cell)
  const columnsOf = (r: Row) => new Set(r.runs.map((u) => xs.filter((x) => x < (u.x0 + u.x1) / 2).length)).size;
  // (or alone in a frame, a line of years far from the rows under it: 伊勢崎's 令和2年度 … 令和5年度 | 令 over 財政効果額, 令和6年度's
  // head set down a column a character wide between them; Noto Sans CJK 14 pt on A4, 35 mm, by Chromium in an outer frame, the
  // 335th — left as a line, the frame made it one cell, and the sheet's years were read from the row under it)
  const headerAlone = blocks.length === 1 && blocks[0]!.rows.length === 1 && !!region && !region.stack && headerRow(blocks[0]!.rows[0]!, true);
  const labelled = headerAlone || (blocks.length > 1 && blocks[0]!.rows.length === 1 && headerRow(blocks[0]!.rows[0]!, true) && (!!region || blocks.slice(1).some((b) => b.rows.some((r) => columnsOf(r) >= 2))));
  // (nor in the grid of a table the page before broke: its columns place the cells)
  // (not inside a frame drawn round them: left as lines there, they would be one cell, their gaps lost
  // — 伊勢崎's sheet No. | ① | 取組項目 | 情報セキュリティの適正管理 over 取組工程 | ・… | 見直し … each cell one
  // line, Writer's rows set wide apart; Noto Serif 9.5 pt landscape by LibreOffice in an outer frame)
  // (a frame the page broke too, and the column that three blocks show or more: the label column of a
  // sheet alone on its page, 伊勢崎's No. | 担当部課 | 取組内容 | 5年後までの目標 beside their values, the
  // frame open at its foot; or three columns that part two lines or more: 具体的な取組事 / 項 | 令和2年度 …
  // over ・重点的・効果 | 実施 … at a page's head — not the year row alone, the header a page repeats, see
  // dropRepeatedHeader. Noto Sans CJK 12 pt on B5 landscape by LibreOffice in an outer frame, the 149th:
  // left as lines, each had been one cell, two sheets' records lost and five sheets' plans)
  const partedBy = (r: Row, c: Column) => r.runs.some((u) => u.x1 <= c.from + 0.1) && r.runs.some((u) => u.x0 >= c.to - 0.1) && !r.runs.some((u) => u.x0 < c.from - 0.1 && u.x1 > c.to + 0.1);
  // (or a stack of drawn rows, three columns or more shown down two of them: 伊勢崎's 取組 工程 | 具体的な取組事 / 項 |
  // 令和2年度 … over ・重点的・効果 / 的な予算編成 | 実施 … at a page's head, each row between rules, the item hung and the
  // heading centred so that neither shows a wrap; Noto Sans CJK 15 pt on A4 landscape by LibreOffice with horizontal
  // rules, the 158th — left as lines, the empty label cell lost, 令和6年度's plan was read in no year)
  const ruledRows = !!region?.stack && shown.filter((c) => c.blocks >= 2).length >= 3;
  const framedLines = ruledRows || (!!region && !region.stack && (shown.filter((c) => c.blocks >= 2).length >= 2 || shown.some((c) => c.blocks >= 3) || tableRows.filter((r) => shown.filter((c) => partedBy(r, c)).length >= 3).length >= 2));
  // (at the table's own leading where its cells wrap wider apart than the page's prose: 伊勢崎's 取組内容 | 急激に…効率化 /
  // や業務改善を…, 9.7 pt lines 25.1 pt apart on a page whose 12 pt prose stands 22.8 apart, Noto Serif CJK on A3 by
  // LibreOffice with horizontal rules — left as lines, the sheet's 取組工程 plans ran into one year)
  const tableLead = wrapLead(tableRows, lead);
  if (!head && !goesOn && !labelled && !framedLines && !blocks.some((b) => wraps(b, tableLead) || stacks(b, tableLead)) && !wrapsAcross()) return found.blocks;
  // (a row alone in its rules, showing no column down other rows, has the cells of its own widths:
  // 伊勢崎's No. | ③ | 取組項目 | 患者自費 / 未収金対 / 策 at a page's head, its sheet's rows under the next
  // rule; IPAex Gothic 16 pt on B5 by LibreOffice with horizontal rules — read as a line, the sheet lost)
  if (xs.length === 0 && region && blocks.length === 1) xs.push(...new Set(ownHoles(blocks[0]!).map((h) => h.x)));
  if (!goesOn && xs.length > 0 && ends.length > 0) xs.splice(0, xs.length, ...cellEdges(ends, xs, tableRows, region?.x0 ?? -Infinity));
  if (xs.length === 0) return found.blocks;
  dropHeadless(blocks, xs, head);
  // (a header repeated from the page before has its grid: its columns are all there)
  const emptyUnder = repeated ? null : headingOverEmpty(blocks, xs);
  if (emptyUnder !== null) xs.push(emptyUnder), xs.sort((a, b) => a - b);
  // (in the grid of the table the page before broke, the columns left of every line here are cells merged
  // down from that page: the rows are read from the first column this part fills — 部長目標's department name
  // beside 基本方針 / 部の仕事 at a page's head, 5 地域防災計画を改定します！ 達成 over them; Noto Sans CJK 15 pt on A4
  // landscape by LibreOffice without rules, the 158th: read from the empty name column, the two labels had been one row)
  // (a column that holds a label the vocabulary knows: not the rest of a cell merged across the columns,
  // 木更津's paragraphs of 令和5年度の活動経過・今後の予定 at a page's head, each of which would be a row)
  const filled = goesOn ? xs.findIndex((x) => tableRows.some((r) => r.runs.some((u) => (u.x0 + u.x1) / 2 < x))) : 0;
  const knownFirst = (r: Row) => r.runs[0]!.x0 > xs[filled - 1]! && r.runs[0]!.x1 < xs[filled]! && labelRole(lineCells(r)[0]?.text.trim() ?? '') !== null;
  const labelXs = filled > 0 && tableRows.some(knownFirst) ? xs.slice(filled) : xs;
  if (blocks.length === 1 && !head) {
    // (in the grid of the table the page before broke, a block no row starts in is one row: 伊勢崎's
    // ・基幹系情報システム標準化 | 仕様策定・仕 | 移行準備・検 under the 検討 that ends the broken row, in
    // year columns; Chromium in an outer frame)
    const one = blocks[0]!;
    blocks = rowsByLabel(one, labelXs, tableLead, tableRows);
    if (blocks.length === 0 && goesOn) blocks = [one];
    // (in that grid, the lines over the first row a label starts are the rest of the row the page broke)
    else if (goesOn && blocks[0]!.top > one.top + 0.5) blocks = [toBlock(one.rows.filter((r) => r.top < blocks[0]!.top - 0.5)), ...blocks];
    if (blocks.length === 0) return found.blocks;
  } else {
    // a block that stacks three labelled rows or more without room between them (伊勢崎's No. /
    // 担当部課 / 取組内容 / 5年後までの目標, printed landscape in 9 pt) is parted by its label column too
    const partRows = (b: Block, k: number): Block[] => {
      const rows = rowsByLabel(b, labelXs, tableLead, tableRows);
      // (or two whose label cells, each read whole down its lines, are labels the vocabulary knows:
      // 木更津's 現状と課題 over 課題解決に向けた方 / 向性・活動内容, Writer's Noto lines one pitch apart
      // across the row border, the label column empty between)
      // (a row whose first column holds nothing has its label read up to the next border: 伊勢崎's No.
      // set 5 pt after where 担当部課 ends, that gap a column of its own; BIZ UDPMincho 11 pt
      // landscape by LibreOffice)
      // (or two columns on: 伊勢崎's 取組項目 / 担当部課 beside a title as long as its column, where the
      // sheet's ① centred in its cell made a column of its own; Noto Sans CJK 12 pt landscape by
      // LibreOffice in an outer frame)
      const known = (r: Block) => {
        const first = xs.slice(0, 3).map((x) => labelCell(r, x)).find((t) => t !== '');
        return first !== undefined && labelRole(first) !== null;
      };
      // (or a label the vocabulary knows alone on the block's last line, where the text beside it
      // ended: 部長目標's 基本方針 under the name column, the goals beside it ended a line before, its
      // text written across the columns under it; Noto Serif 9 pt landscape by LibreOffice. Or first on
      // that line, its text beside it: 基本方針 | 地域の実情を踏まえた福祉施策を実施！ under goals a line each,
      // Noto Serif 10 pt on A3 landscape at 1.8 line spacing by LibreOffice, two departments' tables of
      // other widths read as one grid)
      // (its text may wrap under it, right of the label: 基本方針 | 市民が健康で幸せに暮らせるまちづ / くりを推進！
      // under goals that ended a line before; Noto Serif CJK 13 pt on B5 portrait by LibreOffice without
      // rules, the 174th — one row with the goals, its text had been the last goal's)
      const lastCells = rows.length === 2 ? lineCells(rows[1]!.rows[0]!) : [];
      const lastLabel = (rows[1]?.rows.length === 1 && lastCells.length === 1 && known(rows[1]!)) || (lastCells.length === 2 && labelRole(lastCells[0]!.text.trim()) !== null && rows[1]!.rows.slice(1).every((r) => r.x0 > lastCells[0]!.x1));
      // (or the block's last row opens with the head of a label the vocabulary knows, its rest on the next page:
      // 木更津's 現状と課題 over 課題解決に向けた at page 13's foot, 方向性・活動内容 at page 14's head; Noto Sans CJK
      // 15 pt on letter paper at 2.0 line spacing by LibreOffice, the 181st — the issue and the measures' first
      // line had been one cell, 現状と課題's, the measures lost)
      const headLast = rows.length === 2 && known(rows[0]!) && b === blocks.at(-1) && labelHead(xs.slice(0, 3).map((x) => labelCell(rows[1]!, x)).find((t) => t !== '') ?? '');
      const parted = rows.length >= 3 || (rows.length === 2 && (seamed(rows) || !!rows[1]!.beside || !!rows[1]!.known || rows.every(known) || lastLabel || headLast));
      if (!rows[0] || !parted) return rows.length <= 1 ? rowsAtStackedLabels(b, xs) : [b];
      if (rows[0].top <= b.top + 0.5) return rows;
      // lines over the table's first row that stand in none of its cells' starts (a date set close
      // above the first 部局名 row: 桑名's （R6.4.16部長会議資料）, Noto Sans landscape 9 pt by
      // LibreOffice) are the page's, not the table's
      // (unless a frame drawn round the table holds them: a row of their own, 伊勢崎's No. ③ 取組項目 患者自費 /
      // 未収金対 / 策 over 担当部課, the title wrapped in a narrow cell; IPAex Gothic 16 pt on B5 by LibreOffice in
      // an outer frame, the 161st — left out of the table, the row had been one cell and the sheet lost)
      if (k > 0) return [b];
      const firstTop = rows[0].top;
      const over = b.rows.filter((r) => r.top < firstTop - 0.5);
      return region && !region.stack && over.every((r) => r.top >= region.top - 1) ? [toBlock(over), ...rows] : rows;
    };
    blocks = blocks.flatMap((b, k) => {
      if (b.drawn) return [b];
      // (a header row's wrap opening the block under it is the header's, a row of its own before the block's rows: 推進
      // 項目名 / 称 over 11 | 子育てアプ… under 事業No. | 推進項目名 | 担当課, 木更津 by LibreOffice in Noto Serif CJK 13 pt on
      // B5 portrait without rules, the 174th — read with the row under it, 称 had opened the sheet's title)
      const header = k > 0 && blocks[k - 1]!.rows.length === 1 && headerRow(blocks[k - 1]!.rows[0]!) ? blocks[k - 1]!.rows[0]! : null;
      let wraps = 0;
      while (header && wraps < b.rows.length - 1 && headingWrap(header, b.rows[wraps]!)) wraps++;
      return wraps > 0 ? [toBlock(b.rows.slice(0, wraps)), ...partRows(toBlock(b.rows.slice(wraps)), k)] : partRows(b, k);
    });
  }
  blocks = blocks.flatMap((b) => (b.drawn ? [b] : rowsAtItems(b, xs, lead).flatMap((p) => rowsAtYears(p, xs))));
  blocks = blocks.reduce<Block[]>((out, b) => {
    const prev = out.at(-1);
    if (prev && (wrapsOn(prev, b, xs) || yearsWrapOn(prev, b, tableLead))) out[out.length - 1] = joinBlocks(prev, b);
    else out.push(b);
    return out;
  }, []);
  blocks = blocks.flatMap((b) => (b.drawn ? [b] : rowsResumed(b, xs)));
  if (grid) blocks = blocks.flatMap((b, k) => (k === 0 && !b.drawn ? linesBeforeRow(b, xs) : [b]));
  // (text up to OVERRUN past a drawn header's side is set against it, not beyond: 刈谷's …保育カ
  // ending at 779.6 pt under 目標達成基準's fill to 779.5, Noto Serif CJK 9 pt landscape by LibreOffice
  // with shaded headers — a sliver column there kept the part from the table the page broke)
  const edge = (drawn: number | undefined, text: number, outward: (a: number, b: number) => number) => (drawn !== undefined && Math.abs(outward(drawn, text) - drawn) <= 2 + OVERRUN ? drawn : outward(drawn ?? text, text));
  // (a table going on in the page before's grid keeps that grid's sides, though its text here
  // stops short of the last border: 木更津's R7 | 300件 and R8 | 270件 under a page's head, 結果 empty
  // but for one, in IPAex Gothic 9 pt by LibreOffice without rules — read narrower, the part lost its
  // last column and was no longer the table the page broke)
  const sides = goesOn && grid ? grid : null;
  const x0 = edge(head?.x0, Math.min(region?.x0 ?? Infinity, sides?.x0 ?? Infinity, ...blocks.map((b) => b.x0 - 2)), Math.min);
  const x1 = edge(head?.x1, Math.max(region?.x1 ?? -Infinity, sides?.x1 ?? -Infinity, ...blocks.map((b) => b.x1 + 2)), Math.max);
  // (two points out from its text, or half way to a line of the page over or under it where that is
  // nearer: a table under another a header apart, 0.8 pt between the first's last line and the second's
  // header, had overlapped it, and a header cell fell into a cell of both — 刈谷's 目標達成基準 repeated
  // under ②…推進を図ります。; mincho 7 pt at 1.1 leading on letter by LibreOffice without rules, the 159th)
  const firstTop = blocks[0]!.top;
  const lastBottom = blocks.at(-1)!.bottom;
  const beside = page.filter((r) => r.x0 < x1 && r.x1 > x0);
  const padAbove = Math.min(2, ...beside.filter((r) => r.top < firstTop - 0.5 && r.bottom <= firstTop + 0.5).map((r) => Math.max(0, (firstTop - r.bottom) / 2)));
  const padBelow = Math.min(2, ...beside.filter((r) => r.bottom > lastBottom + 0.5 && r.top >= lastBottom - 0.5).map((r) => Math.max(0, (r.top - lastBottom) / 2)));
  const top = head ? head.bottom : Math.min(region?.top ?? Infinity, firstTop - padAbove);
  const bottom = Math.max(region?.bottom ?? -Infinity, lastBottom + padBelow);
  const ys = blocks.slice(1).map((b, i) => (blocks[i]!.bottom + b.top) / 2);
  const edges = [top, ...ys, bottom];
  out.rules.push({ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom }, { x0, x1: x0, y0: top, y1: bottom }, { x0: x1, x1, y0: top, y1: bottom });
  const cols = [x0, ...xs, x1];
  // (cells set in the middle of their rows: the rows are the bands no cell's text crosses — see middleRows)
  const middle = middleRows(blocks.filter((b) => !b.drawn).flatMap((b) => b.rows), xs, tableLead);
  const runOn: Set<number>[] = [];
  if (!middle) cols.slice(1).forEach((_, k) => runOn.push(runsOnAcross(blocks, cols, k, runOn, lead)));
  if (middle) {
    for (const c of middle) for (const [a, b] of c.spans) out.rules.push({ x0: cols[a]!, x1: cols[b]!, y0: c.y, y1: c.y });
  } else ys.forEach((y, i) => {
    // a row border stops at a cell whose text runs on across it: the rows beside a merged cell
    let from = x0;
    for (let k = 0; k + 1 < cols.length; k++) {
      if (!runOn[k]!.has(i)) continue;
      if (cols[k]! > from) out.rules.push({ x0: from, x1: cols[k]!, y0: y, y1: y });
      from = cols[k + 1]!;
    }
    if (x1 > from) out.rules.push({ x0: from, x1, y0: y, y1: y });
  });
  const allRows = blocks.flatMap((b) => b.rows);
  const grids = headerGrids(blocks, xs);
  grids.forEach((g, i) => {
    for (const x of g) out.rules.push({ x0: x, x1: x, y0: edges[i]!, y1: edges[i + 1]! });
  });
  // (asked for every line at every border: each x once)
  const cellStarts = new Map<number, boolean>();
  const cellStartsAt = (at: number) => {
    let v = cellStarts.get(at);
    if (v === undefined) cellStarts.set(at, (v = startsAfterRoom(allRows, at)));
    return v;
  };
  // (a glyph set into the room between two columns crosses no border: see intoTheRoom; none found,
  // the lines' pieces are the ones other callers keep)
  const glyphwise = perCharacter(allRows.flatMap((r) => r.runs));
  const inRoom = intoTheRoom(allRows);
  const glyphs = inRoom.size > 0 ? inRoom : undefined;
  xs.forEach((x, j) => {
    const flush = flushColumn(allRows, x, xs[j + 1] ?? x1);
    const stepped = found.columns.some((c) => isStep(c) && Math.abs((c.from + c.to) / 2 - x) <= 0.5);
    blocks.forEach((b, i) => {
      // (no border parts a note across the table: 木更津's ※学校給食でご飯が提供される日 | 数のうち, Noto
      // Serif by LibreOffice without rules, had been cut where 名称's column starts)
      if (grids.has(i) || b.across) return;
      // a border runs down the rows whose text leaves room for it (a merged cell elsewhere); a
      // line that ends within a seam past it, nothing after it for a word gap, ends at it:
      // LibreOffice's unpadded cells set a line to the cell's edge (刈谷's 取組内容 …NBO（新生児 ending
      // 0.1 pt past the border its other rows show, 子育て支援課 starting there on the line above;
      // landscape 9 pt). Not a line that goes on past the hole Writer leaves before a digit
      // (木更津's …取組として、令和 | 5年度は…, 0.1 pt past a border, 1.5 pt before its 5).
      // (nor a line whose runs only touch at x where the column is a step between two cells' lines)
      // (at a step too, not inside a bracket the text against it opened and it closes: 木更津's (各年度末|時点) across
      // 目標値 | 結果, Chromium's runs parted at the border; Noto Serif CJK 13 pt on B5 without rules, the 174th)
      const touches = (r: Row) => (stepped ? !r.runs.some((u) => u.x0 < x - 0.3 && u.x1 > x + 0.3) && r.runs.some((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && Math.abs(r.runs[k - 1]!.x1 - x) <= 0.3 && !bracketed(r, k)) && !mergedAcross(r, x) : seamAtStart(r));
      // (nor a line whose text is set up to x and parts there, a run ending where the next starts,
      // at an x where another line's cell starts after room: Writer's unpadded year cells, each line
      // of a list running to the cell's edge and the next cell's ・ set against it — 伊勢崎's
      // 取組状況 / 取組成果, ・情報システム台帳を整・情報システム台帳を整…, horizontal rules by LibreOffice;
      // or where the text after it opens an item, ① or ・, as other cells there do: 刈谷's 促進します。①申請…,
      // mincho 9 pt landscape)
      // (or where the text on each side of it stays in its own column, crossing no other border: two
      // year cells' full lines set against each other, 伊勢崎's 令和2年度からの|引き続き… at 311.1 pt, where
      // the 令和4年度 cell's other lines start; Noto Sans by LibreOffice. A merged cell's line across the
      // columns crosses others.)
      // (or crosses other borders parting at each of them as at x: see partedOnBorders)
      // (a row of one line is every cell's first line, and no cell opens on a particle: a merged cell's
      // line Chromium drew in runs that part where the year columns under it stand, 伊勢崎's 指定管理者制度の |
      // 適正な導入・活用 | の推進 beside ① 取組項目; Noto Sans CJK 9 pt on B5 at 1.3 line spacing, no rules)
      // (nor, past the first column, after a phrase cut on の or 、: a merged cell's one line that Chromium drew
      // in two runs where the year cells start, 伊勢崎's title 情報セキュリティの|適正管理 at 290 pt; Noto Serif
      // 9.5 pt by Chromium, no rules. A label may wrap on の against its value: 木更津's 令和5年度の活動経過・今後の
      // | 令和4年度に… / 予定, LibreOffice's unpadded cells 0.1 pt apart)
      // (or where the text after opens an item: two year cells' lines, 伊勢崎's ・7月1日時点での | ・7月1日時点での)
      // (in a block of lines, a particle opens no cell where nothing of that column stands above it: no
      // wrap of a cell there, but a merged cell's line Writer drew in runs parted at a border — 部長目標's
      // 基本方針 / 子ども、子育て世代、市民|の幸福に寄与する施策を推進!, BIZ UDPMincho 8.5 pt on B5 by
      // LibreOffice with horizontal rules)
      const opens = (r: Row, u: TextRun) => {
        const after = r.runs.filter((v) => v.x0 >= u.x0 - 0.01).map((v) => v.text).join('').trim();
        if (b.rows.length > 1) return !CANNOT_OPEN.test(after) || b.rows.some((o) => o.top < r.top - 0.5 && o.runs.some((v) => v.x1 > u.x0 + 0.5 && v.x0 < u.x1));
        return !CANNOT_OPEN.test(after) && !(j > 0 && !STARTS_ITEM.test(after) && OPEN_PHRASE_END.test(r.runs.filter((v) => v.x1 <= u.x0 + 0.01).map((v) => v.text).join('').trim()));
      };
      // (not where the table's runs part at every character, as Chromium draws some faces: that a line parts
      // at x proves nothing — 部長目標's 基本方針 / 市民の利便|性を向上! 環境対策推進! across the name and goal
      // columns, 性 at 185.5 pt where the goals start, a merged cell in a table of three columns with none past
      // it to cross; Noto Serif CJK 13 pt on B5 portrait by Chromium with horizontal rules, the 174th. Writer
      // parts a line's kana in short runs too, but its other lines run long: 木更津's 市|ホ|ー|ム|ペー|R5, the
      // name's line set against the year's where the cells touch, by LibreOffice)
      const ownColumns = (r: Row, at: number) => {
        const p = pieces(r, SEAM).find((q) => q.x0 < at && q.x1 > at);
        return !!p && !glyphwise && partedOnBorders(r, p, xs.filter((o) => o !== x), allRows, opens);
      };
      // (no cell starts on a closing mark: 時点|) is one text, 木更津's (各年度末時点), gothic 12 pt by LibreOffice;
      // nor inside a bracket the text against it opened and it closes: 伊勢崎's label 5年後までの目標 (目指すべ|き姿)
      // over two columns, 1 pt past the border the next column's 取組項目 shows, IPAex Gothic 12 pt by LibreOffice)
      const bracketed = (r: Row, k: number) => {
        const p = pieces(r, SEAM).find((q) => q.x0 < r.runs[k]!.x0 && q.x1 > r.runs[k]!.x0);
        const inside = (u: TextRun) => !!p && u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01;
        return opensBracket(r.runs.slice(0, k).filter(inside).map((u) => u.text).join('')) && /^[^（(）)]*[）)]/u.test(r.runs.slice(k).filter(inside).map((u) => u.text).join(''));
      };
      // (and the border, which parts the line's runs by their middles, parts it at that seam: 伊勢崎's
      // 健康推進部健 | 康管理センター, a seam at 303.3 pt where the year cells start, the border at 295 pt
      // through 康; BIZ UDPGothic 11 pt by LibreOffice in an outer frame)
      const partsAt = (r: Row, at: number) => r.runs.every((v) => (v.x1 <= at + 0.1 ? (v.x0 + v.x1) / 2 < x : v.x0 >= at - 0.1 ? (v.x0 + v.x1) / 2 > x : true));
      // (and where the text before the seam runs from a cell left of another border, it parts there
      // too: a merged cell's line of evenly pitched kanji meets a border at a character's edge by
      // chance, and Writer may end a run there — 伊勢崎's 取組内容 …主体性を尊重しな|がら、… at 539 pt, a
      // year border, running on over 451 and 626 pt unparted; Noto Serif 7.3 pt by LibreOffice, filled labels)
      const partedBefore = (r: Row, at: number) => {
        const p = pieces(r, SEAM).find((q) => q.x0 < at && q.x1 > at);
        return !p || partedOnBorders(r, { x0: p.x0, x1: at }, xs.filter((o) => o !== x && o < at - OVERRUN), allRows);
      };
      // (nor where the line runs on through two other borders unparted, and no line of the row leaves
      // room at x: a merged cell's line, which a run may part at a border by chance — 伊勢崎's 5年後までの
      // 目標 組織目標を職員|間で共有しながら、… across the year columns, every line parted at 308 pt where
      // 令和4年度's cells start, none at 376.3 or 444.6; Noto Sans CJK 12 pt by LibreOffice, no rules. Not
      // a label run up to its value, the row's last line 姿) leaving room there: 5年後までの目|「緋の郷」…)
      const roomAt = (at: number) => b.rows.some((o) => o.runs.some((v, k) => k > 0 && Math.abs(v.x0 - at) <= 0.3 && v.x0 - o.runs[k - 1]!.x1 > SEAM));
      const mergedAcross = (r: Row, at: number) => {
        const p = sizeParted(r, pieces(r, SEAM), [x]).find((q) => q.x0 < at && q.x1 > at);
        return !!p && !roomAt(at) && xs.filter((o) => o !== x && p.x0 < o - OVERRUN && p.x1 > o + OVERRUN && seamsNear(r, o, OVERRUN).length === 0).length >= 2;
      };
      // (or right under a header row of labels whose cells start where the line's text does and at that seam:
      // a cell filled to its edge, the next set against it — 木更津's 行政手続きのオンライン化|市長公室経営改革課 under 推進項目名称 |
      // 担当課, the title 12 characters in a column 12 wide; Noto Sans CJK 11 pt on A3 by LibreOffice, 2 pt padding, the
      // 227th, without rules and with ruled rows, the header then two lines above. A merged cell's line under the labels it
      // spans meets their border by chance as well, but a table sets the cells of its header's columns under it)
      const headedAt = (r: Row, at: number) => {
        const above = allRows.filter((o) => o.bottom <= r.top + 0.5 && r.top - o.bottom < r.size * 2.5 && o.x0 < r.x1 && r.x0 < o.x1).at(-1);
        if (!above || !headerRow(above)) return false;
        const starts = pieces(above, above.size * MIN_CHANNEL_EM).map((q) => q.x0);
        const p = pieces(r, SEAM).find((q) => q.x0 < at && q.x1 > at);
        return !!p && starts.some((x0) => Math.abs(x0 - at) <= 0.3) && starts.some((x0) => Math.abs(x0 - p.x0) <= 0.3);
      };
      const seamAtStart = (r: Row) =>
        r.runs.some((u, k) => k > 0 && !NO_LINE_START.test(u.text) && opens(r, u) && Math.abs(u.x0 - x) <= r.size && Math.abs(r.runs[k - 1]!.x1 - u.x0) <= SEAM && !bracketed(r, k) && !r.runs.some((v) => v.x0 < u.x0 - 0.3 && v.x1 > u.x0 + 0.3) && partsAt(r, u.x0) && !mergedAcross(r, u.x0) && ((cellStartsAt(u.x0) && (wrapEdge(allRows, u.x0, r) || LEADING_NUMBER.test(u.text.trim()) || ownColumns(r, u.x0) || headedAt(r, u.x0)) && partedBefore(r, u.x0)) || numberAgainst(r, k, allRows) || largerNumber(r, k) || resized(r, k)));
      // (nor a cell's text that runs a little past x, then a gap, then a short cell inside the next
      // column: each department of 部長目標 is a table of its own width in LibreOffice, its columns a
      // little apart from the page's; 健康いきいき部長 over the border 地域福祉部長 showed, 目標 after it)
      const ownCell = (p: { x0: number; x1: number }, next: { x0: number; x1: number } | undefined, size: number) =>
        !!next && p.x1 - x <= size * 1.5 && x - p.x0 > (p.x1 - x) * 2 && next.x0 - p.x1 >= size * MIN_CHANNEL_EM && next.x1 < (xs[j + 1] ?? x1);
      // (nor a line that runs up to where the next column's cells start, no further, nothing after it
      // there: Writer's unpadded cells, a title's line of Latin letters set wider than its others,
      // 刈谷's 促すため、NB O（新生児行動 ending at 303.2 pt where 子育て支援課 starts, the border 1.6 pt
      // before it from the title's other lines; Noto Sans 11.5 pt)
      // (a line of text: it starts two ems or more before the border, not one character set across it:
      // 世田谷's 第 over the 款 column)
      // (and where a cell of this block starts there, or the line passes x by less than half a
      // character: a merged cell's line over columns the block leaves empty runs across them — 伊勢崎's
      // title がん検診受診率 ending at 302.7 pt, 7.6 pt past the border, the year cells' 303.3 pt below,
      // in BIZ UDPGothic 11 pt by LibreOffice in an outer frame: 率 had been parted off. Not the legend
      // ○:ほぼ under 取組達成度, 1 pt past its border, in Noto Serif 12 pt)
      // (set against the text before it or not: Writer's unpadded year cells, 伊勢崎's 取組工程 見直し | 見直し)
      const flushHere = !!flush && b.rows.some((o) => o.runs.some((v) => Math.abs(v.x0 - flush.at) <= 0.3));
      const upToFlush = (p: { x0: number; x1: number }, next: { x0: number } | undefined, size: number) =>
        !!flush && (flushHere || p.x1 - x < size * 0.5) && flush.at > x && flush.at - x < size && p.x0 < x - size * 2 && p.x1 <= flush.at + SEAM && (next?.x0 ?? Infinity) >= flush.at + size * MIN_CHANNEL_EM;
      // (nor a piece that starts after room a fraction of a point before x: its cell starts at the
      // border, Writer's unpadded cells set against the column before — 刈谷's 公園整備課 from 284.3 pt
      // where the 取組内容 lines end, the border at 284.65; IPAex Gothic 13 pt by LibreOffice, no rules)
      // (words, two ems or more: not one character set across it, 世田谷's 第 over the 款 column; after
      // a space's room at least: Chromium's runs of one character each part a word by less; and the text
      // before the room in the column before: a merged cell's line of prose parts at a border by chance,
      // 木更津's …予定となっています。 | 今後も引き続き… 0.03 pt before 402.88, Chromium in an outer frame)
      const startsAt = (p: { x0: number; x1: number; size: number }, i: number, all: { x0: number; x1: number }[]) =>
        i > 0 && p.x0 >= x - OVERRUN && p.x1 - p.x0 >= p.size * 2 && p.x0 - all[i - 1]!.x1 >= p.size * SPACE_EM && all[i - 1]!.x0 >= (xs[j - 1] ?? -Infinity) - OVERRUN;
      // (a piece that starts within a seam before x, after room, the text before the room in the column
      // before, starts at it: 刈谷's ③ at 179.8 pt, the border 179.805 between its column's lines, ending
      // 179.81, and the items; BIZ UDPMincho 11 pt by LibreOffice. Not a merged cell's line that leaves
      // room there by chance: 木更津's …今後も引 | き続き… 402.85 pt on, over a sub-table's columns, Chromium)
      // (words or an item's number: not one character set across it, 世田谷's 第 over the 款 column)
      // (or right on x after a hole wider than a seam, where another line of the row starts there after room:
      // Writer's unpadded cells, 刈谷's …民間再開 ending 0.2 pt before 市街地整備課, 都市交通課 under it 2.5 pt after
      // its line's 市街; BIZ UDPMincho 10.5 pt on A4 by LibreOffice without rules, under the header repeated mid-page)
      const onIt = (p: { x0: number }, i: number, all: { x0: number; x1: number }[]) => i > 0 && Math.abs(p.x0 - x) <= 0.01 && p.x0 - all[i - 1]!.x1 > SEAM && roomAt(x);
      // (or a grade alone: 伊勢崎's 取組達成 ○ | ○ | ○, each ○ from exactly where its year's cells start, 0.05 pt
      // before the border the heads' gaps gave; Noto Serif 15 pt on A4 by LibreOffice with horizontal rules —
      // the label and the first grade, and two grades, had each been one cell)
      const atBorder = (r: Row, p: { x0: number; x1: number; size: number }, i: number, all: { x0: number; x1: number }[]) =>
        p.x0 >= x - SEAM && (p.x1 - p.x0 >= p.size * 2 || r.runs.some((u) => Math.abs(u.x0 - p.x0) <= 0.01 && (ITEM_START.test(u.text) || GRADE_ONLY.test(u.text.trim())))) && (i === 0 || (p.x0 - all[i - 1]!.x1 >= p.size * SPACE_EM && all[i - 1]!.x0 >= (xs[j - 1] ?? -Infinity) - OVERRUN) || onIt(p, i, all));
      // (a line set against the cells of a flush column is one of that column's neighbour only where the
      // text before it parts at the borders it crosses: a merged cell's line runs on over them —
      // 伊勢崎's title 審議会等における女性登用の|促進 over the year columns, 促 at 358.4 pt where 令和5年度's
      // cells start, 議会等における one run across 令和3年度's border; Noto Serif CJK 12.5 pt by LibreOffice)
      // (a piece that starts at x, to a float's noise, starts the next column: 伊勢崎's — of 令和5年度 at
      // 433.4 pt, the border found 433.40000000000003 from the header's text, Writer's unpadded year
      // cells; Noto Serif CJK 12.5 pt, 14 mm, without rules — the border had been shut down the rows)
      // (nor where the text against the flush column closes a bracket the text before it opened: 木更津's
      // (各年度末|時点) over 目標値 | 結果, one line run on past its cell, R5 under its start as under a wrap; Noto Serif
      // CJK 13 pt on B5 by Chromium in an outer frame, the 174th — 時点) had been a cell of 結果, each indicator named (各年度末)
      // (nor a closing mark hung past x, the text before it short of x: see hungFrom)
      const hangs = (r: Row, p: { x1: number }) => {
        const last = r.runs.find((u) => Math.abs(u.x1 - p.x1) <= 0.01);
        return !!last && r.runs.at(-1) === last && hungFrom(last) <= x + 0.3 && hungFrom(last) < last.x1;
      };
      // (nor a piece that ends within a hair past x where the next, drawn as another cell, starts: Writer's unpadded
      // cells set against each other, 伊勢崎's ・伊勢崎市 ending 0.1 pt past the border where ・伊勢崎市情報セキュリティ
      // starts; IPAex Gothic 16 pt on B5 by LibreOffice in an outer frame — the two years had been one cell)
      const againstNext = (p: { x1: number }, next: SpacedPiece | undefined) => p.x1 <= x + OVERRUN && !!next?.drawnApart && next.x0 >= x - OVERRUN;
      // (nor a bullet hung less than an em before x, the words after it from x on, after room from the column
      // before's text: a hanging indent's mark — 伊勢崎's 取組成果 | ●令和2年度事後評, the ● 2.9 pt before the border
      // where the column's lines start 7 pt after it; Noto Sans CJK at 1.9 line spacing by LibreOffice with
      // horizontal rules, the 149th typography — the label and the first year's outcome had been one cell)
      const hungBullet = (r: Row, p: { x0: number; size: number }, i: number, all: { x0: number; x1: number }[]) => {
        const k = r.runs.findIndex((u) => Math.abs(u.x0 - p.x0) <= 0.01);
        const mark = r.runs[k];
        return !!mark && BULLET.test(mark.text) && [...mark.text.trim()].length === 1 && x - p.x0 < p.size && (r.runs[k + 1]?.x0 ?? -Infinity) >= x && (i === 0 || (p.x0 - all[i - 1]!.x1 >= p.size && all[i - 1]!.x0 >= (xs[j - 1] ?? -Infinity) - OVERRUN));
      };
      const crosses = (r: Row) => !touches(r) && spacedPieces(r, allRows, glyphs).some((p, i, all) => p.x0 < x - 1e-6 && !atBorder(r, p, i, all) && !hungBullet(r, p, i, all) && p.x1 > x && !hangs(r, p) && !startsAt(p, i, all) && !againstNext(p, all[i + 1]) && !(p.x1 <= x + OVERRUN && p.x0 < x - SEAM && (all[i + 1]?.x0 ?? Infinity) - p.x1 >= r.size * MIN_CHANNEL_EM) && !ownCell(p, all[i + 1], r.size) && !upToFlush(p, all[i + 1], r.size)) && !(flush && flushAgainst(allRows, r, flush) && partedBefore(r, flush.at) && !bracketed(r, r.runs.findIndex((u) => Math.abs(u.x0 - flush.at) <= 0.2)));
      const crossing = b.rows.filter(crosses);
      if (crossing.length === 0) out.rules.push({ x0: x, x1: x, y0: edges[i]!, y1: edges[i + 1]! });
      else {
        // (a row set in widths of its own: the border stands, for it, in the hole its line leaves a little past x)
        // (or a little before it, where the piece across it starts a cell the drawing parts from the text before it, less
        // than an em and a half before x: 伊勢崎's 取組達成度 | △ | ○ …, the first grade drawn 15 pt from a fallback face at
        // 150.8 pt, the border the year header gave at 160, the label's lines ending by 146.2; Noto Sans CJK 15 pt on letter
        // portrait by LibreOffice with horizontal rules, the 181st — read with the label, the first year had no grade)
        const drawnBefore = (r: Row) => {
          const ps = spacedPieces(r, allRows, glyphs);
          const k = ps.findIndex((p) => p.x0 < x && p.x1 > x);
          const p = ps[k];
          const prev = ps[k - 1];
          if (!p?.drawnApart || !prev || x - p.x0 >= p.size * 1.5 || p.x0 - prev.x1 <= SEAM || prev.x1 >= x) return null;
          // (in the room the block's other lines leave there too: the legend's ○:ほぼ計画 ends at 146.2)
          const lo = Math.max(prev.x1, ...b.rows.flatMap((o) => o.runs.filter((u) => u.x1 <= p.x0 + 0.01 && u.x1 > prev.x1).map((u) => u.x1)));
          return p.x0 - lo > SEAM ? (lo + p.x0) / 2 : null;
        };
        // (or at the seam a little past x where words of one size meet words of another: LibreOffice's unpadded label
        // against the name beside it, in a department's table set to widths of its own — 部長目標's 子ども未来部 in 10.1 pt
        // ending 0.1 pt before 子ども未来部長 in 8, 8 pt past the border the department above gave; Noto Serif CJK 8 pt on
        // A4 in an outer frame, the 183rd: the label had been read into the name, five goals under 子ども未来部子ども未来部)
        const resizedPast = (r: Row) => {
          const k = r.runs.findIndex((u, k) => k > 0 && u.x0 > x && u.x0 - x <= r.size && resized(r, k));
          return k > 0 && r.runs.slice(0, k).every((u) => u.x1 <= r.runs[k]!.x0 + 0.01) ? (r.runs[k - 1]!.x1 + r.runs[k]!.x0) / 2 : null;
        };
        const at = crossing.map((r) => holePast(r, x, xs[j + 1] ?? x1) ?? drawnBefore(r) ?? resizedPast(r));
        const m = at[0];
        if (m != null && at.every((h) => h !== null && Math.abs(h - m) <= 1) && !runAcross(b.rows, m, 0.5)) out.rules.push({ x0: m, x1: m, y0: edges[i]!, y1: edges[i + 1]! });
      }
    });
  });
  // On a row that opens with the label of an item's number, a label the vocabulary knows, room either
  // side of it, is a cell of its own where no line of the row runs across that room (a sheet's head row
  // set in widths of its own over the sheet's grid): 伊勢崎's No. | ⑤ | 取組項目 | マイナンバーカード…, 取組項目
  // 1.7 em after ⑤ and 0.36 em before the title, and No. | ① | 取組項目 | ICTの利 / 活用推 / 進 over the year
  // columns (the same print: ⑤取組項目マイナンバー… had been one cell, and the sheet lost).
  // (not a label and its note in brackets: 5年後までの目標 (目指すべき姿))
  blocks.forEach((b, i) => {
    if (grids.has(i) || b.across) return;
    const done: number[] = [];
    for (const { from, to, x } of ownHoles(b)) {
      const standing = out.rules.some((o) => o.x0 === o.x1 && o.x0 > from - 1 && o.x0 < to + 1 && o.y0 < edges[i + 1]! - 0.5 && o.y1 > edges[i]! + 0.5);
      if (done.some((d) => Math.abs(d - x) < 0.5) || standing) continue;
      done.push(x);
      out.rules.push({ x0: x, x1: x, y0: edges[i]!, y1: edges[i + 1]! });
    }
  });
  return kept;
}

/**
 * The edges of a shaded label column (Word's and Excel's shaded cells, no rule drawn) where the text shows no
 * border within four ems: a border, where the rows beside the shading have text on both sides of it and none across it —
 * 部長目標's 部 | 志村明子 at a page's head, the rest of 子ども未来 / 部 and the name beside it 66 pt apart, the goals
 * 82 pt on: the rows under them, 基本方針 set at the name's start, showed only the goals' border (Noto Serif CJK
 * 14 pt on B5 by LibreOffice with shaded labels, the 156th: read as one cell, 部 志村明子 had become a goal).
 * Returns `xs` with the edges added.
 */
function shadedEdges(shades: readonly Shade[], xs: readonly number[], rows: readonly Row[]): number[] {
  if (shades.length === 0 || rows.length === 0) return [...xs];
  const out = [...xs];
  const left = Math.min(...rows.map((r) => r.x0));
  const right = Math.max(...rows.map((r) => r.x1));
  for (const s of shades) {
    const size = rows[0]!.size;
    if (s.x < left + size * 2 || s.x > right - size * 2 || out.some((x) => Math.abs(x - s.x) <= size * 4)) continue;
    // (a column's shading down three lines or more, not one cell's: 伊勢崎's shaded No. beside the sheet's ① | 取組項目,
    // a border the rows under it do not have)
    const beside = rows.filter((r) => r.top >= s.top - 1 && r.bottom <= s.bottom + 1);
    if (beside.length < 3 || beside.some((r) => r.runs.some((u) => u.x0 < s.x - 0.5 && u.x1 > s.x + 0.5))) continue;
    // (a cell's text starting right past the shading, within an em: the value beside the label)
    if (beside.some((r) => r.runs.some((u) => u.x1 <= s.x + 0.5)) && beside.some((r) => r.runs.some((u) => u.x0 >= s.x - 0.5 && u.x0 <= s.x + size))) out.push(s.x);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Where rules between rows stop short of the table's sides and no border stands: a cell's edge the text
 * shows no room at, its cells set edge to edge — where no line beside those rules runs across it, and a
 * line of the table is set up to it and goes on in the next cell right after it (木更津's 指標① |
 * し尿受入施設設置ま | 名称 | 年度, the name's cell up against 名称's, 2 pt apart, the rules under 名称's rows
 * starting at 287.3 pt; LibreOffice with horizontal rules), or a line beside them starts at it. Not where a
 * border the text gave stands in the same room of a line beside them: it stands for that edge (木更津's R5 |
 * 0.28% under 目標値, the rules from 27 pt right of it; BIZ UDPMincho by LibreOffice — both, they had made a
 * sliver column and moved the target into it. Moving that border instead lost rows in Chromium's prints).
 * Returns `xs` with the edges added.
 */
function cellEdges(ends: readonly { x: number; top: number; bottom: number }[], xs: readonly number[], rows: readonly Row[], x0: number): number[] {
  const out = [...xs];
  for (const e of ends) {
    const beside = rows.filter((r) => r.bottom > e.top - r.size * 2 && r.top < e.bottom + r.size * 2);
    if (beside.length === 0 || out.some((x) => Math.abs(x - e.x) <= beside[0]!.size)) continue;
    if (beside.some((r) => r.runs.some((u) => u.x0 < e.x - 0.5 && u.x1 > e.x + 0.5))) continue;
    const sameHole = (r: Row, x: number) => r.runs.some((u) => u.x1 <= Math.min(x, e.x) + 0.5) && r.runs.some((u) => u.x0 >= Math.max(x, e.x) - 0.5) && !r.runs.some((u) => u.x1 > Math.min(x, e.x) + 0.5 && u.x0 < Math.max(x, e.x) - 0.5);
    if (out.some((x) => beside.some((r) => sameHole(r, x)))) continue;
    // (on any line of the table, a hole between them: the header 指標① | し尿受入施設設置ま | 名称 over those rules)
    const setAgainst = rows.some((r) => r.runs.some((u, k) => k > 0 && u.x0 >= e.x - 0.5 && u.x0 <= e.x + r.size * 0.5 && r.runs[k - 1]!.x1 <= e.x + 0.5 && r.runs[k - 1]!.x1 >= e.x - r.size * 0.5 && u.x0 - r.runs[k - 1]!.x1 > SEAM));
    // (or a line beside those rules starting right at it, a line beside them standing left of it: 木更津's R5 / R6 / R7
    // under that header on the next page, R8 | 30% under them. Not a cell merged down the rows' left, nothing left
    // of its edge on these lines: 伊勢崎's 取組工程 beside its items, Chromium with horizontal rules)
    const startsAt = beside.some((r) => r.runs.some((u) => u.x0 >= e.x - 0.5 && u.x0 <= e.x + r.size * 0.5)) && beside.some((r) => r.runs.some((u) => u.x1 <= e.x - 0.5));
    // (or where no line of the table stands left of it, rules from it right, two or more, over rows each opening a cell
    // at it: a label cell merged down from the part above, empty here — 刈谷's ② / ③ under rules from 181.6 pt, 組織目標's
    // text ended over the first rule; Noto Sans CJK 15 pt on letter paper by LibreOffice with horizontal rules, the
    // 181st: read as the first column, each 取組内容 had been an 組織目標 and its 課 the title. Not under one rule alone:
    // 伊勢崎's (歳入増加 / 目標額) | 15,000千円 … between the rule from 146.6 pt and the page's, the 175th — no table then)
    const emptyLeft = e.bottom - e.top >= rows[0]!.size && !rows.some((r) => r.runs.some((u) => u.x0 < e.x - 0.5)) && beside.filter((r) => Math.abs(r.x0 - e.x) <= r.size * 0.5).length >= 2 && e.x - x0 >= rows[0]!.size * 2;
    if (setAgainst || startsAt || emptyLeft) out.push(e.x);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The holes of a block's first line where a row of its own widths has borders (see emit): either
 * side of a label the vocabulary knows, on a row that opens with the label of an item's number. Each
 * with the border's x, where no line of the block runs across it.
 */
function ownHoles(b: Block): { from: number; to: number; x: number }[] {
  const r = b.rows[0]!;
  const holes: { from: number; to: number; tight: boolean }[] = [];
  const ps = pieces(r, r.size * SPACE_EM);
  const text = (p: { x0: number; x1: number }) => r.runs.filter((u) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01).map((u) => u.text).join('').replace(/\s/gu, '');
  // (on a row that opens with the label of an item's number and the number, No. | ①: a sheet's head row,
  // set in widths of its own over the sheet's grid. Elsewhere a label cell holds more than its label: 取組達成度
  // ◎:計画以上 …, its legend a space after it; and a header row of labels, 木更津's 事業No. | 推進項目名称 | 担当課,
  // is read in the table's columns — parted at its own, BIZ UDPGothic 14 pt on B5 by LibreOffice, the 162nd, lost a sheet)
  const numbered = (p: { x0: number; x1: number } | undefined) => !!p && ITEM_NUMBER_CELL.test(text(p));
  if (!ps[0] || labelRole(text(ps[0])) !== 'number' || !numbered(ps[1])) return [];
  // (or its piece's first runs, set closer to the text after them than a space but apart: Writer's
  // unpadded cells, 取組項目 2.3 pt before ICTの利 in 12.9 pt)
  ps.forEach((p, k) => {
    const inPiece = r.runs.filter((u) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01);
    const head = inPiece.findIndex((u, j) => j + 1 < inPiece.length && inPiece[j + 1]!.x0 - u.x1 >= Math.min(u.size, inPiece[j + 1]!.size) * TIGHT_EM && labelRole(inPiece.slice(0, j + 1).map((v) => v.text).join('').replace(/\s/gu, '')) !== null);
    const t = text(p);
    const label = [...t].length <= LABEL_CHARS && labelRole(t) !== null;
    if (!label && head < 0) return;
    if (k > 0) holes.push({ from: ps[k - 1]!.x1, to: p.x0, tight: false });
    if (!label) holes.push({ from: inPiece[head]!.x1, to: inPiece[head + 1]!.x0, tight: true });
    else if (k + 1 < ps.length && !/^[（(]/u.test(text(ps[k + 1]!))) holes.push({ from: p.x1, to: ps[k + 1]!.x0, tight: false });
  });
  return holes
    .filter((h) => h.tight || h.to - h.from > r.size * SPACE_EM)
    .map((h) => ({ from: h.from, to: h.to, x: (h.from + h.to) / 2 }))
    .filter((h) => !runAcross(b.rows, h.x, 0.5));
}

/** The least room (em) after a known label's last run that parts it from the text set against it. */
const TIGHT_EM = 0.15;

/**
 * The page before's borders, each moved into this page's gap where lines here run past it by less
 * than half an em and a gap opens right after them: a border read from the text stands where that
 * page's lines left room, which its widest cell decided (刈谷's 課等, 484.6 pt on page 21 beside
 * 環境推進課; page 22's ごみ減量推進課 ends at 486.1, 目標達成基準's text starts at 492.9 — IPAex Gothic 12 pt
 * on B5 landscape by Chromium without rules, the 119th typography: the part had been read in its own
 * grid, 3Rを推進します。 and ①… one cell, the row's two records lost). Asked of a part under the header
 * the page repeated only: elsewhere a part that goes on keeps them as they were (伊勢崎's year columns,
 * Chromium in IPAex Gothic 12.5 pt on letter landscape, had read a plan into 取組内容).
 */
function settledBorders(xs: number[], rows: Row[]): number[] {
  const parts = rows.map((r) => ({ r, ps: pieces(r, r.size * MIN_CHANNEL_EM) }));
  return xs.map((x, k) => {
    const crossing = parts.flatMap(({ r, ps }) => ps.filter((p) => p.x0 < x - 0.5 && p.x1 > x + 0.5).map((p) => ({ p, r })));
    if (crossing.length === 0 || crossing.some(({ p, r }) => p.x1 - x > r.size * OVERRUN)) return x;
    const end = Math.max(...crossing.map(({ p }) => p.x1));
    const next = xs[k + 1] ?? Infinity;
    const start = Math.min(...parts.flatMap(({ ps }) => ps.filter((p) => p.x0 > x + 0.5 && p.x0 < next).map((p) => p.x0)));
    const size = Math.max(...crossing.map(({ r }) => r.size));
    const moved = (end + start) / 2;
    return start - end >= size * MIN_CHANNEL_EM && moved > x + 0.5 ? moved : x;
  });
}

