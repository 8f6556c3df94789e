import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { foldLookalikes } from '../../normalize/characters.js';
import { type PhaseClock, timed, timedSync } from '../../phase-clock.js';
import { loadPdfjs } from './pdfjs.js';
import type { Fill, PageContent, PagePicture, Rule, TextRun } from './page-content.js';
import { placeInsets } from './inset-runs.js';
import { closeTracking } from './justified-lines.js';
import { markDrawnApart } from './drawing-order.js';
import { ShownGlyphs } from './typed-spaces.js';
import { apply, type Matrix, multiply } from './matrix.js';
import { type FontFacts, type OperatorTextItem, operatorText } from './operator-text.js';

export async function readPage(page: PDFPageProxy, clock?: PhaseClock): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const pdfjs = await loadPdfjs();
  // one pass of pdf.js over the page: the drawing and the text both come from its operator list
  const ops = await timed(clock, 'pdf.js operator list (fonts first loaded here)', () => page.getOperatorList());
  const items = await timed(clock, 'text items from the operator list', () => pageTextItems(page, ops, pdfjs));
  const runs: TextRun[] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const m = multiply(vt, item.transform);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    const vertical = item.vertical;
    // Kangxi radicals (⽣ for 生) and vertical forms (︵) are the font's code points, not the
    // text: folded before any line or cell logic compares or counts characters.
    const text = foldLookalikes(item.str);
    if (vertical) {
      // pdf.js gives a vertical run's origin at its top and its advance in `height`.
      const x = m[4];
      const top = m[5];
      runs.push({ text, x0: x - size / 2, x1: x + size / 2, top, bottom: top + Math.max(item.height, size), size, vertical, font: item.fontName });
    } else {
      const [x, baseline] = [m[4], m[5]];
      runs.push({ text, x0: x, x1: x + Math.max(item.width, 0), top: baseline - size * 0.88, bottom: baseline + size * 0.12, size, vertical, font: item.fontName });
    }
  }
  const placed = placeInsets(runs);
  const { rules, fills, marks, lostRuns, shown, picture, hiddenText } = timedSync(clock, 'ruling lines and fills from the operator list', () => readDrawing(ops, pdfjs.OPS, vt, viewport.width, viewport.height));
  // (the glyphs first: a space pdf.js opened inside a justified run is gone before the line's tracking is measured)
  shown.markTypedSpaces(placed);
  closeTracking(placed);
  markStackedCharacters(placed);
  markDrawnApart(placed);
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, runs: placed, rules, fills, marks, lostRuns, ...(picture ? { picture } : {}), ...(hiddenText ? { hiddenText } : {}) };
}

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;
type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;

/** The page's text items as getTextContent would give them, from its operator list (operator-text.ts). */
export async function pageTextItems(page: PDFPageProxy, ops: OperatorList, pdfjs: Pdfjs): Promise<OperatorTextItem[]> {
  const facts = new Map<string, FontFacts>();
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn === pdfjs.OPS.setFont) {
      const name = String((ops.argsArray[i] as unknown[])[0]);
      if (!facts.has(name)) facts.set(name, await fontFacts(page, name));
    } else if (fn === pdfjs.OPS.setGState) {
      for (const [key, value] of ((ops.argsArray[i] as unknown[])[0] ?? []) as [string, unknown][]) {
        if (key === 'Font' && Array.isArray(value) && !facts.has(String(value[0]))) facts.set(String(value[0]), await fontFacts(page, String(value[0])));
      }
    }
  }
  return operatorText(ops, pdfjs.OPS, (name) => facts.get(name), page.view, pdfjs.normalizeUnicode);
}

/** How long to wait for a font pdf.js has named but not yet handed over (it always does, within a tick). */
const FONT_WAIT_MS = 2000;

