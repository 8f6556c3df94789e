import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';

/**
 * Deterministic fuzz cases for tests/fuzz.test.ts: mutated copies of the small fixture PDFs and
 * of slices of the text fixtures. Case `i` of seed `s` depends on nothing but `(s, i)`, so one
 * failing case can be rebuilt on its own: `fuzzCase(FUZZ_SEED, i).bytes`.
 */
export const FUZZ_SEED = 0x5eed_2024;

export interface FuzzCase {
  index: number;
  /** File name inside the batch directory: `<index>-<mutation>-<source>.<ext>`. */
  name: string;
  kind: 'pdf' | 'text' | 'edge';
  /** The fixture the bytes came from, relative to fixtures/ (or `-` for a hand-made edge case). */
  source: string;
  /** What was done to it, with the offsets and counts chosen. */
  mutation: string;
  bytes: Uint8Array;
}

export type Rng = () => number;

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const randomBytes = (rng: Rng, n: number) => Uint8Array.from({ length: n }, () => int(rng, 0, 255));
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => Uint8Array.from(Buffer.from(s, 'utf8'));

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** bytes with [from, to) replaced by `insert`. */
function splice(bytes: Uint8Array, from: number, to: number, insert: Uint8Array = new Uint8Array()): Uint8Array {
  return concat(bytes.subarray(0, from), insert, bytes.subarray(to));
}

function indicesOf(bytes: Uint8Array, needle: string): number[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = buf.indexOf(needle, 0, 'latin1'); i >= 0; i = buf.indexOf(needle, i + 1, 'latin1')) out.push(i);
  return out;
}

// ---------------------------------------------------------------- seeds

