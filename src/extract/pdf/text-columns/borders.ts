/**
 * A found table's column borders: where a channel's border runs (borders, cellInGap), the borders a
 * header row gives (headerGrids, yearBorders, centredHeadings, borrowedBorders from the same header
 * earlier on the page), a column whose cells start flush after its border (flushColumn), and the
 * borders that give way (withoutTwins, headlessColumns, dropHeadless, headingOverEmpty). Asked by emit.
 */
import type { TextRun } from '../page-content.js';
import { labelRole } from '../../../vocabulary/index.js';
import { eraYearOf, findEraYears } from '../../../vocabulary/era-year.js';
import type { Block, Gap, Row } from './types.js';
import { CJK_END, CJK_START, ITEM_NUMBER, LABEL_CHARS, MIN_CHANNEL_EM, OVERRUN, SEAM, typedSpace } from './measures.js';
import { bodySize, kanjiSeamPieces, largerNumber, lineCells, nextLines, numberAgainst, piece, pieces, runAcross, wordGap, wrapsUnderAt } from './lines.js';
import { headerRow } from './blocks.js';

/** A table's header row as its cells (text and x), with the table's borders, where each column's cells start, and how many rows it has. */
export interface HeadColumns {
  cells: { text: string; x0: number; x1: number }[];
  xs: number[];
  starts: (FlushColumn | null)[];
  rows: number;
}

/**
 * A header row of labels the vocabulary knows, each centred over its column: a column's left border
 * mirrors its right one about its heading's middle. Where Writer sets the next column's text at that
 * right border (unpadded cells) and a body line's text resumes, after a hole, right at the mirrored
 * x, the border stands in that hole: a cell's first word set 2.5 pt after the cell before's line
 * (刈谷's …要望活動を行い、名古屋 | 道路建設課 | 三河道路等…, 課等 centred at 363.2 pt over a column that
 * ends where ・要望会の実施 starts, 416 pt: 2 × 363.2 − 416 = 310.4, where 道路建設課 starts; Noto Serif
 * 9.5 pt by LibreOffice without rules). A border the text's gaps placed elsewhere gives way.
 */
