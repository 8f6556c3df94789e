/**
 * A block's lines read column by column (columnLines): a cell that runs on across row borders
 * (runsOnAcross), rows where every column resumes together (rowsResumed), the end of a broken row over
 * a page's first table (linesBeforeRow), and whether a block's cells wrap, stack, go on the block
 * above, or leave their rows seamed (wraps, stacks, wrapsOn, seamed). Asked by emit.
 */
import type { TextRun } from '../page-content.js';
import { ENDS_SENTENCE, midDotWrapped, noRoomForMidDot, OPEN_PHRASE_END, opensBracket, solidWidth, STARTS_ITEM } from '../text-lines.js';
import { isUnitName, labelRole } from '../../../vocabulary/index.js';
import { eraYearOf } from '../../../vocabulary/era-year.js';
import type { Block, Row } from './types.js';
import { LABEL_CHARS, MIN_CHANNEL_EM, OVERRUN, SEAM } from './measures.js';
import { bodySize, lineCells, piece, pieces, reachOf, startsAfterRoom, wordGap } from './lines.js';
import { toBlock } from './blocks.js';

/** A mark an item's text hangs after, one full-width character: its next lines start under the text. */
const HANGING_MARK = /^[・･●■◆◇□①-⑳※]/u;

/**
 * Whether a block is the cells of the block above going on, each wrapped from a line that ran to its
 * column's edge mid-sentence: nothing in the label column, every cell it fills starting where the
 * line above it in that column started, no item opening, and no more room above it than a line's
 * height. Writer sets a cell's lines in Noto wider apart than the page's leading, each line a block
 * (伊勢崎's 取組内容 …管路・施設台帳を一 / 元管理するシステムを…, 9.3 pt lines 20 pt apart under a
 * body set 19 pt apart in 11.5 pt, Noto Serif in an outer frame).
 */
