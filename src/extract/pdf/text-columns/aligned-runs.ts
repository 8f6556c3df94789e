/**
 * Blocks into tables (alignedRuns): runs of consecutive blocks whose gaps line up as one table's
 * columns (Column, addGaps, inColumns), a block with no gap going on the cell above it (columnOf,
 * goesOnInCell). Each table found (Found) is then given its borders by emit.
 */
import type { TextRun } from '../page-content.js';
import { ENDS_SENTENCE } from '../text-lines.js';
import { labelRole } from '../../../vocabulary/index.js';
import type { Block, Gap, Row } from './types.js';
import { MIN_CHANNEL_EM, NOTE_MARK, SECTION_NUMBER } from './measures.js';
import { bodySize, isFolio, itemNumber, piece, pieces, runAcross } from './lines.js';
import { headerRow, toBlock } from './blocks.js';

export const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;
const shared = (a: { from: number; to: number }, b: { from: number; to: number }) => Math.min(a.to, b.to) - Math.max(a.from, b.from);

/** A table's column: the x-interval every block that shows it leaves open, and what shows it. */
export interface Column extends Gap {
  blocks: number;
  /** The holes, with no space drawn in them, that made or met the column (`typed`: some hole with one). */
  confirms: { from: number; to: number }[];
}

/** Narrow the table's columns by a block's gaps; a gap that meets no column opens one. */
function addGaps(columns: Column[], gaps: Gap[], seams: Column[] = []): void {
  // A gap belongs to the column it shares the most with: a body gap may touch the gap of a
  // centred header before the one it stands under, and would narrow it to nothing (刈谷's 公園緑地課
  // | ・実施地区数 gap, 352–413 pt, against 取組内容 | 課等's 252–352.6 over 課等 | 目標達成基準's
  // 370–450: LibreOffice, BIZ UDPGothic), leaving the 課 names' own gap no column to join.
  const best = (g: Gap) => columns.filter((k) => overlaps(k, g)).sort((a, b) => shared(b, g) - shared(a, g))[0];
  for (const g of gaps) {
    const c = best(g);
    // weak evidence counts where the column's next text starts where the strong evidence's does
    if (c && (g.weak || c.weak) && !(g.weak && c.weak) && Math.abs(c.to - g.to) > 0.5) {
      if (c.weak) Object.assign(c, { ...g, blocks: 1, weak: false, confirms: g.typed ? [] : [{ from: g.from, to: g.to }] });
      else {
        // (kept aside: the same seam in block after block is a border of its own, 刈谷's ②生活困窮者
        // の自立支援を行い | 生活福祉課 3.5 pt apart in three rows under a header centred across them,
        // whose wide gap 取組内容 | 課等 took the column; gothic 14 pt landscape, horizontal rules)
        const same = seams.find((k) => Math.abs(k.from - g.from) <= 0.3 && Math.abs(k.to - g.to) <= 0.3);
        if (same) Object.assign(same, { blocks: same.blocks + 1, typed: same.typed && g.typed });
        else seams.push({ ...g, blocks: 1, confirms: [] });
      }
      continue;
    }
    if (c) {
      c.weak = c.weak && g.weak;
      if (g.typed) c.typed = true;
      else c.confirms.push({ from: g.from, to: g.to });
      c.from = Math.max(c.from, g.from);
      c.to = Math.min(c.to, g.to);
      c.blocks++;
      c.straddle = Math.max(c.straddle, g.straddle);
    } else columns.push({ ...g, blocks: 1, confirms: g.typed ? [] : [{ from: g.from, to: g.to }] });
  }
  columns.sort((a, b) => a.from - b.from);
}

