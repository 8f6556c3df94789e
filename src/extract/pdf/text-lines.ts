import { asciiDigits, isJapanese, opensBracket } from '../../normalize/characters.js';
import { isUnitName } from '../../vocabulary/index.js';
import type { TextBox, TextRun } from './page-content.js';
import { resized } from './size-seams.js';

/** One printed line: runs on a common baseline, split into fragments where a wide gap opens. */
export interface PdfLine extends TextBox {
  fragments: string[];
  /** Where the last fragment starts, when there are several: the column a wrapped line goes on in. */
  lastFragmentX0?: number;
  /** Where each fragment stands, when there are several: a header row read as a line names columns by them. */
  fragmentBoxes?: { x0: number; x1: number }[];
  /**
   * Its text parted at every gap of an em or more, where that gives more pieces than its fragments: the
   * cells' texts of a table row read as one line, the gaps between its columns narrower than a fragment's.
   */
  spread?: { text: string; x0: number; x1: number }[];
  /**
   * The sizes its text starts and ends in, where they are not `size` (the largest: its height):
   * a glyph of another font is set larger (● and ※ at 10.5 pt opening 8.5 pt lines of 伊勢崎's
   * year cells, printed by LibreOffice), and a name may end a line its small note goes on in
   * (木更津's `（累計） ※以下の条件で算出…`, 9 and 7.2 pt). A wrap goes on in the size it broke in.
   */
  headSize?: number;
  tailSize?: number;
}

/** Whether a text ends on a Latin letter or digit (its last character: an end-anchored regex scans the whole text). */
const latinEnd = (s: string) => /[A-Za-z0-9]/.test(s.slice(-1));
const LATIN_START = /^[A-Za-z0-9]/;

/**
 * Text drawn twice at a small offset (fake bold, shadow) is one text: keep the first drawing.
 * Compares each run with the ones already kept nearby, so the cost stays linear on real pages.
 */
export function dropOverprints(runs: TextRun[]): TextRun[] {
  const kept: TextRun[] = [];
  const byText = new Map<string, TextRun[]>();
  for (const r of runs) {
    const same = byText.get(r.text);
    const tol = r.size * 0.3;
    if (same?.some((o) => Math.abs(o.x0 - r.x0) <= tol && Math.abs(o.top - r.top) <= tol)) continue;
    kept.push(r);
    if (same) same.push(r);
    else byText.set(r.text, [r]);
  }
  return kept;
}

const LATIN_JAPANESE = /[A-Za-z0-9][\u3041-\u30FF\u4E00-\u9FFF]|[\u3041-\u30FF\u4E00-\u9FFF][A-Za-z0-9]/;
const LATIN_JAPANESE_ALL = new RegExp(LATIN_JAPANESE.source, 'g');

/**
 * Whether the producer opens a gap between Japanese and Latin letters or digits of its own accord
 * (Writer's and Word's autospacing: `令和 5 年度` at 0.19–0.22 em, no space typed), read from the
 * page: most places where the two meet stand apart. Where they mostly touch (Chromium's prints),
 * a narrower gap there is a space the author typed: Noto Sans CJK JP sets one 0.224 em wide
 * (部長目標's `1 イベント…`, 伊勢崎's `交付率 10.0%`, printed in it by Chromium). Too few meetings to
 * tell: autospaced, as the wider threshold was the rule before.
 */
export function autospaced(runs: TextRun[]): boolean {
  let apart = 0;
  let touching = 0;
  const rows = runs.filter((r) => !r.vertical).sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    touching += r.text.match(LATIN_JAPANESE_ALL)?.length ?? 0;
    const next = rows[i + 1];
    if (!next || Math.abs(next.bottom - r.bottom) > r.size * 0.3) continue;
    const gap = next.x0 - r.x1;
    if (gap < -r.size * 0.05 || gap > r.size * 0.35) continue;
    if (!LATIN_JAPANESE.test(r.text.slice(-1) + next.text.slice(0, 1))) continue;
    if (gap >= r.size * 0.12) apart++;
    else touching++;
  }
  return apart + touching < 3 || apart >= touching;
}

/**
 * Group runs into printed lines in reading order (top to bottom; vertical columns right to left).
 * `hanging`: free text, where a label may stand in a column of its own (see joinRuns).
 * `spaced`: whether the page autospaces Latin in Japanese (see autospaced).
 */
export function buildLines(runs: TextRun[], fragmentGap = 2.5, hanging = false, spaced = true): PdfLine[] {
  const horizontal = runs.filter((r) => !r.vertical);
  const vertical = runs.filter((r) => r.vertical);
  const lines = [...horizontalLines(horizontal, fragmentGap, hanging, spaced), ...verticalLines(vertical)];
  const verticalChars = vertical.reduce((n, r) => n + r.text.length, 0);
  const horizontalChars = horizontal.reduce((n, r) => n + r.text.length, 0);
  if (verticalChars > horizontalChars) {
    // Vertical writing reads in columns from the right; horizontal lines (captions) after them.
    return [...lines.filter((l) => l.vertical).sort((a, b) => b.x0 - a.x0), ...lines.filter((l) => !l.vertical).sort((a, b) => a.top - b.top)];
  }
  return lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

function horizontalLines(runs: TextRun[], fragmentGap: number, hanging: boolean, spaced: boolean): PdfLine[] {
  const sorted = [...runs].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const groups: { baseline: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const baseline = r.bottom - r.size * 0.12;
    // Only the last few lines can still take a run: runs come sorted by baseline.
    let target: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= 0 && i >= groups.length - 4; i--) {
      const g = groups[i]!;
      if (Math.abs(g.baseline - baseline) <= Math.min(g.size, r.size) * 0.4) {
        target = g;
        break;
      }
    }
    if (target) target.runs.push(r);
    else groups.push({ baseline, size: r.size, runs: [r] });
  }
  return groups.map((g, i) => {
    const next = groups[i + 1];
    // where the line under it starts, when it stands right under it
    const hangAt = hanging && next && next.baseline - g.baseline <= g.size * 2.2 ? Math.min(...next.runs.map((r) => r.x0)) : undefined;
    return joinRuns(g.runs.sort((a, b) => a.x0 - b.x0), fragmentGap, spaced, hangAt);
  });
}