export function wrapsOn(prev: Block, b: Block, xs: number[]): boolean {
  if (prev.drawn || b.drawn || xs.length === 0) return false;
  const first = b.rows[0]!;
  const above = prev.rows.at(-1)!;
  // (in the size most of their text is set in: a note's ※ drawn from a larger fallback face makes
  // its line taller, 伊勢崎's ※各課からの業務改善報 / 告件数 100件, IPAex Mincho by LibreOffice)
  if (Math.abs(bodySize(first) - bodySize(above)) > 0.2 || first.top - above.bottom > first.size * 1.5) return false;
  const near = first.size * 0.5;
  // (nothing at the label column's start: a label column that holds an item beside its label may go
  // on under the item's text — 伊勢崎's 取組工程 ・各種研修 / の実施 beside 計画・実施 / ・検討, IPAex Gothic
  // 12 pt, 30 mm, by LibreOffice without rules, the item set in the label's column)
  if (b.rows.some((r) => r.x0 < xs[0]!)) return false;
  // (a cell's text as its pieces a word gap apart: Writer draws a line of Noto Serif in short runs
  // that cross the borders of the columns below)
  const cells = lineCells(first);
  // (its column's edge: the first border or table side its text does not cross; a short value, R5
  // over R6 in 木更津's 年度 column, stops well short of it)
  const right = Math.max(prev.x1, b.x1);
  const edge = (x1: number) => Math.min(right, ...xs.filter((x) => x > x1 - first.size * 2));
  // (or under the text after an item's mark, the hanging indent of a list: 伊勢崎's ・管路台帳シ /
  // ステムの構, Noto Sans by LibreOffice; or of a note, in any column: ※各課からの業務改善報 / 告件数 100件)
  const hangs = (d: { x0: number; text: string }, c: { x0: number }) => HANGING_MARK.test(d.text) && Math.abs(d.x0 + first.size - c.x0) <= near;
  // (the line above's cells parted where a cell of this line starts at a run of it: Writer's
  // unpadded cells set two cells' lines edge to edge, 伊勢崎's 該当職員の表彰を実|た、段階的な over
  // 施した。 | 審査を経て、2, IPAex Mincho by LibreOffice without rules)
  const aboveCells = lineCells(above).flatMap((d) => {
    const cuts = cells.map((c) => c.x0).filter((x) => x > d.x0 + near && x < d.x1 - near && above.runs.some((u) => Math.abs(u.x0 - x) <= 0.3));
    const ends = [d.x0, ...cuts, d.x1];
    return cuts.length === 0 ? [d] : ends.slice(1).map((x1, i) => ({ x0: ends[i]!, x1, text: above.runs.filter((u) => u.x0 >= ends[i]! - 0.3 && u.x1 <= x1 + 0.3).map((u) => u.text).join('') }));
  });
  return cells.length > 0 && cells.every((c) => {
    const q = aboveCells.find((d) => Math.abs(d.x0 - c.x0) <= near) ?? aboveCells.find((d) => hangs(d, c));
    // (in a column of text, four ems wide at least — 伊勢崎's year columns five ems wide by LibreOffice
    // in IPAex Gothic 12 pt, システム構 / 築等 — not a label's: 木更津's 指標① header 名称 | 年度 | 目標値 | 結果
    // over R5, each label reaching the edge of its narrow column; and not a heading: 伊勢崎's 令和2年度
    // | 令和3年度 … that Chromium repeats at a page's head, over the rest of a year's text)
    // (in one narrower than six ems, not after a figure, a value whole however it fills its column:
    // 木更津's 2,500,000円 over 5,000,000円; in a wider one a sentence may wrap after one, 伊勢崎's
    // …コンビニ交付率 10.0% / （令和6年度）)
    // (a label may go on with its bracketed note, the two one label: 伊勢崎's 5年後までの目標 /
    // (目指すべき姿), Noto Serif by LibreOffice, the rows further apart than the page's leading)
    const width = q ? edge(q.x1) - q.x0 : 0;
    const note = !!q && /^[（(]/u.test(c.text) && labelRole(q.text + c.text) !== null;
    // (nor a figure under a figure, whatever the width: a figure does not wrap, 木更津's 2,500,000円 over 5,000,000円 in a
    // column ten ems wide, 結果 beside it empty — the blocks asked stop at their text, 6.1 ems, and the border past it is
    // not theirs; IPAex Gothic 11 pt on B5 by LibreOffice without rules, the 235th: the two rows read as one, their years
    // as the indicator's note)
    const figure = /[0-9０-９][^\s0-9０-９]{0,2}$/u.test(q?.text.trim() ?? '');
    if (!q || width < first.size * 4 || (labelRole(q.text) !== null && !note) || eraYearOf(q.text) !== null || (figure && (width < first.size * 6 || /^[0-9０-９]/u.test(c.text.trim())))) return false;
    // (a 中黒 the wrap carried to the line's start, the line above run to the edge, is no item: 伊勢崎's
    // 取組工程 計画・実施 / ・検討 in year columns five ems wide, IPAex Gothic 12 pt by LibreOffice in an
    // outer frame, its lines further apart than the page's prose — each line a block of its own)
    const carried = noRoomForMidDot(q.x1, edge(q.x1), first.size, q.text) && midDotWrapped(q.text, c.text, false) !== null;
    return [...q.text].length >= 4 && q.x1 >= edge(q.x1) - first.size * 2 && !ENDS_SENTENCE.test(q.text) && (!STARTS_ITEM.test(c.text) || carried);
  });
}

/**
 * Whether a one-line block is the wrap of a header of years above it: under each year cut after 年 a
 * lone 度 that completes it, and under the header's label, if anything, the label's own wrap — 伊勢崎's
 * 取組 工程 | 具体的な取組 | 令和2年 … 令和6年 over 事項 | 度 … 度 at a page's foot, Noto Sans CJK 15 pt on
 * letter paper at 2.0 line spacing by LibreOffice in an outer frame, the 181st: a row of its own, each
 * year's first plan had begun with 度. No further under it than the table's lead reaches.
 */
export function yearsWrapOn(prev: Block, b: Block, lead: number): boolean {
  if (prev.drawn || b.drawn || b.rows.length !== 1) return false;
  const first = b.rows[0]!;
  const above = prev.rows.at(-1)!;
  if (first.top - above.bottom > reachOf(first.size, lead) || Math.abs(bodySize(first) - bodySize(above)) > 0.2) return false;
  const near = first.size * 0.5;
  const heads = lineCells(above);
  const cut = (t: string) => /年$/u.test(t.trim()) && eraYearOf(t.trim()) !== null;
  if (heads.filter((h) => cut(h.text)).length < 2) return false;
  let years = 0;
  for (const c of lineCells(first)) {
    const q = heads.find((h) => c.x0 >= h.x0 - near && c.x0 <= h.x1);
    if (!q) return false;
    if (cut(q.text)) {
      if (!/^度$/u.test(c.text.trim())) return false;
      years++;
    } else if (eraYearOf(q.text.trim()) !== null || [...c.text.trim()].length > LABEL_CHARS) return false;
  }
  return years >= 2;
}

/** A line cut after a particle: a phrase that goes on (OPEN_PHRASE_END and the case particles). */
const PARTICLE_END = new RegExp(`${OPEN_PHRASE_END.source}|[にをがとでへや]$`, 'u');

/** A column's lines in a block: its runs grouped by their top. */
interface ColumnLine {
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

function columnLines(b: Block, from: number, to: number): ColumnLine[] {
  const runs = b.rows.flatMap((r) => r.runs).filter((u) => (u.x0 + u.x1) / 2 > from && (u.x0 + u.x1) / 2 < to).sort((p, q) => p.top - q.top);
  const out: ColumnLine[] = [];
  for (const u of runs) {
    const l = out.at(-1);
    if (l && u.top < l.top + l.size * 0.3) Object.assign(l, { bottom: Math.max(l.bottom, u.bottom), x0: Math.min(l.x0, u.x0), x1: Math.max(l.x1, u.x1), size: Math.max(l.size, u.size), text: l.text + u.text });
    else out.push({ top: u.top, bottom: u.bottom, x0: u.x0, x1: u.x1, size: u.size, text: u.text });
  }
  return out;
}

/** Whether a cell's lines read on into the next row's lines make a label the vocabulary knows, the next row's part alone none. */
function labelReadsAcross(above: readonly ColumnLine[], below: readonly ColumnLine[]): boolean {
  const sofar = above.map((l) => l.text.trim()).join('');
  let rest = '';
  for (const l of below.slice(0, 3)) {
    rest += l.text.trim();
    if (labelRole(sofar + rest) !== null && labelRole(rest) === null) return true;
  }
  return false;
}

/**
 * The row borders (index i: under blocks[i]) that column k's cell runs on across: a cell merged
 * down rows beside rows of other columns (木更津's 指標 name and its ※ note beside R5 / R6 / R7 /
 * R8, printed without rules), perhaps past a row where it has no line of its own. Its last line
 * above and first line below stand as far apart as its own lines do (not the row border's room
 * more), at one x, and the rows below have nothing left of it; and the row it runs into starts
 * above that line (a cell of that row would start with the row: LibreOffice's unpadded rows, a
 * border's width further apart than a cell's lines, start their cells level), or the text above
 * wrapped there mid-sentence.
 */
export function runsOnAcross(blocks: Block[], cols: number[], k: number, left: readonly Set<number>[], lead = 0): Set<number> {
  const open = new Set<number>();
  const filled: [number, number][] = [];
  const lines = blocks.map((b) => columnLines(b, cols[k]!, cols[k + 1]!));
  // (a label column whose cell runs on into the row holds no cell of that row: 木更津's label
  // 令和5年度の活 / 動経過・今後 / の予定 beside the indicator's name 地方創生応援税制（企 / 業版ふるさと
  // 納税）寄附件数, both wrapped across the border under R8 | -, Chromium without rules)
  const emptyLeft = blocks.map((b, i) => cols.slice(0, k).every((x, m) => columnLines(b, x, cols[m + 1]!).length === 0 || (m === 0 && i > 0 && left[0]!.has(i - 1))));
  const wrap = Math.max(cols[k]!, ...lines.flat().filter((l) => l.x1 <= cols[k + 1]! + 1).map((l) => l.x1));
  for (let i = 0; i < blocks.length; i++) {
    const a = lines[i]!;
    let j = i + 1;
    while (j < blocks.length && lines[j]!.length === 0 && emptyLeft[j]) j++;
    if (a.length === 0 || j >= blocks.length || lines[j]!.length === 0 || !emptyLeft[j]) continue;
    // (a row that opens the first column with its other cells starts its own label there: 伊勢崎's
    // 財政効果額(歳 / 出)(単位:千円) under 入)(単位:千円), a line's pitch apart as a wrap, Noto by LibreOffice —
    // unless what it opens the column with is the rest of the label above, a label the vocabulary knows only with it: see
    // labelReadsAcross below)
    if (k === 0 && blocks[j]!.opened && !labelReadsAcross(a, lines[j]!)) continue;
    const b = lines[j]!;
    // (nor a row the label reader started as surely, its cell here a label the vocabulary knows: 伊勢崎's
    // 具体的な取組事項 | 令和2年度 … over 取組工程 | 検討 …, Noto Sans 10 pt by LibreOffice with shaded headers)
    if (blocks[j]!.known && labelRole(b[0]!.text.trim()) !== null) continue;
    const last = a.at(-1)!;
    const next = b[0]!;
    if (Math.abs(last.size - next.size) > 0.2 || Math.abs(last.x0 - next.x0) > next.size * 0.5) continue;
    // (between the column's lines of that size within a row; a paragraph of the cell may start
    // there: Chromium sets it up to 0.8 pt lower)
    const spaces = lines.flatMap((ls) => ls.slice(1).flatMap((l, n) => (Math.abs(l.x0 - ls[n]!.x0) <= l.size * 0.5 && Math.abs(l.size - next.size) <= 0.2 && Math.abs(ls[n]!.size - next.size) <= 0.2 ? [l.top - ls[n]!.bottom] : [])));
    // (none within a row: the page's leading — a sub-table of rows a line each, 木更津's 無農薬米栽培ほ場 / 面積 beside
    // R5 | 25ha and R6 | 30ha under 指標②, Noto Serif 11.5 pt, 30 mm, by LibreOffice in an outer frame)
    if (spaces.length === 0 && lead <= 0) continue;
    const space = next.top - last.bottom;
    const own = spaces.length > 0 ? Math.min(...spaces) : lead;
    // (a wrapped text, not a label as wide as the label under it: 部長目標's 基本方針 / 部の仕事; no
    // label stops on a particle — 木更津's indicator name 事業の縮小・廃止に / よる効果額（累計）, two lines of
    // one width across the row border under 年度 | 目標値, IPAex Gothic 12 pt by LibreOffice without rules)
    // (nor opens on a kana, the rest of a word the wrap broke: 事業の縮小・廃止によ / る効果額（累計）※以, Noto Serif
    // 11.5 pt, 30 mm, by LibreOffice in an outer frame)
    const labels = [last, next].every((l) => l.text.trim().length <= LABEL_CHARS) && Math.abs(next.x1 - next.x0 - (last.x1 - last.x0)) < next.size * 0.5 && !PARTICLE_END.test(last.text.trim()) && !/^[ぁ-ゖ]/u.test(next.text.trim());
    // (at the column's border: a short label stops well before it, 伊勢崎's ① 取組項目 / 担当部課)
    // (a line whose text goes on across the border, the next piece starting before it, broke nowhere —
    // a cell merged over the next column:
    // 木更津's (各年度末 | 時点) over R5 | 10件, Noto by LibreOffice)
    const onAcross = blocks[i]!.rows.some((r) => Math.abs(r.top - last.top) <= last.size * 0.3 && r.runs.some((u) => u.x0 >= last.x1 - 0.5 && u.x0 < cols[k + 1]! - SEAM && u.x0 - last.x1 < last.size * MIN_CHANNEL_EM));
    // (a line whose text runs across the border, a run through it, wrapped where that text reached the
    // edge of the column it ends in, not this one's: 木更津's (各年度末時点 | ) over R5 | 20事業, its ) 10.5 pt past 目標値 | 結果 and
    // the line ending far short of the table's edge; BIZ UDPGothic 14 pt on B5 by LibreOffice without rules —
    // R5's row had been that cell's next line, and the indicator's years one off)
    const rowOf = blocks[i]!.rows.filter((r) => Math.abs(r.top - last.top) <= last.size * 0.3);
    const crossing = rowOf.flatMap((r) => pieces(r, r.size * MIN_CHANNEL_EM).filter((p) => p.x0 < cols[k + 1]! - SEAM && p.x1 > cols[k + 1]! + SEAM && r.runs.some((u) => u.x0 < cols[k + 1]! - SEAM && u.x1 > cols[k + 1]! + SEAM)));
    // (where the row under it has a cell of its own in the column the line ran into: else the line is a
    // merged cell's, whose next line may go on under it — 部長目標's 市民の利便性を向上! 環境対策推進! over
    // 部の仕事 in 基本方針's cell, across the name and goal columns)
    const ownBelow = blocks[j]!.rows.some((r) => Math.abs(r.top - next.top) <= next.size * 0.3 && pieces(r, r.size * MIN_CHANNEL_EM).some((p) => p.x0 >= cols[k + 1]! - SEAM && p.x0 < (cols[k + 2] ?? Infinity)));
    const lineEnd = crossing.length > 0 && ownBelow ? Math.max(...crossing.map((p) => p.x1)) : null;
    const reached = lineEnd !== null ? lineEnd >= (cols.find((x) => x > lineEnd - OVERRUN) ?? cols.at(-1)!) - next.size * 1.5 : last.x1 >= cols[k + 1]! - next.size * 1.5;
    // (nor a line parted at the border inside a bracket it opened and closes past it, no gap: one text across
    // the columns — 木更津's (各年度末|時点) over R5 | 20%, Writer's run ending on the border; Noto Serif CJK 13 pt
    // on B5 portrait by LibreOffice without rules, the 174th: R5 had been that cell's next line, the years one off)
    const bracketAcross = rowOf.some((r) => {
      const p = pieces(r, SEAM).find((q) => q.x0 < cols[k + 1]! && q.x1 > cols[k + 1]! + SEAM);
      const inside = p ? r.runs.filter((u) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01) : [];
      const before = inside.filter((u) => (u.x0 + u.x1) / 2 < cols[k + 1]!).map((u) => u.text).join('');
      const after = inside.filter((u) => (u.x0 + u.x1) / 2 >= cols[k + 1]!).map((u) => u.text).join('');
      return opensBracket(before) && /^[^（(）)]*[）)]/u.test(after);
    });
    const broke = !labels && !onAcross && !bracketAcross && !ENDS_SENTENCE.test(last.text.trim()) && reached;
    // (the leading measures only a line the border broke: 刈谷's ②…自立支援を行います。 over ③…, a row each,
    // whose items' wraps stand under their text, not their numbers; and neither line a label the vocabulary
    // knows — 木更津's 課題解決に向けた方向性・活動内容 over 指標①, …登録 over the sub-table's 名称, LibreOffice)
    // (and both lines the column's own, not pieces of a line across ruled columns: 富士's ２ 一 般 職 over (１）総 括,
    // each a row of a ruled table, their characters in columns of figures)
    // (a line may run up to the next column's cell, Writer's unpadded cells: 無農薬米栽培ほ場 1.5 pt from R5)
    const ownLine = (n: number, l: ColumnLine) =>
      blocks[n]!.rows.some((r) => Math.abs(r.top - l.top) <= l.size * 0.3 && pieces(r, r.size * MIN_CHANNEL_EM).some((p) => {
        if (p.x0 > l.x1 || p.x1 < l.x0 || p.x0 < cols[k]! - 1) return false;
        const after = r.runs.find((u) => u.x0 >= l.x1 - 0.5 && u.x0 > cols[k + 1]! - SEAM);
        return p.x1 <= cols[k + 1]! + 1 || (!!after && after.x0 - l.x1 < r.size * MIN_CHANNEL_EM && startsAfterRoom(blocks.flatMap((b) => b.rows), after.x0));
      }));
    // (two lines as wide as a label with none within a row to measure by: see the chain below — 木更津's
    // し尿受入施 / 設設置まで / の進捗率 a line each beside 名称's, (各年度末時点)'s and R5's rows, Noto Serif CJK 15 pt
    // on A4 by LibreOffice in an outer frame, the 163rd: its first line had stayed the name, the rest a note)
    // (whatever the column's leading: two labels the vocabulary knows, each whole, that are no label joined —
    // 木更津's 課題解決に向けた方向性・活動内容 filling its column over 指標①, the sub-table's header beside it;
    // Noto Serif CJK 10 pt on A4 landscape by LibreOffice in an outer frame, the 194th, where 現状と課題's
    // cell showed a leading: 指標① had been the label's wrap and the indicator's targets lost)
    const [lastText, nextText] = [last.text.trim(), next.text.trim()];
    // (a row started beside a merged cell, its label read on through the border a label the vocabulary knows whose rest
    // after the border is none: the label's cell runs on down the rows beside it — 伊勢崎's 財政効果額 / (歳入) (単 / 位:千円)
    // beside 220 over 有料広告料 in each year, BIZ UDGothic 12 pt on B5 by LibreOffice without rules, the 262nd, whose
    // amounts and basis had lost their label; 木更津's 令和5年度の活動経過・今後の予 / 定 beside 年度 | R8 | 4,800人 over R8)
    // (or a row opened level with the label's last line: the same label, its 円) level with 有料広告料 where the rows are
    // drawn 4 pt further apart, Noto Serif CJK 12 pt on B5 with horizontal rules as a Writer document, the 305th — the
    // rule under 220 drawn across the years only, the label's wrap forced by the bracket that may not open a line)
    if ((blocks[j]!.beside || blocks[j]!.opened) && labelReadsAcross(a, b)) {
      for (let n = i; n < j; n++) open.add(n);
      continue;
    }
    if (labelRole(lastText) !== null && labelRole(nextText) !== null && labelRole(lastText + nextText) === null) continue;
    if (spaces.length === 0 && ((!broke && !labels) || labelRole(last.text.trim()) !== null || labelRole(next.text.trim()) !== null || !ownLine(i, last) || !ownLine(j, next))) continue;
    // (closer by as much after a line the border broke mid-sentence: Chromium rounds each line to its
    // device pixel, a cell's lines 15.0 and 15.7 pt apart in turn — 木更津's …アンケートにお / ける改善
    // 意見数… across the rows R5 | R6, gothic 12 pt)
    const slack = Math.max(1, next.size * 0.12);
    const spaced = space >= own - (broke ? slack : 0.5) && space <= own + slack;
    if ((next.top > blocks[j]!.top + 0.5 || broke) && spaced) for (let n = i; n < j; n++) open.add(n);
    // (two lines as wide as a label, both at the border, whose second runs on in its turn: a name
    // wrapped in a narrow column, 木更津's し尿受入施設 / 設置までの進 / 捗率 beside 名称 and 年度's
    // rows by LibreOffice in 12 pt; labels stacked stop short or stop there)
    // (or, however short the first, a line the wrap forced, the cell going on under the next: the
    // next line's first character, with the one after an opening bracket that may not end a line,
    // would have run past the column's widest line — 木更津's インターネット広告 / （ディスプレイ広告） /
    // のクリック率 in a narrow merged name cell, LibreOffice in BIZ UDPGothic; not 部長目標's
    // 基本方針 / 部の仕事, stacked as wide as their column)
    // (nor a label the vocabulary knows: 伊勢崎's No. / 担当部課 in a label column read narrow)
    else if (labels && spaced && b.length >= 2 && labelRole(last.text.trim()) === null && forcedWrap(last, next, wrap)) for (let n = i; n < j; n++) open.add(n);
    // (a chain: the next line's row runs on in its turn — インターネット / 広告（ディスプ / レイ広告）のク / リック率, each
    // line a row beside R5 … R8; Noto Serif 11.5 pt, 30 mm, by LibreOffice in an outer frame. Not names, each as wide
    // as the column they set: 刈谷's 生活福祉課 / 生活福祉課 in 課等, a row each)
    else if (labels && spaced && ([last, next].every((l) => l.x1 >= cols[k + 1]! - l.size * 0.25) || (labelRole(last.text.trim()) === null && ![last, next].some((l) => isUnitName(l.text)) && forcedWrap(last, next, wrap)))) filled.push([i, j]);
  }
  // (last first: a chain of such lines runs on from its end)
  for (const [i, j] of filled.reverse()) if (open.has(j)) for (let n = i; n < j; n++) open.add(n);
  return open;
}

/**
 * A block parted where every other column's text pauses and starts again on the line where the
 * first column's does: the cells of a row start together, so the lines that resume together after
 * each column stood empty for lines (more than two of its own line pitches) start the next row.
 * Writer's unpadded rows in Noto Serif leave no more room between rows than between lines (伊勢崎's
 * 取組達成度 … 進捗なし beside one ○ per year, then 取組課題と / 次年度以降 … beside each year's text,
 * 12 pt by LibreOffice): the label column runs on, its label wrapped short in a narrow column.
 */
export function rowsResumed(b: Block, xs: number[]): Block[] {
  const cols = [b.x0 - 1, ...xs, b.x1 + 1];
  const lines = cols.slice(1).map((x, k) => columnLines(b, cols[k]!, x));
  const [label, ...values] = lines;
  const cuts: number[] = [];
  for (const start of label!.slice(1)) {
    const y = start.top;
    const filled = values.filter((ls) => ls.length > 0);
    if (filled.length < 2) break;
    const resumed = filled.every((ls) => {
      const at = ls.findIndex((l) => Math.abs(l.top - y) <= l.size * 0.3);
      if (at < 0) return false;
      const pitch = Math.min(...ls.slice(1).map((l, i) => l.top - ls[i]!.top).filter((d) => d > ls[0]!.size * 0.5), Infinity);
      const before = ls[at - 1];
      return !before || (Number.isFinite(pitch) ? y - before.top > pitch * 2.5 : y - before.top > start.size * 4);
    });
    if (resumed && filled.some((ls) => ls[0]!.top < y - start.size * 0.3)) cuts.push(y - 0.5);
  }
  if (cuts.length === 0) return [b];
  const parts = [...cuts, Infinity].map((cut, i) => b.rows.filter((r) => r.top < cut && r.top >= (cuts[i - 1] ?? -Infinity)));
  return parts.filter((rows) => rows.length > 0).map(toBlock);
}

/**
 * The head of a page's first table under a table the page before broke: lines in one column only,
 * over a row whose cells start together lower down, that stand off that column's own text edge, are
 * the end of the broken row, set in the page before's grid — not the first lines of this row's cell.
 * Cells of a row start together; a cell that starts alone above the others and on its column's edge
 * (a long cell beside cells set in their middle) stays whole. (部長目標's 総括 …令和7年度に案を / 示して
 * いきます。 carried over a page's head at 123.4 pt, a line's pitch over the next department's table
 * whose 部長 column starts at 133.5; Noto Sans CJK 12 pt by LibreOffice without rules: 示していきます。
 * had been read as the start of 総務部長, the department's seven goals under another name.)
 */
export function linesBeforeRow(b: Block, xs: number[]): Block[] {
  const cols = [b.x0 - 1, ...xs, b.x1 + 1];
  const lines = cols.slice(1).map((x, k) => columnLines(b, cols[k]!, x)).filter((ls) => ls.length > 0);
  if (lines.length < 3) return [b];
  const first = Math.min(...lines.map((ls) => ls[0]!.top));
  const early = lines.filter((ls) => ls[0]!.top <= first + ls[0]!.size * 0.3);
  if (early.length !== 1) return [b];
  const own = early[0]!;
  const rest = lines.filter((ls) => ls !== own);
  const y = Math.min(...rest.map((ls) => ls[0]!.top));
  if (!rest.every((ls) => ls[0]!.top - y <= ls[0]!.size * 0.3)) return [b];
  const at = own.findIndex((l) => Math.abs(l.top - y) <= l.size * 0.3);
  if (at <= 0 || !own.slice(0, at).every((l) => Math.abs(l.x0 - own[at]!.x0) > l.size * 0.5)) return [b];
  const cut = y - own[at]!.size * 0.3;
  return [toBlock(b.rows.filter((r) => r.top < cut)), toBlock(b.rows.filter((r) => r.top >= cut))];
}

/** Whether a line ended because the next line's first character (with the one after an opening bracket) would have run past `wrap`. */
function forcedWrap(last: ColumnLine, next: ColumnLine, wrap: number): boolean {
  const lead = [...(/^[（(「『【〔［｛〈《]*./u.exec(next.text.trim())?.[0] ?? '')];
  return last.x1 + solidWidth(lead.join(''), next.size) > wrap + 0.5;
}

/**
 * Whether rows that follow each other with no room between them still leave more between them
 * than between the lines of any of their cells: LibreOffice's unpadded rows keep the width of the
 * border they do not draw (部長目標's 基本方針 and 部の仕事 rows, printed without rules, 0.8 pt
 * further apart than the lines of a cell).
 */
export function seamed(rows: Block[]): boolean {
  const within = rows.flatMap((b) => b.rows.slice(1).map((r, i) => r.top - Math.max(...b.rows.slice(0, i + 1).map((u) => u.bottom))));
  const between = rows.slice(1).map((b, i) => b.top - rows[i]!.bottom);
  return within.length > 0 && Math.min(...between) >= Math.max(...within) + 0.5;
}

/**
 * Whether a cell of the block wraps: a line that reaches a column border (or the block's right
 * edge) is followed by one of the same size starting where it started. This is what a table
 * gives that its lines alone do not.
 */
export function wraps(b: Block, lead = 0): boolean {
  const edges = [...b.borders, b.x1];
  for (let i = 0; i < b.rows.length; i++) {
    const upper = b.rows[i]!;
    for (const run of upper.runs) {
      // not where a piece of text starts (any cell's, not only the line's first: 伊勢崎's 計画した見込人数 /
      // を上回る… beside the label 取組課題と次年度以降, filled)
      if (upper.runs.some((u) => u !== run && u.x1 <= run.x0 + 0.1 && run.x0 - u.x1 <= run.size * MIN_CHANNEL_EM)) continue;
      const end = run.x0 + piece(upper, run.x0, 1);
      const edge = edges.find((e) => e >= end - 0.5);
      if (edge === undefined || edge - end > run.size * 1.5) continue;
      // the next line of that cell: lines of other cells may sit at other baselines in between
      // (set flush left, or centred or flush right under it: 部長目標's 市民環 / 境部, 子ども / 未来 / 部;
      // or anywhere within the line above, centred in a cell that line fills: 子ども未来 / 部, BIZ
      // UDPGothic 12 pt landscape by Chromium)
      // (or under the text after an item's number, hanging: ③安全で快適な… / す。, ③ perhaps set
      // in a larger symbol font)
      const marked = /^[①-⑳㉑-㉟・]/u.test(run.text.trim());
      const after = marked && run.text.trim().length === 1 ? upper.runs.find((u) => u !== run && u.x0 >= run.x1 - 0.1 && u.x0 - run.x1 < run.size) : undefined;
      const hang = !marked ? null : after ? { x0: after.x0, size: after.size } : { x0: run.x0 + run.size, size: run.size };
      const under = (r: TextRun) =>
        (!!hang && Math.abs(r.size - hang.size) <= 0.2 && Math.abs(r.x0 - hang.x0) <= hang.size * 0.5) ||
        (Math.abs(r.size - run.size) <= 0.2 &&
        (Math.abs(r.x0 - run.x0) <= run.size * 0.5 ||
          (r.x0 > run.x0 && r.x1 <= edge + 0.5 && (r.x1 <= end + run.size * 0.5 || Math.abs(r.x0 + r.x1 - run.x0 - end) <= run.size))));
      for (let j = i + 1; j < b.rows.length && b.rows[j]!.top < upper.bottom + reachOf(run.size, lead); j++) {
        if (b.rows[j]!.runs.some(under)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a cell of the block holds several lines beside a cell of one: a line with text in two
 * columns or more, and under it a line that goes on in one of them, at the same x, leaving the
 * others empty (部長目標's 教育部 | 教育部長 / たぐち しげお / 田口 茂夫). Lines read alone would
 * run the first line's cells together.
 */
export function stacks(b: Block, lead = 0): boolean {
  const column = (x: number) => b.borders.filter((e) => x > e).length;
  // the runs that start a piece of text: none ends within a word gap before them
  const starts = (r: Row) => r.runs.filter((u) => !r.runs.some((v) => v !== u && v.x1 <= u.x0 + 0.1 && u.x0 - v.x1 < wordGap(v, u)));
  for (let i = 0; i + 1 < b.rows.length; i++) {
    const upper = b.rows[i]!;
    const lower = b.rows[i + 1]!;
    if (lower.top > upper.bottom + reachOf(upper.size, lead)) continue;
    const above = starts(upper);
    const below = starts(lower);
    // (one piece under one of them; or several, fewer than above, each under one: 部長目標's
    // しむらあきこ | 書かない窓口を… under 子ども未来部 | 子ども未来部長 | 目標, the label column empty)
    if (new Set(above.map((u) => column(u.x0))).size < 2 || below.length === 0 || below.length >= above.length) continue;
    if (below.every((u) => above.some((a) => column(a.x0) === column(u.x0) && Math.abs(a.x0 - u.x0) <= u.size * 0.5))) return true;
  }
  return false;
}
