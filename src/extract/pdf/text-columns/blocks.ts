/**
 * Lines into blocks (toBlocks): where a line starts a new block — a gap wider than the leading, a rule
 * between, a header row, a heading set over a table, a line that crosses another's cells (crosses,
 * touchesAt) — each block with its channels (toBlock), and the header rows and headings those
 * decisions read.
 */
import type { Rule, TextRun } from '../page-content.js';
import type { Table } from '../tables.js';
import { ENDS_SENTENCE, STARTS_ITEM } from '../text-lines.js';
import { isColumnHeading, labelRole } from '../../../vocabulary/index.js';
import { eraYearOf, isEraHeadPiece } from '../../../vocabulary/era-year.js';
import type { Block, Row } from './types.js';
import { BULLET, ITEM_NUMBER, LABEL_CHARS, MARK_ONLY, MIN_CHANNEL_EM, OVERRUN, SEAM, SECTION_NUMBER } from './measures.js';
import { bodySize, endsNear, fullWraps, ledLines, lineCells, numberAgainst, piece, pieces, roomBefore, seamsNear, spaceDrawnBefore, spacedPieces, wordGap } from './lines.js';
import { channels } from './channels.js';

/**
 * A drawn table as a block whose gaps are its column borders, so that the rows under it can continue it. A border
 * stands a fifth of an em either side: a word the producer could not break runs past its cell's edge, and the rows'
 * gap is then beside the border, not over it (伊勢崎's ●令和2年度 1.5 pt past the edge of 令和2年度's shaded head,
 * 取組成果's column under it; IPAex Gothic 14 pt on letter by Chromium, shaded heads, the 356th — the column read
 * as no table, four years' outcomes one line each).
 */
export function drawnBlock(t: Table, beside: TextRun[], size: number): Block {
  const inner = t.xs.slice(1, -1);
  // (text across its rows outside it: shading that marks some cells of a table the page leaves unruled)
  const shades = beside.some((r) => (r.top + r.bottom) / 2 > t.top && (r.top + r.bottom) / 2 < t.bottom && (r.x0 >= t.x1 - 1 || r.x1 <= t.x0 + 1));
  const w = Math.max(0.5, size * 0.2);
  return { rows: [], top: t.top, bottom: t.bottom, x0: t.x0, x1: t.x1, gaps: inner.map((x) => ({ from: x - w, to: x + w, straddle: 2 })), borders: inner, drawn: true, bar: t.ys.length === 2, shades };
}

export function toBlock(rows: Row[]): Block {
  const x0 = Math.min(...rows.map((r) => r.x0));
  const x1 = Math.max(...rows.map((r) => r.x1));
  const size = Math.max(...rows.map((r) => r.size));
  const found = channels(rows, x0, x1, size);
  return { rows, top: Math.min(...rows.map((r) => r.top)), bottom: Math.max(...rows.map((r) => r.bottom)), x0, x1, gaps: found, borders: found.map((c) => (c.from + c.to) / 2) };
}

/**
 * The leading a table's own cells wrap at, where wider than the page's: its full lines' wraps in the
 * table's body size (木更津's 9.4 pt cells 16.2 pt apart on a page whose leading read 11: a title's wrap,
 * ふるさと応援寄附金 / ・企業版ふるさと納 / 税の活用, had stood farther below its line than a row's label
 * reaches, each line a row; Noto Serif 11 pt on A3 by LibreOffice in an outer frame).
 */
export function wrapLead(rows: Row[], lead: number): number {
  const size = bodySize({ runs: rows.flatMap((r) => r.runs) } as Row);
  const gaps = fullWraps(rows).filter((w) => Math.abs(w.size - size) <= size * 0.05).map((w) => w.gap).sort((a, b) => a - b);
  return gaps.length >= 2 ? Math.max(lead, gaps[Math.floor(gaps.length * 0.2)]!) : lead;
}

/**
 * Rows into blocks: a new block where the gap above a row is wider than the leading, or a rule runs
 * between. Lines set larger than the page's text wrap wider apart (桑名's 市長直轄組織（…企業誘致 /
 * 課） in 13.7 pt, its wrap 1.15 em as the 12 pt text's).
 */
