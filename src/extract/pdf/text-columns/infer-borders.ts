/**
 * The entry, re-exported by text-columns.ts: inferBorders reads a page's lines into blocks and
 * tables and emits their borders; traceTable tells, for --trace, where each border came from.
 */
import type { Rule, TextRun } from '../page-content.js';
import type { Table } from '../tables.js';
import type { Block, BrokenGrid, CarriedGrid, InferredTables, Region, Row, Shade } from './types.js';
import { MIN_CHANNEL_EM, NOTE_MARK, SEAM } from './measures.js';
import { bodySize, isFolio, leading, lineCells, pieces, textRows } from './lines.js';
import { inside, lastLineRow, missingBorders, onDrawnRules, partialRulings } from './rulings.js';
import { drawnBlock, headerRow, toBlocks } from './blocks.js';
import { alignedRuns, type Found } from './aligned-runs.js';
import type { HeadColumns } from './borders.js';
import { emit, innerBorders } from './emit.js';

/**
 * Why a column or row border is where it is: drawn by the producer, read from the text, or taken
 * from the table the page before broke, which this page's table goes on (see inferBorders).
 */
export type BorderSource = 'rule' | 'text-gap' | 'page-before';

/** For --trace: each table of a page, and where each of its borders came from. */
export interface TableTrace {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  columns: { x: number; from: BorderSource }[];
  rows: { y: number; from: BorderSource }[];
}
/** Within this (points) of the sides of a table the page before broke, a frame or lines go on in it. */
const CARRIED_SIDES = 3;

/**
 * Borders for the tables whose columns the drawing does not give. `tables` are the ones the
 * drawn rules make; text inside a table of two or more ruled columns is left to it. `carried`:
 * the grid of the table the page before broke, which this page's first table may go on in.
 */