/** The most characters a label standing in a column of its own holds (総括, 目標, 部の仕事, 事業の目的). */
const HANGING_LABEL = 10;

/** The line's text in pieces between the runs `cuts` start (see PdfLine's `spread`). */
function spreadAt(runs: readonly TextRun[], cuts: readonly number[]): { text: string; x0: number; x1: number }[] {
  return [0, ...cuts]
    .map((from, i) => {
      const part = runs.slice(from, cuts[i] ?? runs.length);
      return { text: part.map((u) => u.text).join('').replace(/\s+/g, ' ').trim(), x0: part[0]!.x0, x1: Math.max(...part.map((u) => u.x1)) };
    })
    .filter((p) => p.text !== '');
}

/**
 * Runs of a line into its fragments, parted where a gap of `fragmentGap` em opens; and, where the
 * line under it starts at `hangAt`, after a short first fragment whose text the gap before `hangAt`
 * parts from what wraps under it: a label in a column of its own with no rule beside it (部長目標's
 * 総括 / 目標 over a page the panel broke, gothic 10 pt with 25 mm margins: a gap of 2.25 em), whose
 * text goes on at its own left edge.
 */
function joinRuns(runs: TextRun[], fragmentGap: number, spaced: boolean, hangAt?: number): PdfLine {
  const fragments: string[] = [];
  const boxes: { x0: number; x1: number }[] = [];
  let cur = '';
  let curX0 = runs[0]!.x0;
  let curX1 = runs[0]!.x1;
  let prev: TextRun | null = null;
  // (where a gap of an em or more opens: see `spread`)
  const cuts: number[] = [];
  for (const [k, r] of runs.entries()) {
    // pdf.js writes a space into a run where a justified line opened a gap (`You Tube`): between
    // letters it is a WORD_GAP, for the document to decide
    const text = r.text.replace(/\s+/g, ' ').replace(/(?<=[A-Za-z]) (?=[A-Za-z])/g, WORD_GAP);
    if (prev && r.x0 - prev.x1 >= Math.max(prev.size, r.size)) cuts.push(k);
    if (prev) {
      const gap = r.x0 - prev.x1;
      const size = Math.max(prev.size, r.size);
      const hangs = hangAt !== undefined && fragments.length === 0 && gap > size * 1.2 && Math.abs(r.x0 - hangAt) <= size * 0.3 && cur.replace(/\s+/g, '').length <= HANGING_LABEL;
      // (or where its text changes size with no room between, each side two characters or more: two
      // cells set edge to edge outside any table the page's text shows — 部長目標's まちづくり部 in 11.4 pt
      // 0.12 pt before まちづくり部長 in 9, a panel's head row over the rule its other rows start under;
      // BIZ UDPGothic 9 pt by LibreOffice with horizontal rules, the 224th: the department had been
      // まちづくり部まちづくり部)
      if (gap > size * fragmentGap || hangs || resized({ runs }, k)) {
        fragments.push(cur.trim());
        boxes.push({ x0: curX0, x1: curX1 });
        cur = '';
        curX0 = r.x0;
        curX1 = r.x1;
      } else cur += separator(cur, text, gap, size, spaced, r.typedSpaceBefore === true);
    }
    cur += text;
    curX1 = Math.max(curX1, r.x1);
    prev = prev && prev.x1 > r.x1 ? prev : r;
  }
  fragments.push(cur.trim());
  boxes.push({ x0: curX0, x1: curX1 });
  const keptBoxes = boxes.filter((_, i) => fragments[i]!.trim() !== '');
  const kept = fragments.filter((f) => f !== '');
  return {
    text: kept.join(' '),
    fragments: kept,
    ...(kept.length > 1 && cur.trim() !== '' ? { lastFragmentX0: curX0 } : {}),
    ...(kept.length > 1 ? { fragmentBoxes: keptBoxes } : {}),
    ...(cuts.length + 1 > Math.max(1, kept.length) ? { spread: spreadAt(runs, cuts) } : {}),
    x0: runs[0]!.x0,
    x1: Math.max(...runs.map((r) => r.x1)),
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    size: Math.max(...runs.map((r) => r.size)),
    ...endSizes(runs),
    vertical: false,
  };
}

function endSizes(runs: TextRun[]): { headSize?: number; tailSize?: number } {
  const size = Math.max(...runs.map((r) => r.size));
  const printed = runs.filter((r) => r.text.trim() !== '');
  const head = printed[0]?.size ?? size;
  const tail = printed.reduce((a, r) => (r.x1 > a.x1 ? r : a), printed[0] ?? runs[0]!).size;
  return { ...(head < size ? { headSize: head } : {}), ...(tail < size ? { tailSize: tail } : {}) };
}

/**
 * A gap between two runs is a space when it is wider than Writer's autospacing around digits
 * and Latin in Japanese text (`令和 5 年度`: 0.19–0.22 em, measured on the rendered seeds; a real
 * space there is 0.27–0.30 em in IPAex), on a page that autospaces (see autospaced). Between two
 * Japanese characters nobody autospaces: a sixth of an em is a space (Noto Sans CJK JP's is
 * 0.224 em: 伊勢崎's `① 市民課…` printed in it). Between two Latin or digit runs a smaller gap
 * separates words.
 */