/**
 * A gap this much (points) short of the leading's allowance still parts two blocks: the allowance may be
 * exactly what a producer's padding adds between rows, and the last digits of pdf.js's floats decide it
 * (木更津's 8 | ICTの活用に / よる業務改善 over 現状と課題, 4.8 pt apart under a 3.6 pt leading with 1.2 pt allowed,
 * 12 pt by LibreOffice without rules, the 162nd typography: read as one block with the next row, the
 * title's cell had taken its 担当課 — the page's coordinates rounded to a thousandth had parted them).
 */
const NEAR = 0.01;

export function toBlocks(rows: Row[], lead: number, body: number, hRules: Rule[], rulesOnly: boolean): Block[] {
  const blocks: Block[] = [];
  let cur: Row[] = [];
  let ruledAbove = false;
  const close = () => {
    if (cur.length === 0) return;
    blocks.push({ ...toBlock(cur), ...(ruledAbove ? { ruledAbove } : {}) });
    cur = [];
  };
  let bottom = -Infinity;
  const headers = new Set<string>();
  for (const row of rows) {
    const gap = row.top - bottom;
    const ruled = hRules.some((h) => h.y0 > bottom - 0.5 && h.y0 < row.top + 0.5 && h.x0 < row.x1 && h.x1 > row.x0);
    if (cur.length === 0) ruledAbove = ruled;
    const last = cur.at(-1);
    // any line of the block, not only the last: a merged row (部長目標's 総括 under its panel's
    // inner columns, printed by LibreOffice) may follow lines that leave no gap where it runs
    // (nor does a header row of known labels go on from the line above it: 刈谷's めの学習支援教室を開催します。, the rest
    // of a row the page broke, over the next table's 組織目標 | 取組内容 | 課等 | 目標達成基準 a cell's wrap apart,
    // Noto Serif 10.5 pt landscape by LibreOffice without rules; each heading once — 伊勢崎's 合計 | 合計 | 合計 | 合計
    // is four year cells' lines; under a line of one cell alone — 木更津's 取組視点 5つの柱①ヒト over 事業No. |
    // 推進項目名称 | 担当課 is one table's two rows, its columns read down both)
    // (or the page's header row again, under any lines: the next table, at widths of its own, right
    // under the rest of one the page broke and headed again — 刈谷 by LibreOffice without rules, Noto
    // Sans CJK 12 pt landscape, p17: ③ ④ of 福祉健康部 over 組織目標 | 取組内容 | 課等 | 目標達成基準)
    const restAbove = cur.length === 1 && lineCells(last!).length === 1;
    const header = headerRow(row) && distinctCells(row);
    const again = header && headers.has(rowText(row));
    if (header) headers.add(rowText(row));
    // (a hole only the drawing shows counts between lines that both start at the block's left edge: not beside a
    // cell merged down them, right of it — see crosses)
    const left = Math.min(row.x0, ...cur.map((r) => r.x0));
    const atLeft = (r: Row) => r.x0 <= left + r.size * 0.5;
    const crossed = cur.length > 0 && cur.some((r, k) => (crosses(r, row, rows, atLeft(r) && atLeft(row)) && !mergedOver(r, row, cur.slice(k + 1))) || crosses(row, r, rows, atLeft(r) && atLeft(row)));
    if (cur.length && (ruled || headingAbove(last!, row) || headAgain(cur, row) || (cur.length === 1 && headerRow(last!)) || ((restAbove || again) && header) || crossed || (!rulesOnly && gap > lead * Math.max(1, Math.min(row.size, last!.size) / body) + Math.max(1, row.size * 0.1) - NEAR))) {
      // (the line right above, whose text starts again where this line's cells start, goes with it:
      // a table's first row under a paragraph set close above it, its gaps too narrow to show — the
      // cells fill their columns — where the next line's are wide; see firstRowAbove. Not a line of the
      // table above whose rows share those starts: 木更津's 向性・活動内容 | 協議会の… over 指標① | 名称 …, and
      // 容 | けを行います。 under 課題解決に向けた方向性・活動内 | 地域生活…, its label run up to its value; what
      // crosses the next line is a paragraph, a piece each line, not rows of a sub-table — 木更津's 令和5年度の活動経 |
      // 地方創生応援 | R8 | - under R7's row, whose label wraps into the line under it; and the line over it ends
      // its paragraph's sentence — not year cells set flush, 伊勢崎's RFIを行い情報収集を|2回目のRFIを… over した。|報収集を…)
      const opens = crossed && !ruled && underParagraph(cur.slice(0, -1), last!, row, rows);
      if (opens) cur.pop();
      close();
      ruledAbove = ruled;
      if (opens) cur.push(last!);
    }
    cur.push(row);
    bottom = Math.max(bottom, row.bottom);
  }
  close();
  return blocks;
}

