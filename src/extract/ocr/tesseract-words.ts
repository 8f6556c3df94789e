import { execFile } from 'node:child_process';
import type { Rule, TextRun } from '../pdf/page-content.js';

/**
 * Tesseract's word boxes (`tsv`, level 5 rows) into the positioned runs the PDF text layer gives,
 * so that lines, columns and tables are found by the same code.
 */
export interface OcrWord {
  text: string;
  /** Pixels, origin top left. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** 0–100, as Tesseract gives it. */
  conf: number;
  /** Read inside a drawn box (its sides read as `[` `]`): the box's number; its words are a cell of their own. */
  frame?: number;
}

/** The words of one line Tesseract found (block, paragraph, line), left to right. */
export type OcrLine = OcrWord[];

/**
 * --psm 6 (one uniform block of text): on the seed renderings it reads a table's row across its
 * cells as one line, which keeps the gaps between cells for the column finder; 3 and 4 cut the
 * page into blocks of their own and lose lines of narrow cells (see scripts/make-scanned.ts).
 */
export const TESSERACT_PSM = '6';

export function runTesseract(command: string, image: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      command,
      [image, 'stdout', '-l', 'jpn', '--psm', TESSERACT_PSM, 'tsv'],
      // one thread a page: the batch runs files on every core already, and Tesseract's own
      // threads gain little on one page
      { timeout: 300_000, maxBuffer: 64 * 2 ** 20, env: { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' } },
      (e, stdout, stderr) => (e ? reject(new Error(`tesseract failed: ${String(stderr).trim().split('\n')[0] || e.message}`)) : resolve(stdout)),
    ),
  );
}

export function readTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim();
    // what is left of a rule the page's picture kept (a dotted or broken one) reads as bars
    if (text === '' || /^[|｜]+$/.test(text)) continue;
    const [left, top, width, height, conf] = f.slice(6, 11).map(Number) as [number, number, number, number, number];
    const key = `${f[1]}.${f[2]}.${f[3]}.${f[4]}`;
    const word = { text, left, top, right: left + width, bottom: top + height, conf };
    const line = lines.get(key);
    if (line) line.push(word);
    else lines.set(key, [word]);
  }
  return [...lines.values()].map((l) => unframe(l.sort((a, b) => a.left - b.left)));
}

/**
 * The stretches Tesseract read twice: one run of ink taken for two lines on two baselines, the
 * second read mostly at low confidence (部長目標 by LibreOffice, scanned: p1 `人成防災!達成` over
 * `総務部 5 地域防災計画を改定します!達成`, where the white name in its dark cell sat lower than
 * the goal beside it; p2 `子ども未 和南保育園跡地の活用を進 未達成` under `大和南保育園跡地の活用を
 * 進めます!`, the name and the badge read once, the goal twice). Where two lines' boxes cover the
 * same words (two of them or more with a character in common), the words of the poorer reading go
 * (fewer characters, or less confidence), and a line left empty with them; the page's ink is read once. Changes the
 * lines in place.
 */
export function dropDoubleReads(lines: OcrLine[]): void {
  const meanConf = (ws: OcrWord[]) => ws.reduce((n, w) => n + w.conf * w.text.length, 0) / Math.max(1, ws.reduce((n, w) => n + w.text.length, 0));
  const overlap = (a: OcrWord, b: OcrWord) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > 0 && h > 0 && w * h >= 0.5 * Math.min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top));
  };
  const gone = new Set<OcrWord>();
  lines.forEach((a, i) => {
    for (const b of lines.slice(i + 1)) {
      const inA = a.filter((w) => !gone.has(w) && b.some((o) => !gone.has(o) && overlap(w, o)));
      const inB = b.filter((w) => !gone.has(w) && inA.some((o) => overlap(w, o)));
      const same = inB.filter((w) => inA.some((o) => overlap(w, o) && [...w.text].some((c) => o.text.includes(c)))).length;
      if (same < 2) continue;
      // (the boxes of a second reading can stand a character off the first's, and its stretch stop
      // short: the runs of each line that hold the words read twice are compared, and the one with
      // fewer characters, or as many read with less confidence, loses its words under the other's)
      const [ra, rb] = [runsHolding(a, inA, gone), runsHolding(b, inB, gone)];
      const [ca, cb] = [ra, rb].map((ws) => ws.reduce((n, w) => n + w.text.length, 0)) as [number, number];
      const [winner, loser] = cb < ca || (cb === ca && meanConf(rb) < meanConf(ra)) ? [ra, b] : [rb, a];
      const x0 = Math.min(...winner.map((w) => w.left));
      const x1 = Math.max(...winner.map((w) => w.right));
      for (const w of loser) if ((w.left + w.right) / 2 > x0 && (w.left + w.right) / 2 < x1) gone.add(w);
    }
  });
  for (let i = lines.length - 1; i >= 0 && gone.size > 0; i--) {
    const line = lines[i]!;
    for (let k = line.length - 1; k >= 0; k--) if (gone.has(line[k]!)) line.splice(k, 1);
    if (line.length === 0) lines.splice(i, 1);
  }
}

/** The words of the runs of a line (boxes closer than JOIN_GAP_EM) that hold any of `held`. */
function runsHolding(line: OcrLine, held: readonly OcrWord[], gone: ReadonlySet<OcrWord>): OcrWord[] {
  const words = line.filter((w) => !gone.has(w));
  const em = median(words.map((w) => w.bottom - w.top)) / INK_PER_EM;
  const out: OcrWord[] = [];
  let run: OcrWord[] = [];
  const close = () => {
    if (run.some((w) => held.includes(w))) out.push(...run);
    run = [];
  };
  for (const w of words) {
    if (run.length > 0 && w.left - run.at(-1)!.right > em * JOIN_GAP_EM) close();
    run.push(w);
  }
  close();
  return out;
}

/**
 * The sides of a box drawn round words read as square brackets, which Japanese text does not
 * print (部長目標's 達成 badges: `[達成`, `[` `達成` `]`, `![` `未` `達成`, glued to the goal before
 * them): the brackets go, and the words between them are one cell of their own.
 */