/** ① and ⑴ are Western to Writer: it autospaces them as it does digits (伊勢崎's `①|マイナンバー…`, 0.2 em). */
const ENCLOSED = /[\u2460-\u24FF]/;
/** Under a tenth of an em a drawn space glyph is the producer's filler, not a word gap. */
const TYPED_SPACE_MIN = 0.1;

/**
 * Writer's room between a figure and the Japanese after it is as wide as this or narrower; a space
 * typed there as well opens more. Writer may draw the space glyph of a neighbouring gap there
 * (伊勢崎 printed by LibreOffice in Noto Serif 9.5 pt from our HTML: `…235,943円 市税収納率` drawn as
 * `235,943 ␣ 円 市税収納率`, the glyph before 円, the room after it): the width says which.
 * A list's number is set apart by its space whatever its width (`1 イベント…`, Noto's 0.22 em).
 */
const AUTOSPACE_MAX = 0.25;
// (a letter: Writer opens no room before a mark — a space glyph drawn before 伊勢崎's ・ごみ排出量 after 10.7% is the
// typed one, Noto Sans CJK's 0.224 em, 15 pt by LibreOffice, the 355th)
const figureMeetsJapanese = (before: string, after: string) => /[0-9%]/.test(before.slice(-1)) && !(before.length <= 4 && /^\s*[0-9０-９]+[.．]?$/.test(before)) && isJapanese(after.slice(0, 1)) && !/^[・･、。，．「」『』（）【】〈〉《》]/u.test(after);

function separator(before: string, after: string, gap: number, size: number, spaced: boolean, typed: boolean): '' | ' ' | typeof WORD_GAP {
  // (by the last character only: a regex anchored at the end scans the whole line built so far)
  const last = before.slice(-1);
  if (before === '' || last === ' ' || after.startsWith(' ')) return '';
  // a space glyph in the gap is a space whatever its width (Noto's 0.22 em after a goal's number,
  // printed by Writer, which autospaces digits about as wide)
  if (typed && gap > size * TYPED_SPACE_MIN && !(spaced && gap < size * AUTOSPACE_MAX && figureMeetsJapanese(before, after))) return ' ';
  if (latinEnd(last) && LATIN_START.test(after)) {
    if (gap <= size * 0.15) return '';
    // justified text opens gaps inside a word too (`You` `Tube`); a real space is rarely wider
    return /[A-Za-z]/.test(last) && /^[A-Za-z]/.test(after) && gap <= size * 0.5 ? WORD_GAP : ' ';
  }
  const japanese = [last, after.slice(0, 1)].every((ch) => isJapanese(ch) && !ENCLOSED.test(ch));
  return gap > size * (japanese || !spaced ? 0.165 : 0.245) ? ' ' : '';
}

function verticalLines(runs: TextRun[]): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.x0 - a.x0 || a.top - b.top);
  const cols: TextRun[][] = [];
  for (const r of sorted) {
    // a vertical font draws brackets and punctuation off the column's axis (神戸 `（` 5 pt left of
    // 人数 at 9.6 pt): they belong to the column they sit beside, in order
    const reach = /^[（）()「」『』【】〔〕［］｛｝〈〉《》、。，．・：ー－]$/u.test(r.text.trim()) ? 0.9 : 0.5;
    const col = cols.find((c) => Math.abs((c[0]!.x0 + c[0]!.x1) / 2 - (r.x0 + r.x1) / 2) <= r.size * reach);
    if (col) col.push(r);
    else cols.push([r]);
  }
  return cols.map((c) => {
    c.sort((a, b) => a.top - b.top);
    const text = c.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
    return {
      text,
      fragments: [text],
      x0: Math.min(...c.map((r) => r.x0)),
      x1: Math.max(...c.map((r) => r.x1)),
      top: Math.min(...c.map((r) => r.top)),
      bottom: Math.max(...c.map((r) => r.bottom)),
      size: Math.max(...c.map((r) => r.size)),
      vertical: true,
    };
  });
}

/** A paragraph's last character when it ends a sentence, or a bracket or quote it closed. */
/** The width a text takes set solid in `size`: full-width characters an em, ASCII half of one. */
export function solidWidth(text: string, size: number): number {
  return [...text].reduce((w, c) => w + size * (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
}

export const ENDS_SENTENCE = /[。．.！!？?）)」』]$/;

/**
 * A phrase cut after a particle or a conjunction goes on: no label ends on の, 及び, 並びに, 又は
 * or a listing mark (桑名's label ３．目標達成のための / 手段及び / 方策, LibreOffice in 12 pt).
 */
export const OPEN_PHRASE_END = /(?:[の・･、，,]|及び|並びに|又は|または)$/;

/** Text that goes on a sentence, which no cell nor value opens with: a particle, or small kana and closing marks. */
export const SENTENCE_GOES_ON = /^(?:[のをにがはでとへもやかよ]|[ぁぃぅぇぉっゃゅょゎー、。，．）)」』】])/u;

export const STARTS_ITEM = /^(?:[①-⑳㉑-㉟㊱-㊿・･○〇●◎◆◇■□▶►※★☆【〈《]|[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[）)]|[0-9０-９]+\s*[.．、](?![0-9０-９])|[-－ー]\s)/;

/** The usual distance between the baselines of two wrapped lines of a font size on this page. */
export type LinePitch = (size: number) => number | undefined;

/**
 * Baseline distances within blocks, per font size: the low end is the producer's line pitch. Up to
 * three ems: Writer at 1.8 line spacing sets Noto Serif's lines 2.6 ems apart (伊勢崎's year cells,
 * the eighty-fifth typography), whose wraps had been read as paragraph ends but on full lines.
 */