/** The column of the table a block without gaps stands inside (its x-interval and index), or null. */
function columnOf(b: Block, columns: Column[], x0: number, x1: number): { k: number; from: number; to: number } | null {
  const edges = [x0, ...columns.map((c) => (c.from + c.to) / 2), x1];
  // (the last column's right side is where the text read so far ends, no border: a cell's next line
  // may run an em further — 伊勢崎's 取組内容, its first line ending at 1104.2 pt, the lines under it at
  // 1110.4; Noto Sans CJK 11 pt on A3 landscape by LibreOffice with filled labels)
  // (from half an em before the gap's end: the text may start a little left of where the gap showed it — 伊勢崎's 取組項目's
  // title at 284.3 pt, the goal's lines at 281.9 under it, 【成果指標目標値（令和 6 年度）】 run 1.7 pt past the lines above;
  // Noto Sans CJK 12 pt on B5 landscape by LibreOffice in an outer frame, the 243rd: the table had ended there)
  const past = (i: number) => (i + 2 === edges.length && columns.length > 0 && b.x0 >= columns.at(-1)!.to - b.rows[0]!.size * 0.5 ? b.rows[0]!.size : 1);
  for (let i = 0; i + 1 < edges.length; i++) if (b.x0 >= edges[i]! - 1 && b.x1 <= edges[i + 1]! + past(i)) return { k: i, from: edges[i]!, to: edges[i + 1]! };
  return null;
}

/** Whether each line of a block parts (a word gap or more) only in the columns' gaps, at least once, no piece across a gap's middle. */
function inColumns(b: Block, columns: Column[], x1?: number, x0?: number): boolean {
  return b.rows.every((r) => {
    // (or a narrower hole where the text after it starts right at a column's start: a closing bracket
    // Writer let run past a label column's edge, no room before the next cell's text — 伊勢崎's
    // `指すべき姿)` 2.5 pt from `行政課題等への…`, IPAex Gothic 12 pt, 30 mm, unpadded cells without rules)
    const parts: { x0: number; x1: number; into?: Column }[] = [];
    for (const p of pieces(r, r.size * 0.15)) {
      const last = parts.at(-1);
      const hole = last && { from: last.x1, to: p.x0 };
      const wide = !!hole && hole.to - hole.from > r.size * MIN_CHANNEL_EM - 0.01;
      const into = hole && !wide ? columns.find((c) => overlaps(c, hole) && Math.abs(p.x0 - c.to) <= 1) : undefined;
      if (last && !wide && !into) last.x1 = Math.max(last.x1, p.x1);
      else {
        if (last && into) last.into = into;
        parts.push({ ...p });
      }
    }
    const holes = parts.slice(1).map((p, i) => ({ from: parts[i]!.x1, to: p.x0 }));
    // (a part may cross the middle of the column it ran into, not the column)
    const crosses = (p: (typeof parts)[number], c: Column) => p.x0 < (c.from + c.to) / 2 && p.x1 > (c === p.into ? c.to : (c.from + c.to) / 2);
    // (with `x1`, the last part may be a cell merged across the columns after it, from a column's start
    // to the table's edge, the parts before it in their columns: 木更津's 課題解決に向けた方 | 令和4年度
    // には… over the 指標 sub-table's columns, the label 2.3 pt short of the value it runs up to; Noto
    // Serif CJK 12.5 pt, 14 mm, by LibreOffice in an outer frame)
    const merged = (p: (typeof parts)[number], i: number) => x1 !== undefined && i === parts.length - 1 && i > 0 && p.x1 <= x1 + 1 && columns.some((c) => Math.abs(p.x0 - c.to) <= 1);
    // (with `x0`, the first part may be a label merged across the first columns, from the table's
    // left edge to the start of the cell after it, a padding's width short of that cell's text and no
    // column crossed past it: 伊勢崎's 5年後までの目標 (目指すべき姿) 4.4 pt from 行政評価により…,
    // one line across the columns of No. | ① | 取組項目 above and below; BIZ UDPGothic 14 pt on B5 by
    // LibreOffice without rules — left a line of text, every sheet's goal was lost)
    const leading = (p: (typeof parts)[number], i: number) => x0 !== undefined && i === 0 && parts.length > 1 && !!p.into && p.x0 <= x0 + r.size && !columns.some((c) => c.from > p.into!.to - 0.5 && crosses(p, c));
    return holes.length > 0 && holes.every((h) => columns.some((c) => overlaps(c, h))) && parts.every((p, i) => merged(p, i) || leading(p, i) || !columns.some((c) => crosses(p, c)));
  });
}