/**
 * Whether line `a`, a line of cells, runs over the wide holes of line `b` only where a line between
 * them shows a hole of its own, inside each one: a cell merged across those columns, in a block with
 * the row it spans over — 木更津's 取組視点 | 5つの柱② モノ over 事業No. | 推進項目名 | 担当課 and 5 |
 * 脱水汚泥の | 都市整備部, whose 8 pt holes before 担当課's column it crossed in the block, and over the
 * wraps 堆肥化 | 下水道推進 whose hole there is 30 pt; Noto Serif CJK 13 pt on B5 portrait by LibreOffice
 * without rules, the 174th (parted there, the title and the department had lost their second lines).
 * Not a line of prose: one piece, it crosses the holes of the table set under it.
 */
function mergedOver(a: Row, b: Row, between: Row[]): boolean {
  if (between.length === 0 || pieces(a, a.size * MIN_CHANNEL_EM).length < 2) return false;
  const parts = pieces(b, b.size * MIN_CHANNEL_EM);
  const holes = parts.slice(1).map((p, i) => ({ from: parts[i]!.x1, to: p.x0 })).filter((h) => h.to - h.from >= b.size * 1.2 && covers(a, h.from, h.to, [a, b, ...between]));
  const shown = (h: { from: number; to: number }) => between.some((m) => m.runs.some((u, k) => k > 0 && u.x0 - m.runs[k - 1]!.x1 > SEAM && m.runs[k - 1]!.x1 >= h.from - 0.5 && u.x0 <= h.to + 0.5));
  return holes.length > 0 && holes.every(shown);
}

/**
 * Whether line `a` is the first row of the table whose next line is `b`: two of its texts or more start
 * where `b`'s cells start (the line's start, or after a hole), one of them after a word gap
 * (部長目標's 子ども未 | 子ども未来部長 | 目標, 2.5 and 11.7 pt apart, over しむらあきこ | 書かない窓口を…
 * whose name and goals start at 139.1 and 241.8 pt like them, under the paragraph that ends the panel
 * above; Noto Serif CJK 13 pt on B5 portrait by LibreOffice without rules, the 174th — left in the
 * paragraph's block, the department's name had been lost and its goals read under the one before).
 */
function firstRowAbove(a: Row, b: Row): boolean {
  const matched = startsUnder(a, b);
  return matched.length >= 2 && matched.some((k) => k > 0 && apart(a, k) >= wordGap(a.runs[k - 1]!, a.runs[k]!));
}

/**
 * Whether `last`, the line under the paragraph `above`, is the first row of the table whose next line is
 * `row` (see toBlocks): the paragraph ends its sentence right above it, `last` starts where `row`'s cells
 * start, neither crosses the other, and no line of the paragraph shares those starts or crosses either
 * line but as a piece of its own.
 */
function underParagraph(above: Row[], last: Row, row: Row, rows: Row[]): boolean {
  if (above.length === 0 || !ENDS_SENTENCE.test(above.at(-1)!.runs.map((u) => u.text).join('').trim())) return false;
  if (!firstRowAbove(last, row) || crosses(last, row, rows) || crosses(row, last, rows)) return false;
  return above.every((r) => startsUnder(r, row).length < 2 && !crosses(r, last, rows) && !crosses(last, r, rows) && (!(crosses(r, row, rows) || crosses(row, r, rows)) || pieces(r, r.size * MIN_CHANNEL_EM).length === 1));
}

/** The room between a line's `k`th run and the runs before it. */
const apart = (r: Row, k: number) => r.runs[k]!.x0 - Math.max(...r.runs.slice(0, k).map((u) => u.x1));

/** The runs of `a` (by index) that start, the line's start or after a hole, where a cell of line `b` starts. */
function startsUnder(a: Row, b: Row): number[] {
  const cellStarts = b.runs.flatMap((u, k) => (k === 0 || apart(b, k) >= wordGap(b.runs[k - 1]!, u) ? [u.x0] : []));
  return a.runs.flatMap((u, k) => ((k === 0 || apart(a, k) > SEAM) && cellStarts.some((x) => Math.abs(x - u.x0) <= 0.5) ? [k] : []));
}