async function fontFacts(page: PDFPageProxy, name: string): Promise<FontFacts> {
  const objs = page.commonObjs;
  const data = objs.has(name)
    ? objs.get(name)
    : await Promise.race([new Promise((resolve) => objs.get(name, resolve)), new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS, null))]);
  const font = (data ?? {}) as { vertical?: boolean; fontMatrix?: number[]; isType3Font?: boolean; bbox?: number[] };
  return { vertical: font.vertical === true, fontMatrix: font.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0], isType3Font: font.isType3Font === true, bbox: font.bbox ?? null };
}

const CJK = /^[\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\uFE10-\uFE4F]+$/u;

/**
 * Vertical writing set one character per run with a horizontal font (the 官報's Identity-V text
 * as pdf.js reports it; one-character-per-line labels in Excel cells): a CJK character with
 * another one right above or below it, at the same x, is part of a vertical column.
 */
export function markStackedCharacters(runs: TextRun[]): void {
  // A character with a neighbour on its own line is horizontal text (Writer emits many runs of one character).
  const byRow = new Map<number, TextRun[]>();
  for (const r of runs) {
    const k = Math.round(r.top / 2);
    const row = byRow.get(k);
    if (row) row.push(r);
    else byRow.set(k, [r]);
  }
  const hasRowNeighbour = (r: TextRun, reach = 0.25) =>
    [-1, 0, 1].some((d) => (byRow.get(Math.round(r.top / 2) + d) ?? []).some((o) => o !== r && Math.abs(o.top - r.top) < r.size * 0.3 && ((o.x0 - r.x1 > -r.size * 0.25 && o.x0 - r.x1 < r.size * reach) || Math.abs(r.x0 - o.x1) < r.size * 0.25)));
  // (a list's 中黒 with its item's text after it a little further is no vertical text: 刈谷's ・ トイレ改修箇所数 /
  // ・ ベンチ更新基数, the marks 0.26 em before their text in Noto Serif 10.5 pt landscape by Chromium without rules,
  // had read as one run ・・ over two items run together. Not a 中黒 between two characters of a vertical column,
  // the next column's characters as near: the 官報's 一・五メートル)
  // (asked of many characters: the page's single characters in order across, each asked only of those near its x)
  const characters = runs.filter((o) => oneCharacter(o.text) && CJK.test(o.text) && !/^[・･]$/u.test(o.text)).sort((a, b) => a.x0 - b.x0);
  const at = (r: TextRun, dy: number) => {
    for (let i = firstFrom(characters, r.x0 - r.size * 0.2 - 1); i < characters.length && characters[i]!.x0 <= r.x0 + r.size * 0.2 + 1; i++) {
      const o = characters[i]!;
      if (o !== r && Math.abs(o.x0 - r.x0) < r.size * 0.2 && (o.top - r.top) * Math.sign(dy) >= r.size * 0.7 && (o.top - r.top) * Math.sign(dy) <= r.size * 1.8) return true;
    }
    return false;
  };
  const listMark = (r: TextRun) => /^[・･]$/u.test(r.text) && hasRowNeighbour(r, 0.6) && !(at(r, -1) && at(r, 1));
  const singles = runs.filter((r) => !r.vertical && oneCharacter(r.text) && CJK.test(r.text) && !hasRowNeighbour(r) && !listMark(r));
  const byColumn = new Map<number, TextRun[]>();
  for (const r of singles) {
    const k = Math.round(r.x0);
    const col = byColumn.get(k);
    if (col) col.push(r);
    else byColumn.set(k, [r]);
  }
  // (characters are read the way they stand closest: one with a character of its size beside it, nearer
  // than the one under or over it and within half an em, is a word's, spaced — 部長目標's 総 務 / 部, the
  // department's name set with spaces and wrapped in a narrow cell, 総 0.27 em from 務 and 0.68 em over 部;
  // Noto Sans CJK 12 pt on letter by Chromium without rules, the 233rd: read as a stack, 総 and 部 had left
  // the table and the department its goals. Vertical text stands closer down its column than across; and a
  // character beside with others over or under it is a column's too — the 官報's 前, 0.32 em from 削 in the
  // next column and 0.5 em under は)
  // (asked of a character once: `at` scans the page's runs)
  const gaps = new Map<TextRun, number>();
  const besideGap = (r: TextRun) => {
    const known = gaps.get(r);
    if (known !== undefined) return known;
    let gap = Infinity;
    for (const d of [-1, 0, 1]) {
      for (const o of byRow.get(Math.round(r.top / 2) + d) ?? []) {
        if (o === r || Math.abs(o.top - r.top) >= r.size * 0.3 || Math.abs(o.size - r.size) > r.size * 0.05 || !CJK.test(o.text) || at(o, -1) || at(o, 1)) continue;
        const g = o.x0 >= r.x1 - r.size * 0.25 ? o.x0 - r.x1 : r.x0 - o.x1;
        if (g > -r.size * 0.25) gap = Math.min(gap, Math.max(0, g));
      }
    }
    gaps.set(r, gap);
    return gap;
  };
  const spacedWord = (r: TextRun, o: TextRun) => {
    const under = Math.abs(o.top - r.top) - r.size;
    return [r, o].some((x) => {
      const g = besideGap(x);
      return g < x.size * 0.5 && g < under;
    });
  };
  const stacked = new Set<TextRun>();
  for (const r of singles) {
    const k = Math.round(r.x0);
    const near = [k - 1, k, k + 1].flatMap((key) => byColumn.get(key) ?? []);
    for (const o of near) {
      const d = Math.abs(o.top - r.top);
      if (o !== r && Math.abs(o.x0 - r.x0) < r.size * 0.2 && d >= r.size * 0.7 && d <= r.size * 1.8 && !spacedWord(r, o)) {
        stacked.add(r);
        stacked.add(o);
      }
    }
  }
  const columns = stackColumns(stacked);
  // (each with the head set out of line over it, as the loop below finds it)
  const headed = columns.map((c) => {
    const head = outdentedHead(c, singles, stacked);
    return head ? [head, ...c] : c;
  });
  const heads = new Set(headed.filter((c, k) => c !== columns[k]).map((c) => c[0]!));
  // (and a character alone on its line right of a stack's first, the last line's only one beside it: 総 務 / 部)
  const lines = linesOfNarrowCell(headed, singles.filter((r) => !stacked.has(r) && !heads.has(r)));
  for (const [k, column] of columns.entries()) {
    if (lines.has(headed[k]!)) continue;
    if (wrapsFromAbove(column, runs, stacked)) {
      overhangs(column, runs);
      continue;
    }
    const head = outdentedHead(column, singles, stacked);
    // the head stands where the column reads, so that it is read as the column's first character
    if (head) Object.assign(head, { x0: column[0]!.x0, x1: column[0]!.x1 });
    for (const r of head ? [head, ...column] : column) r.vertical = true;
  }
}

