import type { PageContent, Rule, TextRun } from './page-content.js';
import { rejoinBracketedWraps } from './bracketed-wraps.js';
import { choiceGridText } from './choice-grid.js';
import { proseColumns } from './prose-columns.js';
import { BAND, isPageNumber } from './furniture.js';
import { fillBorders } from './shading.js';
import { findTables, type Table, type TableCell } from './tables.js';
import { type BrokenGrid, type CentringSeen, inferBorders, openedFor, topAligned, traceTable, type TableTrace } from './text-columns.js';
import { yearHeaderRules } from './year-header.js';
import { autospaced, buildLines, dropOverprints, linePitch, pageStyle, type FigureCounts, paragraphs, type Paragraph, type PdfLine, STARTS_ITEM } from './text-lines.js';

export interface PdfCell {
  col: number;
  colSpan: number;
  rowSpan: number;
  /** Where its lines wrap (x, points). */
  wrapEdge: number;
  lines: PdfLine[];
  paragraphs: Paragraph[];
  /**
   * Where the cell stands on its page, once its row is set into the grid of the table the page before
   * broke (read-pdf's alignColumns): that grid's borders are the other page's.
   */
  span?: { x0: number; x1: number };
}

/** A free line of text, or one row of a ruled table (cells by grid column, empty where merged). */
export type PdfBlock =
  | {
      kind: 'text';
      page: number;
      top: number;
      bottom: number;
      line: PdfLine;
      paragraphEnd: boolean;
      /** It ends its paragraph where small kana pull no character over (Paragraph's `pending`). */
      pendingEnd?: boolean;
    }
  | { kind: 'row'; page: number; top: number; bottom: number; table: Table; row: number; cells: PdfCell[] };

function inside(r: TextRun, x0: number, x1: number, top: number, bottom: number): boolean {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.top + r.bottom) / 2;
  return cx >= x0 && cx <= x1 && cy >= top && cy <= bottom;
}

/**
 * `cells.find(c => inside(r, c))`, asking only the cells across the run's centre line: a page of
 * 300 runs in tables of 100 cells asked every cell of every run (~70 ms of the 150-page 伊勢崎
 * rendering). Cells are kept by the bands between their tops and bottoms, and the candidates asked
 * in the order of `cells`, so the first cell that holds the run is the one `find` gives.
 */
function cellFinder(cells: TableCell[]): (r: TextRun) => TableCell | undefined {
  const edges = [...new Set(cells.flatMap((c) => [c.top, c.bottom]))].sort((a, b) => a - b);
  // band i lies between edges[i] and edges[i + 1]; a cell covers the bands from its top to its bottom
  const bands: number[][] = edges.map(() => []);
  const flat: number[] = [];
  cells.forEach((c, k) => {
    if (!(c.bottom > c.top)) {
      flat.push(k);
      return;
    }
    for (let i = lowerBound(edges, c.top); i < edges.length - 1 && edges[i + 1]! <= c.bottom; i++) bands[i]!.push(k);
  });
  return (r) => {
    const cy = (r.top + r.bottom) / 2;
    const i = lowerBound(edges, cy);
    // on an edge, the bands either side; inside a band, that band
    const ks = [...(edges[i] === cy ? [...(bands[i - 1] ?? []), ...(bands[i] ?? [])] : bands[i - 1] ?? []), ...flat].sort((a, b) => a - b);
    for (const k of ks) {
      const c = cells[k]!;
      if (inside(r, c.x0, c.x1, c.top, c.bottom)) return c;
    }
    return undefined;
  };
}

/** The first index whose value is at least `v`. */
function lowerBound(sorted: number[], v: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a rule the page draws stands down a cell's right side. */
function drawnRight(cell: TableCell, rules: readonly Rule[]): boolean {
  return rules.some((r) => Math.abs(r.x0 - r.x1) < 0.5 && Math.abs(r.x0 - cell.x1) <= 1 && Math.min(r.y0, r.y1) <= cell.top + 1 && Math.max(r.y0, r.y1) >= cell.bottom - 1);
}

/** A line that ends on a figure or a phrase's end: no sign that it wrapped. */
const ENDS_PHRASE = /[0-9０-９。．.！!？?）)」』】〕〉》、，,]$/u;

