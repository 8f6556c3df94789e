import type { Rule } from '../pdf/page-content.js';
import { pgmBytes } from './render-page.js';
import { inkRuns, JOIN_GAP_EM, readTsv, spareEms, type OcrLine, type OcrWord } from './tesseract-words.js';

/**
 * Under this (Tesseract's 0–100) a word in a cell's line is read again, the line alone.
 * 刈谷's misread kanji came at 0–68 (来店 56 for 来庁, 炎 14 for 災, 堆 0 for 推, 恨 0 for 掃), the
 * kanji read right around them at 85–97.
 */
export const RE_READ_CONF = 75;

/** A cell's line cut out of the page to be read alone: pixels of the page, and where it lies in the stack. */
export interface Strip {
  line: number;
  /** The line's words it holds, [from, to). */
  from: number;
  to: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Its top in the stacked picture. */
  at: number;
  /** The line's em (pixels). */
  em: number;
  /** A whole cell of a row Tesseract ran lines into (rowCells): every word inside it gives way to its lines read alone. */
  cell?: boolean;
  /** Ink a glyph wide before the stretch's first word that the page's reading left out (unreadHead), [x0, x1] in pixels. */
  head?: [number, number];
}

/** Room left of the strips in the stacked picture, and between them (pixels). */
const PAD = 24;

const TALL = /[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\u3040-\u309f]/u;

/**
 * A word of kanji and kana whose box holds room for most of an em more than its characters: a
 * character in it that Tesseract did not give (刈谷 p11: the ② of `②マイ` boxed with マイ, 2.7 em
 * for two characters, read at 78). Asked of a cell line's first word only: inside a justified line
 * a word's box takes the gaps too (設置 on the same line, 2.8 em).
 */
export function lostCharacter(w: OcrWord, em: number): boolean {
  return spareEms(w, em) > 0.6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The stretches of a line that stand in one cell: parted where a vertical rule crosses between two
 * words, or where they stand further apart than runs join (JOIN_GAP_EM). `walls`: the x of the
 * vertical rules crossing the line, in pixels.
 */
export function lineSegments(line: OcrLine, em: number, walls: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    if (b && a && a.frame === b.frame && b.left - a.right < em * JOIN_GAP_EM && !walls.some((x) => x > a.right - em * 0.2 && x < b.left + em * 0.2)) continue;
    out.push([from, i]);
    from = i;
  }
  return out;
}

/**
 * Tesseract reading the whole page as one block (--psm 6) reads a table's row across its cells as
 * one line, and a cell's line set beside another cell's, on another baseline, loses kanji it reads
 * right alone: 刈谷's 来庁者 read 来店者 (56), 防災 防炎 (14), 推進 堆進 (0), 清掃 清恨 (0) in rows
 * of four cells, each read right when its cell's line was cut out and read by itself. The stretches
 * of a cell's line holding a word read with little confidence, each cut out of the page with a
 * fifth of an em round its ink (the lines of a cell stand half an em apart) and within the cell's
 * rules, stacked one under the other on a white picture for one more Tesseract run.
 */
