/**
 * Bytes of a text extraction → string, with the encoding it was in.
 * Detected, never assumed: a UTF-8 BOM wins; otherwise strict UTF-8 is tried, then Shift_JIS
 * (decoded as Windows-31J / CP932, which is what Japanese Windows software writes).
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16le' | 'utf-16be' | 'shift_jis+utf-8';
  /** Set when the bytes are neither valid UTF-8 nor plausible Shift_JIS. */
  problem: string | null;
  /** Set when the encoding changes midway: the first line of the second encoding (1-based). */
  changesAt?: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-16 with its byte-order mark (Windows Notepad's "Unicode"). */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Bom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16, problem: null };
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', problem: null };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', problem: null };
  } catch {
    // not UTF-8: fall through to Shift_JIS, or to a file that is both
  }
  const mixed = decodeMixed(bytes);
  if (mixed) return mixed;
  const sjis = new TextDecoder('shift_jis').decode(bytes);
  const replaced = countReplacement(sjis);
  if (replaced === 0 || replaced / Math.max(1, sjis.length) < 0.001) {
    return {
      text: sjis,
      encoding: 'shift_jis',
      problem: replaced ? `${replaced} byte sequence(s) are not valid Shift_JIS` : null,
    };
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return {
    text: utf8,
    encoding: 'utf-8',
    problem: `${countReplacement(utf8)} byte sequence(s) are not valid UTF-8 (nor Shift_JIS)`,
  };
}

/**
 * A file whose lines are Shift_JIS in one part and UTF-8 in another (two extractions pasted
 * together): each line read in the encoding it is valid in, the change reported with its line.
 */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const sjisDecoder = new TextDecoder('shift_jis');
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, Math.min(i + 1, bytes.length)));
      start = i + 1;
    }
  }
  const kinds = lines.map((l) => {
    if (l.every((b) => b < 0x80)) return 'ascii';
    try {
      strict.decode(l);
      return 'utf-8';
    } catch {
      return countReplacement(sjisDecoder.decode(l)) === 0 ? 'shift_jis' : 'invalid';
    }
  });
  const firstUtf8 = kinds.indexOf('utf-8');
  const firstSjis = kinds.indexOf('shift_jis');
  if (firstUtf8 < 0 || firstSjis < 0) return null;
  const text = lines.map((l, i) => (kinds[i] === 'shift_jis' ? sjisDecoder.decode(l) : new TextDecoder('utf-8').decode(l))).join('');
  const second = Math.max(firstUtf8, firstSjis);
  const [from, to] = firstSjis < firstUtf8 ? ['Shift_JIS', 'UTF-8'] : ['UTF-8', 'Shift_JIS'];
  return {
    text,
    encoding: 'shift_jis+utf-8',
    problem: `the encoding changes at line ${second + 1} (${from} → ${to}): each part was read in its own encoding`,
    changesAt: second + 1,
  };
}

function countReplacement(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\uFFFD') n++;
  return n;
}

/** True when the bytes look like a binary file rather than text (NULs or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