export function linePitch(blocks: PdfLine[][]): LinePitch {
  const deltas = new Map<number, number[]>();
  for (const lines of blocks) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      const d = b.bottom - a.bottom;
      if (a.vertical || b.vertical || Math.abs(a.size - b.size) > 0.1 || d <= 0 || d > a.size * 3) continue;
      const key = Math.round(a.size * 10);
      const list = deltas.get(key);
      if (list) list.push(d);
      else deltas.set(key, [d]);
    }
  }
  const pitch = new Map<number, number>();
  for (const [k, ds] of deltas) {
    ds.sort((x, y) => x - y);
    pitch.set(k, ds[Math.floor(ds.length * 0.2)]!);
  }
  return (size) => pitch.get(Math.round(size * 10));
}

/**
 * Chromium wraps a Latin word or number that does not fit whole (`…フォロワー数` / `50,000人`):
 * the line stops short, but only because the next word would not fit.
 */
function latinWordWrapped(prev: PdfLine, next: PdfLine, wrapEdge: number): boolean {
  const word = /^[A-Za-z0-9][A-Za-z0-9,.%\-]*/.exec(next.text)?.[0];
  if (!word) return false;
  return prev.x1 + (word.length + 1) * next.size * 0.55 > wrapEdge;
}

/** `（3）` does not break inside either: a line can stop 2.5 characters short for it. */
function parenNumberWrapped(prev: PdfLine, next: PdfLine, wrapEdge: number): boolean {
  const group = /^[（(][0-9０-９]+[）)]/.exec(next.text)?.[0];
  if (!group) return false;
  const width = [...group].reduce((w, ch) => w + (/[ -~]/.test(ch) ? 0.55 : 1), 0);
  return prev.x1 + width * next.size > wrapEdge;
}

/**
 * Characters a line may not start with (kinsoku): the producer carries the character before them
 * over too, so a wrapped line can stop almost two characters short of the edge.
 */
// (and the ASCII colon and semicolon, which no line starts with either: 伊勢崎's ・事後評 / 価:255事業 in a
// narrow year column, Chromium in BIZ UD Gothic 12.5 pt, had been two paragraphs)
const NO_LINE_START = /^.[、。，．,.:;）)」』】〕〉》！？!?・：；ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
/**
 * How short of the wrap edge (em) a wrapped line may stop: the next line's head that no break
 * could part moved over whole, a character no line starts with pulling the one before it, and a
 * figure held to its closing bracket (`名(受付実` / `績)1,681名` in 伊勢崎's narrow year columns).
 */
export const shortBy = (next: Pick<PdfLine, 'text'>, style?: Pick<PageStyle, 'smallKanaStart'>, before?: string) => {
  const head = /^.[、。，．,.:;）)」』】〕〉》！？!?・：；ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]*[0-9A-Za-z][0-9A-Za-z,.%]*/u.exec(next.text)?.[0];
  // (an opening bracket ends no line either: it moves over with the character it opens on —
  // 伊勢崎's `【指数・目標値】 対象証明書のコンビニ交付率 10.0%` / `（令和6年度）`, 1.53 em short, Chromium in
  // IPAex Mincho 9 pt on B5, the 131st typography: the year had been a paragraph of its own, the target's year lost)
  // (not after a closed bracket or a sentence's end: a heading and the note beside it, 事務事業評価調書's
  // [2.事業内容] over （単位：千円）)
  const pulls = (NO_LINE_START.test(next.text) && !(style?.smallKanaStart && SMALL_KANA_SECOND.test(next.text))) || (OPENS_ON.test(next.text) && !CLOSED_END.test((before ?? '').trim()));
  if (!head || head.length < 3) return pulls ? 2.6 : 1.5;
  const em = [...head].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.55 : 1), 0);
  return Math.max(pulls ? 2.6 : 1.5, em + 1.1);
};

/** A bracket opening on text that is no item's number (`（令和6年度）`, not `（3）`, which parenNumberWrapped weighs). */
const OPENS_ON = /^[（(](?![0-9０-９]+[）)])[^\s）)]/u;
const CLOSED_END = /[。．！!？?）)」』】\]］〕〉》]$/u;

/** Lines started with a small kana that show a document does (two, not one: a misread, or a dash set as ー, does not decide). */
export const SMALL_KANA_EVIDENCE = 2;
/**
 * Small kana and the long-vowel mark: kinsoku some producers keep and others do not. The seeds
 * rendered by LibreOffice (../shared/corpus/rendered) start no line with one (伊勢崎's 19,420 lines),
 * by Chromium 195 of 23,138, and 伊勢崎 printed through LibreOffice by scripts/render-variants.ts in
 * IPAex Gothic 12 pt 209 (the producer's settings decide, not the producer). A document that starts
 * lines with them pulled no character over for them: 刈谷's criteria 魅力的な返礼品の開拓 /
 * チョイスPay加盟店の拡大 are two items, the first 2.27 em short of the edge.
 */
const SMALL_KANA_SECOND = /^.[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー]/u;
const SMALL_KANA_FIRST = /^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]|^ー(?![ \u3000])/u;

const fullWideLine = (l: PdfLine, wrapEdge: number) => l.x1 >= wrapEdge - l.size * 1.5 && l.x1 - l.x0 >= l.size * 6 && !/[。！？!?]$|[0-9０-９][^0-9０-９]{0,3}$/.test(l.text);

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * A list's first item run into its paragraph (`・管路台帳システム運用開始 ①Web会議を含め…`) that
 * the wrap carried to a line start, its head too wide for the room left (`①Web` in 伊勢崎's narrow
 * year columns): the line before ran to the edge, and ends no sentence nor heading. The space the
 * break took stands between them.
 */
function firstItemInline(paragraph: string, line: string): ' ' | null {
  if (!/^(?:①|[（(]\s*[1１]\s*[）)])/.test(line) || /[。．.！!？?：:）)」』】]$/.test(paragraph)) return null;
  return ' ';
}

