import type { SourceLine, SourceNote } from '../extract/source-text.js';
import { matchMarker } from '../lex/markers/index.js';
import type { MarkerKind } from '../lex/markers/marker.js';
import { loadTokenizer, pathCost } from '../lex/tokenizer.js';
import { mendOcrParagraphs } from './ocr-paragraphs.js';

const NUMBERED: readonly MarkerKind[] = ['circled-number', 'paren-number', 'dotted-number', 'spaced-number'];

/**
 * Characters Tesseract's jpn model gives for another of like shape, and what each may have been.
 * Read on the scans of the seeds
 * (scripts/make-scanned.ts, 300 dpi, JPEG quality 50, 75 and 95): 日 for 口 (桑名's and 刈谷's 人日減少),
 * き for さ (反映きせる), こ for に (主語こした), 河 for 滞 (河納処分), 肥 for 即, 圭 for 持 (刈谷's 維圭保全),
 * 欠 for 窮 (刈谷's and 部長目標's 生活困欠者), 了 for 子 (了育て), 場 for 掲 (場げる), 過 for 遇
 * (部長目標's 処過反映), 抄 for 捗 (進抄管理); in the LibreOffice renderings (IPAex Mincho) 徐 for 窮
 * (刈谷's 生活困徐者), 坦 for 担 (受益者負坦金), 岩 for 震 (無料耐岩診断); at JPEG quality 100 (stop 60) 椎 for 推
 * (木更津's 椎進), 浴 for 浄 (浴化槽), 獲 for 窮 (部長目標's 生活困獲者), ブ for プ (桑名's 公園ブール), 施 for 避
 * and 皇 for 掃 (刈谷 by LibreOffice: 施難支援, 地区清皇); and the kana, katakana and kanji printed alike in
 * every Japanese face (カ/力, ロ/口, エ/工, ニ/二, ハ/八, タ/夕, ヘ/へ, ー/一); ン for シ (刈谷 by LibreOffice, IPAex
 * Mincho: 電子図書館ンステム); 土 for 士, the longer stroke the lower (刈谷 by LibreOffice: 保育土・保育教諭); at
 * JPEG quality 100 in IPAex Mincho (stop 65) 鯛 for 窮 (刈谷's 生活に困鯛し), 据 for 法 (国土調査据), 清 for 滞
 * (清納者に対する戸別訪問); at JPEG quality 90 (stop 71) 漠 for 滞 (漠納者) and 桶 for 育 (保護者の桶児負担), and 般 for 盤 (桑名 by LibreOffice:
 * 社会基般整備); painted by poppler (stop 73) 兆 for 浄, its water radical lost (木更津 by Chromium: 兆化槽), and
 * 突 for 窮 (部長目標 by LibreOffice: 生活困突者, likelier as 困窮者 by 19,964), 盛 for 啓 (刈谷 by LibreOffice: 地震対策の盛発, 7,235);
 * painted in black and white (stop 74, `make-scanned.ts --raster mono`: the letters' edges ragged) 面 for 耐 and 居 for 震
 * (刈谷 by Chromium: 面震改修 14,177, 無料耐居診断 12,685), 負 and 氏 for 窮 (生活困負者, 困氏者), 奪 for 準 (旧建築基奪),
 * 浪 for 浄 (木更津 by LibreOffice: 浪化槽); stop 75, 信 for 避 (刈谷 by LibreOffice: 信難支援設備, 7,257) and 亜 for 望
 * (要亜活動, 8,863). (訂 for 避 — 訂難路, 1,286: 避難路 is no word of the dictionary — stays; 日 for 口 in 日座振替, 6,155: see PAIR_MARGIN.)
 * Stop 78, black and white: 遊 for 避 (桑名 by Chromium: 人遊難所, 人 its left part read twice, 遊難所 → 避難所
 * 10,250) and 訂 for 避 where the words are sure (桑名 by LibreOffice: 訂難所 → 避難所 5,372; see PAIR_MARGIN).
 * (炎 for 災 — 防炎体制, 炎害時, likelier so by 5,904 and 5,586 — is left: 防炎 and 火炎 are words.)
 * Stop 79, black and white: 秋 for 災 (桑名 by LibreOffice: 秋害対応力 → 災害対応力 7,813; in the 11 places 秋 stands
 * in the seeds and the real sheets its 災 gains at most 1,132, 春と秋の火災予防), ズ for Ｘ (桑名 by Chromium: 消防Ｄズ →
 * 消防ＤＸ 9,523; in the 102 places ズ stands an Ｘ loses, at least 7,744).
 */
