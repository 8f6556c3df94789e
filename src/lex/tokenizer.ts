import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

/**
 * kuromoji, wrapped once. Built lazily and once per process: a run that never asks for it does
 * not pay its load time and memory. The dictionary is resolved from the installed package, not
 * the working directory, so it works via npx, from any folder and from a bundle.
 *
 * Positions: kuromoji's `word_position` is 1-based in UTF-16 code units; `Token.offset` here is
 * 0-based, the project's convention for offsets.
 */
export interface Token {
  surface: string;
  pos: string;
  posDetail: string;
  base: string;
  reading: string | null;
  offset: number;
}

const require = createRequire(import.meta.url);

export function dictionaryPath(): string {
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict') + '/';
}

let building: Promise<Tokenizer<IpadicFeatures>> | null = null;

function build(): Promise<Tokenizer<IpadicFeatures>> {
  building ??= new Promise((resolve, reject) => {
    // kuromoji is CommonJS; load it only when asked for.
    const kuromoji = require('kuromoji') as typeof import('kuromoji');
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t)));
  });
  return building;
}

let ready: Tokenizer<IpadicFeatures> | null = null;

/** Build the tokenizer (once); after this `tokenizeNow` works without awaiting. */
export async function loadTokenizer(): Promise<void> {
  ready ??= await build();
}

export async function tokenize(text: string): Promise<Token[]> {
  await loadTokenizer();
  return tokenizeNow(text);
}

/** Tokenize with the tokenizer already loaded (`loadTokenizer`): the layers that run per phrase stay synchronous. */
export function tokenizeNow(text: string): Token[] {
  if (!ready) throw new Error('the tokenizer is not loaded: await loadTokenizer() first');
  return ready.tokenize(text).map((k) => ({
    surface: k.surface_form,
    pos: k.pos,
    posDetail: k.pos_detail_1,
    base: k.basic_form,
    reading: k.reading ?? null,
    offset: k.word_position - 1,
  }));
}

export function tokenizerLoaded(): boolean {
  return building !== null;
}