export function centredHeadings(blocks: Block[], xs: number[]): number[] {
  const first = blocks[0];
  if (!first || first.rows.length !== 1 || !headerRow(first.rows[0]!)) return xs;
  const cells = lineCells(first.rows[0]!);
  const body = blocks.slice(1).flatMap((b) => b.rows);
  const out = [...xs];
  for (let i = 0; i + 1 < out.length; i++) {
    const k = cells.findIndex((c, j) => j + 1 < cells.length && c.x1 <= out[i]! && cells[j + 1]!.x0 >= out[i]!);
    const heading = cells[k + 1];
    if (k < 0 || !heading || heading.x1 > out[i + 1]!) continue;
    // (the next column's text: where its lines start, after room or at their start)
    const starts = body.flatMap((r) => r.runs.filter((u, j) => u.x0 >= out[i + 1]! && u.x0 < (out[i + 2] ?? Infinity) && (j === 0 || u.x0 - r.runs[j - 1]!.x1 >= r.size * MIN_CHANNEL_EM)).map((u) => u.x0));
    if (starts.length === 0) continue;
    const m = heading.x0 + heading.x1 - Math.min(...starts);
    if (m <= cells[k]!.x1 || Math.abs(m - out[i]!) < first.rows[0]!.size) continue;
    // (in the hole where no line's text crosses: its middle, or its right end where another line's text runs up
    // to the cell's edge — 刈谷's 窓口サービスを通じ、市民の満足度を高めま set flush to ①市民が… at 190.1 pt, 促進します。
    // ending 3.6 pt before its ① there; IPAex Gothic 9.5 pt on A4 landscape by LibreOffice without rules, the 190th:
    // the border had stood at 288.4 in a typed space of ②マイナンバーカード受付 窓口を…, the department's goals lost;
    // …延命化を図ります。 | 水道課 under 課等, …水道水を供給 ending in that hole, 1.8 pt before its 水道課, with horizontal rules)
    const clear = (x: number) => !body.some((r) => r.runs.some((u) => u.x0 < x - 0.05 && u.x1 > x + 0.05));
    const hole = body.flatMap((r) => r.runs.flatMap((u, j) => (j > 0 && Math.abs(u.x0 - m) <= 0.3 && u.x0 - r.runs[j - 1]!.x1 > SEAM ? [(u.x0 + r.runs[j - 1]!.x1) / 2, u.x0] : [])))
      .slice(0, 2)
      .find(clear);
    if (hole === undefined) continue;
    // (a border the text already shows there stands for it: the one moved is inside the heading's column —
    // 刈谷's 課等 centred over 270.7–393.2 pt, its 下水道課 starting at 272.8 after a hole whose middle 水道課
    // crosses, the border read at 317.8 from 下水道課 雨水対策課; IPAex Gothic 13 pt, 25 mm, by LibreOffice without rules)
    out[i] = out.find((x, j) => j !== i && Math.abs(x - hole) < first.rows[0]!.size) ?? hole;
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * A border between a heading's column and a column no heading stands over, where the heading is
 * centred over both together and well off the middle of its own: the text's gap inside one cell
 * (刈谷's 課等 centred over 270.7–393.2 pt, a border read at 317.8 from 下水道課 雨水対策課 on one line,
 * the other lines' 水道課 and 下水道課 short of it; IPAex Gothic 13 pt, 25 mm, LibreOffice without rules:
 * 下水道課 had gone into a column of no heading and was lost). Not a column the heading is centred
 * over alone, whatever stands beside it (a label column under no heading beside 令和2年度 …).
 */
export function headlessColumns(blocks: Block[], xs: number[]): number[] {
  const first = blocks[0];
  if (!first || first.rows.length !== 1 || !headerRow(first.rows[0]!) || xs.length < 3) return xs;
  const size = first.rows[0]!.size;
  const cells = lineCells(first.rows[0]!);
  const edges = [Math.min(first.x0, ...blocks.map((b) => b.x0)), ...xs, Math.max(first.x1, ...blocks.map((b) => b.x1))];
  const headed = (a: number, b: number) => cells.some((c) => c.x0 >= a - 1 && c.x1 <= b + 1);
  const drop = new Set<number>();
  for (const c of cells) {
    const i = edges.findIndex((x, k) => k + 1 < edges.length && c.x0 >= x - 1 && c.x1 <= edges[k + 1]! + 1);
    if (i < 0) continue;
    const mid = (c.x0 + c.x1) / 2;
    const off = (a: number, b: number) => Math.abs(mid - (a + b) / 2);
    if (off(edges[i]!, edges[i + 1]!) <= size) continue;
    // the column on either side, under no heading, with which the heading stands centred
    if (i > 0 && !headed(edges[i - 1]!, edges[i]!) && off(edges[i - 1]!, edges[i + 1]!) <= size * 0.5) drop.add(edges[i]!);
    else if (i + 2 < edges.length && !headed(edges[i + 1]!, edges[i + 2]!) && off(edges[i]!, edges[i + 2]!) <= size * 0.5) drop.add(edges[i + 1]!);
  }
  return drop.size ? xs.filter((x) => !drop.has(x)) : xs;
}

/** The header row a table starts with: one line of three short cells or more, a word gap apart. */
function headCells(blocks: Block[]): HeadColumns['cells'] | null {
  const first = blocks[0];
  if (!first || first.rows.length !== 1) return null;
  const r = first.rows[0]!;
  const cells = lineCells(r);
  return cells.length >= 3 && cells.every((c) => c.text.length <= LABEL_CHARS) ? cells : null;
}

/**
 * A border of a table set under the very same header, at the same places, earlier on the page,
 * where that one shows more rows and its column's cells start on one x: a table of one row whose
 * line has text starting on that x leaves a narrow gap before it that no second row confirms
 * (刈谷's (4) 市民参加… table, 促進します。 3 pt from 総務文書課 at 308.4 pt, where the 課 names of
 * the (1) and (3) tables above start under the same 組織目標 | 取組内容 | 課等 | 目標達成基準;
 * LibreOffice, mincho 9 pt). Its own border between the same two headings gives way.
 */
export function borrowedBorders(heads: HeadColumns[], blocks: Block[], xs: number[]): number[] {
  const cells = headCells(blocks);
  if (!cells) return xs;
  const body = blocks.slice(1).flatMap((b) => b.rows);
  const same = heads.find((h) => h.cells.length === cells.length && h.cells.every((c, i) => c.text === cells[i]!.text && Math.abs(c.x0 - cells[i]!.x0) <= 0.5 && Math.abs(c.x1 - cells[i]!.x1) <= 0.5));
  if (!same) {
    heads.push({ cells, xs, rows: body.length, starts: xs.map((x, i) => flushColumn(body, x, xs[i + 1] ?? Infinity)) });
    return xs;
  }
  if (same.rows <= body.length) return xs;
  const em = blocks[0]!.rows[0]!.size;
  let out = [...xs];
  same.xs.forEach((x, i) => {
    const start = same.starts[i];
    if (!start || out.some((own) => Math.abs(own - x) <= em)) return;
    const shown = body.some((r) => r.runs.some((u, k) => k > 0 && Math.abs(u.x0 - start.at) <= 0.3 && r.runs[k - 1]!.x1 < u.x0 - SEAM));
    if (!shown) return;
    const slot = cells.findIndex((c, k) => k + 1 < cells.length && c.x1 < x && cells[k + 1]!.x0 > x);
    out = out.filter((own) => !(slot >= 0 && own > cells[slot]!.x1 && own < cells[slot + 1]!.x0));
    out.push(x);
  });
  return out.sort((a, b) => a - b);
}

/**
 * The borders another table of the page, from the same left edge, found about the label column,
 * where this table's lines leave them open and one of them has text on both sides: the label
 * column, which its few rows set too close to the text beside it to show (伊勢崎's 取組達 | ○ and 示 |
 * 96.1% at a page's head, 1.1 pt apart, under the year heads repeated; the 取組課題 row under them, a
 * table of its own past the last rule's stack, shows the border; horizontal rules by LibreOffice,
 * IPAex Gothic 12 pt, 30 mm). A border of this table's own within an em of it that its lines run
 * across gives way to it (伊勢崎's 取組達成度 | ○ beside a border at 153 pt the centred 令和2年度 over
 * it made, the ○ across it; the 取組課題 row's border at 144 pt).
 */
export function siblingBorders(siblings: number[], xs: number[], rows: Row[], x0: number): number[] {
  const em = rows[0]?.size ?? 0;
  const open = (x: number) => !runAcross(rows, x, 0.1);
  let out = [...xs];
  for (const s of [...new Set(siblings)].sort((a, b) => a - b)) {
    const first = out[0] ?? Infinity;
    if (s <= x0 + 1 || s > first + em || !open(s)) continue;
    const next = out.find((x) => x > s + em) ?? Infinity;
    const beside = rows.some((r) => r.runs.some((u) => u.x1 <= s && u.x0 >= x0) && r.runs.some((u) => u.x0 >= s && u.x0 < next));
    if (!beside) continue;
    // (not one a line's character overruns by less than a seam's slack where the next cell's text is
    // set against it: the border Writer's unpadded cells put just before where that text starts,
    // 刈谷's …行政運営の透|①税制改正… with 透 ending at 214.6 pt, the border at 214.35; IPAex Gothic
    // 9 pt landscape by LibreOffice, an outer frame)
    const setAgainst = (x: number) => rows.every((r) => r.runs.every((u, k) => !(u.x0 < x - 0.1 && u.x1 > x + 0.1) || (u.x1 - x <= OVERRUN && !!r.runs[k + 1] && Math.abs(r.runs[k + 1]!.x0 - u.x1) <= SEAM)));
    const crossed = out.filter((x) => Math.abs(x - s) <= em && !open(x) && !setAgainst(x));
    if (crossed.length > 0) out = [...out.filter((x) => !crossed.includes(x)), s];
    else if (s < first - em) out.push(s);
    out.sort((a, b) => a - b);
  }
  return out;
}

/**
 * A header row whose every cell is a label the vocabulary knows, set left in its cell, and the row right under
 * it: their borders are where the header's cells start, whatever the rows further down show (a
 * sheet holds two grids: 木更津's 事業No. | 推進項目名称 | 担当課 over 1 | 人事評価制度の充実 (複線型 |
 * 総務部職員課, and 指標① | 名称 | 年度 | 目標値 | 結果 under it, whose borders would cut the title
 * at its narrow hole before `(` and leave the 担当課 in the title's cell: Noto by LibreOffice and
 * Chromium). Each header cell after the first needs a border: a table border within two ems before
 * its start, or a hole in the row under it that ends right where it starts. Otherwise the table's
 * borders stand. Returns, by block index, the borders of those two rows.
 */
/**
 * A header cell that is two labels the vocabulary knows set edge to edge, parted where a run of the line ends
 * and the next starts: two cells (木更津's 推進項目名称担当課, 名称 ending at 199 pt and 担当課 from 199.9, Writer's
 * unpadded cells; Noto Serif CJK 14 pt on B5 by LibreOffice in an outer frame — the title and its 担当課 had been
 * one cell, read a line of each in turn).
 */
function labelsSetTogether(r: Row, c: { x0: number; x1: number; text: string }): { x0: number; x1: number; text: string }[] {
  if ([...c.text].length > LABEL_CHARS * 2 || labelRole(c.text) !== null) return [c];
  const runs = r.runs.filter((u) => u.x0 >= c.x0 - 0.01 && u.x1 <= c.x1 + 0.01);
  for (let k = 1; k < runs.length; k++) {
    if (runs[k]!.x0 < runs[k - 1]!.x1) continue;
    const left = runs.slice(0, k).map((u) => u.text).join('').trim();
    const right = runs.slice(k).map((u) => u.text).join('').trim();
    if (labelRole(left) !== null && labelRole(right) !== null) return [{ x0: c.x0, x1: runs[k - 1]!.x1, text: left }, { x0: runs[k]!.x0, x1: c.x1, text: right }];
  }
  return [c];
}

export function headerGrids(blocks: Block[], xs: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // (the row under it: no farther below than two ems, or than rows of this table stand apart —
  // Writer's padded rows in Noto Serif landscape stand 2.1 ems apart on 木更津's sheets)
  const apart = blocks.slice(1).map((b, i) => b.top - blocks[i]!.bottom).sort((a, b) => a - b);
  const usual = apart.length > 0 ? apart[Math.floor(apart.length / 2)]! * 1.25 : 0;
  blocks.forEach((p, i) => {
    const b = blocks[i + 1];
    if (!b || p.drawn || b.drawn || p.rows.length > 3 || out.has(i)) return;
    const r = p.rows[0]!;
    const em = r.size;
    if (b.top - p.bottom > Math.max(em * 2, usual)) return;
    const cells = lineCells(r).flatMap((c) => labelsSetTogether(r, c));
    // (its labels may wrap in their cells: the lines under the first each inside one cell's stretch, up to
    // where the next cell starts — 木更津's 事業No. | 推進項目名 / 称 | 担当課, Noto Serif CJK 15 pt on A4 by
    // LibreOffice without rules, the 163rd: the title had taken the 担当課's text)
    const within = (q: { x0: number; x1: number }) => cells.some((c, k) => q.x0 >= c.x0 - 0.5 && q.x1 <= (cells[k + 1]?.x0 ?? Infinity) - em * MIN_CHANNEL_EM);
    if (!p.rows.slice(1).every((w) => pieces(w, w.size * MIN_CHANNEL_EM).every(within))) return;
    // (every cell a label: a row of label | value pairs, 伊勢崎's No. | ④ | 取組項目 | 情報システムの
    // 最適化, is no header)
    if (cells.length < 2 || cells.some((c) => [...c.text].length > LABEL_CHARS || labelRole(c.text) === null)) return;
    const grid: number[] = [];
    const open = (x: number) => !runAcross([...p.rows, ...b.rows], x, 0.1);
    for (const c of cells.slice(1)) {
      const own = xs.filter((x) => x <= c.x0 + 0.5 && x >= c.x0 - em * 2).at(-1);
      // (a hole under the header's start: the text of the row under it starts there, however
      // little room Writer leaves: 木更津's ふるさと応援寄附金・企業版 ending 0.1 pt before 財務部財政課
      // under 担当課, Noto Serif landscape 10 pt)
      // No room at all where the cell before it wraps on its other lines: Writer sets the title's
      // first line to the cell's edge and the next cell's text starts right there (木更津's
      // 働き方改革の促進(時間 | 総務部職員課 / 外勤務の縮減), both at 227.3 pt, BIZ UDPMincho 9.5 pt, 12 mm);
      // `open` then asks that no line of the row run across it.
      const least = b.rows.length >= 2 ? -0.05 : 0.05;
      const hole = b.rows.flatMap((row) => row.runs.flatMap((u, k) => (k > 0 && Math.abs(u.x0 - c.x0) <= 0.3 && u.x0 - row.runs[k - 1]!.x1 >= least ? [(row.runs[k - 1]!.x1 + u.x0) / 2] : [])))[0];
      // (the table's border only where the row under leaves it open: a title that wraps at the
      // header's start runs across the border the rows further down show, ICTの活用による業 |
      // 市長公室経営改革課 / 務改善 over 235 pt where the 担当課 starts at 245 pt, Noto Serif 11 pt)
      // (or, where another line of that row runs on into the hole, between its end and the start:
      // 木更津's 働き方改革の | 総務部職員課 over 促進(時間外勤, 6.4 pt on, Noto Serif 12 pt by LibreOffice)
      const ends = b.rows.flatMap((row) => row.runs.filter((u) => u.x1 <= c.x0 + 0.1).map((u) => u.x1));
      const snug = hole !== undefined && ends.length > 0 ? (Math.max(...ends) + c.x0) / 2 : undefined;
      // (nor the table's border where a line of the row under runs across it, a word space there at
      // most, on to that hole: the title's first line broke at a space where its other lines wrap and
      // ran on into the padding up to the next cell's text — 木更津's 働き方改革の促進 (時 | 総務部職員課 /
      // 間外勤務の縮減), the border 1.8 em before 担当課 left `(時` heading the department's cell; BIZ
      // UDPMincho 8.5 pt on B5 by LibreOffice without rules)
      const runsOn = (y: number) => hole !== undefined && y < hole - 0.5 && b.rows.some((row) => pieces(row, row.size * MIN_CHANNEL_EM).some((q) => q.x0 < y - SEAM && q.x1 >= hole - 0.3));
      const x = [own !== undefined && runsOn(own) ? undefined : own, hole, snug].find((y) => y !== undefined && open(y));
      if (x === undefined) return;
      grid.push(x);
    }
    // (in order)
    if (grid.some((x, k) => k > 0 && x <= grid[k - 1]!)) return;
    if (grid.every((x) => xs.some((y) => Math.abs(y - x) < 0.01)) && grid.length === xs.length) return;
    out.set(i, grid);
    out.set(i + 1, grid);
  });
  return out;
}

/**
 * The borders a row of era years gives where each year is set centred over its column (令和2年度 …
 * 令和6年度 over a sheet's year table): between two years where the rows under them part
 * (`bordersBetween`), the first year's left border as far before it as its column is wide. Where the
 * body leaves whole year columns empty its text gaps span several borders and show none of them
 * (伊勢崎's ネーミングライツ sheet, its 令和2・3年度 blank: one gap from the label to 令和4年度's text,
 * BIZ UDPGothic by Chromium). Taken only where the rows under the years bear them out: no more than a
 * third of the lines near a border run across it (merged cells of a 取組工程 row may); years set at
 * their columns' starts put the borders inside the cells, and the body's lines cross them. Borders
 * the text showed left of the years (the label column) and past them stay, and so do those within an
 * em of where the years put one.
 */
export function yearBorders(blocks: Block[], xs: number[]): number[] {
  const rows = blocks.flatMap((b) => b.rows);
  // (a year the header wrapped in its narrow column reads with its wrap under it: 令和6 / 年度 beside
  // 令和5年 / 度, 伊勢崎's year row at a page's foot in IPAex Mincho 12 pt on B5 by Chromium in an outer
  // frame — read as no year, the row kept its years in one cell and the plans on the next page were lost)
  const wrapOf = (c: { x0: number; x1: number }, under: Row | undefined) => (under ? lineCells(under).find((p) => p.x0 >= c.x0 - 0.5 && p.x0 < c.x1 && /^年?度$/u.test(p.text.trim()))?.text.trim() ?? '' : '');
  const yearOf = (c: { text: string; x0: number; x1: number }, under: Row | undefined) => eraYearOf(c.text) ?? (/^(?:令和|平成|R)/u.test(c.text.trim()) ? eraYearOf(c.text.trim() + wrapOf(c, under)) : null);
  const yearRun = (cells: { text: string; x0: number; x1: number }[], under: Row | undefined) => {
    const years = cells.map((c) => yearOf(c, under));
    const first = years.findIndex((y) => y !== null);
    return first < 0 || cells.length - first < 3 || years.some((y, i) => i > first && y !== years[i - 1]! + 1) ? -1 : first;
  };
  for (const [ri, r] of rows.entries()) {
    const under = rows.slice(ri + 1).find((o) => o.top > r.bottom - 0.5 && o.top - r.bottom < r.size * 1.5);
    // (years Writer set in columns each as wide as its year, a quarter em apart or less: 伊勢崎's
    // 令和2年度 令和3年度 … over 施策の実施 施策の実施 …, Noto Sans by LibreOffice; the holes between
    // two kana or kanji, on its line and the body's, are the measure: Writer leaves holes as wide
    // beside digits, 令和 2 年度)
    // (and where the drawing parts two years' cells set against each other: 伊勢崎's ・伊勢崎市 | ・伊勢崎市情報セキュリティ
    // under 令和3年度 | 令和4年度, no room between them; IPAex Gothic 16 pt on B5 by LibreOffice in an outer frame)
    let parts = (o: Row) => pieces(o, o.size * MIN_CHANNEL_EM, false, true);
    let cells: { x0: number; x1: number; text: string; parted?: boolean }[] = lineCells(r);
    let first = yearRun(cells, under);
    // (the rows under the years: a sheet's text above them runs across the year columns)
    const body = rows.filter((o) => o.top > r.top);
    // (a cell of years set edge to edge parted one a year, see yearsApart, where the body's cells start
    // where each parted year does)
    const apart = yearsApart(r, cells);
    const apartFirst = apart.length > cells.length && body.length > 0 ? yearRun(apart, under) : -1;
    if (apartFirst >= 0 && bordersBetween(apart.slice(apartFirst), xs, body.map(parts)) !== null) {
      cells = apart;
      first = apartFirst;
    }
    if (first < 0) {
      // (the body parted there too, and at a word gap before an arrow or a bullet after kana or kanji: 伊勢崎's
      // ・タブレッ | → 導入 →, 101 pt apart, one piece across two year borders by kana seams alone — the year row 1.2 pt
      // apart over it was left one cell; IPAex Mincho 12 pt on B5 by LibreOffice in an outer frame. Not at every word
      // gap: after a sentence's 。 two cells' text may read as one piece that the year borders are right to fear —
      // 伊勢崎's …めた。 | 定期配信, stop 89)
      parts = (o: Row) => {
        const out: { x0: number; x1: number }[] = [];
        const seams = kanjiSeamPieces(o);
        o.runs.forEach((u, i) => {
          const v = o.runs[i - 1];
          const last = out.at(-1);
          const newSeam = seams.some((p) => Math.abs(p.x0 - u.x0) <= 0.01);
          const gap = !!v && u.x0 - v.x1 >= o.size * MIN_CHANNEL_EM && CJK_END.test(v.text) && /^[→⇒・･]/u.test(u.text.trim());
          if (last && v && !newSeam && !gap) last.x1 = Math.max(last.x1, u.x1);
          else out.push({ x0: u.x0, x1: u.x1 });
        });
        return out;
      };
      cells = lineCells(r, kanjiSeamPieces(r));
      first = yearRun(cells, under);
    }
    if (first < 0) continue;
    const yearCells = cells.slice(first);
    const mids = yearCells.map((c) => (c.x0 + c.x1) / 2);
    // (a year read with its wrap stands in a column narrowed to it, none of the others' step: the steps
    // between the others tell whether they stand evenly — 伊勢崎's 令和2年度 … 令和5年度 136 pt apart, 令和6 / 年度
    // 87 pt on, the header a page repeats, Noto Serif by LibreOffice in an outer frame)
    const wrapped = yearCells.map((c) => eraYearOf(c.text) === null);
    const allSteps = mids.slice(1).map((m, i) => m - mids[i]!);
    const whole = allSteps.filter((_, i) => !wrapped[i] && !wrapped[i + 1]);
    const steps = whole.length >= 2 ? whole : allSteps;
    const step = steps.reduce((a, v) => a + v, 0) / steps.length;
    const even = steps.every((v) => Math.abs(v - step) <= r.size * 0.3);
    // (a border the text shows within an em of one stays: the text gap is the finer measure, and
    // Writer's unpadded cells start their text right at it)
    // Not to the right past where the body's cells start: that would move their text a column left (伊勢崎's
    // 2021 text from 150.7 pt, a border the heads' gap put at 160.5, see bordersBetween)
    const startsBetween = (x: number, y: number) => body.some((o) => parts(o).some((p) => p.x0 > x && p.x0 < y));
    const snap = (x: number) => xs.find((y) => Math.abs(y - x) <= r.size && !startsBetween(x, y)) ?? x;
    // (none under them: the page broke the table under its year row, its body set on the next
    // page in its own widths; 伊勢崎 by LibreOffice, Noto Serif 11.5 pt)
    const inner = body.length > 0 ? bordersBetween(yearCells, xs, body.map(parts)) : null;
    if (!inner) continue;
    // the first year's own left border: half a step before it where the years stand evenly, else as
    // far before its centre as its right border stands after it (Writer sizes each column by its
    // content: a column the body leaves empty, the plan's first year reported from the second, parts
    // from the label column only so)
    // (where the year before the first found ends the cell before it, set against the header's label, a
    // border the text shows between the two years, the nearest the first, is that year's own, however far
    // from the estimate: 伊勢崎's 具体的な取組事 | 令和2年度 read as one cell, 令和3年度 the first year found, its
    // estimate 368.8 pt through the 令和2年度 cells' 説明会・研修会 where the text parts at 378.8; Noto Sans CJK
    // 12 pt on B5 landscape by LibreOffice in an outer frame)
    const tail = first > 0 ? /(?:令和|平成|R)[0-9０-９元]{1,2}年度?$/u.exec(cells[first - 1]!.text.trim())?.[0] : undefined;
    const glued = !!tail && eraYearOf(tail) === yearOf(yearCells[0]!, under)! - 1;
    const shownBefore = glued ? xs.filter((x) => x > cells[first - 1]!.x1 && x < yearCells[0]!.x0).at(-1) : undefined;
    const borders = [shownBefore ?? snap(even ? mids[0]! - step / 2 : yearCells[0]!.x0 + yearCells[0]!.x1 - inner[0]!), ...inner.map(snap)];
    // (estimated a hair past where lines under it start their cells, the border stands before them: Writer's
    // cells without rules set their text right at it — 伊勢崎's 検証 / 検証 / 再選定3施設 from 408.0 pt under
    // 令和2年度, whose even years put the border at 408.05; Noto Sans 11 pt on A3 landscape, 3 pt padding, by
    // LibreOffice without rules — each plan had started in the empty column left of its year, and the year's
    // plan was lost)
    const hair = body.flatMap((o) => parts(o).filter((p, i) => i > 0 && p.x0 < borders[0]! && p.x0 >= borders[0]! - 1).map((p) => p.x0));
    // (one line is enough, a grade set at its cell's left edge on a row of its own: 伊勢崎's 取組達 | ○ at 92.7 pt, the
    // even years' estimate 92.8; IPAex Gothic 12 pt on B5 landscape by LibreOffice in an outer frame — past it, the ○
    // had been read into the label)
    if (hair.length >= 1) borders[0] = Math.min(...hair) - SEAM;
    if (first > 0 && cells[first - 1]!.x1 > borders[0]!) continue;
    const crossing = (x: number, by = parts) => body.filter((o) => by(o).some((p) => p.x0 < x - SEAM && p.x1 > x + SEAM)).length;
    const near = (x: number) => body.filter((o) => o.runs.some((u) => u.x1 > x - step / 2 && u.x0 < x + step / 2)).length;
    // (a line that parts between two kana or kanji where the next year's text starts does not cross
    // its border — where the year's heading starts, or where two other lines' cells start after room:
    // Writer's unpadded cells set a sheet's item, its first year's plan and its second's each 2.7 pt
    // apart, less than a word gap; 伊勢崎's ・管路台帳シ システム構築 運用開始, Noto Serif 13 pt by
    // LibreOffice without rules, the years 14 pt apart over them. Not a hole elsewhere: a sentence's
    // SDGs研|修 across a year's border, the fortieth typography)
    const cellStarts = (o: Row) => parts(o).slice(1).map((p) => p.x0);
    const shownBy = (a: number, o: Row) => body.filter((q) => q !== o && cellStarts(q).some((x) => Math.abs(x - a) <= 0.5)).length >= 2;
    const partsWhere = (o: Row, x: number, heading: number) => kanjiSeamPieces(o).some((p, i) => i > 0 && Math.abs(p.x0 - x) <= r.size && (Math.abs(p.x0 - heading) <= 0.5 || shownBy(p.x0, o)));
    const crossed = (x: number, k: number) => {
      const lines = body.filter((o) => parts(o).some((p) => p.x0 < x - SEAM && p.x1 > x + SEAM) && !partsWhere(o, x, yearCells[k + 1]!.x0));
      return crossing(x) * 3 > near(x) && lines.length * 3 > near(x);
    };
    if (borders.slice(1).some(crossed)) return xs;
    if (crossing(borders[0]!) * 3 > near(borders[0]!)) {
      // (the label column's text set against the first year's, less than a word gap apart, Writer's
      // cells unpadded: the first year's border stands where most of its lines start, an em or less
      // from the estimate, the holes between two kana or kanji the measure — 伊勢崎's 取組状況 |
      // 令和2年度で指定期間が 2.2 pt apart, the page's part of a sheet under its repeated year row,
      // Noto Sans 10 pt by LibreOffice)
      const seams = body.map(kanjiSeamPieces);
      const startsAt = (x: number) => seams.filter((ps) => ps.some((p) => Math.abs(p.x0 - x) <= 0.3)).length;
      const counted = [...new Set(seams.flat().map((p) => p.x0).filter((x) => Math.abs(x - borders[0]!) <= r.size))].map((x) => ({ x, lines: startsAt(x) }));
      const start = counted.sort((a, b) => b.lines - a.lines)[0];
      if (!start || start.lines < 3) return xs;
      borders[0] = start.x - SEAM;
      if (crossing(borders[0], kanjiSeamPieces) * 3 > near(borders[0])) return xs;
    }
    // (not where a border they leave out parts two cells of a row above the years: 伊勢崎's 取組項目 |
    // 診療材料等の… over 具体的な取組事項 | 令和2年度 …, a sheet's head and its year table one table)
    const above = rows.filter((o) => o.bottom < r.top);
    const partsAbove = (x: number) => above.some((o) => {
      const ps = pieces(o, o.size * MIN_CHANNEL_EM);
      return ps.some((p, i) => i > 0 && p.x0 >= x && p.x0 - x <= o.size * 1.5 && ps[i - 1]!.x1 <= x);
    });
    // (years set from their columns' left edges, not centred, stand evenly too, and half a step before
    // the first one's middle falls inside the column before: a border the text shows between there and
    // the first year's text, that parts the rows above the years too, is the first year's own —
    // 伊勢崎's 令和2年度 … 令和6年度 each at its column's start over 検証 17施設, the label column's border
    // under 5年後までの目標 | 令和2年4月より… at 443.6 pt, the estimate at 399.2; Noto Sans 11 pt on A3
    // landscape by LibreOffice without rules — the year row kept the holes 令和 | 2年度 and
    // 検証 | 17施設 as borders, and the plans were lost)
    const before = xs.filter((x) => x > borders[0]! + r.size && x <= yearCells[0]!.x0 + SEAM && partsAbove(x));
    if (even && before.length > 0) borders[0] = Math.max(...before);
    const end = even ? mids.at(-1)! + step / 2 : 2 * mids.at(-1)! - borders.at(-1)!;
    // (evenly set years in a table wider than they reach, where no border shows past them: the last year's column is as
    // wide as the others, the room after it a column its rows leave empty — 伊勢崎's 令和6年度 from 366.4 pt, 41.1 apart,
    // in a table to 444.8 over an empty last column, Noto Serif CJK 12 pt on B5 as a Writer document with horizontal
    // rules or none, the 305th: read to the table's side, 更新工 / 事 had stopped short of it, its wrap a new line)
    const past = xs.filter((x) => x > end - r.size);
    // (where the last year's cells fill their column to that end — text wrapped there — and none runs past it)
    const last = borders.at(-1)!;
    const filled = body.some((o) => parts(o).some((p) => p.x0 >= last - SEAM && p.x1 <= end + SEAM && p.x1 >= end - r.size));
    const wider = even && past.length === 0 && filled && rows.some((o) => o.x1 > end + r.size) && !body.some((o) => parts(o).some((p) => p.x0 < end - SEAM && p.x1 > end + SEAM));
    const out = [...xs.filter((x) => x < borders[0]! - r.size), ...borders, ...(wider ? [end] : past)];
    if (xs.some((x) => !out.includes(x) && partsAbove(x))) return xs;
    return out;
  }
  return xs;
}

/**
 * A line's cells with a cell of era years set edge to edge (令和3年度令和4年度) parted into one cell a
 * year, each where its characters stand (a run's characters spaced evenly across it): LibreOffice fills
 * a narrow year column's head up to the next one's first character (伊勢崎's 令和2年度 | 令和3年度令和4年度 |
 * 令和5年度 over 検討 → under 令和4年度 only, BIZ UDPGothic 14 pt on B5 without rules: the years found no
 * border between them, and every plan of the sheet was read a year early).
 */
function yearsApart(r: Row, cells: { x0: number; x1: number; text: string }[]): { x0: number; x1: number; text: string; parted?: boolean }[] {
  return cells.flatMap((c) => {
    const key = c.text.replace(/\s/gu, '');
    const ys = findEraYears(key);
    if (ys.length < 2 || ys.map((y) => y.written).join('') !== key) return [c];
    const chars = r.runs
      .filter((u) => u.x0 >= c.x0 - 0.01 && u.x1 <= c.x1 + 0.01)
      .flatMap((u) => {
        const all = [...u.text];
        const w = (u.x1 - u.x0) / all.length;
        return all.flatMap((ch, k) => (/\s/u.test(ch) ? [] : [{ x0: u.x0 + w * k, x1: u.x0 + w * (k + 1), spaced: k > 0 && /\s/u.test(all[k - 1]!) }]));
      });
    if (chars.length !== [...key].length) return [c];
    let at = 0;
    // (a year a space parts from the one before stands in a gap of its own, no edge-to-edge part: 伊勢崎's
    // 令和2年度 令和3年度 over two columns the body leaves empty, BIZ UDPGothic 14 pt on B5 by LibreOffice in
    // an outer frame — one cell, the years under it had moved two early)
    return ys.map((y, k) => {
      const n = [...y.written].length;
      const part = { x0: chars[at]!.x0, x1: chars[at + n - 1]!.x1, text: y.written, parted: k > 0 && !chars[at]!.spaced };
      at += n;
      return part;
    });
  });
}

/**
 * The borders between consecutive years' columns: in the gap between two years, where the body's
 * text parts — after every piece that ends in it, before every piece that starts in it (a piece
 * wholly in it starts there) — on the border the text shows there if any, else that stretch's
 * middle. A year column the body fills may start its text in the gap before its year (伊勢崎's
 * 令和4年度 文化会館外… 15 pt before the year, beside an empty 令和3年度; IPAex Gothic 12 pt by
 * LibreOffice, no rules); Writer sizes each column by its content, so the years do not stand evenly
 * (73.5, 79.5, 76 and 69.6 pt apart on the same sheets). Null where a gap leaves no such place.
 */
function bordersBetween(cells: { x0: number; x1: number; parted?: boolean }[], xs: number[], body: { x0: number; x1: number }[][]): number[] | null {
  const parts = body.flat();
  const inner: number[] = [];
  // (years parted from one cell by yearsApart: the border stands where each starts, no body text across
  // it, and the body's cells start where one of them does at least — not over a sliver only the head
  // reaches into, 伊勢崎's 令和5年度令和6年度 repeated at a page's head, stop 89)
  let parted = 0;
  let shown = 0;
  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i]!.x1;
    const b = cells[i + 1]!.x0;
    if (cells[i + 1]!.parted) {
      if (parts.some((p) => p.x0 < b - SEAM && p.x1 > b + SEAM)) return null;
      parted++;
      if (parts.some((p) => Math.abs(p.x0 - b) <= 1)) shown++;
      inner.push(xs.find((x) => Math.abs(x - b) <= SEAM) ?? b - SEAM / 2);
      continue;
    }
    // (text that starts where a year's head ends starts the next year's cell: Writer's unpadded cells set
    // a year's text right at its border, and a centred head may fill its own cell to it — 伊勢崎's — and
    // 市民課と共同で… from 150.7 pt where 令和2年度 ends, the column of 令和2年度 empty under it, BIZ UDPGothic
    // 14 pt on B5 by LibreOffice in an outer frame: the border was taken from the heads' gap, and every
    // year's text had moved a year early)
    const lo = Math.max(a, ...parts.filter((p) => p.x0 < a - SEAM && p.x1 > a && p.x1 < b).map((p) => p.x1));
    const hi = Math.min(b, ...parts.filter((p) => p.x0 >= a - SEAM && p.x0 < b).map((p) => p.x0));
    if (lo > hi) return null;
    inner.push(lo >= hi - SEAM ? hi - SEAM / 2 : (xs.find((x) => x >= lo && x <= hi) ?? (lo + hi) / 2));
  }
  return parted > 0 && shown === 0 ? null : inner;
}