/** Whether `row` is one piece under a cell of the header line `head` that reads with it as a label the vocabulary knows. */
export function headingWrap(head: Row, row: Row): boolean {
  const own = lineCells(row);
  if (own.length !== 1) return false;
  return lineCells(head).some((c) => Math.abs(c.x0 - own[0]!.x0) <= row.size * 0.5 && labelRole(c.text.replace(/\s/gu, '') + own[0]!.text.replace(/\s/gu, '')) !== null);
}

/** Whether no two of a line's cells say the same. */
function distinctCells(r: Row): boolean {
  const texts = lineCells(r).map((c) => c.text);
  return new Set(texts).size === texts.length;
}

/** A line's text, without its spaces. */
const rowText = (r: Row) => r.runs.map((u) => u.text).join('').replace(/\s+/g, '');

/**
 * A line of three cells or more, each a label the vocabulary knows: a table's header row, a row of
 * its own whatever stands a line's pitch under it (刈谷's 組織目標 | 取組内容 | 課等 | 目標達成基準
 * repeated at a page's head over the end of the row the page broke, …整備し / ます。, LibreOffice's
 * unpadded cells in Noto Sans 11.5 pt). With `headings`, a sub-table's column headings count too.
 */
export function headerRow(r: Row, headings = false): boolean {
  const cells = lineCells(r);
  if (cells.length < 3) return false;
  // (and, with `headings`, a row of consecutive years: a year table's header, whose columns place
  // cells some rows leave empty — 伊勢崎's 令和2年度 … 令和6年度 repeated at a page's head over 取組達成度
  // ◎:計画以上 | ○ | ○ | ○, 令和2年度 empty; Noto Serif CJK 12 pt on A3 by LibreOffice with horizontal
  // rules: left as lines, its grades had moved a year)
  // (the last may be the first character of a year's head set down a column too narrow for it: 伊勢崎's 令和2年度 … 令和5年度 | 令,
  // 令和6年度's column a character wide; see isEraHeadPiece)
  const years = cells.map((c) => eraYearOf(c.text));
  const led = years.length >= 3 && years.at(-1) === null && isEraHeadPiece(cells.at(-1)!.text) ? years.slice(0, -1) : years;
  if (headings && led.every((y, i) => y !== null && (i === 0 || y === led[i - 1]! + 1))) return true;
  return cells.every((c) => [...c.text].length <= LABEL_CHARS && (labelRole(c.text) !== null || (headings && isColumnHeading(c.text))));
}

/**
 * A line of one piece set a fifth larger than the line under it, which has cells: a title or a
 * heading set with no room above a table (LibreOffice: 桑名's 令和６年度の部局の目標・方針 right
 * above 部局名 | 市長公室), not its first row.
 */
function headingAbove(a: Row, b: Row): boolean {
  const cells = pieces(b, b.size * 1.2, true);
  // and runs on past the first cell under it (a label wrapped in its column, 市民環 / 境部, does not)
  // (or, a section's numbered heading, ends before that cell starts, a word gap short of it: a heading
  // over a header row whose first label stands centred in a wide column, no cell under the heading's
  // text — 伊勢崎's contents, (1) 財政の健全化 over No. | 取 組 項 目 | ページ, No. centred over the ① column;
  // Noto Sans 11 pt on A3 landscape at 1.35 leading by LibreOffice without rules, the headings read as
  // the tables' rows. Not a label's wrap, 健康いき / きい / き部 set large left of the text beside it)
  const numbered = SECTION_NUMBER.test(a.runs.map((u) => u.text).join('').trim());
  return cells.length >= 2 && pieces(a, a.size * MIN_CHANNEL_EM).length === 1 && bodySize(a) > bodySize(b) * 1.2 && (a.x1 > cells[0]!.x1 + b.size || (numbered && a.x1 < cells[0]!.x0 - b.size * MIN_CHANNEL_EM));
}

/**
 * Whether a line opens the next table as the block's first line opened this one: its first cell a label set a
 * fifth larger than the lines between, in the size of the block's first, nothing between in that size, and a cell
 * beside it — 部長目標's departments, each a table of its own widths in LibreOffice, no room between them: 教育部 |
 * 教育部長 in 12.6 pt under まちづくり部's last goal in 10, the block opened by まちづくり部 | まちづくり部長 (IPAex Gothic 10
 * pt on A4 landscape without rules, centred labels, the 216th: read as one table, the first panel's columns were lost
 * and its department ran into its head's name).
 */
