/**
 * A page's runs as printed lines (textRows), and what one line shows at an x: its pieces a word gap
 * apart, the width of its text against x, where it wraps and at what leading, the line under it, and
 * whether an item's number opens it there. Every later step asks these of single lines; none of it
 * knows blocks or tables.
 */
import type { TextRun } from '../page-content.js';
import { ENDS_SENTENCE } from '../text-lines.js';
import type { Row } from './types.js';
import { resized } from '../size-seams.js';
import { BULLET, CJK_END, CJK_START, ITEM_NUMBER, ITEM_START, MIN_CHANNEL_EM, NO_LINE_START, OVERRUN, SEAM, SECTION_NUMBER, typedSpace } from './measures.js';

export { resized };

export function textRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const r of sorted) {
    // one printed line: runs of another font (① from a symbol font) may sit a little higher
    const mid = (r.top + r.bottom) / 2;
    const row = rows.slice(-4).find((g) => Math.abs(g.bottom - r.bottom) <= Math.min(g.size, r.size) * 0.4 || Math.abs((g.top + g.bottom) / 2 - mid) <= Math.min(g.size, r.size) * 0.3);
    if (row) {
      row.runs.push(r);
      row.top = Math.min(row.top, r.top);
      row.bottom = Math.max(row.bottom, r.bottom);
      row.x0 = Math.min(row.x0, r.x0);
      row.x1 = Math.max(row.x1, r.x1);
      row.size = Math.max(row.size, r.size);
    } else rows.push({ runs: [r], top: r.top, bottom: r.bottom, x0: r.x0, x1: r.x1, size: r.size });
  }
  for (const row of rows) row.runs.sort((a, b) => a.x0 - b.x0);
  return sameLine(rows.sort((a, b) => a.top - b.top || a.x0 - b.x0));
}

/**
 * Two lines in different sizes, side by side, each the first of its cell, that
 * overlap each other for most of the smaller's height and no other line: a label column set larger
 * than the cells beside it, one printed line. (部長目標 by Chromium without rules in Noto Sans CJK 10.5
 * pt, B5 landscape, the 197th: 市民環境部 in 13.3 pt, y 103–116.3, beside 市民環境部長 in 10.5 pt, y
 * 101–111.5 — apart, no line showed the border between the department and its head. A label wrapped in
 * a larger size, each line across two of the cell beside it, overlaps both and stays a line of its
 * own: the 185th's 16 pt 市民環 / 境部. Left as they were grouped: a heading beside the last line of the
 * column to its right, each under lines of its own column (伊勢崎 in two columns, the 193rd, page 9);
 * 世田谷's budget book, page 25, where a 9 pt contents entry and its 7 pt dot leader, grouped apart, run
 * under the explanation's lines beside them.)
 */
function sameLine(rows: Row[]): Row[] {
  const overlap = (a: Row, b: Row) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const height = (a: Row) => a.bottom - a.top;
  const others = (a: Row, b: Row) => rows.some((o) => o !== a && o !== b && (overlap(o, a) > height(a) * 0.2 || overlap(o, b) > height(b) * 0.2));
  // (each the first line of its cell: no line a line's room above it, over its text)
  // (a line over both is no line of either's cell, nor the last line of a paragraph whose lines run over both: a paragraph
  // set close over the table — 伊勢崎's 市民、事業者と協力して、… 6.4 pt over No. | ① | 取組項目, a section's lead right over
  // its first sheet, and 人財の育成を目指します。 under lines across the page; bold IPAex Gothic labels in 7.3 pt by LibreOffice,
  // the 219th, pp. 52 and 103: apart, the sheet's head lost its borders and its title went into the sheet before)
  // (a line of prose, one piece: not a table's row of cells over both, whose cells' lines go on under it — 木更津's
  // 指標① | 事業の縮小・廃止による効果額（累計）※以下の… | 年度 | 目標値 | 結果 over the name's note in 6.9 pt beside R5 | 2,500,000円
  // in 8.6, IPAex Gothic 10 pt by LibreOffice in an outer frame, the 225th: joined, the note had run into the years)
  const across = (o: Row, beside: Row): boolean => {
    for (let p: Row | undefined = o; p; ) {
      if (p.x0 < beside.x1 && beside.x0 < p.x1) return pieces(p, p.size * MIN_CHANNEL_EM).length === 1;
      const q: Row = p;
      p = rows.find((u) => u.bottom <= q.top + 0.5 && q.top - u.bottom < q.size && Math.abs(u.size - q.size) <= q.size * 0.05 && u.x0 < q.x1 && q.x0 < u.x1);
    }
    return false;
  };
  const opens = (r: Row, room: number, beside: Row) => !rows.some((o) => o.bottom <= r.top + 0.5 && r.top - o.bottom < room && o.x0 < r.x1 && r.x0 < o.x1 && !across(o, beside));
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1]!;
    const [large, small] = a.size > b.size ? [a, b] : [b, a];
    // (side by side: no run of one over a run of the other — the larger may stand between two of the smaller's cells,
    // 伊勢崎's 9 pt `④` between `No.` and `取組項目` in bold IPAex Gothic 7.3 pt, set 1.9 pt higher than the Noto Serif body
    // by LibreOffice, the 219th: apart, the sheet's head lost the borders between its cells)
    if (large.size < small.size * 1.15 || large.runs.some((u) => small.runs.some((v) => u.x0 < v.x1 && v.x0 < u.x1))) continue;
    if (overlap(a, b) < Math.min(height(a), height(b)) * 0.6 || others(a, b) || !opens(a, small.size, b) || !opens(b, small.size, a)) continue;
    a.runs = [...a.runs, ...b.runs].sort((u, v) => u.x0 - v.x0);
    a.top = Math.min(a.top, b.top);
    a.bottom = Math.max(a.bottom, b.bottom);
    a.x0 = Math.min(a.x0, b.x0);
    a.x1 = Math.max(a.x1, b.x1);
    a.size = Math.max(a.size, b.size);
    rows.splice(i + 1, 1);
    i--;
  }
  return rows;
}

