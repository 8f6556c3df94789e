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
 * How a line ends, the first rule that matches deciding (`undefined`: the line is left to
 * kuromoji). A particle after a content word is the particle itself (kuromoji reads the noun,
 * then the particle: `…の運用を`, `計画の`, `市民が`, `本市では`); a few words hold the particle's
 * kana (`又は`, `最も`, `子ども`) or are conjunctions and adverbs (`及び`, `並びに`, `つい`).
 * Where kuromoji read a particle after a noun otherwise in the sample (`地産地消の` as a
 * dependent noun, `「子どもＳＯＳの家」が` and `（…施行）が` as a conjunctive が, `スムーズに`
 * as adverbial: twenty line ends of 35,792), a reader sides with the rule: the sentence goes on.
 */
const LINE_END_RULES: [RegExp, boolean | undefined][] = [
  // conjunctions and adverbs: a list's `A及び` / `B` is asked about on every 世田谷 budget page.
  // kuromoji reads `…につい` / `て` (について broken, 桑名) as the adverb つい: a reader would
  // rejoin it, but the table keeps kuromoji's answer, so the records stay as they were
  [/及び$/, false],
  // `並びに` read as the conjunction (`木曽三川並びに`, 桑名) and as a particle (`第百二条の二並びに`) alike
  [/並びに$/, undefined],
  [/又は$/, false],
  [/につい$/, false],
  [/子ども$/, false],
  [/[最尤然恰抑何]も$/u, undefined],
  // `2分の` / `1` (a fraction): 分の is a suffix to IPADIC
  [/分の$/, undefined],
  // が after a kanji that starts a verb or word in が (`繋が|る`, `障が|い`): not a particle
  [/[障繋広上下拡転曲群揚挙仰塞妨嫌強怖欲跨]が$/u, undefined],
  // nouns of a 連用形 (`…の見直し` / `…の見通し`, a list item's whole title in 伊勢崎 and 世田谷), `まちづくり`
  [/見[直通]し$/, false],
  [/づくり$/, false],
  // a verb's plain form before と is the conditional と (`…を推し進めると` / `ともに`, 桑名)
  [/[るう]と$/, false],
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
  // `ともに` after a particle is an adverb to IPADIC (`世田谷をともに` / `つくる`, 世田谷); after a
  // noun (`上下水道ともに`) kuromoji reads it otherwise: left to it
  [new RegExp(`${CONTENT}ともに$`, 'u'), undefined],
  [/ともに$/, false],
  [/につき$/, true],
  // continuative forms: `してい|る`, `におけ|る`, `され|る`, `られ|る`, `させ|る`, `でき|る`,
  // `基づき`, `踏まえ`, `とし|て`
  [/てい$/, true],
  [/におけ$/, true],
  [/[さら]れ$/, true],
  [/させ$/, true],
  [/でき$/, true],
  [/基づき$/, true],
  [/[応通]じ$/, true],
  [/踏まえ$/, true],
  [/とし$/, true],
];

/** Whether a line (already past `mayContinue`) cannot end a sentence; `undefined`: ask kuromoji. */
export function tableCannotEnd(text: string): boolean | undefined {
  for (const [pattern, answer] of LINE_END_RULES) if (pattern.test(text)) return answer;
  if (/[\p{Script=Han}]に$/u.test(text)) return caseParticleNi(text.slice(0, -1));
  return undefined;
}

/**
 * に after a noun is the case particle (`計画に`, `事業に`, `法律の施行に`: the sentence goes on);
 * after a な-adjective's stem or an adverb it is adverbial to IPADIC (`円滑に`, `十分に`, `同時に`:
 * 副詞化, not counted), and kuromoji is asked. Decided after the kanji below only, where the
 * words of IPADIC (2.7.0, as kuromoji ships it) that end in that kanji and make に adverbial are
 * all listed: its 形容動詞語幹 and ナイ形容詞語幹 nouns, 副詞, 接続詞 and 連体詞 (and adverbs
 * in …に, less the に). The kanji are those before に at least twice in the material's sentences
 * and ending at most five such words (`的`, `大`, `分`, `要`, `切` end more: left to kuromoji).
 */
export function caseParticleNi(before: string): boolean | undefined {
  if (!NOUN_END_BEFORE_NI.has(before.at(-1)!)) return undefined;
  return ADVERBIAL_BEFORE_NI.some((w) => before.endsWith(w)) ? undefined : true;
}