/**
 * Where a cell's lines wrap: at the longest line among the cells that share its right border,
 * as long as that line comes near the border (within the padding, 0.3–1.4 em on the rendered
 * seeds). When even the longest stops well short (桑名's renders: 3–11 em), the producer wrapped
 * nothing there: every line ends where its text did, and the edge is the border itself.
 */
function wrapEdge(cell: TableCell, longest: number | undefined, size: number, lines: readonly PdfLine[] = [], drawn = true, inner: readonly number[] = [], joints: readonly number[] = []): number {
  if (longest === undefined) return cell.x1;
  // Unless the border was read from text gaps and the cell's own lines show their edge, three of them
  // or more ending there (each of eight characters or more, mid-phrase, another line under it):
  // well short of the longest, a border the text did not show stands between; well short of the
  // border, it was read halfway to the next column's text (伊勢崎's last year with text, its lines
  // ending at 692.6 pt under a merged 取組内容 run out to the table's side at 712.5 pt, the border there
  // read halfway to the next year's heading; Noto Serif 9 pt landscape by LibreOffice without rules).
  // (a drawn border's cells wrap alike: lines of one length there are the author's, 桑名's …図上訓練を
  // 実施する。 / また、… by Chromium; nor do amounts set right wrap, 世田谷's budget book; and a line that
  // ends a phrase shows no wrap, 桑名's …（市民生活のスマート化） / スマートシティの… by LibreOffice)
  // (eight characters, or as many as the cell's width holds where that is fewer: a column four
  // characters wide beside a sliver the header alone reaches into, 伊勢崎's 令和5年度 令和6年度 over
  // ・ネットワ / ークの3 / 層の対策, Noto Serif 11.5 pt by LibreOffice without rules)
  const own = Math.max(...lines.map((l) => l.x1));
  const filled = (l: PdfLine) => [...l.text].length >= Math.min(8, ((own - l.x0) / l.size) * 0.8);
  // (a drawn side is no sign where the cell spans a column border its lines end at: the cell was merged
  // over columns it left empty, its text wrapping in the first — 木更津's 担当課 都市整 / 備部下 / 水道推 / 進室
  // ending at 271.5 pt before the border at 280.1 of the 指標 columns, the frame's side beyond them; Noto
  // Serif CJK 13 pt on B5 portrait by Chromium in an outer frame, the 174th)
  const spannedEnd = inner.some((x) => x > cell.x0 + 1 && x < cell.x1 - 1 && x >= own - 0.5 && x - own <= size * 1.5);
  // (two such lines are enough there: 都市整備部 / 下水道推進 / 室 by LibreOffice without rules, the border
  // at 287.8 pt 4 pt past them)
  const shown = (!drawn || spannedEnd) && lines.filter((l, i) => l.x1 >= own - l.size * 0.5 && i + 1 < lines.length && filled(l) && !ENDS_PHRASE.test(l.text.trim())).length >= (spannedEnd ? 2 : 3);
  if (shown && own < cell.x1 && (longest - own > size * 2 || cell.x1 - longest > size * 2.5)) return own;
  // (a joint of the rules drawn cell by cell just past the cell's longest line is the border the text found
  // none for: the column beyond it empty — 伊勢崎's last year, 組織見直し検 / 討 ending 3.5 pt before the joint at
  // 593.2 pt of an empty column run out to 657.8, read as two paragraphs; Noto Sans CJK 12 pt on B5 landscape
  // by Chromium with horizontal rules, the 309th)
  // (the cell's own lines all ending there: a cell merged over that column runs past it; and no border of the table's
  // there — a cell merged over columns it found, its paragraphs ending short by chance near one: 伊勢崎's 5年後までの目標
  // …費用対効果を高めます。 / 自治体クラウド… across the years of Chromium's grid, Noto Serif CJK 11 pt on letter landscape,
  // the 260th — read as a wrap, two sentences had run into one paragraph)
  // (nor in a cell merged over columns at all: 木更津's 活動経過 across its 指標 columns, whose borders the text put a few points
  // off the joints Chromium drew there, …チラシを配布します。 / また、… read as a wrap — Noto Serif CJK 9 pt on A4 landscape
  // with horizontal rules, the 346th)
  const merged = inner.some((b) => b > cell.x0 + 1 && b < cell.x1 - 1);
  const joint = lines.length > 1 && !merged ? joints.find((x) => x > cell.x0 + size && x < cell.x1 - size && own <= x + 0.5 && x - own <= size * 1.5 && !inner.some((b) => Math.abs(b - x) <= 1)) : undefined;
  if (joint !== undefined) return Math.min(joint, own);
  return cell.x1 - longest > size * 2.5 ? cell.x1 : Math.min(cell.x1, longest);
}