/** The size most of a line's text is set in (a ① from a larger symbol font does not count). */
export function bodySize(r: Row): number {
  const by = new Map<number, number>();
  for (const u of r.runs) by.set(u.size, (by.get(u.size) ?? 0) + u.text.length);
  return [...by].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The usual gap between two lines of one paragraph (points): between a line and the next one that
 * starts where it started, in the same size. Lines of neighbouring cells sit at other heights
 * (a short cell is centred): only a cell's own wrapped lines show the producer's leading.
 */
export function leading(rows: Row[], headed: () => boolean): number {
  // (not from lines set smaller than most of the page's pairs: notes wrap closer by their size —
  // 木更津's ※以下の条件で算出… 7.5 pt apart in 7.5 pt under the sheet's 9.4 pt lines 9.4 apart, IPAex Gothic
  // at 2.0 line spacing by Chromium in an outer frame: the notes' 7.5 had made every line of the sheet a
  // block of its own. Lines set larger count: a prose introduction in 10 pt over a sheet in 8.1 may set
  // its lines closer, 伊勢崎 by LibreOffice)
  const keptWraps = (ws: Wrap[]) => {
    const count = new Map<number, number>();
    for (const w of ws) count.set(Math.round(w.size * 10), (count.get(Math.round(w.size * 10)) ?? 0) + 1);
    const most = ([...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0) / 10;
    return ws.filter((w) => w.size >= most * 0.9);
  };
  const unlessSmaller = (ws: Wrap[]) => keptWraps(ws).map((w) => w.gap);
  // (nor from a numbered heading's one wrap, set larger than the page's text: 刈谷's (6)創造性豊かで、…市役所づ /
  // くり in 12 pt, 13.8 apart, over cells in 9.8 whose lines stand 24 apart — IPAex Mincho 12 pt on B5 at 2.0
  // leading by LibreOffice in an outer frame: the rest of the row the page broke had been read as two rows.
  // A paragraph's wrap in a larger size still counts: 伊勢崎's prose over a sheet, above)
  const body = rows.length > 0 ? bodySize({ runs: rows.flatMap((r) => r.runs) } as Row) : 0;
  const larger = (w: Wrap) => w.size > body * 1.15;
  const heading = (w: Wrap) => larger(w) && w.heading;
  const unlessLone = (ws: Wrap[]) => (ws.filter(larger).length === 1 ? ws.filter((w) => !heading(w)) : ws);
  const gaps = unlessSmaller(unlessLone(wrapGaps(rows, 1.5)));
  // A paragraph's lines set further apart than an em and a half (LibreOffice at 1.8 line spacing sets
  // Noto Serif's lines 2.6 ems apart, and single-line rows closer than that: 部長目標's goal 7 公共施設
  // の…実施し / ます！ 15.8 pt apart, 基本方針 / 部の仕事 13.5; the eighty-fifth and eighty-seventh
  // typographies): where no line that ran to its text's right edge has a line under it nearer than
  // 1.2 ems, and most go on that far down, that is the leading. (Not on a page where some do wrap
  // closer, or most within 1.5 ems: the lines further down are the next rows', 刈谷's 道路建設課 /
  // 土木管理課 in a column as wide as its names, Noto Sans 8.6 pt by LibreOffice; 伊勢崎's sheet
  // in 7.7 pt by Chromium, its wraps 1.25 ems apart.)
  // (asked once, and only where needed: a page's wraps read again)
  let far: { wraps: Wrap[]; at: number | null } | undefined;
  const farApart = () => {
    if (far) return far;
    const full = unlessLone(fullWraps(rows));
    const wraps = full.filter((w) => w.gap >= w.size * 1.5);
    const wide = wraps.length >= 2 && wraps.length * 2 > full.length && full.every((w) => w.gap >= w.size * 1.2) ? unlessSmaller(wraps).sort((x, y) => x - y) : [];
    return (far = { wraps, at: wide.length > 0 ? wide[wide.length >> 1]! : null });
  };
  // No two lines of a paragraph on a page that repeats a table's header row, as text or in drawn
  // cells (the rest of the table the page before broke, each cell's line beside an item number set
  // larger: 刈谷's ②高齢者の…を / 図ります。 under 組織目標 | 取組内容 | 課等 | 目標達成基準, BIZ UDPGothic
  // 12 pt landscape by LibreOffice): of three lines or more, the closest two stand a line's pitch apart
  // (two lines alone do not tell a pitch from a row's room: 伊勢崎's year header over the page's one
  // line ある。 ある。), otherwise every line is a row. Not on a page of prose, whose lines may show
  // holes for glyphs the font lacks
  // (asked only then: the page's rows read once more)
  // (unless two lines at least stand that far under lines whose sentence they go on: the paragraph's
  // leading, wider than the rows' room — 木更津's 9.4 pt cells 16.3 pt apart over its indicator rows
  // 14.7 apart, Noto Serif on A3 by LibreOffice without rules, each line of the sheet had been a
  // block; 刈谷's ② / ③ and ・ / ・ above stand that far apart but open items)
  if (gaps.length === 0 && headed()) {
    const { wraps, at } = farApart();
    if (at !== null && wraps.filter((w) => w.goesOn()).length >= 2) return at;
    const apart = rows.slice(1).map((r, i) => r.top - rows[i]!.bottom).filter((g) => g > 0);
    return apart.length >= 2 ? Math.min(...apart) : 0;
  }
  const { at } = farApart();
  if (at !== null) return at;
  // (elsewhere, where no line stands under another within an em and a half, the lines two and a half
  // ems apart are a paragraph's: 部長目標's goals 3–5 at the head of a page, one wrapped)
  if (gaps.length === 0) gaps.push(...unlessSmaller(unlessLone(wrapGaps(rows, 2.5))));
  if (gaps.length === 0) return 0;
  gaps.sort((x, y) => x - y);
  const fifth = gaps[Math.floor(gaps.length * 0.2)]!;
  // (each pair of runs counts, so a table whose tokens the producer draws in runs of a few characters gives a pair per
  // run for each row: 木更津's year rows R | 5 | 95 | , | 000 | 時間 over R | 6 | 90 | …, 12.7 pt apart, outvote the sheet's
  // paragraphs wrapped 4.7 apart — BIZ UDPMincho 11 pt on letter landscape as a Writer document, the 283rd: at 12.7 the
  // sheet's head merged with its values and the sheet lost its title. Counted once a piece and weighed by the width of
  // text the piece holds, the wraps are most of the page's text; where those stand well inside the runs' fifth, they lead)
  const pieces = keptWraps(unlessLone(wrapGaps(rows, 1.5, opensPiece))).sort((x, y) => x.gap - y.gap);
  const total = pieces.reduce((t, w) => t + w.width(), 0);
  let sum = 0;
  const byWidth = pieces.find((w) => (sum += w.width()) > total * 0.2);
  return byWidth && byWidth.gap < fifth * 0.6 ? byWidth.gap : fifth;
}

/** Whether a line's kth run opens a piece of its text: the line's first, or a word's gap after the run before it. */
const opensPiece = (a: Row, k: number) => k === 0 || a.runs[k]!.x0 - a.runs[k - 1]!.x1 >= a.size * MIN_CHANNEL_EM;

/** Two lines of text one under the other at one x, in one size, and the room between them. */
interface Wrap {
  gap: number;
  size: number;
  /** The width of the upper line's piece from the run on, in ems of the run's size. */
  width: () => number;
  /** Whether the upper line opens with a section's number ((6), 2.): a numbered heading's wrap. */
  heading: boolean;
  /** Whether the lower line reads as the upper's sentence going on: no sentence ended, no item or bullet opened. */
  goesOn: () => boolean;
}

function goesOnUnder(a: Row, run: TextRun, below: TextRun): boolean {
  const end = run.x0 + piece(a, run.x0, 1);
  const upper = a.runs.filter((u) => u.x0 >= run.x0 - 0.1 && u.x1 <= end + 0.1).map((u) => u.text).join('').trim();
  return !ENDS_SENTENCE.test(upper) && !BULLET.test(below.text) && itemNumber(below.text) === null;
}

/**
 * For each line's runs (those `counts` takes), the gap to the nearest line within `ems` under it with
 * a run at the same x, in the same size.
 */
function wrapGaps(rows: Row[], ems: number, counts: (a: Row, k: number) => boolean = () => true): Wrap[] {
  const out: Wrap[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    a.runs.forEach((run, k) => {
      if (!counts(a, k)) return;
      for (let j = i + 1; j < rows.length && rows[j]!.top < a.bottom + a.size * ems; j++) {
        const below = rows[j]!.runs.find((r) => Math.abs(r.x0 - run.x0) <= 0.5 && Math.abs(r.size - run.size) < 0.2);
        if (!below) continue;
        out.push({ gap: below.top - run.bottom, size: run.size, width: () => piece(a, run.x0, 1) / run.size, heading: k === 0 && SECTION_NUMBER.test(run.text.trim()), goesOn: () => goesOnUnder(a, run, below) });
        break;
      }
    });
  }
  return out;
}

/**
 * Lines that run to the right edge of the lines starting where they start, and the line under them,
 * within two and a half ems, that goes on there: a paragraph's wraps, each with its gap.
 */
export function fullWraps(rows: Row[]): Wrap[] {
  // (the text from a run to the line's next gap of a word's width or more: where that piece ends)
  const end = (r: Row, k: number) => r.runs[k]!.x0 + piece(r, r.runs[k]!.x0, 1);
  const edges = new Map<number, number>();
  const key = (x: number) => Math.round(x * 2);
  for (const r of rows) r.runs.forEach((u, k) => edges.set(key(u.x0), Math.max(edges.get(key(u.x0)) ?? -Infinity, end(r, k))));
  const edge = (x: number) => edges.get(key(x)) ?? Infinity;
  return wrapGaps(rows, 2.5, (a, k) => opensPiece(a, k) && end(a, k) >= edge(a.runs[k]!.x0) - a.runs[k]!.size * 1.5);
}

/**
 * How far under a line of `size` its cell's next line may stand: an em and a half, or the page's
 * leading where the producer sets a paragraph's lines further apart than that (see leading).
 */
export const reachOf = (size: number, lead: number) => Math.max(size * 1.5, lead + Math.max(1, size * 0.1));

/**
 * The line right under a line, no further below it than its size — or, `led`, than a quarter more
 * than the room the rows leave between a line and the next where the typography leads its lines wider
 * than that (edgeSeams: 刈谷's 取組内容 in Noto Serif CJK 9 pt landscape by LibreOffice, 19.4 pt apart:
 * 的な手法である…災害時 ending at 407.1 pt where 情報政策課 starts, 10.4 pt over its next line
 * の早期復旧を図ります。). Not for a line's text run over a border (flushAgainst): the next row's line
 * that far down makes no wrap of a merged cell's one line (伊勢崎's …経費の節減を図ります。 across a year
 * border, Noto Sans CJK 11 pt landscape by Chromium).
 */
export const lineUnder = (rows: Row[], r: Row, led = false) => rows.find((n) => n.top > r.bottom - 0.5 && n.top < r.bottom + (led ? Math.max(r.size, lineRoom(rows) * 1.25) : r.size));

/** The median room between a line and the nearest line under it that it overlaps, within two of its sizes. */
function lineRoom(rows: Row[]): number {
  // (asked for every line end of a table: kept while the rows are the same)
  const kept = roomOf.get(rows);
  if (kept && kept.n === rows.length) return kept.room;
  const gaps: number[] = [];
  for (const r of rows) {
    const under = rows.filter((n) => n.top > r.bottom - 0.5 && n.x0 < r.x1 && n.x1 > r.x0).map((n) => n.top - r.bottom);
    const gap = under.length > 0 ? Math.min(...under) : Infinity;
    if (gap <= r.size * 2) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const room = gaps.length > 0 ? gaps[gaps.length >> 1]! : 0;
  roomOf.set(rows, { n: rows.length, room });
  return room;
}
const roomOf = new WeakMap<Row[], { n: number; room: number }>();

/**
 * Whether a line's text left of x ends there because its cell wraps: the next line starts under
 * its start (or under the text after the item number it starts with) and runs nothing across x
 * (the next line's other cells, right of x, do not count).
 */
export function wrapsUnderAt(rows: Row[], r: Row, x: number, led = false): boolean {
  const start = x - piece(r, x, -1);
  const first = r.runs.find((u) => u.x0 >= start - 0.1);
  const hang = first && /^[①-⑳]$/u.test(first.text.trim()) ? r.runs.find((u) => u.x0 > first.x1 - 0.1)?.x0 : undefined;
  const next = lineUnder(rows, r, led);
  return !!next && next.runs.some((u) => Math.abs(u.x0 - start) <= r.size * 0.5 || (hang !== undefined && Math.abs(u.x0 - hang) <= r.size * 0.5)) && !next.runs.some((u) => u.x0 < x && u.x1 > x + 0.1);
}

/**
 * Whether a line has words against x on one side: more than 1.2 em of text, or a shorter token of
 * a Latin letter or two and digits (a year's head, R5, set in a narrow column after the name beside it:
 * 木更津's 市ホームページ内のウェブサ | R5, Noto Sans 10 pt B5 landscape by LibreOffice). A letter-spaced
 * label parts between single kanji (取 組 項 目), never there; nor a row's number alone (8 | 現状と課題).
 */
export function wordsOn(r: Row, x: number, dir: -1 | 1): boolean {
  const width = piece(r, x, dir);
  if (width > r.size * 1.2) return true;
  const inside = r.runs.filter((u) => (dir < 0 ? u.x1 <= x + 0.1 && u.x0 >= x - width - 0.1 : u.x0 >= x - 0.1 && u.x1 <= x + width + 0.1));
  const text = inside.map((u) => u.text).join('').trim();
  // (an item's number, its text after the space typed there: the item opens the cell — 桑名's ２．今年 / 度の部局 | ① ご
  // みの減量… / ② 施設の…, the two lines alone at a page's foot, BIZ UDGothic's half-em spaces after ① and ②; 13 pt on B5 as a
  // Writer document in an outer frame, the 344th: no column there, the goals had been read into 現状認識と課題's row)
  const after = dir > 0 && ITEM_NUMBER.test(text) ? r.runs.find((u) => u.x0 >= x + width - 0.1 && !inside.includes(u)) : undefined;
  if (after && spaceDrawnBefore(inside.at(-1)!, after)) return true;
  return SHORT_TOKEN.test(text);
}
const SHORT_TOKEN = /^[A-Za-zＡ-Ｚａ-ｚ]{1,2}[0-9０-９]{1,2}$/u;

/**
 * The narrowest space between two runs of a line that parts cells. A change of size is a change of
 * cell: LibreOffice sets an unpadded label (部長目標's 市民環境部, 13 pt) a narrower space from the
 * 10.5 pt 市民環境部長 beside it than a word gap. Not after an item's number set larger than its
 * text: it opens the item (刈谷's 9 pt ① before 7.4 pt 地域の自主防災組織等で…, 1.8 pt on,
 * LibreOffice, landscape 9 pt: a table of one row read a column of ① alone).
 */
export function wordGap(a: { size: number; text?: string }, b: { size: number; typedSpaceEm?: number }): number {
  const resized = Math.max(a.size, b.size) > Math.min(a.size, b.size) * 1.2 && !(a.text !== undefined && ITEM_NUMBER.test(a.text.trim()));
  if (resized) return SEAM;
  const gap = Math.min(a.size, b.size) * MIN_CHANNEL_EM;
  // A space glyph drawn in the hole is the author's space however wide the face sets it: IPAGothic and
  // IPAMincho (as MS Gothic and MS Mincho) set Latin and the space on half an em (刈谷's ・救急救命講習の実施
  // 2回 30人 over ・防犯講習の実施 1回 80人, their spaces 4.3 pt at 8.6 pt one under the other; LibreOffice
  // in IPAGothic 10.5 pt, the 252nd: read as a column of 2回 30人 | 80人).
  const typed = halfWidthSpace(b);
  return typed > 0 ? Math.max(gap, b.size * (typed + TYPED_SPACE_SLACK_EM)) : gap;
}

/**
 * Whether the hole before run `u` is the space glyph drawn in it (typed-spaces.ts), no wider: one cell's
 * text whatever the sizes either side (刈谷's ① I C Tの利活用を推進しま, `① I` in 10.5 pt and
 * `C T…` in 8.6 after IPAGothic's half-em space; LibreOffice, the 252nd: read as two cells, the
 * line under it a new block and the title cut).
 */
export function spaceDrawnBefore(v: { x1: number; size: number }, u: TextRun): boolean {
  const typed = halfWidthSpace(u);
  return typed > 0 && u.x0 - v.x1 <= Math.max(v.size, u.size) * (typed + TYPED_SPACE_SLACK_EM);
}

/** The em of a space glyph drawn before the run, up to a half-width one's (0 where none was, or a full-width one's). */
function halfWidthSpace(u: { typedSpaceEm?: number }): number {
  // (not a full-width space's em: that parts a label from its value as a cell's edge does)
  const typed = u.typedSpaceEm ?? 0;
  return typed > MIN_CHANNEL_EM && typed <= HALF_WIDTH_SPACE_EM ? typed : 0;
}

/** The widest space glyph read as a word's space: a fixed-width face's half em (a full-width space is an em). */
const HALF_WIDTH_SPACE_EM = 0.6;
/** How much wider than the space glyph drawn in it a hole may be and still be that space: rounding, kerning. */
const TYPED_SPACE_SLACK_EM = 0.05;

/**
 * A line's text as pieces, a piece going on across the room a producer sets beside a Latin letter
 * or digit (narrower than a word gap) where no line of the table resumes after room: the hole is a
 * space inside the text, not the start of a cell, wherever a border found from other rows falls
 * (木更津's …受けて、令和 | 5年度は… over 目標値 | 結果, 1.9 pt, Noto Sans by LibreOffice). Not a cell the
 * table's other lines start at that x too (…時間等は業 | R5 under 年度, 2.3 pt). A run drawn as another cell's
 * (drawing-order.ts) starts a piece however close it stands.
 */
export function spacedPieces(r: Row, rows: Row[], skip?: Set<TextRun>): SpacedPiece[] {
  // (asked of one line for every border and every line beside it: kept while the rows asked are the same)
  const kept = spaced.get(r);
  if (kept && kept.rows === rows && kept.skip === skip) return kept.pieces;
  const out: SpacedPiece[] = [];
  let prev: TextRun | undefined;
  for (const u of r.runs) {
    if (skip?.has(u)) continue;
    const last = out.at(-1);
    const hole = last ? u.x0 - last.x1 : Infinity;
    // (another line of the table's text: not a heading set far larger whose run happens to start there —
    // 部長目標's title `令和6年度…` at 20.9 pt over `市民の利便性を向上! 環境対策推進!`, IPAex Mincho 11 pt by LibreOffice)
    // (nor where that line's own hole is a typed space too: 部長目標's 令和7 年度も at a page's foot, 年度も from 222.5 pt as
    // 環境対策推進 is after 市民の利便性を向上! — the 基本方針 line across the panel's columns had been read as two cells,
    // and its panel's columns lost; IPAex Mincho 10.5 pt on A4 at 1.5 line spacing, 5 pt padding, by LibreOffice without
    // rules, the 186th)
    const cellStart = (o: Row, v: TextRun, k: number) => k === 0 || (v.x0 - o.runs[k - 1]!.x1 > SEAM && !(v.x0 - o.runs[k - 1]!.x1 < o.size * MIN_CHANNEL_EM && (v.typedSpaceBefore === true || typedSpace(o.runs[k - 1]!.text, v.text))));
    const space = !!prev && hole > SEAM && hole < r.size * MIN_CHANNEL_EM && typedSpace(prev.text, u.text) && !rows.some((o) => o !== r && o.size < r.size * 1.5 && o.size > r.size / 1.5 && o.runs.some((v, k) => Math.abs(v.x0 - u.x0) <= 0.3 && cellStart(o, v, k)));
    if (last && (hole <= SEAM || space) && !u.drawnApart) last.x1 = Math.max(last.x1, u.x1);
    else out.push({ x0: u.x0, x1: u.x1, size: u.size, ...(u.drawnApart ? { drawnApart: true } : {}) });
    prev = u;
  }
  spaced.set(r, { rows, skip, pieces: out });
  return out;
}
const spaced = new WeakMap<Row, { rows: Row[]; skip?: Set<TextRun>; pieces: SpacedPiece[] }>();
/** A piece of a line's text; `drawnApart` where it starts another cell than the piece before, as the drawing shows. */
export interface SpacedPiece {
  x0: number;
  x1: number;
  size: number;
  drawnApart?: boolean;
}

/**
 * A line's text as pieces: runs closer than `gap` make one. `drawn`: not a run drawn as another cell's
 * (drawing-order.ts), however close it stands.
 */
export function pieces(r: Row, gap: number, bySize = false, drawn = false): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number; size: number }[] = [];
  for (const u of r.runs) {
    const last = out.at(-1);
    if (last && u.x0 - last.x1 <= gap && !(drawn && u.drawnApart) && !(bySize && u.x0 - last.x1 >= wordGap(last, u))) {
      last.x1 = Math.max(last.x1, u.x1);
      last.size = u.size;
    } else out.push({ x0: u.x0, x1: u.x1, size: u.size });
  }
  return out;
}

/**
 * Where a line's cell, set in widths of its own, runs a little past a border the page's other rows show
 * (up to three ems, most of it before the border) and ends in a hole before a short cell that ends short
 * of `limit`, the next border: the middle of that hole, which is this row's border. A hole between two
 * kana or kanji counts from a quarter em (no Japanese text leaves one inside a cell), a space drawn there
 * never; others from a word gap. LibreOffice sizes each table's columns by its content: each department of 部長目標 a table of its
 * own, 健康いきいき部 | 目標 0.38 em apart, 29 pt past the border 地域福祉部's rows show (Noto Serif CJK 14 pt
 * on B5 with 10 mm margins, in outer frames and with horizontal rules, the 156th typography).
 */
export function holePast(r: Row, x: number, limit: number): number | null {
  const ps = pieces(r, SEAM);
  const i = ps.findIndex((p) => p.x0 < x - 0.5 && p.x1 > x + 0.5);
  const p = ps[i];
  const next = ps[i + 1];
  if (!p || !next || p.x1 - x > r.size * 3 || x - p.x0 <= (p.x1 - x) * 2 || next.x1 >= limit) return null;
  const before = r.runs.filter((u) => u.x1 <= p.x1 + 0.01).at(-1)?.text ?? '';
  const start = r.runs.find((u) => u.x0 >= next.x0 - 0.01);
  if (!start || start.typedSpaceBefore) return null;
  const hole = next.x0 - p.x1;
  const seam = CJK_END.test(before) && CJK_START.test(start.text) && hole >= r.size * 0.25;
  return seam || hole >= r.size * MIN_CHANNEL_EM ? (p.x1 + next.x0) / 2 : null;
}

/** A line's pieces parted at every hole wider than a seam between two kana or kanji. */
export function kanjiSeamPieces(r: Row): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number }[] = [];
  r.runs.forEach((u, i) => {
    const v = r.runs[i - 1];
    const last = out.at(-1);
    if (last && v && !(u.x0 - v.x1 > SEAM && CJK_END.test(v.text) && CJK_START.test(u.text))) last.x1 = Math.max(last.x1, u.x1);
    else out.push({ x0: u.x0, x1: u.x1 });
  });
  return out;
}

