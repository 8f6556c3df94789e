import { type SourceLine, withCells } from '../extract/source-text.js';
import { matchMarker } from './markers/index.js';
import { kuromojiBreaksWord, kuromojiCannotEnd, kuromojiCannotStart } from './line-ends-kuromoji.js';
import { tableBreaksWord, tableCannotEnd, tableCannotStart } from './line-end-words.js';
import { loadTokenizer } from './tokenizer.js';
import { CANNOT_OPEN } from '../normalize/particles.js';
import { eraYearOf } from '../vocabulary/era-year.js';
import { labelRole } from '../vocabulary/index.js';

/**
 * Whether a printed line can end where it ends, from its last word. A line that stops on a case
 * particle (`礎をきづいていく為の`), a topic particle or a verb in its continuative form
 * (`運用を図り`) is in the middle of a sentence, whatever the layout suggests; one that ends on
 * a noun (体言止め, common in lists) or a verb's plain form (which is also the form that
 * modifies a following noun) cannot be told from the words, so only the first kind is decided.
 * The table (`line-end-words.ts`) answers where it knows; else kuromoji, which must be loaded.
 */
export function cannotEndSentence(line: string): boolean {
  const text = line.trimEnd();
  if (!mayContinue(text)) return false;
  return tableCannotEnd(text) ?? kuromojiCannotEnd(text);
}

/**
 * Only a line ending in a kana that a particle or a continuative form ends with needs the
 * tokenizer at all; `…します`, `…ない`, `…しい` end sentences and are not asked about.
 */
const MAY_CONTINUE_END = /[のをにがでへとはもりしきちみびけえれせぎじい]$/;
const ENDS_PLAINLY = /(?:ます|です|ません|ない|たい|しい|らしい|ました|でした|ね|こと|もの|とき|ところ)$/;
// (a line of kana only is a name's reading, `かみやま たかし`, not a sentence)
export const mayContinue = (text: string) => MAY_CONTINUE_END.test(text) && !ENDS_PLAINLY.test(text) && /[\p{Script=Han}\p{Script=Katakana}]/u.test(text);

/**
 * A break between two katakana (`…2月にリ` / `ニューアルを行い`) that falls inside one word of
 * the tokenizer's (`リニューアル`) is a wrap; between two words (`システム` / `データ`) it may
 * be a paragraph end.
 */
export function breaksWord(before: string, after: string): boolean {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (!KATAKANA_END.test(a) || !KATAKANA_START.test(b)) return false;
  return tableBreaksWord(a, b) ?? kuromojiBreaksWord(a, b);
}

const KATAKANA_END = /[\p{Script=Katakana}ー]$/u;
const KATAKANA_START = /^[\p{Script=Katakana}ー]/u;

/**
 * A line that starts on a particle or an auxiliary (`の分割に必要な手続きを行う。`) goes on the
 * sentence before it: no sentence starts that way.
 */
export function cannotStartSentence(line: string): boolean {
  const text = line.trimStart();
  if (!PARTICLE_START.test(text)) return false;
  return tableCannotStart(text) ?? kuromojiCannotStart(text);
}

/** Whether the words say a break between two printed lines is inside a sentence (kuromoji asked for what the table leaves open). */
function goesOn(before: string, after: string): boolean {
  return tableGoesOn(before, after) ?? (breaksWord(before, after) || cannotEndSentence(before) || cannotStartSentence(after));
}

/**
 * `goesOn` by the table alone: true where one question is answered so, false where all three
 * are answered no, `undefined` where kuromoji would have to be asked.
 */
export function tableGoesOn(before: string, after: string): boolean | undefined {
  const a = before.trimEnd();
  const b = after.trimStart();
  const answers = [
    KATAKANA_END.test(a) && KATAKANA_START.test(b) ? tableBreaksWord(a, b) : false,
    mayContinue(a) ? tableCannotEnd(a) : false,
    PARTICLE_START.test(b) ? tableCannotStart(b) : false,
    splitsPolite(a, b),
  ];
  return answers.includes(true) ? true : answers.includes(undefined) ? undefined : false;
}

/** The kana particles and auxiliaries start with; `まちづくり推進課` is not asked about. */
const PARTICLE_START = /^[のをにがはでとへもやかよ]/;

/**
 * A break inside the polite ending ます (`…満足度を高めま` / `す。`): the line went on, however short the cell left it
 * (刈谷's 組織目標 by Chromium in Noto Sans CJK 15 pt, the 350th). The tokenizer reads …高めま as a word that may end.
 */
const splitsPolite = (a: string, b: string) => /[\p{Script=Han}\p{Script=Hiragana}]ま$/u.test(a) && /^す(?:$|[。．、，！!」』）)]|が|ので|と|る)/u.test(b);

const mayGoOn = (before: string, after: string) =>
  !matchMarker(after.trim()) &&
  (mayContinue(before.trimEnd()) || (KATAKANA_END.test(before.trimEnd()) && KATAKANA_START.test(after.trimStart())) || PARTICLE_START.test(after.trimStart()) || splitsPolite(before.trimEnd(), after.trimStart()));

