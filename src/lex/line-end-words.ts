/**
 * The line-end questions of `line-ends.ts` answered from the last or first few characters, where
 * they settle kuromoji's (IPADIC's) answer: issue 14, loading kuromoji for them cost ~0.3 s and
 * ~100 MB of a PDF import. Each answer is `true`/`false` where a rule below decides, `undefined`
 * where it does not: then kuromoji is asked (`line-ends-kuromoji.ts`), so a line end no rule
 * knows reads as before.
 *
 * The rules come from kuromoji's answers on the material: every printed line end the PDF path
 * asks about in ../shared/corpus/{real,pdf,rendered} and fixtures/, and every position of every
 * sentence of those PDFs, the seeds and the fixtures' texts where a line could break (~32,000
 * line ends, ~23,000 line starts, ~14,000 breaks between two katakana); a rule is kept where
 * kuromoji answered it the same way every time there, or where it did not and a reader sides with
 * the rule (named below). `scripts/line-ends-check.ts` compares the two on all of it.
 */

/** A content word's last character: kanji, katakana, a figure, a Latin letter, a closing bracket, a percent sign. */
const CONTENT = '[\\p{Script=Han}\\p{Script=Katakana}ー0-9０-９A-Za-zＡ-Ｚａ-ｚ）)」』】〕％%]';

/**
 * How a line ends, last match first. A particle after a content word is the particle itself
 * (kuromoji reads the noun, then the particle: `…の運用を`, `計画の`, `市民が`, `本市では`);
 * a few words hold the particle's kana (`又は`, `最も`, `子ども`) or are conjunctions and
 * adverbs (`及び`, `並びに`, `つい`).
 */
/** `undefined`: a line ending so is left to kuromoji (the first rule that matches decides). */
const LINE_END_RULES: [RegExp, boolean | undefined][] = [
  // conjunctions and adverbs: a list's `A及び` / `B` is asked about on every 世田谷 budget page;
  // kuromoji reads `…につい` / `て` (について broken) as the adverb つい: not decided as a wrap
  [/及び$/, false],
  [/並びに$/, false],
  [/又は$/, false],
  [/につい$/, false],
  [/子ども$/, false],
  [/[最尤然恰抑何]も$/u, undefined],
  // `2分の` / `1` (a fraction): 分の is a suffix to IPADIC
  [/分の$/, undefined],
  // が after a kanji that starts a verb or word in が (`繋が|る`, `障が|い`): not a particle
  [/[障繋広上下拡転曲群揚挙仰塞妨嫌強怖欲跨]が$/u, undefined],
  // a particle after a content word
  [new RegExp(`${CONTENT}[をのがはへもで]$`, 'u'), true],
  // に after katakana, a figure or a closing bracket (`センターに`, `「…」に`); not after a kanji,
  // where a な-adjective's stem makes it adverbial (`積極的に`, `円滑に`: 副詞化, not a wrap to it)
  [/[\p{Script=Katakana}ー0-9０-９）)」』]に$/u, true],
  // particle after particle: `との`, `での`, `への`, `ての`, `からの`, `ための`; `には`, `では`, `とは`, `ては`; `にも`, `ても`
  [/[へとでてらめ]の$/, true],
  [/[てでにとをの]は$/, true],
  [/[てにを]も$/, true],
  [/とが$/, true],
  [/とで$/, true],
  [/とともに$/, true],
  [/につき$/, true],
  // continuative forms: `してい|る`, `におけ|る`, `され|る`, `られ|る`, `させ|る`, `でき|る`,
  // `基づき`, `踏まえ`, `とし|て`
  [/てい$/, true],
  [/におけ$/, true],
  [/[さら]れ$/, true],
  [/させ$/, true],
  [/でき$/, true],
  [/基づき$/, true],
  [/踏まえ$/, true],
  [/とし$/, true],
];

/** Whether a line (already past `mayContinue`) cannot end a sentence; `undefined`: ask kuromoji. */
export function tableCannotEnd(text: string): boolean | undefined {
  for (const [pattern, answer] of LINE_END_RULES) if (pattern.test(text)) return answer;
  return undefined;
}

/**
 * How a line starts, first match first: a particle before a content word (`の分割に…`,
 * `を実施する`, `に伴い`) is the particle; a few words start with a particle's kana and are not
 * one (`がん検診`, `やさしい日本語`, 伊勢崎; `が、` and `で、` read as conjunctions).
 */
const LINE_START_RULES: [RegExp, boolean][] = [
  [/^を/, true],
  [/^へ/, true],
  [/^から/, true],
  [/^やさしい/, false],
  [/^がん/, false],
  [/^[がで][、，,]/, false],
  [/^でき/, false],
  [new RegExp(`^[のには][${CONTENT.slice(1, -1)}]`, 'u'), true],
  // `による`, `により`, `について`, `には`, `にも`, `にて`, `にとって`
  [/^に[よつはもてと]/, true],
  [new RegExp(`^[もや]${CONTENT}`, 'u'), true],
];

/** Whether a line (already starting on a particle's kana) cannot start a sentence; `undefined`: ask kuromoji. */
export function tableCannotStart(text: string): boolean | undefined {
  for (const [pattern, answer] of LINE_START_RULES) if (pattern.test(text)) return answer;
  return undefined;
}

/**
 * A break between two katakana inside one word: where the line after starts on a kana no word
 * starts with (`ー`, `ン`, `ッ`, a small kana: `キャパ|シティ`, `ター|ゲット`, `デ|ジタル`), after
 * a small ッ, or where one side is a single katakana (`民営バ|ス`, `4ク|リーン`, `2月にリ|ニューアル`).
 * kuromoji splits `ド|ローン` and `イベン|ト` there, a reader does not (a rendering of 伊勢崎 and
 * 桑名 in the sample): the rule sides with the reader. Two longer runs (`ゼロ|カーボン`,
 * `クリーン|センター`) are left to kuromoji.
 */
export function tableBreaksWord(before: string, after: string): boolean | undefined {
  if (/^[ーンッァィゥェォャュョヮヵヶ]/.test(after) || /ッ$/.test(before)) return true;
  if (!/[\p{Script=Katakana}ー]{2}$/u.test(before) || !/^[\p{Script=Katakana}ー]{2}/u.test(after)) return true;
  return undefined;
}