/**
 * A 中黒 between two words that the wrap carried to a line start (`引き続き管路台帳` /
 * `・施設台帳システムの…`, 伊勢崎 printed by LibreOffice): the line before had no room left for it
 * (`noRoomForMidDot`; a break at a space before an item falls short of that: `行政評価の実施 ・事後評価…`), ends no sentence
 * nor heading, and its paragraph is no list item of its own — or is one, and the line stands under
 * the item's text, where its wrapped lines hang, not under its mark where the next item's would
 * (`・個別検診実施医療機関のチェックリスト` / `・プロセス指標を把握できた。`, 伊勢崎 by LibreOffice).
 */
export function midDotWrapped(paragraph: string, line: string, hanging: boolean): '' | null {
  if (!/^[・･]\S/u.test(line) || (/^[・･]/u.test(paragraph) && !hanging) || /[。．.！!？?：:）)」』】〉》]$/u.test(paragraph)) return null;
  return '';
}

/** (kept here for the PDF readers that ask it with the other line tests) */
export { opensBracket };

/**
 * Whether a line of `paragraph` stopped with less room before its edge than the 中黒 the next line
 * opens with takes (an em, less a rounding): the wrap carried it. Not six tenths of an em as first
 * written: a line ending in a half-width character stops half an em short and still had no room for
 * it (伊勢崎's `師)を実施し、小` / `・中・高・大学へ`, 0.66 em short, IPAex Gothic 12 pt by LibreOffice).
 * But six tenths where the paragraph sets its items apart with a space, which a line may break at
 * undrawn (`年度) ・リサイクル率10.7%` / `・ごみ排出量`, 0.87 em short, 伊勢崎 by Chromium in Noto Serif).
 * The rounding three hundredths of an em, not five: 木更津's `施設を適切に維持` / `・管理していくには…` stopped 9.8 pt
 * short of a 10.3 pt line's edge, 0.951 em (Noto Sans CJK 12 pt at 30 mm margins by LibreOffice without rules, the 204th).
 */
export const noRoomForMidDot = (x1: number, wrapEdge: number, size: number, paragraph: string) => x1 >= wrapEdge - size * (/\s[・･]/u.test(paragraph) ? 0.6 : 0.97);

/**
 * A list run into its paragraph (`…支援（2）相談支援` / `完了 ③新型…`) that a wrap happens to
 * continue at a line start: the item before it stands inside the paragraph, not at its start.
 * Returns how that item was set off (' ' or ''), or null when the line starts a list item.
 */
export function inlineSeparator(paragraph: string, line: string): ' ' | '' | null {
  let previous: string[];
  const circled = CIRCLED.indexOf(line[0] ?? '');
  const paren = /^([（(])\s*([0-9０-９]+)\s*([）)])/.exec(line);
  if (circled > 0) previous = [CIRCLED[circled - 1]!];
  else if (paren) {
    const n = Number(asciiDigits(paren[2]!)) - 1;
    if (n < 1) return null;
    previous = [`${paren[1]}${n}${paren[3]}`, `${paren[1]}${String(n).replace(/[0-9]/g, (d) => '０１２３４５６７８９'[+d]!)}${paren[3]}`];
  } else return null;
  for (const p of previous) {
    const at = paragraph.lastIndexOf(p);
    if (at > 0) return /\s/.test(paragraph[at - 1]!) ? ' ' : '';
  }
  return null;
}

/** How the page sets text, learnt from its own lines, for choices a wrap hides. */
export interface PageStyle {
  /** `開催 19回` or `開催19回`: whether a figure wrapped to the next line had a space before it. */
  figures: 'spaced' | 'joined' | 'unknown';
  /**
   * The same habit after one word's last character, where the document shows one: 伊勢崎 sets a
   * figure after a label apart (`交付件数 53,124`, `…率 10.5%`, `…額 1,500`: 数 71 to 11, 額 28 to 0)
   * and after other words not (`市外2件`, `職員3名`: 外 0 to 31), three to one over all its figures.
   */
  after?: (ch: string) => 'spaced' | 'joined' | undefined;
  /** The document, as read so far, starts lines with small kana: they pull no character over (SMALL_KANA_SECOND). */
  smallKanaStart?: boolean;
  /** The lines' sides were read from a picture (PageContent's `fromInk`). */
  fromInk?: boolean;
  /** The lines were laid out by characters (PageContent's `laidOut`): their ends are known to RAGGED ems. */
  laidOut?: boolean;
}

/**
 * How far short of the edge a full line of text laid out by characters may end, as a share of its
 * column's width and at most RAGGED ems: 京都's sheets laid out by pdftotext end their prose lines
 * 49–54 columns in, each wrapped (kana narrower than kanji, each one column). Not after a clause's
 * end: there the line stopped (桑名's cells, `（現在約60事業者）` / `ファン拡大に…`).
 */
const RAGGED = 4;
const RAGGED_SHARE = 0.1;
const raggedBy = (prev: PdfLine, wrapEdge: number, style: PageStyle) =>
  style.laidOut && !ENDS_CLAUSE.test(prev.text.trim()) ? Math.min(RAGGED, ((wrapEdge - prev.x0) / prev.size) * RAGGED_SHARE) : 0;

/**
 * Brackets set in the right of their em: read from a picture, a line that opens with one starts
 * at its ink, up to an em right of the line under it (刈谷 by LibreOffice scanned at 300 dpi, p20:
 * `「かりまる」を含めた…の見` boxed from 171.8 pt, `直しを検討します。` under it from 166.8, both
 * set from 165.8; the title ended at 見).
 */
const OPENS_RIGHT_SET = /^[（「『【〔〈《“‘]/u;