/**
 * Rejoin the PDF paragraph breaks that the words overrule (`cannotEndSentence`, `breaksWord`): a line the geometry closed
 * (it stopped short, as every line of a preformatted page does) but whose words go on. Lines
 * (`lines` shape: a trailing space marks a paragraph end) and cell paragraphs (`rows` shape:
 * "\n") alike; not before a line that starts an item. Returns how many breaks were mended. The
 * table answers first, on a copy of the lines; the tokenizer is loaded only when it leaves some
 * break open (issue 14: none in most PDFs).
 */
export async function mendSentenceBreaks(lines: SourceLine[]): Promise<number> {
  const copy = lines.slice();
  const mended = mendLines(copy, tableGoesOn);
  if (mended !== null) {
    lines.splice(0, lines.length, ...copy);
    return mended;
  }
  await loadTokenizer();
  return mendLines(lines, goesOn)!;
}

/**
 * The mending, with `decide` answering whether the words go on across a break that may go on
 * (`mayGoOn`): null, the lines left half mended, as soon as it answers `undefined`.
 * scripts/line-ends-check.ts gives it kuromoji's answers to list the questions asked.
 */
export function mendLines(lines: SourceLine[], decide: (before: string, after: string) => boolean | undefined): number | null {
  let mended = 0;
  let open = false;
  const rejoin = (before: string, after: string | undefined) => {
    if (open || !after || after.trim() === '' || matchMarker(after.trim()) || !mayGoOn(before, after)) return false;
    const answer = decide(before, after);
    if (answer === undefined) open = true;
    return answer === true;
  };
  for (let i = 0; i < lines.length && !open; i++) {
    const line = lines[i]!;
    const above = lines[i - 1];
    const resumed = above && rowGoesOn(above, line, rejoin);
    if (resumed) {
      lines[i - 1] = resumed.above;
      mended += resumed.mended;
      if (resumed.rest.cells!.every((c) => c.trim() === '')) {
        lines.splice(i--, 1);
        continue;
      }
      lines[i] = resumed.rest;
    }
    if (lines[i]!.cells) {
      let changed = false;
      const cells = lines[i]!.cells!.map((cell) => {
        const paras = cell.split('\n');
        const out: string[] = [paras[0]!];
        for (const p of paras.slice(1)) {
          if (rejoin(out.at(-1)!, p)) {
            out[out.length - 1] = out.at(-1)! + p;
            changed = true;
            mended++;
          } else out.push(p);
        }
        return out.join('\n');
      });
      if (changed) lines[i] = withCells(lines[i]!, cells);
    } else if (/[ \u3000]$/.test(line.text) && rejoin(line.text, lines[i + 1]?.text)) {
      lines[i] = { ...line, text: line.text.trimEnd() };
      mended++;
    }
  }
  return open ? null : mended;
}


/**
 * A table row with no label whose cells start mid-sentence is the rest of the row above, which the
 * page's geometry closed early: each such cell's first paragraph goes back onto the cell above it.
 * (伊勢崎 printed in an outer frame by LibreOffice: each year's …収納率の向上 | に努めた。市税調定額…
 * split into two rows where the label column's text breaks; IPAex Gothic 9.5 pt.) Null where
 * nothing moves.
 */