export function inferBorders(runs: TextRun[], rules: Rule[], tables: Table[], carried: CarriedGrid | null = null, shades: readonly Shade[] = []): InferredTables {
  // a page set in vertical columns (官報) has gaps between its columns, not between cells
  const chars = (list: TextRun[]) => list.reduce((n, r) => n + r.text.length, 0);
  if (chars(runs.filter((r) => r.vertical)) > chars(runs.filter((r) => !r.vertical))) return { rules: [] };
  const gridded = tables.filter((t) => t.xs.length > 2);
  const candidates = [...runs.filter((r) => !r.vertical), ...stackedLabels(runs)].filter((r) => !gridded.some((t) => inside(r, t)));
  const out: InferredTables = { rules: missingBorders(gridded, runs) };
  if (candidates.length === 0) return out;
  const allRows = textRows(candidates);
  // (the size the page's text is set in, and the room its producer leaves between a paragraph's lines)
  const body = bodySize({ runs: candidates } as Row);
  const lead = leading(allRows, () => textRows(runs.filter((r) => !r.vertical)).some((r) => headerRow(r)));
  const regions = partialRulings(tables, rules, allRows, lead);
  const hRules = rules.filter((r) => r.y0 === r.y1);
  // (asked once per region of a page that may draw hundreds of segments: their heights in order)
  const ruleYs = hRules.map((h) => h.y0).sort((a, b) => a - b);
  const ruledBetween = (lo: number, hi: number) => {
    let a = 0;
    let b = ruleYs.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (ruleYs[m]! <= lo) a = m + 1;
      else b = m;
    }
    return a < ruleYs.length && ruleYs[a]! < hi;
  };
  // (the page's last line when it is a page number: - 12 -, 9, 10 / 10)
  const pageNumber = (r: Row) => isFolio(r) && !allRows.some((o) => o.top > r.bottom);
  // whole lines go to a region: a line's page number may stand outside the ruled width
  const inRegion = new Map<Region | null, Row[]>();
  // A stack of horizontal rules whose last row the page broke has no rule under it: the lines
  // that run on under its last rule to the foot of the page's text, with nothing after them but
  // the page number, are its last row (部長目標's 目標 | 1 清原中央公園… at the foot of page 4,
  // horizontal rules only)
  for (const g of regions) {
    if (!g.stack) continue;
    const below = allRows.filter((r) => r.top > g.bottom - 1);
    let n = 0;
    // (not the page's number, however near: 伊勢崎's - 12 - an em under 取組課題と次年度以降の方針's last line at a page's foot,
    // read as part of the row, ran across the years' border there and merged 令和3年度 and 令和4年度 into one cell; BIZ
    // UDGothic 13 pt on B5 by Chromium with horizontal rules, the 354th)
    while (n < below.length && !pageNumber(below[n]!) && below[n]!.top - (n === 0 ? g.bottom : below[n - 1]!.bottom) < below[n]!.size * 1.5 && below[n]!.x0 >= g.x0 - 2 && below[n]!.x1 <= g.x1 + 2) n++;
    const rest = below.slice(n);
    // and a row of cells, not a heading over the next page's table (cells an em apart or more:
    // 桑名's ２．今年度の部局目標 | ① 所管施設… in 11 pt landscape, 1.02 em; a heading's words stand
    // a space apart)
    // (the lines first under it may stand where that last rule does not run, a cell merged down beside
    // the row it shuts going on under it: the row of cells is the next line — 刈谷's 組織目標 …まちづくりを
    // / 推進します。 left of the rule under ①, ② 本市の魅力を… | 公園整備課 | ・ 推進委員会の開催 3回 under it
    // at the page's foot; Noto Sans 10 pt landscape by Chromium with horizontal rules)
    const shut = hRules.filter((h) => Math.abs(h.y0 - g.bottom) <= 1 && h.x1 > g.x0 && h.x0 < g.x1);
    const beside = (r: Row) => shut.length > 0 && !shut.some((h) => h.x0 < r.x1 - 1 && h.x1 > r.x0 + 1);
    let k = 0;
    while (k < n - 1 && beside(below[k]!)) k++;
    // (or a hole at each joint of that rule drawn cell by cell, however narrow: 刈谷's ⑤刈谷市駅周辺における… |
    // まちづくり推 | ・官民連携による… 0.75 em apart under rules joined at 337.5 and 398.3 pt; IPAex Gothic 11 pt
    // by Chromium with horizontal rules, the 133rd typography — the row had been a table of its own, its
    // title read as the 組織目標)
    const cells = n > 0 && (pieces(below[k]!, below[k]!.size * 0.9).length >= 2 || holesAtJoints(below[k]!, shut, g));
    // (under it only the page's footer: well apart, or a page number however near: 桑名 landscape 9 pt)
    const folio = rest.every(isFolio);
    const foot = cells && (rest.length === 0 || rest.every(pageNumber) || (rest.length <= 2 && rest[0]!.top - below[n - 1]!.bottom > rest[0]!.size * (folio ? 1.5 : 3)));
    if (foot) g.bottom = below[n - 1]!.bottom + 2;
  }
  // A stack at the head of a page that goes on with the table the page before broke has no rule
  // over the row the break carried over: Chromium drew that row's top border on the page before. The
  // lines right over its first rule, the page's first after its head band, in the stack's width and
  // set as cells, are its first row (木更津's 市ホームページ内のウェブサイトアンケートにお | R5 | 360件 over
  // the rule under it, 指標②'s name going on under it beside R6 | 330件; Noto Serif CJK 11 pt landscape by
  // Chromium with horizontal rules: the row had been a line of text and the name's two parts two 指標)
  // (the page's first region: a stack under another table is no part the break carried over —
  // 伊勢崎's 財政効果額 rules under its year table, LibreOffice with horizontal rules)
  for (const g of regions) {
    if (!g.stack || !carried || regions.some((o) => o !== g && o.top < g.top)) continue;
    const above = allRows.filter((r) => r.bottom <= g.top + 1).sort((a, b) => b.top - a.top);
    let n = 0;
    while (n < above.length && (n === 0 ? g.top : above[n - 1]!.top) - above[n]!.bottom < above[n]!.size * 1.5 && above[n]!.x0 >= g.x0 - 2 && above[n]!.x1 <= g.x1 + 2) n++;
    // (every one of them cells, and the stack's first line under its first rule too: not rows over a
    // stack whose first row is a note across it — 木更津's R6 | 30回 and R7 | 45回 over the rule on
    // RPAやAI-OCRについては、…, IPAex Gothic 11 pt by Chromium)
    const first = above[n - 1];
    const under = allRows.find((r) => r.top >= g.top - 1 && r.top < g.bottom);
    const cells = (r: Row) => pieces(r, r.size * 0.9).length >= 2;
    // (a line under the first, one cell's wrapped words, starting where a cell of the first line starts: 伊勢崎's 検討 under
    // 内部情報SY / S構築 調査・ in ・最適化の推進 | 調査・検討 | … at a page's head; IPA PMincho 16 pt on A4 landscape by Chromium with
    // horizontal rules, the 352nd — refused, the row had been read in a grid of its own and its plans set a year early)
    const heads = first ? pieces(first, first.size * 0.9) : [];
    const underHeads = (r: Row) => r !== first && pieces(r, r.size * 0.9).every((p) => heads.some((q) => Math.abs(q.x0 - p.x0) <= 1));
    if (first && under && cells(under) && cells(first) && above.slice(0, n).every((r) => cells(r) || underHeads(r)) && above.slice(n).every((r) => r.bottom <= carried.head)) g.top = first.top - 2;
  }
  // A frame whose foot the page broke (its sides drawn, no rule under them) ends where its sides
  // do; a line of its last row may stand across that end, its top inside (木更津's label 令和5年度の
  // 活動経過・今 | 後の予定, its second line past the sides' foot; Noto Sans CJK 12 pt landscape in
  // an outer frame, Chromium)
  for (const g of regions) {
    if (g.stack || hRules.some((h) => Math.abs(h.y0 - g.bottom) <= 1 && h.x0 <= g.x0 + 2 && h.x1 >= g.x1 - 2)) continue;
    const across = allRows.filter((r) => r.top < g.bottom - 1 && r.bottom > g.bottom && r.x0 >= g.x0 - 2 && r.x1 <= g.x1 + 2);
    if (across.length > 0) g.bottom = Math.max(...across.map((r) => r.bottom)) + 1;
  }
  for (const row of allRows) {
    // (the page's number is no table's row: under a grid's last row, the text a cell the page broke ran on past its
    // rules, it had made a table with that line — 木更津's 9 under 活動経過・今 | 第2期実行プランの, read into the progress;
    // Noto Sans CJK 15 pt by Chromium, ruled, the 350th)
    if (pageNumber(row)) continue;
    const mid = (row.top + row.bottom) / 2;
    const g = regions.find((x) => mid >= x.top && mid <= x.bottom && row.x0 < x.x1 && row.x1 > x.x0) ?? null;
    const list = inRegion.get(g);
    if (list) list.push(row);
    else inRegion.set(g, [row]);
  }
  const heads: HeadColumns[] = [];
  // (the inner borders of each frame read so far, holding one table: offered to a frame as wide below it)
  const framed: { x0: number; x1: number; xs: number[] }[] = [];
  // (nothing above y but the page's head band: a table there is the page's first content)
  // (or but the header that table repeats, word for word, and lines each inside one of its columns
  // under it: the rest of the row the page broke, the next row's cells found apart from them — 刈谷's
  // 組織目標 取組内容 課等 目標達成基準 over 進事例等の研修会の / 実施 2回 under 目標達成基準, then one row
  // whose four cells the text alone showed only two borders of; IPAex Gothic 13 pt, 25 mm, LibreOffice
  // without rules)
  const cellsKey = (r: Row) => lineCells(r).map((c) => c.text.replace(/\s/gu, '')).join('|');
  const repeated = (r: Row) => !!carried?.header && cellsKey(r) === carried.header.map((h) => h.text).join('|');
  // (a header row the page showed above, or the one the page before's table had: see alignedRuns)
  const shownHeader = (r: Row) => headerRow(r) && (repeated(r) || allRows.some((o) => o.bottom < r.top && cellsKey(o) === cellsKey(r) && headerRow(o)));
  const inOneColumn = (r: Row) => !!carried && [carried.x0, ...carried.xs, carried.x1].some((x, k, all) => k + 1 < all.length && r.x0 >= x - 1 && r.x1 <= all[k + 1]! + 1);
  const headed = (y: number) => {
    const above = allRows.filter((r) => r.top < y - 1);
    const at = above.findIndex(repeated);
    return at >= 0 && above.slice(0, at).every((r) => r.bottom <= carried!.head) && above.slice(at + 1).every(inOneColumn);
  };
  // (or but lines each inside one of its columns: the rest of the row the page broke, without the
  // header — 木更津's (各年度末時点) under 目標値 over 無農薬米栽培ほ場面積 | R5 | 25ha, BIZ UDPGothic 11.5 pt on
  // B5 by LibreOffice in an outer frame and without rules: read in its own grid, the name and its
  // year 3.4 pt apart had been one cell)
  const restOfRow = (y: number) => {
    const above = allRows.filter((r) => r.top < y - 1 && r.bottom > carried!.head);
    return above.length > 0 && above.every(inOneColumn);
  };
  const atHead = (y: number) => !!carried && (allRows.every((r) => r.top >= y - 1 || r.bottom <= carried.head) || headed(y) || restOfRow(y));
  // (and within that table's sides: a frame as wide as it, or lines inside its width)
  const inCarried = (region: Region | null, rows: Row[]) =>
    !!carried && (region ? Math.abs(region.x0 - carried.x0) <= CARRIED_SIDES && Math.abs(region.x1 - carried.x1) <= CARRIED_SIDES : rows.every((r) => r.x0 >= carried.x0 - CARRIED_SIDES && r.x1 <= carried.x1 + (carried.openRight ? Math.max(CARRIED_SIDES, openPast(carried, r.size)) : CARRIED_SIDES)));
  const inGrid = (r: Row, grid: BrokenGrid, gap: number) => pieces(r, gap).every((p) => columnIn(grid, p, r.size) >= 0);
  const cellsIn = (r: Row, grid: BrokenGrid) => pieces(r, r.size * MIN_CHANNEL_EM).length >= 2 && inGrid(r, grid, r.size * MIN_CHANNEL_EM);
  const plans = [...inRegion].map(([region, rows]) => {
    const blocks = toBlocks(rows, lead, body, hRules, !!region && ruledBetween(region.top + 2, region.bottom - 2));
    if (!region) blocks.push(...gridded.map((t) => drawnBlock(t, candidates, body)));
    blocks.sort((a, b) => a.top - b.top);
    const tablesHere = alignedRuns(blocks, !!region && !region.open, shownHeader, region?.seams);
    // A frame at the page's head that holds no table the text shows, under a table the page before
    // broke, is that table going on: its text is read in that table's grid (木更津's R5 | R6 | R7 alone
    // under 目標値, the note across the frame under them; see emit)
    // (not a frame round a title: one line set a fifth larger than the page's text — 部長目標's 令和6年度
    // 部長目標 結果発表! boxed at the head of the page after a panel the page broke, Chromium with outer
    // frames, mincho 12 pt on B5)
    const title = rows.length === 1 && bodySize(rows[0]!) >= body * 1.2;
    if (carried && region && tablesHere.length === 0 && !title && atHead(region.top) && inCarried(region, rows)) tablesHere.push({ blocks: blocks.filter((b) => !b.drawn), columns: [], seams: [] });
    // Lines over the page's first rules, at its head, each standing in the page before's grid and
    // one of them in two of its columns or more, are the rest of the row the page broke: read in that
    // grid (部長目標's 来 / 部 beside goals 5 to 8 at a page's head, the department's label cut at 子ども未
    // on the page before; BIZ UDPGothic 14 pt on B5 by Chromium with horizontal rules, the 162nd — read as
    // lines, 来部 had been a paragraph of its own and the goals after it lost)
    if (carried && !region && tablesHere.length === 0) {
      const ruled = Math.min(...regions.map((g) => g.top));
      const head: Block[] = [];
      for (const b of blocks) {
        // (not the page's number under them: 部長目標's 10 /10 under 教育部's goals at the last page's head, read as its
        // tenth goal; BIZ UDGothic 13 pt on B5 from a Writer document without rules, the 344th)
        if (b.rows.every(isFolio)) break;
        const fits = !b.drawn && b.bottom <= ruled + 1 && b.rows.every((r) => inGrid(r, carried, SEAM));
        // (past the page's running head, in its head band)
        if (!fits && head.length === 0 && b.bottom <= carried.head) continue;
        if (!fits) break;
        head.push(b);
      }
      // (on one line: a label set a character a line counts, level with its first character — 来 / 部 beside
      // the goals. Not headings each in a column of their own: 刈谷's 令和5年度各部組織重点目標… / 企画財政部 … at
      // a page's head after its part of a table, BIZ UDPMincho 9.5 pt on A3 landscape by Chromium, the 160th, in
      // two columns of prose — read in that grid, the department's goals had lost their department)
      const column = (u: { x0: number; x1: number }) => columnIn(carried, u);
      const stacks = stacksOf(runs).map((c) => ({ x0: Math.min(...c.map((u) => u.x0)), x1: Math.max(...c.map((u) => u.x1)), top: c[0]!.top }));
      const cellsOf = (r: Row) => [...pieces(r, r.size * MIN_CHANNEL_EM), ...stacks.filter((c) => Math.abs(c.top - r.top) <= r.size * 0.5)];
      const inCells = (r: Row) => new Set(cellsOf(r).map(column).filter((k) => k >= 0)).size >= 2;
      // (or, under a rule across that grid right over them, each in a column after the first: the label's
      // column empty, the rest of a label | text row whose top border the producer drew again — 桑名's ン）推進】
      // and goals ① to ⑥ at a page's head, 【ＰＸ（パブリック・トランスフォーメーショ at the page before's foot
      // beside ２．今年度の部局目標; Noto Serif CJK 15 pt on A4 by LibreOffice with horizontal rules, the 163rd)
      const first = head[0]?.rows[0];
      const ruledOver = !!first && hRules.some((h) => h.y0 <= first.top && first.top - h.y0 < first.size * 1.5 && h.x0 <= carried.x0 + CARRIED_SIDES && h.x1 >= carried.x1 - CARRIED_SIDES);
      const rest = ruledOver && head.every((b) => b.rows.every((r) => cellsOf(r).every((c) => column(c) > 0)));
      if (head.length > 0 && atHead(head[0]!.top) && (rest || head.some((b) => b.rows.some(inCells)))) tablesHere.push({ blocks: head, columns: [], seams: [], goesOn: true });
    }
    // several tables in one ruled region: the first takes its top, the last its bottom
    const part = (i: number) => region && { ...region, top: i === 0 ? region.top : Infinity, bottom: i === tablesHere.length - 1 ? region.bottom : -Infinity };
    return { region, blocks, tablesHere, part };
  });
  // (the borders each table of the page would have alone, offered to the others: see siblingBorders)
  const alone = plans.flatMap((p) => p.tablesHere).length > 1 ? plans.flatMap((p) => p.tablesHere.map((group, i) => ({ group, ...innerBorders(group, p.part(i), [...heads], lead) }))) : [];
  const siblingsOf = (group: Found) => {
    const own = alone.find((a) => a.group === group);
    // (from the same left edge: the label column's border is what is offered, and a table whose
    // last column stays empty ends short of the page's others)
    return own ? alone.filter((a) => a !== own && Math.abs(a.x0 - own.x0) <= 3).flatMap((a) => a.xs) : [];
  };
  // (the page's first table is the one that may go on from the page before)
  // (and, where that is only the header repeated with the rest of the broken row under it, found as a
  // table of their own, the table under them — see headed)
  const headOnly = (g: Found) => {
    const rows = g.blocks.flatMap((b) => b.rows);
    return rows.some(repeated) && rows.every((r) => repeated(r) || inOneColumn(r));
  };
  const [first, second] = plans.flatMap((p) => p.tablesHere).sort((a, b) => a.blocks[0]!.top - b.blocks[0]!.top);
  const leads = (g: Found) => g === first || (g === second && !!first && headOnly(first));
  // Rows right under a table that goes on in the page before's grid, each of whose cells stands
  // inside one of that grid's columns, are that table's, though their gaps line up with none of its
  // own: a row whose cells sit one column left of the rows above it (木更津's R8 | 30% under R6 | 25% and
  // R7 | 30%, its year under 年度, theirs under 目標値, at the head of a page; BIZ UDPGothic 11.5 pt on B5
  // by LibreOffice in an outer frame — read as a table of its own, the row had been one merged cell)
  // (the table's own lines each in that grid too, its pieces a seam apart: not a new sheet at the page's
  // head, whose first rows may fit it — 木更津's 指標② | 名称 | 年度 … under a sheet's 取組視点 … R8 | 100%,
  // BIZ UDPGothic 8 pt by LibreOffice in an outer frame)
  for (const p of plans) {
    const at = p.tablesHere.findIndex((g) => leads(g) && atHead(g.blocks[0]!.top) && inCarried(p.region, g.blocks.flatMap((b) => b.rows)) && g.blocks.every((b) => !b.drawn && b.rows.every((r) => inGrid(r, carried!, SEAM))));
    if (at < 0) continue;
    const goesOn = p.tablesHere[at]!;
    // (the whole of that table: rows over a paragraph of their own are the next table's head — 木更津's
    // R5 | 15回 … over RPAやAI-OCRについては、…, IPAex Gothic by LibreOffice with horizontal rules)
    while (at + 1 < p.tablesHere.length) {
      const after = p.tablesHere[at + 1]!;
      const close = after.blocks.every((b, i) => !b.drawn && b.top - (i === 0 ? goesOn.blocks.at(-1)! : after.blocks[i - 1]!).bottom < b.rows[0]!.size * 2.5);
      if (!close || !after.blocks.every((b) => b.rows.every((r) => cellsIn(r, carried!)))) break;
      goesOn.blocks.push(...after.blocks);
      p.tablesHere.splice(at + 1, 1);
    }
  }
  for (const { region, blocks, tablesHere, part } of plans) {
    const before = out.rules.length;
    const prior: number[] = [];
    const alike = region ? (framed.find((f) => Math.abs(f.x0 - region.x0) <= 1.5 && Math.abs(f.x1 - region.x1) <= 1.5)?.xs ?? []) : [];
    // (the blocks each table took: one that goes on from the page before may leave its last ones)
    const took = new Map<Found, Block[]>();
    tablesHere.forEach((group, i) => {
      const from = out.rules.length;
      const goesOnFrom = leads(group) && atHead(group.blocks[0]!.top) && inCarried(region, group.blocks.flatMap((b) => b.rows));
      // (the header the page repeated: the group's first row, or the line right above it with only the
      // rest of the row the page broke between — see headed)
      const underHeader = goesOnFrom && (repeatsHeader(group, carried!) || headed(group.blocks[0]!.top));
      took.set(group, emit(group, part(i), out, heads, lead, prior, tablesHere.length === 1 ? alike : [], siblingsOf(group), goesOnFrom ? carried! : null, underHeader, group === first, allRows, shades));
      onDrawnRules(out.rules.slice(from), hRules, allRows);
      for (const r of out.rules.slice(from)) if (r.x0 === r.x1 && !prior.includes(r.x0)) prior.push(r.x0);
    });
    if (region && tablesHere.length === 1) {
      const xs = [...new Set(out.rules.slice(before).filter((r) => r.x0 === r.x1 && r.x0 > region.x0 + 1 && r.x0 < region.x1 - 1).map((r) => r.x0))].sort((a, b) => a - b);
      if (xs.length > 0) framed.push({ x0: region.x0, x1: region.x1, xs });
    }
    // lines in the region above its first table are a row of their own, not the top of its first
    // row: the end of a row the page broke, at the head of a frame open at the top (桑名's
    // ⑥子どもや若者等の… / 業計画の策定 over ３．目標達成のための手段及び方策, 12 pt)
    const firstTable = tablesHere[0]?.blocks.find((b) => !b.drawn);
    const above = firstTable && region ? blocks.filter((b) => !b.drawn && b.bottom <= firstTable.top && b.top >= region.top - 1) : [];
    if (region && firstTable && above.length > 0 && out.rules.length > before) {
      const y = (Math.max(...above.map((b) => b.bottom)) + firstTable.top) / 2;
      out.rules.push({ x0: region.x0, x1: region.x1, y0: y, y1: y });
      // and the table's borders stop at it where those lines run on across them, well into the next
      // column: the end of a row of another table, set in its own widths (部長目標's まちづくり部 goals
      // 5 交通安全対策… over 教育部's frame, each department a table of its own in LibreOffice). Not a
      // line that ends within two ems past a border, its cell a little wider on the page before
      // (木更津's note …調査に基づく over 指標②, its column 15 pt wider on the page before)
      // (or that fill the whole gap the table's lines leave there, an em wide or more: 伊勢崎's 比率 3.0%～5.0%, the rest
      // of 5年後までの目標 over the year columns at a page's head, 1.6 em past a border in a gap 31 pt wide; Noto Sans CJK
      // 15 pt on A4 landscape by LibreOffice with horizontal rules, the 158th — cut there, 5.0% had lost its 5.)
      const lines = above.flatMap((b) => b.rows);
      const gaps = tablesHere[0]!.columns;
      const fills = (p: { x0: number; x1: number }, x: number, size: number) => gaps.some((c) => c.from - 0.5 <= x && x <= c.to + 0.5 && c.to - c.from >= size && p.x0 < c.from - 0.5 && p.x1 > c.to + 0.5);
      for (const r of out.rules.slice(before)) {
        const x = r.x0;
        if (r.x1 !== x || r.y0 > region.top + 0.5 || x <= region.x0 + 1 || x >= region.x1 - 1) continue;
        if (lines.some((l) => pieces(l, SEAM).some((p) => p.x0 < x - 1 && (p.x1 > x + l.size * 2 || fills(p, x, l.size))))) r.y0 = y;
      }
    }
    // Lines in the region under its last table that run on across that table's borders, well into
    // the next column, are a row of their own, a cell merged across those columns: a frame whose
    // sub-table of targets (名称 | 年度 | 目標値 | 結果) sits over the note written across the whole
    // frame (木更津's 令和5年度の活動経過・今後の予定 over RPAやAI-OCRについては、…, Noto Sans CJK 12 pt
    // landscape in an outer frame, Chromium: the note had been cut at the sub-table's borders)
    const taken = tablesHere.map((g) => took.get(g) ?? g.blocks);
    const lastTable = taken.at(-1)?.filter((b) => !b.drawn).at(-1);
    const below = lastTable && region ? blocks.filter((b) => !b.drawn && b.top >= lastTable.bottom && !taken.some((t) => t.includes(b))) : [];
    // (the row starts at the first such line: lines before it that stay in the columns are the
    // table's — 木更津's R7 | 35店舗 over 令和5年度の活動経過・今後の予定 地産地消推進店の…, LibreOffice)
    // (a note, ※…, from the table's left side: however little past a border — 木更津's ※学校給食でご飯が
    // 提供される日数のうち, 18.5 pt past 名称's border under R8 | 100% at a page's foot, its next sub-table on
    // the next page; Noto Sans 10 pt landscape by LibreOffice in an outer frame, the note had been R8's)
    const note = (l: Row) => NOTE_MARK.test(l.runs.map((u) => u.text).join('').trim()) && l.x0 <= region!.x0 + l.size * 2;
    const runsOn = (b: Block, x: number) => b.rows.some((l) => pieces(l, SEAM).some((p) => p.x0 < x - 1 && p.x1 > x + (note(l) ? l.size * 0.5 : l.size * 2)));
    const inner = region ? out.rules.slice(before).filter((r) => r.x0 === r.x1 && r.x0 > region.x0 + 1 && r.x0 < region.x1 - 1) : [];
    const from = below.findIndex((b) => inner.some((r) => r.y1 > b.top && runsOn(b, r.x0)));
    if (region && lastTable && from >= 0 && out.rules.length > before) {
      const across = (x: number) => below.slice(from).some((b) => runsOn(b, x));
      const y = (Math.max(lastTable.bottom, ...below.slice(0, from).map((b) => b.bottom)) + below[from]!.top) / 2;
      out.rules.push({ x0: region.x0, x1: region.x1, y0: y, y1: y });
      for (const r of inner) if (r.y1 > y && across(r.x0)) r.y1 = Math.max(r.y0, y);
    }
    // A table's first line alone at the page's foot, between the stack's last rule and the one the
    // page's break drew under it: a row whose cells are its pieces, a word gap apart or set in another
    // size, so that the row goes on in that grid on the next page (部長目標's 健康いきいき | 健康いきいき部長
    // 目標 | 地域包括ケアシステム(認知症 under 地域福祉部's 総括, the department's head and goals on the
    // next page; Noto Serif 13 pt by LibreOffice with horizontal rules: the department had been lost)
    const footRow = region?.stack ? lastLineRow(blocks, region, hRules, allRows, out.rules.slice(before)) : null;
    if (footRow) out.rules.push(...footRow);
    else if (region && !region.stack && out.rules.length === before) out.rules.push(...jointedRow(allRows, region, hRules));
    // (a stack drawn cell by cell whose text showed no table: see jointedStack)
    else if (region?.stack && out.rules.length === before) out.rules.push(...jointedStack(allRows, region, hRules));
    // an open frame whose text stands in one column is a table of one column, so that it can go
    // on from the page before (桑名's ④ ⑤ at the head of page 2, under the frame's sides)
    if (region?.open && out.rules.length === before) {
      const { x0, x1, top, bottom } = region;
      out.rules.push({ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom });
    }
  }
  clearOfStacks(out.rules, runs);
  return out;
}