/** Whether a block without gaps starts where an inner column starts and stays inside the table's right edge. */
function spansToEdge(b: Block, columns: Column[], x1: number): boolean {
  const size = b.rows[0]!.size;
  return b.x1 <= x1 + 1 && columns.some((c) => Math.abs(b.x0 - c.to) < size * 0.5);
}


/**
 * Whether a block without gaps is the cell above going on after a paragraph break: not in the
 * label column (a label starts a row), and after a paragraph that ended, or as the next item of
 * the cell's list (桑名's ③ after ②), or wrapped from a line that ran to the column's edge. A short line under a cell that stopped mid-phrase is a row
 * of its own (木更津's (各年度末時点), R5, R6 under 年度 | 目標値; 伊勢崎's ・建設工事 under
 * ・基本設計・実施設計, each a row of its 工程 table).
 */
function goesOnInCell(prev: Block, b: Block, col: { k: number; from: number; to: number }): boolean {
  if (col.k === 0) return false;
  const mid = (u: TextRun) => (u.x0 + u.x1) / 2;
  const above = prev.rows.filter((r) => r.runs.some((u) => mid(u) >= col.from && mid(u) <= col.to)).at(-1);
  if (!above) return false;
  const inCol = above.runs.filter((u) => mid(u) >= col.from && mid(u) <= col.to);
  const before = inCol.map((u) => u.text).join('').trim();
  const first = b.rows[0]!.runs.map((u) => u.text).join('');
  // (a header row of known labels goes on into no line under it, unless the two make one label: the
  // end of a row the page broke under the header it repeats, 刈谷's 度利用者数 15人 under 目標達成基準,
  // set as wide as its column; BIZ UDPMincho 10 pt, 25 mm, by LibreOffice without rules)
  if (prev.rows.length === 1 && headerRow(above) && labelRole(before + first.trim()) === null) return false;
  // the line above ran to the column's edge: a wrap the block gap happened to part
  if (Math.max(...inCol.map((u) => u.x1)) >= col.to - above.size * 1.5) return true;
  const n = itemNumber(first);
  if (n !== null && n > 1) {
    const items = prev.rows.flatMap((r) => r.runs.filter((u) => mid(u) >= col.from && mid(u) <= col.to && piece(r, u.x0, -1) === 0).map((u) => itemNumber(u.text)));
    return items.includes(n - 1);
  }
  return ENDS_SENTENCE.test(before);
}

export interface Found {
  blocks: Block[];
  columns: Column[];
  /** Seams a space wide that no column took, by where they stand: a border where three blocks or more show one. */
  seams: Column[];
  /** Lines at the page's head, over its first rules, that stand in the grid of the table the page before broke: they go on in it (see inferBorders). */
  goesOn?: boolean;
}

/**
 * Blocks that make a table without rules: consecutive ones whose gaps line up with the table's
 * columns so far (a centred header leaves a wider gap than the rows under it: the gaps overlap).
 * A block with no gap that stands inside one column is that cell going on after a paragraph
 * break: it joins the row above. Two rows at least.
 */