export function planStrips(lines: readonly OcrLine[], ems: readonly number[], rules: readonly Rule[], scaleX: number, scaleY: number, width: number, height: number, pixels?: Uint8Array): Strip[] {
  const strips: Strip[] = [];
  let at = PAD;
  const body = median([...ems]);
  lines.forEach((line, n) => {
    const em = ems[n]!;
    if (em >= body * 1.6) {
      // (a cell whose words all stand on one of Tesseract's lines was read as a line: a heading set large)
      const cells = rowCells(line, body, rules, scaleX, scaleY).filter((c) => lines.filter((l) => l.some((w) => centredIn(w, c))).length >= 2);
      if (cells.length > 0) {
        for (const c of cells) {
          strips.push({ line: n, from: 0, to: 0, ...c, at, em: body, cell: true });
          at += c.y1 - c.y0 + Math.max(PAD, Math.round(body));
        }
        return;
      }
    }
    const { top, bottom, walls } = lineBand(line, rules, scaleX, scaleY);
    for (const [from, to] of lineSegments(line, em, walls)) {
      const words = line.slice(from, to);
      if (words.some((w) => w.frame !== undefined)) continue;
      const head = pixels ? unreadHead(lines, line, from, em, walls, top, bottom, pixels, width) : null;
      if (!(words.some((w) => w.conf < RE_READ_CONF && TALL.test(w.text)) || lostCharacter(words[0]!, em) || head)) continue;
      // (half an em of white before a glyph Tesseract dropped at a line's head: cut tight, it is dropped again)
      const left = Math.min(...words.map((w) => w.left), ...(head ? [head[0] - em * 0.2] : []));
      const right = Math.max(...words.map((w) => w.right));
      const wallLeft = Math.max(0, ...walls.filter((x) => x <= left + em * 0.2).map((x) => x + 3));
      const wallRight = Math.min(width, ...walls.filter((x) => x >= right - em * 0.2).map((x) => x - 3));
      const x0 = Math.round(Math.max(wallLeft, left - em * 0.3));
      const x1 = Math.round(Math.min(wallRight, right + em * 0.3));
      const y0 = Math.round(Math.max(0, top - em * 0.2));
      const y1 = Math.round(Math.min(height, bottom + em * 0.2));
      if (x1 - x0 < em || y1 <= y0) continue;
      strips.push({ line: n, from, to, x0, x1, y0, y1, at, em, ...(head ? { head } : {}) });
      at += y1 - y0 + Math.max(PAD, Math.round(em));
    }
  });
  return strips;
}

/** A line's band (pixels: the median top and foot of its kanji and kana) and the x of the vertical rules crossing it. */
function lineBand(line: OcrLine, rules: readonly Rule[], scaleX: number, scaleY: number): { top: number; bottom: number; walls: number[] } {
  const tall = line.filter((w) => TALL.test(w.text));
  const ref = tall.length > 0 ? tall : line;
  const top = median(ref.map((w) => w.top));
  const bottom = median(ref.map((w) => w.bottom));
  const walls = rules.filter((r) => r.x0 === r.x1 && r.y0 / scaleY < bottom && r.y1 / scaleY > top).map((r) => r.x0 / scaleX);
  return { top, bottom, walls };
}

/** A dropped glyph's ink: at least this share of an em wide and at most HEAD_MAX, across at least HEAD_FILL of the line's rows. */
const HEAD_MIN = 0.5;
const HEAD_MAX = 1.15;
const HEAD_FILL = 0.6;

/**
 * Ink a glyph wide and most of a line tall, right before the first word of a cell's line (within
 * 0.6 em of its box, after the cell's rule), that no word of the page covers: a character
 * Tesseract dropped at the head of a line. A box-like kanji is dropped so (刈谷 by LibreOffice,
 * IPAex Mincho, scanned at 75 and 100: the 図 of `図ります。` and of `図り、下水道施設の…` opening a
 * cell's line, dropped when the page is read and when the line is read alone cut tight, read when
 * it is cut with half an em of white before it), and a ring whose left half was read as a bar
 * (`|` `の` for ①, p23). Its [x0, x1] in pixels, or null.
 */
function unreadHead(lines: readonly OcrLine[], line: OcrLine, from: number, em: number, walls: readonly number[], top: number, bottom: number, pixels: Uint8Array, width: number): [number, number] | null {
  const w = line[from]!;
  const before = from > 0 ? line[from - 1]!.right : -Infinity;
  // (at a cell's head only, the line's first word or the first past a rule — which the box before
  // may overrun a little, 刈谷's 施設 by 5 px —: mid-line, the ink between two words may be a glyph
  // the word before holds in a box set off it, 桑名's ライド by LibreOffice)
  if (from > 0 && !walls.some((x) => x > before - em * 0.3 && x < w.left)) return null;
  const x0 = Math.round(Math.max(0, before + 2, w.left - em * 1.8, ...walls.filter((x) => x < w.left).map((x) => x + 3)));
  const x1 = Math.round(w.left - 1);
  if (x1 - x0 < em * HEAD_MIN || bottom - top < em * 0.5) return null;
  const runs = inkRuns(pixels, width, x0, x1, Math.round(top), Math.round(bottom));
  // the runs of one glyph: its strokes stand under a quarter em apart
  const glyphs: [number, number, number][] = [];
  for (const [a, b, fill] of runs) {
    const g = glyphs.at(-1);
    if (g && a - g[1] < em * 0.25) (g[1] = b), (g[2] = Math.max(g[2], fill));
    else glyphs.push([a, b, fill]);
  }
  const g = glyphs.at(-1);
  if (!g || w.left - g[1] > em * 0.6 || g[1] - g[0] < em * HEAD_MIN || g[1] - g[0] > em * HEAD_MAX || g[2] < HEAD_FILL) return null;
  const box = { x0: g[0], x1: g[1], y0: top, y1: bottom };
  return lines.some((l) => l.some((o) => centredIn(o, box))) ? null : [g[0], g[1]];
}