/** Whether a table's first line repeats, cell for cell where it stood, the header row of the table the page before broke. */
function repeatsHeader(group: Found, carried: BrokenGrid): boolean {
  const line = group.blocks[0]?.rows[0];
  const header = carried.header;
  // (with rows under it: the header alone is a line the page's parts are joined by, read-pdf's joinTables)
  if (!line || !header || header.length < 3 || !headerRow(line) || group.blocks.flatMap((b) => b.rows).length < 2) return false;
  const cells = lineCells(line);
  return cells.length === header.length && cells.every((c, i) => c.text.replace(/\s/gu, '') === header[i]!.text && Math.abs(c.x0 - header[i]!.x0) <= 1);
}

/**
 * Where each border of a finished table came from: a drawn rule near it, the grid of the table the
 * page before broke (`carried`, inferBorders'), or only the text's gaps.
 */
export function traceTable(page: number, t: Table, drawn: Rule[], carried: readonly number[] = []): TableTrace {
  const drawnV = (x: number) => drawn.some((r) => r.x0 === r.x1 && Math.abs(r.x0 - x) <= 2);
  const fromText = (x: number): BorderSource => (carried.some((c) => Math.abs(c - x) <= 0.01) ? 'page-before' : 'text-gap');
  const drawnH = (y: number) => drawn.some((r) => r.y0 === r.y1 && Math.abs(r.y0 - y) <= 2);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    page,
    x0: round(t.x0),
    x1: round(t.x1),
    top: round(t.top),
    bottom: round(t.bottom),
    columns: t.xs.map((x) => ({ x: round(x), from: drawnV(x) ? 'rule' : fromText(x) })),
    rows: t.ys.map((y) => ({ y: round(y), from: drawnH(y) ? 'rule' : 'text-gap' })),
  };
}