function headAgain(cur: Row[], row: Row): boolean {
  if (cur.length < 3) return false;
  const lead = (r: Row) => r.runs.find((u) => u.text.trim() !== '')?.size ?? 0;
  const size = lead(row);
  // (a label of words: an item's number set larger than its text opens no table — 刈谷's ③ and ④ in 12 pt before
  // 生活保護受給者… in 9.8, Noto Sans 12 pt landscape by LibreOffice without rules)
  const labelOf = (r: Row) => r.runs.filter((u) => Math.abs(u.size - size) <= size * 0.05 && u.x0 < pieces(r, r.size * MIN_CHANNEL_EM)[0]!.x1).map((u) => u.text).join('').replace(/\s+/gu, '');
  if ([row, cur[0]!].some((r) => [...labelOf(r)].length < 2 || ITEM_NUMBER.test(labelOf(r)) || SECTION_NUMBER.test(labelOf(r)))) return false;
  const between = cur.slice(1);
  // (the size most lines between are set in: a line of them may be set larger, 部長目標's 基本方針 in 11.6 pt)
  const sizes = between.map(bodySize).sort((a, b) => a - b);
  const body = sizes[sizes.length >> 1]!;
  const same = (u: TextRun) => Math.abs(u.size - size) <= size * 0.05;
  if (size < body * 1.2 || Math.abs(lead(cur[0]!) - size) > size * 0.05) return false;
  if (between.some((r) => r.runs.some(same))) return false;
  return pieces(row, row.size * MIN_CHANNEL_EM).length >= 2 && pieces(cur[0]!, cur[0]!.size * MIN_CHANNEL_EM).length >= 2;
}

/** A fiscal year's short cell: R5, H30, 2023. */
const SHORT_YEAR = /^(?:[RHＲＨ]\s*[0-9０-９]{1,2}|[0-9０-９]{4})$/u;

/**
 * Whether a line runs its text through a gap between cells of the other line: a heading or a
 * paragraph set close above or under a table (LibreOffice's small paragraph spacing), or a row of
 * merged cells. No line of one table row crosses the row's column gaps.
 */