/** Strips set one under the other again (planStrips' spacing): a share of them, stacked in a picture of its own. */
export function restack(strips: readonly Strip[]): Strip[] {
  let at = PAD;
  return strips.map((s) => {
    const out = { ...s, at };
    at += s.y1 - s.y0 + Math.max(PAD, Math.round(s.em));
    return out;
  });
}

/** How tall the picture of these strips stacked is (pixels). */
export const stackHeight = (strips: readonly Strip[]) => (strips.length === 0 ? 0 : strips.at(-1)!.at + (strips.at(-1)!.y1 - strips.at(-1)!.y0) + PAD);

/** Tesseract's TSV of a picture as read from `dy` pixels lower: the reading of a second stack, set under the first. */
export function shiftTsv(tsv: string, dy: number): string {
  return tsv
    .split('\n')
    .map((row) => {
      const f = row.split('\t');
      if (f.length < 12 || !/^\d+$/.test(f[7] ?? '')) return row;
      f[7] = String(Number(f[7]) + dy);
      return f.join('\t');
    })
    .join('\n');
}

/** The strips one under the other, PAD from the left, on white: a binary PGM for Tesseract. */
export function stackStrips(pixels: Uint8Array, width: number, strips: readonly Strip[]): Uint8Array {
  const w = PAD * 2 + Math.max(...strips.map((s) => s.x1 - s.x0));
  const h = stackHeight(strips);
  const out = new Uint8Array(w * h).fill(255);
  for (const s of strips) for (let y = s.y0; y < s.y1; y++) out.set(pixels.subarray(y * width + s.x0, y * width + s.x1), (s.at + y - s.y0) * w + PAD);
  return pgmBytes(w, h, out);
}

const meanConf = (words: readonly OcrWord[]) => {
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  return chars > 0 ? words.reduce((n, w) => n + w.conf * w.text.length, 0) / chars : 0;
};

/**
 * Two readings of one stretch cut where both stand at the start of a word after the same text
 * (a common subsequence of their characters): the stretches between, each a few words of one
 * reading and the few of the other that read the same place. `[from, to)` in each.
 */