/**
 * A frame holding one line, under a rule drawn cell by cell: the row's borders are where that rule's pieces
 * meet, the line leaving a hole at each (部長目標's 総務部 | 総務部長 | 目標 | 1 職員の仕事に… alone at a page's
 * foot in a frame the page broke, its goals 2–5 on the next page; IPAex Gothic 12 pt on A4 landscape, 30 mm, by
 * Chromium in outer frames, the 342nd — one line of text, the department was lost and its goals given to the
 * department before). None where the rule is drawn whole or the line runs across a joint.
 */
function jointedRow(rows: Row[], region: Region, hRules: Rule[]): Rule[] {
  const inFrame = rows.filter((r) => r.top >= region.top - 1 && r.bottom <= region.bottom + 1);
  const line = inFrame.length === 1 ? inFrame[0]! : null;
  if (!line) return [];
  const over = hRules.filter((h) => h.y0 === h.y1 && Math.abs(h.y0 - region.top) <= 1 && h.x1 > region.x0 && h.x0 < region.x1);
  if (!holesAtJoints(line, over, region)) return [];
  const joints = segmentEnds(over, region).sort((a, b) => a - b);
  const { x0, x1, top, bottom } = region;
  return [{ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom }, ...[x0, ...joints, x1].map((x) => ({ x0: x, x1: x, y0: top, y1: bottom }))];
}