function crosses(a: Row, b: Row, all: Row[] = [], drawnHoles = false): boolean {
  let from = -Infinity;
  // (asked only for a hole narrower than 1.2 em: every pair of lines of a block is asked)
  let larger: boolean | undefined;
  const isLarger = () => (larger ??= bodySize(a) > bodySize(b) * 1.2);
  for (let i = 1; i < b.runs.length; i++) {
    // (the right end of every run before this one)
    from = Math.max(from, b.runs[i - 1]!.x1);
    const to = b.runs[i]!.x0;
    // (or, under a title set a fifth larger, narrower, down to a word gap, where the text after it
    // starts where another line's cell starts after room: Writer sizes a table's columns to their
    // text, 桑名's １．現状認識と課題 | ①… 14.0 pt apart under one department's title, IPAex Gothic 12 pt
    // without rules)
    // (or after a label set a fifth larger than the text beside it, a word gap on: a change of size is
    // a change of cell — 部長目標's 15.2 pt 子ども未 13.2 pt before 子ども未来部長 in 12 pt, under the last
    // line of the panel above, …検討を進めてまいります。, at the next page's head; gothic 12 pt on B5 at
    // 1.8 line spacing by LibreOffice without rules)
    // (not across a space glyph drawn as wide as the hole: see spaceDrawnBefore)
    const resized = b.runs[i - 1]!.size > b.runs[i]!.size * 1.2 && to - from >= b.runs[i]!.size * MIN_CHANNEL_EM && !spaceDrawnBefore(b.runs[i - 1]!, b.runs[i]!);
    // (in the size of the text either side: a label set larger elsewhere on the line does not widen
    // it — 部長目標's 16.4 pt 総 務 部 on the line of 目 標 | 1 職員の…, 19.4 pt apart in 13 pt text; Noto
    // Serif CJK 13 pt on B5 portrait by LibreOffice without rules, the 174th: read as one block, the
    // panel's 基本方針 and 部の仕事 rows had joined the name cell)
    const em = Math.max(b.runs[i - 1]!.size, b.runs[i]!.size);
    // (or, `drawnHoles`, any hole where the drawing parts the two cells (drawing-order.ts): 木更津's 働き方改革 |
    // 総務部職員課 8.3 pt apart in 12.9 pt, ICTの活用に | 市長公室… 3.1 pt, the titles' wraps run up to 担当課's column,
    // under 推進項目名 | 担当課 and 取組視点 | 5つの柱① ヒト; Noto Sans CJK 15 pt on letter portrait at 2.0 line
    // spacing by LibreOffice without rules, the 181st — the page's lines all a pitch apart, the sub-table, the row
    // over it and the paragraphs under it had been one block, its columns lost and the sheets their titles. Not
    // asked between lines right of a cell merged down beside them: 部長目標's まちづくり部長 / かねこ ひでゆき across
    // 基本方 | 都市としての…, まちづく / り部 left of them — Chromium in that print)
    const drawn = drawnHoles && b.runs[i]!.drawnApart === true && to - from > SEAM;
    const hole = to - from >= em * 1.2 || resized || drawn || (to - from >= b.size * MIN_CHANNEL_EM && isLarger() && all.some((o) => o !== b && roomBefore(o, to) > 0));
    // (a year's cell however short: 木更津's R5 | 350,000,000円 under (各年度末時点), R5 11 pt wide in 10.3 pt — Noto Sans CJK
    // 12 pt on A4 at 1.8 leading by LibreOffice without rules, the 204th: under the cell merged over both columns, the three
    // years and their targets had been one cell and the indicator's targets lost)
    const yearBefore = () => SHORT_YEAR.test(b.runs.filter((u) => u.x1 <= from + 0.1 && u.x0 >= from - piece(b, from, -1) - 0.1).map((u) => u.text).join('').trim());
    if (!hole || (piece(b, from, -1) < b.size * 1.2 && !yearBefore()) || piece(b, to, 1) < b.size * 1.2) continue;
    // (the other line's text goes on past the hole's far edge: one that ends where this line's next
    // cell starts runs through no gap of it — Writer's unpadded cells, 刈谷's `し、市民負担の 少ない…提`
    // up to 市民課's 310.0 pt under `…窓口を設置` ended a character short, Noto Sans 10 pt)
    // (through a hole only the drawing shows, the other line's own text parts nowhere in it: year cells set flush,
    // 伊勢崎's …の周 | 予防に… 8.9 pt apart where the line above parts its years at 218 pt, by LibreOffice)
    const partsIn = () => a.runs.some((u, k) => k > 0 && u.x0 >= from - 0.5 && u.x0 <= to + 0.5 && (u.drawnApart || u.x0 - a.runs[k - 1]!.x1 > SEAM));
    if (covers(a, from, to + OVERRUN, all) && !touchesAt(a, to, [from - piece(b, from, -1), from], all) && !itemAgainst(a, from, to, from - piece(b, from, -1), all) && (!drawn || to - from >= em * 1.2 || resized || !partsIn())) return true;
  }
  // (a row of headings, four cells or more a word gap apart, each short, three of them years or
  // labels the vocabulary knows, two of its gaps under the other line's text: a row of headings under
  // a paragraph, however close its cells — 伊勢崎's 具体的な取組 | 令和2年度 | 令和3年度 … 10.3 pt apart
  // under 5年後までの目標's text, Writer's Noto lines one pitch apart across the rows)
  const cells = headingCells(b);
  return !!cells && cells.slice(1).filter((p, i) => covers(a, cells[i]!.x1, p.x0, all) && !touchesAt(a, p.x0, [cells[i]!.x0, cells[i]!.x1], all)).length >= 2;
}

/**
 * Whether a line's text is two cells' lines set edge to edge where the other line's next cell
 * starts: a run of its own starting there, right where the run before it ends; the text before it
 * starting where the other line's cell before the gap starts; and a line right above or under it
 * leaving room before text that starts there too. LibreOffice's unpadded cells (伊勢崎's …計画期間
 * 内に完了す ending 0.1 pt before 安定的な運用を図, the line under it leaving a cell gap there, BIZ
 * UDPGothic 10.5 pt) — not a line run across the gap, whose runs Writer may split at any
 * character (部長目標's 基本方針 text across the panel's columns, IPAex, 市民|の at the 目標 column).
 */