const NOUN_END_BEFORE_NI = new Set('化設業上営画会月進修期入中員務成場保減人行域働組施策民動携金況項件現課象善制政内供特合性築活際止次額地価援信野所費事標発決年果共渉備向託針計校園料題境革算加考市却降給療響徒代素主新査告置防立関日準線護害部滑展例出基規略知属続議師前税物催消持騰約区末勢討室繕生源握点後子国綱増族庭談幅案請齢帯札身軟始禍育求局層及館辺車条下社付語任他移律歳都応家造団得底水織拓効書階数児望食号通為品薦収旋転位名職借令由頃慮宅回岐般掃駅換割担崎表検季践座症送士頭報容署構口拠集学災限充払績達放猫権祉');
const ADVERBIAL_BEFORE_NI = 'あたり前 いい加減 お粗末 かっ達 けっ構 さ末 ざん新 しっ素 しゃくし定規 一入 一向 一層 一律 一応 一般 一際 丁々発止 上っ調子 上品 上調子 下品 不てっ底 不備 不具合 不動 不可思議 不品行 不始末 不徹底 不心得 不思議 不成績 不手際 不摂生 不日 不案内 不死身 不相応 不自由 不身持 不連続 不適任 不都合 不釣合 不養生 主 什麼生 今後 仮令 伊達 余計 依怙地 便宜上 倹素 傍若無人 備 僭上 優位 優勢 優性 全般 共 共共 共通 内内 円滑 冥加 冥加金 出放題 分相応 利口 利発 到底 到頭 割 割合 劣勢 劣性 単刀直入 博学 可及 向後 命冥加 問題 営営 嚮後 因業 売れっ子 多事 多望 多額 夢中 大事 大層 大幅 奇特 奔放 好い加減 好都合 孝行 安価 完成 実際 寛容 小利口 小口 小幅 小食 少食 層いっ層 層一層 巨額 希代 平滑 平行 年がら年中 年中 年年 年年歳歳 年百年中 年頃 廉価 当たり前 当り前 後 徒 御大層 快活 悪性 意固地 手頃 摩訶不思議 放題 敏活 斬新 新規 既知 日に日 普通 暢達 最上 最下 有効 有名 有害 有数 有望 有為 有限 未完成 未解決 本望 杓子定規 柔軟 次 次次 正業 正規 歳上 毛頭 没交渉 活発 浅学 清新 漸次 潤滑 無事 無人 無制限 無効 無口 無学 無害 無性 無慮 無数 無為 無知 無計画 無責任 無遠慮 無限 片意地 特 独得 独特 独立 現 現金 瑣末 生 生新 略 異例 疎放 疎略 癇症 目下 相応 知名 短慮 稀代 立ち所 笑止 等価 簡略 簡約 簡素 粗放 粗末 粗略 粗野 素 終始 終日 終生 結構 続続 縦令 自動 自業自得 自由 花車 苦労性 著名 見事 親孝行 親身 豪勢 豪放 買い得 質素 転 近頃 逐年 逐日 逐次 過保護 適任 金輪際 闊達 非業 順次 驀地 高位 高価 高名 高水準 高額 高飛車'.split(' ');

/**
 * How a line starts, first match first: a particle before a content word (`の分割に…`,
 * `を実施する`, `に伴い`) is the particle; a few words start with a particle's kana and are not
 * one (`がん検診`, `やさしい日本語`, 伊勢崎; `が、` and `で、` read as conjunctions). kuromoji
 * read `も本市制度の…`, `や講…` and `かららのの補補助…` (a doubled text layer) otherwise in the
 * sample, once each: a reader sides with the rule.
 */
const LINE_START_RULES: [RegExp, boolean][] = [
  [/^を/, true],
  // へ before a word (`へ移行する`, `への`); not `へい死` (斃死, a noun)
  [new RegExp(`^へ(?:${CONTENT}|の)`, 'u'), true],
  [/^から/, true],
  [/^やさしい/, false],
  [/^がん/, false],
  // `とともに` is one case particle to IPADIC, `ともに` an adverb; `よって`, `かつ` conjunctions
  [/^とともに/, true],
  [/^(?:ともに|よって|かつ)/, false],
  [/^が(?:ある|な)/, true],
  [/^に[、，]/, true],
  [/^(?:として|とし、|との)/, true],
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
 * kuromoji splits `ド|ローン` and `イベン|ト` there (sentences of the material cut at every
 * position: `…、ドローン隊、…`, `イベントでの広報`), a reader does not: the rule sides with the reader. Two longer runs (`ゼロ|カーボン`,
 * `クリーン|センター`) are left to kuromoji.
 */
export function tableBreaksWord(before: string, after: string): boolean | undefined {
  if (/^[ーンッァィゥェォャュョヮヵヶ]/.test(after) || /ッ$/.test(before)) return true;
  if (!/[\p{Script=Katakana}ー]{2}$/u.test(before) || !/^[\p{Script=Katakana}ー]{2}/u.test(after)) return true;
  return undefined;
}