/**
 * A stack of rules each drawn cell by cell: its columns' borders are where the pieces of its rules meet (Chromium draws each
 * cell's border apart). Row by row: a border stands in a row where the rules over and under it both meet there and no line
 * of the row runs across it (a cell merged over columns there: 伊勢崎's 取組内容 across the years, ・地球温暖化対策実行計画(区域施策編)
 * over the blank column beside the step names). The row the page broke over the stack's first rule takes that rule's joints.
 * Taught by 伊勢崎's 取組工程 | ・他団体の使用料・手数料 | 把握・分析等 状況分析等 … at a page's head, the years' values set closer than
 * a cell gap (IPA PMincho 16 pt on A4 landscape by Chromium with horizontal rules, the 352nd: read as lines, every step's
 * plan was lost; and its ・地球温暖化対策実行計画(区域施策編) | 計画の見直し under the stack's first rule). None unless every rule
 * is drawn in three pieces or more, each row's lines stand together, and some row shows two borders.
 */
function jointedStack(rows: Row[], region: Region, hRules: Rule[]): Rule[] {
  const inRegion = (h: Rule) => h.x1 > region.x0 && h.x0 < region.x1;
  const ys = [...new Set(hRules.filter((h) => h.y0 >= region.top - 0.5 && h.y0 <= region.bottom + 0.5 && inRegion(h)).map((h) => h.y0))].sort((a, b) => a - b);
  if (ys.length < 2) return [];
  const drawn = ys.map((y) => hRules.filter((h) => h.y0 === y && inRegion(h)));
  if (drawn.some((d) => d.length < 3)) return [];
  const endsAt = drawn.map((d) => segmentEnds(d, region));
  const { x0, x1, top } = region;
  // (the rows: between the rules, and over the first where the region reaches above it)
  const bands = [...(ys[0]! > top + 1 ? [{ top, bottom: ys[0]!, joints: endsAt[0]! }] : []), ...ys.slice(1).map((y, k) => ({ top: ys[k]!, bottom: y, joints: endsAt[k]!.filter((x) => endsAt[k + 1]!.some((o) => Math.abs(o - x) <= 0.5)) }))];
  const out: Rule[] = ys.map((y) => ({ x0, x1, y0: y, y1: y }));
  if (bands[0]!.top < ys[0]!) out.push({ x0, x1, y0: top, y1: top });
  let shown = false;
  for (const b of bands) {
    const lines = rows.filter((r) => r.top >= b.top - 1 && r.bottom <= b.bottom + 1);
    // (one row between two rules: its lines set as a paragraph's, none farther than a line and a half from the one above)
    if (lines.some((r, k) => k > 0 && r.top - lines[k - 1]!.bottom > r.size * 1.5)) return [];
    const across = (x: number) => lines.some((r) => pieces(r, SEAM).some((p) => p.x0 < x - 0.5 && p.x1 > x + 0.5));
    const xs = b.joints.filter((x) => !across(x));
    if (xs.length >= 2 && lines.length > 0) shown = true;
    out.push(...[x0, ...xs, x1].map((x) => ({ x0: x, x1: x, y0: b.top, y1: b.bottom })));
  }
  return shown ? out : [];
}