/**
 * Where the horizontal rules over a table meet end to end, at two of them or more: a producer that draws each
 * cell's border apart (Chromium) leaves a joint at every column border, drawn or not.
 */
function ruleJoints(rules: readonly Rule[], table: Table): number[] {
  const rows = new Map<number, Rule[]>();
  for (const r of rules) if (r.y0 === r.y1 && r.y0 >= table.top - 1 && r.y0 <= table.bottom + 1) (rows.get(Math.round(r.y0)) ?? rows.set(Math.round(r.y0), []).get(Math.round(r.y0))!).push(r);
  const seen = new Map<number, number>();
  for (const row of rows.values()) {
    const spans = row.map((r) => [Math.min(r.x0, r.x1), Math.max(r.x0, r.x1)] as const).sort((a, b) => a[0] - b[0]);
    const here = new Set<number>();
    for (let i = 1; i < spans.length; i++) if (Math.abs(spans[i]![0] - spans[i - 1]![1]) <= 0.5) here.add(Math.round(spans[i - 1]![1] * 10) / 10);
    for (const x of here) seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n >= 2).map(([x]) => x);
}

/**
 * A page's number that a cell's box runs over: Chromium draws a row the page broke on past the page's
 * foot, and the folio printed there falls inside it (桑名 ruled, Noto Sans CJK 10 pt on B5 landscape:
 * `1` under …能登半島地震, read as the goal's last words). The cell's last line, in the page's foot band,
 * saying a number only, more than two lines under the cell's other text, or half an em in a size of its own:
 * returns its runs.
 */
function footFolio(list: readonly TextRun[], height: number): TextRun[] | null {
  const lowest = Math.max(...list.map((r) => r.top));
  const last = list.filter((r) => r.top >= lowest - r.size * 0.3);
  const rest = list.filter((r) => !last.includes(r));
  if (rest.length === 0 || lowest < height * (1 - BAND)) return null;
  const text = [...last].sort((a, b) => a.x0 - b.x0).map((r) => r.text).join('');
  const size = Math.max(...last.map((r) => r.size));
  // (or less far under it in a size of its own: a 10 mm margin, 桑名 ruled by Chromium in Noto Serif CJK 14 pt at
  // 1.05 leading on B5, its 12.6 pt `1` 15 pt under 検討す, read into the goal as 検討す1る。)
  const restSize = Math.max(...rest.map((r) => r.size));
  const gap = lowest - Math.max(...rest.map((r) => r.bottom));
  return isPageNumber(text) && (gap > size * 2 || (gap > size * 0.5 && Math.abs(size - restSize) > restSize * 0.05)) ? last : null;
}

/**
 * Free runs standing across a ruled table's foot, their top inside its last row, under a cell of that row with no rule
 * drawn under it where the row's other cells have one (Table's openFoot): that cell's last line, the page having broken the cell (木更津's 令和5年度の活 / 動経過・今後 merged down
 * beside its sub-table's 名称 | 年度 | 目標値 | 結果 at a page's foot, the sides drawn to 721.5 pt, the rule under the row
 * drawn only under the sub-table, 動経過・今後 from 717.7; IPAex Gothic 14 pt on letter by Chromium, ruled, the 356th —
 * read as a line under the table, the label was lost and the sheet's progress read as its 指標's note).
 */