/**
 * A label wrapped a character a line in a cell too narrow for one: the producer sets the character
 * out over the cell's side, its box reaching a hair into the next cell, where that cell's lines
 * start (部長目標's 環 / 境 / 部 under 市民 in 16.4 pt, each ending 1.3 pt past where 市民環境部長 and
 * 木村西 start, 4.3 pt in an outer frame; Noto Serif CJK 13 pt on B5 portrait by LibreOffice without
 * padding, the 174th). Its ink stops short of them: the box is cut back to just before that start,
 * so that no gap between the cells is closed by it.
 */
function overhangs(column: TextRun[], runs: TextRun[]): void {
  const top = column[0]!.top - column[0]!.size * 2;
  const bottom = column.at(-1)!.bottom + column[0]!.size * 2;
  const starts = runs.filter((r) => !column.includes(r) && !r.vertical && r.top < bottom && r.bottom > top).map((r) => r.x0);
  for (const c of column) {
    const x = Math.min(...starts.filter((s) => s > c.x0 + c.size * 0.5 && s < c.x1));
    if (Number.isFinite(x)) c.x1 = x - 0.1;
  }
}

/**
 * The first character of a stacked label set out of line with the rest, a hanging indent's first
 * line (部長目標's 政 / 策 / 経 / 営 / 部 by Chromium in IPAex Gothic 16 pt on B5, 政 0.6 em left of
 * the column under it): one more character alone on its line, of the column's size, at its pitch
 * above it, and over part of it.
 */