/**
 * Whether x is where a column's lines wrap: some line's text ends there (or up to OVERRUN before),
 * room or nothing after it. A line whose runs merely part at x proves nothing where runs part at
 * every character (Chromium): 伊勢崎's title 利活用のない市有財産の処|分… over a year cell starting at 386.1 pt.
 */
export function wrapEdge(rows: Row[], x: number, own?: Row): boolean {
  return endsNear(rows, x, own, () => OVERRUN);
}

/**
 * Whether runs part at (nearly) every character, as Chromium draws some faces: where they part then
 * says nothing of where a cell ends.
 */
export function perCharacter(runs: readonly TextRun[]): boolean {
  return runs.length >= 4 && runs.filter((u) => [...u.text.trim()].length <= 1).length >= runs.length * 0.75;
}

/** Whether some line but `own` has text ending at x or up to `reach` before it, room or nothing after it. */
export function endsNear(rows: Row[], x: number, own: Row | undefined, reach: (o: Row) => number): boolean {
  return rows.some((o) => o !== own && o.runs.some((v, k) => v.x1 >= x - reach(o) && v.x1 <= x + 0.3 && (!o.runs[k + 1] || o.runs[k + 1]!.x0 - v.x1 >= o.size * MIN_CHANNEL_EM)));
}

