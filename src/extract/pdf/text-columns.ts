import type { Rule, TextRun } from './page-content.js';
import { mergeSegments, type Table } from './tables.js';
import { ENDS_SENTENCE, midDotWrapped, noRoomForMidDot, OPEN_PHRASE_END, opensBracket, STARTS_ITEM, shortBy, solidWidth } from './text-lines.js';
import { isColumnHeading, isUnitName, labelName, labelRole } from '../../vocabulary/index.js';
import { eraYearOf } from '../../vocabulary/era-year.js';

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

export interface Row {
  runs: TextRun[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
}

interface Block {
  rows: Row[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Its channels: where a column border may run, and how many lines show each. */
  gaps: Gap[];
  /** Column borders (x): the middles of its gaps. */
  borders: number[];
  /** A drawn table (no rows of its own): a ruled or shaded header whose body the page leaves unruled. */
  drawn?: boolean;
  /** A drawn table of one row: a header bar. */
  bar?: boolean;
  /** A drawn table with text across its rows outside it: shaded cells of a table drawn no further. */
  shades?: boolean;
  /** A row that starts beside a cell merged down from the row above. */
  beside?: boolean;
  /**
   * A row whose label and the one above it are labels the vocabulary knows, whose list starts again
   * at ① (or goes on at its next item with cells of its own beside it), or that `opened` starts.
   */
  known?: boolean;
  /** A row whose first line opens a cell in the first column and in others, each at its column's edge. */
  opened?: boolean;
  /** Under a drawn rule that runs across its first line. */
  ruledAbove?: boolean;
  /** A note across the table between two of its sub-tables: a cell merged across every column. */
  across?: boolean;
}

interface Gap {
  from: number;
  to: number;
  straddle: number;
  /** A space's width only: a border where another block's next column starts at the same x. */
  weak?: boolean;
  /** A space glyph drawn across it, no other cell's line beside: a border only where some block shows it with no such space. */
  typed?: boolean;
}

interface Region {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** A frame drawn by its sides only: the page broke it. */
  open?: boolean;
  /** Horizontal rules only, drawn between rows. */
  stack?: boolean;
  /** Where one frame stacked in it shuts and the next opens (y): see frameSeams. */
  seams?: number[];
}

/** Farther apart than this (points), two horizontal rules of one width are not one table's. */
const STACK_GAP = 250;

const LATIN_OR_DIGIT_END = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ.,%]$/u;
const LATIN_OR_DIGIT_START = /^[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u;
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff]$/u;
const CJK_START = /^[\u3040-\u30ff\u3400-\u9fff]/u;
const NO_LINE_START = /^[、。，．）〕］｝〉》」』】)\]}]/u;
/** A text that opens on a particle, which ties it to the text before: the rest of a line, never a label. */
const PARTICLE_START = /^(?:を|[のにへがでと][\u3400-\u9fff])/u;
/** A note's mark: what follows annotates the text above it. */
const NOTE_MARK = /^[※＊*]/u;
/** A phrase's end a writer types a space after (部長目標's 市民の利便性を向上! 環境対策推進!). */
const PHRASE_END_SPACE = /[!！?？]$/u;
/**
 * Whether a hole narrower than a word gap between two runs is a space inside text: the room a producer
 * sets around a Latin letter or digit, or a space typed after ! or ?.
 */
const typedSpace = (before: string, after: string) => LATIN_OR_DIGIT_END.test(before) || LATIN_OR_DIGIT_START.test(after) || PHRASE_END_SPACE.test(before);

/** A hole between runs no wider than a seam drawn as one (points): edgeSeams reads it as its seam. */
const SEAM_HOLE = 0.5;

/**
 * Whether a hole no border has taken yet is where a line ends on x: as narrow as a seam, or opened left
 * of x by a last run read as set into the room (channels' intoNext) — 刈谷's 建てられ ending 0.1 pt
 * before the column 課等 starts on three lines.
 */
const rawSeam = (g: Gap, x: number) => g.straddle === 0 && (g.to - g.from < SEAM_HOLE || g.from < x - 0.1);

/** Narrower than this is a space between words, not a gap between cells (em). */
const MIN_CHANNEL_EM = 0.45;
/** A space's width (em): the least room that parts two words. */
const SPACE_EM = 0.25;

/** Wider than this (points) is a hole between two runs; narrower, one run split (a kerning or font change). */
const SEAM = 0.15;

/** A cell's text may run this far (points) past its border: Writer sets a full line's last character
 * up to the next cell's text, 0.4 pt past the cell's edge (伊勢崎's year cells, LibreOffice). */
const OVERRUN = 0.5;
/** Within this (points) of the sides of a table the page before broke, a frame or lines go on in it. */
const CARRIED_SIDES = 3;

/** A character of words: kana, kanji, a Latin letter or a digit (not a mark or a symbol). */
const WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u;

/** A bullet that opens an item of a list (not a grade ○ ◎ nor a note's ※). */
const BULLET = /^[・･●■◆◇□]/u;

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
  return rows.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/**
 * The usual gap between two lines of one paragraph (points): between a line and the next one that
 * starts where it started, in the same size. Lines of neighbouring cells sit at other heights
 * (a short cell is centred): only a cell's own wrapped lines show the producer's leading.
 */
function leading(rows: Row[], headed: () => boolean): number {
  // (not from lines set smaller than most of the page's pairs: notes wrap closer by their size —
  // 木更津's ※以下の条件で算出… 7.5 pt apart in 7.5 pt under the sheet's 9.4 pt lines 9.4 apart, IPAex Gothic
  // at 2.0 line spacing by Chromium in an outer frame: the notes' 7.5 had made every line of the sheet a
  // block of its own. Lines set larger count: a prose introduction in 10 pt over a sheet in 8.1 may set
  // its lines closer, 伊勢崎 by LibreOffice)
  const unlessSmaller = (ws: { gap: number; size: number }[]) => {
    const count = new Map<number, number>();
    for (const w of ws) count.set(Math.round(w.size * 10), (count.get(Math.round(w.size * 10)) ?? 0) + 1);
    const most = ([...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0) / 10;
    return ws.filter((w) => w.size >= most * 0.9).map((w) => w.gap);
  };
  const gaps = unlessSmaller(wrapGaps(rows, 1.5));
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
    const full = fullWraps(rows);
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
  if (gaps.length === 0) gaps.push(...unlessSmaller(wrapGaps(rows, 2.5)));
  if (gaps.length === 0) return 0;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length * 0.2)]!;
}

/** Two lines of text one under the other at one x, in one size, and the room between them. */
interface Wrap {
  gap: number;
  size: number;
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
        out.push({ gap: below.top - run.bottom, size: run.size, goesOn: () => goesOnUnder(a, run, below) });
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
function fullWraps(rows: Row[]): Wrap[] {
  // (the text from a run to the line's next gap of a word's width or more: where that piece ends)
  const end = (r: Row, k: number) => r.runs[k]!.x0 + piece(r, r.runs[k]!.x0, 1);
  const edges = new Map<number, number>();
  const key = (x: number) => Math.round(x * 2);
  const opens = (a: Row, k: number) => k === 0 || a.runs[k]!.x0 - a.runs[k - 1]!.x1 >= a.size * MIN_CHANNEL_EM;
  for (const r of rows) r.runs.forEach((u, k) => edges.set(key(u.x0), Math.max(edges.get(key(u.x0)) ?? -Infinity, end(r, k))));
  const edge = (x: number) => edges.get(key(x)) ?? Infinity;
  return wrapGaps(rows, 2.5, (a, k) => opens(a, k) && end(a, k) >= edge(a.runs[k]!.x0) - a.runs[k]!.size * 1.5);
}

/**
 * How far under a line of `size` its cell's next line may stand: an em and a half, or the page's
 * leading where the producer sets a paragraph's lines further apart than that (see leading).
 */
const reachOf = (size: number, lead: number) => Math.max(size * 1.5, lead + Math.max(1, size * 0.1));

/** The largest size a line sets the text on both sides of a hole in (the smaller of the two), or `size` where none does. */
function holeSize(rows: Row[], c: Gap, size: number): number {
  let out = 0;
  for (const r of rows)
    for (let i = 1; i < r.runs.length; i++) {
      const u = r.runs[i]!;
      const v = r.runs[i - 1]!;
      if (Math.abs(v.x1 - c.from) <= 0.3 && Math.abs(u.x0 - c.to) <= 0.3) out = Math.max(out, Math.min(u.size, v.size));
    }
  return out || size;
}

/**
 * Uncovered x-intervals of a block's lines, each with how many lines reach both its sides with
 * words: a letter-spaced label (取 組 項 目) leaves gaps between single characters, not cells.
 */
function channels(rows: Row[], lo: number, hi: number, size: number): Gap[] {
  // (a glyph set into the room between two columns leaves it open: see intoTheRoom)
  const glyphs = intoTheRoom(rows);
  // (nor does a line's last run that ends where three other lines' next cells start after room: a
  // label pushed into the room by a larger glyph, 伊勢崎's 12 pt ○:ほぼ ending at 105.6 pt where the first
  // year's text starts, the label column's other lines ending by 103.6; Noto Serif by LibreOffice)
  const cellStarts = rows.flatMap((r) => r.runs.flatMap((u, k) => (k > 0 && u.x0 - r.runs[k - 1]!.x1 >= r.size * MIN_CHANNEL_EM ? [u.x0] : [])));
  const intoNext = (r: Row, u: TextRun, k: number) => k === r.runs.length - 1 && k > 0 ? cellStarts.filter((x) => Math.abs(x - u.x1) <= 0.3).length >= 3 : false;
  const covered: [number, number][] = rows.flatMap((r) => r.runs.flatMap((x, k) => (glyphs.has(x) ? [] : [[x.x0, intoNext(r, x, k) ? Math.max(x.x0, x.x1 - r.size * 0.25) : x.x1] as [number, number]]))).sort((a, b) => a[0] - b[0]);
  const stacked = stackedLabel(rows);
  const out: Gap[] = [];
  let at = lo;
  // LibreOffice sets unpadded cells against each other: a column may leave only a seam open on the
  // lines that fill it, as long as some line shows the gap. Narrower than a seam, the hole is one
  // line's run split (a kerning or font change), unless no line has runs on both sides of it: then
  // one line's text ends where another's starts, a cell's border with no padding (刈谷's 取組内容
  // サービ ending at 309.2 pt under 市民課 from 309.3 on the line above, printed by LibreOffice)
  // (an item's number set against the text before it, larger or where other lines number their
  // items, is no run split: see numberOpens)
  const split = (from: number, to: number) => rows.some((r) => r.runs.some((u, i) => i > 0 && u.x0 >= to - 0.01 && u.x0 - r.runs[i - 1]!.x1 <= SEAM && r.runs[i - 1]!.x1 <= from + 0.01 && !numberOpens(r, i, rows)));
  // (no hole at all, one line's text ending on the very x where another's starts: see labelWrap)
  const touches = new Set<number>();
  // (the x where some line's text starts after a word gap: asked at every touch of two runs)
  // (listed at the first touch only: most blocks have none, and channels runs on every block)
  let roomStarts: number[] | undefined;
  const shown = (x: number) => (roomStarts ??= rows.flatMap((r) => r.runs.flatMap((u, i) => (i > 0 && u.x0 - r.runs[i - 1]!.x1 >= wordGap(r.runs[i - 1]!, u) ? [u.x0] : [])))).some((s) => Math.abs(s - x) <= 0.02);
  for (const [a, b] of covered) {
    if (at > lo && (a - at > SEAM || (a - at > 0.02 && !split(at, a)))) out.push({ from: at, to: a, straddle: 0 });
    else if (at > lo && Math.abs(a - at) <= 0.02 && shown(a)) touches.add(Math.max(at, a));
    at = Math.max(at, b);
  }
  out.push(...baselineSteps(rows, out));
  out.push(...flushSeams(rows, out));
  // (a hole narrower than a seam where a cell's full line ends on the seam is that seam: 刈谷's
  // 55年以前の旧建築基準で建てられ ending 0.1 pt before 雨水対策課, half-width digits carrying it past the
  // column's other lines; Noto Serif 11 pt on A3 by LibreOffice without rules)
  // (kept only where that hole does not stand as a border of its own: see the end)
  const edges = new Set(edgeSeams(rows, out));
  out.push(...edges);
  // A label wrapped in its narrow column whose last line runs up to the cell's edge, where the next
  // column's lines start with nothing before them, leaves no hole at all: a border where the label's
  // line above shows it, its text ending short of that x and the next cell's starting there after a
  // word gap (LibreOffice's unpadded cells: 部長目標's 市民環 / 境部, 境部 ending at 119.4 pt where 木村西
  // starts, under 市民環 | 市民環境部長 from 119.4; IPAex Mincho 9 pt, B5, by LibreOffice — the label and
  // the name had been one cell, 境部 a department of its own). Not a line under a cell of its own, that
  // starts left of where the line above's text does: one entry of a list over the next, 世田谷's
  // Ⅱ. 給与費明細書 ending where the 款 names above it start. (Only where no seam was found there.)
  for (const x of touches) {
    if (out.some((g) => x >= g.from - 0.5 && x <= g.to + 0.5) || !labelWrap(rows, x)) continue;
    out.push({ from: x, to: x, straddle: 0 });
  }
  for (const c of out) {
    // a seam where an item's number opens its cell, set against a label's line that ran up to it
    // (Writer's unpadded cells), the column's other items numbered at that x, is the border however
    // narrow (刈谷's 将来に向けた刈谷市の交①本市が目指す…, a 12.5 pt ① 0.1 pt after 10.2 pt 交, ②③④ at
    // its x in the rows under it; BIZ UDGothic 12.5 pt by LibreOffice without rules, under the header
    // the page repeated)
    if (c.to - c.from <= SEAM && rows.some((r) => r.runs.some((u, i) => i > 0 && Math.abs(u.x0 - c.to) <= 0.01 && Math.abs(r.runs[i - 1]!.x1 - c.from) <= 0.01 && numberOpens(r, i, rows)))) {
      c.straddle = 2;
      continue;
    }
    // no cell starts on a closing mark (行頭禁則: 、。）」): a hole before one is inside a line
    // (Chromium sets 、 from another face of Noto Serif CJK JP, a point after the kana before it:
    // 刈谷's heading 市民から信頼され|、満足度の高い…, 12 pt, read as two cells over the table)
    if (rows.some((r) => r.runs.some((u, i) => i > 0 && Math.abs(u.x0 - c.to) <= 0.2 && NO_LINE_START.test(u.text) && Math.abs(r.runs[i - 1]!.x1 - c.from) <= 0.2))) continue;
    // an item's number set larger than its text, its text less than a word gap after it, opens
    // the item, whatever the other lines leave open there (刈谷's 9 pt ① 1.8 pt before
    // スマートシティに…, LibreOffice, landscape 9 pt: the one row under a shaded header)
    if (rows.some((r) => r.runs.some((u, i) => ITEM_NUMBER.test(u.text.trim()) && Math.abs(u.x1 - c.from) <= 0.2 && !!r.runs[i + 1] && Math.abs(r.runs[i + 1]!.x0 - c.to) <= 0.2 && c.to - c.from < wordGap(u, r.runs[i + 1]!)))) continue;
    // a seam is a border only where the text that ends and starts on it is words, not 目 標
    // (measured in the size of the text on both sides of it: a label set larger than the lines beside
    // it does not widen the room the cells need — 部長目標's 15.2 pt 環 / 境 / 部, a character a line,
    // 6.6 pt before 木村西 in 12 pt; Chromium with an outer frame, mincho 12 pt on B5)
    // (never larger than the block's size: asked only for a hole narrower than that measure)
    if (c.to - c.from < size * MIN_CHANNEL_EM && c.to - c.from < holeSize(rows, c, size) * MIN_CHANNEL_EM && !(wordsAt(rows, c.from, -1) && (wordsAt(rows, c.to, 1) || wordsPast(rows, c)))) continue;
    // nor where a line goes on across it through the room Writer sets around Latin letters and
    // digits, closer than a word gap, and no other line's text starts where it ends: one word's
    // letters spaced out (刈谷's ①ＩＣＴの利活用を推進しま / す。, I C T 2.4 pt apart and T | の 1.7 pt,
    // the す。 under them ending in a hole)
    if (c.to - c.from < size * MIN_CHANNEL_EM) {
      const latinHole = (r: Row) => r.runs.some((u, i) => {
        const v = r.runs[i - 1];
        return !!v && v.x1 <= c.from + 0.1 && u.x0 >= c.to - 0.1 && u.x0 - v.x1 < wordGap(v, u) && typedSpace(v.text, u.text);
      });
      const startsHere = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.3));
      if (startsHere.length === 1 && latinHole(startsHere[0]!)) continue;
    }
    const across = rows.filter((r) => r.x0 < c.from + 0.1 && r.x1 > c.to - 0.1 && (c.to - c.from > size * 1.6 || cellGap(r, c, stacked)));
    c.straddle = across.length;
    // a line whose text goes on across the hole through a space glyph it draws there is one cell's
    // words the author spaced, however the spaces of other lines line up under it, and the lines of
    // that cell that end short of the hole show no gap of cells either: such a hole alone opens no
    // column (`typed`; 刈谷's seed keeps the breaks of its source as spaces: ②マイナンバーカード受付
    // 窓口を設置し、市民負担の 少ない窓口サ over ービスを提供します。 and ①申請しやすい環境を創出 します。,
    // Noto Serif 10.5 pt landscape by Chromium: three columns opened at the spaces, two titles cut).
    // A line of another cell's text across it makes it a hole like any (伊勢崎's 5年後までの目標
    // (目指すべき姿) spans the ② | 取組項目 border, Noto Serif 12 pt by LibreOffice in an outer frame)
    if (c.to - c.from < size * MIN_CHANNEL_EM) {
      const starts = rows.filter((r) => spacedAcross(r, c)).map((r) => c.from - piece(r, c.from, -1));
      // (nor a line with a run of its own starting where the spaced lines start: a cell's line run up to
      // that cell with no room, 刈谷's …実施することで収納 0.8 pt from 下水道課, beside 下水道課 雨水対策課 over
      // the 課等 column; Noto Serif CJK 11 pt landscape by LibreOffice, an outer frame)
      const otherCell = (r: Row) => {
        const end = Math.max(...r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.x1));
        const start = c.from - piece(r, c.from, -1);
        const sameStart = (x: number) => Math.abs(start - x) <= r.size * 1.5 || r.runs.some((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && u.x1 <= end + 0.1 && u.x0 - r.runs[k - 1]!.x1 < wordGap(r.runs[k - 1]!, u));
        return starts.some((x) => end > x + 0.1) && !starts.some(sameStart);
      };
      if (starts.length > 0 && !across.some(otherCell)) c.typed = true;
    }
    // a row of column headings (具体的な取組 | 令和2年度 | 令和3年度 | …) shows its columns once
    if (across.some((r) => pieces(r, r.size).length >= 4)) c.straddle = Math.max(c.straddle, 2);
    // a cell that wraps at the seam, its lines ending on it, beside a line that goes on across it:
    // LibreOffice's unpadded cells (木更津's ふるさと応援寄附 / 金・企業版ふるさ / と納税の活用
    // ending at 226.1 pt, 財務部財政課 from 227.1 pt on the first line)
    // (or its one line ending there and wrapping under its start, ICTの活用による業 / 務改善); the
    // seam parts two kana or kanji: Writer's spacing around Latin and digits leaves holes too
    // (刈谷 2023 under 加者数 1,000)
    // Narrower than a space (0.25 em: 伊勢崎's ・ 出前講座を 継続実施 keeps one).
    // A space's width (under 0.45 em) only as weak evidence, where a cell wraps at it.
    if (c.straddle === 0 && c.to - c.from < size * MIN_CHANNEL_EM) {
      const narrow = c.to - c.from < size * 0.2;
      const ending = rows.filter((r) => r.runs.some((u) => Math.abs(u.x1 - c.from) <= 0.2) && piece(r, c.from, -1) > r.size * 2);
      const going = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.2) && r.runs.some((u) => Math.abs(u.x1 - c.from) <= 0.2));
      // (or under the text after the item number it starts with: 刈谷's ②ジェネリック医薬品の利用を推進 /
      // します。 beside 国保年金課, LibreOffice, the next page's part of the table)
      const wrapsUnder = (r: Row) => wrapsUnderAt(rows, r, c.from);
      const kanjiSeam = going.some((r) => CJK_END.test(r.runs.find((u) => Math.abs(u.x1 - c.from) <= 0.2)!.text) && CJK_START.test(r.runs.find((u) => Math.abs(u.x0 - c.to) <= 0.2)!.text));
      if (!narrow) {
        // (木更津's ふるさと応援寄附金・企業版ふるさ / と納税の活用 3.3 pt from 財務部財政課, landscape,
        // under 推進項目名称 | 担当課 whose 担当課 starts at the same x)
        if (going.length >= 1 && kanjiSeam && ending.some(wrapsUnder)) Object.assign(c, { straddle: 1, weak: true });
      } else if (going.length >= 1 && kanjiSeam && (ending.length >= 2 || ending.some(wrapsUnder))) c.straddle = 2;
      // a line that goes on across the seam with no Latin or digit beside it (Writer's spacing
      // around those leaves such holes): a border only where another block shows a gap there too
      // (木更津's 働き方改革の促進(時間外勤務の縮減) | 総務部職員課 under 推進項目名称 | 担当課, landscape)
      else if (going.some((r) => !LATIN_OR_DIGIT_END.test(r.runs.find((u) => Math.abs(u.x1 - c.from) <= 0.2)!.text) && !LATIN_OR_DIGIT_START.test(r.runs.find((u) => Math.abs(u.x0 - c.to) <= 0.2)!.text))) c.straddle = 1;
      // (or, Latin after it, where the text before the seam wraps under its own start and another line
      // of the block starts on the seam with nothing before it: a name run up to its year's head, the
      // next year's head alone under it — 木更津's インターネット広告（ディスプ | R5 0.5 pt apart over
      // レイ広告）のクリック率, R6 at 410 pt under R5; IPAex Gothic 10.5 pt landscape by LibreOffice, horizontal rules.
      // Writer's spacing before a number inside a sentence leaves no line starting there)
      else if (going.some((r) => wrapsUnderAt(rows, r, c.from, true)) && rows.some((o) => !going.includes(o) && Math.abs(o.x0 - c.to) <= 0.3)) c.straddle = 1;
    }
    // a label wrapped in a narrow column beside a column whose lines start on one edge (部長目標's
    // 市民環 / 境部, set large and centred, beside 市民環境部長 / きむらさい / 木村西) shows its gap once
    // (or set larger than them on one line: 教育部 beside 教育部長 / たぐち しげお / 田口 茂夫)
    if (c.straddle === 1) {
      const label = rows.filter((r) => r.runs.some((u) => u.x1 <= c.from + 0.1) && piece(r, c.from, -1) > r.size * 1.2);
      const edge = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.5));
      // (two lines will do: 子ども未来部 alone at a frame's foot beside 子ども未来部長 / しむらあきこ, the
      // rest of the panel on the next page; Noto Sans 11.5 pt by LibreOffice, an outer frame)
      // (or wrapped, each of its lines larger: 健康いきい / き部 beside 健康いきいき部 / 長 at a frame's foot,
      // Noto Serif 11.5 pt, 30 mm, by LibreOffice)
      const labelSize = (r: Row) => Math.max(...r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.size));
      const larger = label.length >= 1 && edge.length >= 2 && Math.min(...label.map(labelSize)) > Math.max(...edge.slice(1).flatMap((r) => r.runs.filter((u) => u.x0 >= c.to - 0.5).map((u) => u.size))) * 1.2;
      // (or a label on the block's first line, every other line starting on the text's edge and
      // nothing under the label: a row whose label fits one line beside a long cell, alone between
      // two rules at the head of a page — 桑名's ２．今年度の部局目標 | ① 職員の…, Noto Serif 12 pt by
      // LibreOffice, horizontal rules only. Not a label in mid-block: lines above it may end the
      // row before, as 部長目標's 総括 goes on over 目標 | 1 清原中央公園… at the head of a page)
      // (a number alone, `(1)` or `１．`, before an indented paragraph is the paragraph's hanging
      // indent, not a label)
      const words = label.length === 1 ? label[0]!.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.text).join('').replace(/\s/gu, '').replace(LEADING_NUMBER, '') : '';
      // (a longer label the vocabulary knows as well: 木更津's 令和5年度の活動経過・今後の予定 | 60歳以降の…
      // alone between two rules at a page's head, its cell's lines under the text's start; IPAex Gothic
      // 10.5 pt landscape by LibreOffice, horizontal rules only)
      const hanging = words.length >= 2 && (words.length <= LABEL_CHARS || labelRole(words) !== null) && !/[。．]$/u.test(words) && edge.length >= 3 && label[0] === rows[0] && rows.every((r) => r === label[0] || r.x0 >= c.to - 0.5);
      if ((label.length >= 2 && edge.length >= 3) || larger || hanging) c.straddle = 2;
    }
  }
  return out.filter((c) => c.straddle > 0 && c.to <= hi && !(edges.has(c) && out.some((g) => g !== c && !edges.has(g) && g.straddle > 0 && c.from <= g.to + 0.5 && c.to >= g.from - 0.5)));
}

