import { describe, expect, it } from 'vitest';
import { dictionaryPath, loadTokenizer, narrowWidth, tokenize } from '../src/lex/tokenizer.js';
import { breaksWord, cannotEndSentence, cannotStartSentence, mendSentenceBreaks } from '../src/lex/line-ends.js';
import { existsSync } from 'node:fs';

describe('tokenizer (kuromoji)', () => {
  it('resolves the dictionary from the installed package, not the cwd', () => {
    expect(dictionaryPath().endsWith('/dict/')).toBe(true);
    expect(existsSync(dictionaryPath() + 'base.dat.gz')).toBe(true);
  });

  it('tokenizes a goal sentence with 0-based offsets', async () => {
    const tokens = await tokenize('地域防災計画を改定します！');
    expect(tokens.map((t) => t.surface).join('')).toBe('地域防災計画を改定します！');
    expect(tokens[0]).toMatchObject({ surface: '地域', offset: 0 });
    const wo = tokens.find((t) => t.surface === 'を');
    expect(wo).toMatchObject({ pos: '助詞', offset: 6 });
  }, 60_000);

  it('narrows width one character for one: letters, digits and half-width kana, not signs', () => {
    expect(narrowWidth('ＡＩを１０台（ｶﾒﾗ）')).toBe('AIを10台（カメラ）');
    expect(narrowWidth('ＡＩを１０台（ｶﾒﾗ）').length).toBe('ＡＩを１０台（ｶﾒﾗ）'.length);
  });

  it('survives NUL, controls and a lone surrogate (found by the fuzz test), offsets kept', async () => {
    expect((await tokenize('目標\u0000値')).map((t) => t.surface)).toEqual(['目標', '\u0000', '値']);
    expect((await tokenize('x\ud800y')).map((t) => t.surface).join('')).toBe('x\ud800y');
  }, 60_000);

  it('gives UTF-16 offsets after a character outside the BMP (kuromoji counts code points)', async () => {
    const tokens = await tokenize('𠮷野家の目標');
    expect(tokens.at(-1)).toMatchObject({ surface: '目標', offset: 5 });
  }, 60_000);

  it('reads full-width Latin as the word it is, and gives surfaces from the caller’s text', async () => {
    const tokens = await tokenize('ＩＣＴを活用');
    expect(tokens[0]).toMatchObject({ surface: 'ＩＣＴ', pos: '名詞' });
    expect(tokens[1]).toMatchObject({ surface: 'を', pos: '助詞' });
  }, 60_000);
});

// Printed line ends from the seeds' PDF renders, each read for whether the sentence goes on.
const LINE_ENDS: [string, boolean, string][] = [
  ['合併20年を迎え、桑名の未来の礎をきづいていく為の', true, 'の joins two nouns: the sentence goes on (kuwana 17)'],
  ['令和2年度からの繰り越しも含めて、計画期間内に', true, 'に is a case particle waiting for its verb (isesaki)'],
  ['引き続き管路台帳・施設台帳システムの安定的な運用を図り、業務の', true, 'の again, after a comma'],
  ['東京都に事務所を置く委託業者が新型コロナウイルス感染症の影響を大きく受け', true, '受け is a continuative form'],
  ['多様化する市民ニーズに対応し', true, 'し is the continuative of する'],
  ['本市では', true, 'は is a topic particle: a sentence has to follow'],
  ['令和６年度は過去３年間実績をもとに48,000トンを見込む', false, 'plain form: may end the sentence or modify a noun, undecided'],
  ['スタートアップとの共創事例を創出と地域への取り組み周知（地域の巻き込み）と機運醸成', false, 'noun ending (体言止め): list items end like this'],
  ['効率的な行政運営に取り組みます', false, 'ます ends a sentence'],
  ['事業の進め方について', false, 'について heads a section as often as it wraps'],
  ['観劇会、生活創意工夫展、スクールコンサートなど', false, 'など ends a list item'],
  ['関係機関等との調整会議の開催 19回', false, 'a figure, no kana at the end: not even tokenized'],
];

describe('whether a printed line can end its sentence', () => {
  it.each(LINE_ENDS)('%s → goes on: %s (%s)', async (line, goesOn) => {
    await loadTokenizer();
    expect(cannotEndSentence(line)).toBe(goesOn);
  }, 60_000);

  it('rejoins PDF paragraph breaks the words overrule, in lines and in cells, never before an item', async () => {
    const lines = [
      { no: 1, page: 1, text: '桑名の未来の礎をきづいていく為の ' },
      { no: 2, page: 1, text: '機運醸成を市民・関係者と図る必要がある。 ' },
      { no: 3, page: 1, text: '計画期間内に ' },
      { no: 4, page: 1, text: '①完了することができた。' },
      { no: 5, page: 2, text: 'x', cells: ['運用を図り、業務の\n効率化を進めていく。\n・次の取組', '機運醸成\n推進'] },
    ];
    expect(await mendSentenceBreaks(lines)).toBe(2);
    expect(lines[0]!.text).toBe('桑名の未来の礎をきづいていく為の');
    expect(lines[2]!.text).toBe('計画期間内に ');
    expect(lines[4]!.cells).toEqual(['運用を図り、業務の効率化を進めていく。\n・次の取組', '機運醸成\n推進']);
    expect(lines[4]!.text).toBe('運用を図り、業務の効率化を進めていく。 ・次の取組\t機運醸成 推進');
  }, 60_000);
});

describe('a break inside a katakana word', () => {
  it('is a wrap when one word of the tokenizer spans it (isesaki LibreOffice render, record 45)', async () => {
    await loadTokenizer();
    expect(breaksWord('ホームページにおいてはAIチャットボットを導入するとともに、2月にリ', 'ニューアルを行い')).toBe(true);
    expect(breaksWord('財務会計システム', 'データの移行を行う')).toBe(false);
    expect(breaksWord('2月にリ', '・ニューアル')).toBe(false);
  }, 60_000);
});

describe('a line that starts on a particle', () => {
  it('goes on the sentence before it (kuwana render, record 37); one that starts on a conjunction may not', async () => {
    await loadTokenizer();
    expect(cannotStartSentence('の分割に必要な手続きを行う。')).toBe(true);
    expect(cannotStartSentence('また、桑名市版「保育現場充実パッケージ」の事業を順次実施する。')).toBe(false);
    expect(cannotStartSentence('さらに、定期的に訓練を実施する。')).toBe(false);
  }, 60_000);
});