/** Where the cells of a column start, left-aligned just right of its border, and how far their text reaches. */
interface FlushColumn {
  at: number;
  reach: number;
}

/**
 * A column whose cells start on one x a little right of its border, on two lines or more that
 * leave the border open: the edge a line of the cell to its left may run up to with no gap.
 */
export function flushColumn(rows: Row[], x: number, next: number): FlushColumn | null {
  const starts: { at: number; end: number }[] = [];
  for (const r of rows) {
    if (pieces(r, SEAM).some((p) => p.x0 < x && p.x1 > x)) continue;
    const u = r.runs.find((v) => v.x0 >= x - 0.1);
    if (u && u.x0 < next && u.x0 - x < r.size) starts.push({ at: u.x0, end: u.x0 + piece(r, u.x0, 1) });
  }
  for (const s of starts) {
    const same = starts.filter((t) => Math.abs(t.at - s.at) <= 0.3);
    if (same.length >= 2) return { at: s.at, reach: Math.max(...same.map((t) => t.end)) };
  }
  return null;
}

/**
 * Whether a line's text runs on over a border only because its cell was set against the next
 * with no padding: LibreOffice's unpadded cells in a monospaced typography (刈谷's 取組内容
 * ①地域の防災活動を支援し、地域防災体制の充 ending at 281.7 pt where 危機管理課 starts, its next line
 * 実強化を図ります。 under it; the 課 names of the rows below start at 281.7 pt with room before
 * them; mincho 9 pt, the fifth typography). The line parts there between two runs, kanji or kana on both
 * sides, wraps under its start, and what follows fits the column as its other cells do.
 */
