import { createRequire } from 'node:module';
import { readFile } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
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
  /** `連用形`, `基本形`, … for words that conjugate, else `*`. */
  conjugatedForm: string;
  /** Not in the dictionary (kuromoji made the word up from its character class). */
  unknown: boolean;
}

const require = createRequire(import.meta.url);

export function dictionaryPath(): string {
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict') + '/';
}

let building: Promise<Tokenizer<IpadicFeatures>> | null = null;

/**
 * Dictionary files kuromoji reads as byte streams: each is a buffer grown by doubling, saved
 * whole, so that past its data it holds only zeros (unk.dat and unk_pos.dat: 10 MiB for under
 * 2 KB; tid.dat: 10 MiB for 4). Kept up to the data and a margin, they cost ~30 MB less, and
 * unk_invoke.dat no longer parses a megabyte of zeros into character classes. (tid_pos.dat, 34 MiB
 * of its 40, is kept whole rather than copied.) The trie (base,
 * check), the connection costs and the compatibility map are typed arrays read whole: kept as
 * they are.
 */
const PADDED = new Set(['tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_invoke.dat.gz']);
const MARGIN = 64;

function dictionaryBuffer(name: string, raw: Buffer): ArrayBuffer {
  let end = raw.length;
  if (PADDED.has(name)) {
    end = dataEnd(raw);
    end = Math.min(raw.length, end + MARGIN);
  }
  // the inflated Buffer's own memory where most of it is kept (no copy: a copy would hold both
  // for a while, tid_pos.dat's 40 MiB and its 34); else a copy of what is kept
  if (end * 2 >= raw.length && raw.byteOffset === 0 && raw.buffer.byteLength === raw.length) return raw.buffer as ArrayBuffer;
  return raw.buffer.slice(raw.byteOffset, raw.byteOffset + end) as ArrayBuffer;
}

const ZEROS = Buffer.alloc(1 << 16);

/**
 * Where the zeros a buffer ends with begin: whole blocks compared natively (`Buffer.compare`),
 * then bytes. A byte loop over tens of megabytes of padding took ~80 ms of the load.
 */
function dataEnd(raw: Buffer): number {
  let end = raw.length;
  while (end >= ZEROS.length && ZEROS.compare(raw, end - ZEROS.length, end) === 0) end -= ZEROS.length;
  while (end > 0 && raw[end - 1] === 0) end--;
  return end;
}

/** A kuromoji dictionary's map from trie id to token ids. */
interface TargetMapped {
  target_map: unknown;
  loadTargetMap: (bytes: Uint8Array) => unknown;
}

interface KuromojiLoader {
  loadArrayBuffer: (file: string, callback: (err: Error | null, buffer?: ArrayBuffer) => void) => void;
  load: (callback: (err: Error | null, dic: unknown) => void) => void;
  dic: { token_info_dictionary: TargetMapped; unknown_dictionary: TargetMapped };
}

/**
 * kuromoji's target map (trie id → the ids of its tokens) in two typed arrays, where kuromoji
 * builds an object of 325,871 arrays (~60 MB of heap). Read from the same bytes the same way
 * (little-endian int32s: the key count, then key, count, ids… to the end), entries of one key
 * concatenated in order; looked up as kuromoji does, `target_map[id]`, giving the ids or undefined.
 */
function compactTargetMap(bytes: Uint8Array): Record<number, Int32Array | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  const entries = (visit: (key: number, from: number, n: number) => void) => {
    for (let at = 4; at < bytes.length; ) {
      const key = int(at);
      const n = int(at + 4);
      if (n > 0) visit(key, at + 8, n);
      at += 8 + 4 * Math.max(n, 0);
    }
  };
  let maxKey = -1;
  entries((key) => (maxKey = Math.max(maxKey, key)));
  const start = new Int32Array(maxKey + 2);
  entries((key, _, n) => (start[key + 1] = start[key + 1]! + n));
  for (let k = 1; k < start.length; k++) start[k] = start[k]! + start[k - 1]!;
  const ids = new Int32Array(start[start.length - 1]!);
  const filled = start.slice(0, -1);
  entries((key, from, n) => {
    for (let i = 0; i < n; i++) ids[filled[key]!++] = int(from + 4 * i);
  });
  return new Proxy({} as Record<number, Int32Array | undefined>, {
    get: (_, p) => {
      const k = typeof p === 'string' ? Number(p) : NaN;
      if (!(k >= 0 && k <= maxKey)) return undefined;
      return start[k + 1]! > start[k]! ? ids.subarray(start[k]!, start[k + 1]!) : undefined;
    },
  });
}