/** Where the pieces of a rule drawn cell by cell end inside a region's sides (to a tenth of a point). */
const segmentEnds = (segments: Rule[], g: Region) => [...new Set(segments.flatMap((h) => [h.x0, h.x1]).map((x) => Math.round(x * 10) / 10))].filter((x) => x > g.x0 + 2 && x < g.x1 - 2);

/**
 * Whether a line leaves a hole at every joint of a rule drawn cell by cell over it (a producer draws
 * each cell's border apart: where two meet, a column's border runs), one joint at least inside it.
 */
function holesAtJoints(line: Row, segments: Rule[], g: Region): boolean {
  const joints = segmentEnds(segments, g).filter((x) => x > line.x0 && x < line.x1);
  if (joints.length === 0 || segments.length < 2) return false;
  const parts = pieces(line, line.size * 0.3);
  return joints.every((x) => parts.some((p, i) => i > 0 && parts[i - 1]!.x1 <= x + 0.5 && p.x0 >= x - 0.5));
}

/**
 * A label set a character a line (read-page's markStackedCharacters) stands in for its column as
 * one line level with its first character: a cell of the row it heads, not rows of its own
 * (部長目標's 総 / 務 / 部 by Chromium in IPAex Gothic 16 pt on B5 at 1.4 leading, set larger than
 * the names beside it, had been left out of the table, read after the row it heads). Only a stack set a
 * fifth larger than the page's text: a cell's words wrapped a character a line in a narrow column
 * (伊勢崎's label …理由も / 記 / 載) / ※取 / 組 …, the year head 令和 / 6 / 年 / 度, same print without rules)
 * are lines of their cell, which the text's own gaps place; so is 目 / 標 (a stand-in for it cost 部長目標
 * by Chromium in BIZ UDPGothic 14 pt on B5, the 162nd typography, its name column). And only under text
 * of the page's size: a stack at the page's head is the rest of a label the page broke, read in the
 * grid the page before's table goes on in (部長目標's 未 / 来 / 部 at page 4's head, Noto Serif CJK 15 pt
 * on A4 by Chromium, the 163rd: taken as a row's head, the department's goals were lost). Three characters
 * or more: 総 over 部 with 務 beside 総 is a word wrapped (Noto Serif CJK 12 pt by Chromium in outer frames).
 */
