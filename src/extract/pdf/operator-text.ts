import { multiply } from './matrix.js';

/**
 * A page's text items built from its operator list, the way pdf.js's `getTextContent` builds them
 * from the content stream: one parse of the page instead of two (issue 14: each pass costs as much
 * as bare text extraction, ~1 s each on the 150-page 伊勢崎 rendering).
 *
 * This is pdf.js 5.4's `PartialEvaluator.getTextContent` (src/core/evaluator.js) replayed over the
 * operators its `getOperatorList` emits: the same text state, the same tracking, space and
 * end-of-line thresholds, the same flushes. Where the operator list has lost what the text content
 * sees (a `TJ` string of no glyphs, a font's resource name, a Type3 font's `isCharBBox`) the nearest
 * reading is taken; `scripts/operator-text-check.ts` compares both on every PDF of the corpus.
 */

/** One text item as `getTextContent` gives it (`TextItem` of pdf.js), with its font's direction. */
export interface OperatorTextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
  vertical: boolean;
}

/** What a loaded font tells the text layout (pdf.js's exported font data). */
export interface FontFacts {
  vertical: boolean;
  fontMatrix: readonly number[];
  isType3Font: boolean;
  bbox: readonly number[] | null;
}

export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The operator codes used here (pdf.js's `OPS`). */
export type OperatorCodes = Record<
  | 'save' | 'restore' | 'transform' | 'beginText' | 'setFont' | 'setGState' | 'setTextRise' | 'setHScale'
  | 'setLeading' | 'moveText' | 'setLeadingMoveText' | 'nextLine' | 'setTextMatrix' | 'setCharSpacing'
  | 'setWordSpacing' | 'showText' | 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent'
  | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'beginAnnotation' | 'endAnnotation'
  | 'paintImageXObject' | 'paintImageMaskXObject' | 'paintImageXObjectRepeat' | 'paintImageMaskXObjectRepeat'
  | 'paintImageMaskXObjectGroup' | 'paintSolidColorImageMask',
  number
>;

interface GlyphLike {
  unicode: string;
  category?: { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean };
  width: number;
  vmetric?: readonly number[] | null;
  originalCharCode?: number;
}

type M = number[];

const IDENTITY: M = [1, 0, 0, 1, 0, 0];
const FONT_IDENTITY: readonly number[] = [0.001, 0, 0, 0.001, 0, 0];
const NO_FONT: FontFacts = { vertical: false, fontMatrix: FONT_IDENTITY, isType3Font: false, bbox: null };

// pdf.js's factors (evaluator.js getTextContent), in font sizes
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const CATEGORY = new Map<string, number>();
const WHITESPACE = 1, ZERO_WIDTH_DIACRITIC = 2, INVISIBLE_FORMAT_MARK = 4;

/** pdf.js's `getCharUnicodeCategory`, as bits. */
function category(ch: string): number {
  let c = CATEGORY.get(ch);
  if (c === undefined) {
    const g = SPECIAL_CHAR.exec(ch);
    c = (g?.[1] ? WHITESPACE : 0) | (g?.[2] ? ZERO_WIDTH_DIACRITIC : 0) | (g?.[3] ? INVISIBLE_FORMAT_MARK : 0);
    CATEGORY.set(ch, c);
  }
  return c;
}

/** The operators the text follows, as small codes (a jump table, not a chain of property loads). */
const K = {
  other: 0, save: 1, restore: 2, transform: 3, setFont: 4, setGState: 5, setTextRise: 6, setHScale: 7, setLeading: 8,
  moveText: 9, setLeadingMoveText: 10, nextLine: 11, setTextMatrix: 12, setCharSpacing: 13, setWordSpacing: 14,
  beginText: 15, showText: 16, markedContent: 17, paintFormXObjectBegin: 18, paintFormXObjectEnd: 19,
  beginAnnotation: 20, endAnnotation: 21, image: 22,
} as const;

const KINDS = new WeakMap<object, Uint8Array>();

function operatorKinds(OPS: OperatorCodes): Uint8Array {
  let kinds = KINDS.get(OPS);
  if (!kinds) {
    kinds = new Uint8Array(Math.max(...Object.values(OPS)) + 1);
    for (const [name, code] of Object.entries(K)) if (name in OPS) kinds[OPS[name as keyof OperatorCodes]] = code;
    for (const name of ['beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent'] as const) kinds[OPS[name]] = K.markedContent;
    for (const name of ['paintImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintImageMaskXObjectRepeat', 'paintImageMaskXObjectGroup', 'paintSolidColorImageMask'] as const) kinds[OPS[name]] = K.image;
    KINDS.set(OPS, kinds);
  }
  return kinds;
}

function copyInto(to: M, from: readonly number[]): void {
  for (let i = 0; i < 6; i++) to[i] = from[i]!;
}

const num = (args: unknown[] | null, k: number): number => Number(args?.[k]);

const isGlyph = (g: unknown): boolean => g !== null && typeof g === 'object';

function categoryBits(c: NonNullable<GlyphLike['category']>): number {
  return (c.isWhitespace ? WHITESPACE : 0) | (c.isZeroWidthDiacritic ? ZERO_WIDTH_DIACRITIC : 0) | (c.isInvisibleFormatMark ? INVISIBLE_FORMAT_MARK : 0);
}

/**
 * The number a content stream wrote, from the single-precision copy the operator list keeps of a
 * text or form matrix (`new Float32Array(args)`): the shortest decimal that rounds to it. Producers
 * write a few decimals (LibreOffice: `775.889 Td` for one part of a line, `… 775.889 Tm` for the
 * next), and the text content keeps them as written: without this, parts of one line differ by
 * 2e-5 pt and line grouping downstream treats them apart (木更津 pp10–14 by LibreOffice).
 */
function written(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  let d = WRITTEN.get(v);
  if (d === undefined) {
    d = v;
    for (let p = 1; p <= 9; p++) {
      const c = Number(v.toPrecision(p));
      if (Math.fround(c) === v) {
        d = c;
        break;
      }
    }
    if (WRITTEN.size >= 50_000) WRITTEN.clear();
    WRITTEN.set(v, d);
  }
  return d;
}

const WRITTEN = new Map<number, number>();

const writtenMatrix = (m: ArrayLike<number>): M => [written(m[0]!), written(m[1]!), written(m[2]!), written(m[3]!), written(m[4]!), written(m[5]!)];

class TextState {
  ctm: M = IDENTITY.slice();
  loadedName: string | null = null;
  fontSize = 0;
  font: FontFacts | null = null;
  fontMatrix: readonly number[] = FONT_IDENTITY;
  textMatrix: M = IDENTITY.slice();
  textLineMatrix: M = IDENTITY.slice();
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const c = Object.assign(new TextState(), this);
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    return c;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    copyInto(this.textMatrix, this.textLineMatrix);
  }
}