export function flushAgainst(rows: Row[], r: Row, col: FlushColumn): boolean {
  const i = r.runs.findIndex((u) => Math.abs(u.x0 - col.at) <= 0.2);
  if (i <= 0) return false;
  const [before, after] = [r.runs[i - 1]!, r.runs[i]!];
  if (after.x0 - before.x1 > SEAM || before.x1 > col.at + 0.2) return false;
  // (or an item number starting the cell: 刈谷's 組織目標 …市民サー set against ①市公式のスマホ向け…, Noto
  // Sans 9 pt landscape by LibreOffice without rules)
  if (!CJK_END.test(before.text) || !(CJK_START.test(after.text) || /^[①-⑳]/u.test(after.text))) return false;
  if (piece(r, col.at, -1) < r.size * 2 || col.at + piece(r, col.at, 1) > col.reach + r.size * 0.5) return false;
  return wrapsUnderAt(rows, r, col.at);
}

/**
 * Two borders less than a character and a half apart with no text wholly between them are one:
 * the header row's gaps put it a little right of the body's (刈谷's 組織目標 | 取組内容 at 148 and
 * 156 pt, each page's part set to widths of its own by LibreOffice in an outer frame; its
 * 取組内容 | 課等 at 285 and 301 pt, two characters apart, stay two), and a body cell would span the sliver while its heading stands
 * right of it. The left one stays: the body's text starts between them. Not where text runs across
 * each of them, the lines across one all above the lines across the other: two tables of one form,
 * each column sized to its own text (部長目標's departments one under the other, 子ども未来部 run
 * across 市民環境部's border, 市民環境部長 across 子ども未来部's, 11.7 pt apart; BIZ UDGothic 9.5 pt by
 * LibreOffice with horizontal rules — the second dropped, 子ども未来|部).
 */
