// Whether OCR's characters read in (`人災害`, `和桑名`, `有了収率`) could be dropped on the dictionary's word alone:
// how much likelier kuromoji finds each scan's line without the extra character, against the largest gains of
// dropping one kana or kanji from the seeds' own lines (what the pages printed). Stop 71: the misreads gain
// 2,206–7,936 (the バ of ハバザード the least), the seeds' own text up to 32,719 (`3[月]31日`), 6,781 places over 3,000 — so none is dropped.
//   node --import tsx scripts/drop-one-check.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTokenizer, pathCost } from '../src/lex/tokenizer.js';
await loadTokenizer();
const known = [['防災計画を抜本的に見直すとともに、人災害時受援計画の見直しを検討する。', 17], ['「内水ハバザードマップを掲載した新防災マップ」', 4], ['“子育てするなら「和桑名が一番」”と言われるようなまちを目指す', 9], ['漏水および不明水による有了収率の改善を図る。', 12], ['②りリサイクルに関する啓発活動を行います。', 1], ['電子図書館ンシステムの導入', 5]] as const;
for (const [t, i] of known) console.log('known', pathCost(t) - pathCost(t.slice(0, i) + t.slice(i + 1)), t[i], t);
const gains: { g: number; w: string }[] = [];
const seeds = '/work/shared/seeds';
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
  for (const raw of readFileSync(join(seeds, f), 'utf8').split('\n')) for (const part of raw.replace(/<[^>]+>/g, '\t').split('\t')) {
    const t = part.trim();
    if (t.length < 4 || t.length > 120) continue;
    const base = pathCost(t);
    for (let i = 0; i < t.length; i++) {
      if (!/[\u3040-\u30ff\u3400-\u9fff]/u.test(t[i]!)) continue;
      const g = base - pathCost(t.slice(0, i) + t.slice(i + 1));
      if (g > 3000) gains.push({ g, w: `${t.slice(Math.max(0, i - 6), i)}[${t[i]}]${t.slice(i + 1, i + 6)}` });
    }
  }
}
gains.sort((a, b) => b.g - a.g);
console.log('over 3000:', gains.length);
for (const x of gains.slice(0, 25)) console.log(x.g, x.w);