/**
 * Whether a line's text ends on x, room or nothing after it, under a line whose text ends short of x
 * and whose next cell starts on x after a word gap, the line's text starting within the text above's
 * (half an em's leeway) and an em and a half under it at most: a cell's wrapped line run up to its edge.
 */
function labelWrap(rows: Row[], x: number): boolean {
  return rows.some((l) => {
    const k = l.runs.findIndex((u) => Math.abs(u.x1 - x) <= 0.05);
    const next = l.runs[k + 1];
    if (k < 0 || (next && next.x0 - l.runs[k]!.x1 < wordGap(l.runs[k]!, next))) return false;
    const start = x - piece(l, x, -1);
    const above = rows.filter((o) => o.bottom <= l.top + 0.5 && o.runs.some((u) => u.x0 < x - 0.1 && u.x1 > start + 0.1)).sort((p, q) => q.bottom - p.bottom)[0];
    if (!above || l.top - above.bottom > Math.max(l.size, above.size) * 1.5) return false;
    const i = above.runs.findIndex((u, j) => j > 0 && Math.abs(u.x0 - x) <= 0.05 && u.x0 - above.runs[j - 1]!.x1 >= wordGap(above.runs[j - 1]!, u));
    if (i < 0) return false;
    const end = above.runs[i - 1]!.x1;
    return start >= end - piece(above, end, -1) - l.size * 0.5 && start < end;
  });
}

/**
 * Glyphs a producer set into the room between two columns at the end of a full line: a digit or a
 * mark run on from the text before it, starting where the column's lines end (three lines or more
 * end there) and ending where the next column's lines start after room (three or more). They cover
 * the gap on their one line and would close it for the whole block: 伊勢崎's year cells by LibreOffice
 * in Noto Serif 12 pt, eight characters a line, `…に調整するため、3` with its 3 from 209.3 to 214.7 pt,
 * where 令和3年度's text starts on the 20 other lines of the row (its four years' text joined as one cell).
 */
function intoTheRoom(rows: Row[]): Set<TextRun> {
  const out = new Set<TextRun>();
  if (rows.length < 4) return out;
  // (the lines that end, or start, after room at each tenth of a point: asked for every short run)
  const ends = new Map<number, Row[]>();
  const starts = new Map<number, Row[]>();
  const note = (m: Map<number, Row[]>, x: number, r: Row) => {
    const k = Math.round(x * 10);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };
  for (const r of rows) {
    r.runs.forEach((u, k) => {
      const next = r.runs[k + 1];
      const prev = r.runs[k - 1];
      if (!next || next.x0 - u.x1 >= r.size * MIN_CHANNEL_EM) note(ends, u.x1, r);
      if (prev && u.x0 - prev.x1 >= r.size * MIN_CHANNEL_EM) note(starts, u.x0, r);
    });
  }
  // (three other lines or more at x, give or take 0.3 pt)
  const three = (m: Map<number, Row[]>, x: number, r: Row) => {
    const k = Math.round(x * 10);
    let n = 0;
    for (let d = -3; d <= 3; d++) for (const o of m.get(k + d) ?? []) if (o !== r && ++n >= 3) return true;
    return false;
  };
  for (const r of rows) {
    for (let i = 1; i < r.runs.length; i++) {
      const u = r.runs[i]!;
      if (Math.abs(u.x0 - r.runs[i - 1]!.x1) > SEAM || u.x1 - u.x0 > r.size * 1.1 || !three(ends, u.x0, r) || !three(starts, u.x1, r) || [...u.text.trim()].length > 2) continue;
      out.add(u);
    }
  }
  return out;
}

/**
 * Borders with no room at all, where two cells' lines stand at different heights: LibreOffice sets
 * a cell's first line, its item number set larger, a step lower than the next cell's, and right
 * against its text (刈谷's ①新型コロナワクチンの住民接種 | 健康推進課 at 286 pt, the 8.2 pt text 1.6 pt
 * lower than the 課 name beside it; mincho 10 pt, 25 mm, by LibreOffice). Runs of one size on one
 * line of one cell share a baseline: a run of words that starts where one of words ends, in the same
 * size but a tenth of an em higher or lower, starts another cell. Each line that shows it counts.
 */
/** A border `baselineSteps` found: no room, only half a point either side of the step. */
const isStep = (g: Gap) => g.to - g.from <= 0.6;

function baselineSteps(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const v = r.runs[i - 1];
      if (!v || Math.abs(u.x0 - v.x1) > SEAM || Math.abs(u.size - v.size) > 0.1 || Math.abs(u.top - v.top) < u.size * 0.1) return;
      if (piece(r, u.x0, 1) < r.size * 2 || piece(r, u.x0, -1) < r.size * 2) return;
      if (gaps.some((g) => u.x0 >= g.from - 0.5 && u.x0 <= g.to + 0.5)) return;
      const at = found.find((g) => Math.abs((g.from + g.to) / 2 - u.x0) <= 0.3);
      if (at) at.straddle++;
      else found.push({ from: u.x0 - 0.25, to: u.x0 + 0.25, straddle: 1 });
    });
  }
  // (no run of the block runs across it)
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Borders with no room at all on the line that fills its cell: a label run up to the text beside
 * it, ending right where that text starts (LibreOffice's unpadded cells: 木更津's 課題解決に向けた
 * 方向性・ ending at 159.502 pt, 早急にし尿等… from 159.5), where the line under or over it leaves
 * room before text starting at that very x (活動内容 … 水道事業計画の…) and no run crosses it.
 * A kanji seam alone is no border (a run split mid-word): the room on another line shows it.
 */
function flushSeams(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const v = r.runs[i - 1];
      if (!v || Math.abs(u.x0 - v.x1) > SEAM || piece(r, u.x0, -1) < r.size * 2) return;
      // (or an item's number there (①: not a ・, which year cells wrap on), its item's next line hanging
      // after room beside a line of the text before it that ends on the number's start, or within an em
      // before it: 刈谷's 組織目標 民間活力の導入によ run up to ① at 173.4 pt, り、市民サービスの under it
      // ending there, し、公園施設を… from 183.2, IPAex Gothic 12 pt, 30 mm; 知識の向上と新たな技術・ up to ①
      // at 161.7, 的に活用でき ending at 158.1 and もに、国、… from 169.9, BIZ UDPMincho 10 pt, 25 mm; by
      // LibreOffice without rules or with horizontal rules only)
      const marks = ITEM_NUMBER.test(u.text.trim()) && rows.some((o) => {
        if (!nextLines(r, o)) return false;
        const k = o.runs.findIndex((w, j) => j > 0 && w.x0 > u.x0 + 0.5 && w.x0 <= u.x1 + r.size);
        const before = o.runs[k - 1];
        return k > 0 && before!.x1 <= u.x0 + 0.3 && before!.x1 >= u.x0 - r.size && o.runs[k]!.x0 - before!.x1 >= o.size * MIN_CHANNEL_EM && Math.abs(before!.x1 - piece(o, before!.x1, -1) - (u.x0 - piece(r, u.x0, -1))) <= r.size * 0.5;
      });
      // (a year's head as short as R7 will do where two other lines start a cell there, after room or
      // with nothing before it: 木更津's R5 / R6 / R8 under 年度, the note beside them run up to R7 at
      // 364.3 pt in 7.5 pt type; IPAex Gothic 11 pt landscape, 12 mm, by LibreOffice without rules)
      const column = rows.filter((o) => o !== r && (Math.abs(o.x0 - u.x0) <= 0.3 || roomBefore(o, u.x0) > 0)).length >= 2;
      if (!marks && piece(r, u.x0, 1) < r.size * 2 && !(column && wordsOn(r, u.x0, 1))) return;
      // (an item's text after its mark is no cell: ・催告に応じない… under the label 伊勢崎's ※取組における
      // runs up to, its next lines hanging under 催, LibreOffice in IPAex)
      // (a 中黒 the text before it runs up to is no item's mark: 刈谷's 知識の向上と新たな技術・ | ①自主的な…,
      // the goal's 技術・手法 wrapped; BIZ UDPMincho 10 pt by LibreOffice)
      if (MARK_ONLY.test(v.text.trim()) && !r.runs.some((w) => w !== v && Math.abs(w.x1 - v.x0) <= SEAM)) return;
      if (gaps.some((g) => u.x0 >= g.from - 0.5 && u.x0 <= g.to + 0.5) || found.some((g) => Math.abs((g.from + g.to) / 2 - u.x0) <= 0.3)) return;
      // (the line right above or under, its cell before the room starting where this line's does:
      // not a list's hanging indent under the label column, 伊勢崎's rows by LibreOffice in IPAex)
      const start = u.x0 - piece(r, u.x0, -1);
      // (or its cell starts at a seam of this line too: every cell of the line run up to the next,
      // 伊勢崎's 更新工事を|更新時期を…|更新時期を… across four year cells, Noto Sans 10.5 pt landscape by LibreOffice)
      const cellFrom = (o: Row, k: number) => (k > 0 ? o.runs[k - 1]!.x1 - piece(o, o.runs[k - 1]!.x1, -1) : NaN);
      const room = rows.some((o) => {
        const k = ledLines(r, o, rows) ? roomBefore(o, u.x0) : -1;
        const from = cellFrom(o, k);
        return k > 0 && (Math.abs(from - start) <= r.size * 0.5 || (from > start && seamsNear(r, from, 0.3).length > 0));
      }) ||
        // (or two lines of the block farther off, a label column whose cells start where this line's
        // does, or hang in from there, and leave room before text at that x: 伊勢崎's 5年後までの目「緋の郷」…
        // run up to the value at 222.8 pt, its next line's 標 (目指すべき only 1.9 pt short of it, 取組項目
        // and 担当部課 above ending 27 pt before it; Noto Sans CJK 12 pt by LibreOffice, cells in 9.7 pt)
        rows.filter((o) => o !== r && cellFrom(o, roomBefore(o, u.x0)) >= start - r.size * 0.5).length >= 2 ||
        // (or a line of the block starts right there, nothing before it, and the text before the seam
        // wraps under its own start: a name run up to the next column's head, that column's cells alone
        // on their lines — 木更津's し尿受入施設設置までの進 | 名称 over 捗率, R5 at 324 pt under 名称, R6 and
        // R7 the blocks under it; Noto Sans CJK 11.5 pt landscape by LibreOffice without rules. Not a hanging
        // indent: its next lines start at the indent, not under the line's start)
        (rows.some((o) => o !== r && Math.abs(o.x0 - u.x0) <= 0.3) && wrapsUnderAt(rows, r, u.x0, true));
      // (or lines under it start right there, nothing before them, in a smaller size than the text
      // that ends on it: a label set larger against a column of its own, 部長目標's 15.2 pt 地域福祉 up
      // to 地域福祉部長 / いのみや たかし / 伊野宮 崇 at 134.8 pt; Noto Serif 12 pt)
      const under = rows.filter((o) => o.top > r.top && Math.abs(o.x0 - u.x0) <= 0.3);
      const larger = under.length >= 2 && v.size > Math.max(...under.flatMap((o) => o.runs.map((w) => w.size))) * 1.2;
      // (the larger label shows its column by itself: its seam is no hole the checks of words on
      // both sides of a channel can measure — 部長目標's 16.4 pt 市民環境 against 市民環境部長 at 136.6 pt,
      // きむらさい and 木村西 from there under it; IPAex Gothic 13 pt by LibreOffice, no rules)
      if (room || larger || marks) found.push({ from: u.x0 - 0.25, to: u.x0 + 0.25, straddle: larger ? 2 : 1 });
    });
  }
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Borders with no room at all where a cell's full line ends: Writer sets an unpadded cell's line up to
 * the cell's edge, and the next column's text starts right there on other lines, after room (刈谷's
 * ②地区防災会等との連携や市民の集まる機会を生 ending at 437.6 pt, its cell going on under its text,
 * where 土木管理課 and 建築課 start; BIZ UDPMincho 12 pt landscape by LibreOffice, an outer frame). The
 * line wraps there, so it is no line of prose that happens to end where a word starts on another.
 */
function edgeSeams(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const next = r.runs[i + 1];
      if (next && next.x0 - u.x1 < wordGap(u, next)) return;
      const x = u.x1;
      if (piece(r, x, -1) < r.size * 2 || gaps.some((g) => x >= g.from - 0.5 && x <= g.to + 0.5 && !rawSeam(g, x)) || found.some((g) => Math.abs((g.from + g.to) / 2 - x) <= 0.3)) return;
      const starts = rows.some((o) => o !== r && roomBefore(o, x) > 0 && piece(o, x, 1) > o.size * 1.2);
      if (!starts || !wrapsUnderAt(rows, r, x, true)) return;
      // (its sentence going on there: not one entry of a list over the next, each set to the same
      // width — 世田谷's contents, Ⅱ. 給与費明細書 over Ⅲ. 債務負担行為調書, up to where the 款 names start)
      const under = lineUnder(rows, r, true)!;
      const before = r.runs.filter((w) => w.x1 <= x + 0.1 && w.x0 >= x - piece(r, x, -1) - 0.1).map((w) => w.text).join('').trim();
      const after = under.runs.filter((w) => w.x1 <= x + 0.1).map((w) => w.text).join('').trim();
      if (!ENDS_SENTENCE.test(before) && !STARTS_ITEM.test(after) && !ROMAN_ITEM.test(after)) found.push({ from: x - 0.25, to: x + 0.25, straddle: 1 });
    });
  }
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * The line right under a line, no further below it than its size — or, `led`, than a quarter more
 * than the room the rows leave between a line and the next where the typography leads its lines wider
 * than that (edgeSeams: 刈谷's 取組内容 in Noto Serif CJK 9 pt landscape by LibreOffice, 19.4 pt apart:
 * 的な手法である…災害時 ending at 407.1 pt where 情報政策課 starts, 10.4 pt over its next line
 * の早期復旧を図ります。). Not for a line's text run over a border (flushAgainst): the next row's line
 * that far down makes no wrap of a merged cell's one line (伊勢崎's …経費の節減を図ります。 across a year
 * border, Noto Sans CJK 11 pt landscape by Chromium).
 */