/** Whether some line's text starts at x after room (a word gap or more): a cell starts there. */
export function startsAfterRoom(rows: Row[], x: number, untyped = false): boolean {
  return rows.some((o) => o.runs.some((v, k) => k > 0 && Math.abs(v.x0 - x) <= 0.3 && v.x0 - o.runs[k - 1]!.x1 >= o.size * MIN_CHANNEL_EM && !(untyped && v.typedSpaceBefore)));
}

/**
 * Whether a piece of a line that crosses these borders parts at a seam on each of them where a cell
 * starts after room on another line: cells set against each other, each full, not a merged cell's
 * line — 伊勢崎's three year cells …防ぎ、|り、地震…|…防ぎ、|り、… at 289.4, 420.8 and 552.3 pt, where
 * the — of 財政効果額 start; Noto Serif 7.3 pt by LibreOffice without rules. A merged cell's line
 * parts at a border by chance at most, and not where cells start at every one it crosses.
 */
export function partedOnBorders(r: Row, p: { x0: number; x1: number }, xs: number[], rows: Row[], opens: (r: Row, u: TextRun) => boolean = () => true): boolean {
  return xs.every((x) => !(p.x0 < x - OVERRUN && p.x1 > x + OVERRUN) || seamsNear(r, x, OVERRUN).some((v) => opens(r, v) && startsAfterRoom(rows, v.x0)));
}