export function withoutTwins(xs: number[], blocks: Block[]): number[] {
  const rows = blocks.flatMap((b) => b.rows);
  if (rows.length === 0) return xs;
  const em = bodySize(rows.reduce((a, b) => (b.runs.length > a.runs.length ? b : a)));
  const out: number[] = [];
  for (const x of xs) {
    const prev = out.at(-1);
    if (prev !== undefined && x - prev < em * 1.5 && !rows.some((r) => r.runs.some((u) => u.x0 > prev && u.x1 < x)) && !apart(rows, prev, x)) continue;
    out.push(x);
  }
  return out;
}

/** Whether lines run across x0 and not x1 all above, or all below, lines that run across x1 and not x0: each border some rows'. */
function apart(rows: Row[], x0: number, x1: number): boolean {
  // (by a quarter of a character at least: Writer sets a full line's last character past its cell's edge)
  const across = (k: number) => rows.flatMap((r, i) => (runAcross([r], k === 0 ? x0 : x1, r.size / 4) && !runAcross([r], k === 0 ? x1 : x0, 0.5) ? [i] : []));
  const [a, b] = [across(0), across(1)];
  return a.length > 0 && b.length > 0 && (Math.max(...a) < Math.min(...b) || Math.max(...b) < Math.min(...a));
}