function openFoot(free: readonly TextRun[], tables: readonly Table[], rules: readonly Rule[]): [TableCell, TextRun][] {
  const out: [TableCell, TextRun][] = [];
  for (const r of free) {
    const cx = (r.x0 + r.x1) / 2;
    const t = tables.find((u) => cx > u.x0 && cx < u.x1 && r.top < u.bottom - 1 && (r.top + r.bottom) / 2 > u.bottom && r.top > u.top);
    const cell = t?.cells.find((c) => Math.abs(c.bottom - t.bottom) <= 1 && cx > c.x0 && cx < c.x1 && c.top < r.top && !!t.openFoot?.includes(c.col));
    if (!t || !cell) continue;
    // (its sides drawn to the foot: not a table whose foot the text placed)
    const sided = rules.some((v) => v.x0 === v.x1 && (Math.abs(v.x0 - cell.x0) <= 2 || Math.abs(v.x0 - cell.x1) <= 2) && Math.max(v.y0, v.y1) >= t.bottom - 2 && Math.min(v.y0, v.y1) < t.bottom - 2);
    if (sided) out.push([cell, r]);
  }
  return out;
}

/** The share of the page's height a running head stands in, over any body text (a margin of 13 mm on B5, 15 on A4). */
const HEAD_MARGIN = 0.05;

/**
 * The running head a cell's box runs under: Chromium draws a row the page broke on from the next page's top
 * edge, and the head printed there falls inside it (桑名 ruled, Noto Serif CJK 14 pt at 1.05 leading on B5 with
 * 10 mm margins: 桑名市部長会議資料 in 11.2 pt over …支援する仕 / 組みを、…, read into the goal). The cell's first
 * line, ending in the page's top twentieth (or `foot`, see headAcross), set smaller than the rest and half an em or
 * more over the cell's other text (not the reading over a name at a page's head, 部長目標's かわぐち そうい 61 pt
 * down): returns its runs, free text, for the furniture to judge (findFurniture drops it where it repeats).
 */
function headRunning(list: readonly TextRun[], height: number, foot = HEAD_MARGIN): TextRun[] | null {
  const highest = Math.min(...list.map((r) => r.top));
  const first = list.filter((r) => r.top <= highest + r.size * 0.3);
  const rest = list.filter((r) => !first.includes(r));
  if (rest.length === 0 || highest > height * HEAD_MARGIN) return null;
  const size = Math.max(...first.map((r) => r.size));
  const restSize = Math.max(...rest.map((r) => r.size));
  return Math.max(...first.map((r) => r.bottom)) <= height * foot && Math.min(...rest.map((r) => r.top)) - Math.max(...first.map((r) => r.bottom)) > size * 0.5 && size < restSize * 0.95 ? first : null;
}

/**
 * The running head a table's box runs under, in a row of its own: Chromium draws the sides of a row the page broke
 * from near the page's top edge, and the head printed there stands between them, over the table's first text
 * (木更津 in an outer frame, Noto Serif CJK 13 pt on B5 by Chromium, the 174th: the frame from 15.75 pt, the head
 * 木更津市 経営改革推進計画 令和5年度進捗状況 at 30.6 pt, its last character past the frame — read as a row of
 * the item the page before broke, it had been read into its 令和5年度の活動経過). The table's first line as
 * headRunning takes a cell's, ending in the page's top tenth (a wider margin sets the head lower: 30.6–41 pt on B5),
 * one phrase (no gap of an em: not a table's own header row of short labels apart).
 */
function headAcross(list: readonly TextRun[], height: number): TextRun[] | null {
  if (list.length === 0) return null;
  const head = headRunning(list, height, BAND);
  if (!head) return null;
  // (two ems or more over the rest: not a name's reading over it, 部長目標's かわぐち そうい set close over 川口 荘一)
  const gap = Math.min(...list.filter((r) => !head.includes(r)).map((r) => r.top)) - Math.max(...head.map((r) => r.bottom));
  const xs = [...head].sort((a, b) => a.x0 - b.x0);
  return gap >= Math.max(...head.map((r) => r.size)) * 2 && xs.every((r, i) => i === 0 || r.x0 - xs[i - 1]!.x1 < r.size) ? head : null;
}