export const LOOKALIKES: Readonly<Record<string, readonly string[]>> = {
  日: ['口'],
  口: ['ロ'],
  き: ['さ'],
  こ: ['に'],
  河: ['滞'],
  肥: ['即'],
  圭: ['持'],
  欠: ['窮'],
  了: ['子'],
  過: ['遇'],
  抄: ['捗'],
  徐: ['窮'],
  坦: ['担'],
  岩: ['震'],
  椎: ['推'],
  浴: ['浄'],
  獲: ['窮'],
  ブ: ['プ'],
  プ: ['ブ'],
  場: ['掲', '揚'],
  綱: ['網'],
  目: ['止'],
  貞: ['員'],
  施: ['避'],
  皇: ['掃'],
  元: ['抑'],
  店: ['庁'],
  カ: ['力'],
  力: ['カ'],
  ロ: ['口'],
  エ: ['工'],
  工: ['エ'],
  ニ: ['二'],
  二: ['ニ'],
  ハ: ['八'],
  八: ['ハ'],
  タ: ['夕'],
  夕: ['タ'],
  ヘ: ['へ'],
  へ: ['ヘ'],
  ー: ['一'],
  一: ['ー'],
  ン: ['シ'],
  土: ['士'],
  鯛: ['窮'],
  据: ['法'],
  清: ['滞'],
  漠: ['滞'],
  桶: ['育'],
  般: ['盤'],
  兆: ['浄'],
  突: ['窮'],
  盛: ['啓'],
  面: ['耐'],
  居: ['震'],
  負: ['窮'],
  氏: ['窮'],
  奪: ['準'],
  浪: ['浄'],
  信: ['避'],
  亜: ['望'],
  遊: ['避'],
  訂: ['避'],
  秋: ['災'],
  ズ: ['Ｘ'],
};

/**
 * How much likelier (in kuromoji's path cost, IPADIC's units) the other reading must make the
 * paragraph before it is taken. Every lookalike put in turn into every line of the five seeds' text
 * (4,250 readings the pages never printed: scripts/lookalikes-check.ts) lowered the cost by at most
 * 5,986 (部長目標's きむらさい read さむらさい), 5,737 (桑名's 図るこ read 図るに), 5,147 (木更津's きさらづ);
 * the misreads of the scans, where the right reading was likelier by 6,897 (人口), 6,916 (主語に) and
 * 8,671 (滞納), are taken; 反映させる (3,681) and 即した (379) are not: the dictionary is not sure enough.
 */
export const MARGIN = 6500;