/**
 * A column under a header row of labels the vocabulary knows that no heading stands over, whose text
 * is one line of one cell, is the end of that line's cell in the column before it: Writer's hole in a
 * title's line (刈谷's ②マイナンバーカード受付 窓口を設置し、市民負担の | 少ない窓, 2.2 pt, the line run on
 * flush to 市民課; the headings 組織目標 取組内容 課等 目標達成基準 centred; IPAex Gothic 10 pt
 * landscape by LibreOffice). Its left border goes (in place).
 */
export function dropHeadless(blocks: Block[], xs: number[], drawn: Block | null = null): void {
  // (or under a drawn header, whose cells start where its columns do: no cell of it starts in the
  // column — 刈谷's 少 set past 取組内容's edge, 426.8–438.4 pt inside that heading's shaded cell; Noto
  // Sans CJK 10.5 pt landscape by LibreOffice with shaded headers)
  const head = drawn ?? blocks[0];
  if (!head || (!drawn && (head.drawn || head.rows.length !== 1 || !headerRow(head.rows[0]!)))) return;
  const cells = drawn ? [] : lineCells(head.rows[0]!);
  const starts = drawn ? [drawn.x0, ...drawn.borders] : [];
  const body = (drawn ? blocks : blocks.slice(1)).flatMap((b) => b.rows);
  for (let k = xs.length - 1; k >= 0; k--) {
    const x = xs[k]!;
    const next = xs[k + 1] ?? Infinity;
    if (cells.some((c) => (c.x0 + c.x1) / 2 > x && (c.x0 + c.x1) / 2 < next)) continue;
    if (starts.some((s) => s > x - 1 && s < next - 1)) continue;
    if (drawn && next === Infinity) continue;
    const lines = body.filter((r) => r.runs.some((u) => u.x0 >= x - 0.1 && u.x0 < next));
    if (lines.length !== 1) continue;
    // (unless that text runs on across the column's right border, a word cut there: that border is
    // the one no text shows — 刈谷's ④市民の外出機会の…の利用 | 都市交|通課 under the header the page
    // repeated, the grid carried from the page before holding the borders of its two tables; BIZ UD
    // Gothic 11 pt landscape by LibreOffice in an outer frame)
    const runs = lines[0]!.runs;
    const mid = (u: TextRun) => (u.x0 + u.x1) / 2;
    const cut = next < Infinity && runs.some((u, i) => i > 0 && runs[i - 1]!.x0 >= x - 0.1 && u.x0 - runs[i - 1]!.x1 <= SEAM && mid(runs[i - 1]!) < next && mid(u) > next);
    xs.splice(cut ? k + 1 : k, 1);
  }
}