/** Words a figure follows without a space whatever the style: eras, 第, 約, particles, and punctuation (`令和2年度で、55,038t`, `360w～400w`). */
const FIGURE_PREFIX = /(?:令和|平成|昭和|[RH第約計毎全各年月週日はがをにでとのもへや(（、。，・～〜：:「『＝=＋+×／/])$/u;
const COUNT = '[0-9][0-9,.]*[回人件%か所校園]';
const COUNTED_FIGURE = new RegExp(`([\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]{1,3})( ?)${COUNT}`, 'gu');
const STARTS_COUNT = new RegExp(`^${COUNT}`, 'u');
/** A line that starts with a bare item number and a space (部長目標's `6 市報のリニューアル…`): not a figure wrapped over. */
const STARTS_NUMBERED = /^[0-9０-９]{1,2}[ \u3000]+(?![0-9０-９回人件%か所校園個名])/u;

/** Counted figures set after a space and without one, over the pages read so far. */
export interface FigureCounts {
  spaced: number;
  joined: number;
  /** Every figure after a word, by the word's last character: [after a space, right after it]. */
  after?: Map<string, [number, number]>;
  /** Lines that start with a small kana or the long-vowel mark (SMALL_KANA_SECOND). */
  smallKanaStarts?: number;
}

/** A figure after a word on one line: the word's last two characters (for FIGURE_PREFIX), a space or none. */
const FIGURE_AFTER = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,2})( ?)(?=[0-9])/gu;
/** Evidence a character's habit needs: this many figures, three to one. */
const HABIT_MIN = 3;

/**
 * Kariya's criteria set every counted figure after a space (108 to 3), kisarazu's prose never does
 * (0 to 4): the habit within lines, three to one, is taken for the wraps too. `seen` carries the
 * counts of the pages read before, so a page with few figures goes by the document's habit.
 */
export function pageStyle(lines: readonly PdfLine[], seen: FigureCounts = { spaced: 0, joined: 0 }): PageStyle {
  const after = (seen.after ??= new Map());
  for (const l of lines) {
    if (SMALL_KANA_FIRST.test(l.text)) seen.smallKanaStarts = (seen.smallKanaStarts ?? 0) + 1;
    for (const m of l.text.matchAll(COUNTED_FIGURE)) {
      if (FIGURE_PREFIX.test(m[1]!)) continue;
      if (m[2]) seen.spaced++;
      else seen.joined++;
    }
    for (const m of l.text.matchAll(FIGURE_AFTER)) {
      if (FIGURE_PREFIX.test(m[1]!)) continue;
      const ch = m[1]!.slice(-1);
      const n = after.get(ch) ?? [0, 0];
      n[m[2] ? 0 : 1]++;
      after.set(ch, n);
    }
  }
  const habit = (ch: string): 'spaced' | 'joined' | undefined => {
    const [a, b] = after.get(ch) ?? [0, 0];
    if (a + b < HABIT_MIN) return undefined;
    return a >= b * 3 ? 'spaced' : b >= a * 3 ? 'joined' : undefined;
  };
  const { spaced, joined } = seen;
  const smallKanaStart = (seen.smallKanaStarts ?? 0) >= SMALL_KANA_EVIDENCE;
  if (spaced >= 1 && spaced >= joined * 3) return { figures: 'spaced', after: habit, smallKanaStart };
  if (joined >= 1 && joined >= spaced * 3) return { figures: 'joined', after: habit, smallKanaStart };
  return { figures: 'unknown', after: habit, smallKanaStart };
}

/**
 * Put where a wrap parted two runs of Latin letters: one word broken (`YouT` / `ube`) or two
 * words (`Google` / `Map`). The document decides once it is all read (to-source-lines).
 */
export const WORD_WRAP = '\u200B';

/** Put where a narrow gap parts two runs of Latin letters on a line: a space, or justification. */
export const WORD_GAP = '\u200C';

/** A line's text for a message, before the document has decided its word marks. */
export const quoted = (text: string) => text.replace(/[\u200B\u200C]/g, ' ');

/** One paragraph of a block or cell, with the printed lines it was joined from. */
export interface Paragraph {
  text: string;
  lines: PdfLine[];
  /**
   * Where the paragraph was joined across a line that stopped short before a small kana, on a page
   * read before the document showed whether small kana pull a character over (`at`: the offset in
   * `text`; `line`: the line after the join). Breaks where it does not (settleSmallKana).
   */
  pending?: { at: number; line: PdfLine }[];
}

/**
 * The paragraph parted at its pending joins: the document starts lines with small kana, so no
 * character was pulled over for one and each line that stopped short there ended a paragraph
 * (刈谷's criteria printed by Chromium: `魅力的な返礼品の開拓` / `チョイスPay加盟店の拡大` on page 6, the first
 * line 2.27 em short; the print starts its first lines with a small kana on pages 7 and 8).
 */
export function settleSmallKana(p: Paragraph): Paragraph[] {
  if (!p.pending?.length) return [p];
  const out: Paragraph[] = [];
  let from = 0;
  let first = 0;
  for (const { at, line } of p.pending) {
    const k = p.lines.indexOf(line);
    if (k <= first || at <= from) continue;
    out.push({ text: p.text.slice(from, at), lines: p.lines.slice(first, k) });
    from = at;
    first = k;
  }
  out.push({ text: p.text.slice(from), lines: p.lines.slice(first) });
  // (the join's separator, a space or a word mark, goes with the break)
  return out.map((q) => ({ ...q, text: q.text.replace(/^[ \u200B]/u, '') }));
}

