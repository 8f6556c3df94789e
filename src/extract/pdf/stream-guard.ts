import { inflateSync } from 'node:zlib';

/**
 * Memory bounded by design: a content stream that inflates past this is no page of a plan (the
 * largest page of the 408-page setagaya budget book decodes to well under 1 MB) but a flate bomb,
 * which pdf.js would decode whole (a 154 KB file took 1.2 GB and 17 s). Such streams are found
 * before pdf.js reads the file, with zlib stopping at the limit.
 */
export const STREAM_LIMIT_BYTES = 32 * 1024 * 1024;
/**
 * Images are decoded too when pdf.js lists a page's drawing operations; a scanned A3 page at
 * 600 dpi in grey is about 70 MiB, so an image past 128 MiB is taken for a bomb.
 */
export const IMAGE_LIMIT_BYTES = 128 * 1024 * 1024;
/** Pixels an image may declare (an A3 page scanned at 900 dpi has 140 M): more is a bomb. */
export const IMAGE_PIXEL_LIMIT = 150_000_000;
/** Deflate compresses at most ~1032:1: a smaller stream cannot reach the limit. */
const MAX_RATIO = 1032;

/**
 * Each stream of the file with its object's number, its dictionary and where its data starts:
 * found from the `stream` keyword back to its object's `N G obj` (a scan by indexOf; a regular
 * expression over the whole file took ~50 ms of the 150-page 伊勢崎 rendering). A dictionary that
 * runs across an `endobj` is no stream's of that object: skipped, as pdf.js's own reading decides.
 */
const HEADER = /(\d+)\s+\d+\s+$/;

function* streams(text: string): Generator<{ num: number; dict: string; start: number }> {
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] !== '\n') continue;
    // (back over an `obj` a dictionary's own text may hold, to its object's header)
    let obj = text.lastIndexOf('obj', at);
    let head: RegExpExecArray | null = null;
    while (obj >= 0 && !text.startsWith('end', obj - 3) && !(head = HEADER.exec(text.slice(Math.max(0, obj - 24), obj)))) obj = text.lastIndexOf('obj', obj - 1);
    if (!head) continue;
    const body = text.slice(obj + 3, at).trim();
    if (!head || !body.startsWith('<<') || !body.endsWith('>>')) continue;
    yield { num: Number(head[1]), dict: body.slice(2, -2), start: start + 1 };
  }
}

export interface OversizedStreams {
  /** Object numbers of the streams that inflate past the limit. */
  objects: Set<number>;
  /** The file as Latin-1 text, kept for finding the pages' content streams (read once). */
  text: string;
}

/** Flate streams (not fonts or cross-reference data) that inflate past their limit. */
export function findOversizedStreams(bytes: Uint8Array): OversizedStreams {
  const objects = new Set<number>();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const { num, dict, start } of streams(text)) {
    // an image's declared size bounds what decoding it takes, whatever its filter (a JPEG or
    // JBIG2 header can claim 60000 × 60000 in a few bytes)
    if (/\/Subtype\s*\/Image/.test(dict)) {
      const w = Number(/\/Width\s+(\d+)/.exec(dict)?.[1] ?? 0);
      const h = Number(/\/Height\s+(\d+)/.exec(dict)?.[1] ?? 0);
      if (w * h > IMAGE_PIXEL_LIMIT) {
        objects.add(num);
        continue;
      }
    }
    if (!/\/Filter\s*(?:\[\s*)?\/FlateDecode\s*\]?/.test(dict) || /\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm)/.test(dict)) continue;
    const limit = /\/Subtype\s*\/Image/.test(dict) ? IMAGE_LIMIT_BYTES : STREAM_LIMIT_BYTES;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const end = direct ? start + Number(direct[1]) : text.indexOf('endstream', start);
    if (end < 0 || end - start < limit / MAX_RATIO) continue;
    try {
      inflateSync(bytes.subarray(start, Math.min(end, bytes.length)), { maxOutputLength: limit });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') objects.add(num);
      // a damaged stream is pdf.js's to report
    }
  }
  return { objects, text };
}

/** The content streams a page object names (`/Contents 12 0 R`, `/Contents [12 0 R 13 0 R]`), read from the file; null when the page object is not written plainly (inside an object stream). */
export function pageContents(text: string, num: number, gen: number): number[] | null {
  const at = new RegExp(`(?:^|[\\r\\n\\s])${num}\\s+${gen}\\s+obj\\b`).exec(text);
  if (!at) return null;
  const end = text.indexOf('endobj', at.index);
  const dict = text.slice(at.index, end < 0 ? undefined : end);
  const single = /\/Contents\s+(\d+)\s+\d+\s+R/.exec(dict);
  if (single) return [Number(single[1])];
  const list = /\/Contents\s*\[([^\]]*)\]/.exec(dict);
  if (list) return [...list[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((x) => Number(x[1]));
  return [];
}