function unframe(line: OcrLine): OcrLine {
  const out: OcrLine = [];
  let frame: number | undefined;
  let n = 0;
  for (const w of line) {
    const open = /^([^[\]]*)\[(.*)$/u.exec(w.text);
    if (open && !/\]./u.test(open[2]!)) {
      const [before, inside] = [open[1]!, open[2]!];
      const at = w.left + ((w.right - w.left) * before.length) / w.text.length;
      if (before) out.push({ ...w, text: before, right: at });
      frame = ++n;
      if (inside) out.push({ ...w, text: inside.replace(/[\])）]$/u, ''), left: at, frame });
      if (/[\])）]$/u.test(inside)) frame = undefined;
      continue;
    }
    if (frame !== undefined && /^[\])）]$/u.test(w.text)) {
      frame = undefined;
      continue;
    }
    if (frame !== undefined && /[\]]$/u.test(w.text)) {
      out.push({ ...w, text: w.text.slice(0, -1), frame });
      frame = undefined;
      continue;
    }
    out.push(frame !== undefined && JAPANESE.test(w.text) ? { ...w, frame } : w);
    if (frame !== undefined && !JAPANESE.test(w.text)) frame = undefined;
  }
  return out.filter((w) => w.text !== '');
}

const FULL_HEIGHT = /[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff]/u;
/** Set at the left of their em square: the space after them is part of the character. */
const LEFT_SET = /^[、。，．）」』】〕〉》”’]$/u;
/**
 * How far a mark's em square reaches past its ink edge, in ems, at least: the ink of `、` stands
 * 0.1–0.45 em into its square by the font (Chromium's Noto Serif CJK: 0.45, 刈谷 p11 scanned, where
 * a whole em put `設置し、` 4.8 pt past its cell's text and its wrap edge, and the next line, 1 em
 * short of the true edge, ended its title at `提供` / `します。`). Short of the square, a line ending
 * in the mark looks a little short, which no wrap test minds; past it, every line of the cell does.
 */
const MARK_SQUARE = 0.6;
/** Set at the right of their em square. */
const RIGHT_SET = /^[（「『【〔〈《“‘]$/u;
const LATIN_END = /[A-Za-z0-9.,%]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** How much of its em a kanji's ink fills (IPAex, MS Mincho: 0.88–0.92). */
const INK_PER_EM = 0.9;

/**
 * Closer than this (em) two boxes are one run; wider, a gap the column finder may read as a border.
 * Not the half em a text layer's runs would need: the LSTM's boxes are placed a character's
 * width off at times (桑名 p1: 年 14 px right of its ink, 間 on the 、 after it), and gaps inside
 * a sentence measured up to 1.2 em, those between the cells of a ruled table from 3.4 em.
 */
export const JOIN_GAP_EM = 1.3;

/**
 * Wider than this (em) the room after a number alone is a space (lineRuns): between the ink of a
 * goal's number and its first word 0.37–0.6 em (部長目標's `4 庁舎…` 14 px, `1 イベント…` 22 px, em
 * 38), inside a phrase an eighth (刈谷's `実施1回80人`).
 */
const NUMBER_GAP_EM = 0.3;

/** A word's height in pixels: its box's, or (inkHeight) its ink's within the box. */
export type WordHeight = (w: OcrWord) => number;
const boxHeight: WordHeight = (w) => w.bottom - w.top;

/** Ink filling less than this share of its box: the box stands on two baselines. */
const INFLATED = 0.85;

/**
 * The height of a word's ink within its box. Tesseract's boxes can stand taller than the ink
 * where a line's words sat on two baselines: 刈谷's 行い and ます at 46 px over 27 px of ink
 * (p12 at JPEG quality 95 and 75, `けての支援を行いま`), which made the line's em 50 px for 37 and
 * its size change end the paragraph in mid-word.
 */
export function inkHeight(pixels: Uint8Array, width: number): WordHeight {
  return (w) => {
    let first = -1;
    let last = -1;
    const x0 = Math.max(0, Math.round(w.left));
    const x1 = Math.min(width - 1, Math.round(w.right));
    for (let y = Math.round(w.top); y <= Math.round(w.bottom); y++) {
      for (let x = x0; x <= x1; x++) {
        if (pixels[y * width + x]! < 128) {
          if (first < 0) first = y;
          last = y;
          break;
        }
      }
    }
    const box = w.bottom - w.top;
    // (a box a pixel or two over its ink is Tesseract's usual fit, which INK_PER_EM was measured on)
    // (and ink under half its box is no character's: a speck Tesseract boxed as one, `ュー` for a dash)
    const ink = last - first + 1;
    return first < 0 || ink > box * INFLATED || ink < box * 0.45 ? box : ink;
  };
}

/**
 * A line's em (pixels) from its own ink: kanji and katakana fill 0.9 of it, other marks less.
 * Where Tesseract took two baselines for one line (a cell's last word `す。` beside the next cell's
 * line set lower: 刈谷 p8), it gives every word the line's whole height (66 px for 34): then the
 * words' widths, a kanji an em each, tell the size.
 */
export function lineEm(line: OcrLine, height: WordHeight = boxHeight, twoBaselines = TWO_BASELINES): { em: number; tall: number } {
  const tall = line.filter((w) => FULL_HEIGHT.test(w.text));
  const chars = tall.reduce((n, w) => n + w.text.length, 0);
  if (tall.length === 0) return { em: median(line.map(boxHeight)) / 0.72, tall: 0 };
  const byHeight = median(tall.map(height)) / INK_PER_EM;
  const kanji = tall.filter((w) => /^[\u3400-\u9fff\uf900-\ufaff]+$/u.test(w.text));
  const byWidth = kanji.length >= 3 ? median(kanji.map((w) => (w.right - w.left) / w.text.length)) / INK_PER_EM : Infinity;
  // (boxes on two baselines stand about twice their ink; a line whose boxes are set off their ink
  // along it has kanji boxes as narrow as 0.7 em at true height — 刈谷 p12 by Chromium, scanned,
  // the strip read again: `教` 26 px, `室` 16 px at 33 px tall — and keeps its height's em)
  return { em: byHeight > byWidth * twoBaselines ? byWidth : byHeight, tall: chars };
}

/** Boxes this much taller than the kanji are wide stand on two baselines. */
const TWO_BASELINES = 1.5;
/**
 * The ratio the stretches read again (re-read.ts) were planned and scored with: an em there
 * sizes the strip cut from the page, and a strip cut otherwise reads other characters wrong or
 * right (刈谷 and 部長目標 scanned: 人災害, 来店者, 困獲者 where the page had read them right).
 */