const lineUnder = (rows: Row[], r: Row, led = false) => rows.find((n) => n.top > r.bottom - 0.5 && n.top < r.bottom + (led ? Math.max(r.size, lineRoom(rows) * 1.25) : r.size));

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
function wrapsUnderAt(rows: Row[], r: Row, x: number, led = false): boolean {
  const start = x - piece(r, x, -1);
  const first = r.runs.find((u) => u.x0 >= start - 0.1);
  const hang = first && /^[①-⑳]$/u.test(first.text.trim()) ? r.runs.find((u) => u.x0 > first.x1 - 0.1)?.x0 : undefined;
  const next = lineUnder(rows, r, led);
  return !!next && next.runs.some((u) => Math.abs(u.x0 - start) <= r.size * 0.5 || (hang !== undefined && Math.abs(u.x0 - hang) <= r.size * 0.5)) && !next.runs.some((u) => u.x0 < x && u.x1 > x + 0.1);
}

/** Whether a line's text goes on across the channel through a space glyph drawn in it (typed-spaces.ts). */
function spacedAcross(r: Row, c: Gap): boolean {
  return r.runs.some((u, i) => i > 0 && u.typedSpaceBefore === true && u.x0 >= c.to - 0.1 && r.runs[i - 1]!.x1 <= c.from + 0.1 && u.x0 - r.runs[i - 1]!.x1 < wordGap(r.runs[i - 1]!, u));
}

/** Whether a line shows a gap between cells at the channel (at least a word gap), with words on both sides (not 取 組 項 目). */
function cellGap(r: Row, c: Gap, stacked: ReadonlySet<TextRun> = new Set()): boolean {
  const before = r.runs.filter((u) => u.x1 <= c.from + 0.1).sort((a, b) => b.x1 - a.x1)[0];
  const after = r.runs.find((u) => u.x0 >= c.to - 0.1);
  if (!before || !after || after.x0 - before.x1 < wordGap(before, after)) return false;
  return (stacked.has(before) || wordsOn(r, c.from, -1)) && (stacked.has(after) || wordsOn(r, c.to, 1));
}

/**
 * A label set a character or two a line down a narrow column, its lines one under the other at one
 * x and read down together a label the vocabulary knows: 部長目標's 目 / 標 between the names and the
 * goals, gothic 12 pt on B5 by Chromium. Each line is shorter than words, yet a cell: its runs.
 */
function stackedLabel(rows: Row[]): Set<TextRun> {
  const out = new Set<TextRun>();
  const short = (r: Row, u: TextRun) => {
    const k = r.runs.indexOf(u);
    const alone = (k === 0 || u.x0 - r.runs[k - 1]!.x1 >= r.size * MIN_CHANNEL_EM) && (k === r.runs.length - 1 || r.runs[k + 1]!.x0 - u.x1 >= r.size * MIN_CHANNEL_EM);
    return alone && [...u.text.trim()].length >= 1 && [...u.text.trim()].length <= 2;
  };
  rows.forEach((r, i) => {
    for (const u of r.runs) {
      if (out.has(u) || !short(r, u)) continue;
      const chain: TextRun[] = [u];
      for (let j = i + 1; j < rows.length && chain.length < 4; j++) {
        const o = rows[j]!;
        if (o.top - chain.at(-1)!.bottom > u.size * 1.5) break;
        const v = o.runs.find((w) => Math.abs(w.x0 - u.x0) <= 0.5 && Math.abs(w.size - u.size) < 0.2);
        if (!v || !short(o, v)) break;
        chain.push(v);
        if (labelRole(chain.map((w) => w.text.trim()).join('')) !== null) for (const w of chain) out.add(w);
      }
    }
  });
  return out;
}

/**
 * Whether a line has words against x on one side: more than 1.2 em of text, or a shorter token of
 * a Latin letter or two and digits (a year's head, R5, set in a narrow column after the name beside it:
 * 木更津's 市ホームページ内のウェブサ | R5, Noto Sans 10 pt B5 landscape by LibreOffice). A letter-spaced
 * label parts between single kanji (取 組 項 目), never there; nor a row's number alone (8 | 現状と課題).
 */
function wordsOn(r: Row, x: number, dir: -1 | 1): boolean {
  const width = piece(r, x, dir);
  if (width > r.size * 1.2) return true;
  const text = r.runs.filter((u) => (dir < 0 ? u.x1 <= x + 0.1 && u.x0 >= x - width - 0.1 : u.x0 >= x - 0.1 && u.x1 <= x + width + 0.1)).map((u) => u.text).join('').trim();
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
function wordGap(a: { size: number; text?: string }, b: { size: number }): number {
  const resized = Math.max(a.size, b.size) > Math.min(a.size, b.size) * 1.2 && !(a.text !== undefined && ITEM_NUMBER.test(a.text.trim()));
  return resized ? SEAM : Math.min(a.size, b.size) * MIN_CHANNEL_EM;
}

const ITEM_NUMBER = /^[①-⑳㉑-㉟]$/u;
const ITEM_START = /^[①-⑳㉑-㉟]/u;
/** A mark an item's text hangs after, one full-width character: its next lines start under the text. */
const HANGING_MARK = /^[・･●■◆◇□①-⑳※]/u;
/** An item's number or mark at the start of a text (①, (1), １．, ア）, ・). */
const LEADING_NUMBER = /^(?:[①-⑳㉑-㉟・･○〇●◎◆◇■□※★☆]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]|[ア-ン][.．、）)])/u;

/** A heading's number in Roman numerals (Ⅱ. 給与費明細書). */
const ROMAN_ITEM = /^[Ⅰ-Ⅻ][.．、]/u;

/** A run that is only an item's mark or number (・, ①, (1)). */
const MARK_ONLY = new RegExp(`${LEADING_NUMBER.source}$`, 'u');

/**
 * A line's text as pieces, a piece going on across the room a producer sets beside a Latin letter
 * or digit (narrower than a word gap) where no line of the table resumes after room: the hole is a
 * space inside the text, not the start of a cell, wherever a border found from other rows falls
 * (木更津's …受けて、令和 | 5年度は… over 目標値 | 結果, 1.9 pt, Noto Sans by LibreOffice). Not a cell the
 * table's other lines start at that x too (…時間等は業 | R5 under 年度, 2.3 pt).
 */
function spacedPieces(r: Row, rows: Row[], skip?: Set<TextRun>): { x0: number; x1: number; size: number }[] {
  // (asked of one line for every border and every line beside it: kept while the rows asked are the same)
  const kept = spaced.get(r);
  if (kept && kept.rows === rows && kept.skip === skip) return kept.pieces;
  const out: { x0: number; x1: number; size: number }[] = [];
  let prev: TextRun | undefined;
  for (const u of r.runs) {
    if (skip?.has(u)) continue;
    const last = out.at(-1);
    const hole = last ? u.x0 - last.x1 : Infinity;
    // (another line of the table's text: not a heading set far larger whose run happens to start there —
    // 部長目標's title `令和6年度…` at 20.9 pt over `市民の利便性を向上! 環境対策推進!`, IPAex Mincho 11 pt by LibreOffice)
    const space = !!prev && hole > SEAM && hole < r.size * MIN_CHANNEL_EM && typedSpace(prev.text, u.text) && !rows.some((o) => o !== r && o.size < r.size * 1.5 && o.size > r.size / 1.5 && o.runs.some((v, k) => Math.abs(v.x0 - u.x0) <= 0.3 && (k === 0 || v.x0 - o.runs[k - 1]!.x1 > SEAM)));
    if (last && (hole <= SEAM || space)) last.x1 = Math.max(last.x1, u.x1);
    else out.push({ x0: u.x0, x1: u.x1, size: u.size });
    prev = u;
  }
  spaced.set(r, { rows, skip, pieces: out });
  return out;
}
const spaced = new WeakMap<Row, { rows: Row[]; skip?: Set<TextRun>; pieces: { x0: number; x1: number; size: number }[] }>();

/** A line's text as pieces: runs closer than `gap` make one. */
function pieces(r: Row, gap: number, bySize = false): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number; size: number }[] = [];
  for (const u of r.runs) {
    const last = out.at(-1);
    if (last && u.x0 - last.x1 <= gap && !(bySize && u.x0 - last.x1 >= wordGap(last, u))) {
      last.x1 = Math.max(last.x1, u.x1);
      last.size = u.size;
    } else out.push({ x0: u.x0, x1: u.x1, size: u.size });
  }
  return out;
}

/** A line's pieces parted at every hole wider than a seam between two kana or kanji. */
function kanjiSeamPieces(r: Row): { x0: number; x1: number }[] {
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
function wrapEdge(rows: Row[], x: number, own?: Row): boolean {
  return endsNear(rows, x, own, () => OVERRUN);
}

/** Whether some line but `own` has text ending at x or up to `reach` before it, room or nothing after it. */
function endsNear(rows: Row[], x: number, own: Row | undefined, reach: (o: Row) => number): boolean {
  return rows.some((o) => o !== own && o.runs.some((v, k) => v.x1 >= x - reach(o) && v.x1 <= x + 0.3 && (!o.runs[k + 1] || o.runs[k + 1]!.x0 - v.x1 >= o.size * MIN_CHANNEL_EM)));
}

/** Whether some line's text starts at x after room (a word gap or more): a cell starts there. */
function startsAfterRoom(rows: Row[], x: number): boolean {
  return rows.some((o) => o.runs.some((v, k) => k > 0 && Math.abs(v.x0 - x) <= 0.3 && v.x0 - o.runs[k - 1]!.x1 >= o.size * MIN_CHANNEL_EM));
}

/**
 * Whether a piece of a line that crosses these borders parts at a seam on each of them where a cell
 * starts after room on another line: cells set against each other, each full, not a merged cell's
 * line — 伊勢崎's three year cells …防ぎ、|り、地震…|…防ぎ、|り、… at 289.4, 420.8 and 552.3 pt, where
 * the — of 財政効果額 start; Noto Serif 7.3 pt by LibreOffice without rules. A merged cell's line
 * parts at a border by chance at most, and not where cells start at every one it crosses.
 */
function partedOnBorders(r: Row, p: { x0: number; x1: number }, xs: number[], rows: Row[], opens: (r: Row, u: TextRun) => boolean = () => true): boolean {
  return xs.every((x) => !(p.x0 < x - OVERRUN && p.x1 > x + OVERRUN) || seamsNear(r, x, OVERRUN).some((v) => opens(r, v) && startsAfterRoom(rows, v.x0)));
}

/**
 * Whether a line's run k is words set against words of another size, a sixth larger or smaller: a
 * label and its value in cells set edge to edge, not one cell's text (部長目標's label 健康いきいき in
 * 11.4 pt and 健康いきいき部長 in 9, 0.1 pt apart on the border Writer's unpadded cells share; Noto Sans
 * 9 pt by LibreOffice without rules — read as one cell merged across four columns).
 */
function resized(r: Row, k: number): boolean {
  const [v, u] = [r.runs[k - 1], r.runs[k]];
  return !!v && !!u && u.x0 - v.x1 <= SEAM && Math.max(u.size, v.size) > Math.min(u.size, v.size) * 1.15 && [...u.text.trim()].length >= 2 && [...v.text.trim()].length >= 2;
}

/** A line's pieces parted where, within OVERRUN of one of the borders, a run starts `resized`. */
function sizeParted(r: Row, ps: { x0: number; x1: number }[], xs: number[]): { x0: number; x1: number }[] {
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
function seamsNear(r: Row, x: number, tolerance: number): TextRun[] {
  return r.runs.filter((u, k) => k > 0 && Math.abs(u.x0 - x) <= tolerance && Math.abs(r.runs[k - 1]!.x1 - u.x0) <= SEAM);
}

/** Whether some line has words (more than 1.2 em) ending (dir -1) or starting (dir 1) at x. */
function wordsAt(rows: Row[], x: number, dir: -1 | 1): boolean {
  return rows.some((r) => r.runs.some((u) => Math.abs((dir < 0 ? u.x1 : u.x0) - x) <= 0.1) && wordsOn(r, x, dir));
}

/**
 * Whether a line leaves a hole open across its room and has words starting within an em after it: the
 * line after the hole's right edge shows the cell where its wrap starts it further left (伊勢崎's title
 * 照明設備LED化事 from 263.6 pt, 10.1 pt after 取組項目, its wrap 業 from 259; IPAex Mincho 13 pt by
 * LibreOffice).
 */
function wordsPast(rows: Row[], g: { from: number; to: number }): boolean {
  return rows.some((r) => r.runs.some((u, k) => k > 0 && r.runs[k - 1]!.x1 <= g.from + 0.1 && u.x0 >= g.to - 0.1 && u.x0 - g.to <= r.size && wordsOn(r, u.x0, 1)));
}

/** The width of the text a line has against x, on its left (dir -1) or right (dir 1), up to a word gap. */
function piece(r: Row, x: number, dir: -1 | 1): number {
  const runs = dir < 0 ? [...r.runs].filter((u) => u.x1 <= x + 0.1).sort((a, b) => b.x1 - a.x1) : r.runs.filter((u) => u.x0 >= x - 0.1);
  if (runs.length === 0) return 0;
  let edge = dir < 0 ? runs[0]!.x0 : runs[0]!.x1;
  for (const u of runs.slice(1)) {
    if (dir < 0 ? edge - u.x1 > r.size * MIN_CHANNEL_EM : u.x0 - edge > r.size * MIN_CHANNEL_EM) break;
    edge = dir < 0 ? Math.min(edge, u.x0) : Math.max(edge, u.x1);
  }
  return dir < 0 ? x - edge : edge - x;
}

function inside(r: { x0: number; x1: number; top: number; bottom: number }, g: { x0: number; x1: number; top: number; bottom: number }): boolean {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.top + r.bottom) / 2;
  return cx >= g.x0 && cx <= g.x1 && cy >= g.top && cy <= g.bottom;
}

/**
 * Boxes whose inside is one cell but whose text stands in columns: an outer frame with no inner
 * rules, a ruled table of one column. And stacks of horizontal rules that no vertical rule meets:
 * tables ruled between rows only (Word's plain styles).
 */
function partialRulings(tables: Table[], rules: Rule[], rows: Row[] = []): Region[] {
  const regions: Region[] = tables.filter((t) => t.xs.length === 2).map((t) => {
    const seams = frameSeams(t, rules);
    return { x0: t.x0, x1: t.x1, top: t.top, bottom: t.bottom, ...(seams.length ? { seams } : {}) };
  });
  const framed = (y: number, x0: number, x1: number) => tables.some((t) => y >= t.top - 2 && y <= t.bottom + 2 && x0 >= t.x0 - 2 && x1 <= t.x1 + 2);
  // a border drawn cell by cell is one rule
  const joined = mergeSegments(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 }))).map((g) => ({ x0: g.from, x1: g.to, y0: g.at, y1: g.at }));
  const free = joined.filter((r) => r.x1 - r.x0 > 20 && !framed(r.y0, r.x0, r.x1)).sort((a, b) => a.y0 - b.y0);
  // (farther apart they are one table's where both span one width and what stands between them is
  // one row: its lines set close, inside the rules' width, the first of them in cells — 伊勢崎's
  // 取組状況 row, 250.7 pt tall between its rules, printed with horizontal rules only by LibreOffice.
  // Not a rule under a panel's narrower rules: 部長目標's 総括 under the department's rows)
  const oneRow = (above: { x0: number; x1: number; y0: number }, o: { x0: number; x1: number; y0: number }, ext: { x0: number; x1: number }) => {
    if (Math.abs(above.x0 - o.x0) > 3 || Math.abs(above.x1 - o.x1) > 3) return false;
    const lines = rows.filter((l) => l.top > above.y0 && l.bottom < o.y0);
    if (lines.length === 0 || lines.some((l) => l.x0 < ext.x0 - 2 || l.x1 > ext.x1 + 2)) return false;
    if (lines.some((l, k) => k > 0 && l.top - lines[k - 1]!.bottom > Math.max(l.size, lines[k - 1]!.size) * 1.5)) return false;
    return pieces(lines[0]!, lines[0]!.size).length >= 2;
  };
  const used = new Set<Rule>();
  for (const r of free) {
    if (used.has(r)) continue;
    // rules of one width, each within a few rows of the last: far apart they are two tables' edges;
    // a rule that stops at a cell merged down the rows (刈谷's 組織目標 beside ② ③ ④, horizontal
    // rules only) is one of them, from the same edge on the other side
    // (or one that reaches past it on the other side: the stack's first rule was such a short one,
    // 部長目標's 基本方針 and 部の仕事 at the head of a page, beside the department merged down
    // from the page before, over 総括's rules across the whole panel)
    const stack = [r];
    const ext = { x0: r.x0, x1: r.x1 };
    const within = (o: { x0: number; x1: number }) =>
      (Math.abs(o.x0 - ext.x0) <= 3 || Math.abs(o.x1 - ext.x1) <= 3) && ((o.x0 >= ext.x0 - 3 && o.x1 <= ext.x1 + 3) || (o.x0 <= ext.x0 + 3 && o.x1 >= ext.x1 - 3));
    for (const o of free) {
      if (used.has(o) || o.y0 <= stack.at(-1)!.y0 + 2 || (o.y0 - stack.at(-1)!.y0 >= STACK_GAP && !oneRow(stack.at(-1)!, o, ext)) || !within(o)) continue;
      stack.push(o);
      ext.x0 = Math.min(ext.x0, o.x0);
      ext.x1 = Math.max(ext.x1, o.x1);
    }
    if (stack.length < 2) continue;
    // (rules with no line between any two of them are one frame's foot and the next one's top, not
    // a table's rows: 部長目標's panels framed by Chromium 9 pt apart, the next panel's frame open
    // at the page's foot — read as a stack, it took that panel's lines as one row; mincho 12 pt on B5)
    if (!stack.some((o, k) => k > 0 && rows.some((l) => l.top > stack[k - 1]!.y0 && l.bottom < o.y0))) continue;
    stack.forEach((o) => used.add(o));
    regions.push({ x0: ext.x0, x1: ext.x1, top: stack[0]!.y0, bottom: stack.at(-1)!.y0, stack: true });
  }
  // Two vertical rules side by side with none between them and no table of theirs: a frame the
  // page break left open at the top or the foot (桑名 printed with an outer frame only, its first
  // department running over the page's foot)
  const vs = mergeSegments(rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => ({ at: r.x0, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) }))).filter((v) => v.to - v.from > 40 && !framed(v.from, v.at, v.at) && !framed(v.to, v.at, v.at));
  // (the widest pair first: a grid's outer sides make one region, and its columns, pairs inside it,
  // none of their own — 桑名's form by Chromium in Noto Serif 10.5 pt landscape, a page both of whose
  // rows the page broke, had a region of the label column alone take every line that starts in it)
  const pairs = vs.flatMap((a) => vs.map((b) => [a, b] as const)).sort(([a, b], [c, d]) => d.at - c.at - (b.at - a.at));
  for (const [a, b] of pairs) {
    if (b.at - a.at < 100) continue;
    const top = Math.max(a.from, b.from);
    const bottom = Math.min(a.to, b.to);
    // (or the outer two of a grid's sides drawn down to where the page broke it, every one of them
    // from the same top to the same foot: 部長目標's panel ruled by Chromium, its label wrapped a
    // character a line down the page's foot under no rule; gothic 12 pt, 30 mm margins)
    const same = (m: (typeof vs)[number], v: (typeof vs)[number]) => Math.abs(m.from - v.from) <= 2 && Math.abs(m.to - v.to) <= 2;
    const between = vs.filter((m) => m.at > a.at + 2 && m.at < b.at - 2 && m.from < bottom && m.to > top);
    const grid = between.length > 0 && same(a, b) && between.every((m) => same(m, a)) && !vs.some((m) => same(m, a) && (m.at < a.at - 2 || m.at > b.at + 2));
    if (bottom - top < 40 || (between.length > 0 && !grid)) continue;
    if (regions.some((g) => g.x0 <= a.at + 2 && g.x1 >= b.at - 2 && g.top < bottom && g.bottom > top)) continue;
    regions.push({ x0: a.at, x1: b.at, top, bottom, open: true });
  }
  return regions;
}