function stackedLabels(runs: TextRun[]): TextRun[] {
  const horizontal = runs.filter((r) => !r.vertical);
  const stacks = stacksOf(runs);
  if (stacks.length === 0 || horizontal.length === 0) return [];
  const body = bodySize({ runs: horizontal } as Row);
  const headed = (s: TextRun[]) => horizontal.some((r) => r.size >= body * 0.9 && r.bottom <= s[0]!.top + 0.5);
  return stacks.filter((s) => s.length >= 3 && s[0]!.size >= body * 1.2 && headed(s)).map((s) => ({ ...s[0]!, text: s.map((r) => r.text).join(''), x1: Math.max(...s.map((r) => r.x1)), vertical: false, stackLines: s.length }));
}

/** How far past a side no rule drew (BrokenGrid.openRight) a line of the next page may end: an em, or up to the page's text edge. */
function openPast(grid: BrokenGrid, size: number): number {
  return Math.max(size, (grid.reach ?? 0) + 1 - grid.x1);
}

/** Which of a grid's columns holds a piece (a point's leeway either side), or -1. */
function columnIn(grid: BrokenGrid, p: { x0: number; x1: number }, size = 0): number {
  const cols = [grid.x0, ...grid.xs, grid.x1];
  // (the last column's right side open where the text alone showed it: see openPast)
  const past = (k: number) => (k + 2 === cols.length && grid.openRight ? Math.max(1, openPast(grid, size)) : 1);
  return cols.findIndex((x, k) => k + 1 < cols.length && p.x0 >= x - 1 && p.x1 <= cols[k + 1]! + past(k));
}

