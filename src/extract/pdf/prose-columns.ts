import type { Rule, TextRun } from './page-content.js';
import type { Table } from './tables.js';
import { textRows, type Row } from './text-columns.js';

/**
 * A stretch of a page set as two columns of running text (a plan's introduction, a report's
 * 現状と課題 set like a newsletter): it reads down the left column, then down the right one.
 * Learnt from the seeds' free paragraphs printed in two columns (scripts/render-variants.ts
 * --style twocol: 刈谷's はじめに, 伊勢崎's and 木更津's introductions), where lines of the two
 * columns sit side by side on the page but belong to different sentences.
 */
export interface ProseColumns {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The middle of the gutter. */
  gutter: number;
  /** The runs of the left column and of the right one. */
  columns: [TextRun[], TextRun[]];
}

/** Each column has at least this many lines. */
const MIN_LINES = 3;
/** Each column is at least this wide (em): a label column is narrower. */
const MIN_WIDTH_EM = 12;
/** The gutter is at least this wide (em). */
const MIN_GUTTER_EM = 1;

interface Side {
  x0: number;
  x1: number;
  size: number;
  top: number;
  bottom: number;
  /** A gap wider than 0.8 em inside the side: a table's cells, not a column of prose. */
  gapped: boolean;
}

/** The part of a line on one side of x (null when it has no text there). */
function side(row: Row, x: number, left: boolean): Side | null {
  const runs = row.runs.filter((r) => ((r.x0 + r.x1) / 2 < x) === left);
  if (runs.length === 0) return null;
  let gapped = false;
  let reach = -Infinity;
  for (let i = 1; i < runs.length; i++) {
    reach = Math.max(reach, runs[i - 1]!.x1);
    if (runs[i]!.x0 - reach > row.size * 0.8) gapped = true;
  }
  return { x0: Math.min(...runs.map((r) => r.x0)), x1: Math.max(...runs.map((r) => r.x1)), size: row.size, top: Math.min(...runs.map((r) => r.top)), bottom: Math.max(...runs.map((r) => r.bottom)), gapped };
}

/** The parts of [from, to] that no run of the line covers, each at least a gutter wide, left to right. */
function holes(row: Row, [from, to]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  const consider = (a: number, b: number) => {
    if (b - a >= row.size * MIN_GUTTER_EM) out.push([a, b]);
  };
  for (const r of [...row.runs].sort((a, b) => a.x0 - b.x0)) {
    if (r.x1 <= at || r.x0 >= to) continue;
    consider(at, Math.min(r.x0, to));
    at = Math.max(at, r.x1);
  }
  consider(at, to);
  return out;
}

/** The widest part of [from, to] that no run of the line covers, at least a gutter wide (the first of equals); null if none. */
function hole(row: Row, range: [number, number]): [number, number] | null {
  const all = holes(row, range);
  return all.length > 0 ? all.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a)) : null;
}

interface Break {
  from: number;
  to: number;
}

/** The gaps down one side wider than its usual line gap: paragraph spacing, or a table's row gap. */
function breaks(lines: Side[]): Break[] {
  const gaps = lines.slice(1).map((l, i) => ({ from: lines[i]!.bottom, to: l.top, size: l.size }));
  if (gaps.length === 0) return [];
  const usual = Math.min(...gaps.map((g) => g.to - g.from));
  return gaps.filter((g) => g.to - g.from > usual + g.size * 0.25);
}

/**
 * Whether lines on the two sides of the gutter are two columns of prose, not two columns of a
 * table: each side one column of text (no gaps between cells) whose lines mostly run its full
 * width, the two of a like width, and their paragraphs not ending together as a table's rows do.
 */