/** Closer than this (points), two rules across a box are one frame's foot and the next one's top. */
const FRAME_SEAM = 2;

/**
 * Where a box of one column is frames stacked one right under the other, each drawn round a table
 * of its own: the foot of one and the top of the next, two rules across the whole width a hairline
 * apart, the sides drawn frame by frame and meeting between them (LibreOffice's outer frames round
 * tables set with nothing between; joined, they make one grid). Not a double rule the sides run
 * through: a header ruled off twice inside one frame. The y between the two rules, each seam.
 */
function frameSeams(t: Table, rules: Rule[]): number[] {
  const across = rules.filter((r) => r.y0 === r.y1 && r.y0 > t.top + FRAME_SEAM && r.y0 < t.bottom - FRAME_SEAM && Math.min(r.x0, r.x1) <= t.x0 + FRAME_SEAM && Math.max(r.x0, r.x1) >= t.x1 - FRAME_SEAM);
  const ys = [...new Set(across.map((r) => r.y0))].sort((a, b) => a - b);
  const sides = rules.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1 && (Math.abs(r.x0 - t.x0) <= FRAME_SEAM || Math.abs(r.x0 - t.x1) <= FRAME_SEAM));
  // (each side drawn in pieces: one from above ending between the two rules, another going on down from there)
  const parted = (x: number, foot: number, top: number) => {
    const at = sides.filter((r) => Math.abs(r.x0 - x) <= FRAME_SEAM);
    return at.some((r) => Math.min(r.y0, r.y1) < foot - FRAME_SEAM && Math.abs(Math.max(r.y0, r.y1) - (foot + top) / 2) <= FRAME_SEAM) && at.some((r) => Math.max(r.y0, r.y1) > top + FRAME_SEAM && Math.abs(Math.min(r.y0, r.y1) - (foot + top) / 2) <= FRAME_SEAM);
  };
  const seams: number[] = [];
  for (let k = 0; k + 1 < ys.length; k++) {
    const [foot, top] = [ys[k]!, ys[k + 1]!];
    if (top - foot > FRAME_SEAM || !parted(t.x0, foot, top) || !parted(t.x1, foot, top)) continue;
    seams.push((foot + top) / 2);
    k++;
  }
  return seams;
}

/** A page number (`- 3 -`, `4 / 8`): the page's footer, whatever table it stands under. */
const isFolio = (r: Row) => /^[-–—\s]*[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+)?[-–—\s]*$/.test(r.runs.map((u) => u.text).join(''));

export interface InferredTables {
  /** Borders to add to the drawn ones. */
  rules: Rule[];
  /** Of their columns, the ones taken from the table the page before broke. */
  carried?: number[];
}

/** A table a page ends with, that the page broke: its sides and its inner borders (some read from the text). */
export interface BrokenGrid {
  x0: number;
  x1: number;
  xs: number[];
  /** The cells of the table's first row on that page, each one line (its text and left edge): a header row a producer repeats. */
  header?: { text: string; x0: number }[];
}

/** The grid of the table the page before broke, and how far down this page's head band reaches. */
export interface CarriedGrid extends BrokenGrid {
  head: number;
}

/**
 * Borders for the tables whose columns the drawing does not give. `tables` are the ones the
 * drawn rules make; text inside a table of two or more ruled columns is left to it. `carried`:
 * the grid of the table the page before broke, which this page's first table may go on in.
 */