/**
 * Rejoin lines that the producer wrapped. A line ends its paragraph when it stops short of the
 * wrap edge, when the next line starts an item (①, ・, (1), 1.) or sits left of it (a hanging
 * indent ended), or when the font size changes (a name under its reading is another element),
 * or when the gap to the line above is more than the line pitch. After a long line that reaches
 * the edge mid-sentence (not after 。 or a figure like `200回`) the gap must be wider: a glyph from a fallback font (3R, Ｒ) makes its line taller.
 * (Not in narrow columns, where every line reaches the edge and 課 names stand one per line.) Wrapped Japanese joins with nothing; two Latin words with a space.
 */
export function paragraphs(lines: PdfLine[], wrapEdge: number, pitch: LinePitch = () => undefined, style: PageStyle = { figures: 'unknown' }): Paragraph[] {
  const out: Paragraph[] = [];
  // Vertical columns wrap at the foot of the text block and go on at the top of the next column.
  const columns = lines.filter((l) => l.vertical);
  const foot = Math.max(0, ...columns.map((l) => l.bottom));
  const head = Math.min(Infinity, ...columns.map((l) => l.top));
  let cur: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    const ragged = prev ? raggedBy(prev, wrapEdge, style) : 0;
    const wrapped = !!prev && !(prev.x1 < wrapEdge - prev.size * (shortBy(line, style, prev.text) + ragged));
    // (a 中黒 whose line's next one hangs under its text, an em in, is a list's mark: a wrapped 中黒 leaves the lines after it at
    // the column's edge — 伊勢崎's 1施設 / ・第二 / 市民体 / 育館… in a year's cell three characters wide, Noto Sans CJK 15 pt by
    // LibreOffice, the 355th)
    const next = lines[i + 1];
    const hangsUnder = !!next && !next.vertical && /^[・･]/u.test(line.text) && next.x0 >= line.x0 + line.size * 0.8 && next.x0 <= line.x0 + line.size * 1.2;
    const inline = inlineSeparator(cur?.text ?? '', line.text) ?? (wrapped && prev && cur ? (firstItemInline(cur.text, line.text) ?? (noRoomForMidDot(prev.x1, wrapEdge, prev.size, cur.text) && !hangsUnder ? midDotWrapped(cur.text, line.text, line.x0 >= cur.lines[0]!.x0 + line.size * 0.6) : null)) : null);
    const stopsShort = (allowance: number) => !!prev && prev.x1 < wrapEdge - prev.size * (allowance + ragged) && !latinWordWrapped(prev, line, wrapEdge) && !(inline !== null && parenNumberWrapped(prev, line, wrapEdge));
    // (a line that stops short only as far as a small kana could pull a character over, on a page
    // read before the document showed whether it does: settled once it is all read, settleSmallKana)
    const pending = !style.smallKanaStart && !stopsShort(shortBy(line, style, prev?.text)) && stopsShort(shortBy(line, { smallKanaStart: true }, prev?.text));
    const verticalWrap = !!prev && line.vertical && prev.vertical && prev.bottom >= foot - prev.size * 1.5 && line.top <= head + line.size * 1.5 && !STARTS_ITEM.test(line.text);
    const startsNew =
      !cur ||
      !prev ||
      (line.vertical && !verticalWrap) ||
      line.vertical !== prev.vertical ||
      Math.abs((line.headSize ?? line.size) - (prev.tailSize ?? prev.size)) > Math.min(line.headSize ?? line.size, prev.tailSize ?? prev.size) * 0.1 ||
      stopsShort(shortBy(line, style, prev.text)) ||
      // (a listing mark alone is no item: the stub of a line that wrapped once more, `…自助・共助` / `・`)
      (STARTS_ITEM.test(line.text) && inline === null && !/^[・･]$/.test(line.text.trim()) && !figureWrapped(cur, prev, line, wrapped)) ||
      // (a sentence's end, then a heading numbered after its word: `…つくります。` / `重点取組1 空き家…`,
      // our マニフェスト printed by Chromium, whose heading had run into the 部の使命 above it)
      (ENDS_SENTENCE.test(prev.text) && STARTS_LABELLED_NUMBER.test(line.text)) ||
      line.x0 < prev.x0 - prev.size * (style.fromInk && OPENS_RIGHT_SET.test(prev.text) ? 1.2 : 0.5) ||
      // (a unit's whole name on a line, and the next unit's under it, in a column as wide as the
      // longest: 刈谷's 企画政策課 / 広報広聴課 and 都市交通課 / まちづくり / 推進課, one per item of
      // the row, every line at the column's edge; not a sentence going on: 総合計画担当課 / 及び…)
      (isUnitName(prev.text) && (isUnitName(line.text) || isUnitName(line.text + (lines[i + 1]?.text ?? '')))) ||
      line.bottom - prev.bottom > (pitch(line.size) ?? prev.size * 2) * (fullWideLine(prev, wrapEdge) ? 1.5 : 1.07) + 0.3;
    if (verticalWrap && cur) {
      cur.text += line.text;
      cur.lines.push(line);
      continue;
    }
    if (startsNew || !cur) {
      cur = { text: line.text, lines: [line] };
      out.push(cur);
    } else {
      // A figure pushed whole to the next line (`フォロワー数` / `50,000人`) leaves its line short
      // with or without a space before it: the page's habit decides, and only without one the
      // shortness. One broken inside (`22.` / `7%` in a narrow cell) had none.
      // (nor one a full line wrapped to mid-sentence, its count's comma after it: no space is typed there, see figureWrapped)
      const figure = /^[0-9]/.test(line.text) && !/[0-9.,]/.test(cur.text.slice(-1)) && !FIGURE_PREFIX.test(cur.text.slice(-2)) && !figureWrapped(cur, prev, line, wrapped);
      const latin = latinEnd(cur.text) && /^[A-Za-z]/.test(line.text);
      const habit = figure ? style.after?.(cur.text.slice(-1)) : undefined;
      const spaced =
        (figure && habit === 'spaced') ||
        (figure && habit === undefined && style.figures === 'spaced' && STARTS_COUNT.test(line.text)) ||
        (figure && habit === undefined && style.figures === 'unknown' && prev.x1 < wrapEdge - prev.size * 0.6) ||
        (figure && STARTS_NUMBERED.test(line.text)) ||
        inline === ' ';
      if (pending) (cur.pending ??= []).push({ at: cur.text.length, line });
      cur.text = latin ? cur.text + WORD_WRAP + line.text : spaced ? `${cur.text} ${line.text}` : cur.text + line.text;
      cur.lines.push(line);
    }
  }
  return throughTypedBreaks(out, lines, wrapEdge);
}