/**
 * Pairs whose other reading the dictionary never wrongly prefers by much, each with its own
 * margin: every such character of the five seeds and of the 39 real sheets and books of
 * ../shared/corpus/real (their text layers) put in its place gains at most 1,582 for 場 → 揚 (578
 * places: 運動場照明), 562 for 目 → 止 (949: 項目), and loses for 綱 → 網 (12: 要綱), 元 → 抑 (27:
 * 令和元年度) and 店 → 庁 (28: 飲食店); 貞 stands nowhere there. The scans' misreads gain 4,907 (高場 →
 * 高揚: 刈谷, every scan of it), 3,657 (廃目 → 廃止: 木更津 by Chromium at 100), 5,312 (電話綱 → 電話網:
 * 部長目標), 5,277 (支援貞 → 支援員), 4,889 (事故元止 → 事故抑止: 刈谷 by LibreOffice) and 4,166 (消防店舎
 * → 消防庁舎: 桑名 by LibreOffice; its 来店者 for 来庁者 stays, the dictionary preferring 来店者).
 * ン → シ (stop 64) gains at most 2,978 in 1,033 places (桑名's ンの実現 read シの実現); 刈谷 by LibreOffice's
 * 電子図書館ンステム → システム gains 5,996 (its scan at 75).
 * 土 → 士 (stop 65) gains nowhere in 122 places (at most −75: the book's 郷土愛の醸成); the dictionary reads a
 * qualification's 士 after its field (保育士, 介護福祉士, 建築士) likelier by 1,683, 栄養士 by 3,290, 弁護士 by
 * 6,810, and 土地, 国土, 土木 as they are by 2,860–10,155: 刈谷 by LibreOffice's 保育土・保育教諭 (its scan at 75).
 * 清 → 滞 (stop 65) gains nowhere in 15 places (at most −10,178: 部長目標's 清原中央公園); 刈谷's 清納者 → 滞納者
 * gains 2,480 (its scan by LibreOffice at 100).
 * 桶 → 育 (stop 71) stands nowhere in the seeds and real sheets; where 桶 is printed a wrong 育 loses 3,701–12,596
 * (桶川市, 風呂桶, 桶狭間, 手桶); 刈谷 by LibreOffice's 桶児負担 → 育児負担 gains 5,327 (its scan at JPEG 90).
 * 訂 → 避 (stop 78) loses in all 8 places it stands (at most −13,587: 桑名's 管理方針の改訂); 桑名 by LibreOffice's
 * 訂難所 → 避難所 gains 5,372 (its scan in black and white), 刈谷's 訂難路 1,286 (left: 避難路 is no word of IPADIC).
 * 日 → 口 (stop 79) gains at most 120 in 267 places (神戸's 開市日数（日）); 日座振替 → 口座振替 gains 6,155 (刈谷 by
 * both producers in black and white, and at 75 since stop 60 — under MARGIN, so it had stayed).
 * scripts/lookalikes-check.ts lists each pair's largest gain against its margin.
 */
const PAIR_MARGIN: Readonly<Record<string, number>> = { 日口: 3000, 人災: 3000, 場揚: 3000, 目止: 3000, 綱網: 3000, 貞員: 4000, 元抑: 3000, 店庁: 3000, ンシ: 4000, 土士: 1500, 清滞: 2000, 桶育: 4000, 訂避: 3000 };

/** The margin by which the other reading of a lookalike must be likelier. */
export const marginOf = (read: string, meant: string): number => PAIR_MARGIN[read + meant] ?? MARGIN;

/**
 * Glyphs Tesseract's jpn model reads twice, once from their left part alone: the character it took
 * that part for, then the glyph (刈谷 by LibreOffice in IPAex Mincho, scanned at 300 dpi: リサイクル read
 * `りリサイクル`, 電子決済 `電了子決済`, システム `ンシステム`, the first box half an em wide and glued to
 * the next). Dropped where the words without it are likelier by the pair's margin: りリ gains 10,520
 * and 17,932 so, 了子 16,256 and 17,209, ンシ 5,996 (its margin that of ン → シ); the pairs stand in the
 * seeds and the real sheets only as ンシ (コンシェルジュ: 0), and dropping the ン of マンション,
 * インシデント, ペンション loses 5,804–7,072 (scripts/lookalikes-check.ts). Stop 76, black-and-white scans
 * (make-scanned.ts --raster mono): 災's left part read 人 (`人災害時`, 刈谷 by LibreOffice and 桑名 by Chromium:
 * 6,749 likelier without it), 桑's top read 和 (`和桑名駅`, 桑名 by Chromium: 7,936 and 6,692); neither pair
 * stands as printed in the seeds or the real sheets, and the words keep a 人 they need (人災の防止: −103).
 * Stop 78: 避's top left read 人 before the glyph read 遊 (`人遊難所`, 桑名 by Chromium: 7,180 likelier without
 * it, and 遊 → 避 after); 人遊 stands nowhere in the seeds or the real sheets.
 * Stop 79: 人災 takes a pair's margin (3,000): 桑名 by Chromium's 防人災意識 is 6,389 likelier as 防災意識, under
 * MARGIN; the words that print 人災 lose by dropping the 人 (人災の防止: −103).
 */