function isProse(rows: Row[], gutter: number): boolean {
  const lefts = rows.map((r) => side(r, gutter, true));
  const rights = rows.map((r) => side(r, gutter, false));
  const columns = [lefts.filter((s) => s !== null), rights.filter((s) => s !== null)];
  for (const lines of columns) {
    if (lines.length < MIN_LINES) return false;
    if (lines.filter((l) => l.gapped).length > lines.length * 0.2) return false;
    const x0 = Math.min(...lines.map((l) => l.x0));
    const x1 = Math.max(...lines.map((l) => l.x1));
    const size = lines.map((l) => l.size).sort((a, b) => a - b)[Math.floor(lines.length / 2)]!;
    if (x1 - x0 < size * MIN_WIDTH_EM) return false;
    // running text fills its column: most lines reach the edge, a paragraph's last line does not
    const full = lines.filter((l) => l.x1 >= x1 - l.size * 1.5 && l.x0 <= x0 + l.size * 1.5).length;
    if (full < lines.length * 0.5) return false;
  }
  const width = (lines: Side[]) => Math.max(...lines.map((l) => l.x1)) - Math.min(...lines.map((l) => l.x0));
  const [wl, wr] = columns.map(width) as [number, number];
  if (Math.min(wl, wr) < Math.max(wl, wr) * 0.75) return false;
  // A table's rows end together: where one cell's text stops for a row gap, so does the other's.
  // Two columns of prose break for their paragraphs each on its own.
  const [bl, br] = columns.map(breaks) as [Break[], Break[]];
  const together = bl.filter((a) => br.some((b) => a.from < b.to && b.from < a.to)).length;
  const fewer = Math.min(bl.length, br.length);
  return fewer === 0 || together < fewer * 0.8;
}

/**
 * The rows of the stretch without lines on one side only that stand above where the other column
 * starts, or below where it ends, after a paragraph gap: a heading over the columns, or the next
 * section's heading under them (伊勢崎's twocol print sets (1) 行政運営の効率化の推進 under its
 * balanced columns, at the left margin).
 */
function columnsOnly(rows: Row[], gutter: number): Row[] {
  const has = rows.map((r) => [side(r, gutter, true) !== null, side(r, gutter, false) !== null] as const);
  const alone = (k: number, i: 0 | 1) => has[k]![i] && !has[k]![1 - i];
  // a paragraph gap on side i between row k and the next row that has text on side i
  const gapAfter = (k: number, i: 0 | 1) => {
    const next = has.findIndex((h, j) => j > k && h[i]);
    return next > 0 && rows[next]!.top - rows[k]!.bottom > (rows[k]!.size + rows[next]!.size) * 0.4;
  };
  let from = 0;
  let to = rows.length;
  for (const i of [0, 1] as const) {
    const first = has.findIndex((h) => h[1 - i]);
    for (let j = first; j > 0; j--) {
      if (rows.slice(0, j).every((_, k) => alone(k, i)) && gapAfter(j - 1, i)) {
        from = Math.max(from, j);
        break;
      }
    }
    let last = -1;
    has.forEach((h, k) => h[1 - i] && (last = k));
    for (let j = last + 1; last >= 0 && j < rows.length; j++) {
      let before = j - 1;
      while (before >= 0 && !has[before]![i]) before--;
      if (alone(j, i) && before >= 0 && gapAfter(before, i)) {
        to = Math.min(to, j);
        break;
      }
    }
  }
  return rows.slice(from, to);
}

/**
 * The two-column stretches of a page, from its free text (not inside a drawn table): runs of
 * consecutive lines that all leave one gutter open in the middle of the text's width. A line
 * across the gutter (a heading or caption over both columns), a drawn table or rule, or a gap of
 * several lines ends a stretch.
 */