/**
 * A count and its comma or stop at the head of a line that a full line, its sentence going on, wrapped to — no item
 * opens there where the paragraph lists none before it: 伊勢崎's （全式場、告別室 / 1、およびエントランス西半分）, a room's
 * number wrapped in a narrow cell (Chromium, IPAGothic 13 pt), had opened a paragraph of its own.
 */
function figureWrapped(cur: Paragraph | null, prev: PdfLine | undefined, line: PdfLine, wrapped: boolean): boolean {
  if (!cur || !prev || !wrapped || ENDS_SENTENCE.test(prev.text.trim())) return false;
  const n = /^([0-9０-９]+)\s*[.．、](?![0-9０-９])/u.exec(line.text.trim());
  if (!n) return false;
  const k = Number(asciiDigits(n[1]!));
  return !STARTS_ITEM.test(cur.text.trim()) && !new RegExp(`(?:^|\\s)${k - 1}\\s*[.．、]`, 'u').test(asciiDigits(cur.text));
}

const ENDS_CLAUSE = /[。．.！!？?）)」』】:：]$/;
/** A word and its number, then a space: `重点取組1 `, `基本目標２　`, `施策３ `. */
const STARTS_LABELLED_NUMBER = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,8}[0-9０-９]{1,3}[\s\u3000]+\S/u;

/**
 * Whether line `i` is a stub: the rest of a typed line that wrapped once more, after a line that ran
 * to the edge as a wrap does and before more text.
 */
function stubAt(lines: readonly PdfLine[], i: number, wrapEdge: number): boolean {
  const last = lines[i]!;
  const before = lines[i - 1];
  // (in a column of text: in one of names, four characters wide, 学校教育 / 課 is each name's wrap)
  // (the line above ran to the edge as a wrap does: short of it by what kinsoku carried over,
  // 桑名's …するととも / に、住 / 民、特に…, the typed break after 住)
  // (nor a line that ends on a count or an amount, a figure and its unit: an item of a list ends so, 刈谷's
  // 目標達成基準 `…訪問員を派遣 200回` / `アセスメント会議開催回数 24回`)
  return i + 1 < lines.length && !!before && !before.vertical && wrapEdge - before.x0 >= before.size * 12 && before.x1 >= wrapEdge - before.size * shortBy(last) && last.x1 - last.x0 <= (wrapEdge - before.x0) * 0.4 && !ENDS_CLAUSE.test(last.text.trim()) && !/[。！!？?]/.test(last.text) && !ENDS_FIGURE.test(last.text.trim());
}

const ENDS_FIGURE = /[0-9０-９][^0-9０-９\p{Script=Hiragana}\s,，.．]{1,3}$/u;

/**
 * The stubs of a cell's lines, those it already went on through included: a cell the page broke
 * is read again whole, its parts' stubs joined before (桑名's ② `…災害時` / `受援計画の` at a page's
 * head, by LibreOffice in IPAex Gothic 12 pt, after one stub at the foot).
 */
export function typedStubs(lines: readonly PdfLine[], wrapEdge: number): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (stubAt(lines, i, wrapEdge)) n++;
  return n;
}

/**
 * Text typed with a break at the end of each line, set narrower than it was typed for: every
 * typed line wraps once more and leaves a stub of a few characters before its break (桑名's cells,
 * whose lines the source broke by hand, printed by LibreOffice in 12 pt: `…財政健全化と` / `新しい` /
 * `時代に向けた…`, `…努めなければ` / `ならな` / `い。`). One stub is a paragraph's end like any;
 * three in one cell, each after a line that ran to the edge and none with a sentence's end in it
 * (部長目標's `す！ 達成` ends an item and holds its result), are the typist's breaks, and the text
 * goes on through every such stub but before an item (`2 3R(リデュース…`).
 */
export function throughTypedBreaks(paras: Paragraph[], lines: PdfLine[], wrapEdge: number, evidence = 3): Paragraph[] {
  if (typedStubs(lines, wrapEdge) < evidence) return paras;
  // (the paragraphs hold the lines in order: the line above a paragraph's last is the one before it
  // in `lines`, in its paragraph or ending the one before, as a ・ alone is)
  let end = -1;
  const stubs = new Set<Paragraph>();
  paras.forEach((p, k) => {
    end += p.lines.length;
    if (k + 1 < paras.length && stubAt(lines, end, wrapEdge)) stubs.add(p);
  });
  const out: Paragraph[] = [];
  for (const p of paras) {
    const cur = out.at(-1);
    const first = p.lines[0]!;
    if (cur && stubs.has(cur) && !STARTS_ITEM.test(p.text) && !/^[0-9０-９]{1,2}[ \u3000]/.test(p.text) && Math.abs(first.size - cur.lines.at(-1)!.size) < 0.1 && first.x0 >= cur.lines[0]!.x0 - first.size * 0.5) {
      const latin = latinEnd(cur.text) && LATIN_START.test(p.text);
      const joined = { text: cur.text + (latin ? WORD_WRAP : '') + p.text, lines: [...cur.lines, ...p.lines] };
      out[out.length - 1] = joined;
      if (stubs.has(p)) stubs.add(joined);
    } else out.push(p);
  }
  return out;
}
