import { tokenizeNow } from './tokenizer.js';

/**
 * kuromoji's (IPADIC's) answers to the three line-end questions of `line-ends.ts`, as the PDF path
 * asked them before issue 14. The table (`line-end-words.ts`) answers first; these are asked only
 * for what it leaves open (the tokenizer must be loaded), and by scripts/line-ends-check.ts, which
 * compares the two on all the material. Each is asked only past the gates of `line-ends.ts`
 * (`mayContinue`, katakana either side, a particle's kana first).
 */

/** The last word is a case, topic or 連体化 particle, or a verb, auxiliary or adjective in a continuative form. */
export function kuromojiCannotEnd(text: string): boolean {
  // the last few words are enough, and keep the tokenizer's work per line small
  const last = tokenizeNow(text.slice(-16)).at(-1);
  if (!last) return false;
  // `について`, `として` are one 格助詞 to IPADIC, and head sections like 接続助詞 do
  if (last.pos === '助詞') return CONTINUING_PARTICLES.has(last.posDetail) && !last.surface.endsWith('て');
  if (last.pos === '動詞' || last.pos === '助動詞' || last.pos === '形容詞') return last.conjugatedForm.startsWith('連用');
  return false;
}

/**
 * 格助詞 (を, に, が, で, へ), 連体化 (の), 係助詞 (は, も). Not 接続助詞 (`…について` is a
 * heading as often as a wrap) and not 副助詞 or 終助詞.
 */
const CONTINUING_PARTICLES = new Set(['格助詞', '連体化', '係助詞']);

/** One of the tokenizer's words spans the break between the two (trimmed) lines. */
export function kuromojiBreaksWord(before: string, after: string): boolean {
  const tail = before.slice(-12);
  const joined = tail + after.slice(0, 12);
  return tokenizeNow(joined).some((t) => t.offset < tail.length && t.offset + t.surface.length > tail.length);
}

/** The (trimmed) line's first word is a particle or an auxiliary. */
export function kuromojiCannotStart(text: string): boolean {
  const first = tokenizeNow(text.slice(0, 12))[0];
  return !!first && (first.pos === '助詞' || first.pos === '助動詞');
}