/**
 * Where cells read from a picture wrap: the lines that run to the edge, not the longest of them.
 * An OCR box ends at its ink, a third of an em either side of where the glyph's square does, so
 * the longest line stands past the edge by that and lines a wrap left an em short look a
 * paragraph's end (刈谷 by LibreOffice scanned at 300 dpi, p11: the edge read at 336.2 pt from
 * `…施策を推進し`, the lines that ran to it ending 326.4–336.2, `…窓口サービスを提供` / `します。`
 * cut at 321.1; p8 `…支払において、` / `キャッシュレス…`). The median of the lines within an em of
 * the longest, three or more of them, stands at the edge.
 */
function inkWrapEdges(wrapAt: Map<number, number>, cellLines: ReadonlyMap<TableCell, readonly PdfLine[]>): void {
  const ends = new Map<number, number[]>();
  for (const [cell, ls] of cellLines) {
    const key = Math.round(cell.x1);
    const longest = wrapAt.get(key)!;
    for (const l of ls) if (l.x1 >= longest - l.size) (ends.get(key) ?? ends.set(key, []).get(key)!).push(l.x1);
  }
  for (const [key, xs] of ends) {
    if (xs.length < 3) continue;
    xs.sort((a, b) => a - b);
    wrapAt.set(key, xs[Math.floor(xs.length / 2)]!);
  }
}

/**
 * The rules, but the borders of a row the page broke that its producer painted on past the page's edge down to
 * the header it repeats: vertical rules from above the page's top to a rule across them (or from one to below its
 * foot). They bound nothing the page shows but its margin — Chromium's 刈谷 ruled in Noto Sans CJK 15 pt on A4
 * landscape (the 158th), borders from −34.5 pt to the repeated header at 57: the running head had been read as
 * the rest of the broken row, and that rest, under the header, as a row of its own.
 */
function pastTheEdge(rules: readonly Rule[], height: number): Rule[] {
  // (to the rule across them within two points: a border's end reaches past the middle of the rule it meets by its
  // width and more — 伊勢崎's borders from −516 to 100.5 pt over the header row's top rule at 99.4, Chromium's grid in
  // Noto Sans CJK 14 pt on A4, 35 mm: the running head had been read as a row of the table, cut into its columns)
  const across = (y: number, x: number) => rules.some((h) => h.y0 === h.y1 && Math.abs(h.y0 - y) <= 2 && h.x0 <= x + 1 && h.x1 >= x - 1);
  return rules.filter((r) => {
    if (r.x0 !== r.x1) return true;
    const [top, foot] = [Math.min(r.y0, r.y1), Math.max(r.y0, r.y1)];
    return !((top < -1 && across(foot, r.x0)) || (foot > height + 1 && across(top, r.x0)));
  });
}

/**
 * The blocks of one page. `carried`: the table the page before broke (its sides and inner borders,
 * read-pdf's brokenGrid), whose grid this page's first table may go on in (see inferBorders). `centring`: the pages before
 * set with their cells centred (see topAligned).
 */