/** The labels set a character a line (read-page marks their characters vertical), each its characters top to bottom. */
function stacksOf(runs: TextRun[]): TextRun[][] {
  const stacks: TextRun[][] = [];
  for (const r of runs.filter((x) => x.vertical && [...x.text].length === 1).sort((a, b) => a.top - b.top)) {
    const s = stacks.find((c) => Math.abs(c[0]!.x0 - r.x0) < r.size * 0.2 && r.top - c.at(-1)!.bottom < r.size * 1.2);
    if (s) s.push(r);
    else stacks.push([r]);
  }
  return stacks;
}

/**
 * A border the text's gaps put through a label set a character a line, standing alone in the gap
 * between two columns, stands before it instead: a label heads the cell after it (部長目標's 目 / 標
 * between 健康いきいき部長's wrapped name and its goals, a department alone at a frame's foot whose
 * rows show no other border: the gap from the name's end to the goals' start, 188.5 to 231.8 pt,
 * put one at 210.1 through 目標, and the name's cell took 目標 — Chromium in outer frames, BIZ UDPGothic
 * 14 pt on B5 and Noto Serif CJK 15 pt on A4, the 162nd and 163rd typographies). Only where the text
 * left of the label leaves room for it, a word gap at least, on every line beside the border.
 */
function clearOfStacks(rules: Rule[], runs: TextRun[]): void {
  const horizontal = runs.filter((r) => !r.vertical);
  for (const s of stacksOf(runs).filter((c) => c.length >= 2)) {
    const x0 = Math.min(...s.map((r) => r.x0));
    const x1 = Math.max(...s.map((r) => r.x1));
    const [top, bottom] = [s[0]!.top, s.at(-1)!.bottom];
    for (const rule of rules) {
      if (rule.x0 !== rule.x1 || rule.x0 <= x0 + 0.5 || rule.x0 >= x1 - 0.5 || rule.y0 >= bottom || rule.y1 <= top) continue;
      const beside = horizontal.filter((r) => r.bottom > rule.y0 && r.top < rule.y1 && r.x0 < x0);
      const left = beside.filter((r) => r.x1 <= x0 + 0.5);
      if (left.length === 0 || beside.length > left.length) continue;
      const end = Math.max(...left.map((r) => r.x1));
      if (x0 - end >= s[0]!.size * MIN_CHANNEL_EM) rule.x0 = rule.x1 = (end + x0) / 2;
    }
  }
}