export const READ_TWICE: Readonly<Record<string, readonly string[]>> = { り: ['リ'], 了: ['子'], ン: ['シ'], 人: ['災', '遊'], 和: ['桑'] };

/**
 * A katakana read twice, or once as itself and once with another mark (painted by poppler, stop 73:
 * 刈谷 by LibreOffice's 産後ケアア事業, 下水道ポボスター): two katakana of one letter side by side, one
 * of them dropped where the words are likelier without it by KANA_TWICE_MARGIN. The five seeds and
 * the text layers of ../shared/corpus/real print such pairs six times, and the words lose by
 * dropping one (キャリアアップ −102, ビジネススキーム −3,617); the misreads gain 2,206 (桑名 by
 * LibreOffice: 内水ハバザードマップ), 5,693 and 5,976 (scripts/lookalikes-check.ts). The margin stands
 * about halfway between.
 */
export const KANA_TWICE_MARGIN = 1000;

const KATAKANA = /^[\u30a1-\u30fa]$/u;

/** Whether two characters are katakana of one letter (ポ and ボ are ホ). */
export const sameKana = (a: string, b: string): boolean => KATAKANA.test(a) && KATAKANA.test(b) && a.normalize('NFD')[0] === b.normalize('NFD')[0];

/**
 * How often the document's OCR'd pages print each pair of kanji side by side, as read: the words
 * it uses (each cell once; a line without cells by its text).
 */