function touchesAt(r: Row, x: number, [cellStart, cellEnd]: [number, number], all: Row[]): boolean {
  // (a cell that opens with a bullet starts at the bullet, its wrapped lines at the text hung after it:
  // 伊勢崎's …自治体|・国のモデル…|・RPAの… and …説明|・導入を要望…, set against the cells before them
  // over wraps hung an em in; Noto Serif 11 pt landscape by LibreOffice without rules. The other
  // line's cell may show either edge.)
  const against = (k: number) => k > 0 && Math.abs(r.runs[k - 1]!.x1 - r.runs[k]!.x0) <= SEAM;
  const opensBullet = (k: number) => against(k) && BULLET.test(r.runs[k]!.text.trim());
  const hangAfter = (k: number) => (MARK_ONLY.test(r.runs[k]!.text.trim()) ? (r.runs[k + 1]?.x0 ?? Infinity) : r.runs[k]!.x0 + r.size);
  const hungTo = (pos: number) => r.runs.findIndex((u, k) => opensBullet(k) && pos - u.x0 >= r.size * 0.5 && pos - u.x0 <= r.size * 1.5 && Math.abs(hangAfter(k) - pos) <= r.size * 0.25);
  const before = hungTo(x);
  const at = r.runs.findIndex((u, k) => opensBullet(k) && Math.abs(u.x0 - x) <= 0.3);
  const hang = at >= 0 ? hangAfter(at) : null;
  const startsAt = (o: Row) => (Math.abs(o.x0 - x) <= 0.3 && o.x0 - cellStart >= o.size) || roomBefore(o, x) > 0 || (hang !== null && o.runs.some((u, k) => k > 0 && Math.abs(u.x0 - hang) <= r.size * 0.25 && u.x0 - o.runs[k - 1]!.x1 >= o.size * MIN_CHANNEL_EM));
  // (within that cell: a note's lines hang an em in, 伊勢崎's ※取組における課 / 題及び課題を踏ま;
  // its text may run on from the cell before, set against it as well, parting at a seam where this cell
  // starts: three year cells' full lines, 伊勢崎's …性能のあ|水道管の…性能のあ|水道管の… over a line
  // that ended short, Noto Serif 7.3 pt by LibreOffice without rules)
  const start = seamsNear(r, cellStart, 0.3).length > 0 || hungTo(cellStart) >= 0 ? Math.max(cellStart, x - piece(r, x, -1)) : x - piece(r, x, -1);
  // (the line right above or under it may part there too, set the same way: the room shows further
  // off, down lines that each part at x — the year cells' second of three full lines)
  // (or leaving less than a word gap there: a label column whose lines all but fill it, 伊勢崎's
  // かった理由も記載) 0.1 pt before 年度から令和5年, 場合は達成できな 3.4 pt before が and 以降の方針 (取組
  // 7.6 pt before 度はほぼ; Noto Sans CJK 12 pt by LibreOffice, the cells in 9.7 pt, no rules)
  const narrowAt = (o: Row) => o.runs.some((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && u.x0 - o.runs[k - 1]!.x1 > SEAM && u.x0 - o.runs[k - 1]!.x1 < wordGap(o.runs[k - 1]!, u));
  const shown = (o: Row, seen: Set<Row>): boolean => startsAt(o) || (seen.size < 6 && (seamsNear(o, x, 0.3).length > 0 || narrowAt(o)) && all.some((p) => !seen.has(p) && ledLines(o, p, all) && shown(p, new Set([...seen, p]))));
  // (or its text there is an item whose number hangs before the cell's wrapped lines, set apart from
  // the cell before it: the item's lines show the cell — 刈谷's 事業①「かりまる」に…サイネージ等|都市交通課
  // over による広告収入を確保します。 hung 8.2 pt in, ① 2.2 pt after the goal's text, its one line that
  // reaches the edge; IPAex Mincho 10 pt landscape by LibreOffice with horizontal rules)
  const hung = r.runs.some((u, k) => k > 0 && u.x0 < cellStart && u.x0 >= cellStart - r.size * 1.5 && u.x0 - r.runs[k - 1]!.x1 > SEAM && STARTS_ITEM.test(u.text));
  return (
    (r.runs.some((u, k) => Math.abs(u.x0 - x) <= 0.3 && against(k) && !MARK_ONLY.test(r.runs[k - 1]!.text.trim())) || before >= 0) &&
    (start >= cellStart - r.size * 0.5 || hung) &&
    start < cellEnd &&
    // (or, where no line beside it does, the text there an item hung before its cell's wrapped lines,
    // two lines elsewhere start a cell at x after room: 刈谷's 教育総務課 at 262.1 pt against ①
    // 学校施設や設備の整, the 課 names of the rows under it at 262.1 after room, the lines around it hung
    // or ended well before; Noto Serif 11.5 pt, 30 mm, LibreOffice. Not a label run up to the values
    // beside it: 伊勢崎's 財政効果額(歳|20,458 over 円) | 未収金縮減額, the next row's)
    (all.some((o) => ledLines(r, o, all) && shown(o, new Set([r, o]))) || (hung && all.filter((o) => o !== r && roomBefore(o, x) > 0).length >= 2)) &&
    // (and some other line's text ends there, within two ems, as a cell's lines wrap at its edge: not
    // a merged cell's line parted by chance where the next column starts, 部長目標's 基本方針 地域の実情を
    // 踏まえた|福祉施策を実施！ at 325.4 pt over a 目標 column whose lines end at 251; BIZ UDPGothic
    // 9.5 pt by LibreOffice)
    // (or two more lines of that cell set edge to edge there the same way, from where its text starts:
    // full lines of unpadded cells, none ending short — 伊勢崎's に、組織として求める|業績の, ことを理解した上で、
    // |や自己の and 自分のやりたいことと|みを把握 at 336.8 | 336.9 pt over the row's last line の適合を図った。
    // ending 19.5 pt short; Noto Sans CJK 12 pt by LibreOffice, the cells in 9.7 pt, no rules)
    (endsNear(all, x, r, (o) => o.size * 2) || hung || all.filter((o) => o !== r && seamsNear(o, x, 0.3).length > 0 && Math.abs(x - piece(o, x, -1) - start) <= r.size * 0.5).length >= 2)
  );
}

/**
 * Whether a line's text parts inside the other line's gap where an item's number starts, set right
 * against the text before it, the text before starting where the other line's cell does, the other
 * line going on right under the item, and the column's other items numbered at that x: a label
 * cell's line run up to the next cell's ①, Writer's unpadded cells (刈谷's 安心安全に暮らせるまちづくり
 * ①地域の… over を進めます。 | します。, ① 0.1 pt after り; BIZ UDPMincho 12 pt landscape by
 * LibreOffice, an outer frame).
 */
function itemAgainst(r: Row, from: number, to: number, cellStart: number, all: Row[]): boolean {
  return r.runs.some((u, k) => {
    const v = r.runs[k - 1];
    // (the other line's text after the gap goes on under the item's text, within two ems of its
    // number: both cells wrap there; a line holding only the label's end leaves the rows apart)
    // (or the number alone, the other line's text going on within an em of its end: the item's
    // hanging indent — 刈谷's 知識の向上と新たな技術・① 自主的な… over 的に活用でき | もに、国、…, the
    // table's one item; BIZ UDPMincho 10 pt, 25 mm, by LibreOffice with horizontal rules only)
    const hangs = !!v && ITEM_NUMBER.test(u.text.trim()) && Math.abs(v.x1 - u.x0) <= SEAM && to <= u.x1 + r.size;
    // (the other line's text may go on right under the number, flush: 刈谷's ①水道施設の耐震化を進 / めます。 at
    // 200.9 pt both, ① run up against 災害への備え及び…の対応; IPAex Gothic 11 pt at 2.0 line spacing, LibreOffice)
    if (!v || u.x0 <= from - 0.3 || u.x0 > to + 0.3 || to - u.x0 > r.size * 2 || !(numberAgainst(r, k, all) || hangs)) return false;
    return Math.abs(u.x0 - piece(r, v.x1, -1) - cellStart) <= r.size * 0.5;
  });
}

/** A line's cells when it is a row of headings (four cells or more, each short, three years or known labels), else null. */
function headingCells(r: Row): ReturnType<typeof lineCells> | null {
  let v = headingRows.get(r);
  if (v === undefined) {
    const cells = lineCells(r);
    v = cells.length >= 4 && cells.every((c) => [...c.text].length <= LABEL_CHARS) && cells.filter((c) => eraYearOf(c.text) !== null || labelRole(c.text) !== null).length >= 3 ? cells : null;
    headingRows.set(r, v);
  }
  return v;
}
const headingRows = new WeakMap<Row, ReturnType<typeof lineCells> | null>();

/** Whether a line's runs cover [from, to] without a hole (a typed space, where no other line resumes, is none). */
function covers(r: Row, from: number, to: number, all: Row[]): boolean {
  return spacedPieces(r, all).some((p) => p.x0 <= from && p.x1 >= to);
}
