/**
 * Two questions about a sentence's predicate that the indicator reader asks, answered from the
 * kana: whether the sentence reports the past, and whether a comparing verb after a figure
 * modifies a noun. Both were kuromoji's (IPADIC) tokens; these patterns give its answers on every
 * phrase of the tests and the seeds (`scripts/word-questions-check.ts`, issue 14: loading it cost
 * ~0.25 s and ~90 MB of a text import).
 */

// IPADIC's past auxiliary (base た: た, たら, たろ; the だ of 学んだ has base だ and never counted)
// after a continuative form: the kana a 連用形 ends in, or a one-kanji one (来た, 見た, 出来た)
const PAST_AFTER_CONTINUATIVE = /(?<=[っしいきちにびみりれえけせてねべめげぜでへぎじ来見得経居着])た/gu;
/**
 * What follows a predicate, not a noun it modifies (`向けた取組`, `受けた債権`, `達成したもの`,
 * `だったのが`, `働きかけたところ`): a particle that joins clauses, a quote, a sign or space, the end. (IPADIC reads an
 * ASCII `(` and figures as nouns.)
 */
const PREDICATE_FOLLOWS = /^(?:ら|ろ|が|けど|けれ|と(?!ころ|き|おり)|ので|のに|ね|よ|か|から|ものの|[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー0-9０-９A-Za-zＡ-Ｚａ-ｚ(])/u;

/** The main predicate is in the past: `…でした`, `…に達しました`, `…が設立された`. */
export function reportsThePast(text: string): boolean {
  for (const m of text.matchAll(PAST_AFTER_CONTINUATIVE)) {
    const after = text.slice(m.index + 1);
    // いたし… is 致す (`実施いたします`), not a past
    if ((after === '' || PREDICATE_FOLLOWS.test(after)) && !(text[m.index - 1] === 'い' && after.startsWith('し'))) return true;
  }
  return false;
}

/**
 * A figure followed by a comparing verb that modifies a noun (`月80時間を超える教職員`) says which
 * people or things are counted, the way `65歳以上の` does: it is not a target. `rest` is the text
 * after the figure.
 */
export function comparesToCount(rest: string): boolean {
  return COUNTED_BY_COMPARISON.test(rest);
}

const COUNTED_BY_COMPARISON = /^を?(?:超える|上回る|下回る|満たす)(?=[\p{Script=Han}\p{Script=Katakana}ー]|もの|こと)/u;
