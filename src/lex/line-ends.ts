import type { SourceLine } from '../extract/source-text.js';
import { matchMarker } from './markers/index.js';
import { loadTokenizer, tokenizeNow } from './tokenizer.js';

/**
 * Whether a printed line can end where it ends, from its last word. A line that stops on a case
 * particle (`礎をきづいていく為の`), a topic particle or a verb in its continuative form
 * (`運用を図り`) is in the middle of a sentence, whatever the layout suggests; one that ends on
 * a noun (体言止め, common in lists) or a verb's plain form (which is also the form that
 * modifies a following noun) cannot be told from the words, so only the first kind is decided.
 */
export function cannotEndSentence(line: string): boolean {
  const text = line.trimEnd();
  if (!mayContinue(text)) return false;
  // the last few words are enough, and keep the tokenizer's work per line small
  const tail = text.slice(-16);
  const last = tokenizeNow(tail).at(-1);
  if (!last) return false;
  // `について`, `として` are one 格助詞 to IPADIC, and head sections like 接続助詞 do
  if (last.pos === '助詞') return CONTINUING_PARTICLES.has(last.posDetail) && !last.surface.endsWith('て');
  if (last.pos === '動詞' || last.pos === '助動詞' || last.pos === '形容詞') return last.conjugatedForm.startsWith('連用');
  return false;
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
  const tail = a.slice(-12);
  const joined = tail + b.slice(0, 12);
  return tokenizeNow(joined).some((t) => t.offset < tail.length && t.offset + t.surface.length > tail.length);
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
  const first = tokenizeNow(text.slice(0, 12))[0];
  return !!first && (first.pos === '助詞' || first.pos === '助動詞');
}

/** Whether the words say a break between two printed lines is inside a sentence. */
function goesOn(before: string, after: string): boolean {
  return breaksWord(before, after) || cannotEndSentence(before) || cannotStartSentence(after);
}

/** The kana particles and auxiliaries start with; `まちづくり推進課` is not asked about. */
const PARTICLE_START = /^[のをにがはでとへもやかよ]/;

const mayGoOn = (before: string, after: string) =>
  !matchMarker(after.trim()) &&
  (mayContinue(before.trimEnd()) || (KATAKANA_END.test(before.trimEnd()) && KATAKANA_START.test(after.trimStart())) || PARTICLE_START.test(after.trimStart()));

/**
 * 格助詞 (を, に, が, で, へ), 連体化 (の), 係助詞 (は, も). Not 接続助詞 (`…について` is a
 * heading as often as a wrap) and not 副助詞 or 終助詞.
 */
const CONTINUING_PARTICLES = new Set(['格助詞', '連体化', '係助詞']);

/**
 * Rejoin the PDF paragraph breaks that the words overrule (`cannotEndSentence`, `breaksWord`): a line the geometry closed
 * (it stopped short, as every line of a preformatted page does) but whose words go on. Lines
 * (`lines` shape: a trailing space marks a paragraph end) and cell paragraphs (`rows` shape:
 * "\n") alike; not before a line that starts an item. Returns how many breaks were mended. The
 * tokenizer is loaded only when some break is in question.
 */
export async function mendSentenceBreaks(lines: SourceLine[]): Promise<number> {
  const pairs = (cell: string) => cell.split('\n').map((p, k, all) => [p, all[k + 1]] as const).slice(0, -1);
  const anyBreak = lines.some((l, i) => (l.cells ? l.cells.some((c) => pairs(c).some(([a, b]) => mayGoOn(a, b!))) : /[ \u3000]$/.test(l.text) && !!lines[i + 1] && mayGoOn(l.text, lines[i + 1]!.text)));
  if (!anyBreak) return 0;
  await loadTokenizer();
  let mended = 0;
  const rejoin = (before: string, after: string | undefined) => !!after && after.trim() !== '' && !matchMarker(after.trim()) && mayGoOn(before, after) && goesOn(before, after);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells) {
      let changed = false;
      const cells = line.cells.map((cell) => {
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
      if (changed) lines[i] = { ...line, cells, text: cells.map((c) => c.replace(/\n/g, ' ')).join('\t') };
    } else if (/[ \u3000]$/.test(line.text) && rejoin(line.text, lines[i + 1]?.text)) {
      lines[i] = { ...line, text: line.text.trimEnd() };
      mended++;
    }
  }
  return mended;
}