const PDF_SEEDS = [
  'pdf/cjk-90ms-rksj-h-heiseimin-noembed.pdf',
  'pdf/cjk-90ms-rksj-v-kozmin-vertical-noembed.pdf',
  'pdf/cjk-futogo-identity-h-no-tounicode-bad-stream.pdf',
  'pdf/cjk-miyazawa-jo-identity-v-dvipdfmx.pdf',
  'pdf/cjk-noembed-90ms-rksj-h-msgothic.pdf',
  'pdf/cjk-noembed-euc-h-msgothic.pdf',
  'pdf/cjk-noembed-identity-h-mspgothic.pdf',
  'pdf/cjk-noembed-identity-h-ryumin-dvipdfmx.pdf',
  'pdf/cjk-noembed-jis-h-ryumin-dvipdfm.pdf',
  'pdf/cjk-nonbmp-char-udshingo-no-tounicode.pdf',
  'pdf/cjk-nonbmp-chars-ipaexmincho.pdf',
  'pdf/cjk-notosanscjkjp-identity-v-and-h-kerning.pdf',
  'pdf/cjk-patent-abstract-ryumin-90ms-rksj-h.pdf',
  'pdf/cjk-regulation-text-kozmin-identity-h-acrobat.pdf',
  'pdf/cjk-simple3-ryumin-v-predefined-cmap.pdf',
  'pdf/cjk-tex-prose-hiramin-identity-h-no-tounicode.pdf',
  'pdf/cjk-vertical-aokinmincho-identity-v-no-tounicode.pdf',
  // the one PDF of a real plan layout (4 pages, 400 KB): picked three times as often as each other
  ...Array.from({ length: 3 }, () => 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/rendered.chromium.pdf'),
];

const TEXT_SEEDS = [
  'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt',
  'bukyoku-mokuhyo/kuwana-r6-bukyoku-mokuhyo/input.txt',
  'gyokaku-kekka/isesaki-r2-r5-gyokaku-kekka/input.txt',
  'keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt',
  'soshiki-juten-mokuhyo/kariya-r5-soshiki-juten-mokuhyo/input.txt',
  'encoding/bucho-excerpt.sjis-crlf.txt',
  'encoding/bucho-excerpt.utf8-bom-crlf.txt',
  'encoding/bucho-excerpt.utf8.txt',
];

const seedCache = new Map<string, Uint8Array>();
function seedBytes(rel: string): Uint8Array {
  let b = seedCache.get(rel);
  if (!b) seedCache.set(rel, (b = Uint8Array.from(readFileSync(join(FIXTURES, rel)))));
  return b;
}

/** A text seed, or a window of 2–20 KB of it that starts and ends at line boundaries. */
function textWindow(rng: Rng, rel: string): { bytes: Uint8Array; note: string } {
  const all = seedBytes(rel);
  if (all.length <= 20_000 && rng() < 0.5) return { bytes: all, note: 'whole' };
  const size = Math.min(all.length, int(rng, 2_000, 20_000));
  let from = int(rng, 0, all.length - size);
  while (from > 0 && all[from - 1] !== 0x0a) from--;
  let to = Math.min(all.length, from + size);
  while (to < all.length && all[to - 1] !== 0x0a) to++;
  return { bytes: all.subarray(from, to), note: `bytes ${from}..${to}` };
}

// ---------------------------------------------------------------- PDF mutations

type Mutation = (rng: Rng, b: Uint8Array) => { bytes: Uint8Array; what: string };

const PDF_MUTATIONS: Record<string, Mutation> = {
  flip(rng, b) {
    const n = int(rng, 1, rng() < 0.7 ? 16 : 400);
    const out = Uint8Array.from(b);
    const at: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = int(rng, 0, out.length - 1);
      out[i] = out[i]! ^ int(rng, 1, 255);
      if (at.length < 8) at.push(i);
    }
    return { bytes: out, what: `flip ${n} bytes (first at ${at.join(',')})` };
  },
  truncate(rng, b) {
    const at = int(rng, 0, b.length - 1);
    return { bytes: b.subarray(0, at), what: `truncate at ${at}/${b.length}` };
  },
  'delete-slice'(rng, b) {
    const from = int(rng, 0, b.length - 1);
    const to = Math.min(b.length, from + int(rng, 1, rng() < 0.5 ? 64 : 8192));
    return { bytes: splice(b, from, to), what: `delete ${from}..${to}` };
  },
  'duplicate-slice'(rng, b) {
    const from = int(rng, 0, b.length - 1);
    const to = Math.min(b.length, from + int(rng, 1, 4096));
    const at = int(rng, 0, b.length);
    const times = rng() < 0.8 ? 1 : int(rng, 2, 20);
    const copy = concat(...Array.from({ length: times }, () => b.subarray(from, to)));
    return { bytes: splice(b, at, at, copy), what: `duplicate ${from}..${to} x${times} at ${at}` };
  },
  'overwrite-structure'(rng, b) {
    const token = pick(rng, ['obj', 'endobj', 'stream', 'endstream', 'xref', 'trailer', '/Length', '/Type', '/Page', '/Font', '/ToUnicode', '/Encoding', '<<', '>>', 'R']);
    let hits = indicesOf(b, token);
    let used = token;
    if (hits.length === 0) {
      hits = indicesOf(b, 'obj');
      used = 'obj';
    }
    const at = hits.length > 0 ? pick(rng, hits) : int(rng, 0, b.length - 1);
    const from = Math.max(0, at - int(rng, 0, 32));
    const len = int(rng, 1, rng() < 0.7 ? 48 : 600);
    const style = pick(rng, ['random', 'spaces', 'digits', 'delimiters', 'shorter', 'longer'] as const);
    let insert: Uint8Array;
    let to = Math.min(b.length, from + len);
    if (style === 'random') insert = randomBytes(rng, to - from);
    else if (style === 'spaces') insert = ascii(' '.repeat(to - from));
    else if (style === 'digits') insert = ascii(Array.from({ length: to - from }, () => String(int(rng, 0, 9))).join(''));
    else if (style === 'delimiters') insert = ascii(Array.from({ length: to - from }, () => pick(rng, ['<', '>', '[', ']', '(', ')', '/', '{', '}', '%', '\\'])).join(''));
    else if (style === 'shorter') {
      insert = randomBytes(rng, int(rng, 0, Math.floor((to - from) / 2)));
    } else {
      insert = randomBytes(rng, (to - from) * int(rng, 2, 10));
      to = Math.min(b.length, to);
    }
    return { bytes: splice(b, from, to, insert), what: `overwrite ${from}..${to} near "${used}"@${at} with ${insert.length} ${style} bytes` };
  },
  startxref(rng, b) {
    const hits = indicesOf(b, 'startxref');
    const value = pick(rng, ['0', '1', '-1', '-99999', String(b.length), String(b.length + int(rng, 1, 10_000)), String(int(rng, 0, b.length)), '99999999999999999999999', '4294967296', 'NaN', 'abc', '', '1e9', '0x10']);
    if (hits.length === 0) return { bytes: concat(b, ascii(`\nstartxref\n${value}\n%%EOF\n`)), what: `append startxref ${JSON.stringify(value)}` };
    const at = hits[hits.length - 1]! + 'startxref'.length;
    let from = at;
    while (from < b.length && (b[from] === 0x0a || b[from] === 0x0d || b[from] === 0x20)) from++;
    let to = from;
    while (to < b.length && b[to]! >= 0x30 && b[to]! <= 0x39) to++;
    return { bytes: splice(b, from, to, ascii(value)), what: `startxref ${JSON.stringify(Buffer.from(b.subarray(from, to)).toString('latin1'))} -> ${JSON.stringify(value)}` };
  },
  header(rng, b) {
    const style = pick(rng, ['prefix-small', 'prefix-1k', 'version', 'inside', 'bom', 'drop-percent'] as const);
    const head = indicesOf(b.subarray(0, 1024), '%PDF-')[0] ?? 0;
    if (style === 'prefix-small') {
      const n = int(rng, 1, 200);
      return { bytes: splice(b, 0, 0, randomBytes(rng, n)), what: `insert ${n} random bytes before the header` };
    }
    if (style === 'prefix-1k') {
      // pushes %PDF- past the first 1024 bytes, where it is no longer looked for
      const n = int(rng, 1000, 1100);
      return { bytes: splice(b, 0, 0, randomBytes(rng, n)), what: `insert ${n} random bytes before the header` };
    }
    if (style === 'version') {
      const v = pick(rng, ['9.9', '0.0', '1.', '', 'x.y', '1.7\u0000', '2.0\n%\u00ff\u00ff', '99999999999999']);
      return { bytes: splice(b, head + 5, head + 8, ascii(v)), what: `header version -> ${JSON.stringify(v)}` };
    }
    if (style === 'inside') {
      const at = head + int(rng, 0, 16);
      const n = int(rng, 1, 64);
      return { bytes: splice(b, at, at, randomBytes(rng, n)), what: `insert ${n} random bytes at ${at} inside the header` };
    }
    if (style === 'bom') return { bytes: splice(b, 0, 0, Uint8Array.of(0xef, 0xbb, 0xbf)), what: 'UTF-8 BOM before the header' };
    return { bytes: splice(b, head, head + 1, ascii('#')), what: 'header %PDF- -> #PDF-' };
  },
};