/** A line's pieces parted where, within OVERRUN of one of the borders, a run starts `resized`. */
export function sizeParted(r: Row, ps: { x0: number; x1: number }[], xs: number[]): { x0: number; x1: number }[] {
  let all = resizedRuns.get(r);
  if (!all) resizedRuns.set(r, (all = r.runs.filter((_, k) => resized(r, k))));
  if (all.length === 0) return ps;
  const cuts = all.filter((u) => xs.some((x) => Math.abs(u.x0 - x) <= OVERRUN));
  if (cuts.length === 0) return ps;
  return ps.flatMap((p) => {
    const inner = cuts.filter((u) => u.x0 > p.x0 && u.x0 < p.x1);
    return [p.x0, ...inner.map((u) => u.x0)].map((x0, i) => ({ x0, x1: i < inner.length ? r.runs[r.runs.indexOf(inner[i]!) - 1]!.x1 : p.x1 }));
  });
}

const resizedRuns = new WeakMap<Row, TextRun[]>();

/** A line's runs that start within `tolerance` of x set against the run before them: a seam, no room. */
export function seamsNear(r: Row, x: number, tolerance: number): TextRun[] {
  return r.runs.filter((u, k) => k > 0 && Math.abs(u.x0 - x) <= tolerance && Math.abs(r.runs[k - 1]!.x1 - u.x0) <= SEAM);
}