function outdentedHead(column: TextRun[], singles: TextRun[], stacked: Set<TextRun>): TextRun | undefined {
  if (column.length < 2) return undefined;
  const [first, second] = [column[0]!, column[1]!];
  const pitch = second.top - first.top;
  return singles.find((r) => !stacked.has(r) && Math.abs(r.size - first.size) <= first.size * 0.1 && Math.abs(first.top - r.top - pitch) <= first.size * 0.25 && r.x1 > first.x0 + first.size * 0.2 && r.x0 < first.x1 - first.size * 0.2);
}

/** Characters this far apart down a column (ems, top to top) or closer are set solid, as vertical writing sets them. */
const SOLID_EM = 1.15;

/**
 * Stacks side by side that are the lines of a narrow cell, a character a run: their characters level across the stacks,
 * each stack right of another as long as it or shorter, one shorter at least — lines filled left to right, the last one
 * short at the left. Vertical writing fills its columns from the right, so its first (rightmost) column is never the
 * shorter. 部長目標's 政策経営部 justified in a cell two characters wide, 政 策 / 経 営 / 部, by Chromium in BIZ UDPGothic
 * 11.5 pt (the 237th): read as two columns, 策営 and 政経部, the department was 政経部.
 */
function linesOfNarrowCell(stacks: readonly TextRun[][], alone: readonly TextRun[]): Set<TextRun[]> {
  const columns = [...stacks, ...alone.map((r) => [r])];
  const out = new Set<TextRun[]>();
  const level = (a: TextRun, b: TextRun) => Math.abs(a.top - b.top) < a.size * 0.2 && Math.abs(a.size - b.size) < a.size * 0.05;
  for (const left of stacks) {
    if (out.has(left)) continue;
    const group = [left];
    for (;;) {
      const last = group.at(-1)!;
      // (the next stack right: its first character level with this one's, a character's width or two on from the stack's
      // right side — not from its first character's, which may stand out left of the rest: 部長目標's 政 策 / 経 営 / 部
      // justified in IPAMincho 9 pt on B5 at 1.2 as a Writer document, the 301st, 政 7.2 pt left of 経 and 部, 策 17.4 pt
      // right of it: read as two columns, the department was 策営政経部)
      const right = Math.max(...last.map((r) => r.x1));
      const next = columns.find((c) => !group.includes(c) && level(c[0]!, last[0]!) && c[0]!.x0 > right && c[0]!.x0 - right < last[0]!.size * 1.5);
      if (!next) break;
      group.push(next);
    }
    // (a cell's few lines, nothing of the kind beside it: the 官報's vertical columns stand level in a run of many, each
    // paragraph's last column shorter than the next paragraph's first)
    const beside = (c: TextRun[]) => columns.some((o) => o !== c && !group.includes(o) && level(o[0]!, c[0]!) && Math.abs(o[0]!.x0 - c[0]!.x0) < c[0]!.size * 3);
    if (group.length < 2 || group.length > 3 || beside(group[0]!) || beside(group.at(-1)!)) continue;
    // (and lines apart, not set solid: vertical writing sets its characters an em apart down a column — the 官報's
    // cells side by side, 七十歳以上の者 beside 児童及び幼児, 8 pt apart in 8 pt)
    if (group[0]![1]!.top - group[0]![0]!.top < group[0]![0]!.size * SOLID_EM) continue;
    const rowsLevel = group.every((c, k) => k === 0 || (c.length <= group[k - 1]!.length && c.every((r, i) => level(r, group[0]![i]!))));
    if (rowsLevel && group.at(-1)!.length < group[0]!.length) for (const c of group) out.add(c);
  }
  return out;
}

