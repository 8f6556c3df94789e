/**
 * Bytes of a text extraction → string, with the encoding it was in.
 * Detected, never assumed: a UTF-8 BOM wins; otherwise strict UTF-8 is tried, then Shift_JIS
 * (decoded as Windows-31J / CP932, which is what Japanese Windows software writes).
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'shift_jis';
  /** Set when the bytes are neither valid UTF-8 nor plausible Shift_JIS. */
  problem: string | null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', problem: null };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', problem: null };
  } catch {
    // not UTF-8: fall through to Shift_JIS
  }
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