/** Whether some line has words (more than 1.2 em) ending (dir -1) or starting (dir 1) at x. */
export function wordsAt(rows: Row[], x: number, dir: -1 | 1): boolean {
  return rows.some((r) => r.runs.some((u) => Math.abs((dir < 0 ? u.x1 : u.x0) - x) <= 0.1) && wordsOn(r, x, dir));
}

/**
 * Whether a line leaves a hole open across its room and has words starting within an em after it: the
 * line after the hole's right edge shows the cell where its wrap starts it further left (伊勢崎's title
 * 照明設備LED化事 from 263.6 pt, 10.1 pt after 取組項目, its wrap 業 from 259; IPAex Mincho 13 pt by
 * LibreOffice).
 */
export function wordsPast(rows: Row[], g: { from: number; to: number }): boolean {
  return rows.some((r) => r.runs.some((u, k) => k > 0 && r.runs[k - 1]!.x1 <= g.from + 0.1 && u.x0 >= g.to - 0.1 && u.x0 - g.to <= r.size && wordsOn(r, u.x0, 1)));
}

/** The width of the text a line has against x, on its left (dir -1) or right (dir 1), up to a word gap. */
export function piece(r: Row, x: number, dir: -1 | 1): number {
  const runs = dir < 0 ? [...r.runs].filter((u) => u.x1 <= x + 0.1).sort((a, b) => b.x1 - a.x1) : r.runs.filter((u) => u.x0 >= x - 0.1);
  if (runs.length === 0) return 0;
  let edge = dir < 0 ? runs[0]!.x0 : runs[0]!.x1;
  for (const u of runs.slice(1)) {
    if (dir < 0 ? edge - u.x1 > r.size * MIN_CHANNEL_EM : u.x0 - edge > r.size * MIN_CHANNEL_EM) break;
    edge = dir < 0 ? Math.min(edge, u.x0) : Math.max(edge, u.x1);
  }
  return dir < 0 ? x - edge : edge - x;
}