export function inferBorders(runs: TextRun[], rules: Rule[], tables: Table[], carried: CarriedGrid | null = null): InferredTables {
  // a page set in vertical columns (官報) has gaps between its columns, not between cells
  const chars = (list: TextRun[]) => list.reduce((n, r) => n + r.text.length, 0);
  if (chars(runs.filter((r) => r.vertical)) > chars(runs.filter((r) => !r.vertical))) return { rules: [] };
  const gridded = tables.filter((t) => t.xs.length > 2);
  const candidates = runs.filter((r) => !r.vertical && !gridded.some((t) => inside(r, t)));
  const out: InferredTables = { rules: missingBorders(gridded, runs) };
  if (candidates.length === 0) return out;
  const allRows = textRows(candidates);
  const regions = partialRulings(tables, rules, allRows);
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
    while (n < below.length && below[n]!.top - (n === 0 ? g.bottom : below[n - 1]!.bottom) < below[n]!.size * 1.5 && below[n]!.x0 >= g.x0 - 2 && below[n]!.x1 <= g.x1 + 2) n++;
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
    const cells = n > 0 && pieces(below[k]!, below[k]!.size * 0.9).length >= 2;
    // (under it only the page's footer: well apart, or a page number however near: 桑名 landscape 9 pt)
    const folio = rest.every(isFolio);
    const foot = cells && (rest.length === 0 || (rest.length <= 2 && rest[0]!.top - below[n - 1]!.bottom > rest[0]!.size * (folio ? 1.5 : 3)));
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
    if (first && under && cells(under) && above.slice(0, n).every(cells) && above.slice(n).every((r) => r.bottom <= carried.head)) g.top = first.top - 2;
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
    const mid = (row.top + row.bottom) / 2;
    const g = regions.find((x) => mid >= x.top && mid <= x.bottom && row.x0 < x.x1 && row.x1 > x.x0) ?? null;
    const list = inRegion.get(g);
    if (list) list.push(row);
    else inRegion.set(g, [row]);
  }
  // (the size the page's text is set in, whose leading that is)
  const body = bodySize({ runs: candidates } as Row);
  const lead = leading(textRows(candidates), () => textRows(runs.filter((r) => !r.vertical)).some((r) => headerRow(r)));
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
    !!carried && (region ? Math.abs(region.x0 - carried.x0) <= CARRIED_SIDES && Math.abs(region.x1 - carried.x1) <= CARRIED_SIDES : rows.every((r) => r.x0 >= carried.x0 - CARRIED_SIDES && r.x1 <= carried.x1 + CARRIED_SIDES));
  const plans = [...inRegion].map(([region, rows]) => {
    const blocks = toBlocks(rows, lead, body, hRules, !!region && ruledBetween(region.top + 2, region.bottom - 2));
    if (!region) blocks.push(...gridded.map((t) => drawnBlock(t, candidates)));
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
  const inGrid = (r: Row, grid: BrokenGrid, gap: number) => {
    const cols = [grid.x0, ...grid.xs, grid.x1];
    return pieces(r, gap).every((p) => cols.some((x, k) => k + 1 < cols.length && p.x0 >= x - 1 && p.x1 <= cols[k + 1]! + 1));
  };
  const cellsIn = (r: Row, grid: BrokenGrid) => pieces(r, r.size * MIN_CHANNEL_EM).length >= 2 && inGrid(r, grid, r.size * MIN_CHANNEL_EM);
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
      took.set(group, emit(group, part(i), out, heads, lead, prior, tablesHere.length === 1 ? alike : [], siblingsOf(group), goesOnFrom ? carried! : null, goesOnFrom && repeatsHeader(group, carried!), group === first));
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
      const lines = above.flatMap((b) => b.rows);
      for (const r of out.rules.slice(before)) {
        const x = r.x0;
        if (r.x1 !== x || r.y0 > region.top + 0.5 || x <= region.x0 + 1 || x >= region.x1 - 1) continue;
        if (lines.some((l) => pieces(l, SEAM).some((p) => p.x0 < x - 1 && p.x1 > x + l.size * 2))) r.y0 = y;
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
    // an open frame whose text stands in one column is a table of one column, so that it can go
    // on from the page before (桑名's ④ ⑤ at the head of page 2, under the frame's sides)
    if (region?.open && out.rules.length === before) {
      const { x0, x1, top, bottom } = region;
      out.rules.push({ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom });
    }
  }
  return out;
}

/** Nearer than this (points) to a drawn rule, with no line between, a row border the text placed stands on that rule. */
const ON_DRAWN = 5;

/**
 * A row border the text placed between two lines (half way) stands on the rule drawn in the same room,
 * where there is one: LibreOffice draws a stack's rules under the cells' text a few points below the
 * middle of the room, and a border that missed it by more than the grid's tolerance made a row of
 * nothing between them — a year cell of the row under it then anchored in that sliver row, its value
 * in the next (木更津's R5 | 検討80%, R6 | 条例への反映 beside 指標①'s name merged down, IPAex Gothic
 * 10 pt, 10 mm, by LibreOffice with horizontal rules: the four years read as one). The columns' borders
 * ending there end on the rule too.
 */
function onDrawnRules(placed: Rule[], drawn: Rule[], rows: Row[]): void {
  const moved = new Map<number, number>();
  // (a table's top and foot stay where the text put them: a rule a few points off may be the next table's)
  const ys = placed.filter((r) => r.y0 === r.y1).map((r) => r.y0);
  const top = Math.min(...ys);
  const foot = Math.max(...ys);
  for (const r of placed) {
    if (r.y0 !== r.y1 || r.y0 === top || r.y0 === foot) continue;
    const clear = (y: number) => !rows.some((l) => l.top < Math.max(y, r.y0) && l.bottom > Math.min(y, r.y0));
    const near = drawn.filter((h) => h.x0 < r.x1 - 1 && h.x1 > r.x0 + 1 && Math.abs(h.y0 - r.y0) <= ON_DRAWN && clear(h.y0)).sort((a, b) => Math.abs(a.y0 - r.y0) - Math.abs(b.y0 - r.y0))[0];
    if (!near || near.y0 === r.y0) continue;
    // (a rule drawn across the whole border leaves only an empty sliver row, which costs nothing: the
    // border stays, and with it a repeated header's row — 伊勢崎's 令和2年度 … 令和6年度 at a page's head
    // over a rule across the table, Chromium with horizontal rules)
    const across = mergeSegments(drawn.filter((h) => Math.abs(h.y0 - near.y0) <= 0.5).map((h) => ({ at: h.y0, from: h.x0, to: h.x1 })));
    if (across.some((g) => g.from <= r.x0 + 2 && g.to >= r.x1 - 2)) continue;
    moved.set(r.y0, near.y0);
    r.y0 = r.y1 = near.y0;
  }
  for (const r of placed) {
    if (r.x0 !== r.x1) continue;
    r.y0 = moved.get(r.y0) ?? r.y0;
    r.y1 = moved.get(r.y1) ?? r.y1;
  }
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
 * The rules of a row made of a region's last line, where that line stands alone between the region's
 * last two rules, nothing under it on the page but its number, in three pieces or more a word gap
 * apart (or set in another size) out to the region's far side, no table found there: the first line
 * of a table the page broke.
 */
function lastLineRow(blocks: Block[], region: Region, hRules: Rule[], allRows: Row[], emitted: Rule[]): Rule[] | null {
  const last = blocks.filter((b) => !b.drawn).at(-1);
  const r = last?.rows.length === 1 ? last.rows[0]! : null;
  if (!r || region.bottom - r.bottom > r.size * 1.5 || region.bottom < r.bottom) return null;
  const over = hRules.filter((h) => h.y0 <= r.top + 0.5 && h.y0 >= r.top - r.size * 1.5 && h.x0 <= r.x0 + 2 && h.x1 >= r.x1 - 2).map((h) => h.y0);
  if (over.length === 0 || !allRows.filter((o) => o.top > r.bottom).every(isFolio)) return null;
  if (emitted.some((e) => e.x0 === e.x1 && e.y0 < r.bottom && e.y1 > r.top)) return null;
  // (and reaching the far side: a line that stops short leaves its last columns to the next page's row,
  // whose cells part it there — see rowOfFoot in read-pdf.ts: 子ども未来部 子ども未来部長 目標, nothing yet
  // under 目標's neighbour, the goals' column)
  const parts = pieces(r, r.size * MIN_CHANNEL_EM, true);
  if (parts.length < 3 || parts.at(-1)!.x1 < region.x1 - r.size * 2) return null;
  const top = Math.max(...over);
  const xs = parts.slice(1).map((p, i) => (parts[i]!.x1 + p.x0) / 2);
  return [
    { x0: region.x0, x1: region.x1, y0: top, y1: top },
    { x0: region.x0, x1: region.x1, y0: region.bottom, y1: region.bottom },
    ...[region.x0, ...xs, region.x1].map((x) => ({ x0: x, x1: x, y0: top, y1: region.bottom })),
  ];
}

/**
 * A drawn grid missing some of its borders (shaded header and label cells, the body cells beside
 * them unruled: 伊勢崎's 取組達成度 | ◎ | ◎ | ◎ printed with filled labels): a column border the
 * grid draws elsewhere runs down a merged cell where every line of its text leaves a gap of an em
 * or more there, with text on both sides, or where the cell's text starts, at that column's
 * padding, nothing before it.
 */
function missingBorders(tables: Table[], runs: TextRun[]): Rule[] {
  const out: Rule[] = [];
  for (const t of tables) {
    for (const c of t.cells) {
      if (c.colSpan < 2) continue;
      const mid = (r: TextRun) => [(r.x0 + r.x1) / 2, (r.top + r.bottom) / 2] as const;
      const inCell = runs.filter((r) => !r.vertical && mid(r)[0] > c.x0 && mid(r)[0] < c.x1 && mid(r)[1] > c.top && mid(r)[1] < c.bottom);
      if (inCell.length < 2) continue;
      for (let k = c.col + 1; k < c.col + c.colSpan; k++) {
        const x = t.xs[k]!;
        const before = inCell.filter((r) => r.x1 <= x);
        const after = inCell.filter((r) => r.x0 >= x);
        if (after.length === 0 || before.length + after.length < inCell.length) continue;
        const size = Math.max(...inCell.map((r) => r.size));
        const start = Math.min(...after.map((r) => r.x0));
        // (or nothing before it, and the text starts at that column's padding: not centred across)
        const parted = before.length > 0 ? start - Math.max(...before.map((r) => r.x1)) >= size : start - x <= size * 1.5;
        if (parted) out.push({ x0: x, x1: x, y0: c.top, y1: c.bottom });
      }
    }
  }
  return out;
}

/** A drawn table as a block whose gaps are its column borders, so that the rows under it can continue it. */
function drawnBlock(t: Table, beside: TextRun[]): Block {
  const inner = t.xs.slice(1, -1);
  // (text across its rows outside it: shading that marks some cells of a table the page leaves unruled)
  const shades = beside.some((r) => (r.top + r.bottom) / 2 > t.top && (r.top + r.bottom) / 2 < t.bottom && (r.x0 >= t.x1 - 1 || r.x1 <= t.x0 + 1));
  return { rows: [], top: t.top, bottom: t.bottom, x0: t.x0, x1: t.x1, gaps: inner.map((x) => ({ from: x - 0.5, to: x + 0.5, straddle: 2 })), borders: inner, drawn: true, bar: t.ys.length === 2, shades };
}

function toBlock(rows: Row[]): Block {
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
function wrapLead(rows: Row[], lead: number): number {
  const size = bodySize({ runs: rows.flatMap((r) => r.runs) } as Row);
  const gaps = fullWraps(rows).filter((w) => Math.abs(w.size - size) <= size * 0.05).map((w) => w.gap).sort((a, b) => a - b);
  return gaps.length >= 2 ? Math.max(lead, gaps[Math.floor(gaps.length * 0.2)]!) : lead;
}

/**
 * Rows into blocks: a new block where the gap above a row is wider than the leading, or a rule runs
 * between. Lines set larger than the page's text wrap wider apart (桑名's 市長直轄組織（…企業誘致 /
 * 課） in 13.7 pt, its wrap 1.15 em as the 12 pt text's).
 */
function toBlocks(rows: Row[], lead: number, body: number, hRules: Rule[], rulesOnly: boolean): Block[] {
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
    if (cur.length && (ruled || headingAbove(last!, row) || (cur.length === 1 && headerRow(last!)) || ((restAbove || again) && header) || cur.some((r) => crosses(r, row, rows) || crosses(row, r, rows)) || (!rulesOnly && gap > lead * Math.max(1, Math.min(row.size, last!.size) / body) + Math.max(1, row.size * 0.1)))) {
      close();
      ruledAbove = ruled;
    }
    cur.push(row);
    bottom = Math.max(bottom, row.bottom);
  }
  close();
  return blocks;
}

/** The size most of a line's text is set in (a ① from a larger symbol font does not count). */
function bodySize(r: Row): number {
  const by = new Map<number, number>();
  for (const u of r.runs) by.set(u.size, (by.get(u.size) ?? 0) + u.text.length);
  return [...by].sort((a, b) => b[1] - a[1])[0]![0];
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
function headerRow(r: Row, headings = false): boolean {
  const cells = lineCells(r);
  return cells.length >= 3 && cells.every((c) => [...c.text].length <= LABEL_CHARS && (labelRole(c.text) !== null || (headings && isColumnHeading(c.text))));
}

/** A section heading's number: (1), （２）, 1., ２． */
const SECTION_NUMBER = /^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．])/u;

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
 * Whether a line runs its text through a gap between cells of the other line: a heading or a
 * paragraph set close above or under a table (LibreOffice's small paragraph spacing), or a row of
 * merged cells. No line of one table row crosses the row's column gaps.
 */
function crosses(a: Row, b: Row, all: Row[] = []): boolean {
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
    const resized = b.runs[i - 1]!.size > b.runs[i]!.size * 1.2 && to - from >= b.runs[i]!.size * MIN_CHANNEL_EM;
    const hole = to - from >= b.size * 1.2 || resized || (to - from >= b.size * MIN_CHANNEL_EM && isLarger() && all.some((o) => o !== b && roomBefore(o, to) > 0));
    if (!hole || piece(b, from, -1) < b.size * 1.2 || piece(b, to, 1) < b.size * 1.2) continue;
    // (the other line's text goes on past the hole's far edge: one that ends where this line's next
    // cell starts runs through no gap of it — Writer's unpadded cells, 刈谷's `し、市民負担の 少ない…提`
    // up to 市民課's 310.0 pt under `…窓口を設置` ended a character short, Noto Sans 10 pt)
    if (covers(a, from, to + OVERRUN, all) && !touchesAt(a, to, [from - piece(b, from, -1), from], all) && !itemAgainst(a, from, to, from - piece(b, from, -1), all)) return true;
  }
  // (a row of headings, four cells or more a word gap apart, each short, three of them years or
  // labels the vocabulary knows, two of its gaps under the other line's text: a row of headings under
  // a paragraph, however close its cells — 伊勢崎's 具体的な取組 | 令和2年度 | 令和3年度 … 10.3 pt apart
  // under 5年後までの目標's text, Writer's Noto lines one pitch apart across the rows)
  const cells = headingCells(b);
  return !!cells && cells.slice(1).filter((p, i) => covers(a, cells[i]!.x1, p.x0, all) && !touchesAt(a, p.x0, [cells[i]!.x0, cells[i]!.x1], all)).length >= 2;
}

/** The index of a line's run that starts at x after a word gap's room or more, or -1. */
function roomBefore(o: Row, x: number): number {
  return o.runs.findIndex((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && u.x0 - o.runs[k - 1]!.x1 >= o.size * MIN_CHANNEL_EM);
}

/** Whether two lines stand one right under the other, no more than a line's height apart. */
const nextLines = (a: Row, b: Row) => a !== b && Math.max(a.top - b.bottom, b.top - a.bottom) <= Math.min(a.size, b.size);
/**
 * Whether two lines stand one right under the other, or no further apart than a quarter more than the
 * room `rows` leave between a line and the next: Writer sets Noto's lines 2.2 em apart (伊勢崎's
 * 針 (取組達成度が△、×の場|編成につなげるかが課題と, the label run up to the next column's text, 10.3 pt
 * over a line leaving room there; Noto Serif 11 pt landscape by LibreOffice without rules).
 */
const ledLines = (a: Row, b: Row, rows: Row[]) => nextLines(a, b) || (a !== b && Math.max(a.top - b.bottom, b.top - a.bottom) <= lineRoom(rows) * 1.25);

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
 * Whether a line's run k is an item's number set larger than the text right before it (no room
 * between), its own text less than a word gap after it: the number opens its cell, however few lines
 * show it (刈谷's …多角的な①国庫補助…, a 12 pt ① 0.1 pt after 9.8 pt text, the table's one row on its
 * page; IPAex Mincho 12 pt landscape, the table's text 9.8 pt, by LibreOffice with horizontal rules).
 */
function largerNumber(r: Row, k: number): boolean {
  const [v, u, w] = [r.runs[k - 1], r.runs[k], r.runs[k + 1]];
  return !!v && !!u && !!w && ITEM_NUMBER.test(u.text.trim()) && u.size > v.size * 1.1 && u.x0 - v.x1 <= SEAM && w.x0 - u.x1 < wordGap(u, w);
}

/**
 * Whether a line's run k is an item's number set larger than the text against it (largerNumber), in
 * a block of lines the others of which leave its x open, or where another line numbers its items.
 */
function numberOpens(r: Row, k: number, all: Row[]): boolean {
  return largerNumber(r, k) && (all.length >= 2 || numberAgainst(r, k, all));
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

/**
 * Whether a line's k-th run is an item's number set right against the text before it, where another
 * line numbers its items at that x (its first text, or after room): the next cell's first item, its
 * cell unpadded (Writer).
 */
function numberAgainst(r: Row, k: number, all: Row[]): boolean {
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

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;
const shared = (a: { from: number; to: number }, b: { from: number; to: number }) => Math.min(a.to, b.to) - Math.max(a.from, b.from);

/** A table's column: the x-interval every block that shows it leaves open, and what shows it. */
interface Column extends Gap {
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
  const past = (i: number) => (i + 2 === edges.length && columns.length > 0 && b.x0 >= columns.at(-1)!.to - 1 ? b.rows[0]!.size : 1);
  for (let i = 0; i + 1 < edges.length; i++) if (b.x0 >= edges[i]! - 1 && b.x1 <= edges[i + 1]! + past(i)) return { k: i, from: edges[i]!, to: edges[i + 1]! };
  return null;
}

/** Whether each line of a block parts (a word gap or more) only in the columns' gaps, at least once, no piece across a gap's middle. */
function inColumns(b: Block, columns: Column[], x1?: number): boolean {
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
    return holes.length > 0 && holes.every((h) => columns.some((c) => overlaps(c, h))) && parts.every((p, i) => merged(p, i) || !columns.some((c) => crosses(p, c)));
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

interface Found {
  blocks: Block[];
  columns: Column[];
  /** Seams a space wide that no column took, by where they stand: a border where three blocks or more show one. */
  seams: Column[];
}

/**
 * Blocks that make a table without rules: consecutive ones whose gaps line up with the table's
 * columns so far (a centred header leaves a wider gap than the rows under it: the gaps overlap).
 * A block with no gap that stands inside one column is that cell going on after a paragraph
 * break: it joins the row above. Two rows at least.
 */
function alignedRuns(blocks: Block[], ruledRows: boolean, shownHeader: (r: Row) => boolean = () => false, shutAt: readonly number[] = []): Found[] {
  const out: Found[] = [];
  let cur: Block[] = [];
  let columns: Column[] = [];
  let seams: Column[] = [];
  const flush = () => {
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
      const body = prev?.drawn && !b.drawn && !folio && b.gaps.some(under) && b.top - prev.bottom < b.rows[0]!.size * 2.5 && b.gaps.every((g) => under(g) || inText(g) || (g.from <= prev.x0 + 1 && g.to >= prev.x0 - 1));
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
      if (prev && close && !col && inColumns(b, columns, b.rows.length === 1 ? Math.max(...cur.map((k) => k.x1)) : undefined)) {
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
      if (prev && close && cur.length === 1 && prev.rows.length === 1 && headerRow(prev.rows[0]!) && b.x0 >= prev.x0 - 2 && b.x1 <= prev.x1 + 2) {
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
        const placed = alone.map((a) => columnOf(a, columns, x0, x1)?.k ?? (spansToEdge(a, columns, x1) ? -1 : null));
        if (placed.every((k) => k !== null) && new Set(placed).size >= 2) {
          queue.splice(q + 1, 0, ...alone);
          continue;
        }
      }
      // between drawn row rules, a row across the columns in the table's own size is a merged row;
      // a larger one is the heading of the next table
      if (prev && ruledRows && b.rows.every((r) => r.size <= prev.rows[0]!.size * 1.1)) {
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
/** The text of a block's first column, left of its first border, down all its lines. */
const labelCell = (b: Block, border: number) => b.rows.map((r) => r.runs.filter((u) => u.x1 <= border + OVERRUN).map((u) => u.text).join('')).join('');

function joinBlocks(a: Block, b: Block): Block {
  return { ...a, rows: [...a.rows, ...b.rows], bottom: Math.max(a.bottom, b.bottom), x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1) };
}

/** A table's header row as its cells (text and x), with the table's borders, where each column's cells start, and how many rows it has. */
interface HeadColumns {
  cells: { text: string; x0: number; x1: number }[];
  xs: number[];
  starts: (FlushColumn | null)[];
  rows: number;
}

/**
 * Whether a block is the cells of the block above going on, each wrapped from a line that ran to its
 * column's edge mid-sentence: nothing in the label column, every cell it fills starting where the
 * line above it in that column started, no item opening, and no more room above it than a line's
 * height. Writer sets a cell's lines in Noto wider apart than the page's leading, each line a block
 * (伊勢崎's 取組内容 …管路・施設台帳を一 / 元管理するシステムを…, 9.3 pt lines 20 pt apart under a
 * body set 19 pt apart in 11.5 pt, Noto Serif in an outer frame).
 */
function wrapsOn(prev: Block, b: Block, xs: number[]): boolean {
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
    if (!q || width < first.size * 4 || (labelRole(q.text) !== null && !note) || eraYearOf(q.text) !== null || (width < first.size * 6 && /[0-9０-９][^\s0-9０-９]{0,2}$/u.test(q.text.trim()))) return false;
    // (a 中黒 the wrap carried to the line's start, the line above run to the edge, is no item: 伊勢崎's
    // 取組工程 計画・実施 / ・検討 in year columns five ems wide, IPAex Gothic 12 pt by LibreOffice in an
    // outer frame, its lines further apart than the page's prose — each line a block of its own)
    const carried = noRoomForMidDot(q.x1, edge(q.x1), first.size, q.text) && midDotWrapped(q.text, c.text, false) !== null;
    return [...q.text].length >= 4 && q.x1 >= edge(q.x1) - first.size * 2 && !ENDS_SENTENCE.test(q.text) && (!STARTS_ITEM.test(c.text) || carried);
  });
}

/** A line's cells: its pieces a word gap apart, with their text. */
export function lineCells(r: Row, parts: { x0: number; x1: number }[] = pieces(r, r.size * MIN_CHANNEL_EM)): { x0: number; x1: number; text: string }[] {
  return parts.map((p) => ({ ...p, text: r.runs.filter((u) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01).map((u) => u.text).join('').trim() }));
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
function centredHeadings(blocks: Block[], xs: number[]): number[] {
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
    const hole = body.flatMap((r) => r.runs.flatMap((u, j) => (j > 0 && Math.abs(u.x0 - m) <= 0.3 && u.x0 - r.runs[j - 1]!.x1 > SEAM ? [(u.x0 + r.runs[j - 1]!.x1) / 2] : [])))[0];
    if (hole === undefined || body.some((r) => r.runs.some((u) => u.x0 < hole - 0.05 && u.x1 > hole + 0.05))) continue;
    out[i] = hole;
  }
  return out.sort((a, b) => a - b);
}

/**
 * A border between a heading's column and a column no heading stands over, where the heading is
 * centred over both together and well off the middle of its own: the text's gap inside one cell
 * (刈谷's 課等 centred over 270.7–393.2 pt, a border read at 317.8 from 下水道課 雨水対策課 on one line,
 * the other lines' 水道課 and 下水道課 short of it; IPAex Gothic 13 pt, 25 mm, LibreOffice without rules:
 * 下水道課 had gone into a column of no heading and was lost). Not a column the heading is centred
 * over alone, whatever stands beside it (a label column under no heading beside 令和2年度 …).
 */
function headlessColumns(blocks: Block[], xs: number[]): number[] {
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
function borrowedBorders(heads: HeadColumns[], blocks: Block[], xs: number[]): number[] {
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

/** Whether a run of these rows stands across x, by more than `slack` on each side. */
function runAcross(rows: readonly Row[], x: number, slack: number): boolean {
  return rows.some((r) => r.runs.some((u) => u.x0 < x - slack && u.x1 > x + slack));
}

/** The inner borders a table would be given alone, the page's other tables aside. */
function innerBorders(found: Found, region: Region | null, heads: HeadColumns[], lead: number): { x0: number; x1: number; xs: number[] } {
  const scratch: InferredTables = { rules: [] };
  emit(found, region, scratch, heads, lead);
  const xs = scratch.rules.filter((r) => r.x0 === r.x1).map((r) => r.x0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  return { x0, x1, xs: [...new Set(xs.filter((x) => x > x0 + 1 && x < x1 - 1))] };
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
function siblingBorders(siblings: number[], xs: number[], rows: Row[], x0: number): number[] {
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
 * The borders of one table the text shows, added to `out`. Returns the blocks it took: the found
 * ones, or fewer where a table going on from the page before stops at a line across its grid.
 */
function emit(found: Found, region: Region | null, out: InferredTables, heads: HeadColumns[] = [], lead = 0, prior: number[] = [], alike: number[] = [], siblings: number[] = [], grid: BrokenGrid | null = null, repeated = false, first = false): Block[] {
  const carried = grid?.xs ?? [];
  // under a drawn header only the body is new: it starts at the header's bottom border
  const head = found.blocks[0]?.drawn ? found.blocks[0] : null;
  let blocks = head ? found.blocks.slice(1) : found.blocks;
  if (blocks.length === 0) return found.blocks;
  // a column one block alone shows must be seen down several of its lines
  // (a step in height one line shows, where another row's cell starts at that x with room before
  // it: 刈谷's 水資源部 table by LibreOffice, its one ① row run up to 下水道課)
  const tableRows = blocks.flatMap((b) => b.rows);
  const startsThere = (c: Column) => isStep(c) && startsAfterRoom(tableRows, (c.from + c.to) / 2);
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
  const snapped = (x: number) => standing.find((p) => Math.abs(p - x) <= (head ? 6 : 12) && clear(p, x)) ?? x;
  const fromText = headlessColumns(blocks, centredHeadings(blocks, yearBorders(blocks, borrowedBorders(heads, blocks, withoutTwins(shown.flatMap((c) => borders(c, blocks).map(snapped)).sort((a, b) => a - b), blocks)))));
  // A drawn header whose first cell Writer left unshaded, the labels' column left of it: the header's
  // side is that column's border, wherever the rows under it do not run across it (伊勢崎's 財政効果額(歳入)
  // | — and 取組状況 | 令和2年度で指定期間が… 6.7 pt apart under 令和2年度's fill from 111.4 pt, Noto Sans
  // 10 pt by LibreOffice with shaded headers)
  const besideHead = !!head && tableRows.some((r) => r.x0 < head.x0 - r.size * 2) && !fromText.some((x) => Math.abs(x - head.x0) <= 6);
  const own = besideHead ? [head!.x0, ...fromText].sort((a, b) => a - b) : fromText;
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
  const across = (x: number) => blocks[0]!.rows.some((r) => pieces(r, SEAM).some((p) => p.x0 < x - 0.5 && p.x1 > x + 0.5));
  // (or as many as the page before's, under its header repeated word for word where it stood: 刈谷's
  // 組織目標 取組内容 課等 目標達成基準 over す。 | 管を整備し、…, the label column empty but for す。, its
  // border read at 240.7 pt from the text against 280 pt on the page before; Noto Sans CJK 11 pt
  // landscape by LibreOffice without rules. Not a grid of more borders: 刈谷's frames of other
  // widths, whose grid carried a sliver column, BIZ UDPMincho 11 pt by LibreOffice)
  const among = framed.every((x) => carried.some((c) => clear(c, x)));
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
  const goesOn = (framed.length > 0 || !!region || repeated || gapOnGrid) && (among || (repeated && !carried.some(acrossAny))) && (framed.length * 2 <= carried.length || (repeated && framed.length === carried.length) || (gapsOnGrid && framed.length < carried.length)) && !carried.some(across);
  // (it goes on down to a line written across all those columns: the note under a sub-table of
  // targets, a row of its own — see inferBorders)
  if (goesOn) {
    const k = blocks.findIndex((b) => b.rows.some((l) => carried.every((x) => pieces(l, SEAM).some((p) => p.x0 < x - 1 && p.x1 > x + l.size * 2))));
    if (k > 0) blocks = blocks.slice(0, k);
  }
  const kept = head ? [head, ...blocks] : blocks;
  if (goesOn) out.carried = [...(out.carried ?? []), ...carried];
  const xs = goesOn ? [...carried] : siblings.length > 0 ? siblingBorders(siblings, framed, tableRows, Math.min(region?.x0 ?? Infinity, ...tableRows.map((r) => r.x0))) : framed;
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
  const labelled = blocks.length > 1 && blocks[0]!.rows.length === 1 && headerRow(blocks[0]!.rows[0]!, true) && (!!region || blocks.slice(1).some((b) => b.rows.some((r) => columnsOf(r) >= 2)));
  // (nor in the grid of a table the page before broke: its columns place the cells)
  // (not inside a frame drawn round them: left as lines there, they would be one cell, their gaps lost
  // — 伊勢崎's sheet No. | ① | 取組項目 | 情報セキュリティの適正管理 over 取組工程 | ・… | 見直し … each cell one
  // line, Writer's rows set wide apart; Noto Serif 9.5 pt landscape by LibreOffice in an outer frame)
  const framedLines = !!region && !region.stack && !region.open && shown.filter((c) => c.blocks >= 2).length >= 2;
  if (!head && !goesOn && !labelled && !framedLines && !blocks.some((b) => wraps(b, lead) || stacks(b, lead)) && !wrapsAcross()) return found.blocks;
  if (xs.length === 0) return found.blocks;
  dropHeadless(blocks, xs, head);
  // (a header repeated from the page before has its grid: its columns are all there)
  const emptyUnder = repeated ? null : headingOverEmpty(blocks, xs);
  if (emptyUnder !== null) xs.push(emptyUnder), xs.sort((a, b) => a - b);
  if (blocks.length === 1 && !head) {
    // (in the grid of the table the page before broke, a block no row starts in is one row: 伊勢崎's
    // ・基幹系情報システム標準化 | 仕様策定・仕 | 移行準備・検 under the 検討 that ends the broken row, in
    // year columns; Chromium in an outer frame)
    const one = blocks[0]!;
    blocks = rowsByLabel(one, xs, wrapLead(tableRows, lead), tableRows);
    if (blocks.length === 0 && goesOn) blocks = [one];
    if (blocks.length === 0) return found.blocks;
  } else {
    // a block that stacks three labelled rows or more without room between them (伊勢崎's No. /
    // 担当部課 / 取組内容 / 5年後までの目標, printed landscape in 9 pt) is parted by its label column too
    blocks = blocks.flatMap((b, k) => {
      if (b.drawn) return [b];
      const rows = rowsByLabel(b, xs, wrapLead(tableRows, lead), tableRows);
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
      const lastCells = rows.length === 2 && rows[1]!.rows.length === 1 ? lineCells(rows[1]!.rows[0]!) : [];
      const lastLabel = (lastCells.length === 1 && known(rows[1]!)) || (lastCells.length === 2 && labelRole(lastCells[0]!.text.trim()) !== null);
      const parted = rows.length >= 3 || (rows.length === 2 && (seamed(rows) || !!rows[1]!.beside || !!rows[1]!.known || rows.every(known) || lastLabel));
      if (!rows[0] || !parted) return [b];
      if (rows[0].top <= b.top + 0.5) return rows;
      // lines over the table's first row that stand in none of its cells' starts (a date set close
      // above the first 部局名 row: 桑名's （R6.4.16部長会議資料）, Noto Sans landscape 9 pt by
      // LibreOffice) are the page's, not the table's
      return k === 0 ? rows : [b];
    });
  }
  blocks = blocks.flatMap((b) => (b.drawn ? [b] : rowsAtItems(b, xs, lead)));
  blocks = blocks.reduce<Block[]>((out, b) => {
    const prev = out.at(-1);
    if (prev && wrapsOn(prev, b, xs)) out[out.length - 1] = joinBlocks(prev, b);
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
  const top = head ? head.bottom : Math.min(region?.top ?? Infinity, blocks[0]!.top - 2);
  const bottom = Math.max(region?.bottom ?? -Infinity, blocks.at(-1)!.bottom + 2);
  const ys = blocks.slice(1).map((b, i) => (blocks[i]!.bottom + b.top) / 2);
  const edges = [top, ...ys, bottom];
  out.rules.push({ x0, x1, y0: top, y1: top }, { x0, x1, y0: bottom, y1: bottom }, { x0, x1: x0, y0: top, y1: bottom }, { x0: x1, x1, y0: top, y1: bottom });
  const cols = [x0, ...xs, x1];
  const runOn: Set<number>[] = [];
  cols.slice(1).forEach((_, k) => runOn.push(runsOnAcross(blocks, cols, k, runOn, lead)));
  ys.forEach((y, i) => {
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
      const touches = (r: Row) => (stepped ? !r.runs.some((u) => u.x0 < x - 0.3 && u.x1 > x + 0.3) && r.runs.some((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && Math.abs(r.runs[k - 1]!.x1 - x) <= 0.3) && !mergedAcross(r, x) : seamAtStart(r));
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
        if (b.rows.length > 1) return !PARTICLE_START.test(after) || b.rows.some((o) => o.top < r.top - 0.5 && o.runs.some((v) => v.x1 > u.x0 + 0.5 && v.x0 < u.x1));
        return !PARTICLE_START.test(after) && !(j > 0 && !STARTS_ITEM.test(after) && OPEN_PHRASE_END.test(r.runs.filter((v) => v.x1 <= u.x0 + 0.01).map((v) => v.text).join('').trim()));
      };
      const ownColumns = (r: Row, at: number) => {
        const p = pieces(r, SEAM).find((q) => q.x0 < at && q.x1 > at);
        return !!p && partedOnBorders(r, p, xs.filter((o) => o !== x), allRows, opens);
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
      const seamAtStart = (r: Row) =>
        r.runs.some((u, k) => k > 0 && !NO_LINE_START.test(u.text) && opens(r, u) && Math.abs(u.x0 - x) <= r.size && Math.abs(r.runs[k - 1]!.x1 - u.x0) <= SEAM && !bracketed(r, k) && !r.runs.some((v) => v.x0 < u.x0 - 0.3 && v.x1 > u.x0 + 0.3) && partsAt(r, u.x0) && !mergedAcross(r, u.x0) && ((cellStartsAt(u.x0) && (wrapEdge(allRows, u.x0, r) || LEADING_NUMBER.test(u.text.trim()) || ownColumns(r, u.x0)) && partedBefore(r, u.x0)) || numberAgainst(r, k, allRows) || largerNumber(r, k) || resized(r, k)));
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
      const atBorder = (r: Row, p: { x0: number; x1: number; size: number }, i: number, all: { x0: number; x1: number }[]) =>
        p.x0 >= x - SEAM && (p.x1 - p.x0 >= p.size * 2 || r.runs.some((u) => Math.abs(u.x0 - p.x0) <= 0.01 && ITEM_START.test(u.text))) && (i === 0 || (p.x0 - all[i - 1]!.x1 >= p.size * SPACE_EM && all[i - 1]!.x0 >= (xs[j - 1] ?? -Infinity) - OVERRUN));
      // (a line set against the cells of a flush column is one of that column's neighbour only where the
      // text before it parts at the borders it crosses: a merged cell's line runs on over them —
      // 伊勢崎's title 審議会等における女性登用の|促進 over the year columns, 促 at 358.4 pt where 令和5年度's
      // cells start, 議会等における one run across 令和3年度's border; Noto Serif CJK 12.5 pt by LibreOffice)
      // (a piece that starts at x, to a float's noise, starts the next column: 伊勢崎's — of 令和5年度 at
      // 433.4 pt, the border found 433.40000000000003 from the header's text, Writer's unpadded year
      // cells; Noto Serif CJK 12.5 pt, 14 mm, without rules — the border had been shut down the rows)
      const crosses = (r: Row) => !touches(r) && spacedPieces(r, allRows, glyphs).some((p, i, all) => p.x0 < x - 1e-6 && !atBorder(r, p, i, all) && p.x1 > x && !startsAt(p, i, all) && !(p.x1 <= x + OVERRUN && p.x0 < x - SEAM && (all[i + 1]?.x0 ?? Infinity) - p.x1 >= r.size * MIN_CHANNEL_EM) && !ownCell(p, all[i + 1], r.size) && !upToFlush(p, all[i + 1], r.size)) && !(flush && flushAgainst(allRows, r, flush) && partedBefore(r, flush.at));
      const open = !b.rows.some(crosses);
      if (open) out.rules.push({ x0: x, x1: x, y0: edges[i]!, y1: edges[i + 1]! });
    });
  });
  return kept;
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
function headerGrids(blocks: Block[], xs: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // (the row under it: no farther below than two ems, or than rows of this table stand apart —
  // Writer's padded rows in Noto Serif landscape stand 2.1 ems apart on 木更津's sheets)
  const apart = blocks.slice(1).map((b, i) => b.top - blocks[i]!.bottom).sort((a, b) => a - b);
  const usual = apart.length > 0 ? apart[Math.floor(apart.length / 2)]! * 1.25 : 0;
  blocks.forEach((p, i) => {
    const b = blocks[i + 1];
    if (!b || p.drawn || b.drawn || p.rows.length !== 1 || out.has(i)) return;
    const r = p.rows[0]!;
    const em = r.size;
    if (b.top - p.bottom > Math.max(em * 2, usual)) return;
    const cells = lineCells(r);
    // (every cell a label: a row of label | value pairs, 伊勢崎's No. | ④ | 取組項目 | 情報システムの
    // 最適化, is no header)
    if (cells.length < 2 || cells.some((c) => [...c.text].length > LABEL_CHARS || labelRole(c.text) === null)) return;
    const grid: number[] = [];
    const open = (x: number) => !runAcross(b.rows, x, 0.1);
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
function yearBorders(blocks: Block[], xs: number[]): number[] {
  const rows = blocks.flatMap((b) => b.rows);
  const yearRun = (cells: { text: string }[]) => {
    const years = cells.map((c) => eraYearOf(c.text));
    const first = years.findIndex((y) => y !== null);
    return first < 0 || cells.length - first < 3 || years.some((y, i) => i > first && y !== years[i - 1]! + 1) ? -1 : first;
  };
  for (const r of rows) {
    // (years Writer set in columns each as wide as its year, a quarter em apart or less: 伊勢崎's
    // 令和2年度 令和3年度 … over 施策の実施 施策の実施 …, Noto Sans by LibreOffice; the holes between
    // two kana or kanji, on its line and the body's, are the measure: Writer leaves holes as wide
    // beside digits, 令和 2 年度)
    let parts = (o: Row) => pieces(o, o.size * MIN_CHANNEL_EM);
    let cells = lineCells(r);
    let first = yearRun(cells);
    if (first < 0) {
      parts = kanjiSeamPieces;
      cells = lineCells(r, kanjiSeamPieces(r));
      first = yearRun(cells);
    }
    if (first < 0) continue;
    const yearCells = cells.slice(first);
    const mids = yearCells.map((c) => (c.x0 + c.x1) / 2);
    const steps = mids.slice(1).map((m, i) => m - mids[i]!);
    const step = steps.reduce((a, v) => a + v, 0) / steps.length;
    const even = steps.every((v) => Math.abs(v - step) <= r.size * 0.3);
    // (a border the text shows within an em of one stays: the text gap is the finer measure, and
    // Writer's unpadded cells start their text right at it)
    const snap = (x: number) => xs.find((y) => Math.abs(y - x) <= r.size) ?? x;
    // (the rows under the years: a sheet's text above them runs across the year columns)
    const body = rows.filter((o) => o.top > r.top);
    // (none under them: the page broke the table under its year row, its body set on the next
    // page in its own widths; 伊勢崎 by LibreOffice, Noto Serif 11.5 pt)
    const inner = body.length > 0 ? bordersBetween(yearCells, xs, body.map(parts)) : null;
    if (!inner) continue;
    // the first year's own left border: half a step before it where the years stand evenly, else as
    // far before its centre as its right border stands after it (Writer sizes each column by its
    // content: a column the body leaves empty, the plan's first year reported from the second, parts
    // from the label column only so)
    const borders = [snap(even ? mids[0]! - step / 2 : yearCells[0]!.x0 + yearCells[0]!.x1 - inner[0]!), ...inner.map(snap)];
    // (estimated a hair past where lines under it start their cells, two lines or more, the border
    // stands before them: Writer's cells without rules set their text right at it — 伊勢崎's 検証 /
    // 検証 / 再選定3施設 from 408.0 pt under 令和2年度, whose even years put the border at 408.05; Noto
    // Sans 11 pt on A3 landscape, 3 pt padding, by LibreOffice without rules — each plan had started in
    // the empty column left of its year, and the year's plan was lost)
    const hair = body.flatMap((o) => parts(o).filter((p, i) => i > 0 && p.x0 < borders[0]! && p.x0 >= borders[0]! - 1).map((p) => p.x0));
    if (hair.length >= 2) borders[0] = Math.min(...hair) - SEAM;
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
    const out = [...xs.filter((x) => x < borders[0]! - r.size), ...borders, ...xs.filter((x) => x > end - r.size)];
    if (xs.some((x) => !out.includes(x) && partsAbove(x))) return xs;
    return out;
  }
  return xs;
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
function bordersBetween(cells: { x0: number; x1: number }[], xs: number[], body: { x0: number; x1: number }[][]): number[] | null {
  const parts = body.flat();
  const inner: number[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i]!.x1;
    const b = cells[i + 1]!.x0;
    const lo = Math.max(a, ...parts.filter((p) => p.x0 <= a && p.x1 > a && p.x1 < b).map((p) => p.x1));
    const hi = Math.min(b, ...parts.filter((p) => p.x0 > a && p.x0 < b).map((p) => p.x0));
    if (lo >= hi) return null;
    inner.push(xs.find((x) => x >= lo && x <= hi) ?? (lo + hi) / 2);
  }
  return inner;
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
function flushColumn(rows: Row[], x: number, next: number): FlushColumn | null {
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
function flushAgainst(rows: Row[], r: Row, col: FlushColumn): boolean {
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
function withoutTwins(xs: number[], blocks: Block[]): number[] {
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
function dropHeadless(blocks: Block[], xs: number[], drawn: Block | null = null): void {
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
function headingOverEmpty(blocks: Block[], xs: number[]): number | null {
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
  return (reach + first.x0) / 2;
}

/**
 * Where a column's border runs: the middle of its gap, unless text of some row crosses it there
 * and a narrower hole lies in the gap that the rows leave open: LibreOffice sets a cell's text 0.8 pt
 * from the next one's (木更津's 公共施設のマネジメ | 資産管理部財産活用課, under 推進項目名称 | 担当課).
 * Two borders where a cell of its own stands in the gap (cellInGap).
 */
function borders(c: Gap, blocks: Block[]): number[] {
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
  const holesOf = (r: Row) => {
    const holes: { at: [number, number]; latin: boolean; drawn?: boolean }[] = [];
    let at = c.from;
    let before = '';
    for (const u of r.runs.filter((x) => x.x1 > c.from && x.x0 < c.to).sort((a, b) => a.x0 - b.x0)) {
      const v = r.runs[r.runs.indexOf(u) - 1];
      if (u.x0 - at > SEAM) holes.push({ at: [at, u.x0], latin: typedSpace(before, u.text), drawn: !!v && u.typedSpaceBefore === true && u.x0 - v.x1 < wordGap(v, u) && v.x1 < c.from + SEAM });
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
    const space = ({ at: [a, b], latin, drawn }: { at: [number, number]; latin: boolean; drawn?: boolean }) => (drawn || (latin && a > c.from + SEAM && b < c.to - SEAM && b - a < r.size * MIN_CHANNEL_EM)) && !resumes(b, r);
    if (holes.length === 0 || holes.every(space)) continue;
    const spans = holes.map((h) => h.at);
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

/** Whether a text opens a bracket it does not close: a label wrapped inside its brackets. */
const unclosed = (t: string) => (t.match(/[（(]/gu)?.length ?? 0) > (t.match(/[）)]/gu)?.length ?? 0);

/** The number a list item starts with (① 1, (2) 2, 3. 3), or null. */
function itemNumber(text: string): number | null {
  const t = text.trimStart();
  const c = t.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x245f;
  const m = /^[（(]?\s*([0-9０-９]{1,2})\s*[）).．、]/.exec(t);
  return m ? Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
}

interface Piece {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  text: string;
  /** The size its text starts in. */
  size: number;
}

/**
 * The rows of a table that leaves no room between them, so that it is one block: LibreOffice sets
 * unpadded cells (the seeds printed without rules) one line pitch apart, and Word's tables have no
 * padding above and below by default. A row starts on a line where the first column starts a cell:
 * after lines where that column is empty; or after its text ended short of the column's edge,
 * unless another cell on the line is going on, wrapped from the line above or the next item of
 * a list (桑名's label 目標達成のための / 手段及び / 方策 stands beside ② and ③ of one cell).
 * Lines above the first such line that do not start at a column's edge (a title, a date) are
 * not the table's.
 */
/** Longer than this (characters), a cell is text, not a row's label. */
const LABEL_CHARS = 10;
/**
 * A block parted where a line opens an item (①…) in one column, that column blank for a line or
 * more above it, and a cell of another column starts on the same line: the next row, however close
 * the other columns' lines stand (刈谷's `す。` at a page's head, the rest of ① the page broke, and
 * `②物価高騰対策…` | `財務課` | `補正予算…` under it, the 目標達成基準 lines of both rows at one pitch;
 * Noto Serif 10.5 pt landscape by LibreOffice without rules).
 */
function rowsAtItems(b: Block, xs: number[], lead: number): Block[] {
  const columnOf = (u: TextRun) => xs.filter((x) => x < (u.x0 + u.x1) / 2).length;
  // (each line's first run in each column: where its cell's text starts on that line)
  const heads = (r: Row) => {
    const out = new Map<number, TextRun>();
    for (const u of r.runs) if (!out.has(columnOf(u))) out.set(columnOf(u), u);
    return out;
  };
  const cuts: number[] = [];
  for (let i = 1; i < b.rows.length; i++) {
    const r = b.rows[i]!;
    const starts = heads(r);
    if (starts.size < 2) continue;
    const item = [...starts].find(([, u]) => /^[①-⑳]/u.test(u.text.trim()));
    if (!item) continue;
    const [k] = item;
    const above = b.rows.slice(cuts.at(-1) ?? 0, i).filter((o) => o.runs.some((u) => columnOf(u) === k));
    const last = above.at(-1);
    if (!last || r.top - last.bottom < Math.max(lead, r.size) * 1.5) continue;
    cuts.push(i);
  }
  if (cuts.length === 0) return [b];
  return [0, ...cuts].map((from, j) => toBlock(b.rows.slice(from, cuts[j] ?? b.rows.length)));
}

/** A line cut after a particle: a phrase that goes on (OPEN_PHRASE_END and the case particles). */
const PARTICLE_END = new RegExp(`${OPEN_PHRASE_END.source}|[にをがとでへや]$`, 'u');

function rowsByLabel(b: Block, xs: number[], lead = 0, tableRows: Row[] = b.rows): Block[] {
  const lines = b.rows;
  const n = xs.length + 1;
  // a cell whose line runs on past its border without a gap: part of text across the columns
  const cut = new Set<Piece>();
  const cells = lines.map((r) => {
    const out: (Piece | null)[] = Array.from({ length: n }, () => null);
    // text across two borders or more is a merged cell's, in the column where it starts: runs that
    // touch make one text (LibreOffice draws a line of a paragraph as one run, Chromium as several:
    // 現状と課題's text under 指標①'s 名称 | 年度 | 目標値 | 結果)
    const merged = pieces(r, SEAM).filter((p) => xs.filter((x) => p.x0 < x && p.x1 > x).length >= 2 && !partedOnBorders(r, p, xs, tableRows));
    for (const u of r.runs) {
      const whole = merged.find((p) => u.x0 >= p.x0 - 0.01 && u.x1 <= p.x1 + 0.01);
      const k = xs.filter((x) => (whole ? whole.x0 + 0.1 : (u.x0 + u.x1) / 2) > x).length;
      const c = out[k];
      if (c) {
        c.x1 = Math.max(c.x1, u.x1);
        c.top = Math.min(c.top, u.top);
        c.bottom = Math.max(c.bottom, u.bottom);
        c.text += u.text;
      } else out[k] = { x0: u.x0, x1: u.x1, top: u.top, bottom: u.bottom, text: u.text, size: u.size };
    }
    for (const c of out) if (c && r.runs.some((u) => u.x0 >= c.x1 - 0.1 && u.x0 - c.x1 < r.size * MIN_CHANNEL_EM)) cut.add(c);
    return out;
  });
  // (a piece's text with what its line sets against it, up to the first word gap)
  const throughSeams = (c: Piece) => {
    const r = lines[cells.findIndex((o) => o.includes(c))];
    if (!r) return c.text;
    let text = '';
    let end = -Infinity;
    for (const u of r.runs) {
      if (u.x0 < c.x0 - 0.1) continue;
      if (text && u.x0 - end >= r.size * MIN_CHANNEL_EM) break;
      text += u.text;
      end = Math.max(end, u.x1);
    }
    return text || c.text;
  };
  const right = Array.from({ length: n }, (_, k) => Math.max(...cells.map((c) => c[k]?.x1 ?? -Infinity)));
  const left = Array.from({ length: n }, (_, k) => Math.min(...cells.map((c) => c[k]?.x0 ?? Infinity)));
  const columnLines = Array.from({ length: n }, (_, k) => cells.filter((c) => c[k]).length);
  // (where a column's text wraps: the end most of its lines reach, three at least; a figure in
  // half-width digits that does not break runs past it, 伊勢崎's `14,354件 交付` in a year cell in 12 pt)
  const wrapAt = Array.from({ length: n }, (_, k) => {
    const ends = cells.flatMap((c, i) => (c[k] ? [{ x1: c[k]!.x1, size: lines[i]!.size }] : []));
    const count = (x: number) => ends.filter((e) => Math.abs(e.x1 - x) <= e.size * 0.5).length;
    const best = ends.reduce<{ x: number; n: number } | null>((b, e) => { const m = count(e.x1); return !b || m > b.n || (m === b.n && e.x1 > b.x) ? { x: e.x1, n: m } : b; }, null);
    return best && best.n >= 3 ? best.x : right[k]!;
  });
  const wrapFound = Array.from({ length: n }, (_, k) => wrapAt[k] !== right[k] || cells.filter((c) => c[k] && Math.abs(c[k]!.x1 - right[k]!) <= lines[0]!.size * 0.5).length >= 3);
  const edgeLines = Array.from({ length: n }, (_, k) => cells.filter((c, i) => c[k] && c[k]!.x1 >= wrapAt[k]! - lines[i]!.size * 0.5).length);
  // (a cell set a fifth larger than the table's text or more wraps in its own size: 部長目標's 13.9 pt
  // 市民環境 / 部 24 pt apart where 11 pt cells wrap 19 apart, Noto Serif on A3 by LibreOffice. In the
  // cell's size, not its line's: 伊勢崎's 財政効果額(歳入) over (歳出), 8.1 pt labels each a row beside a —
  // drawn 10 pt from a fallback face, and ※継続した… / 況を表示, Noto Serif at 1.8 line spacing by LibreOffice
  // in an outer frame)
  const body = bodySize({ runs: lines.flatMap((r) => r.runs) } as Row);
  // (the size most of a cell's text is set in: a ※ or — drawn from a larger fallback face does not count)
  const ownSizes = new Map<number, number>();
  const ownSize = (i: number, k: number) => {
    let v = ownSizes.get(i * n + k);
    if (v === undefined) {
      const c = cells[i]![k];
      // (of words: a grade ○ drawn 11 pt from a fallback face among 8.9 pt text is no larger cell, 伊勢崎's
      // 取組達成度 | ○ | ○ … Noto Serif on A3 by LibreOffice — reached up, the grades joined 取組成果's row)
      const runs = c ? lines[i]!.runs.filter((u) => u.x0 >= c.x0 - 0.1 && u.x1 <= c.x1 + 0.1 && WORD_CHAR.test(u.text)) : [];
      ownSizes.set(i * n + k, (v = runs.length > 0 ? bodySize({ runs } as Row) : 0));
    }
    return v;
  };
  const above = (i: number, k: number) => {
    // (by the cell's own text: a line of another column's cell may have joined its line)
    const own = ownSize(i, k);
    const reach = reachOf(lines[i]!.size, own >= body * 1.2 ? (lead * own) / body : lead);
    for (let j = i - 1; j >= 0 && lines[j]!.bottom > lines[i]!.top - reach; j--) if (cells[j]![k]) return cells[j]![k]!.bottom > lines[i]!.top - reach ? cells[j]![k]! : null;
    return null;
  };
  // LibreOffice's unpadded rows keep the width of the border they do not draw: more room above a
  // row's first line than between the lines of a cell
  const space = (i: number) => lines[i]!.top - Math.max(...lines.slice(0, i).map((r) => r.bottom));
  // (between the lines of a cell: the next line starts where the line above did, in its size)
  // (one pair of lines once, however many runs line up: Writer draws Noto Serif's lines in short runs)
  const wrapped = lines.slice(1).flatMap((r, i) => {
    const pairs = r.runs.flatMap((u) => lines[i]!.runs.filter((v) => Math.abs(u.x0 - v.x0) <= 0.5 && Math.abs(u.size - v.size) < 0.2 && u.top > v.bottom).map((v) => ({ space: u.top - v.bottom, size: u.size })));
    return pairs.filter((p, k) => pairs.findIndex((q) => Math.abs(q.space - p.space) < 0.05 && q.size === p.size) === k);
  });
  const wrapSpaces = wrapped.map((w) => w.space);
  // (in the size of the text: a smaller reading wraps closer, 部長目標's かわぐち そう / いち in 12 pt)
  // Lines of a cell stand an em apart or less in most prints, and the wrap is capped there: two
  // lines of a column at one x are not always a wrap (伊勢崎's ① / ② in a table of contents, rows
  // 1.15 em apart in Noto Serif by Writer). Where a line of some length ran to its column's wrap edge
  // and the next goes on under it, that room is the wrap, however wide: Writer sets Noto's lines
  // 2.2 em apart (部長目標's goals, 刈谷's 取組内容).
  const fullWraps = cells.slice(1).flatMap((c, j) => c.flatMap((u, k) => {
    const v = cells[j]![k];
    return u && v && Math.abs(u.x0 - v.x0) <= 0.5 && Math.abs(u.size - v.size) < 0.2 && u.top > v.bottom && [...v.text].length >= 4 && v.x1 >= wrapAt[k]! - v.size * 1.5 && !ENDS_SENTENCE.test(v.text.trim()) ? [{ space: u.top - v.bottom, size: u.size }] : [];
  }));
  const sized = (ws: { space: number; size: number }[], size: number) => (ws.some((w) => Math.abs(w.size - size) < 0.2) ? ws.filter((w) => Math.abs(w.size - size) < 0.2) : ws).map((w) => w.space);
  // (no line ran to its column's edge, every goal fitting its line in landscape: where the page's
  // own leading is wider than an em, that is the wrap; 部長目標 in Noto Sans by LibreOffice)
  const capped = (size: number) => Math.min(...sized(wrapped, size), size);
  const wrapSpace = (size: number) => (fullWraps.length > 0 ? Math.max(Math.min(...sized(fullWraps, size)), capped(size)) : lead > size ? Math.max(lead, capped(size)) : capped(size));
  // (the wrap as most of the block's pairs show it, not its narrowest: one pair of lines of two rows
  // set closer, 桑名's last ⑤ of a cell over the next row's ①, would make every wrap a seam)
  const usualWrap = [...wrapSpaces].sort((a, b) => a - b)[Math.floor(wrapSpaces.length * 0.2)];
  const seam = (i: number) => i > 0 && usualWrap !== undefined && space(i) >= usualWrap + 0.5;
  // a heading of a header row (three short cells or more on its line) that starts well right of
  // where its column's lines start (a sub-label set right, 世田谷's 場 所 / 規 模 under 3 事 業 計 画
  // in a budget book, stands in no header row)
  // (the pieces of header lines, found once: wrapsIn asks for every line and column)
  const headings = new Set(cells.flatMap((line) => { const cs = line.filter((c): c is Piece => !!c); return cs.length >= 3 && cs.every((c) => [...c.text.trim()].length <= LABEL_CHARS) ? cs : []; }));
  const centredHeading = (a: Piece, k: number) => a.x0 - left[k]! > a.size * 1.5 && headings.has(a);
  const starts: number[] = [];
  const besides = new Set<number>();
  const openedAt = new Set<number>();
  const afterYears = new Set<number>();
  const known = new Set<number>();
  let items: number[] = [];
  cells.forEach((here, i) => {
    const size = lines[i]!.size;
    // (not where a column right of the list starts a cell of its own on the item's line, nothing of
    // it above: each item a row with its own 課等 and 目標達成基準, 刈谷's ② 歴史文化… | 文化観光課 |
    // ・水野家…, beside the 組織目標 merged down both items; LibreOffice with an outer frame)
    // (or the list began on the page before: ③ under the rest of ② the page broke, nothing numbered
    // above it in the block; 刈谷's ビスの質を維持しながら… / ③公共施設維持保全計画…, no rules, Noto Serif 11 pt)
    const nextItem = (c: Piece | null, k: number, resumed: boolean) => k > 0 && !!c && itemNumber(c.text) !== null && itemNumber(c.text)! > 1 && (items[k] === itemNumber(c.text)! - 1 || (resumed && items[k] === undefined && cells.slice(0, i).some((o) => o[k])));
    const listAt = here.findIndex((c, k) => nextItem(c, k, false));
    const itemAt = here.findIndex((c, k) => nextItem(c, k, true));
    const atLeft = (c: Piece, k: number) => Math.abs(c.x0 - left[k]!) <= size * 0.5;
    const ownCells = (at: number) => here.some((c, j) => j > at && c && atLeft(c, j) && !above(i, j));
    const newItem = () => itemAt >= 0 && ownCells(itemAt);
    // (or stopped short on a phrase that goes on: 手段及び / 方策, where the label was typed in lines)
    // (a heading centred over a narrow column reaches its right edge without wrapping: 刈谷's 課等 over
    // 危機管理課, LibreOffice in Noto, the header row as close above the first row as a wrap)
    // (a line that opens with a bullet beside the next numbered item of a list, cells of its own
    // beside that, starts an item of a new row: it goes on from no line above, however full; 刈谷's
    // ・被災状況の情報収集などICTの活用 over ④市民の防災意識… | 危機管理課 | ・防災講演会の開催, Noto Serif
    // by LibreOffice in an outer frame. Not a bullet under a full line elsewhere: 下水道課 / 水道課 beside it)
    const wrapsIn = (k: number) => !!here[k] && !((k === itemAt || BULLET.test(here[k]!.text.trim())) && newItem()) && (((above(i, k)?.x1 ?? -Infinity) >= right[k]! - size * 2.6 && !centredHeading(above(i, k)!, k)) || OPEN_PHRASE_END.test(above(i, k)?.text.trim() ?? ''));
    const wrapped = here.some((_, k) => wrapsIn(k));
    const listGoesOn = listAt >= 0 && !ownCells(listAt);
    // or where another column starts a cell after lines where it was empty, and nothing goes on
    // (部長目標 printed by LibreOffice: 基本方針 and 部の仕事 start rows in the second column)
    // or stacks a label under a label there, the text beside them ended (部長目標's 基本方針 / 部の仕事;
    // in the first column, 木更津's 取組視点 / 事業No. / 8 by LibreOffice)
    // (a label is no sentence: 市民の利便性を向上! is the text under one)
    // (nor a phrase that goes on: ふるさと応援寄附金・ / 企業版ふるさと納税の活用, 木更津 in 12 pt, where
    // a fallback font's ・ made the line taller than its wraps)
    // (nor does one open on a particle, a label or a value: none starts with を or の推進 — 木更津's
    // オーガニック化 / （学校給食米） / の推進, a title's lines as short as labels, set a little further apart
    // than its column's other wraps; Noto Serif CJK 12 pt by LibreOffice in an outer frame)
    const short = (c: Piece | null): c is Piece => !!c && !cut.has(c) && c.text.length >= 2 && c.text.length <= LABEL_CHARS && itemNumber(c.text) === null && !/[。！!？?、，,・･]$/.test(c.text.trim()) && !PARTICLE_START.test(c.text.trim());
    // at the column's left edge, or, first on its line, centred as another label of the column is
    // (部長目標's 総括 and 目標 under 部の仕事, LibreOffice)
    const mid = (c: Piece) => (c.x0 + c.x1) / 2;
    const atEdge = (c: Piece, k: number) => Math.abs(c.x0 - left[k]!) <= size * 0.5 || (short(c) && here.findIndex(Boolean) === k && cells.some((o) => o[k] && o[k] !== c && short(o[k]) && Math.abs(o[k]!.x1 - o[k]!.x0 - (c.x1 - c.x0)) > size * 0.5 && Math.abs(mid(o[k]!) - mid(c)) <= size * 0.25));
    const label = (c: Piece | null, k: number) => short(c) && atEdge(c, k);
    const ended = (j: number) => ENDS_SENTENCE.test(above(i, j)?.text.trim() ?? '');
    // (labels of one width: only the other columns tell whether the line goes on, where a sentence
    // stands above: a label there, 5つの柱④ 情報 over 推進項目名称, tells nothing; nor does the value
    // under a label, 8 under 事業No.)
    // (a piece of a line that runs on into the next column wraps, or not, where that line ends)
    // (in a narrow column of wrapped text every line is as short as a label: one that ran to the
    // edge, in a column where most lines do, goes on; 伊勢崎's year cells in 12 pt, seven
    // characters a line. Labels stacked in a column stop at their own lengths.)
    // (and only where the line's first cell wraps from above too: a label of several lines, not
    // one label under another, 伊勢崎's No. ① over 担当部課 in landscape 9 pt)
    // (or where two columns or more beside it ran to their edges on the line above, mid-sentence: a
    // label's note under the label, its lines a pixel further apart than the text's, beside years of
    // text each a line into its cell; 伊勢崎's 取組状況 / ※継続した取組 beside 前年度に引き | 今年度も引き |
    // 競輪場外発売, gothic 12 pt by Chromium without rules, where Chromium's lines stand 14.25 or 15 pt apart)
    const toEdge = (j: number) => { const a = above(i, j); return !!a && a.x1 >= wrapAt[j]! - size * 0.5 && (a.x1 <= wrapAt[j]! + size * 0.5 || Math.abs(a.x0 - left[j]!) <= size * 0.5) && edgeLines[j]! >= 3 && edgeLines[j]! >= columnLines[j]! * 0.75; };
    const full = (j: number) => { const k0 = here.findIndex(Boolean); return k0 >= 0 && k0 !== j && toEdge(j) && (wrapsIn(k0) || here.filter((d, m) => m !== k0 && !!d && toEdge(m) && !ended(m)).length >= 2); };
    const goesOn = (j: number) => wrapsIn(j) && !ended(j) && (!short(above(i, j)) || full(j)) && !cut.has(above(i, j)!);
    const value = (c: Piece, k: number) => !cut.has(c) && c.text.length <= LABEL_CHARS && atEdge(c, k) && !PARTICLE_START.test(c.text.trim());
    // (the label above may carry the row's number: ① 取組項目 over 担当部課, 伊勢崎 landscape)
    const numbered = (c: Piece | null, k: number) => !!c && /^[①-⑳㉑-㉟]/u.test(c.text) && label({ ...c, text: c.text.slice(1).trim() }, k);
    // (two labels the vocabulary knows, one under the other, are two rows whatever the text beside
    // them seems to do: 伊勢崎's 取組項目 / 担当部課 by LibreOffice, beside a title as long as its
    // column is wide, a border's width between them)
    // (a label the vocabulary knows may carry its section's number: １．現状認識と課題 under 部 局 名,
    // 桑名 in Noto Sans landscape 9 pt by LibreOffice, the name beside it on one line)
    // (or one that runs on into the next column, with its note or over a border of other rows, the
    // whole text one the vocabulary knows: 伊勢崎's 5年後までの目標 (目指すべき姿) over a narrow label
    // column, under 取組内容; Noto Serif 7.3 pt by LibreOffice with filled labels)
    const noted = (c: Piece, k: number) => cut.has(c) && atEdge(c, k) && [...c.text.trim()].length <= LABEL_CHARS && labelRole(throughSeams(c)) !== null;
    // (or set where another label the vocabulary knows is set in its column, off the column's edge: 部長目標's
    // 基本方針 / 部の仕事 under the name column's 矢吹 勇一, their own column's border unread; BIZ UDPMincho
    // 12 pt on letter paper, 30 mm, by LibreOffice without rules)
    const alignedKnown = (c: Piece, k: number) => short(c) && here.findIndex(Boolean) === k && labelRole(c.text) !== null && cells.some((o) => !!o[k] && o[k] !== c && short(o[k]) && labelRole(o[k]!.text) !== null && Math.abs(o[k]!.x0 - c.x0) <= size * 0.25);
    // (or one with its legend run on after it on its line, a mark and a colon: 伊勢崎's 取組達成度 ◎:計 /
    // 画以上 under 取組成果's note, the grades ◎ beside it — IPAex Gothic 9.5 pt on A3 by LibreOffice in
    // an outer frame, the grades had been read as 取組成果's last paragraph)
    const legendLed = (c: Piece, k: number) => {
      const t = c.text.trim();
      const colon = t.search(/[:：]/u);
      return colon >= 3 && atEdge(c, k) && [1, 2].some((n) => labelRole(t.slice(0, colon - n).trim()) !== null);
    };
    // (or one with its bracketed note on its line, the label a label's length without it: 伊勢崎's
    // 5年後までの目標 (目指すべき姿) under 取組内容, set on one line in a wide label column; Noto Sans 11 pt
    // on A3 landscape at 1.35 leading by LibreOffice without rules, Writer's rows a line's pitch apart —
    // the two labels' texts had been read as one cell)
    const bracketNoted = (c: Piece, k: number) => {
      const t = c.text.replace(/[\s\u3000]+/gu, '');
      const bare = t.replace(/[(（][^()（）]*[)）]$/u, '');
      return !cut.has(c) && bare !== t && [...bare].length >= 2 && [...bare].length <= LABEL_CHARS && atEdge(c, k) && labelRole(c.text) !== null;
    };
    const knownLabel = (c: Piece | null, k: number): c is Piece => !!c && (((label(c, k) || (!cut.has(c) && [...c.text.trim()].length <= LABEL_CHARS && atEdge(c, k) && /^[0-9０-９]+[.．]/u.test(c.text.trim()))) && labelRole(c.text) !== null) || noted(c, k) || alignedKnown(c, k) || legendLed(c, k) || bracketNoted(c, k));
    // (the one above set anywhere in its cell: 伊勢崎's No. centred over 担当部課, the title's ① beside
    // it, a row of its own where 取組内容 stands in the next block; BIZ UDPMincho 9.5 pt by LibreOffice)
    // (or carrying the row's number: ① 取組項目 over 担当部課, 伊勢崎 by LibreOffice in Noto Serif 10.5 pt landscape, the
    // ① set larger and the two lines as far apart as a cell's wrapped lines)
    const numberedKnown = (a: Piece | null, k: number) => !!a && numbered(a, k) && labelRole(a.text.slice(1).trim()) !== null;
    // (the one above longer than a label's usual length, its note on its line, set up to the value
    // beside it: 伊勢崎's 財政効果額(歳出) (単位:千円) | — over 取組状況, a row's room apart beside —
    // | ○未収金対策; Noto Serif 7.3 pt by LibreOffice without rules)
    const longKnown = (a: Piece | null, k: number) => !!a && atEdge(a, k) && labelRole(a.text) !== null;
    // (or the label above wrapped in lines down a narrow column, whole by the line above, its note
    // read with it: 伊勢崎's 取組状況 / ※継続し / た取組 / … / 示 over 取組成果, four characters a line, the
    // rows no further apart than the lines; Noto Sans 10 pt by LibreOffice with shaded headers)
    const wrappedKnown = (k: number) => {
      const from = starts.at(-1) ?? 0;
      const text = cells.slice(from, i).map((o) => o[k]?.text ?? '').join('');
      return i - from >= 2 && !!cells[from]![k] && atEdge(cells[from]![k]!, k) && labelRole(text) !== null;
    };
    // (or a label's length of labels side by side, read as one piece, the last one the vocabulary knows:
    // 伊勢崎's No.⑦取組項目 over 担当部課, a label column as wide as its longest label holding the three;
    // IPAex Gothic 10.5 pt on B5 by LibreOffice without rules, 1.2 em leading, 2 pt cell padding, the
    // title's wrap beside them a line's pitch apart)
    const endsKnown = (a: Piece | null) => {
      const t = [...(a?.text.replace(/\s+/g, '') ?? '')];
      if (t.length > LABEL_CHARS) return false;
      for (let m = 1; m + 2 <= t.length; m++) if (labelRole(t.slice(m).join('')) !== null) return true;
      return false;
    };
    // (or under lines that all hang in from the column's edge where it stands: a label's note, whose
    // label the page before holds — 伊勢崎's の成果を / 表示 at a page's head, the rest of 取組成果's
    // ※継続した取組の… over 取組達成度 | ○ | ◎; Writer's rows a line's pitch apart, Noto Sans 10 pt
    // landscape on B5 in an outer frame)
    const hungAbove = (k: number) => {
      const lines = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[k]).filter((p): p is Piece => !!p);
      return lines.length > 0 && lines.every((p) => p.x0 - left[k]! >= size * 0.5);
    };
    const knownPair = (c: Piece, k: number) => knownLabel(c, k) && (knownLabel(above(i, k), k) || numberedKnown(above(i, k), k) || (short(above(i, k)) && labelRole(above(i, k)!.text) !== null) || longKnown(above(i, k), k) || (!!above(i, k) && wrappedKnown(k)) || endsKnown(above(i, k)) || hungAbove(k));
    // (a line of wrapped text is as short as a label in a narrow column: one that ran to the
    // column's wrap edge, or short of it by what kinsoku carried over, and ends no sentence, goes on
    // into the line under it; 伊勢崎's 取組課題 cell of eight characters a line beside a label of four
    // lines, printed in 11 pt gothic without rules: every line under the label a row of its own)
    // (or both lines end on the column's farthest edge, flush, the line above holding the row's first
    // cell left of them and this line none: 木更津's 13 | 木更津市地域生活支援 / 拠点等整備事業の推進, ten
    // characters each in a narrow 推進項目名称, Chromium in gothic 12 pt with 30 mm margins; not two
    // labels of one length stacked, each with its value, 世田谷's 本年度予算計上額 / 本年度債務負担額)
    const flushPair = (a: Piece, c: Piece, k: number) => {
      const line = cells.findIndex((o) => o[k] === a);
      return Math.abs(a.x1 - c.x1) <= 0.5 && a.x1 >= right[k]! - 0.5 && line >= 0 && cells[line]!.some((o, j) => j < k && o) && !here.some((o, j) => j < k && o);
    };
    // (or the line above and the one over it both end on the column's farthest edge: 木更津's 木更津市地域生活 /
    // 支援拠点等整備事 / 業の推進 in a narrow 推進項目名称, Chromium in IPAex Mincho 12 pt on B5 at 1.8 line spacing,
    // whose lines stand 20.2 and 21 pt apart by turns — the wider step read as a row's room)
    const fullTwice = (a: Piece, k: number) => {
      const line = cells.findIndex((o) => o[k] === a);
      const over = line > 0 ? cells[line - 1]![k] : null;
      return !!over && a.x1 >= right[k]! - 0.5 && Math.abs(over.x1 - a.x1) <= 0.5 && Math.abs(over.x0 - a.x0) <= 0.5 && [...over.text].length >= 6;
    };
    const runsOn = (a: Piece | null, c: Piece, k: number) => !!a && (wrapFound[k]! || flushPair(a, c, k) || fullTwice(a, k)) && [...a.text].length >= 6 && a.x1 >= wrapAt[k]! - size * shortBy(c) && !ENDS_SENTENCE.test(a.text.trim());
    // (a label that stops on a phrase that goes on is not ended: 目標達成のための / 手段及び / 方策,
    // 桑名 by LibreOffice in Noto Serif 12 pt, the lines of one cell further apart than others)
    // (or a label the vocabulary knows under a number, which ends its phrase: 伊勢崎's No. ③ over
    // 担当部課, Noto Serif 12 pt by LibreOffice, its lines 2.2 em apart as a cell's wrap)
    // (the number may stand lines above, the title beside it wrapped: 木更津's 2 | 働き方改革の促進 (時 /
    // 間外勤務の縮減) over 現状と課題, Noto Sans 9 pt on B5 at 1.3 line spacing by LibreOffice, no rules)
    const numberAbove = (k: number) => above(i, k) ?? (i > 0 && !cells[i - 1]![k] ? (cells.slice(0, i).reverse().find((o) => o[k])?.[k] ?? null) : null);
    const afterNumber = (c: Piece, k: number) => knownLabel(c, k) && /[0-9０-９①-⑳.．]$/u.test(numberAbove(k)?.text.trim() ?? '') && [...(numberAbove(k)?.text.trim() ?? '')].length <= LABEL_CHARS;
    // (or a label alone on its line, well short of its column's longest line, under a line that ended its
    // sentence, a row's room apart: 部長目標's 部の仕事 under 基本方針's 市民の利便性を向上! 環境対策推進!,
    // stacked in the name column of a framed panel; gothic 12 pt landscape by LibreOffice. Not an item's
    // mark, nor a wrapped line of a narrow column beside others: 伊勢崎's year cells, Noto Serif by Chromium)
    const afterSentence = (c: Piece, k: number) => label(c, k) && !LEADING_NUMBER.test(c.text.trim()) && ended(k) && here.filter(Boolean).length === 1 && c.x1 < right[k]! - size * 2;
    // (a note under a label, beside text that runs on into its line, is the label's: 伊勢崎's 取組成果 /
    // ※継続した取組の… beside ・情報システム / 台帳を整備。 in each year, Chromium without rules, where
    // seven of the year column's eleven lines reach its edge and the wrap was not told so)
    const noteOfLabel = (c: Piece, k: number) => NOTE_MARK.test(c.text.trim()) && here.some((d, j) => j !== k && !!d && wrapsIn(j) && !ended(j) && !cut.has(above(i, j)!));
    const stacked = (c: Piece, k: number) => here.findIndex(Boolean) === k && !noteOfLabel(c, k) && (knownPair(c, k) || afterNumber(c, k) || (seam(i) && (label(c, k) || value(c, k)) && ((label(above(i, k), k) && !runsOn(above(i, k), c, k) && !OPEN_PHRASE_END.test(above(i, k)!.text.trim())) || numbered(above(i, k), k) || afterSentence(c, k)) && !here.some((_, j) => j !== k && goesOn(j))));
    // (the block's first line: only a label there tells a row of its own from the lines above a start)
    // (a short value under a short value of its column, a row's room apart, while only cells left
    // of it wrap: rows beside a merged cell, 木更津's 年度 / (各年度末時点) / R5 beside the 指標's name)
    const besideMerged = (c: Piece, k: number) => {
      let prev: Piece | null = null;
      for (let j = i - 1; j >= 0 && !prev; j--) prev = cells[j]![k] ?? null;
      // (a narrow column's lines all reach its edge: spaced a row apart they do not wrap)
      // (in the larger of the two sizes: a smaller line under a larger one stands as far below it as
      // the larger one's wrap, 部長目標's 部長 / かわぐち そうい in mincho 13 pt, its reading 11 pt)
      // (measured from the baselines: a smaller line sits lower in its line's room by what it lacks of
      // the larger size — 部長目標's reading きむらさい 2.5 pt under 市民環境部長 against 1.7 between the goals
      // beside them, BIZ UDPMincho 11 pt by Chromium with 1 pt cell padding, had parted 市民環 / 境部)
      const apart = (p: Piece, q: Piece) => q.bottom - p.bottom - Math.max(p.size, q.size) > wrapSpace(Math.max(p.size, q.size)) + 1;
      const years = !!prev && yearsFrom(prev, c, k);
      // (a header over years may wrap a line between: 年度 / (各年度末時点) beside it / R5)
      // (beside a year, a cell at its column's edge is that year's value, however long: 木更津's
      // R5 | 350,000,000円 over R6 | 375,000,000円, a line's pitch apart, Noto Serif 12 pt)
      return !!prev && value(c, k) && value(prev, k) && prev.bottom > c.top - size * (years ? 5 : 3) && (apart(prev, c) || years) && here.every((d, j) => j < k || !wrapsIn(j) || apart(above(i, j)!, d!) || (years && !!d && !cut.has(d) && atEdge(d, j)));
    };
    // (the first of years stacked in a column, under a line that is no year: a row however close that
    // line stands, a header's last line; 木更津's (各年度末時点) / R5 / R6 printed by Writer in Noto,
    // its lines 2.2 em apart and the header's wrap as close as the room between two rows)
    const yearsFrom = (prev: Piece, c: Piece, k: number) => {
      const year = eraYearOf(c.text);
      // (and each year after it: a year cell never wraps into the next, however close Writer sets
      // them — 木更津's R6 | 条例への反映 / R7 | 実施 21.7 pt apart as a cell's lines, Noto Serif 12 pt)
      if (year !== null && eraYearOf(prev.text) === year - 1) return true;
      if (year === null || eraYearOf(prev.text) !== null) return false;
      // (the years after it may stand in the next block: the page's text parted there)
      const next = cells.slice(i + 1).find((o) => o[k])?.[k];
      return !next || (eraYearOf(next.text) === year + 1 && Math.abs(next.x0 - c.x0) <= size * 0.5);
    };
    const beside = here.some((c, k) => k > 0 && c && atEdge(c, k) && besideMerged(c, k));
    // (a label the vocabulary knows opening its column, nothing above it there, where every cell
    // beside it ended its sentence on the line above: a row, however near its edge that line stopped
    // — 部長目標's 総括 and 目標 under 部の仕事, …仕事をしています。 two ems short beside them, Writer's
    // rows no further apart than the lines; IPAex Gothic 12 pt, 30 mm, by LibreOffice without rules)
    // (a line a seam of the table cut in pieces ends its sentence where its last piece does: 総括's
    // …進めていきます。 across the border the goals under it found in the text, まちづくり部's panel in
    // BIZ UDPMincho 9.5 pt landscape by LibreOffice in an outer frame)
    const endedThrough = (j: number) => { const a = above(i, j); return cut.has(a!) ? ENDS_SENTENCE.test(throughSeams(a!).trim()) : ended(j); };
    // (or with its bracketed note on its line: 伊勢崎's 5年後までの目標 (目指すべき姿) under 取組内容's
    // …推進します。 cut by a year border the table's lower rows show; Noto Sans 11 pt on A3 landscape by
    // LibreOffice without rules, the label a row's room below the text above it)
    const labelAfterEnds = (c: Piece, k: number) => ((label(c, k) && labelRole(c.text) !== null) || bracketNoted(c, k)) && here.every((d, j) => j === k || !d || !above(i, j) || endedThrough(j)) && here.some((d, j) => j !== k && !!d && !!above(i, j));
    // (or the first of years stacked in its column, nothing of that column above it: a row of its own
    // under the last line of a header the page broke — 木更津's (各年度末時点) at a page's head over
    // 市ホームページ… | R5 | 360件, R6 and R7 under R5; Noto Serif 12 pt by LibreOffice without rules)
    const yearsOpen = (c: Piece, k: number) => {
      const year = eraYearOf(c.text.trim());
      if (year === null || [...c.text.trim()].length > 6 || above(i, k)) return false;
      const next = cells.slice(i + 1).find((o) => o[k])?.[k];
      return !!next && eraYearOf(next.text.trim()) === year + 1 && Math.abs(next.x0 - c.x0) <= size * 0.5;
    };
    const yearsAt = i > 0 && !here[0] && here.some((c, k) => k > 0 && !!c && yearsOpen(c, k)) && cells[i - 1]!.every((o, k) => !o || !here[k] || !eraYearOf(o.text.trim()));
    const opens = beside || yearsAt || (!listGoesOn && here.some((c, k) => k > 0 && c && atEdge(c, k) && (i > 0 || (here.findIndex(Boolean) === k && label(c, k))) && (!above(i, k) ? !wrapped || labelAfterEnds(c, k) : stacked(c, k))));
    // A row starts, too, at a line that opens a cell in the first column, nothing of it above, and in
    // two columns more, each at its edge: 刈谷's 市民への情報提供等に | ①税制改正等の | 税務課 | ・情報提供…
    // under ② of the row before, Noto Serif by LibreOffice in an outer frame
    // (or under a label's last line beside nothing, the cells beside it each new in its column:
    // 伊勢崎's 財政効果額(歳 / 入)(単位:千円) over 財政効果額(歳 | — | — …, LibreOffice's Noto lines one
    // pitch apart whatever the row; a cell whose text runs on from the one before, no gap, counts with
    // it: ・各 | 所属から over a border a list's hanging indent set, 取組 工程's first item)
    const afterLabel = !!above(i, 0) && !!cells[i - 1] && cells[i - 1]!.every((c, k) => k === 0 || !c) && here.every((c, k) => k === 0 || !c || !above(i, k));
    const opened = i > 0 && !!here[0] && (!above(i, 0) || afterLabel) && here.filter((c, k) => c && atLeft(c, k)).length >= 3 && here.every((c, k) => !c || atLeft(c, k) || (k > 0 && !!here[k - 1] && cut.has(here[k - 1]!)));
    // (or right under a row of years, three or more, each a cell of its own: a header row, whatever
    // stands under it a line's pitch apart — 伊勢崎's 具体的な取組事項 | 令和2年度 … | 令和6年度 over 取組工程 |
    // 検討 …, Noto Sans 10 pt by LibreOffice with shaded headers)
    // (not the wrap of a year the header itself wrapped, 令和6年 / 度 alone in its column)
    // (the header's label may wrap under it, alone on its lines: 具体的な取組 / 事項 beside the years)
    const underYears = i > 0 && (() => {
      let j = i - 1;
      const alone = (o: (Piece | null)[]) => o.filter(Boolean).length === 1;
      while (j > 0 && i - j < 4 && alone(cells[j]!)) j--;
      const prev = cells[j]!;
      const isYear = (c: Piece) => eraYearOf(c.text.trim()) !== null && [...c.text.trim()].length <= 6;
      // (the labels before the years: one, or two side by side, 伊勢崎's 取組 工程 | 具体的な 取組 over
      // its wrap 事項, Noto Sans 11 pt by LibreOffice)
      // (or one anywhere: the last year's own wrap, 令和6 / 年度)
      const firstYear = prev.findIndex((c) => !!c && isYear(c));
      const leads = prev.flatMap((c, k) => (c && !isYear(c) ? [k] : []));
      const lead = leads.at(-1) ?? -1;
      if (firstYear < 0 || leads.length > 2 || (leads.length === 2 && lead > firstYear) || prev.filter((c, k) => c && !leads.includes(k)).length < 3) return false;
      if (j < i - 1 && cells.slice(j + 1, i).some((o) => !leads.includes(o.findIndex(Boolean)))) return false;
      // (nor the years' own wraps, 令和3年 / 度 under each: Chromium in IPAex Gothic 12 pt, 30 mm)
      if (here.every((c, k) => !c || (!!prev[k] && /^[0-9０-９]*年?度?$/u.test(c.text.trim()) && eraYearOf(prev[k]!.text.trim() + c.text.trim()) !== null))) return false;
      // (a row of years alone, no label beside them, is a header whatever goes on under it: the one a
      // page repeats over the rest of a row it broke, 伊勢崎's 令和2年度 … over とに | 31,719,235,943円,
      // Noto Serif 12 pt by LibreOffice)
      if (lead < 0) return here.some(Boolean);
      // (and a label the vocabulary knows where the row's label goes, not the rest of the header's own label
      // wrapped in a narrow column: 具体的な | 令和2年度 … over 取組事 / 項, IPAex Mincho 11 pt by LibreOffice;
      // or values in two year columns or more, which no wrap of the header's label reaches: 伊勢崎's
      // ・市税納付方 | 調査、検討 | 調査、検討 … under 具体的な 取組 / 事項)
      if (leads.length === 2 && here.filter((c, k) => c && k >= firstYear).length >= 2) return true;
      return here[lead] ? labelRole(here[lead]!.text.trim()) !== null : here.filter(Boolean).length >= 2;
    })();
    // (never under a label cut inside its brackets, its next line closing them: the label goes on,
    // however the cells beside it stand — 伊勢崎's 財政効果額(歳 / 入) (単位:千円) beside 220 / 有料広告料
    // set 3.2 pt lower than the label's line; Noto Sans CJK 12 pt by LibreOffice, no rules)
    // (or a label cut at the column's edge, known once the column's next line is read on, opening the
    // column at its left edge where each cell beside it opens anew under text that stopped short of its
    // edge: 伊勢崎's 取組達成 / 度 ◎:計画 under 取組成果's note, ○ in each year under …24,385,206円;
    // Noto Serif CJK 12.5 pt, 14 mm, by LibreOffice without rules, the rows a line's pitch apart)
    const labelReadOn = (c: Piece) => {
      if (!atLeft(c, 0) || [...c.text.trim()].length > LABEL_CHARS || labelRole(c.text) !== null) return false;
      const others = here.flatMap((d, j) => (j > 0 && d ? [j] : []));
      if (others.length === 0 || others.some((j) => !atLeft(here[j]!, j) || (!!above(i, j) && wrapsIn(j)))) return false;
      // (not the rest of the label above, cut short of one the vocabulary knows: 桑名's 目標達成のための /
      // 手段及び / 方策 beside a goal that ended its line short)
      const sofar = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[0]?.text.trim() ?? '').join('');
      let text = c.text.trim();
      for (const o of cells.slice(i + 1, i + 3)) {
        const next = o[0]?.text.trim();
        if (!next) break;
        for (let m = 1; m <= [...next].length; m++) {
          const read = text + [...next].slice(0, m).join('');
          if (labelRole(read) !== null) return !sofar || labelRole(sofar) !== null || labelRole(sofar + read) === null;
        }
        text += next;
      }
      return false;
    };
    const labelAbove = i > 0 ? cells[i - 1]![0] : null;
    // (nor does a label the vocabulary knows start a row by itself where it ends the one wrapped above
    // it, the two read as one label the vocabulary knows and the lines above no label alone: 桑名's
    // ２．今年 / 度の部局 / 目標 in a label column four characters wide, gothic 12 pt on B5 by Chromium
    // without rules. Not a row's number above a label, which the label's reading drops: 木更津's 8 /
    // 現状と課題. Other columns may still start the row there)
    const labelSoFar = cells.slice(starts.at(-1) ?? 0, i).map((o) => o[0]?.text.trim() ?? '').join('');
    const labelEnds = !!here[0] && !!labelAbove && labelSoFar !== '' && labelRole(labelSoFar) === null && labelRole(labelSoFar + here[0].text.trim()) !== null && labelName(labelSoFar + here[0].text.trim()) !== labelName(here[0].text);
    const labelGoesOn = !!here[0] && !!labelAbove && unclosed(labelAbove.text) && /^[^（(]*[）)]/u.test(here[0].text.trim());
    if (!labelGoesOn && ((here[0] && !labelEnds && (!above(i, 0) || (!listGoesOn && (!wrapped || stacked(here[0], 0) || labelReadOn(here[0]))))) || opens || opened || underYears)) {
      starts.push(i);
      if (beside) besides.add(i);
      if (underYears) afterYears.add(i);
      if (opened) openedAt.add(i);
      // (a list's next item with cells of its own beside it is a row as surely)
      // (as is a label the vocabulary knows under the row's number: 木更津's 8 | ICTの活用… over 現状と課題,
      // the title on one line and Writer's rows a line's pitch apart; Noto Serif 9.5 pt landscape, no rules)
      if (here.some((c, k) => c && here.findIndex(Boolean) === k && ((above(i, k) && knownPair(c, k)) || (numberAbove(k) && afterNumber(c, k)))) || newItem() || opened || underYears) known.add(i);
      items = [];
    }
    here.forEach((c, k) => {
      const m = c && itemNumber(c.text);
      if (m) items[k] = m;
    });
  });
  if (starts.length === 0) return [];
  // the lines above the first row's start that stand in its cells
  let first = starts[0]!;
  while (first > 0 && cells[first - 1]!.some((c, k) => c && Math.abs(c.x0 - left[k]!) <= lines[first - 1]!.size * 0.5)) first--;
  // (a row beside a merged cell starts after the row the merged cell starts in; a row whose list
  // starts at ① under lines of its column beside no label starts after the row those end, broken
  // by the page over it: 桑名's 目標達成のための手段及び方策 under the end of 今年度の部局目標, and
  // 今年度の部局目標 under the end of 現状認識と課題, LibreOffice in 12 pt)
  const restarts = (i: number) => cells.slice(0, i).every((o) => !o[0]) && cells[i]!.some((c, k) => k > 0 && c && itemNumber(c.text) === 1 && cells.slice(0, i).some((o) => o[k]));
  // (and a row that goes on at ③ a list the page before began, with cells of its own beside it,
  // under lines with no label and nothing numbered in that column: those lines end the row the page
  // broke, whatever their indent — 刈谷's ビスの質を維持しながら… / ③公共施設維持保全計画… | 施設保全課,
  // no rules, Noto Serif 11 pt; た下水道ポスターの… beside the rest of its criteria, over ③, Noto Sans)
  const resumes = (i: number) =>
    known.has(i) && cells[i]!.some((c, k) => k > 0 && c && (itemNumber(c.text) ?? 0) > 1 && cells.slice(0, i).some((o) => o[k]) && cells.slice(0, i).every((o) => !o[0] && (!o[k] || itemNumber(o[k]!.text) === null)));
  // (lines over a row that opens its label beside cells of its own, the label column empty, end the
  // row the page broke: 伊勢崎's 取組成果 going on under the year header a page repeats, over
  // 取組達成度 | △ | ○, Noto Serif by LibreOffice without rules)
  const brokenAbove = openedAt.has(starts[0]!) && cells.slice(0, starts[0]!).every((o) => !o[0]) && cells.slice(0, starts[0]!).some((o) => o.some(Boolean));
  if ((resumes(starts[0]!) && first === starts[0]) || brokenAbove) starts.unshift(0);
  else if ((besides.has(starts[0]!) || restarts(starts[0]!) || afterYears.has(starts[0]!)) && first < starts[0]!) {
    // (a list that starts again at ① opens a row as surely as two known labels do: 桑名's last goal
    // ④ over ３．目標達成のための | ①…, one block in Noto Sans landscape 9 pt by LibreOffice)
    if (restarts(starts[0]!)) known.add(starts[0]!);
    starts.unshift(first);
  } else starts[0] = first;
  return starts.map((s, i) => ({ ...toBlock(lines.slice(s, starts[i + 1] ?? lines.length)), beside: besides.has(s), known: known.has(s), opened: openedAt.has(s) }));
}

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
function runsOnAcross(blocks: Block[], cols: number[], k: number, left: readonly Set<number>[], lead = 0): Set<number> {
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
    // 財政効果額(歳 / 出)(単位:千円) under 入)(単位:千円), a line's pitch apart as a wrap, Noto by LibreOffice)
    if (k === 0 && blocks[j]!.opened) continue;
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
    const broke = !labels && !onAcross && !ENDS_SENTENCE.test(last.text.trim()) && last.x1 >= cols[k + 1]! - next.size * 1.5;
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
    if (spaces.length === 0 && (!broke || labelRole(last.text.trim()) !== null || labelRole(next.text.trim()) !== null || !ownLine(i, last) || !ownLine(j, next))) continue;
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
function rowsResumed(b: Block, xs: number[]): Block[] {
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
function linesBeforeRow(b: Block, xs: number[]): Block[] {
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
function seamed(rows: Block[]): boolean {
  const within = rows.flatMap((b) => b.rows.slice(1).map((r, i) => r.top - Math.max(...b.rows.slice(0, i + 1).map((u) => u.bottom))));
  const between = rows.slice(1).map((b, i) => b.top - rows[i]!.bottom);
  return within.length > 0 && Math.min(...between) >= Math.max(...within) + 0.5;
}

/**
 * Whether a cell of the block wraps: a line that reaches a column border (or the block's right
 * edge) is followed by one of the same size starting where it started. This is what a table
 * gives that its lines alone do not.
 */
function wraps(b: Block, lead = 0): boolean {
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
function stacks(b: Block, lead = 0): boolean {
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