function build(): Promise<Tokenizer<IpadicFeatures>> {
  building ??= new Promise((resolve, reject) => {
    // kuromoji is CommonJS; load it only when asked for. Its builder with our file reader (the
    // package's own loader and tokenizer, kuromoji 0.1.2 pinned).
    const Loader = require('kuromoji/src/loader/NodeDictionaryLoader') as new (dicPath: string) => KuromojiLoader;
    const KuromojiTokenizer = require('kuromoji/src/Tokenizer') as new (dic: unknown) => Tokenizer<IpadicFeatures>;
    const loader = new Loader(dictionaryPath());
    for (const d of [loader.dic.token_info_dictionary, loader.dic.unknown_dictionary]) {
      d.loadTargetMap = (bytes) => {
        d.target_map = compactTargetMap(bytes);
        return d;
      };
    }
    loader.loadArrayBuffer = (file, callback) =>
      readFile(file, (err, gz) => {
        if (err) return callback(err);
        // inflated into one buffer of the size the gzip trailer gives: zlib's default 16 KiB chunks
        // are joined by a copy at the end (98 MB for the whole dictionary; ~0.3 s of the load)
        const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
        gunzip(gz, size >= 64 ? { chunkSize: size } : {}, (err2, raw) => (err2 ? callback(err2) : callback(null, dictionaryBuffer(basename(file), raw))));
      });
    loader.load((err, dic) => (err ? reject(err) : resolve(new KuromojiTokenizer(dic))));
  });
  return building;
}

let ready: Tokenizer<IpadicFeatures> | null = null;
let loadMs = 0;

/** Build the tokenizer (once); after this `tokenizeNow` works without awaiting. */
export async function loadTokenizer(): Promise<void> {
  if (ready) return;
  const t = performance.now();
  ready ??= await build();
  loadMs ||= performance.now() - t;
}

/** kuromoji itself, as built here (scripts/tokenizer-check.ts compares it with kuromoji's own builder). */
export async function kuromojiTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  await loadTokenizer();
  return ready!;
}

/** How long building the tokenizer took in this process (0: not built): for the bench's breakdown. */
export function tokenizerLoadMs(): number {
  return loadMs;
}

export async function tokenize(text: string): Promise<Token[]> {
  await loadTokenizer();
  return tokenizeNow(text);
}

const HALF_KATAKANA = '｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ';
const FULL_KATAKANA = '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';

/**
 * IPADIC knows `ＡＩ` and `ｶﾀｶﾅ` only in their usual widths: full-width Latin letters and digits
 * to ASCII, half-width katakana to full. Not signs: IPADIC reads an ASCII `(` as a noun, the
 * full-width `（` as a symbol. One character for one, so offsets still point into the caller's
 * text (a voiced mark stays its own character).
 */
export function narrowWidth(text: string): string {
  // kuromoji's lattice breaks on NUL and other controls and on a lone surrogate: each becomes a
  // space, one unit for one, so offsets still hold
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ');
  if (!/[\uFF10-\uFF5A\uFF61-\uFF9F]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) out += String.fromCharCode(c - 0xfee0);
    else if (c >= 0xff61 && c <= 0xff9f) out += FULL_KATAKANA[HALF_KATAKANA.indexOf(ch)] ?? ch;
    else out += ch;
  }
  return out;
}

/** Tokenize with the tokenizer already loaded (`loadTokenizer`): the layers that run per phrase stay synchronous. */
export function tokenizeNow(text: string): Token[] {
  if (!ready) throw new Error('the tokenizer is not loaded: await loadTokenizer() first');
  const narrowed = narrowWidth(text);
  // kuromoji counts positions in code points: 𠮷 (two UTF-16 units) is one
  const unitAt = /[\uD800-\uDBFF]/.test(narrowed) ? codePointOffsets(narrowed) : null;
  return ready.tokenize(narrowed).map((k) => {
    const start = unitAt ? unitAt[k.word_position - 1]! : k.word_position - 1;
    const end = unitAt ? unitAt[k.word_position - 1 + [...k.surface_form].length]! : start + k.surface_form.length;
    return {
      surface: text.slice(start, end),
      pos: k.pos,
      posDetail: k.pos_detail_1,
      base: k.basic_form,
      reading: k.reading ?? null,
      offset: start,
      conjugatedForm: k.conjugated_form,
      unknown: k.word_type === 'UNKNOWN',
    };
  });
}

/** The UTF-16 offset of each code point, and of the end. */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let unit = 0;
  for (const ch of text) {
    out.push(unit);
    unit += ch.length;
  }
  out.push(unit);
  return out;
}

export function tokenizerLoaded(): boolean {
  return building !== null;
}

/** kuromoji's lattice, as far as pathCost needs it (its viterbi builder and searcher are not in its types). */
interface Lattice {
  nodes_end_at: { shortest_cost: number }[][];
}
interface Viterbi {
  viterbi_builder: { build(text: string): Lattice };
  viterbi_searcher: { forward(lattice: Lattice): Lattice };
}

/**
 * The cost of kuromoji's best reading of `text` (word costs and the costs of each word after the
 * one before, IPADIC's): how unlikely the dictionary finds it as Japanese. Only to compare readings
 * of the same text; the tokenizer must be loaded.
 */
export function pathCost(text: string): number {
  if (!ready) throw new Error('the tokenizer is not loaded: await loadTokenizer() first');
  const v = ready as unknown as Viterbi;
  const lattice = v.viterbi_searcher.forward(v.viterbi_builder.build(narrowWidth(text)));
  return lattice.nodes_end_at[lattice.nodes_end_at.length - 1]![0]!.shortest_cost;
}