/** A page number (`- 3 -`, `4 / 8`): the page's footer, whatever table it stands under. */
export const isFolio = (r: Row) => /^[-–—\s]*[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+)?[-–—\s]*$/.test(r.runs.map((u) => u.text).join(''));

/**
 * The index of a line's run that starts at x after a word gap's room or more, or -1. Not after a space glyph as wide as
 * the room: a word's (部長目標's `…行います! 未達成`, BIZ UDMincho's half-em space ending where `目指|します!` is split on
 * the line above; LibreOffice with horizontal rules, the 259th — read as a cell's start, the goals' column had been cut there).
 */
export function roomBefore(o: Row, x: number): number {
  return o.runs.findIndex((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && u.x0 - o.runs[k - 1]!.x1 >= o.size * MIN_CHANNEL_EM && !spaceDrawnBefore(o.runs[k - 1]!, u));
}

/** Whether two lines stand one right under the other, no more than a line's height apart. */
export const nextLines = (a: Row, b: Row) => a !== b && Math.max(a.top - b.bottom, b.top - a.bottom) <= Math.min(a.size, b.size);
/**
 * Whether two lines stand one right under the other, or no further apart than a quarter more than the
 * room `rows` leave between a line and the next: Writer sets Noto's lines 2.2 em apart (伊勢崎's
 * 針 (取組達成度が△、×の場|編成につなげるかが課題と, the label run up to the next column's text, 10.3 pt
 * over a line leaving room there; Noto Serif 11 pt landscape by LibreOffice without rules).
 */
export const ledLines = (a: Row, b: Row, rows: Row[]) => nextLines(a, b) || (a !== b && Math.max(a.top - b.bottom, b.top - a.bottom) <= lineRoom(rows) * 1.25);

/**
 * Whether a line's run k is an item's number set larger than the text right before it (no room
 * between), its own text less than a word gap after it: the number opens its cell, however few lines
 * show it (刈谷's …多角的な①国庫補助…, a 12 pt ① 0.1 pt after 9.8 pt text, the table's one row on its
 * page; IPAex Mincho 12 pt landscape, the table's text 9.8 pt, by LibreOffice with horizontal rules).
 */
export function largerNumber(r: Row, k: number): boolean {
  const [v, u, w] = [r.runs[k - 1], r.runs[k], r.runs[k + 1]];
  return !!v && !!u && !!w && ITEM_NUMBER.test(u.text.trim()) && u.size > v.size * 1.1 && u.x0 - v.x1 <= SEAM && w.x0 - u.x1 < wordGap(u, w);
}

/**
 * Whether a line's run k is an item's number set larger than the text against it (largerNumber), in
 * a block of lines the others of which leave its x open, or where another line numbers its items.
 */
export function numberOpens(r: Row, k: number, all: Row[]): boolean {
  return largerNumber(r, k) && (all.length >= 2 || numberAgainst(r, k, all));
}

/**
 * Whether a line's k-th run is an item's number set right against the text before it, where another
 * line numbers its items at that x (its first text, or after room): the next cell's first item, its
 * cell unpadded (Writer).
 */
export function numberAgainst(r: Row, k: number, all: Row[]): boolean {
  const u = r.runs[k];
  const v = r.runs[k - 1];
  if (!u || !v || Math.abs(v.x1 - u.x0) > SEAM || !ITEM_NUMBER.test(u.text.trim())) return false;
  // (or set against the text before it too: two labels' lines run up to the items' numbers at one x,
  // the next table's rows under a header the page repeated, 刈谷 without rules by LibreOffice, Noto Sans
  // CJK 12 pt landscape, p17: 健康寿①第2次… | のこころの健康①刈谷市…)
  // (or opening a run of the item's text after any room: 刈谷's ①指定管理者制度を活用 3 pt after
  // …市民サービ, the unpadded row under ① set against 安全安心で…づくりを; BIZ UDPMincho 11 pt, 30 mm,
  // by LibreOffice in an outer frame)
  return all.some((o) => o !== r && o.runs.some((w, j) => Math.abs(w.x0 - u.x0) <= 0.3 && ITEM_START.test(w.text.trim()) && (j === 0 || w.x0 - o.runs[j - 1]!.x1 >= -SEAM)));
}

/** A line's cells: its pieces a word gap apart, with their text. */
export function lineCells(r: Row, parts: { x0: number; x1: number }[] = pieces(r, r.size * MIN_CHANNEL_EM)): { x0: number; x1: number; text: string }[] {
  return parts.map((p) => ({ ...p, text: r.runs.filter((u) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01).map((u) => u.text).join('').trim() }));
}

/** Whether a run of these rows stands across x, by more than `slack` on each side. */
export function runAcross(rows: readonly Row[], x: number, slack: number): boolean {
  return rows.some((r) => r.runs.some((u) => u.x0 < x - slack && u.x1 > x + slack));
}

/** The number a list item starts with (① 1, (2) 2, 3. 3), or null. */
export function itemNumber(text: string): number | null {
  const t = text.trimStart();
  const c = t.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x245f;
  const m = /^[（(]?\s*([0-9０-９]{1,2})\s*[）).．、]/.exec(t);
  return m ? Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
}

/**
 * Where the closing bracket or stop a run ends on starts (x), or the run's end where it ends on none:
 * a mark the producer may hang past the cell's edge (kinsoku's 追い出し avoided — Writer's (各年度末時点)
 * its ) set 2.4 pt into the next column). A run of several characters is taken as evenly pitched.
 */
export function hungFrom(u: TextRun): number {
  const text = u.text.trim();
  if (!NO_LINE_START.test(text.slice(-1))) return u.x1;
  return text.length === 1 ? u.x0 : u.x1 - (u.x1 - u.x0) / [...text].length;
}