export function documentPairs(lines: readonly SourceLine[], ocrPages: ReadonlyMap<number, number>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const line of lines) {
    if (line.page === null || !ocrPages.has(line.page)) continue;
    for (const part of line.cells ?? [line.text]) {
      const chars = [...part];
      for (let i = 0; i + 1 < chars.length; i++) if (HAN.test(chars[i]!) && HAN.test(chars[i + 1]!)) pairs.set(chars[i]! + chars[i + 1]!, (pairs.get(chars[i]! + chars[i + 1]!) ?? 0) + 1);
    }
  }
  return pairs;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * How many times the document must print a word another reading of a kanji makes, where the
 * reading stands once, for that word to be taken against the dictionary (桑名 by LibreOffice and
 * Chromium: 店内 once, 庁内 in the other departments' text; IPADIC prefers 店内 by 7,877). Each text
 * the seeds and ../shared/corpus/real print, read as a document of its own, has nothing taken so
 * (scripts/lookalikes-check.ts; a trial at counts 1 and 2, stop 79, found nothing either).
 */
const OWN_WORD = 3;

/** The pair of kanji beside `i` that another reading makes a word the document uses, or null. */
function ownWord(pairs: ReadonlyMap<string, number>, chars: readonly string[], i: number, meant: string): string | null {
  for (const j of [i - 1, i + 1]) {
    const other = chars[j];
    if (other === undefined || !HAN.test(other)) continue;
    const [read, word] = j < i ? [other + chars[i], other + meant] : [chars[i] + other, meant + other];
    if ((pairs.get(read) ?? 0) <= 1 && (pairs.get(word) ?? 0) >= OWN_WORD) return word;
  }
  return null;
}

/**
 * One text with its likeliest readings of lookalikes taken, and which were changed. With the
 * document's pairs of kanji, a kanji lookalike the dictionary does not prefer is still taken where
 * it makes a word the document uses (OWN_WORD) and the reading stands once.
 */
export function readLookalikes(text: string, pairs?: ReadonlyMap<string, number>): { text: string; changed: { at: number; read: string; meant: string; word?: string }[] } {
  const chars = [...text];
  const changed: { at: number; read: string; meant: string; word?: string }[] = [];
  // an item's number is not a word: IPADIC reads ③「人口 no likelier than ③「人日 (by 4,211, against
  // 6,897 without the ③)
  const marker = matchMarker(text.trimStart(), NUMBERED);
  const head = marker ? [...text].length - [...marker.rest].length : 0;
  // judged over the whole paragraph after its number, as scripts/lookalikes-check.ts measured MARGIN
  const reading = (i: number, ch: string) => [...chars.slice(head, i), ch, ...chars.slice(i + 1)].join('');
  let base: number | null = null;
  // a glyph read twice first: its left part's character may be a lookalike too (了 for 子)
  for (let i = chars.length - 2; i >= head; i--) {
    if (!READ_TWICE[chars[i]!]?.includes(chars[i + 1]!)) continue;
    base ??= pathCost(chars.slice(head).join(''));
    const cost = pathCost(reading(i, ''));
    // (the pair's margin as a lookalike: ンシ's is ン → シ's)
    if (base - cost < marginOf(chars[i]!, chars[i + 1]!)) continue;
    changed.push({ at: i, read: chars[i]! + chars[i + 1]!, meant: chars[i + 1]! });
    chars.splice(i, 1);
    base = cost;
  }
  for (let i = chars.length - 2; i >= head; i--) {
    if (!sameKana(chars[i]!, chars[i + 1]!)) continue;
    base ??= pathCost(chars.slice(head).join(''));
    // (the first dropped, or the second: ポボスター is ポスター)
    const [first, second] = [pathCost(reading(i, '')), pathCost(reading(i + 1, ''))];
    const cost = Math.min(first, second);
    if (base - cost < KANA_TWICE_MARGIN) continue;
    const drop = first <= second ? i : i + 1;
    changed.push({ at: i, read: chars[i]! + chars[i + 1]!, meant: chars[drop === i ? i + 1 : i]! });
    chars.splice(drop, 1);
    base = cost;
  }
  chars.forEach((c, i) => {
    const alternatives = LOOKALIKES[c];
    if (!alternatives || i < head) return;
    base ??= pathCost(chars.slice(head).join(''));
    // (a reading past the full margin before one past a pair's own: the dictionary finds 場げる as
    // 揚げる likelier than as 掲げる, by 523, where 刈谷 printed SDGsが掲げる)
    let best: { ch: string; cost: number; sure: boolean } | null = null;
    for (const ch of alternatives) {
      const cost = pathCost(reading(i, ch));
      const margin = marginOf(c, ch);
      const sure = margin >= MARGIN;
      if (base - cost >= margin && (!best || (sure && !best.sure) || (sure === best.sure && cost < best.cost))) best = { ch, cost, sure };
    }
    if (best) {
      changed.push({ at: i, read: c, meant: best.ch });
      chars[i] = best.ch;
      base = best.cost;
      return;
    }
    const own = pairs && HAN.test(c) ? alternatives.flatMap((ch) => (HAN.test(ch) ? [{ ch, word: ownWord(pairs, chars, i, ch) }] : [])).find((x) => x.word !== null) : undefined;
    if (own) {
      changed.push({ at: i, read: c, meant: own.ch, word: own.word! });
      chars[i] = own.ch;
      base = null;
    }
  });
  return { text: chars.join(''), changed };
}

/** What ends a sentence: after it a list may start again. */
const SENTENCE_END = /[。．.！!？?」』）)]/u;

/**
 * A circled number OCR read twice in one paragraph, the second time where the sentence goes on (刈谷
 * by Chromium in black and white, p17: `①国庫補助・県費補助を積極的に活用しま ①す。`, the wrapped `す。`
 * then a goal of its own): a list's next number is another, and no item starts inside a word.
 * Returns the paragraph without it, and where each was.
 */