export function alignedRuns(blocks: Block[], ruledRows: boolean, shownHeader: (r: Row) => boolean = () => false, shutAt: readonly number[] = []): Found[] {
  const out: Found[] = [];
  let cur: Block[] = [];
  let columns: Column[] = [];
  let seams: Column[] = [];
  const flush = () => {
    // (a section's numbered heading, one line set larger than the rows above it, is the next table's
    // heading, not this one's last row — 刈谷's (3)市民から期待される先進的な市役所づくり in 11 pt under
    // rows in 9, over the next shaded 組織目標 | 取組内容 … bar or at the page's foot, Noto Sans CJK on A3
    // landscape by Chromium: three departments' goals had lost their section)
    const last = cur.at(-1);
    const rows = cur.slice(0, -1).flatMap((k) => (k.drawn ? [] : k.rows));
    if (last && !last.drawn && rows.length > 0 && last.rows.length === 1 && last.gaps.length === 0 && SECTION_NUMBER.test(blockText(last).trim()) && bodySize(last.rows[0]!) >= Math.max(...rows.map(bodySize)) * 1.15) cur.pop();
    // one block may still hold several rows (rowsByLabel)
    if (cur.length >= 2 || (cur.length === 1 && !cur[0]!.drawn)) out.push({ blocks: cur, columns, seams });
    cur = [];
    columns = [];
    seams = [];
  };
  const queue = [...blocks];
  for (let q = 0; q < queue.length; q++) {
    const b = queue[q]!;
    // the table's header row again: a new table starts, and a line across the columns right above
    // it is its heading, neither table's (刈谷 printed with horizontal rules only: (2)次代を支える
    // 健全財政を維持した市役所づくり between two 組織目標 | 取組内容 | 課等 | 目標達成基準 tables)
    // (or a header row the page, or the table the page before broke, showed above: the next table's,
    // where this one's own header stands in another region — 刈谷's (2)次代を… and its header under
    // the first table's last row, a stack of rules of its own; IPAex Gothic 9 pt by LibreOffice with
    // horizontal rules, the two tables' borders read as one grid of seven columns)
    const headed = !!cur[0] && !cur[0].drawn && !b.drawn && (blockText(b) === blockText(cur[0]) ? cur.length > 1 : cur.length >= 1 && b.rows.length === 1 && shownHeader(b.rows[0]!));
    if (headed) {
      if (cur.length > (blockText(b) === blockText(cur[0]!) ? 2 : 1) && cur.at(-1)!.gaps.length === 0) cur.pop();
      flush();
    }
    const prev = cur.at(-1);
    if (b.drawn || prev?.drawn) {
      // rows right under a drawn header, in its columns, are its body
      // (or at the header's left edge: a label column the header leaves unshaded, 伊勢崎's
      // 取組課題と… under the repeated 令和2年度 … 令和6年度 of a sheet's second page, filled)
      const folio = b.rows.every(isFolio);
      // (a hole narrower than a word gap under none of the header's borders is inside a cell's text:
      // Writer's room around digits, 第2次健康日本 | 21 | かりや計画, that the cell's short second line
      // leaves open down the block; 刈谷 filled, BIZ UDPMincho 9.5 pt by LibreOffice)
      const inText = (g: Gap) => g.to - g.from < b.rows[0]!.size * MIN_CHANNEL_EM;
      const under = (g: Gap) => !!prev?.gaps.some((c) => overlaps(c, g));
      // (nor a hole a typed space leaves, however wide: `① I C Tの…` spaced on a face's half em, 刈谷 under its shaded
      // header, BIZ UDGothic 12 pt from a Writer document by LibreOffice, the 273rd — the rows had been left as lines)
      const body = prev?.drawn && !b.drawn && !folio && b.gaps.some(under) && b.top - prev.bottom < b.rows[0]!.size * 2.5 && b.gaps.every((g) => under(g) || inText(g) || g.typed || (g.from <= prev.x0 + 1 && g.to >= prev.x0 - 1));
      // a label's lines that run on under a drawn table, in its first column, do not end it (伊勢崎's
      // 取組達成度 ◎:計画以上 / ○:ほぼ計画通り … under the shaded label and header, filled)
      // (or, under a header bar, in another of its columns: the end of a row the page broke, under
      // the header the next page repeats, 刈谷's スト削減や費用の平準化を図ります。 under its shaded
      // header, filled, 12 pt; under a ruled table of rows, a line in one column is no row of it)
      // (not under a table drawn whole, every row's text inside it: a heading under it — 伊勢崎's
      // (2) 民間活力の活用 close under the contents' ruled table, in its wide No. column, by LibreOffice,
      // which sets no room under a table; read as a row of it, the section's sheets lost their category)
      const inColumn = (d: Block) => {
        const cols = d.bar ? [d.x0, ...d.borders, d.x1] : [d.x0, d.borders[0] ?? d.x1];
        return cols.some((x, k) => k + 1 < cols.length && b.x0 >= x - 2 && b.x1 <= cols[k + 1]! + 1);
      };
      const label = prev?.drawn && (prev.shades || prev.bar) && !b.drawn && !folio && b.gaps.length === 0 && b.top - prev.bottom < b.rows[0]!.size * 2.5 && inColumn(prev);
      if (label) {
        cur.push(b);
        continue;
      }
      if (!body) {
        flush();
        if (b.drawn) {
          cur.push(b);
          addGaps(columns, b.gaps);
        }
        continue;
      }
    }
    if (b.gaps.length === 0) {
      // not a page number or a note far under the table
      // (nor the page's last line when it is a page number, however close: 刈谷's `- 11 -` 2.3 em under
      // a row's 成を推進します。 in BIZ UDPGothic 11 pt with 15 mm margins, Chromium)
      const close = prev && b.top - prev.bottom < b.rows[0]!.size * 2.5 && !(b === blocks.at(-1) && b.rows.every(isFolio));
      const col = prev && close ? columnOf(b, columns, Math.min(...cur.map((k) => k.x0)), Math.max(...cur.map((k) => k.x1))) : null;
      // a cell merged across the last columns, starting at an inner column's edge (木更津's
      // (各年度末時点) under 目標値 | 結果): a row of its own; a paragraph under the table starts at
      // the table's left edge
      if (prev && close && !col && spansToEdge(b, columns, Math.max(...cur.map((k) => k.x1)))) {
        cur.push(b);
        continue;
      }
      // a note (※…) from the table's left edge, right over a line whose cells stand in two of the
      // table's columns or more: a row merged across the table between two of its sub-tables, not its
      // end (木更津's ※学校給食でご飯が… between 指標①'s R8 | 100% and 指標② | 名称 | 年度 …, the next
      // page going on in their grid; BIZ UDPGothic 11.5 pt on B5 by LibreOffice in an outer frame — the
      // header had been a line of the note's cell)
      const next = queue[q + 1];
      const noteRow = !!prev && close && !ruledRows && b.rows.length === 1 && NOTE_MARK.test(blockText(b).trim()) && Math.abs(b.x0 - Math.min(...cur.map((k) => k.x0))) <= b.rows[0]!.size;
      if (noteRow && next && !next.drawn && next.top - b.bottom < b.rows[0]!.size * 2.5 && next.gaps.filter((g) => columns.some((c) => c.blocks >= 2 && overlaps(c, g))).length >= 2) {
        b.across = true;
        cur.push(b);
        continue;
      }
      // a line whose text parts, a word gap or more, only where the table's columns stand, each piece
      // inside one column: cells of the table, though a piece of one character shows no gap of cells
      // (伊勢崎's 取組 工程 | ・管路台帳シ / ステムの構 | 等 / 築, each line a block of its own in Noto Sans
      // by LibreOffice: ステムの構 and 等 go on from the ・ item and its 令和2年度 cell)
      if (prev && close && !col && (b.rows.length === 1 ? inColumns(b, columns, Math.max(...cur.map((k) => k.x1)), Math.min(...cur.map((k) => k.x0))) : inColumns(b, columns))) {
        cur.push(b);
        continue;
      }
      // (or a line right under a piece of the table's last line, within its ends, the cell going on
      // where the table's columns, read over rows of another grid, put no border: 伊勢崎's ・事業内容や
      // 募集方 / 法等の検討 under 取組工程, its item column inside the gap 担当部課 | 市民部市民活動課 left
      // above; Noto Sans CJK 12 pt by LibreOffice, no rules, each line a block of its own)
      const lastLine = prev?.rows.at(-1);
      if (prev && close && !col && lastLine && b.rows.length === 1 && pieces(lastLine, lastLine.size * MIN_CHANNEL_EM).some((p) => p.x0 <= b.x0 + 0.5 && p.x1 >= b.x1 - 0.5 && p.x0 > Math.min(...cur.map((k) => k.x0)) + lastLine.size)) {
        cur.push(b);
        continue;
      }
      if (prev && col) {
        // between drawn row rules it is a row of its own, its other cells empty; so is a label, and
        // a line that does not go on from the cell above (木更津's R5 / R6 / R7 under 年度)
        if (ruledRows || !goesOnInCell(prev, b, col)) cur.push(b);
        else cur[cur.length - 1] = joinBlocks(prev, b);
        continue;
      }
      // under a header row of labels the vocabulary knows, a line inside the table's width is a row
      // of its own, though it stands in no column the centred labels show: the end of a row the page
      // broke, under the header the page repeats (刈谷's す。 under 組織目標 | 取組内容 | 課等 |
      // 目標達成基準, the rest of ③'s 取組内容; BIZ UDPGothic 12 pt landscape by LibreOffice, no rules)
      // (past the header's last label where that header is the one the page before's table had: the
      // table is as wide as that one — 刈谷's ・自治会長へ向けた先進事例等の研修会の / 実施 2回 under
      // 目標達成基準 centred left of the line's end; BIZ UDPGothic 10 pt on B5 landscape by LibreOffice
      // without rules: left as lines, the criterion was lost)
      // (or, under a sub-table's column headings, from where one of its cells starts, run past its last: a
      // cell merged across the last columns, the labels short of the table's edge — 木更津's (各年度末時点)
      // from 目標値 past 結果, under 指標① | 名称 | 年度 | 目標値 | 結果 at a page's head; IPAex Gothic 16 pt on B5
      // by Chromium in an outer frame, the 161st: left out of every table, the header had been read as one
      // cell and its targets in no 指標)
      const fromCell = columns.some((c) => Math.abs(b.x0 - c.to) < b.rows[0]!.size * 0.5);
      if (prev && close && cur.length === 1 && prev.rows.length === 1 && b.x0 >= prev.x0 - 2 && ((headerRow(prev.rows[0]!) && (b.x1 <= prev.x1 + 2 || shownHeader(prev.rows[0]!))) || (fromCell && headerRow(prev.rows[0]!, true)))) {
        cur.push(b);
        continue;
      }
      // lines a pitch apart that stand each in a column of the table, in different ones, show no gap
      // down the block: rows of the table, read one by one (木更津's label 令和5年度の活 / 動経過・今後 /
      // の予定 wrapped in its column beside (各年度末時点) and R5 under 目標値 | 年度, printed without
      // rules by Chromium: the label's last line falls between those rows)
      if (prev && close && b.rows.length >= 2) {
        const x0 = Math.min(...cur.map((k) => k.x0));
        const x1 = Math.max(...cur.map((k) => k.x1));
        const alone = b.rows.map((r) => toBlock([r]));
        // (or, first, a row of cells whose label is merged across the first columns, see inColumns: 伊勢崎's
        // 5年後までの目標 (目指すべき姿) | 行政評価により… over its value's next line)
        const placed = alone.map((a, i) => columnOf(a, columns, x0, x1)?.k ?? (spansToEdge(a, columns, x1) ? -1 : i === 0 && inColumns(a, columns, x1, x0) ? -2 : null));
        if (placed.every((k) => k !== null) && new Set(placed).size >= 2) {
          queue.splice(q + 1, 0, ...alone);
          continue;
        }
      }
      // between drawn row rules, a row across the columns in the table's own size is a merged row;
      // a larger one is the heading of the next table — but not a note (※…), which heads nothing:
      // 木更津's ※学校給食でご飯が提供される日数のうち in the page's 12.5 pt between 指標①'s R8 and 指標②'s
      // header in 10.7, BIZ UDPMincho on letter landscape by LibreOffice with horizontal rules (指標②'s
      // rows had been read as lines, their years moved by one)
      if (prev && ruledRows && (b.rows.every((r) => r.size <= prev.rows[0]!.size * 1.1) || (close && b.rows.length === 1 && NOTE_MARK.test(blockText(b).trim())))) {
        cur.push(b);
        continue;
      }
      flush();
      continue;
    }
    // (nor does one under a drawn rule across it, where no rule parts the table's blocks so far,
    // that opens a column none above shows, its text run across one that two blocks above show: the
    // next table in the frame, at widths of its own — 部長目標's departments framed one under the
    // other, 健康いきい over the first's label border; Noto Serif 11.5 pt, 30 mm, by LibreOffice. Not
    // without the rule: 刈谷's table, one line of it read with gaps of its own, LibreOffice without
    // rules; nor where rows are ruled: 木更津's 指標① | 名称 | 年度 … under 推進項目名称 | 担当課, horizontal
    // rules, Noto Sans 9 pt on B5; 伊勢崎's 取組成果 under 取組状況, whose paragraphs made blocks of their own)
    const newTable = !!prev && !!b.ruledAbove && cur.length >= 2 && cur.slice(1).every((k) => !k.ruledAbove) && b.gaps.some((g) => !columns.some((c) => overlaps(c, g))) && columns.some((c) => c.blocks >= 2 && runAcross(b.rows, (c.from + c.to) / 2, 0.5));
    // (nor does one, under a rule, whose cells and the table's cross each other: its text runs across a
    // border the table's blocks show, and the table's text across a gap of its own — the next table,
    // sized to its own text, where every row is ruled: 部長目標's 子ども未来部 | 子ども未来部長 | 目標 at a
    // page's foot under 市民環境部's panel, 子ども未来部 over its label border, 市民環境部長 over the
    // new panel's; Noto Serif 11 pt landscape on letter paper by LibreOffice with horizontal rules)
    // (from the table's left edge, as many cells as the table's first line, the gap of its own an em
    // wide at least: not a row of the table with a hole inside its text, 刈谷's ②マイナンバーカード受付 /
    // 窓口を設置し… beside the goal column; nor a sub-table's header, 伊勢崎's 具体的な取組事項 | 令和2年度 …
    // under 5年後までの目標 | …, whose rows read in the sheet's grid)
    const crossed = !!prev && !!b.ruledAbove && cur.every((k) => k.ruledAbove) && b.gaps.length >= 2 && b.gaps.length === cur[0]!.gaps.length && Math.abs(b.x0 - Math.min(...cur.map((k) => k.x0))) <= b.rows[0]!.size && b.gaps.some((g) => g.to - g.from >= b.rows[0]!.size && !columns.some((c) => overlaps(c, g)) && cur.some((k) => runAcross(k.rows, (g.from + g.to) / 2, 0.5))) && columns.some((c) => runAcross(b.rows, (c.from + c.to) / 2, 0.5));
    // (nor does one in the next frame of a stack, where its text opens a column the table above does
    // not show: the next table, set at widths of its own, though some of its gaps meet the table's —
    // 部長目標's departments each in a frame of its own, touching, by LibreOffice: 子ども未来部's label and
    // name borders 60 pt right of 市民環境部's, every row of the first panel one block, no column that two
    // of them show, and its goals read in one grid with the second's, 市民環境部長 / きむらさい / 木村西
    // each a row; Noto Sans 11 pt landscape on A3)
    // (a gap an em wide that the table's text runs across: not the next panel's label border a few points
    // right of the first's, where the two read together in one grid and the first alone loses the
    // evidence of its columns — 部長目標's 子ども未来部 | 子ども未来部長 3.7 pt apart under 市民環境部長, IPAex
    // Mincho 13 pt by LibreOffice in outer frames: read apart, 基本方針 市民の利便性を向上! was cut at its space)
    // (and over a table that shows three cells side by side: not the rest of a panel the page broke, a label
    // and its text, whose grid the panel's head on the page before gave — 部長目標's …ント等を通じ、貴重な
    // ご意見を… at a page's head over 教育部's frame, IPAex Mincho 12 pt on B5 at 2.0 leading by LibreOffice: read apart, 総括's text
    // had become a goal)
    const framedApart = !!prev && shutAt.some((y) => y > prev.bottom && y < b.top) && cur.some((k) => k.gaps.length >= 2) && b.gaps.some((g) => g.to - g.from >= b.rows[0]!.size && !columns.some((c) => overlaps(c, g)) && cur.some((k) => runAcross(k.rows, (g.from + g.to) / 2, 0.5)));
    if (prev && (newTable || crossed || framedApart || !b.gaps.some((g) => columns.some((c) => overlaps(c, g))))) flush();
    cur.push(b);
    addGaps(columns, b.gaps, seams);
  }
  flush();
  return out;
}

const blockText = (b: Block) => b.rows.map((r) => r.runs.map((u) => u.text).join('')).join('\n');

export function joinBlocks(a: Block, b: Block): Block {
  return { ...a, rows: [...a.rows, ...b.rows], bottom: Math.max(a.bottom, b.bottom), x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1) };
}