export const PLANNED_BASELINES = 1.2;

/** Within this share of the page's body size a line is set in it: the ink of a few kanji varies by up to 15% (木更津 p4: 38 px for 33). */
const SAME_SIZE = 0.2;

/**
 * Each line's em: the page's body size (the median over its characters) where the line's own
 * measure comes within 20% of it, or rests on fewer than three kanji or katakana; its own
 * otherwise (a heading, a small note). Measured alone, 制度の確立) read 10.1 pt beside 9.1 pt
 * for the line above it (木更津 p4, a title wrapped in its cell), and す。 16 pt: a size change
 * ends a paragraph, and the title was cut in two.
 */
export function lineEms(lines: readonly OcrLine[], height?: WordHeight, twoBaselines = TWO_BASELINES): number[] {
  const own = lines.map((line) => lineEm(line, boxHeight, twoBaselines));
  const weighted = own.flatMap((o) => (o.tall >= 3 ? Array<number>(o.tall).fill(o.em) : []));
  if (weighted.length === 0) return own.map((o) => o.em);
  const body = median(weighted);
  // (the body stays the boxes' measure, which every threshold in ems was set on: the ink only
  // tells that a line whose boxes stand taller is set in it all the same)
  const inked = height ? lines.map((line) => lineEm(line, height, twoBaselines).em) : own.map((o) => o.em);
  return own.map((o, i) => (o.tall < 3 || Math.abs(o.em / body - 1) <= SAME_SIZE || Math.abs(inked[i]! / body - 1) <= SAME_SIZE ? body : o.em));
}

const OPEN = '(（';
const CLOSE = ')）';

/**
 * A pair of round brackets Tesseract read in two widths (`(学校給食米）`: its full-width ） told by
 * the room it took, see restoreWidths; the ( before a word, which no room tells) is a full-width
 * pair: a printed pair is one width, and only a full-width bracket leaves room to be seen.
 * Lines in reading order (a pair may wrap); changes the words in place.
 */
export function pairBrackets(lines: readonly OcrLine[]): void {
  const open: { word: OcrWord; at: number; full: boolean }[] = [];
  const set = (w: OcrWord, at: number, c: string) => (w.text = w.text.slice(0, at) + c + w.text.slice(at + 1));
  for (const line of lines) {
    for (const word of line) {
      for (let at = 0; at < word.text.length; at++) {
        const c = word.text[at]!;
        if (OPEN.includes(c)) open.push({ word, at, full: c === '（' });
        else if (CLOSE.includes(c)) {
          const o = open.pop();
          if (o && o.full !== (c === '）')) {
            set(o.word, o.at, '（');
            set(word, at, '）');
          }
        }
      }
    }
  }
}

const CORNER_OPEN = '「『';
const CORNER_CLOSE = '」』';

/**
 * Corner brackets as the line opened them: a closing one takes the form of the one it closes on its
 * line (桑名 by LibreOffice scanned at JPEG 90, p1: `『チャレンジは続く～…求めて」` for …求めて』), and one
 * that closes nothing, glued in one box to the closing bracket before it, is that glyph read twice
 * (`…求めて』」（スタートアップ…`, both producers at 90: `』」` boxed 0.75 em wide). A printed pair is of one
 * form; an opening bracket on a line above is left to its own line. Changes the words in place.
 */
export function pairCornerBrackets(lines: readonly OcrLine[]): void {
  for (const line of lines) {
    const open: string[] = [];
    for (const word of line) {
      let text = '';
      for (const c of word.text) {
        if (CORNER_OPEN.includes(c)) open.push(c);
        else if (CORNER_CLOSE.includes(c)) {
          const o = open.pop();
          if (o === undefined && text !== '' && CORNER_CLOSE.includes(text.at(-1)!)) continue;
          if (o !== undefined) {
            text += CORNER_CLOSE[CORNER_OPEN.indexOf(o)];
            continue;
          }
        }
        text += c;
      }
      word.text = text;
    }
  }
}

/**
 * The runs of one line, in points (`scale`: points per pixel). Tesseract's jpn model puts a space
 * between every character; a text layer has none, and a gap of a quarter em already reads as one
 * (text-lines.ts): boxes closer than half an em join without a space, Latin words keep theirs.
 * Every run of a line gets the line's size and baseline: ink boxes differ character by character
 * (て is shorter than 協), the printed line does not. A vertical rule between two boxes parts
 * them whatever the gap (`rules` in points): a label and its cell's text stand 1.3 em apart in
 * 桑名's form. `em`: the line's, in pixels (lineEms).
 */
