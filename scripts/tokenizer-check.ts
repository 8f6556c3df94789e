// Whether the tokenizer as src/lex/tokenizer.ts builds it (dictionary buffers trimmed of their
// zero padding) tokenizes exactly as kuromoji's own builder does: every line with Japanese of the
// seeds, the fixtures and the tests, token by token, every feature of each.
// Prints the counts and the peak memory of each build; exits 1 on the first difference.
// usage: node --import tsx scripts/tokenizer-check.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { dictionaryPath, kuromojiTokenizer, narrowWidth, tokenizerLoadMs } from '../src/lex/tokenizer.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files: string[] = [];
const walk = (d: string) => {
  for (const e of readdirSync(d)) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md|ts)$/.test(e)) files.push(p);
  }
};
for (const d of [join(root, '../shared/seeds'), join(root, 'fixtures'), join(root, 'tests')]) {
  try {
    walk(d);
  } catch {
    console.log(`${d}: not found, skipped`);
  }
}
const lines = files
  .sort()
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
  .filter((l) => /[\u3040-\u9fff]/.test(l) && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(l))
  .map((l) => Array.from(l).slice(0, 300).join(''));

const built = await kuromojiTokenizer();
const key = (t: IpadicFeatures) => `${t.surface_form}|${t.pos}|${t.pos_detail_1}|${t.pos_detail_2}|${t.pos_detail_3}|${t.conjugated_type}|${t.conjugated_form}|${t.basic_form}|${t.reading ?? ''}|${t.pronunciation ?? ''}|${t.word_position}|${t.word_type}`;
const ours = lines.map((l) => built.tokenize(narrowWidth(l)).map(key));
console.log(`ours: built in ${tokenizerLoadMs().toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const kuromoji = createRequire(import.meta.url)('kuromoji') as typeof import('kuromoji');
const stock = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => kuromoji.builder({ dicPath: dictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))));
let tokens = 0;
for (let i = 0; i < lines.length; i++) {
  const want = stock.tokenize(narrowWidth(lines[i]!)).map(key);
  const got = ours[i]!;
  tokens += got.length;
  if (want.join(' ') !== got.join(' ')) {
    console.log(`different on line ${i}: ${lines[i]}\n  kuromoji: ${want.join(' ')}\n  ours:     ${got.join(' ')}`);
    process.exit(1);
  }
}
console.log(`${files.length} files, ${lines.length} lines, ${tokens} tokens: identical`);
