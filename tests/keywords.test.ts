import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keywordsOf } from '../src/language/keywords.js';
import { loadTokenizer } from '../src/lex/tokenizer.js';
import { importFile } from '../src/pipeline.js';
import { FIXTURES } from './helpers.js';

beforeAll(() => loadTokenizer(), 60_000);

// Titles from the seeds, with the compound nouns a reader would tag them with.
const TITLES: [string, string[], string][] = [
  ['市税納付方法（口座振替、コンビニ収納、電子決済アプリ、地方税共通納税システム）やオンライン納税相談等の情報提供を実施します。', ['市税納付方法', '口座振替', 'コンビニ収納', '電子決済アプリ', '地方税共通納税システム', 'オンライン納税相談', '情報提供'], 'kariya: 等 dropped, 実施 alone is not a keyword'],
  ['3R(リデュース・リユース・リサイクル)を推進し、ごみの減量化を図ります', ['3R', 'リデュース・リユース・リサイクル', '減量化'], 'bucho: ASCII parentheses end a word'],
  ['令和6年度までに窓口の満足度を80%以上とします', ['窓口', '満足度'], 'a year is not a keyword'],
  ['ＤＸ推進による行政サービスの向上', ['ＤＸ推進', '行政サービス'], 'full-width Latin read as a word, 向上 alone left out'],
];

describe('keywords', () => {
  it.each(TITLES)('%s', (title, want) => {
    expect(keywordsOf(title)).toEqual(want.slice(0, 8));
  });

  it('are added only when asked for', async () => {
    const file = join(FIXTURES, 'encoding/bucho-excerpt.utf8.txt');
    const plain = await importFile(file);
    expect(plain.records.every((r) => r.keywords === undefined)).toBe(true);
    const tagged = await importFile(file, { keywords: true });
    expect(tagged.records.every((r) => Array.isArray(r.keywords))).toBe(true);
    expect(tagged.records.filter((r) => r.keywords!.length > 0).length).toBeGreaterThan(tagged.records.length / 2);
  }, 60_000);
});
