// How safe src/language/ocr-misreads.ts's margin is: every lookalike it knows put in turn into every
// line of the five seeds' text (what the pages printed, so any change would be a misreading of our
// own), with how much likelier kuromoji found each; the largest must stay under MARGIN, and
// readLookalikes must change nothing. Then the scans' misreads it is there for.
//   node --import tsx scripts/lookalikes-check.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchMarker } from '../src/lex/markers/index.js';
import { loadTokenizer, pathCost } from '../src/lex/tokenizer.js';
import { LOOKALIKES, MARGIN, readLookalikes } from '../src/language/ocr-misreads.js';
import { SHARED } from '../tests/helpers.js';

await loadTokenizer();
const seeds = join(SHARED, 'seeds');
let lines = 0;
let readings = 0;
let changed = 0;
const worst: { gain: number; where: string }[] = [];
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  for (const raw of readFileSync(join(seeds, file), 'utf8').split('\n')) {
    for (const part of raw.replace(/<\/?p>/g, '\t').split('\t')) {
      const text = part.trim();
      if (!text) continue;
      lines++;
      const rest = matchMarker(text)?.rest ?? text;
      const chars = [...rest];
      const base = pathCost(rest);
      chars.forEach((c, i) => {
        for (const alt of LOOKALIKES[c] ?? []) {
          readings++;
          const gain = base - pathCost([...chars.slice(0, i), alt, ...chars.slice(i + 1)].join(''));
          worst.push({ gain, where: `${file.split('-')[0]}: ${chars.slice(Math.max(0, i - 8), i + 8).join('')} (${c} → ${alt})` });
        }
      });
      const read = readLookalikes(text);
      if (read.changed.length) {
        changed += read.changed.length;
        console.log(`CHANGED ${file}: ${text}\n     → ${read.text}`);
      }
    }
  }
}
worst.sort((a, b) => b.gain - a.gain);
console.log(`${lines} seed lines, ${readings} lookalike readings; likelier by at most:`);
for (const w of worst.slice(0, 8)) console.log(`  ${w.gain}  ${w.where}`);
console.log(`margin ${MARGIN}; seed lines readLookalikes changed: ${changed}`);