/** The item being built and the two last characters, per content stream (a form has its own). */
class Builder {
  initialized = false;
  str: string[] = [];
  totalWidth = 0;
  totalHeight = 0;
  width = 0;
  height = 0;
  vertical = false;
  prevTransform: M | null = null;
  textAdvanceScale = 0;
  spaceInFlowMin = 0;
  spaceInFlowMax = 0;
  trackingSpaceMin = Infinity;
  negativeSpaceMax = -Infinity;
  notASpace = -Infinity;
  transform: M | null = null;
  fontName: string | null = null;
  lastChars = [' ', ' '];
  lastCharsPos = 0;
}

/**
 * The text items of one page. `fonts` gives each loaded font's facts by its loaded name; `view` is
 * the page's view box (glyphs outside it are left out, as pdf.js does); `normalize` is pdf.js's
 * `normalizeUnicode`.
 */
export function operatorText(
  ops: OperatorListLike,
  OPS: OperatorCodes,
  fonts: (loadedName: string) => FontFacts | undefined,
  view: readonly number[],
  normalize: (s: string) => string,
): OperatorTextItem[] {
  const items: OperatorTextItem[] = [];
  let state = new TextState();
  const stack: TextState[] = [];
  let b = new Builder();
  const forms: { builder: Builder; stackDepth: number }[] = [];
  let inAnnotation = 0;

  function saveLastChar(ch: string): boolean {
    const next = (b.lastCharsPos + 1) % 2;
    const ret = b.lastChars[b.lastCharsPos] !== ' ' && b.lastChars[next] === ' ';
    b.lastChars[b.lastCharsPos] = ch;
    b.lastCharsPos = next;
    return ret;
  }
  const shouldAddWhitespace = () => b.lastChars[b.lastCharsPos] !== ' ' && b.lastChars[(b.lastCharsPos + 1) % 2] === ' ';
  function resetLastChars(): void {
    b.lastChars[0] = b.lastChars[1] = ' ';
    b.lastCharsPos = 0;
  }

  /**
   * ctm × textMatrix × [size·hscale 0 0 size 0 rise], written into `out` (pdf.js allocates two
   * arrays a glyph here; this runs for every glyph of the document).
   */
  function textTransformInto(out: M): M {
    const font = state.font ?? NO_FONT;
    const c = state.ctm, t = state.textMatrix;
    const sx = state.fontSize * state.textHScale, rise = state.textRise;
    let sy = state.fontSize;
    // (pdf.js also scales when the Type3 font's glyphs carry their own boxes: not in the exported data)
    if (font.isType3Font && state.fontSize <= 1 && font.bbox && !FONT_IDENTITY.every((v, i) => state.fontMatrix[i] === v)) {
      const glyphHeight = font.bbox[3]! - font.bbox[1]!;
      if (glyphHeight > 0) sy *= glyphHeight * state.fontMatrix[3]!;
    }
    const a = t[0]! * sx, bb = t[1]! * sx, cc = t[2]! * sy, d = t[3]! * sy;
    const e = t[2]! * rise + t[4]!, f = t[3]! * rise + t[5]!;
    out[0] = c[0]! * a + c[2]! * bb;
    out[1] = c[1]! * a + c[3]! * bb;
    out[2] = c[0]! * cc + c[2]! * d;
    out[3] = c[1]! * cc + c[3]! * d;
    out[4] = c[0]! * e + c[2]! * f + c[4]!;
    out[5] = c[1]! * e + c[3]! * f + c[5]!;
    return out;
  }
  const currentTextTransform = (): M => textTransformInto([0, 0, 0, 0, 0, 0]);
  const scratch: M = [0, 0, 0, 0, 0, 0];

  // A whitespace item counts for nothing downstream but its place in the order: kept as pdf.js does.
  function pushWhitespace(width: number, height: number, tr: M | null = b.prevTransform, fontName = b.fontName): void {
    items.push({ str: ' ', width, height, transform: tr ? tr.slice() : currentTextTransform(), fontName: fontName ?? '', vertical: false });
  }

  function ensureItem(): Builder {
    if (b.initialized) return b;
    const font = state.font ?? NO_FONT;
    b.fontName = state.loadedName;
    const trm = (b.transform = currentTextTransform());
    if (!font.vertical) {
      b.width = b.totalWidth = 0;
      b.height = b.totalHeight = Math.hypot(trm[2]!, trm[3]!);
      b.vertical = false;
    } else {
      b.width = b.totalWidth = Math.hypot(trm[0]!, trm[1]!);
      b.height = b.totalHeight = 0;
      b.vertical = true;
    }
    b.textAdvanceScale = Math.hypot(state.ctm[0]!, state.ctm[1]!) * Math.hypot(state.textLineMatrix[0]!, state.textLineMatrix[1]!);
    const { fontSize } = state;
    b.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    b.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    b.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    b.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    b.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    b.initialized = true;
    return b;
  }

  function updateAdvanceScale(): void {
    if (!b.initialized) return;
    const scale = Math.hypot(state.ctm[0]!, state.ctm[1]!) * Math.hypot(state.textLineMatrix[0]!, state.textLineMatrix[1]!);
    if (scale === b.textAdvanceScale) return;
    if (!b.vertical) {
      b.totalWidth += b.width * b.textAdvanceScale;
      b.width = 0;
    } else {
      b.totalHeight += b.height * b.textAdvanceScale;
      b.height = 0;
    }
    b.textAdvanceScale = scale;
  }

  function flush(): void {
    if (!b.initialized) return;
    if (!b.vertical) b.totalWidth += b.width * b.textAdvanceScale;
    else b.totalHeight += b.height * b.textAdvanceScale;
    items.push({
      str: normalize(b.str.join('')),
      width: Math.abs(b.totalWidth),
      height: Math.abs(b.totalHeight),
      transform: b.transform!,
      fontName: b.fontName ?? '',
      vertical: b.vertical,
    });
    b.initialized = false;
    b.str.length = 0;
  }

  function appendEOL(): void {
    resetLastChars();
    if (b.initialized) flush();
  }

  function addFakeSpaces(width: number, transf: M | null, orientation: number): boolean {
    if (orientation * b.spaceInFlowMin <= width && width <= orientation * b.spaceInFlowMax) {
      if (b.initialized) {
        resetLastChars();
        b.str.push(' ');
      }
      return false;
    }
    const fontName = b.fontName;
    let height = 0;
    if (b.vertical) {
      height = width;
      width = 0;
    }
    flush();
    resetLastChars();
    pushWhitespace(Math.abs(width), Math.abs(height), transf ?? currentTextTransform(), fontName);
    return true;
  }

  function applyInverseRotation(x: number, y: number, m: readonly number[]): [number, number] {
    const scale = Math.hypot(m[0]!, m[1]!);
    return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
  }

  function pushSpace(advance: number, vertical: boolean): void {
    if (vertical) pushWhitespace(0, Math.abs(advance));
    else pushWhitespace(Math.abs(advance), 0);
  }

  function growAlong(advance: number, vertical: boolean): void {
    if (vertical) b.height += advance;
    else b.width += advance;
  }

  function compareWithLastPosition(glyphWidth: number): boolean {
    const current = textTransformInto(scratch);
    let posX = current[4]!;
    let posY = current[5]!;
    if (state.font?.vertical) {
      if (posX < view[0]! || posX > view[2]! || posY + glyphWidth < view[1]! || posY > view[3]!) return false;
    } else if (posX + glyphWidth < view[0]! || posX > view[2]! || posY < view[1]! || posY > view[3]!) return false;
    if (!state.font || !b.prevTransform) return true;
    let lastPosX = b.prevTransform[4]!;
    let lastPosY = b.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = applyInverseRotation(posX, posY, current);
        [lastPosX, lastPosY] = applyInverseRotation(lastPosX, lastPosY, b.prevTransform);
    }
    // along the writing direction and across it: pdf.js writes the two cases out, mirrored
    const vertical = state.font.vertical;
    const along = vertical ? (lastPosY - posY) / b.textAdvanceScale : (posX - lastPosX) / b.textAdvanceScale;
    const across = vertical ? posX - lastPosX : posY - lastPosY;
    const extentAcross = vertical ? b.width : b.height;
    const orientation = Math.sign(vertical ? b.height : b.width);
    if (along < orientation * b.negativeSpaceMax) {
      if (Math.abs(across) > 0.5 * extentAcross) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    if (Math.abs(across) > extentAcross) {
      appendEOL();
      return true;
    }
    if (along <= orientation * b.notASpace) resetLastChars();
    if (along <= orientation * b.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
        pushSpace(along, vertical);
      } else growAlong(along, vertical);
    } else if (!addFakeSpaces(along, b.prevTransform, orientation)) {
      if (b.str.length === 0) {
        resetLastChars();
        pushSpace(along, vertical);
      } else growAlong(along, vertical);
    }
    if (Math.abs(across) > extentAcross * VERTICAL_SHIFT_RATIO) flush();
    return true;
  }

  function advanceBy(spacing: number, vertical: boolean): void {
    if (!vertical) state.translateTextMatrix(spacing * state.textHScale, 0);
    else state.translateTextMatrix(0, -spacing);
  }

  /** `buildTextContentItem`: glyphs of one string of a text-showing operator. */
  function build(shown: readonly unknown[], from: number, to: number, extraSpacing: number): void {
    const font = state.font ?? NO_FONT;
    let last = to - 1;
    while (last >= from && !isGlyph(shown[last])) last--;
    if (last < from) {
      // a `TJ` number with no string before it moves by the character spacing too (pdf.js does)
      const spacing = state.charSpacing + extraSpacing;
      if (spacing) advanceBy(spacing, font.vertical);
      return;
    }
    const scale = state.fontMatrix[0]! * state.fontSize;
    for (let i = from; i <= last; i++) {
      if (!isGlyph(shown[i])) continue; // a `TJ` 0
      const glyph = shown[i] as GlyphLike;
      // (pdf.js's glyphs carry their category once asked; a copied glyph does not)
      const cat = glyph.category ? categoryBits(glyph.category) : category(glyph.unicode);
      if (cat & INVISIBLE_FORMAT_MARK) continue;
      let charSpacing = state.charSpacing + (i === last ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (font.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0]! : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
      if (cat & WHITESPACE) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          state.translateTextMatrix(charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          state.translateTextMatrix(0, -charSpacing);
        }
        saveLastChar(' ');
        continue;
      }
      const diacritic = (cat & ZERO_WIDTH_DIACRITIC) !== 0;
      if (!diacritic && !compareWithLastPosition(scaledDim)) {
        if (!font.vertical) state.translateTextMatrix(scaledDim * state.textHScale, 0);
        else state.translateTextMatrix(0, scaledDim);
        continue;
      }
      const item = ensureItem();
      if (diacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= state.textHScale;
        state.translateTextMatrix(scaledDim, 0);
        item.width += scaledDim;
      } else {
        state.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        item.height += scaledDim;
      }
      if (scaledDim) item.prevTransform = textTransformInto(item.prevTransform ?? [0, 0, 0, 0, 0, 0]);
      if (saveLastChar(glyph.unicode)) item.str.push(' ');
      item.str.push(glyph.unicode);
      if (charSpacing) advanceBy(charSpacing, font.vertical);
    }
  }

  /** A text-showing operator's glyphs, split where a `TJ` number moves the pen (pdf.js's showSpacedText). */
  function show(shown: readonly unknown[]): void {
    const vertical = state.font?.vertical === true;
    const spaceFactor = ((vertical ? 1 : -1) * state.fontSize) / 1000;
    let from = 0;
    for (let i = 0; i < shown.length; i++) {
      const g = shown[i];
      if (typeof g !== 'number' || g === 0) continue;
      build(shown, from, i, g * spaceFactor);
      from = i + 1;
    }
    if (from < shown.length) build(shown, from, shown.length, 0);
  }

  function setFont(name: string, size: number): void {
    if (state.font && name === state.loadedName && size === state.fontSize) return;
    flush();
    state.loadedName = name;
    state.fontSize = size;
    state.font = fonts(name) ?? NO_FONT;
    state.fontMatrix = state.font.fontMatrix ?? FONT_IDENTITY;
  }

  const kinds = operatorKinds(OPS);
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const kind = kinds[fnArray[i]!] ?? K.other;
    if (kind === K.other) continue;
    const args = argsArray[i] as unknown[] | null;
    if (kind === K.beginAnnotation) inAnnotation++;
    else if (kind === K.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    if (inAnnotation > 0) continue; // annotations are not page text (getTextContent leaves them out)
    switch (kind) {
      case K.save:
        stack.push(state);
        state = state.clone();
        break;
      case K.restore: {
        const before = state;
        state = stack.pop() ?? state;
        if (before.font !== state.font || before.fontSize !== state.fontSize || before.loadedName !== state.loadedName) flush();
        break;
      }
      case K.transform:
        if (args) state.ctm = multiply(state.ctm, args as number[]);
        break;
      case K.setFont:
        if (args) setFont(String(args[0]), Number(args[1]));
        break;
      case K.setGState:
        for (const [key, value] of (args?.[0] ?? []) as [string, unknown][]) {
          if (key !== 'Font' || !Array.isArray(value)) continue;
          flush();
          state.loadedName = null;
          setFont(String(value[0]), Number(value[1]));
        }
        break;
      case K.setTextRise:
        state.textRise = num(args, 0);
        break;
      case K.setHScale:
        state.textHScale = num(args, 0) / 100;
        break;
      case K.setLeading:
        state.leading = num(args, 0);
        break;
      case K.moveText:
        state.translateTextLineMatrix(num(args, 0), num(args, 1));
        copyInto(state.textMatrix, state.textLineMatrix);
        break;
      case K.setLeadingMoveText:
        state.leading = -num(args, 1);
        state.translateTextLineMatrix(num(args, 0), num(args, 1));
        copyInto(state.textMatrix, state.textLineMatrix);
        break;
      case K.nextLine:
        state.carriageReturn();
        break;
      case K.setTextMatrix: {
        state.textMatrix = writtenMatrix(args![0] as ArrayLike<number>);
        state.textLineMatrix = state.textMatrix.slice();
        updateAdvanceScale();
        break;
      }
      case K.setCharSpacing:
        state.charSpacing = num(args, 0);
        break;
      case K.setWordSpacing:
        state.wordSpacing = num(args, 0);
        break;
      case K.beginText:
        state.textMatrix = IDENTITY.slice();
        state.textLineMatrix = IDENTITY.slice();
        break;
      case K.showText:
        if (state.font && Array.isArray(args?.[0])) show(args[0] as unknown[]);
        break;
      case K.markedContent:
      case K.image:
        flush();
        break;
      case K.paintFormXObjectBegin: {
        // a form is read with a copy of the state and a text item of its own (pdf.js reads it as a stream of its own)
        flush();
        forms.push({ builder: b, stackDepth: stack.length });
        b = new Builder();
        stack.push(state);
        state = state.clone();
        const matrix = args?.[0] as ArrayLike<number> | null | undefined;
        if (matrix) state.ctm = multiply(state.ctm, writtenMatrix(matrix));
        break;
      }
      case K.paintFormXObjectEnd: {
        flush();
        const form = forms.pop();
        if (!form) break;
        b = form.builder;
        stack.length = form.stackDepth + 1;
        state = stack.pop()!;
        break;
      }
    }
  }
  flush();
  return items;
}