export function proseColumns(runs: TextRun[], tables: Table[], rules: Rule[]): ProseColumns[] {
  const within = (r: TextRun, t: Table) => (r.x0 + r.x1) / 2 >= t.x0 && (r.x0 + r.x1) / 2 <= t.x1 && (r.top + r.bottom) / 2 >= t.top && (r.top + r.bottom) / 2 <= t.bottom;
  const rows = textRows(runs.filter((r) => !r.vertical && !tables.some((t) => within(r, t))));
  if (rows.length < MIN_LINES * 2) return [];
  const x0 = Math.min(...rows.map((r) => r.x0));
  const x1 = Math.max(...rows.map((r) => r.x1));
  const middle: [number, number] = [x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.7];
  const out: ProseColumns[] = [];
  // (every hole a stretch's lines leave open so far, each narrowed line by line, widest first as the first line left them;
  // `gap` the first still open. A first line may leave two:
  // 伊勢崎's 社会経済情勢の変化や多様化す beside 進, a heading's last character at the right column's head, the hole past 進
  // the wider — taken alone, the right column's first line closed it and the stretch; BIZ UDPMincho 13.5 pt on B5 as a Writer
  // document in two columns, the 351st)
  let cur: { rows: Row[]; gap: [number, number]; gaps: [number, number][] } | null = null;
  const close = () => {
    if (!cur) return;
    const gutter = (cur.gap[0] + cur.gap[1]) / 2;
    const kept = columnsOnly(cur.rows, gutter);
    // A table's last lines whose middle column has ended are no prose: the line right above them
    // holds a cell inside the gutter (刈谷's 取組内容 | 目標達成基準 going on under 環境推進課, the page's foot;
    // Noto Sans 11 pt by Chromium without rules). A heading over two columns runs across it.
    // (up through the lines right above that leave the gutter open too: the table's rows there)
    let k = rows.indexOf(cur.rows[0]!);
    const tight = (a: Row, b: Row) => b.top - a.bottom < Math.min(a.size, b.size) * 1.5;
    while (k > 0 && tight(rows[k - 1]!, rows[k]!) && hole(rows[k - 1]!, cur.gap)) k--;
    const before = k > 0 && tight(rows[k - 1]!, rows[k]!) ? rows[k - 1]! : undefined;
    const midCell = !!before && before.runs.some((r) => r.x0 >= cur!.gap[0] - 0.5 && r.x1 <= cur!.gap[1] + 0.5);
    // (or those lines right above hold a cell between where the stretch's two sides end and start:
    // the table's middle column, its last item's lines under the cell that ended — 刈谷's ③第三者により
    // 入札… | ・入札監視委員会… under 税務課 / 納税課 / 契約検査課, horizontal rules by Chromium in BIZ UD
    // Gothic 12.5 pt)
    const own = cur.rows.flatMap((r) => r.runs);
    const leftEnd = Math.max(...own.filter((r) => (r.x0 + r.x1) / 2 < gutter).map((r) => r.x1));
    const rightStart = Math.min(...own.filter((r) => (r.x0 + r.x1) / 2 >= gutter).map((r) => r.x0));
    const midColumn = rows.slice(k, rows.indexOf(cur.rows[0]!)).some((r) => r.runs.some((x) => x.x0 >= leftEnd - 0.5 && x.x1 <= rightStart + 0.5));
    // Nor lines right under a drawn table whose columns start where its columns do: the table going
    // on past its last rule (刈谷's ②高齢者の見守り… 長寿課 | ・協定締結事業者数… under shaded labels at a page's
    // head; Noto Sans 11 pt by LibreOffice)
    const top = rows[k]!;
    const stretch = rows.slice(k, rows.indexOf(cur.rows.at(-1)!) + 1).flatMap((r) => r.runs);
    const starts = [Math.min(...stretch.filter((r) => (r.x0 + r.x1) / 2 < gutter).map((r) => r.x0)), Math.min(...stretch.filter((r) => (r.x0 + r.x1) / 2 >= gutter).map((r) => r.x0))];
    const goesOn = tables.some((t) => t.bottom <= top.top + 0.5 && top.top - t.bottom < top.size * 2 && starts.every((x) => t.xs.some((b) => Math.abs(b - x) <= top.size)));
    if (!midCell && !midColumn && !goesOn && isProse(kept, gutter)) {
      const runs = kept.flatMap((r) => r.runs);
      const columns: [TextRun[], TextRun[]] = [runs.filter((r) => (r.x0 + r.x1) / 2 < gutter), runs.filter((r) => (r.x0 + r.x1) / 2 >= gutter)];
      out.push({ x0: Math.min(...kept.map((r) => r.x0)), x1: Math.max(...kept.map((r) => r.x1)), top: Math.min(...kept.map((r) => r.top)), bottom: Math.max(...kept.map((r) => r.bottom)), gutter, columns });
    }
    cur = null;
  };
  for (const row of rows) {
    if (cur) {
      const last: Row = cur.rows.at(-1)!;
      const between = (y0: number, y1: number) => y0 > last.bottom - 0.5 && y1 < row.top + 0.5;
      const parted =
        row.top - last.bottom > Math.min(row.size, last.size) * 2 ||
        tables.some((t) => between(t.top, t.bottom) || (t.top < row.bottom && t.bottom > row.top)) ||
        rules.some((r) => r.y0 === r.y1 && between(r.y0, r.y0) && r.x0 < cur!.gap[0] && r.x1 > cur!.gap[1]);
      const gaps = parted ? [] : cur.gaps.map((g) => hole(row, g)).filter((g) => g !== null);
      if (gaps.length > 0) {
        cur.rows.push(row);
        cur.gaps = gaps;
        cur.gap = gaps[0]!;
        continue;
      }
      close();
    }
    const gaps = holes(row, middle).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    if (gaps.length > 0) cur = { rows: [row], gap: gaps[0]!, gaps };
  }
  close();
  return out;
}