/**
 * A column heading over a column empty all down the part (伊勢崎's 令和2年度 on a sheet's second
 * page, the year it did not run, printed without rules): it stands in the column of the labels,
 * right of all their text, with nothing under it. Its own column starts a word gap before it.
 */
export function headingOverEmpty(blocks: Block[], xs: number[]): number | null {
  const head = blocks[0]!;
  if (blocks.length < 2 || head.rows.length !== 1) return null;
  const row = head.rows[0]!;
  const edges = [-Infinity, ...xs, Infinity];
  const first = row.runs[0]!;
  const k = xs.filter((x) => first.x0 > x).length;
  const below = blocks.slice(1).flatMap((b) => b.rows.flatMap((r) => r.runs.filter((u) => u.x0 >= edges[k]! && u.x0 < edges[k + 1]!)));
  if (below.length === 0) return null;
  const reach = Math.max(...below.map((u) => u.x1));
  // only the heading stands there, a word gap and more right of the text under it
  const heading = row.runs.filter((u) => u.x0 >= edges[k]! && u.x0 < edges[k + 1]!);
  if (first.x0 - reach < first.size || heading.some((u) => u.x0 < reach)) return null;
  // (not a heading of a row set evenly, centred over its column, where the column's border stands half a step before its
  // middle: the text under it is its column's own, set at the cell's start — 伊勢崎's ○ under 令和2年度 from 186.2 pt, the
  // years 94.9 pt apart from 230.7, the border at 183.2; Chromium with horizontal rules, Noto Sans CJK 12 pt on B5
  // landscape, the 309th: the grade had been read into a column of its own, no year's)
  const mids = lineCells(row).map((c) => (c.x0 + c.x1) / 2);
  const steps = mids.slice(1).map((m, i) => m - mids[i]!);
  const step = steps.reduce((a, v) => a + v, 0) / Math.max(1, steps.length);
  const even = steps.length >= 2 && steps.every((v) => Math.abs(v - step) <= first.size * 0.3);
  if (even && Math.abs(mids[0]! - step / 2 - edges[k]!) <= first.size) return null;
  return (reach + first.x0) / 2;
}

/**
 * Where a column's border runs: the middle of its gap, unless text of some row crosses it there
 * and a narrower hole lies in the gap that the rows leave open: LibreOffice sets a cell's text 0.8 pt
 * from the next one's (木更津's 公共施設のマネジメ | 資産管理部財産活用課, under 推進項目名称 | 担当課).
 * Two borders where a cell of its own stands in the gap (cellInGap).
 */