export function dropRepeatedRings(text: string): { text: string; dropped: number[] } {
  const chars = [...text];
  const kept: string[] = [];
  const dropped: number[] = [];
  let last: string | null = null;
  chars.forEach((c, i) => {
    if (/[①-⑳]/u.test(c)) {
      const before = kept.join('').trimEnd().slice(-1);
      if (c === last && before !== '' && !SENTENCE_END.test(before)) {
        dropped.push(i);
        return;
      }
      last = c;
    }
    kept.push(c);
  });
  return { text: kept.join(''), dropped };
}

/**
 * The lines of pages read by OCR with their lookalikes read again (each cell's paragraphs, and the
 * line's text), each change noted (info `language/ocr-lookalike`) with its page and line; a circled
 * number read twice inside a sentence dropped (info `language/ocr-ring-repeated`).
 */
export async function readOcrLookalikes(lines: SourceLine[], ocrPages: ReadonlyMap<number, number>): Promise<SourceNote[]> {
  if (ocrPages.size === 0) return [];
  await loadTokenizer();
  const pairs = documentPairs(lines, ocrPages);
  return [...dropRingsAtLineHeads(lines, ocrPages), ...mendOcrParagraphs(lines, ocrPages, (paragraph, say) => {
    const rings = dropRepeatedRings(paragraph);
    if (rings.dropped.length > 0) say('language/ocr-ring-repeated', `「${paragraph.trim().slice(0, 40)}」: a circled number read again inside a sentence, dropped`);
    const part = rings.text;
    const read = readLookalikes(part, pairs);
    for (const c of read.changed) {
      const where = [...part].slice(Math.max(0, c.at - 6), c.at + 7).join('');
      const why = c.word ? `the document prints 「${c.word}」 ${pairs.get(c.word)} times and this reading once` : 'the words around it are likelier so';
      say('language/ocr-lookalike', `「${c.read}」 in 「${where}」 read as 「${c.meant}」: ${why} (OCR reads the two alike)`);
    }
    return read.text;
  })];
}

/**
 * The same across a cell's lines: a circled number read again at the head of the line its item
 * wrapped onto (刈谷 by Chromium in black and white, p10: `②消防団の…消防力の強` / `②化を図るとともに…`,
 * the wrap then an item of its own): dropped, and the line joined to the one it goes on from.
 * Changes the cells in place.
 */
function dropRingsAtLineHeads(lines: SourceLine[], ocrPages: ReadonlyMap<number, number>): SourceNote[] {
  const notes: SourceNote[] = [];
  lines.forEach((line, n) => {
    if (line.page === null || !ocrPages.has(line.page) || !line.cells?.some((c) => c.includes('\n'))) return;
    const cells = line.cells.map((cell) => {
      const joined = joinRingedWraps(cell);
      if (joined !== cell) notes.push({ level: 'info', code: 'language/ocr-ring-repeated', message: `「${cell.trim().slice(0, 40)}」: a circled number read again at the head of a wrapped line, dropped`, page: line.page, line: line.no });
      return joined;
    });
    lines[n] = { ...line, cells };
  });
  return notes;
}

/** A cell's text with each line that opens with the circled number last read, after a line that ends no sentence, joined to that line without it. */
export function joinRingedWraps(cell: string): string {
  const out: string[] = [];
  let last: string | null = null;
  for (const line of cell.split('\n')) {
    const head = /^\s*([①-⑳])\s*/u.exec(line);
    const before = out.at(-1)?.trimEnd().slice(-1) ?? '';
    if (head && head[1] === last && before !== '' && !SENTENCE_END.test(before)) {
      out[out.length - 1] = out.at(-1)!.trimEnd() + line.slice(head[0].length);
      continue;
    }
    out.push(line);
    const rings = line.match(/[①-⑳]/gu);
    if (rings) last = rings.at(-1)!;
  }
  return out.join('\n');
}