function rowGoesOn(above: SourceLine, line: SourceLine, rejoin: (before: string, after: string | undefined) => boolean): { above: SourceLine; rest: SourceLine; mended: number } | null {
  const [a, b] = [above.cells, line.cells];
  // (on the next page too, a row of the table the page broke: by the words alone — 部長目標's 国民健康保険事業の安定的かつ持続的な
  // 運営 at the foot of the row the page broke, を行います！ 達成 opening a row of its own on the next page beside the 部長's name
  // set apart from its reading; IPAex Gothic 14 pt on letter as a Writer document in an outer frame, the 347th)
  const turned = above.page !== line.page;
  // (read there as a table of its own, the part's first row joined to the broken one: only the columns have to match)
  if (!a || !b || a.length !== b.length || !above.grid || !line.grid || (!turned && above.grid.table !== line.grid.table) || (turned && (above.page === null || line.page !== above.page + 1))) return null;
  // (its first cell too, where that cell's words go on from the one above: a row's first column cut short by the geometry —
  // 刈谷's 組織目標 窓口サービスを通じ、市民の満足度を高めま / す。 a row of its own, the goal read す。, and 健全財政を維持するため、
  // 多角的な財源確保に at a page's foot, 努め、計画的に… | | 道路建設課 / 建築課 at the next page's head; Noto Sans CJK 15 pt by
  // Chromium without rules, the 350th. A first cell that does not go on opens a row: then nothing moves)
  const lead = b[0]!.trim() !== '';
  // (not after a label the vocabulary knows: a header repeated at a page's head, 組織目標 | 取組内容 | 課等 | 目標達成基準, over
  // the rest of the goal the page broke, との連携を推進します。 — 刈谷 by Chromium, the 335th and the 354th, caught by the regression)
  if (lead && (a[0]!.trim() === '' || labelRole(a[0]!) !== null)) return null;
  const up = a.slice();
  const down = b.slice();
  const pairs = b.flatMap((cell, k) => ((k > 0 || lead) && cell.trim() !== '' && a[k]!.trim() !== '' ? [{ k, before: a[k]!.split('\n').at(-1)!, first: cell.split('\n')[0]! }] : []));
  // (a cell of one character, or set out one character at a time — 均等割付, 世田谷's そ の 他 and
  // 繰 越 金 in cells of their own — is a heading's piece, not a sentence's)
  const sentence = (t: string) => [...t.trim()].length >= 2 && !/(?:\S[ \u3000]){2}\S/u.test(t.trim());
  // (not after a sentence's end: there a row starting on a particle is a misread mark — 刈谷's ② read
  // `の` under …公園をつくります。, scanned in black and white by Chromium)
  const byWords = pairs.filter((p) => sentence(p.before) && sentence(p.first) && !/[。．.！!？?]$/u.test(p.before.trim()) && rejoin(p.before, p.first));
  // (and where the words leave it open, every cell of the row, two at least, going on a long line
  // left unended — lines that wrapped: 伊勢崎's …解決に向け、更 | なる滞納圧縮を図る。 in three years'
  // cells at once. One cell alone may be a row of its own: 部長目標's head 子ども未来部長しむらあきこ志村明子
  // over 基本方針, its department's cell spanning both)
  // (across the break, only a cell that cannot open a sentence, a particle before a kanji or を, goes on: 伊勢崎's …令和3年度へ繰り
  // at a page's foot over the year heads the next page repeats, 令和2年度 | 令和3年度 …, read as 繰り令和2年度越す… —
  // IPAex Gothic 9 pt on B5 as a Writer document without rules, the 323rd, caught by the regression)
  // (or, the first cell, after a case particle no sentence ends on — not before a year, a table's heads: 多角的な財源確保に /
  // 努め、…)
  const goingOn = turned ? byWords.filter((p) => CANNOT_OPEN.test(p.first.trim()) || (p.k === 0 && CASE_PARTICLE_END.test(p.before.trim()) && eraYearOf(p.first.trim().split(/\s/u)[0]!) === null)) : byWords;
  // (never with the first cell: a label under a label's note, long and unended, is the next row's — 伊勢崎's 取組状況 /
  // ※継続した取組の場合年度ごとに取組の状況を表示 over 取組成果, the rendered seeds, caught by tests/pdf-rendered.test.ts)
  const wrapped = !turned && !lead && pairs.length >= 2 && pairs.every((p) => byWords.includes(p) || (wrappedLine(p.before) && sentence(p.before) && sentence(p.first) && !matchMarker(p.first.trim()) && !/^[・･※]/u.test(p.first.trim())));
  const moving = wrapped ? pairs : goingOn;
  if (lead && !moving.some((p) => p.k === 0)) return null;
  // (where the first cell goes on, the row is the rest of the one above on its page too: a cell's line of a character or two
  // beside it is a word's end its cell wrapped — 刈谷's 課等 公園整備 / 課 beside 推進しま / す。, Chromium with horizontal rules)
  const tails = lead && !turned ? pairs.filter((p) => !moving.includes(p) && [...p.first.trim()].length <= 2 && !/[。．.！!？?]$/u.test(p.before.trim())) : [];
  for (const { k } of [...moving, ...tails]) {
    const [first, ...rest] = b[k]!.split('\n');
    up[k] = a[k]! + first;
    down[k] = rest.join('\n');
  }
  // (on the next page the whole row is the rest of the one the page broke: its other cells' text goes on under theirs. Not on
  // its page: there the row's other cells are its own — 刈谷's …推進しま / す。 | ②歴史文化、芸術等… | 文化観光課 | ・水野家…, item ②'s
  // row, caught by the regression)
  if (turned && moving.length > 0) {
    b.forEach((cell, k) => {
      if (down[k]!.trim() !== '') up[k] = up[k]!.trim() === '' ? down[k]! : `${up[k]}\n${down[k]}`;
      down[k] = '';
    });
  }
  return moving.length === 0 ? null : { above: withCells(above, up), rest: withCells(line, down), mended: moving.length };
}

/** A case particle a clause goes on after: a cell ending on one has not ended its sentence. */
const CASE_PARTICLE_END = /[\u3400-\u9fff][にをがでへと]$/u;

/** A line long enough to have wrapped and left without a sentence's or a bracket's end. */
const wrappedLine = (text: string) => [...text.trim()].length >= 15 && !/[。．.！!？?）)」』】〉》＞:：]$/u.test(text.trim());