export function alignWords(a: readonly OcrWord[], b: readonly OcrWord[]): { a: [number, number]; b: [number, number] }[] {
  const chars = (ws: readonly OcrWord[]) => ws.flatMap((w, i) => [...w.text].map((c, k) => ({ c, word: i, start: k === 0 })));
  const [x, y] = [chars(a), chars(b)];
  const lcs = Array.from({ length: x.length + 1 }, () => new Int32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i]!.c === y[j]!.c ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: { a: [number, number]; b: [number, number] }[] = [];
  let [i, j] = [0, 0];
  let [wa, wb] = [0, 0];
  const cut = () => {
    const [na, nb] = [i < x.length ? x[i]!.word : a.length, j < y.length ? y[j]!.word : b.length];
    if (na > wa || nb > wb) out.push({ a: [wa, na], b: [wb, nb] });
    [wa, wb] = [na, nb];
  };
  while (i < x.length || j < y.length) {
    const same = i < x.length && j < y.length && x[i]!.c === y[j]!.c;
    if (same) i++, j++;
    else if (j < y.length && (i >= x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) j++;
    else i++;
    // (after a character both read: a stretch read differently stays whole)
    if (same && (i === x.length || x[i]!.start) && (j === y.length || y[j]!.start)) cut();
  }
  cut();
  return out;
}

/**
 * Whether the strip's reading `b` gives, surely, the glyph the page dropped at the stretch's head
 * (unreadHead) and then what the page read: `b` opens inside the glyph's ink and reads as `a` after
 * its first characters.
 */
function headRead(a: readonly OcrWord[], b: readonly OcrWord[], s: Strip): boolean {
  if (!s.head || b.length === 0 || meanConf(b) < RE_READ_CONF) return false;
  const first = b[0]!;
  if (first.left > s.head[1] || first.right < s.head[0] || (first.left + first.right) / 2 > s.head[1] + s.em * 0.5) return false;
  const [was, now] = [a.map((w) => w.text).join(''), b.map((w) => w.text).join('')];
  return now.length > was.length && now.length - was.length <= 2 && now.endsWith(was);
}

/**
 * Whether the strip's reading `b` of a stretch is to be taken for the page's `a`: where `a` holds a
 * word read with little confidence, or opens the strip with a word that lost a character
 * (lostCharacter), and `b` is surer.
 */
function better(a: readonly OcrWord[], b: readonly OcrWord[], em: number, head: OcrWord | undefined): boolean {
  return b.length > 0 && (a.some((w) => w.conf < RE_READ_CONF) || (a[0] !== undefined && a[0] === head && lostCharacter(head, em))) && meanConf(b) > meanConf(a);
}

/**
 * Whether a strip's words `b`, read where the page's reading of the stretch has nothing (between
 * its words `at[0] - 1` and `at[1]`), are characters the page lost: read surely (RE_READ_CONF),
 * each inside the box of the page's word beside it (桑名 by LibreOffice, scanned, p17: the 部 of
 * `社会基盤整備部` and the 。 of `…各種関連事業の促進。` inside the boxes of 備 and 促進, read at 96 and
 * 93 alone). Not where they reach into the strip's margin, which can hold a glyph of the next
 * stretch (刈谷 by LibreOffice: `…法に` | `基づく`, 基 read at the strip's end) or part of one (by
 * Chromium: `被害の` | `解消`, the left of 解 read 角); nor where they are what the page read at the
 * head of the next stretch or the end of the one before, its boxes set off their ink (部長目標 by
 * LibreOffice: `…検討を` | `行います`, 行 inside を's box).
 */
function lostOnThePage(b: readonly OcrWord[], at: readonly [number, number], line: OcrLine, s: Strip): boolean {
  const old = line.slice(s.from, s.to);
  const [from, to] = [Math.min(...old.map((w) => w.left)), Math.max(...old.map((w) => w.right))];
  const beside = [old[at[0] - 1], old[at[1]]];
  const inside = (w: OcrWord) => w.left >= from - s.em * 0.15 && w.right <= to + s.em * 0.15 && beside.some((o) => o && (w.left + w.right) / 2 > o.left && (w.left + w.right) / 2 < o.right);
  const text = b.map((w) => w.text).join('');
  if ((at[1] === old.length && line[s.to]?.text.startsWith(text)) || (at[0] === 0 && line[s.from - 1]?.text.endsWith(text))) return false;
  return b.length > 0 && b.every((w) => w.conf >= RE_READ_CONF && inside(w));
}

/**
 * Tesseract's reading of the stacked strips put back in the page's lines: a strip's words, moved
 * to where the strip was cut from, are set against the words it was cut round, stretch by stretch
 * (alignWords), and take the place of a stretch that differs where it held a word read with
 * little confidence and the strip's reading of it is surer, by its mean confidence over its
 * characters: read alone, a cell's line loses as well as gains (刈谷's 物価高騰 read 物価高勝), and
 * a word read surely on the page stays; where the page read nothing, the strip's characters are
 * taken if the page lost them (lostOnThePage). Changes the lines in place.
 */
export function applyReRead(lines: OcrLine[], strips: readonly Strip[], tsv: string): void {
  const readLines = readTsv(tsv);
  const read = readLines.flat();
  // a strip's words, moved to where it was cut from
  const fromStrip = (s: Strip, words: readonly OcrWord[]) =>
    words.filter((w) => (w.top + w.bottom) / 2 >= s.at && (w.top + w.bottom) / 2 < s.at + (s.y1 - s.y0)).map((w) => ({ ...w, left: w.left - PAD + s.x0, right: w.right - PAD + s.x0, top: w.top - s.at + s.y0, bottom: w.bottom - s.at + s.y0 }));
  // from the last strip of a line to its first: the word indices before it stay put
  for (const s of [...strips].reverse()) {
    if (s.cell) continue;
    const words = fromStrip(s, read).sort((a, b) => a.left - b.left);
    if (words.length === 0) continue;
    const line = lines[s.line]!;
    const old = line.slice(s.from, s.to);
    const merged: OcrWord[] = [];
    for (const c of alignWords(old, words)) {
      const [a, b] = [old.slice(...c.a), words.slice(...c.b)];
      if (headRead(a, b, s)) {
        merged.push(...b);
        continue;
      }
      if (a.length === 0 && lostOnThePage(b, c.a, line, s)) {
        merged.push(...b);
        continue;
      }
      // word for word where the two read as many words of the same lengths (Park-PFI 制 for Park-PFT 制)
      const pairs = a.length === b.length && a.every((w, k) => w.text.length === b[k]!.text.length) ? a.map((w, k) => [[w], [b[k]!]] as const) : [[a, b] as const];
      for (const [x, y] of pairs) {
        merged.push(...(better(x, y, s.em, old[0]) ? y : x));
      }
    }
    line.splice(s.from, s.to - s.from, ...merged);
  }
  // whole cells last (they take words by where they stand, not by index), from the last line up
  for (const s of [...strips].filter((x) => x.cell).reverse()) {
    const got = readLines.map((l) => fromStrip(s, l)).filter((l) => l.length > 0);
    if (got.length === 0) continue;
    for (const line of lines) for (let k = line.length - 1; k >= 0; k--) if (centredIn(line[k]!, s)) line.splice(k, 1);
    lines.splice(s.line + 1, 0, ...got.map((l) => l.sort((a, b) => a.left - b.left)));
  }
}

/** Whether a word's centre lies inside a box (pixels). */
function centredIn(w: OcrWord, box: { x0: number; x1: number; y0: number; y1: number }): boolean {
  const [x, y] = [(w.left + w.right) / 2, (w.top + w.bottom) / 2];
  return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
}

/**
 * The cells of the ruled row a line stands in, where Tesseract reading the page as one block ran a
 * cell's lines into the lines beside it (伊勢崎's sheet heads, by Chromium at 300 dpi: the title
 * cell's 情報システ / ムの最適化 beside No. | ④ | 取組項目 read as `情報 シス テ` on a line of its own
 * and `ao` `し` at 8 and 0 on the row's line, which stood 2.5 body ems tall): between the rules
 * above and below the line and each two rules crossing it, three pixels inside each.
 * None where the row is not ruled all round, or holds the line in one cell.
 */
function rowCells(line: OcrLine, body: number, rules: readonly Rule[], scaleX: number, scaleY: number): { x0: number; x1: number; y0: number; y1: number }[] {
  const mid = median(line.map((w) => (w.top + w.bottom) / 2));
  const [left, right] = [Math.min(...line.map((w) => w.left)), Math.max(...line.map((w) => w.right))];
  const across = rules.filter((r) => r.y0 === r.y1 && r.x0 / scaleX <= left && r.x1 / scaleX >= right).map((r) => r.y0 / scaleY);
  const top = Math.max(...across.filter((y) => y < mid));
  const bottom = Math.min(...across.filter((y) => y > mid));
  if (!Number.isFinite(top) || !Number.isFinite(bottom) || bottom - top > body * 6) return [];
  const walls = [...new Set(rules.filter((r) => r.x0 === r.x1 && r.y0 / scaleY <= top + body * 0.3 && r.y1 / scaleY >= bottom - body * 0.3).map((r) => Math.round(r.x0 / scaleX)))].sort((a, b) => a - b);
  const cells: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let i = 1; i < walls.length; i++) {
    const [x0, x1] = [walls[i - 1]! + 3, walls[i]! - 3];
    if (x1 - x0 < body || !line.some((w) => (w.left + w.right) / 2 > x0 && (w.left + w.right) / 2 < x1)) continue;
    cells.push({ x0, x1, y0: Math.round(top + 3), y1: Math.round(bottom - 3) });
  }
  // (a box round one line, 部長目標's heading set large, is no row of cells)
  return cells.length >= 2 ? cells : [];
}