export function pageBlocks(content: PageContent, figuresSeen?: FigureCounts, traces?: TableTrace[], carried: BrokenGrid | null = null, centring?: CentringSeen): PdfBlock[] {
  const runs = dropOverprints(content.runs);
  const drawnRules = [...pastTheEdge(content.rules, content.height), ...fillBorders(content.fills, content.rules, runs)];
  const drawn = findTables(drawnRules);
  const prose = proseColumns(runs, drawn, drawnRules);
  const inProse = new Set(prose.flatMap((p) => p.columns.flat()));
  // (cells set in the middle of their rows read as the top-aligned table they are: see topAligned. Not inside a
  // drawn grid, whose rules place its rows — nor need a ruled page pay for it)
  const loose = runs.filter((r) => !inProse.has(r));
  const gridded = drawn.filter((t) => t.xs.length > 2);
  const unruled = gridded.length === 0 ? loose : loose.filter((r) => !gridded.some((t) => inside(r, t.x0, t.x1, t.top, t.bottom)));
  const centred = topAligned(unruled, centring);
  const moved = new Map(unruled.map((r, k) => [r, centred.runs[k]!]));
  const inferred = inferBorders(
    loose.map((r) => moved.get(r) ?? r),
    drawnRules,
    drawn,
    carried && { ...carried, head: content.height * BAND },
    // (a shaded cell's edges, where the fills made no table: see shadedEdges)
    content.fills.flatMap((f) => [f.x0, f.x1].map((x) => ({ x, top: f.top, bottom: f.bottom }))),
  );
  inferred.rules = openedFor(inferred.rules, drawnRules, centred.moved, loose.map((r) => moved.get(r) ?? r));
  let tables = (inferred.rules.length ? findTables([...drawnRules, ...inferred.rules]) : drawn).filter((t) => runs.some((r) => inside(r, t.x0, t.x1, t.top, t.bottom)));
  const headers = yearHeaderRules(tables, loose, drawnRules);
  if (headers.length) tables = findTables([...drawnRules, ...inferred.rules, ...headers]).filter((t) => runs.some((r) => inside(r, t.x0, t.x1, t.top, t.bottom)));
  traces?.push(...tables.map((t) => traceTable(content.page, t, drawnRules, inferred.carried)));
  const free: TextRun[] = [];
  const perCell = new Map<TableCell, TextRun[]>();
  const finders = new Map(tables.map((t) => [t, cellFinder(t.cells)]));
  for (const r of runs) {
    const table = tables.find((t) => inside(r, t.x0, t.x1, t.top, t.bottom));
    const cell = table && finders.get(table)!(r);
    if (!cell && inProse.has(r)) continue;
    if (!cell) {
      free.push(r);
      continue;
    }
    const list = perCell.get(cell);
    if (list) list.push(r);
    else perCell.set(cell, [r]);
  }
  for (const r of openFoot(free, tables, drawnRules)) {
    const [cell, run] = r;
    free.splice(free.indexOf(run), 1);
    perCell.get(cell)?.push(run) ?? perCell.set(cell, [run]);
  }
  for (const [cell, list] of perCell) {
    const folio = [...(footFolio(list, content.height) ?? []), ...(headRunning(list, content.height) ?? [])];
    if (folio.length === 0) continue;
    perCell.set(cell, list.filter((r) => !folio.includes(r)));
    free.push(...folio);
  }
  for (const t of tables) {
    const cells = t.cells.filter((c) => perCell.has(c));
    const head = headAcross(cells.flatMap((c) => perCell.get(c)!), content.height);
    if (!head) continue;
    for (const c of cells) perCell.set(c, perCell.get(c)!.filter((r) => !head.includes(r)));
    free.push(...head);
  }
  rejoinBracketedWraps(tables, perCell, drawnRules);
  const cellLines = new Map<TableCell, PdfLine[]>();
  const spaced = autospaced(runs);
  for (const [cell, list] of perCell) cellLines.set(cell, buildLines(list, 3, false, spaced));
  const lines = buildLines(free, undefined, true, spaced);
  const columnLines = prose.map((p) => ({ p, columns: [buildLines(p.columns[0], undefined, false, spaced), buildLines(p.columns[1], undefined, false, spaced)] as const }));
  const pitch = linePitch([...cellLines.values(), lines, ...columnLines.flatMap((c) => c.columns)]);
  const style = { ...pageStyle([...[...cellLines.values()].flat(), ...lines, ...columnLines.flatMap((c) => c.columns.flat())], figuresSeen), ...(content.fromInk ? { fromInk: true } : {}), ...(content.laidOut ? { laidOut: true } : {}) };
  // Cells that share a right border wrap at the same place: the longest line among them shows
  // where (the border minus the padding is too far out when kinsoku pulls a character over).
  const wrapAt = new Map<number, number>();
  for (const [cell, ls] of cellLines) {
    const key = Math.round(cell.x1);
    for (const l of ls) wrapAt.set(key, Math.max(wrapAt.get(key) ?? 0, l.x1));
  }
  if (content.fromInk) inkWrapEdges(wrapAt, cellLines);
  const blocks: PdfBlock[] = [];
  for (const table of tables) {
    const rows = table.ys.length - 1;
    const cols = table.xs.length - 1;
    const joints = ruleJoints(drawnRules, table);
    // (each grid position looked up once: a table of many cells asked cell by cell is quadratic)
    const at = new Map<number, (typeof table.cells)[number]>();
    // (rules that leave an L-shaped cell make its box overlap a cell of one position: the text the page
    // set there must not be lost behind the other — 刈谷's 目標達成基準 repeated under a row whose criteria
    // ran over its own row border, mincho 7 pt on letter by LibreOffice without rules, the 159th. It stands
    // in the row its first line stands in, where no cell starts: 木更津's 令和5年度の活動経過・今後の予定 at a
    // page's head, a shaded band the page broke ending 0.05 pt under its text's top, IPAex Gothic by LibreOffice)
    const overlapped: TableCell[] = [];
    for (const c of table.cells) {
      const k = c.row * cols + c.col;
      if (!at.has(k)) at.set(k, c);
      else if ((cellLines.get(c) ?? []).length > 0) overlapped.push(c);
    }
    for (const c of overlapped) {
      const mine = cellLines.get(c)!;
      const mid = (mine[0]!.top + mine[0]!.bottom) / 2;
      let row = c.row;
      while (row + 1 < c.row + c.rowSpan && table.ys[row + 1]! <= mid) row++;
      const had = at.get(c.row * cols + c.col)!;
      if (row > c.row && !at.has(row * cols + c.col)) {
        const moved = { ...c, row, rowSpan: c.row + c.rowSpan - row, top: table.ys[row]! };
        at.set(row * cols + c.col, moved);
        cellLines.set(moved, mine);
        perCell.set(moved, perCell.get(c) ?? []);
      } else if ((cellLines.get(had) ?? []).length === 0) at.set(c.row * cols + c.col, c);
      else cellLines.set(had, [...cellLines.get(had)!, ...mine].sort((a, b) => a.top - b.top || a.x0 - b.x0));
    }
    for (let row = 0; row < rows; row++) {
      const cells: PdfCell[] = [];
      for (let col = 0; col < cols; col++) {
        const cell = at.get(row * cols + col);
        const lines = (cell && cellLines.get(cell)) ?? [];
        const edge = cell ? wrapEdge(cell, wrapAt.get(Math.round(cell.x1)), lines[0]?.size ?? 0, lines, drawnRight(cell, drawnRules), table.xs, joints) : 0;
        const choice = cell ? choiceGridText(perCell.get(cell) ?? []) : null;
        const paras = cell ? (choice !== null ? [{ text: choice, lines }] : paragraphs(lines, edge, pitch, style)) : [];
        cells.push({ col, colSpan: cell?.colSpan ?? 1, rowSpan: cell?.rowSpan ?? 1, wrapEdge: edge, lines, paragraphs: paras });
      }
      if (cells.every((c) => c.lines.length === 0)) continue;
      blocks.push({ kind: 'row', page: content.page, top: table.ys[row]!, bottom: table.ys[row + 1]!, table, row, cells });
    }
  }
  const edge = content.laidOut ? proseEdge(lines) : freeEdge(lines, content.height);
  const paras = paragraphs(lines, edge, pitch, style);
  const ends = new Set(paras.map((p) => p.lines.at(-1)!));
  const pendingEnds = new Set(paras.flatMap((p) => (p.pending ?? []).map((j) => p.lines[p.lines.indexOf(j.line) - 1]!)));
  for (const line of lines) blocks.push({ kind: 'text', page: content.page, top: line.top, bottom: line.bottom, line, paragraphEnd: ends.has(line), ...(pendingEnds.has(line) ? { pendingEnd: true } : {}) });
  const vertical = lines.filter((l) => l.vertical).length > lines.length / 2;
  if (vertical) return blocks; // buildLines already ordered the columns
  // a stretch in two columns reads where it starts, its left column first
  const place = new Map<PdfBlock, [number, number]>();
  for (const { p, columns } of columnLines) {
    const colEnds = columnEnds(columns, pitch, style);
    columns.forEach((col, i) => {
      for (const line of col) {
        const b: PdfBlock = { kind: 'text', page: content.page, top: line.top, bottom: line.bottom, line, paragraphEnd: colEnds.has(line) };
        blocks.push(b);
        place.set(b, [p.top, i * 1e5 + line.top]);
      }
    });
  }
  const at = (b: PdfBlock) => place.get(b) ?? [b.top, 0];
  return blocks.sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1] || (a.kind === 'text' && b.kind === 'text' ? a.line.x0 - b.line.x0 : 0));
}