/** Stacked characters by column, each column top to bottom. */
function stackColumns(stacked: Set<TextRun>): TextRun[][] {
  const columns: TextRun[][] = [];
  for (const r of [...stacked].sort((a, b) => a.top - b.top)) {
    const col = columns.find((c) => Math.abs(c[0]!.x0 - r.x0) < r.size * 0.2 && r.top - c.at(-1)!.bottom < r.size * 1.2);
    if (col) col.push(r);
    else columns.push([r]);
  }
  return columns;
}

/**
 * The last lines of a horizontal label wrapped in a narrow cell, one character each (部長目標's
 * 市民環 / 境 / 部 set at 15 pt in a cell three characters wide, 12 pt print): the line above the
 * stack is horizontal text of the same size, over the stack and as far above it as the stack's
 * own lines are apart.
 */
function wrapsFromAbove(column: TextRun[], runs: TextRun[], stacked: Set<TextRun>): boolean {
  const first = column[0]!;
  const pitch = column.length > 1 ? column[1]!.top - first.top : first.size * 1.5;
  const centre = (first.x0 + first.x1) / 2;
  const above = runs.filter((r) => !stacked.has(r) && !r.vertical && Math.abs(r.size - first.size) <= first.size * 0.1 && Math.abs(first.top - r.top - pitch) <= first.size * 0.25);
  if (above.length === 0) return false;
  const x0 = Math.min(...above.map((r) => r.x0));
  const x1 = Math.max(...above.map((r) => r.x1));
  // (or over the stack's left part where the label hangs its first line: 部長目標's 市民 / 環 / 境 / 部 by
  // Chromium in IPAex Gothic 16 pt on B5, 市民 set 0.6 em left of the lines under it, ending at 環's centre)
  return x0 <= centre && x1 >= Math.min(centre, first.x0 + first.size * 0.25) && above.reduce((n, r) => n + [...r.text].length, 0) >= 2;
}

/**
 * Ruling lines from the page's drawing operators. Producers draw table borders as stroked lines
 * (LibreOffice) or as thin filled rectangles (Chromium/Skia); shaded cells as filled rectangles
 * whose edges are borders too.
 */
function readDrawing(ops: OperatorList, OPS: Pdfjs['OPS'], viewportTransform: Matrix, width: number, height: number) {
  const rules: Rule[] = [];
  const fills: Fill[] = [];
  let marks = 0;
  // Text drawn in a font pdf.js could not load shows no glyphs at all: that text is lost.
  let lostRuns = 0;
  const shown = new ShownGlyphs();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fillWhite = false;
  // text shown in render mode 3 or 7 paints nothing: an OCR program's layer over a scan
  let textMode = 0;
  let [hiddenShows, visibleShows] = [0, 0];
  const stack: { ctm: Matrix; fillWhite: boolean; textMode: number }[] = [];
  // area painted at each resolution: a scanner may write a page as strips, one image each
  const pictures = new Map<number, number>();
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask, OPS.shadingFill]);
  const { save, restore, transform, setFillRGBColor, setFillGray, showText, showSpacedText, constructPath } = OPS;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === save) stack.push({ ctm, fillWhite, textMode });
    else if (fn === restore) ({ ctm, fillWhite, textMode } = stack.pop() ?? { ctm, fillWhite, textMode });
    else if (fn === OPS.setTextRenderingMode && args) textMode = Number(args[0]);
    else if (fn === transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === setFillRGBColor && args) fillWhite = String(args[0]).toLowerCase() === '#ffffff';
    else if (fn === setFillGray && args) fillWhite = Number(args[0]) >= 0.99;
    else if ((fn === showText || fn === showSpacedText) && args && Array.isArray(args[0])) {
      if ((args[0] as unknown[]).length === 0) lostRuns++;
      else shown.add(args[0] as unknown[]);
      if (textMode === 3 || textMode === 7) hiddenShows++;
      else visibleShows++;
    }
    else if (imageOps.has(fn)) {
      marks++;
      const seen = pictureOf(fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject ? args : null, multiply(viewportTransform, ctm));
      if (seen) pictures.set(seen.dpi, (pictures.get(seen.dpi) ?? 0) + seen.share);
    } else if (fn === constructPath && args) {
      const paint = args[0] as number;
      const raw = args[1];
      const data = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | undefined;
      if (!data || !(strokeOps.has(paint) || fillOps.has(paint))) continue;
      const full = multiply(viewportTransform, ctm);
      const subpaths = pathPoints(data, full);
      if (fillOps.has(paint) && !fillWhite) marks++;
      for (const pts of subpaths) {
        if (strokeOps.has(paint)) strokeRules(pts, rules);
        if (fillOps.has(paint) && !fillWhite) fillRules(pts, rules, fills, width, height);
      }
    }
  }
  const [dpi, area] = [...pictures].reduce<[number, number]>((best, seen) => (seen[1] > best[1] ? seen : best), [0, 0]);
  const picture: PagePicture | undefined = area > 0 ? { dpi, share: area / (width * height) } : undefined;
  return { rules, fills, marks, lostRuns, shown, picture, hiddenText: hiddenShows > 0 && visibleShows === 0 };
}