/** Ink rows of a band no word covers, from which a line of text stands there: at least this share of an em tall, at most LOST_LINE_MAX. */
const LOST_LINE_MIN = 0.55;
const LOST_LINE_MAX = 1.3;
/** And at least this many runs of ink across it (glyphs; a rule's remnant or a speck is one or two). */
const LOST_LINE_GLYPHS = 4;

/**
 * Lines of a cell Tesseract gave no word for: under each cell stretch of a line (lineSegments), the
 * ink between its foot and the next word below in its cell's columns (within the cell's vertical
 * rules, else the stretch's width and an em each side), where it makes a band a line tall of
 * several glyphs and no word stands in it. Reading the page as one block (--psm 6), Tesseract drops
 * a line now and then (刈谷 by Chromium, scanned at 100, p23: `基づき、経営の健全化や効率的な事業運`
 * between `③上下水道事業のビジョン及び経営戦略に` and `営に努めます。`, no word of it in the page's
 * reading; the goal read `…経営戦略に営に努めます。`). Each band is cut out as a whole cell
 * (`cell`), read alone with the strips, and its lines put in after the line above it.
 * `pixels`: the page without its rules; `at`: where the first band goes in the stacked picture (a picture of their own: PAD).
 */
export function lostLines(lines: readonly OcrLine[], ems: readonly number[], rules: readonly Rule[], scaleX: number, scaleY: number, width: number, height: number, pixels: Uint8Array, at = PAD): Strip[] {
  const strips: Strip[] = [];
  const body = median([...ems]);
  const words = lines.flat();
  const inkAt = (x: number, y: number) => pixels[y * width + x]! < 128;
  lines.forEach((line, n) => {
    const em = ems[n]!;
    if (em > body * 1.3) return;
    const { bottom: foot, walls } = lineBand(line, rules, scaleX, scaleY);
    for (const [from, to] of lineSegments(line, em, walls)) {
      const seg = line.slice(from, to);
      const [left, right] = [Math.min(...seg.map((w) => w.left)), Math.max(...seg.map((w) => w.right))];
      const x0 = Math.round(Math.max(0, ...walls.filter((x) => x <= left + em * 0.2).map((x) => x + 3), walls.some((x) => x <= left + em * 0.2) ? 0 : left - em));
      const x1 = Math.round(Math.min(width - 1, ...walls.filter((x) => x >= right - em * 0.2).map((x) => x - 3), walls.some((x) => x >= right - em * 0.2) ? width - 1 : right + em));
      // (down to the next word in these columns, or a rule across them, and a line's pitch at most)
      const below = words.filter((w) => w.top > foot + em * 0.2 && w.right > x0 && w.left < x1).map((w) => w.top);
      const ruled = rules.filter((r) => r.y0 === r.y1 && r.y0 / scaleY > foot && r.x0 / scaleX < x1 && r.x1 / scaleX > x0).map((r) => r.y0 / scaleY - 3);
      const y0 = Math.round(foot + em * 0.25);
      const y1 = Math.round(Math.min(height - 1, foot + em * 2.2, ...below.map((y) => y - em * 0.15), ...ruled));
      if (y1 - y0 < em * LOST_LINE_MIN) continue;
      // the longest run of rows holding ink in these columns
      let [bandTop, bandEnd, runTop] = [-1, -1, -1];
      for (let y = y0; y <= y1 + 1; y++) {
        let ink = false;
        if (y <= y1) for (let x = x0; x <= x1 && !ink; x++) ink = inkAt(x, y);
        if (ink && runTop < 0) runTop = y;
        if (!ink && runTop >= 0) {
          if (y - runTop > bandEnd - bandTop) [bandTop, bandEnd] = [runTop, y];
          runTop = -1;
        }
      }
      const tallBand = bandEnd - bandTop;
      if (tallBand < em * LOST_LINE_MIN || tallBand > em * LOST_LINE_MAX) continue;
      const box = { x0, x1, y0: Math.max(0, Math.round(bandTop - em * 0.2)), y1: Math.min(height, Math.round(bandEnd + em * 0.2)) };
      if (words.some((w) => centredIn(w, box)) || strips.some((s) => s.x0 < box.x1 && s.x1 > box.x0 && s.y0 < box.y1 && s.y1 > box.y0)) continue;
      if (inkRuns(pixels, width, x0, x1, bandTop, bandEnd - 1).length < LOST_LINE_GLYPHS) continue;
      strips.push({ line: n, from: 0, to: 0, ...box, at, em: body, cell: true });
      at += box.y1 - box.y0 + Math.max(PAD, Math.round(body));
    }
  });
  return strips;
}