export function lineRuns(line: OcrLine, em: number, scaleX: number, scaleY: number, rules: readonly Rule[] = []): (TextRun & { confidence: number })[] {
  const tall = line.filter((w) => FULL_HEIGHT.test(w.text));
  const bottom = median((tall.length > 0 ? tall : line).map((w) => w.bottom)) + em * 0.05;
  const top = Math.min(...line.map((w) => w.top)) * scaleY;
  const foot = Math.max(...line.map((w) => w.bottom)) * scaleY;
  const walls = rules.filter((r) => r.x0 === r.x1 && r.y0 < foot && r.y1 > top).map((r) => r.x0 / scaleX);
  const box = (w: OcrWord) => {
    const b = { x0: RIGHT_SET.test(w.text) ? Math.min(w.left, w.right - em * MARK_SQUARE) : w.left, x1: LEFT_SET.test(w.text) ? Math.max(w.right, w.left + em * MARK_SQUARE) : w.right };
    // a box drawn across a rule (刈谷 p10: ① at 619–689 px over the rule at 630, its ink right
    // of it; p20: 推進 at 524–639 px, IPAex Gothic): no printed text crosses a cell's rule, the
    // word stands on the side that holds more of its box
    const wall = walls.find((x) => x > b.x0 && x < b.x1);
    if (wall !== undefined) Object.assign(b, b.x1 - wall >= wall - b.x0 ? { x0: wall } : { x1: wall });
    return b;
  };
  const runs: { text: string; x0: number; x1: number; chars: number; conf: number; frame?: number; words: OcrWord[] }[] = [];
  for (const w of line) {
    // what the removed rule left beside it read as a mark with next to no confidence (刈谷 p8:
    // `。` at 31 between 収 and the cell's rule 0.4 em after it, in `コンビニ収納`; 伊勢崎 p39: `”`
    // at 49 over the rule between 取組項目 and the title さかい聖苑…)
    if (/^[。、．，.,・”“’‘'"]$/u.test(w.text) && w.conf < LOW_CONF && walls.some((x) => x > w.left - em * 0.5 && x < w.right + em * 0.5)) continue;
    const b = box(w);
    const last = runs.at(-1);
    const gap = last ? b.x0 - last.x1 : Infinity;
    if (last && w.frame === last.frame && gap < em * JOIN_GAP_EM && !walls.some((x) => x > last.x1 - em * 0.2 && x < b.x0 + em * 0.2)) {
      // Tesseract parts Latin words where it saw a space, and every Japanese character
      // and a number standing alone before a word half an em away numbers it (部長目標's goals,
      // `1 イベントの見直し…`, 0.6 em: read glued, `1イベント…` was no goal 1); a figure inside a
      // sentence stands an eighth of an em each side from its kanji (`5課で`, `30人`)
      const numbering = /^\d{1,3}$/.test(last.text) && JAPANESE.test(w.text[0]!) && gap > em * NUMBER_GAP_EM;
      const spaced = numbering || (LATIN_END.test(last.text) && LATIN_START.test(w.text) && gap > em * 0.25);
      last.text += (spaced ? ' ' : '') + w.text;
      last.x1 = Math.max(last.x1, b.x1);
      last.conf += w.conf * w.text.length;
      last.chars += w.text.length;
      last.words.push(w);
    } else runs.push({ text: w.text, x0: b.x0, x1: b.x1, chars: w.text.length, conf: w.conf * w.text.length, frame: w.frame, words: [w] });
  }
  const size = em * scaleY;
  return runs.map((r) => {
    const foot = cellBottom(r.words, bottom, em);
    return {
      text: stopsReadTwice(loopsRead(arrowsRead(r.text))),
      x0: r.x0 * scaleX,
      x1: r.x1 * scaleX,
      top: (foot - em) * scaleY,
      bottom: foot * scaleY,
    size,
    vertical: false,
      font: 'ocr',
      confidence: Math.round(r.conf / r.chars) / 100,
    };
  });
}

/**
 * Characters whose ink ends where a kanji's does (to a pixel or two): kana. Not digits and
 * capitals, which stand on the Latin baseline an eighth of an em above (木更津 p10 by Chromium,
 * scanned: `R7` beside `400,000,000円` set 2.4 pt higher, which moved the row's year out of it).
 */
const ON_BASELINE = /^[\u3040-\u309f\u30a0-\u30ff\u3400-\u9fff\uf900-\ufaff々]+[。、．，）」』]?$/u;

/**
 * The baseline of one run of a line: the line's, unless the run's own words stand off it by more
 * than an eighth of an em. Tesseract's whole-page reading (--psm 6) takes the lines of neighbouring
 * cells that are set within a few points of each other for one line, and a cell's last line then
 * stood on the other cell's baseline (刈谷 p12 by Chromium, scanned: `す。` ending 感染症拡大防止を
 * 図ります at 179.6 pt beside the next item of the criteria cell at 181.1 pt, read 2.3 pt lower than
 * printed — a paragraph's lead — and the goal's title ended at 図りま).
 */
function cellBottom(words: readonly OcrWord[], lineBottom: number, em: number): number {
  // (a box taller than an em stands on two baselines, see inkHeight)
  const fits = words.filter((w) => w.bottom - w.top <= em);
  const tall = fits.filter((w) => FULL_HEIGHT.test(w.text));
  const even = tall.length > 0 ? tall : fits.filter((w) => ON_BASELINE.test(w.text));
  if (even.length === 0) return lineBottom;
  const own = median(even.map((w) => w.bottom)) + em * 0.05;
  return Math.abs(own - lineBottom) > em / 8 ? own : lineBottom;
}

/**
 * ⇒, which Tesseract's jpn model does not know, read as the kana its strokes look like: `ュぅ`
 * (no Japanese word has it), and `っ` before a figure, where no small つ stands
 * (桑名's scan: 協力店の拡大ュぅ10事業者増, 交流イベント等の実施っ２回以上, 水辺空間の利活用っ５事業者);
 * in LibreOffice's Mincho one half alone, `ュ` or `ぅ` after a kanji before a figure, where neither
 * kana can stand (a small kana follows the kana it softens: 拡大ュ10事業者増, 利活用ぅ5事業者); and
 * `>` between a kanji and a figure (Chromium's Noto Serif, 実施>２回以上), where a comparison would
 * print the full-width ＞ or say 以上.
 */
export function arrowsRead(text: string): string {
  return text
    .replace(/ュぅ/gu, '⇒')
    .replace(/っ(?=[0-9０-９])/gu, '⇒')
    .replace(/(?<=[\u3400-\u9fff])[ュぅ>](?=[0-9０-９])/gu, '⇒');
}

/**
 * A comma or full stop read twice (桑名 by Chromium, scanned at 100: `行政活用、、オンライン`, one
 * box 1.2 em wide at 30): no Japanese text prints one twice in a row.
 */
export function stopsReadTwice(text: string): string {
  return text.replace(/([、。，．])\1+/gu, '$1');
}

/**
 * る read as a circled figure (its loop: 桑名's scan, `…検討す` / `②。`, `…向上を図` / `⑤。`): an item's
 * number is never followed by a sentence's end, and る is the kana most often before one (する, 図る).
 */
export function loopsRead(text: string): string {
  return text.replace(/[\u2460-\u2473](?=。)/gu, 'る');
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]/u;
const fullWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/**
 * Tesseract's jpn model answers ASCII for full-width letters and digits; the seeds print both
 * widths, even in one document, so only the room a word takes can tell. A word of ASCII between two
 * Japanese characters, measured from the middle of the character before to that of the one after,
 * less their halves: full-width digits took 1.45–1.63 em (桑名's ６, ７), half-width ones 0.53–0.98
 * (刈谷's 5, 1: Chromium spaces Latin from kanji by an eighth of an em each side), half-width words
 * 0.51–1.13 (刈谷's SNS, LED; 桑名's DX), full-width ＳＯＳ 1.04: above 1.2 em a character is
 * full-width, below it stays ASCII (ＳＯＳ too). A bracket standing alone between two Japanese
 * characters is told the same way (木更津's 米）の); one at the head of a word cannot be: the room
 * before a full-width （ measured 0.29–0.66 em (桑名), before a half-width ( 0.53 (木更津), and
 * pairBrackets gives it its partner's width. Changes the words in place.
 */
export function restoreWidths(line: OcrLine, em: number): void {
  line.forEach((w, i) => {
    const prev = line[i - 1];
    const next = line[i + 1];
    // (room of an em or more is a gap between words or cells, which tells nothing)
    if (!prev || !next || w.left - prev.right >= em || next.left - w.right >= em) return;
    if (!/^[\x21-\x7e]+$/.test(w.text) || !JAPANESE.test(prev.text.at(-1)!) || !JAPANESE.test(next.text[0]!)) return;
    const advance = (next.left + em * 0.45 - (prev.right - em * 0.45) - em) / w.text.length;
    // two characters or more tell by their own box: LibreOffice and Word set room between Japanese
    // and Latin text (a fifth of an em each side), which the room alone takes for width (刈谷 by
    // LibreOffice, scanned: `をPRします` with PR's box 1.06 em, 1.22 em of room a letter); full-width
    // forms span an em a character less the bearings of the first and last (ＳＯＳ 2.6 em)
    if (w.text.length >= 2 && w.right - w.left < em * (w.text.length - 0.8)) return;
    if (advance >= em * 1.2) w.text = [...w.text].map(fullWidth).join('');
  });
}

/**
 * Runs of columns holding ink (darker than mid grey) between rows `y0` and `y1`: first and last
 * pixel, and the share of those rows that hold the run's ink (a bracket's arc spans them all).
 */
export function inkRuns(pixels: Uint8Array, width: number, x0: number, x1: number, y0: number, y1: number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  const inkAt = (x: number, y: number) => pixels[y * width + x]! < 128;
  const close = (a: number, b: number) => {
    let rows = 0;
    for (let y = y0; y <= y1; y++) for (let x = a; x <= b; x++) if (inkAt(x, y)) { rows++; break; }
    runs.push([a, b, Math.round((rows / (y1 - y0 + 1)) * 100) / 100]);
  };
  let start = -1;
  const last = Math.min(width - 1, x1);
  for (let x = Math.max(0, x0); x <= last; x++) {
    let ink = false;
    for (let y = y0; y <= y1 && !ink; y++) ink = inkAt(x, y);
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) close(start, x - 1), (start = -1);
  }
  if (start >= 0) close(start, last);
  return runs;
}

/** Room (em) on a bracket's open side up to which it is half-width, from which full-width (restoreBracketWidths). */
const HALF_ROOM = 0.55;
const FULL_ROOM = 0.62;

/**
 * A character whose ink fills its em, so that the room between its ink and a bracket's is the
 * bracket's: kanji, kana, and the long vowel mark's bar (刈谷's センター（現しげはら園）).
 */
const FULL_INK = /^[\u3400-\u9fff\uf900-\ufaffぁ-ゖァ-ヺー々]$/u;
const SMALL_KANA = /^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]$/u;

