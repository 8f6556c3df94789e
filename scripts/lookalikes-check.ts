// How safe src/language/ocr-misreads.ts's margin is: every lookalike it knows put in turn into every
// line of the five seeds' text (what the pages printed, so any change would be a misreading of our
// own), with how much likelier kuromoji found each; the largest must stay under MARGIN, and
// readLookalikes must change nothing. Then the scans' misreads it is there for.
// The pairs with a margin of their own (PAIR_MARGIN) are put into the text layers of
// ../shared/corpus/real too (through poppler's pdftotext, where it is installed), and each pair's
// largest gain is listed against its margin; so is each pair of READ_TWICE printed there. Last, each
// text read as a document of its own (its pairs of kanji counted): the lookalikes taken as words the
// document uses (readLookalikes with documentPairs) — none must be.
//   node --import tsx scripts/lookalikes-check.ts
import { matchMarker } from '../src/lex/markers/index.js';
import { loadTokenizer, pathCost } from '../src/lex/tokenizer.js';
import { documentPairs, KANA_TWICE_MARGIN, LOOKALIKES, MARGIN, marginOf, READ_TWICE, readLookalikes, sameKana } from '../src/language/ocr-misreads.js';
import { printedTexts } from './printed-texts.js';

await loadTokenizer();
let lines = 0;
let readings = 0;
let changed = 0;
let realChanged = 0;
const worst: { gain: number; where: string }[] = [];
const byPair = new Map<string, { gain: number; where: string; n: number }>();
const twiceSeen = new Map<string, { gain: number; where: string; n: number }>();
let kanaTwice: { gain: number; where: string; n: number } | undefined;
const texts = printedTexts();
for (const { file, text: whole, seed } of texts) {
  for (const raw of whole.split('\n')) {
    for (const part of raw.replace(/<\/?p>/g, '\t').split('\t')) {
      const text = part.trim();
      if (!text) continue;
      if (seed) lines++;
      const rest = matchMarker(text)?.rest ?? text;
      const chars = [...rest];
      let base: number | null = null;
      chars.forEach((c, i) => {
        for (const alt of LOOKALIKES[c] ?? []) {
          // (the real sheets are asked only of the pairs with margins of their own)
          if (!seed && marginOf(c, alt) === MARGIN) continue;
          base ??= pathCost(rest);
          const gain = base - pathCost([...chars.slice(0, i), alt, ...chars.slice(i + 1)].join(''));
          const where = `${file.split('-')[0]}: ${chars.slice(Math.max(0, i - 8), i + 8).join('')} (${c} → ${alt})`;
          if (seed) readings++, worst.push({ gain, where });
          const pair = byPair.get(c + alt);
          if (marginOf(c, alt) !== MARGIN && (!pair || gain > pair.gain)) byPair.set(c + alt, { gain, where, n: (pair?.n ?? 0) + 1 });
          else if (pair) pair.n++;
        }
        // two katakana of one letter as printed: the gain of dropping the one the words miss least
        if (sameKana(c, chars[i + 1] ?? '')) {
          base ??= pathCost(rest);
          const gain = base - Math.min(pathCost([...chars.slice(0, i), ...chars.slice(i + 1)].join('')), pathCost([...chars.slice(0, i + 1), ...chars.slice(i + 2)].join('')));
          const where = `${file.split('-')[0]}: ${chars.slice(Math.max(0, i - 8), i + 8).join('')}`;
          if (!kanaTwice || gain > kanaTwice.gain) kanaTwice = { gain, where, n: (kanaTwice?.n ?? 0) + 1 };
          else kanaTwice.n++;
        }
        // a glyph read twice (READ_TWICE): the gain of dropping the first of the pair as printed
        if (READ_TWICE[c]?.includes(chars[i + 1] ?? '')) {
          base ??= pathCost(rest);
          const gain = base - pathCost([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
          const twice = twiceSeen.get(c + chars[i + 1]!);
          if (!twice || gain > twice.gain) twiceSeen.set(c + chars[i + 1]!, { gain, where: `${file.split('-')[0]}: ${chars.slice(Math.max(0, i - 8), i + 8).join('')}`, n: (twice?.n ?? 0) + 1 });
          else twice.n++;
        }
      });
      const read = readLookalikes(text);
      if (read.changed.length) {
        if (!seed) realChanged += read.changed.length;
        else changed += read.changed.length;
        console.log(`CHANGED ${file}: ${text}\n     → ${read.text}`);
      }
    }
  }
}
worst.sort((a, b) => b.gain - a.gain);
console.log(`${lines} seed lines, ${readings} lookalike readings; likelier by at most:`);
for (const w of worst.slice(0, 8)) console.log(`  ${w.gain}  ${w.where}`);
console.log(`margin ${MARGIN}; seed lines readLookalikes changed: ${changed}; lines of ../shared/corpus/real: ${realChanged}`);
console.log('pairs with margins of their own (seeds and ../shared/corpus/real): places, largest gain, margin');
for (const [pair, w] of byPair) console.log(`  ${pair[0]} → ${pair[1]}  ${w.n}  ${w.gain}  ${marginOf(pair[0]!, pair[1]!)}${w.gain >= marginOf(pair[0]!, pair[1]!) ? '  OVER' : ''}  ${w.where}`);
console.log('glyphs read twice (READ_TWICE) as printed in the seeds and ../shared/corpus/real: places, largest gain of dropping the first');
for (const [pair, w] of twiceSeen) console.log(`  ${pair}  ${w.n}  ${w.gain}  ${w.where}`);
console.log(`two katakana of one letter as printed: ${kanaTwice?.n ?? 0} places, largest gain of dropping one ${kanaTwice?.gain ?? '-'} (${kanaTwice?.where ?? ''}); margin ${KANA_TWICE_MARGIN}`);
let ownWords = 0;
for (const { file, text: whole } of texts) {
  const parts = whole.split('\n').flatMap((raw) => raw.replace(/<\/?p>/g, '\t').split('\t')).map((t) => t.trim()).filter(Boolean);
  const pairs = documentPairs(parts.map((text, no) => ({ no, page: 1, text })), new Map([[1, 1]]));
  for (const text of parts) {
    for (const c of readLookalikes(text, pairs).changed.filter((x) => x.word)) {
      ownWords++;
      console.log(`OWN WORD ${file}: ${c.read} → ${c.meant} (${c.word} ×${pairs.get(c.word!)}) in ${[...text].slice(Math.max(0, c.at - 8), c.at + 8).join('')}`);
    }
  }
}
console.log(`lookalikes taken as words the document uses, in the printed texts: ${ownWords}`);