/**
 * Where a page's free lines wrap: the farthest end of its lines — but where only lines of its head or foot band (a running
 * header, a page number) run past a column of prose, three lines or more twelve ems wide ending together, the column's end.
 * A Writer document's section in two columns leaves the right column empty on a page its text ends in the left one: every
 * line of it had stopped short of the running header's end, each a paragraph of its own (伊勢崎's heading (1) 市民協働による
 * 行政シス / テムの確立 read as (1) 市民協働による行政シス, the category of eight sheets; BIZ UDPMincho 13.5 pt on B5, the 351st).
 */
function freeEdge(lines: readonly PdfLine[], height: number): number {
  const far = Math.max(0, ...lines.map((l) => l.x1));
  const body = lines.filter((l) => l.top > height * BAND && l.bottom < height * (1 - BAND));
  const end = Math.max(0, ...body.map((l) => l.x1));
  const full = body.filter((l) => l.x1 >= end - l.size * 0.5 && l.x1 - l.x0 >= l.size * PROSE_WIDTH_EM);
  // (ends apart by more than a ragged line's room: a header a little wider than the text under it leaves the edge where it was)
  return full.length >= 3 && full.every((l) => l.x1 < far - l.size * COLUMN_SHORT_EM) ? end : far;
}

/** A column of prose is this wide or wider (em): prose-columns' MIN_WIDTH_EM. */
const PROSE_WIDTH_EM = 12;
/** A column's end stands this far (em) or more short of the header's: the other column's room, not a ragged edge. */
const COLUMN_SHORT_EM = 4;