/**
 * An image's resolution on the page and its area there (square points): pdf.js gives an XObject's
 * size in pixels as `[id, width, height]`, an inline image's and a mask's with its data; the image
 * fills the unit square the matrix maps.
 */
function pictureOf(args: unknown[] | null, m: Matrix): PagePicture | null {
  const inline = args?.[0] as { width?: unknown; height?: unknown } | undefined;
  const [w, h] = typeof args?.[1] === 'number' ? [args[1], args[2]] : [inline?.width, inline?.height];
  const across = Math.hypot(m[0], m[1]);
  const down = Math.hypot(m[2], m[3]);
  if (typeof w !== 'number' || typeof h !== 'number' || !(across > 0) || !(down > 0)) return null;
  return { dpi: Math.round(Math.sqrt(((w * 72) / across) * ((h * 72) / down))), share: across * down };
}

const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;

/** Path data as subpaths of device points; curves mark a subpath as non-rectilinear (NaN point). */
function pathPoints(data: ArrayLike<number>, m: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === DRAW.moveTo) {
      if (cur.length) out.push(cur);
      cur = [apply(m, data[i + 1]!, data[i + 2]!)];
      i += 3;
    } else if (op === DRAW.lineTo) {
      cur.push(apply(m, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === DRAW.curveTo) {
      cur.push([NaN, NaN]);
      i += 7;
    } else {
      if (cur.length) cur.push(cur[0]!);
      i += 1;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

const THIN = 2.5;
const MIN_RULE = 4;

function strokeRules(pts: [number, number][], rules: Rule[]): void {
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1]!;
    const [bx, by] = pts[i]!;
    if (Number.isNaN(ax) || Number.isNaN(bx)) continue;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULE) rules.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2 });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULE) rules.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

function fillRules(pts: [number, number][], rules: Rule[], fills: Fill[], width: number, height: number): void {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [x, y] of pts) {
    if (Number.isNaN(x)) return;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  // Only axis-aligned rectangles: every point on the bounding box's corners.
  if (!pts.every(([x, y]) => (Math.abs(x - x0) < 0.5 || Math.abs(x - x1) < 0.5) && (Math.abs(y - y0) < 0.5 || Math.abs(y - y1) < 0.5))) return;
  const w = x1 - x0, h = y1 - y0;
  if (h <= THIN && w >= MIN_RULE) rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (w <= THIN && h >= MIN_RULE) rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
  else if (w > THIN && h > THIN && w * h < width * height * 0.8) fills.push({ x0, x1, top: y0, bottom: y1 });
}

/** Whether a text is one character (a code point: a surrogate pair is one), without spreading it into an array. */
function oneCharacter(t: string): boolean {
  if (t.length === 1) return true;
  if (t.length !== 2) return false;
  const c = t.charCodeAt(0);
  const d = t.charCodeAt(1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

/** The index of the first run, in runs in order across, that starts at x or right of it. */
function firstFrom(runs: readonly TextRun[], x: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (runs[m]!.x0 < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}