// ---------------------------------------------------------------- text mutations

const INVALID_UTF8 = [
  [0xc0, 0xaf], // overlong '/'
  [0xe0, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // surrogate D800
  [0xed, 0xbf, 0xbf], // surrogate DFFF
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // 5-byte form
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xe3, 0x81], // incomplete あ
  [0xef, 0xbb, 0xbf], // BOM in the middle
];

const CONTROLS = [
  '\u0001', '\u0002', '\u0007', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001b[31m', '\u001f', '\u007f',
  '\u0085', '\u0080', '\u009f', '\ufeff', '\u2028', '\u2029', '\u200b', '\u200e', '\u202e', '\ufffd', '\ufff9', '\t\t\t', '\r', '\u3000',
];

function lines(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a) {
      out.push(b.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

const TEXT_MUTATIONS: Record<string, Mutation> = {
  flip(rng, b) {
    const n = int(rng, 1, rng() < 0.7 ? 20 : 300);
    const out = Uint8Array.from(b);
    const at: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = int(rng, 0, out.length - 1);
      // high bytes mostly, so that the file stays text (not binary) but stops being UTF-8
      out[i] = rng() < 0.8 ? int(rng, 0x80, 0xff) : out[i]! ^ int(rng, 1, 255);
      if (at.length < 8) at.push(i);
    }
    return { bytes: out, what: `flip ${n} bytes (first at ${at.join(',')})` };
  },
  'invalid-utf8'(rng, b) {
    const n = int(rng, 1, 30);
    let out = b;
    const seqs: string[] = [];
    for (let k = 0; k < n; k++) {
      const seq = pick(rng, INVALID_UTF8);
      const at = int(rng, 0, out.length);
      out = splice(out, at, at, Uint8Array.from(seq));
      if (seqs.length < 6) seqs.push(`${seq.map((x) => x.toString(16)).join(' ')}@${at}`);
    }
    return { bytes: out, what: `insert ${n} invalid UTF-8 sequences (${seqs.join('; ')})` };
  },
  'truncate-mid-char'(rng, b) {
    // a continuation byte preceded by a lead or continuation byte: cutting before it splits a character
    const cuts: number[] = [];
    for (let i = 1; i < b.length; i++) if ((b[i]! & 0xc0) === 0x80 && b[i - 1]! >= 0x80) cuts.push(i);
    const at = cuts.length > 0 ? pick(rng, cuts) : int(rng, 0, b.length - 1);
    // sometimes cut mid-character in the middle of the file as well (a broken join of two parts)
    if (rng() < 0.3 && cuts.length > 2) {
      const inner = pick(rng, cuts.filter((c) => c < at));
      const resume = pick(rng, cuts.filter((c) => c < at)) ?? inner;
      if (inner !== undefined && resume !== undefined) {
        return { bytes: concat(b.subarray(0, inner), b.subarray(resume, at)), what: `cut at ${inner}, resume at ${resume}, truncate at ${at} (each mid-character)` };
      }
    }
    return { bytes: b.subarray(0, at), what: `truncate at ${at}/${b.length} (mid-character)` };
  },
  nul(rng, b) {
    const n = rng() < 0.6 ? int(rng, 1, 4) : int(rng, 50, 2000);
    let out = b;
    const at0 = int(rng, 0, b.length);
    // late NULs (after the first 8 KB) are not seen by the binary sniffing
    const late = rng() < 0.4 && b.length > 9000;
    for (let k = 0; k < n; k++) {
      const at = late ? int(rng, 8500, out.length) : k === 0 ? at0 : int(rng, 0, out.length);
      out = splice(out, at, at, new Uint8Array(rng() < 0.8 ? 1 : int(rng, 2, 64)));
    }
    return { bytes: out, what: `insert NUL bytes at ${n} places${late ? ' after 8.5 KB' : ''}` };
  },
  controls(rng, b) {
    const n = int(rng, 1, rng() < 0.7 ? 40 : 600);
    let out = b;
    const used = new Set<string>();
    for (let k = 0; k < n; k++) {
      const c = pick(rng, CONTROLS);
      used.add(JSON.stringify(c));
      const at = int(rng, 0, out.length);
      // insert only between characters (not inside a UTF-8 sequence)
      let i = at;
      while (i < out.length && (out[i]! & 0xc0) === 0x80) i++;
      out = splice(out, i, i, utf8(c));
    }
    return { bytes: out, what: `insert ${n} control/format characters (${[...used].slice(0, 8).join(' ')})` };
  },
  'shuffle-lines'(rng, b) {
    const ls = lines(b);
    for (let i = ls.length - 1; i > 0; i--) {
      const j = int(rng, 0, i);
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }
    return { bytes: concat(...ls), what: `shuffle ${ls.length} lines` };
  },
  'duplicate-line'(rng, b) {
    const ls = lines(b);
    const candidates = ls.map((l, i) => [l, i] as const).filter(([l]) => l.length > 1 && l.length < 300);
    const [line, i] = candidates.length > 0 ? pick(rng, candidates) : [ls[0] ?? utf8('x\n'), 0];
    const times = int(rng, 1000, 5000);
    const one = line[line.length - 1] === 0x0a ? line : concat(line, ascii('\n'));
    const copies = Buffer.alloc(one.length * times);
    for (let k = 0; k < times; k++) copies.set(one, k * one.length);
    const before = concat(...ls.slice(0, i));
    return { bytes: concat(before, copies, ...ls.slice(i + 1)), what: `line ${i + 1} (${line.length} bytes) repeated ${times} times` };
  },
  'long-line'(rng, b) {
    const flat = b.filter((x) => x !== 0x0a && x !== 0x0d);
    const size = int(rng, 100_000, 400_000);
    const long = Buffer.alloc(size);
    for (let k = 0; k < size; k += flat.length || 1) long.set(flat.subarray(0, Math.min(flat.length, size - k)), k);
    // keep whole characters at the end
    let end = size;
    while (end > 0 && (long[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && long[end - 1]! >= 0xc0) end--;
    const ls = lines(b);
    const at = int(rng, 0, ls.length);
    return { bytes: concat(...ls.slice(0, at), long.subarray(0, end), ascii('\n'), ...ls.slice(at)), what: `${end}-byte single line inserted before line ${at + 1}` };
  },
  'remove-newlines'(_rng, b) {
    return { bytes: b.filter((x) => x !== 0x0a && x !== 0x0d), what: 'remove every CR and LF' };
  },
  'newline-mix'(rng, b) {
    const out: number[] = [];
    const ends = ['\r\n', '\r', '\n', '\n\r', '\r\r\n', '\n\n'];
    for (let i = 0; i < b.length; i++) {
      const x = b[i]!;
      if (x === 0x0d) continue;
      if (x === 0x0a) for (const c of pick(rng, ends)) out.push(c.charCodeAt(0));
      else out.push(x);
    }
    return { bytes: Uint8Array.from(out), what: 'every line end replaced by one of CRLF, CR, LF, LFCR, CRCRLF, LFLF' };
  },
};

// ---------------------------------------------------------------- edge cases

const EDGE_CASES: { name: string; ext: 'txt' | 'pdf'; bytes: Uint8Array }[] = [
  { name: 'empty', ext: 'txt', bytes: new Uint8Array() },
  { name: 'empty', ext: 'pdf', bytes: new Uint8Array() },
  { name: 'one-newline', ext: 'txt', bytes: ascii('\n') },
  { name: 'crlf-only', ext: 'txt', bytes: ascii('\r\n\r\n\r\n') },
  { name: 'bom-only', ext: 'txt', bytes: Uint8Array.of(0xef, 0xbb, 0xbf) },
  { name: 'bom-newline', ext: 'txt', bytes: Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a) },
  { name: 'one-nul', ext: 'txt', bytes: Uint8Array.of(0) },
  { name: 'spaces', ext: 'txt', bytes: utf8(' \t\u3000\n'.repeat(1000)) },
  { name: 'one-byte-ff', ext: 'txt', bytes: Uint8Array.of(0xff) },
  { name: 'lone-lead-byte', ext: 'txt', bytes: Uint8Array.of(0xe3) },
  { name: 'pdf-magic-only', ext: 'pdf', bytes: ascii('%PDF-') },
  { name: 'pdf-header-only', ext: 'pdf', bytes: ascii('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n') },
  { name: 'pdf-eof-only', ext: 'pdf', bytes: ascii('%PDF-1.4\n%%EOF\n') },
  { name: 'pdf-magic-in-text', ext: 'txt', bytes: utf8('部長目標\n%PDF-1.4\n1 0 obj\n<< >>\nendobj\n') },
  { name: 'pdf-text-not-pdf', ext: 'pdf', bytes: utf8('令和6年度 部長目標\n① 目標\n') },
  { name: 'pdf-random-after-magic', ext: 'pdf', bytes: concat(ascii('%PDF-1.7\n'), randomBytes(mulberry32(FUZZ_SEED), 4096)) },
  { name: 'pdf-trailer-loop', ext: 'pdf', bytes: ascii('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R /Prev 9 >>\nstartxref\n9\n%%EOF\n') },
  { name: 'only-markers', ext: 'txt', bytes: utf8('①\n②\n③\n（１）\n(2)\n■\n●\n・\n第1章\n') },
  { name: 'huge-number', ext: 'txt', bytes: utf8(`令和${'9'.repeat(400)}年度 目標\n① 数値目標 ${'9'.repeat(5000)}件\n`) },
  { name: 'deep-brackets', ext: 'txt', bytes: utf8(`① ${'（'.repeat(5000)}目標${'）'.repeat(5000)}\n`) },
];

// ---------------------------------------------------------------- cases

function caseRng(seed: number, index: number): Rng {
  return mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

const short = (rel: string) => rel.split('/').slice(-2).join('-').replace(/\.(pdf|txt)$/, '').replace(/[^A-Za-z0-9.-]+/g, '_').slice(-48);

/**
 * Case `index`: the first EDGE_CASES.length are fixed edge cases, then PDF and text cases
 * alternate, each mutation taken in turn; about one case in five stacks a second mutation.
 */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const rng = caseRng(seed, index);
  const id = String(index).padStart(4, '0');
  if (index < EDGE_CASES.length) {
    const e = EDGE_CASES[index]!;
    return { index, name: `${id}-edge-${e.name}.${e.ext}`, kind: 'edge', source: '-', mutation: `edge case ${e.name}`, bytes: e.bytes };
  }
  const n = index - EDGE_CASES.length;
  const isPdf = n % 2 === 0;
  const table = isPdf ? PDF_MUTATIONS : TEXT_MUTATIONS;
  const names = Object.keys(table);
  const first = names[Math.floor(n / 2) % names.length]!;
  const source = pick(rng, isPdf ? PDF_SEEDS : TEXT_SEEDS);
  let bytes: Uint8Array;
  const steps: string[] = [];
  if (isPdf) bytes = seedBytes(source);
  else {
    const w = textWindow(rng, source);
    bytes = w.bytes;
    steps.push(`window ${w.note}`);
  }
  const chain = [first];
  // stack a second, cheap mutation now and then (never two of the size-multiplying ones)
  if (rng() < 0.2) {
    const cheap = names.filter((m) => m !== 'duplicate-line' && m !== 'long-line');
    chain.push(pick(rng, cheap));
  }
  for (const m of chain) {
    if (bytes.length === 0) break;
    const r = table[m]!(rng, bytes);
    bytes = r.bytes;
    steps.push(`${m}: ${r.what}`);
  }
  const ext = isPdf ? 'pdf' : pick(rng, ['txt', 'txt', 'txt', 'text', 'tsv']);
  return { index, name: `${id}-${chain.join('+')}-${short(source)}.${ext}`, kind: isPdf ? 'pdf' : 'text', source, mutation: steps.join(' | '), bytes };
}

export function fuzzCases(seed: number, count: number): FuzzCase[] {
  return Array.from({ length: count }, (_, i) => fuzzCase(seed, i));
}
