import { describe, expect, it } from 'vitest';
import { dictionaryPath, tokenize } from '../src/lex/tokenizer.js';
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
});