export function borders(c: Gap, blocks: Block[]): number[] {
  const mid = (c.from + c.to) / 2;
  const rows = blocks.flatMap((b) => b.rows);
  // (unless the middle falls in a hole narrower than a word gap inside a line's text, the gap wider
  // than that hole: an item's number and its text, 刈谷's ② | リサイクルに関する… 2.4 pt apart right
  // under the middle of the centred 組織目標 | 取組内容, a row alone at a page's head; BIZ UDPMincho
  // 12 pt landscape by LibreOffice)
  const inText = rows.some((r) => r.runs.some((u, k) => {
    const v = r.runs[k - 1];
    return !!v && v.x1 <= mid && u.x0 >= mid && u.x0 - v.x1 < wordGap(v, u) && (v.x1 > c.from + SEAM || u.x0 < c.to - SEAM);
  }));
  if (!inText && !rows.some((r) => r.runs.some((u) => u.x0 < mid && u.x1 > mid))) return [mid];
  // the holes each line leaves in the gap; a line that leaves none there is a merged cell, and so is
  // one whose holes are spaces inside its text: narrow, beside a Latin letter or digit (the room a
  // producer sets around them), and where no other line's text resumes (a merged paragraph's
  // …SNS と…, 1.5 pt, where 木更津's 指標 names end 0.1–2.5 pt before their 年度's R5 at 302.3 pt:
  // the paragraph's space left no stretch open to all; BIZ UDPMincho 9.5 pt by LibreOffice). Not a
  // cell's text set up to the next cell's (刈谷's …参加を | 総務文書課, 3 pt, one row; …自立支援 |
  // 生活福祉課, 2.9 pt, three rows, Noto Serif 12 pt by LibreOffice).
  // A space glyph drawn there, a space's width after the text before it, is such a space too where
  // the gap's edge cuts it: it places nothing (伊勢崎's label 5年後までの目標 (目指すべき姿) across the label and item
  // columns, its space from 126.9 to 129.4 pt where the gap ② | 取組項目 starts at 127.8; IPAex Gothic
  // 11.5 pt by LibreOffice in an outer frame: the border fell mid-gap, through the 取組工程 items)
  // (a hole the gap's left edge cuts, its text before it a space's width short of that edge, is a
  // space inside a line's text too: the line runs through the gap — 木更津's 令和|6|年度には…, a merged
  // cell's paragraph whose 6 ends 1.4 pt before the gap 目標値 | 結果 starts, its 年 1 pt past;
  // BIZ UDPGothic 14 pt on B5 by LibreOffice without rules: taken for a cell's edge, it left the
  // rows no stretch open, and the border through 検討80% set the header's 目標値 and 結果 in one cell)
  const holesOf = (r: Row) => {
    const holes: { at: [number, number]; latin: boolean; drawn?: boolean; cut?: boolean }[] = [];
    let at = c.from;
    const lead = r.runs.filter((x) => x.x1 <= c.from && x.x1 > c.from - x.size * MIN_CHANNEL_EM).at(-1);
    let before = lead?.text ?? '';
    for (const u of r.runs.filter((x) => x.x1 > c.from && x.x0 < c.to).sort((a, b) => a.x0 - b.x0)) {
      const v = r.runs[r.runs.indexOf(u) - 1];
      if (u.x0 - at > SEAM) holes.push({ at: [at, u.x0], latin: typedSpace(before, u.text), drawn: !!v && u.typedSpaceBefore === true && u.x0 - v.x1 < wordGap(v, u) && v.x1 < c.from + SEAM, cut: at === c.from && !!lead && u.x0 - lead.x1 < u.size * MIN_CHANNEL_EM });
      if (u.x1 >= at) before = u.text;
      at = Math.max(at, u.x1);
    }
    if (c.to - at > SEAM) holes.push({ at: [at, c.to], latin: false });
    return holes;
  };
  const all = rows.map((r) => ({ r, holes: holesOf(r) }));
  // (a line that runs through the whole gap, parted only by such spaces, is a merged cell's line
  // too: where its space ends tells no cell's start — two lines of one paragraph whose digits stand
  // one above the other, 木更津's …令和|5|年度は… over …令和|6|年度末…, each digit in Writer's
  // autospacing 1.8 pt from its kanji, under the gap 年度 | 目標値; IPAex Gothic 10.5 pt landscape by
  // LibreOffice, horizontal rules only: a column of 5 and 6 cut the paragraph in three)
  const spacedThrough = (o: { r: Row; holes: { at: [number, number]; latin: boolean }[] }) =>
    o.holes.length > 0 && o.holes.every(({ at: [a, b], latin }) => latin && a > c.from + SEAM && b < c.to - SEAM && b - a < o.r.size * MIN_CHANNEL_EM);
  const resumes = (x: number, own: Row) => all.some((o) => o.r !== own && !spacedThrough(o) && o.holes.some(({ at: [, b] }) => Math.abs(b - x) <= 0.3));
  // a line set up to the next cell's text leaves no hole, but its runs part where that cell starts
  // (the x where other lines' text resumes after room): the border stands just before it (Writer's
  // unpadded cells, 伊勢崎's ・全庁のシステム状況調|・全庁の…, a line's last character 0.4 pt past
  // the border), where the gap ends
  const touchAt = (r: Row) => r.runs.find((u, k) => k > 0 && Math.abs(r.runs[k - 1]!.x1 - u.x0) <= SEAM && Math.abs(u.x0 - c.to) <= SEAM && u.x0 > c.from + SEAM && resumes(u.x0, r))?.x0;
  for (const o of all) {
    const x = o.holes.length === 0 ? touchAt(o.r) : undefined;
    if (x !== undefined) o.holes.push({ at: [x - OVERRUN, x], latin: false });
    // (and where an item's number is set against the text before it, as other lines number their
    // items there: 刈谷's …透明性の確保①ふるさと納税… over ②物価高騰対策…, ① at 214.6 pt right after
    // 保; IPAex Mincho 9 pt landscape by LibreOffice, an outer frame)
    // (or where it is set larger than the text before it: see largerNumber)
    o.r.runs.forEach((u, k) => {
      if (u.x0 > c.from + SEAM && u.x0 < c.to - SEAM && (numberAgainst(o.r, k, rows) || largerNumber(o.r, k))) o.holes.push({ at: [u.x0 - OVERRUN, u.x0], latin: false });
    });
  }
  let open: [number, number][] | null = null;
  for (const { r, holes } of all) {
    const space = ({ at: [a, b], latin, drawn, cut }: { at: [number, number]; latin: boolean; drawn?: boolean; cut?: boolean }) => (drawn || (latin && (a > c.from + SEAM || cut) && b < c.to - SEAM && b - a < r.size * MIN_CHANNEL_EM)) && !resumes(b, r);
    if (holes.length === 0 || holes.every(space)) continue;
    // (nor is such a space a place for the border in a line that leaves other room: 刈谷's ③ICT | を利用した…, Writer's
    // autospacing 1.7 pt after T, the first line of the only row of a table's part at a page's head, under its header's
    // wide gap — BIZ UDPMincho 10.5 pt on B5 landscape by LibreOffice in an outer frame, the 210th: ③ICT a column of
    // its own, the record lost)
    const spans = holes.filter((h) => !space(h)).map((h) => h.at);
    // (holes that only touch leave that x open to both: a line set up to where the next cell's text
    // starts, another's text starting there after room — 伊勢崎's (対応 ending at 422.5 pt where the
    // next year's 〈 starts, and a line of that year starting 2,000件 there after a space; Noto Serif
    // 9 pt landscape by LibreOffice)
    open = open === null ? spans : open.flatMap(([a, b]) => spans.filter(([x, y]) => x < b + SEAM && a < y + SEAM).map(([x, y]) => [Math.max(a, x), Math.max(Math.max(a, x), Math.min(b, y))] as [number, number]));
  }
  // (not the room right after an item's number where the border may stand before that number: the
  // number's own spacing — 刈谷's …多角的な財源確①｜国庫補助… and ② 橋りょう…, ① at 214.6 pt set against 確,
  // its text 1.8 pt on; IPAex Gothic 9 pt landscape by LibreOffice, an outer frame)
  const afterNumber = ([a]: [number, number]) => rows.some((r) => r.runs.some((u) => ITEM_NUMBER.test(u.text.trim()) && Math.abs(u.x1 - a) <= SEAM && (open ?? []).some(([, b]) => Math.abs(b - u.x0) <= OVERRUN)));
  const stretches = (open ?? []).filter(([a, b]) => b - a > SEAM && !afterNumber([a, b]));
  const own = cellInGap(stretches, rows);
  if (own) return own;
  // (where the widest is a word's room inside a line's text, that text on both sides of it in the
  // gap, the stretch that ends where the next column's text starts in other lines: 伊勢崎's → 導入の
  // 検討 → in 令和2年度's cell, its last → 1 pt before 令和3年度 and 2.1 pt after 検討; IPAex Gothic
  // 9.5 pt by LibreOffice in an outer frame. Not a stretch at the gap's edge: 木更津's 指標 name
  // wrapped in its narrow cell up to 2 pt before the gap's end, Mincho 12 pt by LibreOffice)
  const byWidth = [...stretches].sort((p, q) => q[1] - q[0] - (p[1] - p[0]));
  const [w0, w1] = byWidth[0] ?? [c.from, c.to];
  const inLine = w0 > c.from + SEAM && w1 < c.to - SEAM && w1 - w0 < Math.min(...rows.map((r) => r.size)) * MIN_CHANNEL_EM;
  const aligned = inLine ? byWidth.filter(([a, b]) => all.some((o) => o.holes.some(({ at: [s, e] }) => s < a - SEAM && Math.abs(e - b) <= 0.3) && o.r.runs.some((u) => Math.abs(u.x0 - b) <= 0.3))) : [];
  const widest = (aligned.length > 0 ? aligned : byWidth)[0] ?? (open ?? []).find((h) => !afterNumber(h));
  return widest ? [(widest[0] + widest[1]) / 2] : [mid];
}

/**
 * A cell standing alone in the gap between two columns' text, wrapped onto a line of its own
 * there, is a column of its own whose body is empty: a border each side of it. (伊勢崎's header
 * 具体的な取組事項, a column of its own between the 取組工程 items and 令和2年度, wrapped to 項 2.5 pt
 * short of 令和; IPAex Gothic 9.5 pt by LibreOffice in an outer frame — one border in the gap set
 * the header and 令和2年度 in one cell and lost the year's column.) A heading centred over the
 * gap does not wrap there.
 */
function cellInGap(stretches: [number, number][], rows: Row[]): number[] | null {
  if (stretches.length !== 2) return null;
  const [[a0, a1], [b0, b1]] = [...stretches].sort((p, q) => p[0] - q[0]) as [[number, number], [number, number]];
  const held = rows.filter((r) => r.runs.some((u) => u.x0 >= a1 - SEAM && u.x1 <= b0 + SEAM));
  if (held.length < 2 || !held.every((r, k) => k === 0 || nextLines(held[k - 1]!, r))) return null;
  return [(a0 + a1) / 2, (b0 + b1) / 2];
}
