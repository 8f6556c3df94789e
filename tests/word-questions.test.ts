import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitAssignee, splitAssigneeAt } from '../src/language/organisations.js';
import { findQuantities } from '../src/language/quantities.js';
import { comparesToCount, reportsThePast } from '../src/lex/predicates.js';
import { loadTokenizer, tokenizeNow } from '../src/lex/tokenizer.js';
import { fixtureCases } from './helpers.js';
import { figureSentences, kuromojiCondition, kuromojiDepartmentEnd, kuromojiPast, organisationStrings } from './kuromoji-answers.js';
import { indicatorCases } from './language-phrases.js';

/**
 * Issue 14: the questions kuromoji answered for every import (where a department's name ends; a
 * sentence's past; a comparing verb before a noun) are answered from tables and patterns, so a
 * text import no longer loads its dictionary. Here they are held to kuromoji's answers on the
 * phrases of the tests and every seed's text (scripts/word-questions-check.ts reports more).
 */
const seedTexts = fixtureCases().map((c) => readFileSync(c.input, 'utf8'));

beforeAll(() => loadTokenizer(), 60_000);

describe('a sentence with a figure', () => {
  const sentences = [...new Set([...indicatorCases.map((c) => c.phrase), ...seedTexts.flatMap(figureSentences)])];

  it('reports the past where kuromoji finds the auxiliary た before no noun', () => {
    expect(sentences.length).toBeGreaterThan(300);
    const differ = sentences.filter((s) => reportsThePast(s) !== kuromojiPast(tokenizeNow(s)));
    expect(differ).toEqual([]);
  });

  it('counts with a comparing verb before a noun where kuromoji reads one', () => {
    const differ = sentences.flatMap((s) => findQuantities(s).filter((q) => comparesToCount(s.slice(q.end)) !== kuromojiCondition(tokenizeNow(s), q.end)).map((q) => `${s} @${q.end}`));
    expect(differ).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['令和５年度は目標の95%に達しました。', true],
    ['研修を4回開催し、32組77人が参加した（4/1付け）。', true],
    ['目標を95%に向けた取組を進める。', false],
    ['100件を達成したものの、課題が残る。', true],
    ['働きかけたところ、基本団員2名が入団した', true],
    ['また、収納率を50％以上とする。', false],
    ['説明会を3回実施いたします。', false],
  ])('%s → reports the past: %s', (s, want) => {
    expect(reportsThePast(s)).toBe(want);
  });
});

describe('where a department’s name ends in a 担当部課', () => {
  it('splits every organisation name of the seeds as kuromoji did, but for names kuromoji split inside a word', () => {
    const names = [...new Set(seedTexts.flatMap(organisationStrings))];
    expect(names.length).toBeGreaterThan(200);
    const differ = names.filter((n) => JSON.stringify(splitAssignee(n)) !== JSON.stringify(splitAssigneeAt(n, kuromojiDepartmentEnd)));
    // kuromoji takes the 部 after kana for a noun of its own: 健康いきいき部 is the 部長目標's
    // department (and 市長部局, in ../shared's seeds, a word of two to it)
    expect(differ).toEqual(['健康いきいき部']);
    expect(splitAssignee('健康いきいき部')).toEqual({ department: '健康いきいき部', section: '健康いきいき部' });
  });

  it.each<[string, string | null, string]>([
    ['健康いきいき部介護保険課', '健康いきいき部', '介護保険課'],
    ['生活安全部防犯課', '生活安全部', '防犯課'],
    ['都市整備部下水道推進室', '都市整備部', '下水道推進室'],
    ['関係部署長', null, '関係部署長'],
    ['消防局警防課', '消防局', '警防課'],
  ])('%s → %s + %s', (entry, department, section) => {
    expect(splitAssignee(entry)).toEqual({ department, section });
  });
});
