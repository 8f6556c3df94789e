import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installNoCanvas } from './no-canvas.js';

/**
 * pdf.js is loaded through pdf-parse's own dependency so the importer and the `pdf-parse`
 * baseline in the bench share one copy. Asset folders are resolved from the installed package,
 * never from the working directory: that is what makes `npx plan-import` work from any folder.
 * Without `cmaps/`, text in non-embedded CJK fonts and CID fonts without ToUnicode comes out
 * empty or wrong.
 */
const requireFromHere = createRequire(import.meta.url);

function resolvePdfjsDir(): string {
  try {
    const pdfParseEntry = requireFromHere.resolve('pdf-parse');
    const fromPdfParse = createRequire(pdfParseEntry);
    return dirname(fromPdfParse.resolve('pdfjs-dist/package.json'));
  } catch {
    return dirname(requireFromHere.resolve('pdfjs-dist/package.json'));
  }
}

export const pdfjsDir = resolvePdfjsDir();

/** Filesystem folders with a trailing separator, as pdf.js's Node factories expect. */
export const pdfjsAssets = {
  cMapUrl: join(pdfjsDir, 'cmaps') + sep,
  standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + sep,
  wasmUrl: join(pdfjsDir, 'wasm') + sep,
};

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  if (loaded) return loaded;
  const entry = join(pdfjsDir, 'legacy', 'build', 'pdf.mjs');
  installNoCanvas(entry);
  loaded = (import(pathToFileURL(entry).href) as Promise<Pdfjs>).then((pdfjs) => {
    keepEnginePush();
    return pdfjs;
  });
  return loaded;
}

/**
 * pdf.js with its core module loaded too, as its fake worker would load it at the first document
 * (it takes the core from `globalThis.pdfjsWorker` when there): pdf.js's thread loads both as it
 * starts, while the main thread loads ours.
 */
export async function loadPdfjsWithCore(): Promise<Pdfjs> {
  const pdfjs = await loadPdfjs();
  await import(pathToFileURL(join(pdfjsDir, 'legacy', 'build', 'pdf.worker.mjs')).href);
  keepEnginePush();
  return pdfjs;
}

const enginePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;

/**
 * The legacy build's core-js polyfills replace the engine's own Array.prototype.push on Node 20
 * (V8 before 12.2 gets an edge case of non-writable lengths wrong) with a function in JavaScript:
 * every push of the process, pdf.js's and ours, then takes twice as long (~50 ms of the 25-page
 * 刈谷 rendering's profile). The engine's is put back; nothing here pushes onto a frozen length.
 * Twice: when pdf.mjs loads, and when the first document opens — pdf.js then
 * imports its worker module, which carries the same polyfills (the `set length` and
 * `setArrayLength` of the 伊勢崎 rendering's profile, ~150 ms).
 */
export function keepEnginePush(): void {
  if (Array.prototype.push !== enginePush.value) Object.defineProperty(Array.prototype, 'push', enginePush);
}

/**
 * A font registry that keeps nothing, for pdf.js: we read text and drawing, never paint glyphs.
 * Without one, pdf.js in Node (no FontFace) falls back to turning every glyph a page shows into a
 * path and sending it across (`buildFontPaths`): on the 25-page 刈谷 rendering ~150 ms and the
 * paths kept for the document's life. Given as `ownerDocument` with `disableFontFace: false`.
 */
export const noFontDocument = { fonts: { add() {}, delete() {} } };

class NoFontFace {
  readonly loaded = Promise.resolve();
  constructor(readonly family: string) {}
}

/** pdf.js makes its font faces with the global `FontFace`: Node has none, and nothing else here uses it. */
export function installNoFontFace(): void {
  const g = globalThis as { FontFace?: unknown };
  g.FontFace ??= NoFontFace;
}

/** How a document is opened to be read (read-pdf.ts; OCR's canvas painter opens its own, to paint). */
export function documentParams(bytes: Uint8Array) {
  installNoFontFace();
  return {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    ...pdfjsAssets,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: false,
    // (only its `fonts` is used, to register faces: see noFontDocument)
    ownerDocument: noFontDocument as unknown as Document,
    isEvalSupported: false,
    verbosity: 0,
  };
}

/**
 * pdf.js's fake worker (its core in this thread) passes every message through `structuredClone`:
 * each text-content chunk and operator list is serialised and rebuilt, ~300 ms of the 150-page
 * 伊勢崎 rendering's 2.3 s (`postMessage` self time in its `--cpu-prof`). Nothing needs the deep
 * copy when both ends share one heap: the worker never touches an object again once sent, except
 * the containers it refills, which it empties (`OperatorList.flush`: fnArray/argsArray `.length = 0`)
 * or re-points (`enqueueChunk`: `textContent.items = []`) before the deferred delivery reads them.
 * So a message crosses as a copy of its payload one level deep, its arrays sliced.
 */
function shallowPayload(message: unknown): unknown {
  if (!message || typeof message !== 'object') return message;
  const m = message as Record<string, unknown>;
  const out: Record<string, unknown> = { ...m };
  for (const key of ['chunk', 'data'] as const) {
    const payload = m[key];
    if (Array.isArray(payload)) out[key] = payload.slice();
    else if (payload && typeof payload === 'object' && Object.getPrototypeOf(payload) === Object.prototype) {
      const copy: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
      for (const [k, v] of Object.entries(copy)) if (Array.isArray(v)) copy[k] = v.slice();
      out[key] = copy;
    }
  }
  return out;
}

type Loopback = { postMessage(message: unknown, transfer?: unknown): void };
const cheapened = new WeakSet<object>();

/**
 * Installs shallowPayload on the fake worker's port class (pdf.js does not export it: reached
 * through an open document's worker). Its `postMessage` calls the global `structuredClone`, so
 * the global is swapped for the length of that one synchronous call.
 */
export function cheapLoopback(task: object): void {
  // `_worker` is private in pdf.js's types; it is a plain property of the loading task
  const port = (task as { _worker?: { port?: object } | null })._worker?.port;
  if (!port) return;
  const proto = Object.getPrototypeOf(port) as Loopback;
  if (cheapened.has(proto) || proto.constructor.name !== 'LoopbackPort') return;
  const post = proto.postMessage;
  proto.postMessage = function (this: unknown, message: unknown, transfer?: unknown) {
    const g = globalThis as { structuredClone: (value: unknown) => unknown };
    const clone = g.structuredClone;
    g.structuredClone = shallowPayload;
    try {
      post.call(this, message, transfer);
    } finally {
      g.structuredClone = clone;
    }
  };
  cheapened.add(proto);
}