/**
 * The width of a round bracket told from the page's ink (`runs`: the line's ink, inkRuns): a
 * full-width （ prints its arc in the right half of its em, ） in the left, and leaves the other
 * half blank, where a half-width one leaves a sliver. Measured from the arc to the ink of a kanji or
 * kana on its open side: 桑名's （ ） 32–39 px at an em of 42 (0.75–0.93 em: 推進（デジタル, 等）活用,
 * 巻き込み）と), 木更津's half-width ( 17 px at 37 (0.46 em: 充実(複線型); on the side it
 * clasps both leave a sliver (8–13 px). Above 0.62 em the bracket is full-width. A bracket after
 * or before a mark set in half its em (』、) or Latin, or with no ink within an em and a half,
 * is left as read. Changes the words in place.
 */
export function restoreBracketWidths(line: OcrLine, em: number, runs: readonly [number, number, number][]): ('full' | 'half')[] {
  const verdicts: ('full' | 'half')[] = [];
  const chars = line.flatMap((w) => [...w.text].map((c, k, all) => ({ w, c, k, n: all.length })));
  chars.forEach((ch, i) => {
    const open = ch.c === '(';
    if (!open && ch.c !== ')') return;
    const other = chars[open ? i - 1 : i + 1];
    if (!other || !FULL_INK.test(other.c) || SMALL_KANA.test(other.c)) return;
    // the bracket's ink: a narrow run where its box begins (an opening bracket opens its word) or ends
    const at = open ? (ch.k === 0 ? ch.w.left : null) : ch.k === ch.n - 1 ? ch.w.right : null;
    if (at === null) return;
    // a narrow run of ink as tall as the line's kanji (not a kana's voicing mark: デ), nearest the
    // box's side (which may stand most of an em off the ink: 桑名's (デジ boxed from 1044 px, its
    // arc at 1010–1017)
    const arc = runs.filter(([a, b, rows]) => b - a < em * 0.3 && rows >= 0.85 && Math.abs((open ? a : b) - at) <= em).sort((x, y) => Math.abs((open ? x[0] : x[1]) - at) - Math.abs((open ? y[0] : y[1]) - at))[0];
    if (!arc) return;
    const k = runs.indexOf(arc);
    const beside = runs[open ? k - 1 : k + 1];
    if (!beside) return;
    const room = open ? arc[0] - beside[1] : beside[0] - arc[1];
    if (room > em * 1.5) return;
    if (room <= em * HALF_ROOM) return void verdicts.push('half');
    if (room < em * FULL_ROOM) return;
    verdicts.push('full');
    const w = ch.w;
    w.text = [...w.text].map((c, k2) => (k2 === ch.k ? (open ? '（' : '）') : c)).join('');
  });
  return verdicts;
}

/**
 * A page whose brackets measured (restoreBracketWidths) were all full-width, two or more, prints
 * its others so too: those after a mark set in half its em (桑名's 』(行政のスマート化)) or at a
 * line's end. A page that measured one half-width is left as read (刈谷 prints both). Changes the
 * words in place.
 */
