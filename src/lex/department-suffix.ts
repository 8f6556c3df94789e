/**
 * Where a department's name ends in a composite 担当部課 (`総務部職員課` → 総務部): at the first 部
 * or 局 that is the unit suffix of a name (`総務/部`, `事務/局`, `まちづくり/部`), at 本部 and 公室,
 * and at a closing 部局 (`健康福祉部局`); not at a 部 or 局 inside a word (`内部監査室`,
 * `部活動推進室`, `関係部署`).
 *
 * The words are IPADIC's (2.7.0, as kuromoji ships it) common nouns that hold 部 or 局 (every
 * entry of its token dictionary whose surface holds 部/局, with part of speech 名詞 and neither
 * 固有名詞 nor 接尾: kuromoji's `token_info_dictionary.getFeatures(id)` for each 10-byte id), less those
 * that in a 担当部課 give way to a neighbour (`生活安/全部` is 生活安全 + 部, `都/市部` 都市 + 部,
 * `部下/水道` 部 + 下水道) and those that name a bureau by the suffix itself (消防局, 報道局). Where
 * kuromoji was asked before (issue 14: it cost ~0.25 s and ~90 MB to load for this), this gives
 * its answers on every organisation name of the tests and the seeds
 * (`scripts/word-questions-check.ts`), and reads `健康いきいき部` and `関係部署長` as a reader does.
 */
const WORDS_HOLDING_BU =
  'お部屋 一部 一部分 一部始終 上達部 上部 下腹部 下部 両部 両部神道 中西部 中部 主部 二部作 人文学部 休部 佳局 倶楽部 側部 入局 入部 全局 六十六部 六部 内局 内部 前部 創部 北西部 北部 医学部 医局 南部 危局 各局 各部 同局 商学部 固有部 基部 変局 外局 外部 大局 大部 大部屋 始端部 子供部屋 学部 家政学部 対局 局内 局区内 局員 局在 局地 局報 局外 局所 局方 局止め 局留め 局番 局紙 局部 局長 局限 局面 工学部 幕僚監部 幹部 廃部 式部 当局 後部 後頭部 御部屋様 恥部 患部 戦局 指数部桁合せ 支部 政局 政経学部 文学部 文理学部 文部 時局 暗部 東部 歯学部 残部 法学部 法文学部 深部 理学部 理工学部 用部屋 相部屋 石部金吉 破局 社会学部 社会福祉学部 童部 細部 終局 経済学部 結局 総合科学部 美人局 背部 胸部 腰部 腹部 膳部 臀部 薬学部 薬局 薬局方 蜷局 西部 語部 警部 警部補 軍部 農学部 郡部 部会 部位 部内 部分 部分け 部品 部員 部外 部室 部将 部局 部屋 部屋住 部屋割 部屋割り 部所 部数 部族 部材 部民 部活 部立 部署 部落 部課 部費 部長 部門 部隊 部面 部類 部首 開局 限局 陰部 難局 電子工学部 面部 鞍部 音楽学部 頚部 頭部'.split(' ');

/** The words by the position of 部 or 局 in them, for the check at one character. */
const BY_CHAR = new Map<string, { word: string; at: number }[]>();
for (const word of WORDS_HOLDING_BU) {
  for (let at = 0; at < word.length; at++) {
    const c = word[at]!;
    if (c !== '部' && c !== '局') continue;
    const list = BY_CHAR.get(c) ?? [];
    list.push({ word, at });
    BY_CHAR.set(c, list);
  }
}

/** How a section's name ends (`職員課`, `経営改革室`, `保健センター`). */
export const SECTION_END = /(?:課|室|係|所|センター|館|園|担当)$/;

/**
 * Whether the 部 or 局 at `i` is inside one of the words. A word that starts at it (部課, 部長,
 * 部署) holds it only where the rest is no section: in `税務部課税課` the 部 ends 税務部 and 課税課 is
 * the section (read as 部課, the entry had no department), as 福祉部長寿課 and 総務部会計課 are.
 */
const insideWord = (s: string, i: number) => (BY_CHAR.get(s[i]!) ?? []).some(({ word, at }) => i - at >= 0 && s.startsWith(word, i - at) && !(at === 0 && sectionAfter(s.slice(i + 1))));

/**
 * A section's name: two characters or more, ending as one does, no kana in it (not `分を除く全待合室`
 * after 事務所部), and not 各課, "each section" (`健康こども部内各課`, the sections within 健康こども部).
 */
const sectionAfter = (rest: string) => rest.length >= 2 && SECTION_END.test(rest) && !/\p{Script=Hiragana}/u.test(rest) && !/各課$/u.test(rest);

/** The end of the department's name in `s` (an offset), or -1 when no unit suffix is there. */
export function departmentEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '室' && s[i - 1] === '公') return i + 1;
    if (c !== '部' && c !== '局') continue;
    if (c === '部' && s[i - 1] === '本') return i + 1;
    if (s.startsWith('部局', i)) {
      if (i + 2 === s.length) return i + 2;
      continue;
    }
    if (i === 0 || insideWord(s, i)) continue;
    return i + 1;
  }
  return -1;
}