/**
 * Where the free lines of a page laid out by characters wrap: the end most of its lines of prose
 * (one piece, long) reach, not the farthest — a line of a table the gaps did not part runs further
 * in columns than the prose beside it (京都's 経費（一財） | 26,200(16,100) | … under 52-column prose).
 */
function proseEdge(lines: readonly PdfLine[]): number {
  const ends = lines.filter((l) => l.fragments.length === 1 && [...l.text].length >= 20).map((l) => l.x1).sort((a, b) => a - b);
  if (ends.length < 3) return Math.max(0, ...lines.map((l) => l.x1));
  return ends[Math.floor(ends.length * 0.75)]!;
}

/**
 * The last lines of the paragraphs of two prose columns. A paragraph whose left-column part
 * runs to the column's foot on a full line goes on at the head of the right column.
 */
function columnEnds(columns: readonly [PdfLine[], PdfLine[]], pitch: ReturnType<typeof linePitch>, style: ReturnType<typeof pageStyle>): Set<PdfLine> {
  const ends = new Set<PdfLine>();
  const edges = columns.map((c) => Math.max(0, ...c.map((l) => l.x1)));
  columns.forEach((c, i) => {
    for (const para of paragraphs(c, edges[i]!, pitch, style)) ends.add(para.lines.at(-1)!);
  });
  const [foot, head] = [columns[0].at(-1), columns[1][0]];
  if (foot && head && foot.x1 >= edges[0]! - foot.size * 1.5 && !/[。！？!?]$/.test(foot.text) && !STARTS_ITEM.test(head.text)) ends.delete(foot);
  return ends;
}