export function bracketsLikeThePage(lines: readonly OcrLine[], verdicts: readonly ('full' | 'half')[]): void {
  if (verdicts.includes('half') || verdicts.length < 2) return;
  for (const line of lines) for (const w of line) w.text = w.text.replace(/\(/g, '（').replace(/\)/g, '）');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The rows a line's characters stand in: the middle top and bottom of its words boxed at least half
 * an em tall (a flatter box holds a sliver of its ink, or none: 桑名 by Chromium, `DX・GX` boxed 7 px
 * tall, `～` 11 px), or null where none is.
 */
export function wordsBand(line: OcrLine, em: number): { top: number; bottom: number } | null {
  const tall = line.filter((w) => w.bottom - w.top >= em / 2);
  return tall.length > 0 ? { top: median(tall.map((w) => w.top)), bottom: median(tall.map((w) => w.bottom)) } : null;
}


const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Under this (Tesseract's 0–100) a circled number's reading is a guess. */
const LOW_CONF = 50;

/**
 * Tesseract's jpn model reads one circled number as two in a row (③④ for ④, ②③ for ②: 桑名's
 * goals, IPAex Mincho, 300 dpi), and the goals are numbered by them. Which of the two the box
 * holds (it is one character wide) is told by the list it is in: the number above it, at its x,
 * is the one before. Lines in reading order; changes the words in place.
 */
export function mendCircledNumbers(lines: OcrLine[]): void {
  const seen: Listed[] = [];
  lines.forEach((line, k) => {
    dropEdgesAtRings(line);
    for (const w of line) {
      ringAsKana(line, w, seen, lines[k - 1]);
      const a = CIRCLED.indexOf(w.text[0] ?? '');
      if (a < 0) continue;
      const em = w.bottom - w.top;
      const above = seen.filter((s) => Math.abs(s.left - w.left) < Math.max(em, s.em) * 1.5).at(-1);
      const b = w.text.length > 1 ? CIRCLED.indexOf(w.text[1]!) : -1;
      let n = a;
      if (b >= 0 && w.right - w.left < em * 1.6) {
        // (or two that are not neighbours, ⑨③ for ③ under ②: 刈谷's 水資源部, IPAex Gothic):
        // the one that goes on from the number above; else of neighbours the first, of others the second
        n = above && above.n + 1 === b ? b : above && above.n + 1 === a ? a : b === a + 1 ? (above?.n === a ? b : a) : b;
        w.text = CIRCLED[n]! + w.text.slice(2);
      } else if (above && n === above.n + 11) {
        // one ten ahead of the list's next is that one, the ring's left side read as a 1, however
        // sure (桑名 by Chromium scanned at JPEG 90, p3: ⑥ read ⑯ at 52 % under ⑤)
        n = above.n + 1;
        w.text = CIRCLED[n]! + w.text.slice(1);
      } else if (w.conf < LOW_CONF && above && n > above.n + 1) {
        // one read with little confidence that jumps ahead of the list it is in is the list's next
        // (刈谷's ⑨ at 9 % for ② under ①, ③ at 0 % for ② — a ring read in two halves, ③ づ); a
        // number at or under the one above may open a list of its own (the next table's ②; so a ④
        // read ③ at 49 % under ③, 刈谷 by LibreOffice scanned at 100 p24, stays as read)
        n = above.n + 1;
        w.text = CIRCLED[n]! + w.text.slice(1);
      }
      seen.push({ left: w.left, width: w.right - w.left, n, em });
      if (n > 0) markListHead(lines, line, w, n, em);
    }
  });
}

/** A circled number read on a page: where its box starts, how wide, its number (0 for ①), its height. */
interface Listed {
  left: number;
  width: number;
  n: number;
  em: number;
}

/**
 * A circled number read as `の` and a mark (刈谷 p8: ② as `の` `@`, at 72 and 63, the two 1.45 em of
 * the ①'s height; the ring reads as の), under a number of the list at its x: the list's next. Or
 * as `の` alone, boxed as the number above it is, at its x and as wide, read with as little
 * confidence (the same page by LibreOffice: ② read `の` at 53, its box 655–688 px as the ①'s; a
 * の of the text reads at 84–97 there). Changes the line in place.
 */
function ringAsKana(line: OcrLine, w: OcrWord, seen: readonly Listed[], before: OcrLine | undefined): void {
  if (w.text === '@') return ringAsAt(line, w, seen);
  if (w.text !== 'の') return;
  const i = line.indexOf(w);
  const mark = line[i + 1];
  if (!mark || !/^[^\p{L}\p{N}]$/u.test(mark.text)) {
    const at = seen.filter((s) => Math.abs(s.left - w.left) < s.em * 0.25).at(-1);
    const like = at && Math.abs(at.width - (w.right - w.left)) <= at.width * 0.15 ? at : undefined;
    if (like && like.n + 1 < CIRCLED.length && w.conf < RING_AS_KANA_CONF) w.text = CIRCLED[like.n + 1]!;
    // (or at the list's x at a line's head under a sentence ended: no sentence opens with の — 刈谷 by
    // LibreOffice painted by poppler, p8: ② read `の` at 76.5, boxed 655–689 px under a ① boxed 655–678,
    // the line above `…に努めます。`)
    else if (at && at.n + 1 < CIRCLED.length && opensColumn(line, w, at.em) && w.conf < KANA_READ_CONF && endsSentence(before, w, at.em)) w.text = CIRCLED[at.n + 1]!;
    return;
  }
  if (mark.conf >= RING_AS_KANA_CONF || w.conf >= KANA_READ_CONF) return;
  const above = seen.filter((s) => Math.abs(s.left - w.left) < s.em * 0.5).at(-1);
  if (!above || above.n + 1 >= CIRCLED.length || mark.right - w.left > above.em * 1.5) return;
  w.text = CIRCLED[above.n + 1]!;
  w.right = mark.right;
  w.conf = Math.min(w.conf, mark.conf);
  line.splice(i + 1, 1);
}

/** Whether a word is the first of its line in its column: nothing before it, or an em of room. */
function opensColumn(line: OcrLine, w: OcrWord, em: number): boolean {
  const prev = line[line.indexOf(w) - 1];
  return !prev || w.left - prev.right > em;
}

/** Whether the words of a line above that stand in a word's column, from its x on, end a sentence. */
function endsSentence(above: OcrLine | undefined, w: OcrWord, em: number): boolean {
  const column = above?.filter((o) => o.left > w.left - em && o.left < w.left + em * 12) ?? [];
  return /[。．]$/u.test(column.at(-1)?.text ?? '');
}

/**
 * A circled number read as `@` (刈谷 by LibreOffice painted by poppler, p13: ④ read `@` at 69 at a
 * line's head, boxed 651–669 px under the ③ at 655): at the x of the list's last number, read with
 * as little confidence, and before Japanese words (not an address's `@` after a wrap), it is the
 * list's next. Changes the word in place.
 */
function ringAsAt(line: OcrLine, w: OcrWord, seen: readonly Listed[]): void {
  const next = line[line.indexOf(w) + 1];
  const at = seen.filter((s) => Math.abs(s.left - w.left) < s.em * 0.25).at(-1);
  if (!at || !opensColumn(line, w, at.em) || !next || !JAPANESE.test(next.text[0] ?? '') || w.conf >= RING_AS_KANA_CONF) return;
  if (at.n + 1 < CIRCLED.length) w.text = CIRCLED[at.n + 1]!;
}

/**
 * Under this the mark a ring's half was read as, and under KANA_READ_CONF the kana, are taken for a
 * number: a の read in words reads at 85–97; the ring's halves at 72 and 63 (刈谷 p8 at JPEG quality
 * 75) and 78 and 62 (the same page at 95).
 */
const RING_AS_KANA_CONF = 75;
const KANA_READ_CONF = 85;

/**
 * How many ems a word of kanji and kana holds beyond one for each of its characters (0 for other
 * words): most of an em or more is a character Tesseract boxed and did not give.
 */
export function spareEms(w: OcrWord, em: number): number {
  return /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$/u.test(w.text) ? (w.right - w.left) / em - [...w.text].length : 0;
}

/**
 * A list's first number read as a mark of no meaning, or not read at all, above the next one at its
 * x (刈谷 by Chromium, 300 dpi: p16's ① read `ヾ` at 9, its ② five lines below; p19's ① boxed with
 * the 市 after it, one character in 2 em, read again alone the same): the nearest word above a
 * circled number at its x is the number before it where it is one character read with less
 * confidence than LOW_CONF, and opens with it where its box holds most of an em more than its
 * characters from there. Changes the word in place.
 */
function markListHead(lines: readonly OcrLine[], at: OcrLine, w: OcrWord, n: number, em: number): void {
  for (let i = lines.indexOf(at) - 1; i >= 0; i--) {
    const above = lines[i]!.find((o) => o.left > w.left - em * 0.5 && o.left < w.left + em);
    if (!above) continue;
    if (CIRCLED.includes(above.text[0] ?? '')) return;
    const atMark = Math.abs(above.left - w.left) < em * 0.5;
    if ([...above.text].length === 1 && (above.conf < LOW_CONF || ringShaped(above, w)) && atMark) above.text = CIRCLED[n - 1]!;
    // (its box starting inside the number's, set in from it: a line that starts at the number's x is the text of an item above)
    else if (!atMark && above.left < w.right && spareEms(above, em) > 0.8) above.text = CIRCLED[n - 1]! + above.text;
    // (past the item's own lines, set in from the number)
    else if (!atMark) continue;
    return;
  }
}

/**
 * A character boxed as the ring of the number under it is (as wide within 15%, as tall within 10%)
 * and read with less confidence than a kana in words reads: the ring read as a kana (刈谷 by
 * Chromium, scanned, p6 and p10: ① read `ゆ` at 79 and 51, 32 × 34 px as the ② under it; a ゆ of
 * the text stands 28 px tall there).
 */
function ringShaped(w: OcrWord, ring: OcrWord): boolean {
  const [width, height] = [ring.right - ring.left, ring.bottom - ring.top];
  return w.conf < KANA_READ_CONF && Math.abs(w.right - w.left - width) <= width * 0.15 && Math.abs(w.bottom - w.top - height) <= height * 0.1;
}

/**
 * The edge of a cell read as a character against the circled number after it: one character in a
 * box under half the ring's width, touching it (within a tenth of its width), read with less than
 * RING_AS_KANA_CONF (刈谷 by Chromium, scanned, p11: `や` 14 px wide at 58 before `①日本女性会議…`,
 * which then opened no item). Changes the line in place.
 */
function dropEdgesAtRings(line: OcrLine): void {
  for (let i = line.length - 1; i > 0; i--) {
    const [edge, ring] = [line[i - 1]!, line[i]!];
    if (!CIRCLED.includes(ring.text[0] ?? '') || [...edge.text].length !== 1 || edge.conf >= RING_AS_KANA_CONF) continue;
    const width = ring.right - ring.left;
    if (edge.right - edge.left < width * 0.5 && edge.right >= ring.left - width * 0.1) line.splice(i - 1, 1);
  }
}

/**
 * A speck read as a kanji: a box under a quarter em wide, which no kanji's ink fits, read with less
 * than LOW_CONF (伊勢崎's scan, pages 145 and 148: 円 4 px wide at 45 and 利 5 px at 0 beside the
 * sheet head's No., 由 and 軸 the same; they made the head unreadable). Or one under 0.4 em tall
 * (but 一): the tops of the next line's glyphs Tesseract read as a line of their own (部長目標 by
 * LibreOffice, scanned, p3: 前 9 px tall at 11 among the goals). And a bar read with as little
 * confidence away from any kana, which is what a long-vowel mark follows, or a letter or digit, which
 * a hyphen does (Wi-fi): the edge of a box (刈谷 by LibreOffice, scanned, p11: ーー at 19 under a
 * cell's last line). Changes the line in place.
 */
export function dropSpecks(line: OcrLine, em: number): void {
  for (let i = line.length - 1; i >= 0; i--) {
    // (a line is never emptied: its index names its em)
    if (line.length > 1 && isSpeck(line[i]!, line[i - 1], em)) line.splice(i, 1);
  }
}

/**
 * A word of marks alone whose box holds no ink: Tesseract reads the edge of a filled cell, where
 * the grey meets the white, as a quote mark (桑名 by LibreOffice, scanned, p17: `”` at 83 between
 * the grey label cell and its row's ② — it joined the row's first two goals into one). Printed
 * marks are as dark as the text; the fill is light grey. So too a stop or comma read unsurely where
 * the page printed none (桑名 by Chromium painted by poppler: `部` `局` `名` `。` at 42 for the label
 * 部 局 名, the 。 then opening the department's name beside it). `ink`: the page's ink in a box, as
 * inkRuns gives it. Changes the line in place.
 */
export function dropInklessMarks(line: OcrLine, ink: (x0: number, x1: number, top: number, bottom: number) => readonly [number, number, number][]): void {
  for (let i = line.length - 1; i >= 0; i--) {
    const w = line[i]!;
    if (line.length > 1 && (RING_WORD.test(w.text) || (/^[、。]$/u.test(w.text) && w.conf < LOW_CONF)) && ink(w.left, w.right, w.top, w.bottom).length === 0) line.splice(i, 1);
  }
}

/**
 * Under this a kanji read in a narrow box (under 0.55 em) standing on two baselines (over 1.3 em
 * tall) is a guess at no character: Tesseract's language model puts 人 before 災害 there (刈谷 and
 * 桑名 by Chromium, scanned at 100: `③人災害に備えて`, 18 × 52 px at 28 for an em of 37; `、人災害時`,
 * 22 × 61 px at 59 for 44), where the page has the space a ring or a comma's em leaves.
 */
const GUESS_CONF = 60;

function isSpeck(w: OcrWord, before: OcrWord | undefined, em: number): boolean {
  const [width, height] = [w.right - w.left, w.bottom - w.top];
  if (/^[\u3400-\u9fff]$/u.test(w.text)) return (w.conf < LOW_CONF && (width < em * 0.25 || (height < em * 0.4 && w.text !== '一'))) || (w.conf < GUESS_CONF && width < em * 0.55 && height > em * 1.3);
  // (a bracket is half an em tall at least)
  if (/^[「」『』（）()［］]$/u.test(w.text)) return w.conf < LOW_CONF && height < em * 0.25;
  // (nor does a comma or stop open a run: kinsoku keeps them off a line's head)
  if (/^[、。]$/u.test(w.text)) return !before || w.left - before.right > em * JOIN_GAP_EM;
  // (the text these documents print has no underscore: what is left of a rule)
  if (/^_+$/u.test(w.text)) return true;
  return /^[ー_\-]+$/u.test(w.text) && w.conf < LOW_CONF && !(before && /[ぁ-ゖァ-ヺA-Za-z0-9]$/u.test(before.text) && w.left - before.right < em * 0.5);
}

/**
 * Marks Tesseract reads from a circled number's ring, into the number's own box (`_①`, `"①`; at
 * JPEG quality 95 `@②`) or as a word of their own just before it (`*"` `①`).
 */
const RING_JUNK = /^[_"'`~^|:;.,・ー、。*@”“]{1,2}(?=[①-⑳])/u;
const RING_TAIL = /^([①-⑳]{1,2})[)）"'”’]+$/u;
// (a word of its own only of marks no Japanese text sets before a number: `、①` is prose)
const RING_WORD = /^[_"'`~^|*@”“]{1,2}$/u;

/**
 * A circled number Tesseract read in two boxes, or with a mark before it (刈谷, IPAex Gothic,
 * 300 dpi: `の` `②` for ②, `②` `づ` for ② — the halves of one ring, 41 px together for an em of
 * 38 —, and `_①`, `"①` in one box), so that the item's number opens its text. Two boxes make
 * one ring when the number's box is under 0.7 em wide and the two together fit in 1.2 em (a
 * following kana stands clear of that: `②` `す` span 1.3 em). Changes the line in place.
 */
export function mendSplitCircled(line: OcrLine, em: number): void {
  for (const w of line) w.text = w.text.replace(RING_JUNK, '');
  // and a closing bracket after it in a box with no room for one (桑名 and 刈谷 by LibreOffice, IPAex
  // Mincho, scanned: `⑥)` boxed 0.9 em, `③④)` 0.85 em; a full-width ） would take an em of its own)
  for (const w of line) if (w.right - w.left < em * 1.3) w.text = w.text.replace(RING_TAIL, '$1');
  for (let i = line.length - 2; i >= 0; i--) if (RING_WORD.test(line[i]!.text) && /^[①-⑳]/u.test(line[i + 1]!.text) && line[i + 1]!.left - line[i]!.right < em * 0.5) line.splice(i, 1);
  for (let i = 0; i < line.length; i++) {
    const w = line[i]!;
    if (!/^[①-⑳]$/u.test(w.text)) continue;
    for (const j of [i - 1, i + 1]) {
      const o = line[j];
      if (!o || [...o.text].length !== 1 || /[①-⑳]/u.test(o.text)) continue;
      // a box reaching into the number's own is its ring whatever their widths (③ 0.87 em wide, 人 over its right edge)
      if (w.right - w.left >= em * 0.7 && (j > i ? w.right - o.left : o.right - w.left) <= 0) continue;
      const [left, right] = [Math.min(w.left, o.left), Math.max(w.right, o.right)];
      if (right - left > em * 1.2 || Math.max(w.left, o.left) - Math.min(w.right, o.right) > em * 0.15) continue;
      Object.assign(w, { left, right, top: Math.min(w.top, o.top), bottom: Math.max(w.bottom, o.bottom), conf: Math.min(w.conf, o.conf) });
      line.splice(j, 1);
      break;
    }
  }
}

/** The ink of a line across the page (inkRuns): between the median top and bottom of its kanji and kana. */
export function lineInk(line: OcrLine, pixels: Uint8Array, width: number): [number, number, number][] {
  const tall = line.filter((w) => FULL_HEIGHT.test(w.text) || /[ぁ-ゖ]/u.test(w.text));
  const ref = tall.length > 0 ? tall : line;
  const top = median(ref.map((w) => w.top));
  const bottom = median(ref.map((w) => w.bottom));
  return inkRuns(pixels, width, Math.min(...line.map((w) => w.left)) - 200, Math.max(...line.map((w) => w.right)) + 200, Math.round(top), Math.round(bottom));
}
