import { UnreadableInputError, type SourceNote } from '../source-text.js';
import { BAND, findFurniture, type PageFrame } from './furniture.js';
import { pageBlocks, type PdfBlock, type PdfCell } from './page-blocks.js';
import { ENDS_SENTENCE, type FigureCounts, inlineSeparator, midDotWrapped, noRoomForMidDot, OPEN_PHRASE_END, opensBracket, type Paragraph, paragraphs as paragraphsOf, type PdfLine, quoted, settleSmallKana, SMALL_KANA_EVIDENCE, solidWidth, STARTS_ITEM, throughTypedBreaks, typedStubs } from './text-lines.js';
import { pageProblem, suspectCharacters } from './page-health.js';
import { readPages } from './threaded-pages.js';
import { type PhaseClock, timed, timedSync } from '../../phase-clock.js';
import { STREAM_LIMIT_BYTES } from './stream-guard.js';
import type { Table } from './tables.js';
import { type BrokenGrid, type CentringSeen, centredThroughout, centringSeen, type TableTrace } from './text-columns.js';
import { ITEM_NUMBER_CELL } from './text-columns.js';
import { itemNumber } from './text-columns/lines.js';
import type { PageContent, PagePicture } from './page-content.js';
import type { OcrUnavailable, PageReader } from '../ocr/ocr-page.js';
import { DEPARTMENT_NAME_END, isColumnHeading, isUnitName, labelRole, ORG_UNIT_END } from '../../vocabulary/index.js';
import { eraYearOf } from '../../vocabulary/era-year.js';
import { parallelAcross, partParallelItems } from './parallel-items.js';

/** A PDF's text as blocks in reading order, running headers dropped, tables joined across pages. */
export interface PdfText {
  pages: number;
  blocks: PdfBlock[];
  /** Table → the id of the table it continues (tables split by a page break share one id). */
  tableIds: Map<Table, number>;
  notes: SourceNote[];
  /**
   * What names the document when its body does not: the PDF's Title, else the first running
   * header of page 1 (京都: 令和５年度新規・充実事業の取組状況と…反映状況について).
   */
  titleHint: string | null;
  /** Every table found, page by page, with where its columns and rows came from (--trace). */
  tables: TableTrace[];
  /** The pages read by OCR, each with Tesseract's mean confidence (0–1). */
  ocrPages: Map<number, number>;
  /** The running headers, footers and page numbers taken out of the text, where they stood. */
  furniture: FurnitureLine[];
}

export interface FurnitureLine {
  page: number;
  text: string;
  /** 'page number' or 'running header/footer'. */
  why: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface ReadPdfOptions {
  /** Called after each page, for progress reporting. */
  onPage?: (page: number, pages: number) => void;
  /** Where the time goes (npm run bench): each phase's milliseconds, added up over the pages. */
  clock?: PhaseClock;
  /**
   * Which pages are read from their picture by Tesseract: `auto` (the default) those without a
   * text layer, when Tesseract is installed; `always` every page, its text layer ignored; `never` none.
   */
  ocr?: OcrMode;
  /** Given each page as read (text runs, rules, fills; OCR's words for a page read by OCR): `inspect`. */
  onPageContent?: (content: PageContent) => void;
}

export const OCR_MODES = ['auto', 'never', 'always'] as const;
export type OcrMode = (typeof OCR_MODES)[number];

export async function readPdf(path: string, bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  const pages = readPages(path, bytes, options.clock);
  const first = await pages.next();
  // (pdf.js gives the document before its pages, or fails)
  if (first.done || first.value.kind !== 'opened') {
    await pages.return(undefined);
    throw new UnreadableInputError(path, 'extract/pdf-unreadable', 'the PDF could not be opened');
  }
  const { pages: pageCount, metaTitle } = first.value;
  const notes: SourceNote[] = [];
  const frames: PageFrame[] = [];
  // how figures are set after words, counted over the pages read so far (see pageStyle)
  const figuresSeen: FigureCounts = { spaced: 0, joined: 0 };
  const centring: CentringSeen = centringSeen();
  const shortPages = new Map<number, PageContent>();
  const noText: number[] = [];
  const tables: TableTrace[] = [];
  const ocrMode = options.ocr ?? 'auto';
  const ocrPages = new Map<number, number>();
  // opened at the first page that needs it: a document with a text layer never loads the OCR code
  let ocr: Promise<{ ok: true; reader: PageReader } | OcrUnavailable> | null = null;
  // why OCR cannot run here (no Tesseract, nothing to paint pages with), once it was needed
  let ocrMissing: string | null = null;
  const ocrFailed = new Set<number>();
  /** The page read from its picture; null when OCR is unavailable or failed (said in a note). */
  const readByOcr = (n: number, width: number, height: number, picture: PagePicture | undefined): Promise<PageContent | null> =>
    timed(options.clock, 'OCR (render, Tesseract)', async () => {
      try {
        ocr ??= import('../ocr/ocr-page.js').then((m) => m.openPageReader(bytes));
        const opened = await ocr;
        if (!opened.ok) {
          ocrMissing = opened.why;
          return null;
        }
        const read = await opened.reader.read(n, width, height, picture);
        ocrPages.set(n, read.confidence);
        notes.push({ level: 'info', code: 'pdf/ocr', message: `page ${n}: read by OCR (painted by ${read.renderer} at ${read.dpi} dpi${read.resized ? `, its picture's own resolution: the PDF sized the page ${Math.round(width)} × ${Math.round(height)} pt, which no paper is, so it is measured as a 300 dpi scan` : ''}${read.skew !== 0 ? `, turned ${read.skew.toFixed(2)}° to stand square` : ''}, Tesseract jpn): mean confidence ${read.confidence.toFixed(2)}`, line: null, page: n });
        return read.content;
      } catch (e) {
        ocrFailed.add(n);
        notes.push({ level: 'error', code: 'pdf/ocr-failed', message: `page ${n}: reading its picture failed: ${(e as Error).message}`, line: null, page: n });
        return null;
      }
    });
  try {
    for await (const event of pages) {
      if (event.kind !== 'page') continue;
      const n = event.n;
      if (event.tooLarge) {
        notes.push({ level: 'error', code: 'pdf/too-large', message: `page ${n}: its content stream inflates past ${STREAM_LIMIT_BYTES / 2 ** 20} MiB (a flate bomb, or no page of a plan): not read`, line: null, page: n });
        continue;
      }
      // (without Tesseract, --ocr always reads the text layers it has, and says why in one note)
      const byOcr = ocrMode === 'always' && !ocrMissing && event.width !== null && event.height !== null ? await readByOcr(n, event.width, event.height, event.content?.picture) : null;
      let content = byOcr ?? event.content;
      if (!content) {
        notes.push({ level: 'error', code: 'pdf/page-unreadable', message: `page ${n} could not be read: ${event.error}`, line: null, page: n });
        continue;
      }
      if (content.lostRuns > 0) {
        notes.push({
          level: 'error',
          code: 'pdf/font-not-decodable',
          message: `page ${n}: ${content.lostRuns} run(s) of text are drawn in a font whose encoding pdf.js cannot decode (a non-embedded font with a predefined CMap): that text is missing`,
          line: null,
          page: n,
        });
      }
      const problem = ocrPages.has(n) ? null : pageProblem(content);
      if (problem?.kind === 'no-text') {
        const read = ocrMode === 'auto' && !ocrMissing ? await readByOcr(n, content.width, content.height, content.picture) : null;
        if (read) content = read;
        // (a page whose OCR failed has its own error)
        else if (!ocrFailed.has(n)) noText.push(n);
      } else if (problem?.kind === 'ocr-layer') {
        // The layer is another program's reading, set as it guessed the lines, and the tables' rules
        // are only in the scan (tesseract's own searchable PDF of 部長目標's scan: record F1 0.000
        // read from its layer, 0.969 read again here); --ocr never keeps the layer.
        const read = ocrMode === 'auto' && !ocrMissing ? await readByOcr(n, content.width, content.height, content.picture) : null;
        if (read) content = read;
        notes.push({
          level: 'info',
          code: 'pdf/ocr-layer',
          message: `page ${n}: its text is an invisible layer over a scan (another program's OCR): ${read ? 'the scan was read by OCR instead' : ocrMode === 'never' ? 'read as given (--ocr never)' : `read as given${ocrMissing ? ` (${ocrMissing})` : ''}`}`,
          line: null,
          page: n,
        });
      } else if (problem?.kind === 'garbled') {
        notes.push({
          level: 'error',
          code: 'pdf/garbled-text',
          message: `page ${n}: ${Math.round(problem.share * 100)}% of the text layer decodes to private-use or control characters (${JSON.stringify(problem.sample)}…): the font has no usable Unicode mapping; the page needs OCR`,
          line: null,
          page: n,
        });
        continue;
      }
      options.onPageContent?.(content);
      const before = frames.at(-1);
      const carried = before?.page === n - 1 ? brokenGrid(before, tables) : null;
      frames.push({ page: n, height: content.height, blocks: timedSync(options.clock, 'our geometry (tables, columns, paragraphs)', () => pageBlocks(content, figuresSeen, tables, carried, centring)) });
      keepIfShort(centring, shortPages, content);
      options.onPage?.(n, pageCount);
    }
  } finally {
    // the temporary folder of the painted pages
    await (ocr as Promise<{ ok: true; reader: PageReader } | OcrUnavailable> | null)?.then((o) => (o.ok ? o.reader.close() : undefined), () => undefined);
  }
  if (ocrMode === 'always' && ocrMissing) {
    notes.push({ level: 'warning', code: 'pdf/ocr-unavailable', message: `--ocr always: ${ocrMissing}; the pages were read from their text layer`, line: null, page: 1 });
  }
  if (noText.length > 0) {
    const all = frames.every((f) => f.blocks.length === 0);
    notes.push({
      level: 'error',
      code: 'pdf/no-text-layer',
      message: `${all ? 'no page has a' : `page${noText.length > 1 ? 's' : ''} ${pageList(noText)} ${noText.length > 1 ? 'have' : 'has'} no`} text layer: ${noText.length > 1 ? 'they draw' : 'it draws'} content (a scan, or text as outlines) that cannot be read without OCR${ocrMissing ? `; ${ocrMissing}` : ''}`,
      line: null,
      page: noText[0]!,
    });
  }
  timedSync(options.clock, 'our geometry (tables, columns, paragraphs)', () => readAgainCentred(frames, shortPages, figuresSeen, tables, centring));
  return finishPages(frames, { pageCount, metaTitle, notes, tables, ocrPages, figuresSeen, clock: options.clock });
}

/** Pages kept to be read again (readAgainCentred): at most this many, the first the document gives. */
const SHORT_PAGES_KEPT = 64;

/** The page just read, kept where its cells' vote fell short by itself (see topAligned). */
function keepIfShort(centring: CentringSeen, short: Map<number, PageContent>, content: PageContent): void {
  if (centring.short && short.size < SHORT_PAGES_KEPT) short.set(content.page, content);
}

/**
 * The pages whose own vote for cells set in the middle of their rows fell short, read again where the whole
 * document shows them so (centredThroughout): a document is set one way throughout. Their traces are replaced
 * in place; the figures' habit is not counted twice.
 */
function readAgainCentred(frames: PageFrame[], short: ReadonlyMap<number, PageContent>, figuresSeen: FigureCounts, tables: TableTrace[], centring: CentringSeen): void {
  if (short.size === 0 || !centredThroughout(centring)) return;
  centring.throughout = true;
  for (const [n, content] of short) {
    const i = frames.findIndex((f) => f.page === n);
    if (i < 0) continue;
    const before = frames[i - 1];
    const carried = before?.page === n - 1 ? brokenGrid(before, tables) : null;
    const traces: TableTrace[] = [];
    const figures: FigureCounts = { ...figuresSeen, after: new Map([...(figuresSeen.after ?? [])].map(([k, v]) => [k, [...v] as [number, number]])) };
    frames[i] = { page: n, height: content.height, blocks: pageBlocks(content, figures, traces, carried, centring) };
    const old = tables.filter((t) => t.page === n);
    const at = old.length > 0 ? tables.indexOf(old[0]!) : tables.findIndex((t) => t.page > n);
    for (const t of old) tables.splice(tables.indexOf(t), 1);
    tables.splice(at < 0 ? tables.length : at, 0, ...traces);
  }
}

/**
 * Pages already read as text runs (a text laid out by spaces, extract/laid-out-text.ts): the same
 * geometry as a PDF's pages, without pdf.js.
 */
export function readPageContents(contents: readonly PageContent[], clock?: PhaseClock): PdfText {
  const frames: PageFrame[] = [];
  const figuresSeen: FigureCounts = { spaced: 0, joined: 0 };
  const centring: CentringSeen = centringSeen();
  const shortPages = new Map<number, PageContent>();
  const tables: TableTrace[] = [];
  for (const content of contents) {
    const before = frames.at(-1);
    const carried = before?.page === content.page - 1 ? brokenGrid(before, tables) : null;
    frames.push({ page: content.page, height: content.height, blocks: pageBlocks(content, figuresSeen, tables, carried, centring) });
    keepIfShort(centring, shortPages, content);
  }
  readAgainCentred(frames, shortPages, figuresSeen, tables, centring);
  return finishPages(frames, { pageCount: contents.length, metaTitle: null, notes: [], tables, ocrPages: new Map(), figuresSeen, clock, laidOut: new Set(contents.filter((c) => c.laidOut).map((c) => c.page)) });
}

/** What the pages read give together: running text dropped (and said), tables joined across pages. */
function finishPages(frames: PageFrame[], ctx: { pageCount: number; metaTitle: unknown; notes: SourceNote[]; tables: TableTrace[]; ocrPages: Map<number, number>; figuresSeen: FigureCounts; clock: PhaseClock | undefined; laidOut?: ReadonlySet<number> }): PdfText {
  const { pageCount, metaTitle, notes, tables, ocrPages, figuresSeen, clock, laidOut } = ctx;
  settleSmallKanaJoins(frames, figuresSeen);
  const furniture = timedSync(clock, 'running text, tables joined across pages', () => findFurniture(frames, new Set(ocrPages.keys()), laidOut));
  // Nothing is dropped silently: one note per repeated text, quoting its first occurrence.
  const dropped = new Map<string, { what: string; text: string; pages: number[] }>();
  for (const [block, why] of furniture.dropped) {
    if (block.kind !== 'text') continue;
    const key = `${why}: ${block.line.text.replace(/[0-9０-９]+/g, 'N')}`;
    const entry = dropped.get(key) ?? { what: why, text: quoted(block.line.text), pages: [] };
    entry.pages.push(block.page);
    dropped.set(key, entry);
  }
  for (const { what, text, pages } of dropped.values()) {
    const where = `page${pages.length > 1 ? 's' : ''} ${pageList(pages)}`;
    notes.push({ level: 'info', code: 'pdf/running-text-dropped', message: `dropped the ${what} 「${text}」 (${where})`, line: null, page: pages[0]! });
  }
  const blocks = frames.flatMap((f) => f.blocks.filter((b) => !furniture.dropped.has(b)));
  for (const b of blocks) {
    const text = b.kind === 'text' ? b.line.text : b.cells.map((c) => c.lines.map((l) => l.text).join('')).join('');
    const odd = suspectCharacters(text);
    if (odd.length > 0) {
      notes.push({ level: 'warning', code: 'pdf/suspect-characters', message: `page ${b.page}: ${odd.length} character(s) that the font's encoding probably mis-decoded (${JSON.stringify(quoted(text.slice(0, 30)))})`, line: null, page: b.page });
    }
  }
  const header = [...furniture.dropped].find(([b, why]) => why === 'running header/footer' && b.page === 1 && b.kind === 'text' && b.top < (frames[0]?.height ?? 0) * 0.1);
  const headerText = header && header[0].kind === 'text' ? header[0].line.text.trim() : null;
  const titleHint = typeof metaTitle === 'string' && metaTitle.trim().length >= 4 ? metaTitle.trim() : headerText && headerText.length >= 8 ? headerText : null;
  const furnitureLines: FurnitureLine[] = [];
  for (const [b, why] of furniture.dropped) if (b.kind === 'text') furnitureLines.push({ page: b.page, text: b.line.text, why, x0: b.line.x0, x1: b.line.x1, top: b.top, bottom: b.bottom });
  const joined = timedSync(clock, 'running text, tables joined across pages', () => joinPages(frames, furniture.dropped));
  settleTypedBreaks(joined.blocks);
  return { pages: pageCount, blocks: joined.blocks, tableIds: joined.tableIds, notes, titleHint, tables, ocrPages, furniture: furnitureLines };
}

/**
 * The table a page ends with, nothing but its foot band under it: a table the page broke, whose grid
 * the next page's first table may go on in. None where text follows it, nor where the page drew
 * every inner border: the next page draws them too (京都's sheets, whose page 2 opens on a header of
 * boxes of its own, No. | 所管局 | 産業観光局). `traces`: the page's tables, where each border came from.
 */
export function brokenGrid(frame: PageFrame, traces: TableTrace[]): BrokenGrid | null {
  const rows = frame.blocks.filter((b) => b.kind === 'row');
  if (rows.length === 0) return null;
  const t = rows.reduce((a, b) => (b.table.bottom > a.table.bottom ? b : a)).table;
  const after = frame.blocks.some((b) => b.kind === 'text' && b.top > t.bottom && b.top < frame.height * (1 - BAND));
  const trace = traces.find((c) => c.page === frame.page && Math.abs(c.bottom - t.bottom) <= 0.1 && Math.abs(c.x0 - t.x0) <= 0.1);
  const drawn = !!trace && trace.columns.slice(1, -1).every((c) => c.from === 'rule');
  if (after || drawn || t.xs.length < 3) return null;
  // (its first row on the page, where each cell is one line: the header a producer repeats)
  // (or a heading or two wrapped in columns too narrow for them, every cell a few characters: the
  // repeat's first line shows each cell's first line — 伊勢崎's 令和6年 / 度 beside 令和2年度 … 令和5年度,
  // IPAex Mincho 12 pt on B5 with horizontal rules: no header known, the rest of the broken row at the
  // next page's head had been read as one cell across the four years)
  const first = rows.find((b) => b.table === t);
  const filled = first?.cells.filter((c) => c.lines.length > 0) ?? [];
  const short = (c: (typeof filled)[number]) => c.lines.length === 1 || (c.lines.length === 2 && c.lines.map((l) => l.text).join('').replace(/\s/gu, '').length <= HEADING_WRAP_CHARS);
  const header = filled.length >= 3 && filled.every(short) && filled.some((c) => c.lines.length === 1) ? filled.map((c) => ({ text: c.lines[0]!.text.replace(/\s/gu, ''), x0: c.lines[0]!.x0 })) : undefined;
  const own = rows.filter((b) => b.table === t);
  const starts = [...new Set(own.flatMap((b) => b.cells.flatMap((c) => c.lines.map((l) => Math.round(l.x0 * 10) / 10))))];
  const last = own.at(-1)!;
  // (a value's cell, past the label column, merged over some of the columns, not across the table: a note's
  // rest reads as lines, see emit; and its lines run across the border: a sliver beside a cell's text is no
  // border of its own either way — 桑名's goals from 176.3 pt in a cell merged over 163.7–458.7, the sliver's
  // border at 171.7; nor a label's, which the next page's label may run across as it did: 桑名's ３．目標達成の
  // ための over 163.7, the page's own grid read its rows)
  const spanned = t.xs.filter((x, k) => last.cells.some((c) => c.col > 0 && c.colSpan < t.xs.length - 1 && k > c.col && k < c.col + c.colSpan && c.lines.some((l) => l.x0 < x - 0.5 && l.x1 > x + 0.5)));
  // (a border only the table's first row stands on, where that row opens with the label of an item's number and the number, is that
  // row's own, not the grid that goes on: a sheet's head row, No. | ④ | 取組項目 | …, set in widths of its own over the
  // sheet's label | value rows — see emit's ownHoles; 伊勢崎 with filled labels by LibreOffice in BIZ UDPMincho 12 pt on
  // B5, the 153rd typography: the next page's part, read against that border too, refused the grid and lost a plan.
  // Not every table's: 桑名's goals read on over a page in the grid its first row showed, LibreOffice, horizontal rules)
  const cellText = (k: number) => (first?.cells[k]?.lines ?? []).map((l) => l.text).join('').replace(/\s/gu, '');
  const numberHead = !!first && labelRole(cellText(0)) === 'number' && ITEM_NUMBER_CELL.test(cellText(1));
  const below = numberHead ? own.filter((b) => b !== first) : [];
  const covered = (b: (typeof own)[number], c: (typeof b.cells)[number]) => b.cells.some((o) => o.col < c.col && o.col + o.colSpan > c.col);
  const used = (k: number) => below.length === 0 || below.some((b) => b.cells.some((c) => !covered(b, c) && (c.col === k || c.col + c.colSpan === k)));
  const xs = t.xs.slice(1, -1).filter((_, k) => used(k + 1));
  // (a side the text alone showed stands where the page's longest line ended: 部長目標's 子ども未来 | 子ども未来部長 | 書かない窓口を
  // 開始します! 達成 at page 4's foot ending at 473.4 pt, the goals at page 5's head up to 485, 部 | 志村明子 beside them —
  // Noto Serif CJK 14 pt on B5 at 1.05 leading by LibreOffice without rules, the 156th: refused that grid, the department and its
  // head's name had been one cell and a goal's record lost)
  const openRight = trace?.columns.at(-1)?.from === 'text-gap';
  // (and past the em, up to the page's text edge: the rows the page broke may all be short — 部長目標's 子ども未来 |
  // 部長 | 書かない窓口を開始します! 達成 ending at 391.9 pt, the panel's goals at the next page's head up to 503 beside 未
  // / 来 / 部 and しむらあきこ / 志村明子, the page's text to 506.6; Noto Sans CJK 12 pt on A4 with 30 mm margins by
  // Chromium without rules, the 204th: refused that grid, the department's label and its head's name had been goals)
  const reach = Math.max(
    t.x1,
    ...frame.blocks.flatMap((b) => (b.kind === 'text' ? [b.line.x1] : b.cells.flatMap((c) => c.lines.map((l) => l.x1)))),
  );
  return { x0: t.x0, x1: t.x1, xs, ...(header ? { header } : {}), ...(spanned.length ? { spanned, starts } : {}), ...(openRight ? { openRight, reach } : {}) };
}

/**
 * Where the document starts lines with small kana, the joins made before it showed so become breaks,
 * in cells and in free text (settleSmallKana). `seen`: the counts over every page read.
 */
export function settleSmallKanaJoins(frames: PageFrame[], seen: FigureCounts): void {
  if ((seen.smallKanaStarts ?? 0) < SMALL_KANA_EVIDENCE) return;
  for (const f of frames) {
    for (const b of f.blocks) {
      if (b.kind === 'text') {
        if (b.pendingEnd) b.paragraphEnd = true;
        continue;
      }
      for (const c of b.cells) if (c.paragraphs.some((p) => p.pending?.length)) c.paragraphs = c.paragraphs.flatMap(settleSmallKana);
    }
  }
}

/** Cells that show the typist's breaks before the document's habit decides the rest: two (桑名's departments each hold several). */
const TYPED_CELLS = 2;
/** A header cell wrapped in two lines is a heading where it holds no more characters than this (令和6年度: 6). */
const HEADING_WRAP_CHARS = 8;
/** A header row's label is short: 目標達成基準, 取組課題と次年度以降の方針 (13). */
const LABEL_HEADING_CHARS = 14;

/**
 * Where cells of the document show the typist's breaks (three stubs or more each, see
 * throughTypedBreaks), a cell with one or two goes on through them too: the same hand typed them
 * (桑名 by LibreOffice in IPAex Gothic 12 pt: `…補助事` / `業の推` / `進。` and `…にぎわい創` / `出事業の
 * 促進。`, two stubs in 都市創造部's goals, beside cells of five and more).
 */
export function settleTypedBreaks(blocks: readonly PdfBlock[]): void {
  const cells = blocks.flatMap((b) => (b.kind === 'row' ? b.cells.filter((c) => c.lines.length > 2) : []));
  const stubs = new Map(cells.map((c) => [c, typedStubs(c.lines, c.wrapEdge)]));
  if ([...stubs.values()].filter((n) => n >= 3).length < TYPED_CELLS) return;
  for (const [c, n] of stubs) if (n > 0 && n < 3) c.paragraphs = throughTypedBreaks(c.paragraphs, c.lines, c.wrapEdge, 1);
}

/**
 * The pages' blocks as the document's: without the running text `dropped`, each table the page
 * broke joined with its part on the next page (the same table id; a row the page broke, one row).
 */
export function joinPages(frames: PageFrame[], dropped: Map<PdfBlock, string> = findFurniture(frames).dropped): { blocks: PdfBlock[]; tableIds: Map<Table, number> } {
  const blocks = frames.flatMap((f) => f.blocks.filter((b) => !dropped.has(b)));
  for (const b of blocks) if (b.kind === 'row') partParallelItems(b);
  const absorbed = new Set<PdfBlock>();
  const opens = new Set<PdfBlock>();
  const tableIds = joinTables(frames, dropped, blocks, absorbed, opens);
  return { blocks: joinTableParts(blocks.filter((b) => !absorbed.has(b)), tableIds, opens), tableIds };
}

export function pageList(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * A table goes on on the next page when the page broke it: its last row is open (no border
 * under it), or the next page starts with a table of the same width whose first row (after a
 * repeated header row) would not have fitted in the space left under it, or only holds the
 * overflow of the last row. A table followed by room for its next row ended there, even if the
 * next page's table has the same columns.
 */
function joinTables(frames: PageFrame[], dropped: Map<PdfBlock, string>, blocks: PdfBlock[], absorbed: Set<PdfBlock>, opens: Set<PdfBlock> = new Set()): Map<Table, number> {
  const ids = new Map<Table, number>();
  let next = 0;
  for (const b of blocks) if (b.kind === 'row' && !ids.has(b.table)) ids.set(b.table, next++);
  const docBottom = Math.max(0, ...blocks.map((b) => b.bottom));
  for (const f of frames) takeFootOverflow(f, dropped, absorbed);
  for (let i = 1; i < frames.length; i++) {
    const prevFrame = frames[i - 1]!;
    const kept = prevFrame.blocks.filter((b) => !dropped.has(b));
    const last = kept.at(-1);
    const footLine = last ? lineOfFoot(last) : null;
    const opened = footLine && frames[i]!.page === prevFrame.page + 1 ? rowOfFoot(footLine, frames[i]!.blocks.find((b) => !dropped.has(b) && !absorbed.has(b))) : null;
    if (opened) {
      // the page's last line is the first line of the row the next page goes on with: its cells
      // take that row's cells where their text starts under them
      prevFrame.blocks[prevFrame.blocks.indexOf(last!)] = opened.row;
      blocks[blocks.indexOf(last!)] = opened.row;
      ids.set(opened.row.table, next++);
      absorbed.add(opened.next);
      continue;
    }
    const brokenHead = last && frames[i]!.page === prevFrame.page + 1 ? rowOfHeadLine(last, kept, frames[i]!.blocks.filter((b) => !dropped.has(b) && !absorbed.has(b))) : null;
    if (brokenHead) {
      prevFrame.blocks[prevFrame.blocks.indexOf(last!)] = brokenHead.row;
      blocks[blocks.indexOf(last!)] = brokenHead.row;
      ids.set(brokenHead.row.table, next++);
      for (const b of brokenHead.taken) absorbed.add(b);
      continue;
    }
    // (or, under the header the next page repeats, a line of wrapped pieces, each the head of one of that row's cells)
    if (last?.kind === 'text' && frames[i]!.page === prevFrame.page + 1 && footGoesOn(last, frames[i]!.blocks.filter((b) => !dropped.has(b) && !absorbed.has(b)))) {
      absorbed.add(last);
      kept.pop();
    }
    const prev = kept.at(-1);
    let nextRows = frames[i]!.blocks.filter((b) => !dropped.has(b) && !absorbed.has(b));
    if (prev?.kind === 'row' && frames[i]!.page === prevFrame.page + 1 && nextRows[0]?.kind === 'text' && restAcrossColumns(prev, nextRows[0], kept)) {
      absorbed.add(nextRows[0]);
      nextRows = nextRows.slice(1);
    }
    let lead = nextRows.findIndex((b) => b.kind === 'row');
    const first = nextRows[lead];
    let headTaken = false;
    const prevFirst = prev?.kind === 'row' ? kept.find((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === prev.table) : undefined;
    // (the header row the page repeats, read as a table of one row over lines in one column of the
    // row the page broke, a table of its own under them: 伊勢崎's 令和2年度 … 令和6年 / 度 over `円 現年度分収納`
    // / `率 98.9% 市税収` / `納率 96.1%`, then 取組達成度; gothic 12 pt, 30 mm, by Chromium without rules)
    const headRow = lead === 0 && first?.kind === 'row' && !!prevFirst && first !== prevFirst && nextRows[1]?.kind === 'text' && nextRows.filter((b) => b.kind === 'row' && b.table === first.table).length === 1 && sameHeadings(first, prevFirst);
    if (prev?.kind === 'row' && (lead !== 0 || headRow) && frames[i]!.page === prevFrame.page + 1) {
      // the lines at a page's head that stand in one column of the row the page broke are that
      // cell's overflow, on a page with no table (部長目標's 誰でも通園制度導入のための調査研究をし / ます!
      // 達成 over a panel read as lines, LibreOffice in 12 pt with horizontal rules) or above one of
      // its own further down (…完全無償化を開始します! 達 / 成 over the rest of the goals, then 基本方針
      // and a 総括 table; BIZ UDPGothic 12 pt landscape, LibreOffice with horizontal rules)
      const column = (b: TextBlock) => headColumnOf(prev.table.xs, b.line);
      // (under the table's header row the page repeats, read as a line: 刈谷's 組織目標 取組内容 課等
      // 目標達成基準 over 荷及び維持管理経費の軽減を図ります。, the rest of ⑤, then the next section's
      // own table; mincho 9 pt landscape by LibreOffice, horizontal rules)
      // — a heading across the columns under those lines, the table not going on; where it goes on, its
      // part aligns by that header below)
      const lines = (from: number) => {
        const out: TextBlock[] = [];
        for (const b of nextRows.slice(from)) {
          if (b.kind !== 'text' || column(b) < 0 || (out.length > 0 && column(b) !== column(out[0]!))) break;
          out.push(b);
        }
        return out;
      };
      const repeated = headRow || (nextRows[0]?.kind === 'text' && !!prevFirst && repeatsHeader(nextRows[0].line, prevFirst, true));
      const under = repeated ? lines(1) : [];
      if (headRow) {
        // the header stays where it is, for the parts to be joined as without those lines
        if (under.length > 0 && brokenCellGoesOn(rowReaching(kept, prev, column(under[0]!)), under, prev.table, true)) {
          for (const t of under) absorbed.add(t);
          nextRows = nextRows.filter((b) => !absorbed.has(b));
        }
      } else {
        // (or nothing under them: the page holds only the rest of the row, the next department starting
        // on a page of its own — 刈谷's ます。 under the header, IPAex Mincho 13 pt by LibreOffice without rules)
        const header = under.length > 0 && nextRows[1 + under.length]?.kind !== 'row' ? nextRows[0] : undefined;
        // (under the header with the table going on below them, the lines are the rest all the same; the header
        // stays, a row the layout knows: 刈谷's の活用を図り、迅 / … / ④高齢者など… / す。 over 業務における法令…)
        const head = header || under.length > 0 ? under : lines(0);
        // Above a table of the page's own, only under a cell of running text, a line of ten ems or more,
        // and not a label the vocabulary knows (京都's Ｎｏ． over the next sheet, under a 取組状況 cell
        // that ends …取組を実施 with no full stop; 富士's エ 昇給 heading a table, under a short 校 長), nor
        // under a line ending on a figure, an entry's amount (世田谷's ・その他の増減分 4,065 over the next
        // table's （単位：千円）)
        // (the cell may be merged down the rows beside it from a row above: 木更津's indicator name
        // …改善意見数（100万閲覧 beside R5 / R6 / R7 at page 17's foot, 数あたり） over page 18's table;
        // IPAex Gothic 12 pt by LibreOffice without rules)
        const broken = head.length > 0 ? rowReaching(kept, prev, column(head[0]!)) : prev;
        const cell = head.length > 0 ? broken.cells.find((c) => c.col === column(head[0]!)) : undefined;
        const end = cell?.lines.at(-1);
        // (or a bracket the page broke, closed by the first line there)
        const bracket = !!cell && opensBracket(cell.paragraphs.at(-1)?.text ?? '') && /^[^（(]*[）)]/u.test(head[0]!.line.text);
        // (nor, with no table on the page, a label the vocabulary knows alone on its line: the next row's,
        // the page's first rule under it — 部長目標's 基本方針 over 子ども、子育て世代… at page 4's head under
        // 子ども未来部長 / 志村明子, IPAex Mincho 12.5 pt, 18 mm, Chromium with horizontal rules)
        const known = head.length > 0 && labelRole(head[0]!.line.text.trim()) !== null;
        // (or the cell's list going on: its next item, see nextItemOf)
        const item = !!cell && nextItemOf(cell, head[0]!.line);
        // (or a phrase the page broke in a narrow column, the next page going on with a particle: 刈谷's ③ 新しい情報技術
        // at page 6's foot, の活用を図り、迅 / … under the header page 7 repeats, dropped as running text; Noto Serif 15 pt
        // on A4 by LibreOffice with horizontal rules — the rest had been lines of their own, the goal lost)
        const particle = !!end && !!cell && ranToEdge(cell, end, prev.table) && !ENDS_SENTENCE.test(end.text) && PARTICLE_START.test(head[0]!.line.text.trim());
        // (or a narrow cell's words cut at its edge, its rest down the next page's head at the x its lines start and no wider:
        // 木更津's note ※広告が表示された / … / くらいク beside R8 | 0.35% at page 24's foot, リックさ / れサイト / … / ク率。, fifteen
        // lines four characters wide over 指標②, and …削減効果額：正338時間×4,156 over 円＝1,404,728円 / …; Noto Sans CJK 15 pt on A4
        // by LibreOffice without rules, the 355th — half the table's width at most: a paragraph of the page's own is wider)
        const narrow = !!cell && (prev.table.xs[cell.col + cell.colSpan] ?? prev.table.x1) - (prev.table.xs[cell.col] ?? prev.table.x0) <= (prev.table.x1 - prev.table.x0) / 2;
        const narrowRest = narrow && !!end && head.length > 0 && ranToEdge(cell, end, prev.table) && !ENDS_SENTENCE.test(end.text) && head.every((t) => Math.abs(t.line.x0 - end.x0) <= 1 && t.line.x1 <= cell.wrapEdge + end.size);
        const prose = !known && (lead < 0 || item || particle || narrowRest || (!!end && (end.x1 - end.x0 >= end.size * 10 || bracket) && !/[0-9０-９]$/.test(end.text.trim())));
        // (the page's every line: its length tells nothing — 部長目標's 教育部, …を進めま / す! 達成 and
        // five goals more, fourteen lines alone on the book's last page; IPAex Gothic 12 pt, 30 mm,
        // LibreOffice with horizontal rules)
        // (nor under the header the page repeats, the table going on after them: the header says the row goes on —
        // 刈谷's ②…災害時の早期復旧 / を図ります。 ③… ④… sixteen lines under it, IPAex Gothic 16 pt on B5 by LibreOffice
        // with horizontal rules)
        const whole = (!header && head.length === nextRows.length) || (repeated && head === under);
        const taken = head.length > 0 && prose && brokenCellGoesOn(broken, head, prev.table, true, whole);
        // (with the header: a heading stands under those lines, so the table does not go on below)
        if (taken) for (const t of header ? [header, ...head] : head) absorbed.add(t);
        if (lead < 0 || (taken && head.length < lead)) continue;
        if (taken) {
          // the lines above the table were all the cell's: the table may go on from the row below them,
          // a row of its own — its lines start under the rest, not beside it (刈谷's ①生活保護受給者に対し…
          // | 生活福祉課 | ・支援者数 40人 under the repeated header and 190人 / ・認知症サポーター養成講座…,
          // the rest of ④'s list; BIZ UDPGothic 11.5 pt on B5 landscape by LibreOffice without rules: ① had
          // been read into ④'s row, its 組織目標 then ④'s)
          opens.add(nextRows[lead]!);
          nextRows = nextRows.slice(lead);
          lead = 0;
          headTaken = true;
        }
      }
    }
    if (prev?.kind !== 'row' || first?.kind !== 'row') continue;
    if (frames[i]!.page !== prevFrame.page + 1) continue;
    const a = prev.table;
    const b = first.table;
    if (frameHeadGoesOn(prev, first)) continue;
    // (a box round a title is no part of the table above: 部長目標's 令和6年度 部長目標 結果発表! boxed
    // at the head of the page after a panel the page broke, as wide as it; Chromium with outer frames,
    // mincho 12 pt on B5)
    if (nextRows.filter((x) => x.kind === 'row' && x.table === b).length === 1 && boxedTitle(first, prev)) continue;
    const aFirst = kept.find((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === a);
    if (aFirst) dropRepeatedHeader(first, aFirst);
    // the header row the page repeats, read as a line of its own above the part: its headings
    // name the part's columns (刈谷's 組織目標 取組内容 課等 目標達成基準 over page 12, LibreOffice
    // without rules, the part's columns read from text gaps 8 pt from those of page 11)
    const head = nextRows[0]!.kind === 'text' && aFirst && repeatsHeader(nextRows[0]!.line, aFirst) ? nextRows[0]!.line : undefined;
    const unaligned = partState(b, nextRows);
    // (a part with inner columns of its own: a table of its own widths, which it keeps where it is found not to go on)
    const ownGrid = b.xs.length > 2;
    const keepOwn = () => {
      if (ownGrid) unaligned();
    };
    if (!alignColumns(a, b, nextRows, aFirst, head, prev)) {
      // (a part in columns of its own, whose first row may be the broken cell's rest)
      if (!head && frameHeadGoesOn(prev, first, true) === 'all') absorbed.add(first);
      // (or whose first row holds only the overflow of the broken row, each cell under where a cell of
      // that row starts: 部長目標's やぶき ゆういち / 矢吹 勇一 and します！ 達成 under 総務部長 and 1 職員の…
      // 推進, the part's columns read with 総括's and 部の仕事's, none of them the page before's; IPAex
      // Gothic 12 pt on B5 landscape by LibreOffice without rules)
      // (and rows of its own after it: the row left is the page's last of its table, where the next page's part goes on)
      // (or a row alone whose label is the rest of the broken row's, the two a label the vocabulary knows: 木更津's
      // 令和5年度の活 / 動経過・今後の予定 beside …時間外勤務時間 / は、34,068時間でした…, the next page's part in two
      // columns against the sub-table's five; Noto Serif CJK 13 pt on B5 portrait by LibreOffice without rules,
      // the 174th — left a row of its own, the year's progress had been the last indicator's note. Taken whole, the
      // part is the broken table's: a part on the page after goes on from that row — 桑名's ３．目標達成のための / 手段及び
      // 方策 alone on a page, …また、各校 / が設定した… on the next, by Chromium in the 149th, had lost its rest)
      else {
        const alone = nextRows.filter((x) => x.kind === 'row' && x.table === b).length < 2;
        if (!head && !a.openBottom && (!alone || brokenLabel(prev.cells[0], first.cells[0]!))) {
          const overflow = overflowOf(prev, first, true);
          if (overflow) {
            for (const [col, cell] of overflow) prev.cells[col] = joinCells(prev.cells[col]!, cell);
            absorbed.add(first);
            // (the broken row stands where the part stood, for a page after it to go on from)
            if (alone) frames[i]!.blocks[frames[i]!.blocks.indexOf(first)] = prev;
          }
        }
      }
      continue;
    }
    if (head) {
      absorbed.add(nextRows[0]!);
      nextRows = nextRows.slice(1);
      lead--;
    }
    if (lead > 0) {
      // (a table under lines of its own that starts with the header row again is a table of its own and
      // keeps its columns: 刈谷's 福祉健康部 table under the department's title at a page's head had taken
      // the grid of the page before's table, and the part the next page broke from it, in its own grid,
      // went on from none; Noto Serif CJK 11 pt landscape by LibreOffice, outer frames. A part with no
      // header keeps the columns it was set in: its cells are read by them)
      if (!brokenCellGoesOn(prev, nextRows.slice(0, lead) as TextBlock[], a)) {
        if (aFirst && sameHeadings(first, aFirst)) unaligned();
        continue;
      }
      for (const t of nextRows.slice(0, lead)) absorbed.add(t);
      // (the row under them is one of its own, as under the lines taken above)
      opens.add(nextRows[lead]!);
      nextRows = nextRows.slice(lead);
    }
    // The foot of the text area: just above the page number / running footer, if there is one.
    const footer = prevFrame.blocks.filter((x) => dropped.has(x) && x.top > prevFrame.height * 0.8).map((x) => x.top);
    const foot = footer.length ? Math.min(...footer) - 4 : docBottom;
    const aRows = kept.filter((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === a);
    const bRows = nextRows.filter((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === b);
    // (in the same columns: a header whose cells span other columns than the part's, in a grid the
    // page drew from tables of other widths, is the same row only once the part's columns are its)
    const repeated = aRows.length > 0 && bRows.length > 1 && a.xs.length === b.xs.length && sameRow(aRows[0]!, bRows[0]!);
    // the first row again, its cells set elsewhere, or its label again with another value: not a
    // header the word processor repeated but the next copy of a form (木更津's sheets 10 and 11,
    // both 取組視点 | 5つの柱④ 情報, each a table of its own widths, printed by LibreOffice without
    // rules; sheet 8's 取組視点 | 5つの柱④ 情報 under sheet 7's 取組視点 | 5つの柱③ カネ)
    // (unless the row under it ends the sentence the page broke: the same table set anew, as
    // LibreOffice sets each page's part of 刈谷's 組織目標 table, its columns a little elsewhere)
    // (or the header again in other columns, the page's grid drawn from this part and the next
    // table, of other widths: the row under it the overflow of the broken row, under its cells —
    // 刈谷's ③生活保護受給者に / 対し医療扶助のオン, ライン資格確認がで / きるよう整備しま / す。 on the next
    // page over 福祉健康部's next section, ruled by LibreOffice in IPAex Gothic 12 pt, 30 mm)
    const again = repeated || (aRows.length > 0 && bRows.length > 1 && sameRow(aRows[0]!, bRows[0]!));
    const under = again && bRows.length > 1 ? bRows[1]! : undefined;
    const goesOn = !!under && (aRows.at(-1)!.cells.length === under.cells.length ? continuesRow(aRows.at(-1)!, under) : !repeated && overflowOf(aRows.at(-1)!, under) !== null);
    // (a part found a table of its own keeps its own columns, not those alignColumns weighed it in: else the header the
    // next page repeats over its rest no longer matches it — 伊勢崎's year table at page 160's head, set in the eight
    // borders of 取組工程's table that ended page 159, then page 161's part under 令和2年度 … 令和6年度 in six, its cells
    // read one column off; Chromium with horizontal rules, Noto Sans CJK 12 pt on B5 landscape, the 309th)
    if (repeated ? !sameStarts(aRows[0]!, bRows[0]!) && !goesOn : aRows.length > 0 && sameLabel(aRows[0]!, bRows[0]!) && !goesOn) {
      keepOwn();
      continue;
    }
    // the labels of the rows under it again (事業No., 現状と課題, 指標①): the next copy of a form,
    // not the rest of this one (木更津's sheet 13 under sheet 12, both 取組視点 | 5つの柱⑤ 協働,
    // printed by LibreOffice in an outer frame that runs to the page's foot)
    if (!goesOn && sharedLabels(aRows.slice(1), bRows.slice(repeated ? 1 : 0)) >= 2) {
      keepOwn();
      continue;
    }
    const firstNew = repeated ? bRows[1]! : bRows[0]!;
    // (or, under the header again, a merged cell's words going on in its column: 刈谷's 組織目標 …まちづくりを推進しま beside ③
    // at page 23's foot, two lines' room left under it, す。 beside ④ at page 24's head; BIZ UDMincho 11 pt on A4 landscape by
    // LibreOffice with shaded headers, the 365th — Writer keeps a row's lines on one page, and a goal merged down beside ③, ④
    // and ⑤ goes on where ④ does)
    // (or a cell merged down the part's last rows going on in the first row: 木更津's 公共施設再配置計画…施設の個別 beside 年度 |
    // 目標値 | 結果 and (各年度末時点) at page 9's foot, the table shut by a rule with room under it, 施設計画の策定を進めています。 |
    // R5 | 3件 at page 10's head; BIZ UDMincho 11 pt on A4 landscape by LibreOffice, ruled, the 365th — the progress had lost
    // its words to the sub-table's name; not where the row opens with a label the vocabulary knows, the next sheet's
    // 取組視点 | 5つの柱④ 情報 under a name …寄附件数 at the page before's foot, see opensRow)
    const split = !!aRows.length && aRows.at(-1)!.cells.length === firstNew.cells.length && (continuesRow(aRows.at(-1)!, firstNew) || (repeated && firstNew.cells.some((_, k) => mergedCellGoesOn(aRows.at(-1)!, firstNew, k))) || (!opensRow(aRows.at(-1)!, firstNew) && spanningCellEnds(aRows, firstNew).length > 0));
    if (lead <= 0 && !headTaken && !a.openBottom && !split && foot - a.bottom >= firstNew.bottom - firstNew.top) {
      keepOwn();
      continue;
    }
    const id = ids.get(a)!;
    const old = ids.get(b);
    for (const [t, v] of ids) if (v === old) ids.set(t, id);
  }
  return ids;
}

/** Whether a row is one line alone, set a fifth larger than the text of the row before. */
function boxedTitle(row: PdfBlock & { kind: 'row' }, before: PdfBlock & { kind: 'row' }): boolean {
  const lines = row.cells.flatMap((c) => c.lines);
  const sizes = before.cells.flatMap((c) => c.lines.map((l) => l.size));
  return lines.length === 1 && sizes.length > 0 && lines[0]!.size >= Math.max(...sizes) * 1.2;
}

/**
 * The page's last lines, right under its last table's last row and in one of its columns, as the
 * rest of a cell merged down beside that row, which the table's foot cut off mid-phrase (木更津's
 * 指標② name …改善意見数（100万閲覧数あた beside R5 and R6, り） under the table at the page's foot;
 * ruled by Chromium in BIZ UDPGothic 12 pt, 25 mm). They go into that cell (in place; `absorbed`).
 */
function takeFootOverflow(frame: PageFrame, dropped: Map<PdfBlock, string>, absorbed: Set<PdfBlock>): void {
  const kept = frame.blocks.filter((b) => !dropped.has(b) && !absorbed.has(b));
  let at = kept.length - 1;
  while (at >= 0 && kept[at]!.kind !== 'row') at--;
  const last = kept[at];
  const lines = kept.slice(at + 1);
  if (!last || last.kind !== 'row' || lines.length === 0 || lines.length > 2 || !lines.every((b): b is TextBlock => b.kind === 'text')) return;
  if (lines[0]!.top - last.bottom > lines[0]!.line.size * 1.5) return;
  const k = headColumnOf(last.table.xs, lines[0]!.line);
  if (k < 0 || lines.some((l) => headColumnOf(last.table.xs, l.line) !== k || labelRole(l.line.text.trim()) !== null)) return;
  // (merged down beside the last row, not the last row's own cell — unless the lines finish a label the
  // vocabulary knows: 木更津's 令和5年度の活動経過・今後 / の予定, its second line under the table at the page's
  // foot, Chromium with horizontal rules in BIZ UDPMincho 12.5 pt landscape — and set where its lines start)
  const owner = rowReaching(kept, last, k);
  const cell = owner.cells.find((c) => c.col === k);
  if (!cell || cell.lines.length === 0 || lines.some((l) => Math.abs(l.line.x0 - cellStart(cell)) > 1)) return;
  const said = cell.paragraphs.map((p) => p.text).join('').replace(/\s+/g, '');
  const label = labelRole(said) === null && labelRole(said + lines.map((l) => l.line.text).join('').replace(/\s+/g, '')) !== null;
  if (owner === last && !label) return;
  if (brokenCellGoesOn(owner, lines, last.table)) for (const l of lines) absorbed.add(l);
}

/**
 * A line's fragments parted at a space where a cell of the row under it starts, by the width of
 * the characters before the space (a word space narrower than a fragment gap: 部長目標's 15 pt
 * 子ども未来部 3.6 pt before 子ども未来部長 at a page's foot, しむらあきこ under the name on the next page;
 * Noto Sans by LibreOffice, horizontal rules).
 */
/** The widest gap, in ems, a fragment of a cell's line holds (page-blocks builds cell lines so). */
const FRAGMENT_GAP = 3;

function splitAtStarts(line: PdfLine, starts: number[], reach = 0.85): PdfLine {
  const boxes = line.fragmentBoxes!;
  const fragments: string[] = [];
  const out: { x0: number; x1: number }[] = [];
  const width = (t: string) => solidWidth(t, line.size);
  line.fragments.forEach((text, i) => {
    const b = boxes[i]!;
    const x = starts.find((s) => s > b.x0 + line.size && s < b.x1 - line.size);
    // (the space whose text before it ends up to `reach` ems before x: a word's space, or a cells' gap)
    const spaces = x === undefined ? [] : [...text.matchAll(/\s+/g)].map((sp) => ({ sp, end: b.x0 + width(text.slice(0, sp.index).trim()) }));
    // (or, none there, the last space before x within a fragment's gap of it: cells an em or two apart, 部長目標's
    // 子ども未来部 | 子ども未来部長 2.1 em apart in the line of the page's foot — see lineOfFoot)
    const m = x === undefined ? undefined : (spaces.find(({ end }) => end >= x - line.size * reach && end <= x + line.size * 0.35) ?? spaces.filter(({ end }) => end >= x - line.size * FRAGMENT_GAP && end < x).at(-1))?.sp;
    if (x === undefined || !m) {
      fragments.push(text);
      out.push(b);
      return;
    }
    const before = text.slice(0, m.index).trim();
    fragments.push(before, text.slice(m.index + m[0].length).trim());
    out.push({ x0: b.x0, x1: b.x0 + width(before) }, { x0: x, x1: b.x1 });
  });
  return out.length === boxes.length ? line : { ...line, fragments, fragmentBoxes: out };
}

/**
 * The page's last line where it may open a row the page broke (see rowOfFoot): a line of text, or the
 * one line of the last row of a frame whose foot the page broke, that row one cell across the frame
 * (部長目標's 子ども未来部 子ども未来部長 目標 under the rule that shuts 市民環境部's frame, inside the sides
 * of the next frame, drawn on to the page's foot; IPAex Mincho 12 pt on B5 landscape by LibreOffice in
 * outer frames, the 226th — read as the frame's cell, the department had been 子ども未来部 子ども未来部長 目標
 * and its goals lost).
 */
function lineOfFoot(b: PdfBlock): TextBlock | null {
  if (b.kind === 'text') return b;
  if (b.kind !== 'row' || !b.table.openBottom || b.row !== b.table.ys.length - 2) return null;
  const filled = b.cells.filter((c) => c.lines.length > 0);
  if (filled.length !== 1 || filled[0]!.lines.length !== 1 || filled[0]!.colSpan !== b.table.xs.length - 1) return null;
  return { kind: 'text', page: b.page, top: b.top, bottom: b.bottom, line: filled[0]!.lines[0]!, paragraphEnd: true };
}

/**
 * A page's last line whose pieces start where the cells of the next page's first row start, a
 * label before them: that row's first line, the page broke it after one line (部長目標's 子ども未来部
 * 子ども未来部長 目標 at a page's foot, read as a line of text; しむらあきこ / 志村明子 and the goals
 * heading the next page in columns of their own, without the label's; IPAex Gothic 14 pt landscape
 * by LibreOffice). Returned as a row of a table of its own, its columns where its pieces start and
 * its cells joined with the next row's where their text starts (the next row is taken).
 */
function rowOfFoot(foot: TextBlock, next: PdfBlock | undefined): { row: PdfBlock & { kind: 'row' }; next: PdfBlock } | null {
  if (!foot.line.fragmentBoxes || foot.line.vertical || next?.kind !== 'row') return null;
  const starts = next.cells.flatMap((c) => (c.lines.length > 0 ? [Math.min(...c.lines.map((l) => l.x0))] : []));
  const line = splitAtStarts(foot.line, starts);
  const boxes = line.fragmentBoxes!;
  if (boxes.length < 3) return null;
  if (line.fragments.some((f) => [...f.replace(/\s+/g, '')].length > 10) || labelRole(line.fragments[0]!.trim()) !== null) return null;
  const em = line.size;
  // every cell of the next row under a piece after the first, the first piece left of them all
  if (starts.length < 2 || !starts.every((x) => boxes.slice(1).some((b) => Math.abs(b.x0 - x) <= em * 0.5)) || boxes[0]!.x1 >= Math.min(...starts)) return null;
  const x0 = boxes[0]!.x0 - 2;
  const x1 = Math.max(boxes.at(-1)!.x1, next.table.x1) + 2;
  const xs = [x0, ...boxes.slice(1).map((b) => b.x0 - 2), x1];
  const table: Table = {
    x0, x1, top: foot.top - 1, bottom: foot.bottom + 1, xs, ys: [foot.top - 1, foot.bottom + 1],
    cells: xs.slice(0, -1).map((x, col) => ({ row: 0, col, rowSpan: 1, colSpan: 1, x0: x, x1: xs[col + 1]!, top: foot.top - 1, bottom: foot.bottom + 1 })),
    openBottom: true, openTop: false,
  };
  const cells: PdfCell[] = boxes.map((b, col) => {
    const text = line.fragments[col]!;
    const piece: PdfLine = { text, fragments: [text], x0: b.x0, x1: b.x1, top: line.top, bottom: line.bottom, size: line.size, vertical: false };
    return { col, colSpan: 1, rowSpan: 1, wrapEdge: xs[col + 1]!, lines: [piece], paragraphs: [{ text, lines: [piece] }] };
  });
  for (const c of next.cells) {
    if (c.lines.length === 0) continue;
    const x = Math.min(...c.lines.map((l) => l.x0));
    const k = boxes.findIndex((b, i) => i > 0 && Math.abs(b.x0 - x) <= em * 0.5);
    cells[k] = joinCells(cells[k]!, c);
  }
  return { row: { kind: 'row', page: foot.page, top: table.top, bottom: table.bottom, table, row: 0, cells }, next };
}

/**
 * A row of two columns the page broke after its first line, that line read whole, its two texts a word's
 * space apart (部長目標's 教育部, 15 pt, level with 教育部長 at page 7's foot, then たぐち しげお and 田口 茂夫
 * heading page 8 where 教育部長 starts, over the panel's table; BIZ UDMincho 12 pt on B5 by Chromium, the
 * 239th — with horizontal rules read as the line 教育部 教育部長, in an outer frame as the one cell of a row the
 * frame left open at the foot, and 教育部's goals went to the department before). The page's last line, or
 * the lines of its last row where one cell holds them all; the lines under the first, on this page and
 * heading the next before its table, all start where a word of the first line starts: the text before
 * that word is the row's first cell, the rest of the line and those lines its second. Returned as a row of
 * a table of its own; `taken`: the blocks of the next page it took.
 */
function rowOfHeadLine(last: PdfBlock, kept: PdfBlock[], next: PdfBlock[]): { row: PdfBlock & { kind: 'row' }; taken: PdfBlock[] } | null {
  let lines: PdfLine[];
  if (last.kind === 'text') lines = [last.line];
  else {
    const filled = last.cells.filter((c) => c.lines.length > 0);
    if (filled.length !== 1 || kept.some((b) => b !== last && b.kind === 'row' && b.table === last.table)) return null;
    lines = filled[0]!.lines;
  }
  const first = lines[0]!;
  if (lines.length > 3 || lines.some((l) => l.vertical) || first.fragments.length !== 1) return null;
  // the next page's head: lines before its table, or its table's first row holding one cell
  const taken: PdfBlock[] = [];
  const heads: PdfLine[] = [];
  for (const b of next) {
    if (b.kind !== 'text') break;
    if (b.line.vertical || b.line.fragments.length !== 1 || taken.length === 3) return null;
    taken.push(b);
    heads.push(b.line);
  }
  const after = next[taken.length];
  if (after?.kind !== 'row') return null;
  if (taken.length === 0) {
    const filled = after.cells.filter((c) => c.lines.length > 0);
    if (filled.length !== 1 || filled[0]!.lines.length > 3) return null;
    taken.push(after);
    heads.push(...filled[0]!.lines);
  }
  const under = [...lines.slice(1), ...heads];
  const x = Math.min(...under.map((l) => l.x0));
  const em = Math.max(...under.map((l) => l.size));
  if (under.some((l) => l.x0 > x + em * 0.5 || l.fragments.length !== 1) || x < first.x0 + first.size * 1.5) return null;
  // (the word of the first line that starts there, measured from the line's end in the size it ends in)
  const split = [...first.text.matchAll(/\s+/g)].find((m) => Math.abs(first.x1 - solidWidth(first.text.slice(m.index + m[0].length), first.tailSize ?? first.size) - x) <= em * 0.5);
  if (!split) return null;
  const label = first.text.slice(0, split.index).trim();
  const rest = first.text.slice(split.index + split[0].length).trim();
  // (a list's item and the hanging indent its lines go on at are no row: 1 都市マスタープラン… / の改定…)
  if ([...label.replace(/\s+/g, '')].length > 10 || STARTS_ITEM.test(label) || !/\p{L}.*\p{L}/u.test(label) || labelRole(label) !== null) return null;
  const x0 = first.x0 - 2;
  const x1 = Math.max(after.table.x1, ...lines.map((l) => l.x1), ...heads.map((l) => l.x1)) + 2;
  const xs = [x0, x - 2, x1];
  const top = Math.min(first.top, last.top) - 1;
  const bottom = Math.max(...lines.map((l) => l.bottom), last.bottom) + 1;
  const table: Table = {
    x0, x1, top, bottom, xs, ys: [top, bottom],
    cells: [0, 1].map((col) => ({ row: 0, col, rowSpan: 1, colSpan: 1, x0: xs[col]!, x1: xs[col + 1]!, top, bottom })),
    openBottom: true, openTop: false,
  };
  const piece = (text: string, from: number, to: number, size: number): PdfLine => ({ text, fragments: [text], x0: from, x1: to, top: first.top, bottom: first.bottom, size, vertical: false });
  const head = piece(label, first.x0, first.x0 + solidWidth(label, first.size), first.size);
  const tail = piece(rest, x, first.x1, first.tailSize ?? first.size);
  const cell = (col: number, cellLines: PdfLine[]): PdfCell => ({ col, colSpan: 1, rowSpan: 1, wrapEdge: xs[col + 1]!, lines: cellLines, paragraphs: paragraphsOf(cellLines, xs[col + 1]!) });
  return { row: { kind: 'row', page: last.page, top, bottom, table, row: 0, cells: [cell(0, [head]), cell(1, [tail, ...under])] }, taken };
}

/**
 * A page's last line whose pieces start where the cells of the next page's first row start, under the
 * year heads that page repeats, its first piece in the row's first column and every other one a line
 * that goes on (no sentence ended): that row's first line, the page broke the row after it (伊勢崎's
 * 取組成果 | 各課において、ハ | 職員提案制度の一部門と | 業務改善に係る審 | 職員提案制度についての周知内容 at a
 * page's foot, the year cells' first lines 0.76 em apart, the rest of each under 令和2年度 … 令和6年度 on the
 * next page; IPAex Gothic 12 pt on B5 landscape by LibreOffice with horizontal rules — read as a line of
 * text, each year's outcome had lost its head). Its pieces go on in those cells (in place); returns
 * whether it was taken.
 */
function footGoesOn(foot: TextBlock, next: PdfBlock[]): boolean {
  if (!foot.line.fragmentBoxes || foot.line.vertical) return false;
  const years = (b: PdfBlock | undefined) => b?.kind === 'row' && b.cells.filter((c) => c.lines.length > 0).length >= 3 && b.cells.every((c) => c.lines.length === 0 || eraYearOf(c.paragraphs.map((p) => p.text).join('').replace(/\s/gu, '')) !== null);
  if (!years(next[0])) return false;
  const row = next[1];
  if (row?.kind !== 'row' || row.table !== (next[0] as PdfBlock & { kind: 'row' }).table) return false;
  const startOf = (c: PdfCell) => Math.min(...c.lines.map((l) => l.x0));
  const filled = row.cells.filter((c) => c.lines.length > 0);
  // (a piece per start, one split at a time; its cells' gaps an em or more)
  let line = foot.line;
  for (let n = -1; n !== line.fragments.length; ) n = line.fragments.length, (line = splitAtStarts(line, filled.map(startOf), 1.5));
  const boxes = line.fragmentBoxes!;
  const em = line.size;
  if (boxes.length < 3) return false;
  const cells = boxes.map((b) => filled.find((c) => Math.abs(startOf(c) - b.x0) <= em * 0.5));
  if (cells.some((c) => !c) || new Set(cells).size !== cells.length || cells[0] !== filled[0]) return false;
  if (line.fragments.slice(1).some((f) => ENDS_SENTENCE.test(f.trim()))) return false;
  cells.forEach((c, k) => {
    const text = line.fragments[k]!;
    const b = boxes[k]!;
    const piece: PdfLine = { text, fragments: [text], x0: b.x0, x1: b.x1, top: line.top, bottom: line.bottom, size: line.size, vertical: false };
    const joined = joinCells({ ...c!, lines: [piece], paragraphs: [{ text, lines: [piece] }] }, c!);
    row.cells[row.cells.indexOf(c!)] = { ...joined, wrapEdge: c!.wrapEdge };
  });
  return true;
}

/** Two borders of two parts of a table that stand for one (2 pt apart at most). */
const sameBorder = (x: number, y: number) => Math.abs(x - y) <= 2;

/**
 * Whether the next page's table can go on from `a`: the same columns, or some of them. A table
 * without rules takes its columns from its text, and a part whose first column is empty on its
 * page (a sheet's 取組課題 row broken under 伊勢崎's label column, printed without rules) starts
 * at the second, and a frame of one column holds the text of its second (桑名's frame): its
 * cells are moved to the columns of `a` where their text starts, empty ones between.
 */
function alignColumns(a: Table, b: Table, rows: PdfBlock[], aFirst?: PdfBlock & { kind: 'row' }, head?: PdfLine, aLast?: PdfBlock): boolean {
  const near = sameBorder;
  let at = b.xs.map((x) => a.xs.findIndex((y) => near(x, y)));
  // the column of `a` where a cell's text starts, if it is later than the one it is aligned with
  const start = (c: PdfCell) => {
    const x = Math.min(...c.lines.map((l) => l.x0));
    // (text that starts a hair before a border starts at it: 刈谷's ① at 179.8 pt, the border at
    // 179.805 between the 組織目標 lines ending 179.81 and the items; BIZ UDPMincho 11 pt by LibreOffice)
    const k = a.xs.findIndex((y, i) => i + 1 < a.xs.length && x >= y - 1 && x < a.xs[i + 1]! - 0.15);
    return k < 0 || c.lines.length === 0 ? at[c.col]! : Math.max(at[c.col]!, k);
  };
  const remapped = (r: PdfBlock & { kind: 'row' }): PdfCell[] => {
    const cells: PdfCell[] = a.xs.slice(0, -1).map((_, col) => ({ col, colSpan: 1, rowSpan: 1, wrapEdge: 0, lines: [], paragraphs: [] }));
    for (const c of r.cells) {
      // an empty cell takes no place: a cell of text moved into its column keeps it
      if (c.lines.length === 0 && c.paragraphs.length === 0) continue;
      const col = start(c);
      // (its own place kept: a row read by position under a year header of this part's grid —
      // 伊勢崎's 財政効果額 table, its label column one of 取組工程's two and its years the rest, went on
      // on the next page in its own columns; under headers at the 取組工程 grid's places, a year early.
      // Noto Serif CJK 12.5 pt, 14 mm, by LibreOffice without rules)
      const span = c.span ?? { x0: b.xs[c.col]!, x1: b.xs[c.col + c.colSpan] ?? b.x1 };
      const moved = { ...c, col, colSpan: Math.max(1, at[c.col + c.colSpan]! - col), span };
      cells[col] = cells[col]!.lines.length > 0 ? namesSideBySide(cells[col]!, moved) : moved;
    }
    return cells;
  };
  // the repeated header decides where text gaps put the right edge a little elsewhere too (the
  // longest line of the last column: 刈谷's 537.8 and 535.4 pt on pages 18 and 19)
  // (the same inner borders, one by one, are the same grid whatever its sides: a part read in the
  // grid of the page before — 部長目標's 健康いきいき | 健康いきいき部長 目標 | 地域包括… alone at a page's
  // foot, its sides the ruled stack's, and the department's head and goals on the next page, its sides
  // from their text; Noto Serif 13 pt by LibreOffice with horizontal rules)
  const sameInner = !head && a.xs.length === b.xs.length && a.xs.length > 2 && a.xs.slice(1, -1).every((x, i) => near(x, b.xs[i + 1]!));
  if (sameInner) at = a.xs.map((_, i) => i);
  const moved = !sameInner && (at.some((k) => k < 0) || !near(a.x1, b.x1));
  const byHeader = head && aFirst ? headingColumns(b, head, aFirst) : moved ? headerColumns(a, b, rows, aFirst) : null;
  let byText = false;
  let refined = false;
  const inside = !byHeader && !head && !sameInner && (!near(a.x1, b.x1) || at.some((k) => k < 0)) && aLast?.kind === 'row' && aLast.table === a ? insideColumns(a, b, rows) : null;
  // (nor does a right side read from the text, where the text ends short of the side above it inside
  // its last column: 部長目標's 健康いきいき部 going on at a page's head, its goals ending at 450.2 pt under
  // a side at 459.7, the first inner border the same; gothic 12 pt on B5 by Chromium, horizontal rules)
  const shorter = b.x1 < a.x1 && b.x1 > a.xs.at(-2)! + 2 && a.xs.length > 2 && b.xs.length > 2 && near(a.xs[1]!, b.xs[1]!);
  if (byHeader) at = byHeader;
  else if (inside) {
    at = inside;
    byText = true;
  } else if (head || (!sameInner && !near(a.x1, b.x1) && !shorter)) return false;
  else if (at.some((k) => k < 0)) {
    // (a side read from the text stands where the text does: a label centred in its column, the first
    // line of it wider — 部長目標's 健康いき at a page's foot from 60 pt, いき部 at the next page's head
    // from 67.6, the first inner border the same on both pages; gothic 12 pt on B5 by Chromium)
    const inFirst = b.x0 > a.x0 && b.x0 < a.xs[1]! - 1 && near(a.xs[1]!, b.xs[1]!);
    if (!near(a.x0, b.x0) && !inFirst) return false;
    const overflow = b.xs.length < a.xs.length && aLast?.kind === 'row' && aLast.table === a ? continuedInColumns(a, b, rows, aLast) ?? openColumns(a, b, rows) : null;
    const finer = overflow ?? refinedColumns(a, b);
    if (!finer) return true;
    at = finer;
    byText = true;
    refined = !overflow;
  }
  if (a.xs.length === b.xs.length && !byHeader && !byText) return true;
  // (columns that would put two cells of text of one row in one column of `a` are no match: the part
  // is another table — 刈谷's 建設部 starting page 24 under its own title, its 課等 and 目標達成基準 both in
  // 目標達成基準's column of the page before's table, LibreOffice in Noto Serif without rules: the one
  // had overwritten the other, and 建設部's sections were lost)
  const mine = (r: PdfBlock): r is PdfBlock & { kind: 'row' } => r.kind === 'row' && r.table === b;
  const collides = (r: PdfBlock & { kind: 'row' }) => {
    const filled = r.cells.filter((c) => c.lines.length > 0);
    return new Set(filled.map(start)).size < filled.length;
  };
  // (a finer grid whose rows would collide is left as it was read — unless what collides is names
  // of a line each set side by side, a text gap read as a border between them: 刈谷's 下水道課 |
  // 雨水対策課 in 課等 on the page a broken row goes on, BIZ UDPGothic 9 pt landscape by LibreOffice
  // with horizontal rules; the part had been taken for another table and the row left broken)
  // (so may a sliver column under no heading that the repeated header placed: see headerColumns)
  const slivered = !!byHeader && byHeader.some((k, i) => i > 0 && k === byHeader[i - 1]);
  if (rows.filter(mine).some((r) => collides(r) && !((refined || slivered) && namesCollide(r, start)))) return refined;
  for (const r of rows) {
    if (!mine(r)) continue;
    r.cells = remapped(r);
  }
  b.xs = [...a.xs];
  b.x0 = a.x0;
  b.cells = b.cells.map((c) => ({ ...c, col: at[c.col]!, colSpan: Math.max(1, at[c.col + c.colSpan]! - at[c.col]!) }));
  return true;
}

/** Whether the cells of a row that would share a column are all one-line names of units (課, 室 …). */
function namesCollide(r: PdfBlock & { kind: 'row' }, start: (c: PdfCell) => number): boolean {
  const filled = r.cells.filter((c) => c.lines.length > 0);
  const shared = filled.filter((c) => filled.some((o) => o !== c && start(o) === start(c)));
  return shared.length > 0 && shared.every((c) => c.paragraphs.every((p) => p.lines.length === 1 && isUnitName(p.text.trim())));
}

/** Two cells of one-line names as one: the lines on one baseline side by side, a space between. */
function namesSideBySide(left: PdfCell, right: PdfCell): PdfCell {
  const lines = [...left.lines, ...right.lines].sort((p, q) => p.top - q.top || p.x0 - q.x0);
  const paragraphs: Paragraph[] = [];
  for (const l of lines) {
    const last = paragraphs.at(-1);
    const prev = last?.lines.at(-1);
    if (last && prev && Math.abs(prev.top - l.top) <= l.size * 0.5) {
      last.text = `${last.text} ${l.text}`;
      last.lines.push(l);
    } else paragraphs.push({ text: l.text, lines: [l] });
  }
  const span = left.span && right.span ? { x0: Math.min(left.span.x0, right.span.x0), x1: Math.max(left.span.x1, right.span.x1) } : left.span;
  return { ...left, colSpan: Math.max(left.colSpan, right.col + right.colSpan - left.col), wrapEdge: Math.max(left.wrapEdge, right.wrapEdge), lines, paragraphs, ...(span ? { span } : {}) };
}

/** A part's columns and its rows' cells as read, and a way back to them. */
function partState(b: Table, rows: PdfBlock[]): () => void {
  const { xs, x0, cells } = b;
  const kept = rows.flatMap((r) => (r.kind === 'row' && r.table === b ? [[r, r.cells] as const] : []));
  return () => {
    Object.assign(b, { xs, x0, cells });
    for (const [r, c] of kept) r.cells = c;
  };
}

/**
 * A part whose grid holds every border of `a` and more: two tables in one frame, the part the page
 * broke set in `a`'s grid and a table under it in widths of its own, one grid of both their borders
 * (刈谷's ④生活に困窮し… | 生活福祉課 | ・参加者数 220人 at a page's head over the next section's own table
 * in a frame touching it; Noto Serif CJK 11 pt landscape by LibreOffice, outer frames). Each border of
 * `b` goes to the column of `a` it stands in; the cells then go where their text starts.
 */
function refinedColumns(a: Table, b: Table): number[] | null {
  if (b.xs.length <= a.xs.length || !a.xs.every((y) => b.xs.some((x) => sameBorder(x, y)))) return null;
  return b.xs.map((x) => {
    const k = a.xs.findIndex((y) => sameBorder(x, y));
    return k >= 0 ? k : a.xs.filter((y) => y < x).length - 1;
  });
}

/**
 * A part whose first columns hold no text on its page — the label cell of the row the page broke is
 * merged down and stays on the page before — read from its text gaps in fewer columns, its left
 * edge inside a later column of `a`: each of its cells lies wholly inside the columns of `a` its
 * borders stand in (部長目標's やぶき ゆういち / 矢吹 勇一 | 成 and the goals after 総務部 | 総務部長 | 目標 |
 * …推進します！ 達 at the page's foot, the part in two columns against four; Noto Sans CJK 11.5 pt
 * landscape, 15 mm, by LibreOffice without rules). Returns the column of `a` for each border of `b`.
 */
function insideColumns(a: Table, b: Table, rows: PdfBlock[]): number[] | null {
  if (b.x0 < a.xs[1]! - 1 || b.xs.length >= a.xs.length || b.x1 < a.xs.at(-2)!) return null;
  const cells = rows.flatMap((r) => (r.kind === 'row' && r.table === b ? r.cells.filter((c) => c.lines.length > 0) : []));
  // (a border read from a text gap stands anywhere in it: it is the border of `a` in the same gap)
  const clear = (p: number, q: number) => !cells.some((c) => c.lines.some((l) => l.x0 < Math.max(p, q) && l.x1 > Math.min(p, q)));
  const within = a.xs.findIndex((y, k) => k + 1 < a.xs.length && b.x0 >= y - 1 && b.x0 < a.xs[k + 1]!);
  const at = b.xs.map((x, i) => (i === 0 ? within : i === b.xs.length - 1 ? a.xs.length - 1 : borderInGap(a.xs, x, clear)));
  if (at.some((k, i) => k < 0 || (i > 0 && k <= at[i - 1]!))) return null;
  // (the part's right edge is its own text's: the last column reaches it)
  const edge = (k: number) => (k === a.xs.length - 1 ? Math.max(a.x1, b.x1) : a.xs[k]!);
  const fits = (c: PdfCell) => c.lines.every((l) => l.x0 >= a.xs[at[c.col]!]! - 1 && l.x1 <= edge(at[c.col + c.colSpan]!) + 1);
  return cells.length > 0 && cells.every(fits) ? at : null;
}

/**
 * A part with fewer columns than `a`, its borders read from the text gaps of fewer lines, whose
 * first row holds only the overflow of `a`'s last row: one cell, no label, its text starting in the
 * last column of `a`, which that row filled and left mid-sentence at the foot (部長目標's
 * 3 地方公共団体情報システム標準化 / への対応を実施します！, the next page's part read as label |
 * text, LibreOffice in 12 pt with horizontal rules). Returns the column of `a` for each border of
 * `b` (the nearest), or null.
 */
function continuedInColumns(a: Table, b: Table, rows: PdfBlock[], aLast: PdfBlock & { kind: 'row' }): number[] | null {
  const first = rows.find((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === b);
  const filled = first?.cells.filter((c) => c.paragraphs.length > 0) ?? [];
  if (!first || filled.length !== 1 || first.cells[0]!.paragraphs.length > 0) return null;
  const last = a.xs.length - 2;
  const x = Math.min(...filled[0]!.lines.map((l) => l.x0));
  if (!(x >= a.xs[last]! - 1 && x < a.xs[last + 1]!)) return null;
  const broken = aLast.cells.find((c) => c.col === last);
  const end = broken?.paragraphs.at(-1);
  if (!broken || !end || ENDS_SENTENCE.test(end.text) || STARTS_ITEM.test(filled[0]!.paragraphs[0]!.text)) return null;
  const line = end.lines.at(-1)!;
  if (line.x1 < broken.wrapEdge - line.size * 2.6) return null;
  const at = b.xs.map((x) => a.xs.reduce((best, y, k) => (Math.abs(y - x) < Math.abs(a.xs[best]! - x) ? k : best), 0));
  return at.every((k, i) => i === 0 || k > at[i - 1]!) ? at : null;
}

/**
 * A part with fewer columns than `a`, each of its borders in the same open stretch of its text as a
 * border of `a`: borders read from text gaps stand where the text leaves room, and a part's room
 * holds `a`'s border as well (木更津's 令和5年度の活動経 / 過・今後の予定 at the head of the next page,
 * its label border 10 pt left of the 5-column table's above: Noto Sans by LibreOffice, no rules).
 * Returns the column of `a` for each border of `b` (the nearest in its stretch), or null.
 */
function openColumns(a: Table, b: Table, rows: PdfBlock[]): number[] | null {
  // (the lines of cells of one column: a merged cell's lines run across the borders either way)
  const lines = rows.flatMap((r) => (r.kind === 'row' && r.table === b ? r.cells.flatMap((c) => (c.colSpan === 1 ? c.lines : [])) : []));
  if (lines.length === 0) return null;
  const clear = (p: number, q: number) => !lines.some((l) => l.x0 < Math.max(p, q) && l.x1 > Math.min(p, q));
  const at = b.xs.map((x, i) => (i === 0 ? 0 : i === b.xs.length - 1 ? a.xs.length - 1 : borderInGap(a.xs, x, clear)));
  return at.every((k, i) => k >= 0 && (i === 0 || k > at[i - 1]!)) ? at : null;
}

/** The inner border of `xs` nearest to x with nothing between them (`clear`): the same text gap's; -1 if none. */
function borderInGap(xs: readonly number[], x: number, clear: (p: number, q: number) => boolean): number {
  const open = xs.flatMap((y, k) => (k > 0 && k < xs.length - 1 && clear(x, y) ? [k] : []));
  return open.length === 0 ? -1 : open.reduce((best, k) => (Math.abs(xs[k]! - x) < Math.abs(xs[best]! - x) ? k : best));
}

const compactText = (t: string) => t.replace(/\s+/g, '');
/** A cell's text, its paragraphs run together, without spaces ('' for none). */
const cellText = (c: PdfCell | undefined) => compactText((c?.paragraphs ?? []).map((p) => p.text).join(''));
/**
 * A row's cells that hold text, by column, their text without spaces. A heading may span columns
 * that rows under it part (刈谷's 取組内容 over two columns of a page's grid drawn from tables of
 * other widths, LibreOffice): it names the column it starts in.
 */
const headings = (r: PdfBlock & { kind: 'row' }) => r.cells.filter((c) => c.paragraphs.length > 0).map((c) => ({ col: c.col, text: compactText(c.paragraphs.map((p) => p.text).join('')) }));

/**
 * Columns read from text gaps land a little elsewhere on each page (where the text leaves room):
 * a part that repeats the header row of `a` (伊勢崎's 令和2年度 … 令和6年度 over the end of a
 * sheet's last row, printed by LibreOffice without rules, its label column empty on that page)
 * goes on in the columns its header cells name, whatever their x. Every column of the part must
 * have its heading, in the order `a` has them; returns the column of `a` for each border of `b`.
 */
function headerColumns(a: Table, b: Table, rows: PdfBlock[], aFirst?: PdfBlock & { kind: 'row' }): number[] | null {
  const bFirst = rows.find((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === b);
  if (!aFirst || !bFirst) return null;
  const heads = headings(aFirst);
  const bHeads = headings(bFirst);
  // (a first column the header leaves empty on both pages keeps its place: the label column under
  // 伊勢崎's 令和2年度 … 令和6年度, its text indented on the next page, Chromium without rules)
  const lead = bFirst.cells.findIndex((c) => c.paragraphs.length > 0);
  // (or, where the header's first heading opens its row, columns before it that only the body fills:
  // the heading is centred over its column and the body's text starts left of it — 刈谷's 図ります。 |
  // 定します。 under 組織目標 | 取組内容 | 課等 | 目標達成基準 repeated at a page's head, the rest of the row
  // the page broke; mincho 9 pt landscape by LibreOffice, horizontal rules)
  const aLead = aFirst.cells.findIndex((c) => c.paragraphs.length > 0);
  // (the part's columns up to and with its first heading inside `a`'s first column: not a label
  // column of the part's own left of a table of years, 伊勢崎's 取組成果 beside 令和2年度 …)
  const centred = lead > 0 && aLead === 0 && Math.abs(b.xs[0]! - a.xs[0]!) <= 2 && b.xs[lead + 1]! <= a.xs[1]! + 2;
  if (lead < 0 || (lead > 0 && lead !== aLead && !centred)) return null;
  // every other cell of the part's first row a heading of one column — but for a column the part's
  // text alone made inside one of `a`'s, under no heading, beside the headed column it goes with: two
  // names a space apart on one line, 刈谷's 水道課 下水道課 under 課等, read as a sliver column on the
  // page a broken row goes on (BIZ UDPMincho 12 pt on letter paper by LibreOffice, horizontal rules)
  if (bHeads.length < 2 || bHeads.length !== bFirst.cells.filter((c) => c.paragraphs.length > 0).length) return null;
  // the part's headings are the last of `a`'s, in order, each once
  const from = heads.length - bHeads.length;
  if (from < 0 || bHeads.some((h, i) => h.text !== heads[from + i]!.text) || new Set(heads.map((h) => h.text)).size !== heads.length) return null;
  const headed = new Map(bHeads.map((h, i) => [h.col, heads[from + i]!.col]));
  const within = (k: number) => a.xs.findIndex((y, m) => m + 1 < a.xs.length && b.xs[k]! >= y - 2 && b.xs[k + 1]! <= a.xs[m + 1]! + 2);
  const cols = Array.from({ length: b.xs.length - 1 }, (_, k) => k);
  const unheaded = cols.filter((k) => k >= lead && !headed.has(k));
  if (unheaded.length > 1) return null;
  const at = cols.map((k) => (k < lead ? (centred ? 0 : k) : (headed.get(k) ?? within(k))));
  // (an unheaded column's place: the column of `a` it stands inside, which a headed neighbour takes too)
  const sliver = unheaded[0];
  if (sliver !== undefined && (at[sliver]! < 0 || (at[sliver - 1] !== at[sliver] && at[sliver + 1] !== at[sliver]))) return null;
  if (at.some((k, i) => i > (centred ? lead : 0) && (k < at[i - 1]! || (k === at[i - 1]! && i !== sliver && i - 1 !== sliver)))) return null;
  return [...at, a.xs.length - 1];
}

/**
 * Whether a line says what the first row of a table says, cell by cell: its header row, repeated.
 * Cell by cell: each fragment a heading, or, where short headings centred in narrow columns stand
 * closer than a fragment's gap, each word (伊勢崎's `令和2年度 令和3年度 … 令和6年度` repeated over
 * `完了を目指` / `す。`, the rest of 令和2年度's cell, gothic 12 pt, 30 mm, by Chromium without rules).
 */
function repeatsHeader(line: PdfLine, aFirst: PdfBlock & { kind: 'row' }, byWords = false): boolean {
  const heads = headings(aFirst);
  const says = (parts: string[]) => parts.length === heads.length && parts.every((f, i) => compactText(f) === heads[i]!.text);
  return heads.length >= 3 && heads.length === aFirst.cells.filter((c) => c.paragraphs.length > 0).length && (says(line.fragments) || (byWords && says(line.fragments.flatMap((f) => f.split(/\s+/u)).filter(Boolean))));
}

/**
 * The header row the page repeats, read as the first paragraph of a cell of the part's first row: a frame that
 * draws no inner border shows none of its columns, so the header's line and the rest of the row the page broke
 * under it are one cell (伊勢崎's 令和2年度 … 令和6年度 over 年度以降の方 / 針 (取組達成… , the legend's last label
 * going on from 取組課題と次; BIZ UDPMincho 12 pt on B5 by LibreOffice in an outer frame — the label read as
 * 取組課題と次令和2年度…, the contents ran on over the first sheet). The paragraph is dropped.
 */
function dropRepeatedHeader(row: PdfBlock & { kind: 'row' }, aFirst: PdfBlock & { kind: 'row' }): void {
  row.cells.forEach((c, i) => {
    const p = c.paragraphs[0];
    if (!p || p.lines.length !== 1 || c.paragraphs.length < 2 || !repeatsHeader(p.lines[0]!, aFirst, true)) return;
    row.cells[i] = { ...c, paragraphs: c.paragraphs.slice(1) };
  });
  dropHeaderAcrossCells(row, aFirst);
}

/**
 * The header row the page repeats, read as the first paragraph of each cell of the part's first row, one
 * heading to a cell: the frame shows the columns (text gaps under the headings) but no border under the
 * header, so each heading and the broken row's rest under it are one cell (伊勢崎's 令和2年度 / めた。 …
 * 令和5年度 / 方式による受付, Noto Serif 15 pt on A4 by LibreOffice in an outer frame: the headings were read
 * into 取組状況's text). Every heading of `aFirst`, in order, on the row's first line; those paragraphs are dropped.
 */
function dropHeaderAcrossCells(row: PdfBlock & { kind: 'row' }, aFirst: PdfBlock & { kind: 'row' }): void {
  const heads = headings(aFirst);
  const led = row.cells.filter((c) => c.paragraphs.length > 0);
  if (heads.length < 3 || led.length !== heads.length) return;
  if (!led.every((c, i) => compactText(c.paragraphs[0]!.text) === heads[i]!.text)) return;
  // (the headings stand on one line, the row's first: not a column of words that happen to start so)
  const top = Math.min(...led.map((c) => c.paragraphs[0]!.lines[0]!.top));
  const size = Math.max(...led.map((c) => c.paragraphs[0]!.lines[0]!.size));
  if (!led.every((c) => Math.abs(c.paragraphs[0]!.lines[0]!.top - top) < size * 0.5)) return;
  if (row.cells.some((c) => c.lines.some((l) => l.top < top - size * 0.5))) return;
  if (!led.some((c) => c.paragraphs.length > 1)) return;
  row.cells = row.cells.map((c) => (led.includes(c) ? { ...c, paragraphs: c.paragraphs.slice(1), lines: c.lines.filter((l) => !c.paragraphs[0]!.lines.includes(l)) } : c));
}

/** Whether two rows say the same headings in the same order, three or more (wherever their columns stand: a header read as a table of its own has no empty label column). */
function sameHeadings(a: PdfBlock & { kind: 'row' }, b: PdfBlock & { kind: 'row' }): boolean {
  const x = headings(a);
  const y = headings(b);
  return x.length >= 3 && x.length === y.length && x.every((h, i) => h.text === y[i]!.text);
}

/**
 * The columns of `a` a part under a repeated header line goes on in: each of the part's columns
 * holds the middle of one heading, in order; returns the column of `a` for each border of `b`.
 */
function headingColumns(b: Table, head: PdfLine, aFirst: PdfBlock & { kind: 'row' }): number[] | null {
  const heads = headings(aFirst);
  const boxes = head.fragmentBoxes;
  if (!boxes || boxes.length !== heads.length) return null;
  const at: number[] = [];
  for (let k = 0; k + 1 < b.xs.length; k++) {
    const inside = boxes.flatMap((x, i) => ((x.x0 + x.x1) / 2 > b.xs[k]! && (x.x0 + x.x1) / 2 < b.xs[k + 1]! ? [i] : []));
    if (inside.length !== 1) return null;
    at.push(heads[inside[0]!]!.col);
  }
  if (at.some((k, i) => i > 0 && k <= at[i - 1]!)) return null;
  return [...at, at.at(-1)! + 1];
}

type TextBlock = PdfBlock & { kind: 'text' };

/** The column (between borders `xs`) a line stands wholly inside, or -1. */
const columnOf = (xs: readonly number[], l: { x0: number; x1: number }, slack = 1) => xs.findIndex((x, k) => k + 1 < xs.length && l.x0 >= x - slack && l.x1 <= xs[k + 1]! + 1);
/**
 * The column a line at a page's head stands in, where the broken table's border is a text gap's middle: the
 * line may start left of it, under the text after an item's mark set larger (刈谷's `めの学習支援教室を開催します。`
 * at 207.2 pt under ④'s text, the border from page 15's text gap at 212.6; Noto Serif 10.5 pt landscape by
 * LibreOffice without rules)
 */
const headColumnOf = (xs: readonly number[], l: { x0: number; x1: number; size: number }) => columnOf(xs, l, l.size * 0.75);

/**
 * The next page's part read as one frame of one column, its first paragraphs standing in one
 * column of the row the page broke, set in at that cell's last line: they are that cell's
 * overflow (部長目標's 誰でも通園制度導入のための調査研究をし / ます! 達成 at the head of a panel
 * whose labels stand over their text, LibreOffice in 12 pt in an outer frame). They leave the frame
 * for the cell; the rest of the frame stays a table of its own. `oneCell`: the same where the part,
 * in columns of its own that do not align with the broken table's, starts with a row holding text in
 * one cell only: the whole of it may be the overflow (部長目標's 2 多様な人材の採用、高度な行政 /
 * 課題を解決するための… over 基本方針 and 部の仕事, IPAex Gothic 12 pt, 30 mm margins, LibreOffice with
 * horizontal rules): `all`, the row is left empty.
 */
function frameHeadGoesOn(broken: PdfBlock & { kind: 'row' }, first: PdfBlock & { kind: 'row' }, oneCell = false): 'part' | 'all' | null {
  const xs = broken.table.xs;
  const frame = !oneCell && first.table.xs.length === 2 && first.cells.length === 1;
  const filled = first.cells.filter((c) => c.paragraphs.length > 0);
  const cell = frame ? first.cells[0] : oneCell && filled.length === 1 ? filled[0] : undefined;
  if (xs.length <= 2 || !cell) return null;
  // (a part of the broken table is as wide as it: 京都's sheet 15 goes on to a page whose first table
  // is the No. box, 15 in it, under the left of the broken 取組状況 cell)
  const em = cell.lines[0]?.size ?? 10;
  if (oneCell && (Math.abs(first.table.x0 - broken.table.x0) > em * 2 || Math.abs(first.table.x1 - broken.table.x1) > em * 2)) return null;
  // (or the broken row's cell merged across columns that holds it: 木更津's 令和5年度の活動経過 text across the
  // indicators' columns, its rest in a frame at the next page's head whose first paragraph alone fits one of
  // them — taken alone, the rest was left a table of its own and lost; Noto Serif 10.5 pt landscape by
  // LibreOffice in an outer frame)
  const column = (l: PdfLine) => {
    const k = columnOf(xs, l);
    if (k >= 0 || !frame) return k;
    return broken.cells.find((c) => c.colSpan > 1 && l.x0 >= xs[c.col]! - 1 && l.x1 <= (xs[c.col + c.colSpan] ?? Infinity) + 1)?.col ?? -1;
  };
  const head: PdfCell['paragraphs'] = [];
  for (const p of cell.paragraphs) {
    const k = column(p.lines[0]!);
    if (k < 0 || p.lines.some((l) => column(l) !== k) || (head.length > 0 && k !== column(head[0]!.lines[0]!))) break;
    head.push(p);
  }
  // (a frame wholly in one column of the row above goes on as a table: the join below decides)
  if (head.length === 0 || (frame && head.length === cell.paragraphs.length)) return null;
  // (set in from the column's left, as a list is: text at the column's left is the frame's own,
  // 木更津's 令和5年度の活動経過 going on in a frame of one column, LibreOffice with a full grid;
  // a row's one cell, where the broken cell's last line starts)
  const first0 = head[0]!.lines[0]!;
  const end = broken.cells.find((c) => c.col === column(first0))?.lines.at(-1);
  // (a row's one cell only under running text, a line of ten ems or more: 木更津's R6 heading the
  // next page under R5 in a narrow 目標値 column, ruled by Chromium in IPAex Gothic 12 pt, is a row)
  if (!frame && !(end && end.x1 - end.x0 >= end.size * 10)) return null;
  const underEnd = !frame && !!end && Math.abs(first0.x0 - end.x0) <= first0.size * 0.5;
  if (first0.x0 - xs[column(first0)]! < first0.size && !underEnd) return null;
  const lines: TextBlock[] = head.flatMap((p) => p.lines.map((line) => ({ kind: 'text' as const, page: first.page, top: line.top, bottom: line.bottom, line, paragraphEnd: line === p.lines.at(-1) })));
  if (!brokenCellGoesOn(broken, lines, broken.table, true)) return null;
  const taken = new Set(head.flatMap((p) => p.lines));
  first.cells[first.cells.indexOf(cell)] = { ...cell, paragraphs: cell.paragraphs.slice(head.length), lines: cell.lines.filter((l) => !taken.has(l)) };
  return head.length === cell.paragraphs.length ? 'all' : 'part';
}

/**
 * Lines at the head of a page, above a table that goes on from the page before, that stand in
 * one column of it where the last row's cell there ran to its edge mid-sentence: the end of that
 * cell, which a table without rules leaves outside its first row (刈谷's スト削減や費用の平準化を
 * 図ります。 above ④, printed without rules). They join the cell.
 * (`indented`: the lines may stand in from the column's left, as the broken cell's last line does,
 * at its x, that line as long as no label is: a list set in from a border other rows' text gaps
 * placed, 部長目標's 誰でも通園制度導入のための調査研究をし / ます! 達成, LibreOffice 12 pt)
 */
function brokenCellGoesOn(broken: PdfBlock & { kind: 'row' }, lines: TextBlock[], table: Table, indented = false, wholePage = false): boolean {
  // (a list set in from the column goes on longer: 部長目標's seven goals under 達 / 成)
  // (counted in lines of a whole column's width: a narrow cell's rest runs to more — see narrowRest)
  const ems = lines.reduce((n, l) => n + (l.line.x1 - l.line.x0) / l.line.size, 0);
  if (!wholePage && lines.length > (indented ? 12 : 6) && ems > (indented ? 12 : 6) * 10) return false;
  const x0 = Math.min(...lines.map((l) => l.line.x0));
  const x1 = Math.max(...lines.map((l) => l.line.x1));
  const k = headColumnOf(table.xs, { x0, x1, size: lines[0]!.line.size });
  const cell = broken.cells.find((c) => c.col === k);
  const last = cell?.paragraphs.at(-1);
  if (!cell || !last) return false;
  const end = last.lines.at(-1)!;
  // (the rest of a cell is set in the cell's size, not larger: a slide's title 結論 at the next page's head is
  // no rest of the table above it)
  if (lines.some((l) => l.line.size > end.size * 1.3)) return false;
  const inList = indented && Math.abs(lines[0]!.line.x0 - end.x0) <= end.size * 0.5 && end.x1 - end.x0 >= end.size * 10 && end.x1 >= cell.wrapEdge - end.size * 2.6;
  // (in columns read from text gaps, a border mid-gap may stand well left of the cell's text: a cell
  // of several lines whose last starts where its text starts, as in overflowOf — 刈谷's ・認知症家族支援
  // プログラム延べ参加者数 at 464.7 pt, the border at 439.7, 190人 heading the next page; BIZ UDPGothic
  // 11.5 pt on B5 landscape by LibreOffice without rules)
  const flushEnd = cell.lines.length >= 2 && end.x1 >= cell.wrapEdge - end.size * 2.6 && end.x0 - cellStart(cell) <= end.size * 1.5;
  // (a list the page broke between two items goes on with its next item, however its last ended)
  const item = nextItemOf(cell, lines[0]!.line);
  // (a year alone is a whole cell, however narrow its column: 木更津's R6 | R7 under 年度, the
  // next page's R7 a row of its own)
  if (eraYearOf(last.text) !== null) return false;
  if (!item && (ENDS_SENTENCE.test(last.text) || !(ranToEdge(cell, end, table) || flushEnd || inList) || STARTS_ITEM.test(lines[0]!.line.text))) return false;
  // (a line the page ended its paragraph at, measured against the page's width, may have run to the
  // cell's edge: 伊勢崎's `完了を目指` / `す。`, the 。 pulling す over, in a year column six ems wide)
  const cellEnds = new Set(paragraphsOf(lines.map((l) => l.line), cell.wrapEdge).map((p) => p.lines.at(-1)!));
  const paragraphs: PdfCell['paragraphs'] = [];
  let open: TextBlock[] = [];
  for (const l of lines) {
    open.push(l);
    if ((l.paragraphEnd && cellEnds.has(l.line)) || l === lines.at(-1)) {
      paragraphs.push({ text: open.map((o) => o.line.text).join(''), lines: open.map((o) => o.line) });
      open = [];
    }
  }
  broken.cells[broken.cells.indexOf(cell)] = joinCells(cell, { ...cell, lines: lines.map((l) => l.line), paragraphs });
  return true;
}

/**
 * The rest of the row the page broke, at the next page's head as one line across its columns: each of the
 * line's pieces stands in a column whose cell of that row has text, at least one of them a cell that ran to
 * its edge; each piece goes on that cell (伊勢崎's ・各種研修 / 計画・実施 × 5 at page 222's foot, `の実施 ・検討
 * ・検討 ・検討 ・検討 ・検討` alone on page 223; Noto Serif 15 pt on A4 by LibreOffice with horizontal rules:
 * the line had been left out of the row, each year's plan short of ・検討). Not the table's header repeated.
 */
function restAcrossColumns(row: PdfBlock & { kind: 'row' }, block: TextBlock, kept: readonly PdfBlock[]): boolean {
  const line = block.line;
  const pieces = line.spread ?? line.fragments.map((text, j) => ({ text, ...line.fragmentBoxes?.[j]! }));
  const boxes = pieces.every((p) => p.x0 !== undefined) ? pieces : null;
  if (!boxes || boxes.length < 2) return false;
  const first = kept.find((x): x is PdfBlock & { kind: 'row' } => x.kind === 'row' && x.table === row.table);
  if (first && first !== row && repeatsHeader(line, first, true)) return false;
  if (labelRole(boxes[0]!.text) !== null) return false;
  // (each piece under the cell whose text starts last left of it: a label column read narrower than its text,
  // 伊勢崎's ・各種研修 from 114.8 pt past the border at 152.4, its rest の実施 at 171.9)
  const texts = row.cells.filter((c) => c.lines.length > 0).map((c) => ({ c, x0: Math.min(...c.lines.map((l) => l.x0)), x1: Math.max(row.table.xs[c.col + c.colSpan] ?? 0, ...c.lines.map((l) => l.x1)) }));
  const cells = boxes.map((b) => texts.filter((t) => t.x0 - line.size * 0.5 <= b.x0).at(-1)).map((t, j) => (t && boxes[j]!.x0 < t.x1 ? t.c : undefined));
  if (cells.some((c, j) => !c || (j > 0 && cells.indexOf(c) !== j))) return false;
  if (cells.some((c) => c!.lines.at(-1)!.size * 1.3 < line.size || line.size * 1.3 < c!.lines.at(-1)!.size)) return false;
  // (values are whole cells: a year, a figure or a dash under the row's own is the next row's — 木更津's
  // indicators R6 | 15件 at page 15's foot, R7 - at page 16's head, IPAex Gothic 14 pt by LibreOffice without rules)
  const value = (t: string) => eraYearOf(t) !== null || /[0-9０-９][^\s0-9０-９]{0,2}$/u.test(t) || /^[-－ー—―‐]$/u.test(t);
  if (cells.some((c, j) => value(c!.paragraphs.at(-1)?.text.trim() ?? '') || value(boxes[j]!.text))) return false;
  // (the first a text the page broke mid-phrase: its cell ran to its edge, no sentence ended, no item opens — not
  // the next row, its label an item as the row's: 伊勢崎's ・ICTの導入、管理 | 導入・管理 × 5 at page 74's foot,
  // ・効果の検証 検証 … at page 75's head, Noto Sans CJK 12 pt on B5 landscape by Chromium, ruled)
  const [c0] = cells;
  if (!(c0!.lines.at(-1)!.x1 >= c0!.wrapEdge - line.size * 2.6 && !ENDS_SENTENCE.test(c0!.paragraphs.at(-1)?.text ?? '') && !STARTS_ITEM.test(boxes[0]!.text))) return false;
  // (and each of the others a cell that ran to its edge: not a heading's cell, the next row's text under it — 木更津's
  // 令和5年度の活動 | 名称 | 年度 | 目標値 | 結果 at page 22's foot, 経過・今後の予定 (各年度末時点) at page 23's head, Noto
  // Serif 14 pt on B5 by LibreOffice with horizontal rules)
  if (cells.slice(1).some((c) => c!.lines.at(-1)!.x1 < (row.table.xs[c!.col + c!.colSpan] ?? c!.wrapEdge) - line.size * 1.5)) return false;
  cells.forEach((c, j) => {
    const cell = c!;
    const piece: PdfLine = { ...line, text: boxes[j]!.text, fragments: [boxes[j]!.text], x0: boxes[j]!.x0, x1: boxes[j]!.x1 };
    delete piece.fragmentBoxes;
    delete piece.spread;
    row.cells[row.cells.indexOf(cell)] = joinCells(cell, { ...cell, lines: [piece], paragraphs: [{ text: piece.text, lines: [piece] }] });
  });
  return true;
}

/**
 * Whether a line at the next page's head opens the next item of the list a cell ended with: the same
 * mark, where that list's last item has it, in a cell of two items or more (刈谷's ・関係部署との調整会議の
 * 開催 4回 alone at a page's head over a heading, and ・防災まちづくり協議会へ… over the table going on,
 * under a 目標達成基準 cell whose items the page broke between; BIZ UDPGothic 11.5 pt on B5 landscape by
 * LibreOffice without rules: both had been lines of their own, the item lost).
 */
function nextItemOf(cell: PdfCell, line: PdfLine): boolean {
  const last = cell.paragraphs.at(-1);
  const at = last?.lines[0];
  if (!last || !at || cell.paragraphs.filter((p) => sameMark(p.text, last.text)).length < 2) return false;
  return sameMark(last.text, line.text) && Math.abs(line.x0 - at.x0) <= at.size * 0.5;
}

/**
 * The row of the page's part of a table whose cell in column k reaches down to its last row `last`:
 * `last` itself, or a row above whose cell is merged down beside it.
 */
function rowReaching(kept: PdfBlock[], last: PdfBlock & { kind: 'row' }, k: number): PdfBlock & { kind: 'row' } {
  if (last.cells.some((c) => c.col === k && c.lines.length > 0)) return last;
  for (let i = kept.indexOf(last) - 1; i >= 0; i--) {
    const r = kept[i]!;
    if (r.kind !== 'row' || r.table !== last.table) break;
    const c = r.cells.find((x) => x.col === k && x.lines.length > 0);
    if (c) return r.row + c.rowSpan - 1 >= last.row ? r : last;
  }
  return last;
}

/** What a row says, cell by cell, whatever columns its cells span: two rows that say the same give the same. */
const saying = (r: PdfBlock & { kind: 'row' }) => JSON.stringify(headings(r).map((h) => h.text));

function sameRow(a: PdfBlock & { kind: 'row' }, b: PdfBlock & { kind: 'row' }): boolean {
  return saying(a) === saying(b);
}

/** Whether a row's cells, three or more, are each a label the vocabulary knows: a header row. */
function labelsRow(r: PdfBlock & { kind: 'row' }): boolean {
  const heads = headings(r);
  return heads.length >= 3 && heads.every((h) => h.text.length <= LABEL_HEADING_CHARS && labelRole(h.text) !== null);
}

/** Whether two rows have the same text in their first cell, and more beside it. */
function sameLabel(a: PdfBlock & { kind: 'row' }, b: PdfBlock & { kind: 'row' } | undefined): boolean {
  const label = (r: PdfBlock & { kind: 'row' }) => (r.cells[0]?.paragraphs.map((p) => p.text).join('\n') ?? '').trim();
  const filled = (r: PdfBlock & { kind: 'row' }) => r.cells.filter((c) => c.paragraphs.length > 0).length;
  return !!b && label(a) !== '' && label(a) === label(b) && filled(a) >= 2 && filled(b) >= 2;
}

/** How many first-cell labels (short texts) two runs of rows have in common. */
function sharedLabels(a: (PdfBlock & { kind: 'row' })[], b: (PdfBlock & { kind: 'row' })[]): number {
  const labels = (rows: (PdfBlock & { kind: 'row' })[]) => new Set(rows.map((r) => compactText(r.cells[0]?.paragraphs.map((p) => p.text).join('') ?? '')).filter((t) => t.length >= 2 && t.length <= 20));
  const inA = labels(a);
  return [...labels(b)].filter((t) => inA.has(t)).length;
}

/** Whether the text of each cell of two rows starts at the same x. */
function sameStarts(a: PdfBlock & { kind: 'row' }, b: PdfBlock & { kind: 'row' }): boolean {
  const starts = (r: PdfBlock & { kind: 'row' }) => r.cells.filter((c) => c.lines.length > 0).map((c) => Math.min(...c.lines.map((l) => l.x0)));
  const x = starts(a);
  const y = starts(b);
  return x.length === y.length && x.every((v, i) => Math.abs(v - y[i]!) <= 2);
}

/**
 * Word processors repeat a table's header row on every page it spans: drop the repetition. A row
 * the page broke (no border under it) goes on in the first row of the next part: join the two.
 */
function joinTableParts(blocks: PdfBlock[], ids: Map<Table, number>, opens: ReadonlySet<PdfBlock> = new Set()): PdfBlock[] {
  const lastPart = new Map<number, Table>();
  const firstRowText = new Map<Table, string>();
  const lastRow = new Map<Table, PdfBlock & { kind: 'row' }>();
  const afterHeader = new Map<Table, Table>();
  // (a header row of labels the vocabulary knows, seen over any part of the document: a part of the table the
  // page before broke may repeat it though that page's part opened with a body row — 刈谷's 組織目標 | 取組内容 | 課等
  // | 目標達成基準 over page 11's rest of ③ 公共施設維持保 / 全計画について…, page 10's part under rules from 181.6 pt a
  // table of its own after ①'s; Noto Sans CJK 15 pt on letter paper by LibreOffice with horizontal rules, the 181st)
  const labelRows = new Set<string>();
  const out: PdfBlock[] = [];
  for (const b of blocks) {
    if (b.kind !== 'row') {
      out.push(b);
      continue;
    }
    const id = ids.get(b.table)!;
    const text = saying(b);
    if (labelsRow(b)) labelRows.add(text);
    let prev = afterHeader.get(b.table);
    afterHeader.delete(b.table);
    if (!firstRowText.has(b.table)) {
      firstRowText.set(b.table, text);
      prev = lastPart.get(id);
      lastPart.set(id, b.table);
      if (prev && (firstRowText.get(prev) === text || (labelsRow(b) && labelRows.has(text)))) {
        // the row under the repeated header is where a broken row goes on
        afterHeader.set(b.table, prev);
        continue;
      }
    }
    // (a row that starts under the broken row's rest, taken at the page's head: see joinTables)
    const broken = prev && !opens.has(b) ? lastRow.get(prev) : undefined;
    // (the rest of a cell merged down beside the broken row goes back to it first: what is left tells whether
    // the row goes on — 刈谷's 組織目標 …計画的に事業を推 beside ② at a page's foot, 進します。 heading the next
    // part's row with ②'s rest 化計画に基づいた…; Noto Sans CJK 15 pt on letter portrait by LibreOffice with
    // horizontal rules, the 181st — the empty cell under the merged one had stopped the row going on)
    if (prev && broken && broken.cells.length === b.cells.length && broken.cells.some((c, i) => c.paragraphs.length === 0 && b.cells[i]!.paragraphs.length > 0)) carrySpanningCellEnds(out.filter((o): o is PdfBlock & { kind: 'row' } => o.kind === 'row' && o.table === prev), b);
    // (a row that ended at the page's foot beside cells merged down past it: the next part's first row is a row of its own
    // beside them, its cells in their columns their rest — 刈谷's やすらぎと…推進しま / す。 merged down beside ③刈谷市駅周辺… |
    // 市街地整備課 | …, shut by a rule under them, ④計画策定後… | まちづくり推進課 | … at the next page's head; IPAGothic 13 pt
    // on A4 by Chromium, ruled, the 321st — read as ③'s rest, ④ and its criteria had been ③'s)
    const beside = prev && broken && broken.cells.length === b.cells.length ? mergedBeside(prev, broken) : null;
    if (beside !== null && b.cells.slice(beside).some((c) => c.paragraphs.length > 0)) {
      for (let i = 0; i < beside; i++) {
        if (b.cells[i]!.paragraphs.length === 0) continue;
        broken!.cells[i] = joinCells(broken!.cells[i]!, b.cells[i]!);
        b.cells[i] = { ...b.cells[i]!, lines: [], paragraphs: [] };
      }
      lastRow.set(b.table, b);
      out.push(b);
      continue;
    }
    if (prev && broken && broken.cells.length === b.cells.length && !opensRow(broken, b) && !yearHeads(b) && !yearHeader(broken, b) && !nextYear(broken, b) && !acrossCells(broken, b) && !(b.table.openTop && !prev.openBottom && partsCell(broken, b)) && (prev.openBottom || b.table.openTop || continuesRow(broken, b))) {
      const moved = cellsByStart(broken, b);
      const apart = parallelAcross(broken, b);
      // (a label merged down beside a sub-table the page broke goes on; a year under a year is the sub-table's next
      // row — 木更津's 令和5年度の活 / 動経過・今後 | 年度 | R8 | 4,800人 at a page's foot, の予定 | | | R8 at the next
      // page's head; IPAex Gothic 14 pt on letter by Chromium, ruled, the 356th: joined, R8R8 had cost the sheet its
      // R8 target and put the sub-table into the progress)
      if (!moved && labelBesideYears(broken, b)) {
        broken.cells[0] = joinCells(broken.cells[0]!, b.cells[0]!);
        b.cells[0] = { ...b.cells[0]!, lines: [], paragraphs: [] };
        lastRow.set(b.table, b);
        out.push(b);
        continue;
      }
      if (moved) for (const [col, cell] of moved) broken.cells[col] = joinCells(broken.cells[col]!, cell, apart.has(col));
      else broken.cells = broken.cells.map((c, i) => joinCells(c, b.cells[i]!, apart.has(i)));
      lastRow.set(b.table, broken);
      continue;
    }
    // (a part set to widths of its own: its cells of overflow under the cells they go on from)
    const overflow = prev && broken && broken.cells.length !== b.cells.length ? overflowOf(broken, b) : null;
    if (broken && overflow) {
      for (const [col, cell] of overflow) broken.cells[col] = joinCells(broken.cells[col]!, cell);
      lastRow.set(b.table, broken);
      continue;
    }
    if (prev && broken && broken.cells.length === b.cells.length && !partHeadOverflow(broken, b)) carryMergedCellEnds(broken, b);
    if (prev && broken) carrySpanningCellEnds(out.filter((o): o is PdfBlock & { kind: 'row' } => o.kind === 'row' && o.table === prev), b);
    lastRow.set(b.table, b);
    out.push(b);
  }
  return out;
}

/**
 * How many columns from the left a table the page broke left open at its foot beside a row that ended there (Table's
 * openFoot: no rule under those cells, one under the row's others, which hold text); null where it did not.
 */
function mergedBeside(table: Table, broken: PdfBlock & { kind: 'row' }): number | null {
  const open = table.openFoot;
  if (!open || !open.every((c, i) => c === i) || broken.row !== table.ys.length - 2) return null;
  return broken.cells.some((c, i) => i >= open.length && c.paragraphs.length > 0) ? open.length : null;
}

/**
 * Whether a row going on at the next part's head in its label has beside it only a sub-table's next row: in each column
 * after the label, a year alone under a year alone (the same year: 木更津 repeats R8 under R8 | 4,800人 beside 令和5年度の
 * 活動経過・今後の予定; other years never go on, see nextYear) or a note in brackets under a column's heading (名称 | 年度 |
 * 目標値 | 結果 at a page's foot, (各年度末時点) under 目標値 at the next page's head). The label merged down beside both goes on;
 * a cell holds one year, and a heading whole at the foot is no sentence going on.
 */
function labelBesideYears(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  if (broken.cells.length !== next.cells.length || !broken.cells[0]?.paragraphs.length || !next.cells[0]?.paragraphs.length) return false;
  const heading = (t: string) => isColumnHeading(t) || labelRole(t) !== null;
  const rest = next.cells.flatMap((c, i) => (i > 0 && c.paragraphs.length > 0 ? [{ c, above: broken.cells[i] }] : []));
  return rest.length > 0 && rest.every(({ c, above }) => {
    return c.lines.length === 1 && ((yearAlone(c) && yearAlone(above)) || (BRACKETED_NOTE.test(said(c)) && above?.lines.length === 1 && heading(said(above))));
  });
}

/** A note in brackets alone: (各年度末時点). */
const BRACKETED_NOTE = /^[（(][^（）()]+[)）]$/u;

/**
 * Whether the next part's first row, in the same columns, has a cell merged across two cells of the row of
 * headings the page broke that both hold text: no one cell's rest, a row of its own — 木更津's 指標① | 名称 | 年度 |
 * 目標値 | 結果 at page 29's foot, (各年度末時点) across 目標値 and 結果 at page 30's head (IPAex Gothic 16 pt on B5
 * by LibreOffice in an outer frame, the 161st: read as 目標値's rest, 目標値(各年度末時点) had become each
 * target's indicator name).
 */
function acrossCells(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  // (a row of headings, labels the vocabulary knows or a sub-table's column headings: a row of prose may go on
  // in a part whose grid its lines misread — 刈谷's ①ストックマ | ネジメント計画に基づき、… over the part's columns,
  // IPAex Gothic 16 pt on B5 by LibreOffice in an outer frame, the 161st)
  const texts = broken.cells.map(cellText).filter((t) => t !== '');
  if (texts.length < 2 || !texts.every((t) => labelRole(t) !== null || isColumnHeading(t))) return false;
  // (its text across the border between them, an em either side, where both parts set that border alike: not a
  // cell the part's grid merged, its text in one — 部長目標's …経営に向けた / 取組を進めます！ at page 8's head, that
  // page's grid read from other text, IPAex Gothic 14 pt on B5 by LibreOffice in outer frames, the 162nd)
  const xs = next.table.xs;
  return next.cells.some((c) => c.lines.some((l) => {
    for (let m = c.col + 1; m < c.col + c.colSpan; m++) {
      const x = xs[m]!;
      if (Math.abs((broken.table.xs[m] ?? Infinity) - x) > l.size) continue;
      const left = broken.cells.find((o) => o.col < m && o.col + o.colSpan >= m);
      const right = broken.cells.find((o) => o.col === m);
      if (l.x0 < x - l.size && l.x1 > x + l.size && !!left?.lines.length && !!right?.lines.length) return true;
    }
    return false;
  }));
}

/**
 * Whether the next part's first row, in the same columns, has a cell with text starting inside a
 * cell with text of the row the page broke (asked where the page closed that row with a border and
 * opened the part without one, as Chromium breaks a ruled table): a row goes on in the cells it
 * has, so that row is a row of its own (木更津's `(各年度末時点)` merged across 目標値 and 結果 at page 18's foot, `R5 |
 * 350,000,000円` at page 19's head in two cells under the top border Chromium leaves open: fully
 * ruled, IPAex Gothic 12.5 pt on letter landscape without padding, the 136th typography). Not
 * elsewhere: a cell merged across columns may be text read across a gap (部長目標's goal
 * 国民健康保険事業の安定的かつ over two columns at page 5's foot, 持続的な… in the second at page 6's
 * head, in a frame by LibreOffice).
 */
function partsCell(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  const a = broken.table.xs;
  const b = next.table.xs;
  if (a.length !== b.length || a.some((x, i) => Math.abs(x - b[i]!) > 1.5)) return false;
  const spanning = broken.cells.filter((c) => c.colSpan > 1 && c.paragraphs.length > 0);
  return next.cells.some((c) => c.paragraphs.length > 0 && spanning.some((o) => c.col > o.col && c.col < o.col + o.colSpan));
}

/**
 * The next part's first row as the overflow of the row the page broke, when the part is set to
 * columns of its own (LibreOffice lays each page's part of a table anew): each of its cells' text
 * starting where the lines of one cell of that row start, not its label's, and one of those
 * having run to its edge mid-sentence (部長目標's 4 下水道事業の安定的な経営に向けた取組を進めま /
 * す！ 達成, the next page's part in six columns against five, Noto Sans 11.5 pt; 総務部長 /
 * やぶき ゆういち / 矢吹 勇一 beside 2 多様な人材の…推 / 進します！, an outer frame, Noto Serif
 * landscape 10 pt: both by LibreOffice). Returns, per cell of the broken row, its overflow.
 * `midSentenceOnly`: only where a cell went on mid-sentence (for a part whose columns align with none of
 * the row's: 伊勢崎's year header and legend at a page's head under 取組達成度 | ○ | ○ … is no overflow).
 */
function overflowOf(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }, midSentenceOnly = false): Map<number, PdfCell> | null {
  const filled = next.cells.filter((c) => c.paragraphs.length > 0);
  if (filled.length === 0) return null;
  // (not under the row's label: a label of its own starts a row)
  const out = underStarts(broken, filled, 1);
  if (!out) return null;
  // (nor where a year stands under another year: the next year's row, whatever cell beside it goes on —
  // 木更津's 指標② name 市ホームページ内のウ beside R5 | 360件 at a page's foot, ェブサイトアンケート… beside
  // R6 | 330件 at the next page's head; Noto Sans CJK 12 pt on B5 landscape at 1.9 leading by LibreOffice
  // without rules, where R5 and R6 had been read as one year's cell)
  if ([...out].some(([col, cell]) => yearUnderYear(broken.cells[col]!, cell))) return null;
  const goesOn = [...out].some(([col, cell]) => {
    const above = broken.cells[col]!;
    const end = above.paragraphs.at(-1);
    if (!end || !midSentence(end.text.trim(), cell.paragraphs[0]!.text, end.text)) return false;
    const line = end.lines.at(-1)!;
    if (!longEnoughToWrap(line)) return false;
    // (or, in columns read from text gaps, their borders mid-gap: a cell of several lines whose
    // last starts where its text starts)
    return ranToEdge(above, line, broken.table) || (above.lines.length >= 2 && line.x1 >= above.wrapEdge - line.size * 2.6 && line.x0 - cellStart(above) <= line.size * 1.5);
  });
  // (or the row had shown one line of its label and cells when the page broke it, and nothing
  // under it opens an item: 子ども未来部 | 子ども未来部長 | 目標 at the foot, しむらあきこ / 志村明子
  // and the 目標 list at the head of the next page. Not a row with no label of its own, as R5 |
  // 15回 under 指標① whose R6 | 30回 heads the next page, nor a header row of labels)
  const text = (c: PdfCell) => c.paragraphs.map((p) => p.text).join('').trim();
  const row = broken.cells.filter((c) => c.paragraphs.length > 0);
  const oneLine =
    broken.cells.every((c) => c.lines.length <= 1) &&
    (broken.cells[0]?.paragraphs.length ?? 0) > 0 &&
    !row.every((c) => labelRole(text(c)) !== null) &&
    [...out.values()].every((c) => !STARTS_ITEM.test(c.paragraphs[0]!.text));
  return goesOn || (oneLine && !midSentenceOnly) ? out : null;
}

/**
 * The next part's cells under the cells of the broken row where their text starts, when a cell of
 * the part spans other columns than the row's there: the end of a row of another table set in its
 * own widths, read in the columns of the table under it (部長目標's 5 交通安全対策… / 6 まちづくり行政…
 * at the head of a page, one cell across the 教育部 frame's name and goal columns, Noto Serif by
 * LibreOffice in outer frames). Null where the cells line up by column.
 */
function cellsByStart(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): Map<number, PdfCell> | null {
  const filled = next.cells.filter((c) => c.paragraphs.length > 0);
  // (or one under a cell of the row above merged across its column: see coveringCell)
  // (or whose text starts outside the row's column of its number, the part set to widths of its own in as
  // many columns: 部長目標's 6 まちづくり行政のデジタル化を進めま / す！ 達成, `す！` at 229.2 pt in the 教育部 part's
  // second column, from 147.5, where the broken row's second column ends at 208.9 — joined by number, it
  // had gone into 目標; BIZ UDPGothic 14 pt on B5 by LibreOffice with filled label cells)
  const xs = broken.table.xs;
  const outside = (c: PdfCell) => c.lines.length > 0 && c.col + 1 < xs.length && (cellStart(c) < xs[c.col]! - 2 || cellStart(c) > xs[c.col + 1]! + 2);
  if (!filled.some((c) => c.colSpan !== broken.cells[c.col]?.colSpan || (c.col < broken.cells.length && coveringCell(broken, c.col) !== broken.cells[c.col]) || outside(c))) return null;
  const out = underStarts(broken, filled, 0);
  return out && [...out].some(([col, cell]) => col !== cell.col) ? out : null;
}

const cellStart = (c: PdfCell) => Math.min(...c.lines.map((l) => l.x0));

/** Each cell under the cell of the row whose lines start where its own do (from column `first` on), or null where one has none. */
function underStarts(broken: PdfBlock & { kind: 'row' }, cells: PdfCell[], first: number): Map<number, PdfCell> | null {
  const out = new Map<number, PdfCell>();
  for (const cell of cells) {
    // (where any of its lines starts, or an item's text after its marker: the marker stands out of
    // the hanging indent where the overflow goes on — 刈谷's ③生活保護受給者に / 対し医療扶助のオン at
    // 173 and 182.8 pt, ライン資格確認がで at 182.8 on the next page, ruled; ④生活に困窮し教育に alone
    // at 173, 不安を抱える世帯の子 at 179.8 under the repeated header, in an outer frame; both by
    // LibreOffice in IPAex Gothic 12 pt, 30 mm)
    const start = cellStart(cell);
    let col = broken.cells.findIndex((c) => c.lines.some((l) => Math.abs(l.x0 - start) <= 2 || (isItem(l.text) && start > l.x0 && start - l.x0 <= l.size * 1.5)));
    // (or the rest of the row's label, under it, where the two make a department's name that the
    // label alone is not: 部長目標's 健康いきいき / 部 broken by the page, framed by LibreOffice in Noto
    // Serif 13 pt — not a label of its own)
    // (or of a label the vocabulary knows, the label alone none: 木更津's 令和5年度の活 / 動経過・今後の at
    // a page's foot, 予定 at the next page's head — ruled by Chromium in BIZ UDPGothic 12 pt, 25 mm)
    // (or of a first column of running text that ran to its edge mid-sentence: 刈谷's 組織目標 …活用できる経 /
    // 営感覚あふれる職員を育成します。 beside 取組内容's …研修会な / どに積極的に参加します。, the part's columns
    // read anew; BIZ UD Mincho 11.5 pt on A3 landscape by LibreOffice with horizontal rules)
    if (cells.indexOf(cell) === 0 && col <= 0 && (brokenName(broken.cells[0], cell) || brokenLabel(broken.cells[0], cell) || textGoesOn(broken, cell))) col = 0;
    else if (col < first) return null;
    if (out.has(col)) return null;
    out.set(col, cell);
  }
  return out;
}

/** Whether the first cell of a row the page broke is running text that ran to its edge mid-sentence, the cell under it its next line. */
function textGoesOn(broken: PdfBlock & { kind: 'row' }, rest: PdfCell): boolean {
  const first = broken.cells[0];
  const end = first?.paragraphs.at(-1);
  const line = end?.lines.at(-1);
  const after = rest.paragraphs[0]?.text ?? '';
  // (its one line at the page's foot shows no wrap edge of its own: up to the column's border)
  const full = first && line && (first.lines.length >= 2 ? ranToEdge(first, line, broken.table) : line.x1 >= (broken.table.xs[first.col + first.colSpan] ?? Infinity) - line.size * 1.5);
  // (running text, not a label nor one with its note: 伊勢崎's 取組達成度 at a page's foot over the year header
  // the next page repeats; 取組達成度 ◎:計画以上 ○:ほぼ計画通り △:計画以 over 取組課題と次年度以降の方針(…), the
  // next row's label)
  const leadsWithLabel = (text: string) => labelRole(text.trim().split(/[\s\u3000(（※◎○△×]/u)[0] ?? '') !== null;
  return !!first && !!end && !!line && !!full && [...end.text.trim()].length >= 10 && !leadsWithLabel(first.paragraphs[0]?.text ?? '') && !leadsWithLabel(after) && longEnoughToWrap(line) && midSentence(end.text.trim(), after, end.text) && Math.abs(cellStart(rest) - cellStart(first)) <= line.size;
}

/** Whether a label cell and the cell under it on the next page make one department's name, the label alone none. */
function brokenName(label: PdfCell | undefined, rest: PdfCell): boolean {
  const text = (c: PdfCell) => c.paragraphs.map((p) => p.text).join('').replace(/\s+/g, '');
  if (!label || label.lines.length === 0 || rest.lines.length === 0) return false;
  const x0 = Math.min(...label.lines.map((l) => l.x0));
  const x1 = Math.max(...label.lines.map((l) => l.x1));
  const start = cellStart(rest);
  return start >= x0 - 2 && start < x1 && !DEPARTMENT_NAME_END.test(text(label)) && DEPARTMENT_NAME_END.test(text(label) + text(rest)) && (text(label) + text(rest)).length <= 14;
}

/** Whether a label cell and the cell under it on the next page, starting where it does, make a label the vocabulary knows, the label alone none. */
function brokenLabel(label: PdfCell | undefined, rest: PdfCell): boolean {
  const text = (c: PdfCell) => c.paragraphs.map((p) => p.text).join('').replace(/\s+/g, '');
  if (!label || label.lines.length === 0 || rest.paragraphs.length !== 1 || Math.abs(cellStart(rest) - cellStart(label)) > 2) return false;
  return labelRole(text(label)) === null && labelRole(text(label) + text(rest)) !== null;
}

/** Whether a label cell's text at a page's foot and the next part's make a department's name the first is not: its last word cut off (子ども未 / 来部). */
function cutDepartmentName(was: string, now: string): boolean {
  return labelRole(was) === null && !DEPARTMENT_NAME_END.test(was) && DEPARTMENT_NAME_END.test(was + now) && [...now].length <= 6;
}

/** A cell holding a row's label: one short phrase, no sentence, no list, and any note under it. */
function labelCell(c: PdfCell | undefined): boolean {
  // (a label may hold its note under it: 伊勢崎's 取組成果 / ※継続した取組の場合年度ごとに取組の成果を表示)
  const text = c && c.paragraphs.length >= 1 && c.paragraphs.slice(1).every((p) => /^[※＊*]/.test(p.text.trim())) ? c.paragraphs[0]!.text.trim() : '';
  return text.length >= 2 && text.length <= 10 && !ENDS_SENTENCE.test(text) && !/[、，,・･]$/.test(text) && !STARTS_ITEM.test(text);
}

/**
 * Whether the next part of a table the page parted starts a row of its own, its border left open
 * or not: a label of its own under the label of the row above, whose phrase was complete, and no
 * cell of that row going on mid-sentence at its edge (部長目標's 基本方針 at the foot of a page,
 * 部の仕事 at the head of the next, printed ruled by Chromium in landscape gothic 12 pt: Chromium
 * draws the border between them on the next page only).
 */
export function opensRow(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  // a label the vocabulary knows, first in the part, opens a row: no sentence goes on in one
  // (木更津's 取組視点 | 5つの柱④ 情報 at the head of the page after sheet 8's last text, the next
  // sheet in an outer frame open at both ends, Chromium, landscape gothic 12 pt)
  // (first in the part whichever its column: 部長目標's 基本方針 in the second column at a page's head,
  // its label column empty, under the 部長's name 川口 荘一; IPAex Gothic 14 pt landscape, Chromium)
  const at = Math.max(0, next.cells.findIndex((c) => c.paragraphs.length > 0));
  const first = next.cells[at];
  const before = broken.cells[at]?.paragraphs.at(-1)?.text.trim() ?? '';
  if (labelCell(first) && labelRole(first!.paragraphs[0]!.text.trim()) !== null && !OPEN_PHRASE_END.test(before)) return true;
  // (the label stands first in both rows: a short value in a later column, 刈谷's 課等, is none)
  const label = broken.cells.findIndex((c) => c.paragraphs.length > 0);
  const above = broken.cells[label];
  if (!above || label !== next.cells.findIndex((c) => c.paragraphs.length > 0) || !labelCell(above) || !labelCell(next.cells[label]) || OPEN_PHRASE_END.test(above.paragraphs[0]!.text.trim())) return false;
  // (nor one word the page broke: the label above ran up to its column's border, the part's label opens
  // on a kana — 部長目標's 健康いきい / き部 in 14.5 pt over its row's goals 2–5; Noto Serif 11.5 pt, 30 mm,
  // by LibreOffice with horizontal rules)
  // (or on a word of two characters or one that is no label of its own: 部長目標's 子ど / も at a page's foot, 未 / 来 and
  // 部 at the next page's head beside しむらあきこ / 志村明子, Noto Sans CJK 12 pt on A4 with 30 mm margins by Chromium in
  // an outer frame, the 204th — the frame drawn again over the part, nothing else showed the row going on)
  const end = above.lines.at(-1);
  const part = next.cells[label]!.paragraphs[0]!.text.trim();
  const fragment = GOES_ON.test(part) || ([...part.replace(/\s+/g, '')].length <= 2 && labelRole(part) === null);
  if (end && fragment && end.x1 >= (broken.table.xs[above.col + above.colSpan] ?? broken.table.x1) - end.size) return false;
  // (nor a department's name cut before its last word: 子ども未 / 来部 beside 子ども未来部長 しむらあきこ / 志村明子,
  // Noto Serif CJK 13 pt on B5 by Chromium, ruled, the 174th — read as a row of its own, seven goals were lost)
  if (cutDepartmentName(cellText(above), cellText(next.cells[label]))) return false;
  return broken.cells.every((c, i) => {
    const end = c.paragraphs.at(-1);
    return i === label || !end || ENDS_SENTENCE.test(end.text.trim()) || !ranToEdge(c, end.lines.at(-1)!, broken.table);
  });
}

/**
 * The next part's first row holding, over an item that opens a row of its own, the end of the row
 * the page broke: a cell's first paragraph goes on mid-sentence from that row's cell, which ran to
 * its edge, and a later paragraph of it opens an item (刈谷's ④しげはら園に…支援を行うととも at a page's
 * foot, に、保護者の支援を行います。 over ⑤児童発達支援センター… at the next page's head, one line pitch
 * apart, ④'s last target beside them; BIZ UD Gothic 11 pt landscape by LibreOffice without rules).
 * The paragraphs above that item's line, in every cell, go on in the broken row (in place).
 */
function partHeadOverflow(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  const topOf = (p: PdfCell['paragraphs'][number]) => Math.min(...p.lines.map((l) => l.top));
  let y: number | null = null;
  next.cells.forEach((c, i) => {
    const above = broken.cells[i]!;
    const end = above.paragraphs.at(-1);
    const first = c.paragraphs[0];
    if (y !== null || !end || !first || STARTS_ITEM.test(first.text.trim())) return;
    const item = c.paragraphs.findIndex((p, j) => j > 0 && NUMBERED_ITEM.test(p.text));
    if (item < 0 || !midSentence(end.text.trim(), first.text) || !ranToEdge(above, end.lines.at(-1)!, broken.table)) return;
    y = topOf(c.paragraphs[item]!);
  });
  if (y === null) return false;
  const at: number = y;
  // (another cell of the row starts on the item's line: a row starts there, not a list in one cell)
  if (next.cells.filter((c) => c.paragraphs.some((p) => Math.abs(topOf(p) - at) <= 2)).length < 2) return false;
  // (each cell parts between its paragraphs there, or not at all)
  const cut = next.cells.map((c) => c.paragraphs.filter((p) => topOf(p) < at - 1).length);
  if (next.cells.some((c, i) => c.paragraphs.slice(0, cut[i]).some((p) => p.lines.some((l) => l.top >= at - 1)) || c.paragraphs.slice(cut[i]).some((p) => topOf(p) < at - 1))) return false;
  next.cells.forEach((c, i) => {
    const n = cut[i]!;
    if (n === 0) return;
    const head = c.paragraphs.slice(0, n);
    const lines = head.flatMap((p) => p.lines);
    broken.cells[i] = joinCells(broken.cells[i]!, { ...c, lines, paragraphs: head });
    next.cells[i] = { ...c, lines: c.lines.filter((l) => !lines.includes(l)), paragraphs: c.paragraphs.slice(n) };
  });
  return true;
}

/** An item's number (①, (1)), not a bullet or a grade mark. */
const NUMBERED_ITEM = /^\s*(?:[①-⑳㉑-㉟]|[（(][0-9０-９]+[）)])/u;

/** Text no sentence starts with: a kana ending (`ます。`) or a closing mark. */
const GOES_ON = /^[ぁ-ゖ、。，．）」』]/;

/**
 * A cell merged down several rows (組織目標) that the page broke: its last words open the next
 * part's first row, which is a new row for every other cell. They go back to the merged cell,
 * whose text the layout carries down to the rows it spans.
 */
function carryMergedCellEnds(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): void {
  // (or its words go on in a kanji, where a cell beside it numbers its list on from the row the page broke: the merged
  // cell stands beside both rows' items — 刈谷's 組織目標 やすらぎと…整備し、持 beside ① at a page's foot, 続可能なまちづく /
  // りを推進します。 beside ② at the next page's head; BIZ UDPMincho 13.5 pt on B5 by LibreOffice without rules, the 351st)
  const numberedOn = (i: number) =>
    next.cells.some((c, j) => {
      const n = j === i ? null : itemNumber(c.paragraphs[0]?.text ?? '');
      const last = broken.cells[j]?.paragraphs.map((p) => itemNumber(p.text)).filter((k) => k !== null).at(-1);
      return n !== null && last !== undefined && n === last + 1;
    });
  next.cells.forEach((c, i) => {
    if (!mergedCellGoesOn(broken, next, i, numberedOn(i))) return;
    broken.cells[i] = joinCells(broken.cells[i]!, c);
    next.cells[i] = { ...c, lines: [], paragraphs: [] };
  });
}

/**
 * Whether the next part's first row opens column `i` with the rest of the broken row's cell: one paragraph going on from a
 * cell that ran to its edge mid-sentence — on a kana or a closing mark, or (`numberedOn`: a cell beside it numbers its list
 * on from the broken row) on anything but an item.
 */
function mergedCellGoesOn(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }, i: number, numberedOn = false): boolean {
  const c = next.cells[i];
  const above = broken.cells[i];
  const first = c?.paragraphs[0];
  const before = above?.paragraphs.at(-1);
  if (!c || !above || !first || !before || c.paragraphs.length !== 1 || ENDS_SENTENCE.test(before.text) || !(GOES_ON.test(first.text) || (numberedOn && !STARTS_ITEM.test(first.text.trim())))) return false;
  // (a unit's name whole opens no cell's rest, whatever kana it starts with: 刈谷's くらし安心課 under くらし安心課)
  return ranToEdge(above, before.lines.at(-1)!, broken.table) && !unitUnderUnit(before.text, first.text);
}

/** Two units' names, each whole: the names of two items' rows (刈谷's くらし安心課 at a page's foot and at the next page's head). */
const unitUnderUnit = (before: string, after: string) => isUnitName(before) && isUnitName(after);

/**
 * A cell merged down the rows under it that the page broke while its text still ran: its cells in
 * those rows empty, its last line in the row the page broke, run to its edge mid-phrase. The text
 * that opens the same column of the next part's first row, one paragraph, is its rest, whatever it
 * starts with (木更津's 指標② name 市ホームページ内のウェブサイ / トアンケートにおける改善意見 beside
 * R5 | 360件 and R6 | 330件 at a page's foot, 数（100万閲覧数あたり） beside R7 | 300件 at the next
 * page's head; IPAex Gothic 9 pt by LibreOffice without rules). `part`: the rows of the part before.
 */
function carrySpanningCellEnds(part: (PdfBlock & { kind: 'row' })[], next: PdfBlock & { kind: 'row' }): void {
  for (const { owner, i, j } of spanningCellEnds(part, next)) {
    owner.cells[i] = joinCells(owner.cells[i]!, next.cells[j]!);
    next.cells[j] = { ...next.cells[j]!, lines: [], paragraphs: [] };
  }
}

/** Where carrySpanningCellEnds finds a merged cell's rest: the next part's column `j` goes on from `owner`'s column `i`. */
function spanningCellEnds(part: (PdfBlock & { kind: 'row' })[], next: PdfBlock & { kind: 'row' }): { owner: PdfBlock & { kind: 'row' }; i: number; j: number }[] {
  const broken = part.at(-1);
  if (!broken) return [];
  return next.cells.flatMap((c, j) => {
    const first = c.paragraphs[0];
    // (nor a heading: 木更津's 名称 of 指標②'s header under 指標①'s note, LibreOffice ruled in Noto Sans CJK 11 pt landscape)
    if (!first || c.paragraphs.length !== 1 || STARTS_ITEM.test(first.text.trim()) || (labelCell(c) && labelRole(first.text.trim()) !== null) || isColumnHeading(first.text.trim())) return [];
    // (the column whose cell starts where this one does: LibreOffice sets each page's part anew)
    const start = cellStart(c);
    const i = broken.cells.findIndex((o) => Math.abs((broken.table.xs[o.col] ?? -Infinity) - (next.table.xs[c.col] ?? Infinity)) <= 3 || o.lines.some((l) => Math.abs(l.x0 - start) <= 2));
    if (i < 0 || broken.cells[i]!.paragraphs.length > 0) return [];
    let k = part.length - 2;
    while (k >= 0 && (part[k]!.cells.length !== broken.cells.length || part[k]!.cells[i]!.paragraphs.length === 0)) k--;
    const owner = part[k];
    const above = owner?.cells[i];
    const before = above?.paragraphs.at(-1);
    // (a closing bracket a particle goes on from ends no sentence, and that particle carries the text on
    // though the cell's lines stopped a row over the page's foot: 木更津's インターネット広告（ディスプレイ広告） beside
    // R5, R6 empty, のクリック率 beside R7 | 0.32% at the next page's head; BIZ UDPGothic 11.5 pt on B5 landscape,
    // ruled by LibreOffice — the rest of the name had been taken for the note)
    if (!owner || !above || !before || !midSentence(before.text.trim(), first.text) || Math.abs(cellStart(above) - start) > 2) return [];
    const end = before.lines.at(-1)!;
    // (its last line wholly over that row: one level with the row's top, the rule drawn across the line's height beside
    // it, reaches it — 刈谷's 計画的に事業を推 over 651.7 pt where ② starts, LibreOffice with horizontal rules, the 181st)
    if ((end.bottom <= broken.top + 1 && !PARTICLE_START.test(first.text.trim())) || !ranToEdge(above, end, owner.table) || !longEnoughToWrap(end)) return [];
    return [{ owner, i, j }];
  });
}

/**
 * LibreOffice and Chromium close a row the page broke with a border: the next part's first row
 * then holds only the overflow, in fewer cells, each under a cell that had text, and at least
 * one going on from a cell that stopped mid-sentence (another may go on with its next `・` item).
 */
function continuesRow(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  const filled = (r: PdfBlock & { kind: 'row' }) => r.cells.filter((c) => c.paragraphs.length > 0).length;
  if (filled(next) === 0 || filled(next) > filled(broken)) return false;
  // As many cells as the row above (LibreOffice splits the label cell too): then every cell must
  // have run to its wrap edge mid-sentence at the page foot, as a label like 取組状況 does not.
  const fewer = filled(next) < filled(broken);
  // (under a cell of the row above merged across its column: see coveringCell)
  const parts = next.cells.flatMap((c, i) => (c.paragraphs.length === 0 ? [] : [{ cell: coveringCell(broken, i), after: c.paragraphs[0]!.text, rest: c }]));
  // A next part that has a label of its own where the row above has one starts a row, unless a
  // cell beside the label shows the break: it ran to its edge mid-sentence (木更津's next sheet,
  // 取組視点 | 5つの柱④, under 令和5年度の活動経過・今後の予定 | …寄附件数, with an outer frame)
  const labelled = (next.cells[0]?.paragraphs.length ?? 0) > 0 && (broken.cells[0]?.paragraphs.length ?? 0) > 0;
  const goesOn = ({ cell, after }: (typeof parts)[number]) => {
    const before = cell.paragraphs.at(-1)!;
    const end = before.lines.at(-1)!;
    return goesOnAfter(before, cell.wrapEdge, after) && ((fewer && !labelled) || end.x1 >= cell.wrapEdge - end.size * 2.6);
  };
  if (!parts.every((p) => p.cell.paragraphs.length > 0)) return false;
  // A row of its own under a label merged down beside it: every column the row above filled but the label's
  // filled again, the first with its own item under the same mark, the rest each one short value under one
  // (伊勢崎's ・地球温暖化対策啓発用品配布 | 実施 × 5 at a page's head under ・エコドライブステッカーの配布 | 実施 × 5,
  // 取組 工程 merged down beside both, a rule under each; Noto Sans CJK 15 pt on A4 by LibreOffice with horizontal
  // rules, the 355th — fewer cells only by the label's, read as one row: 実施実施)
  const oneLine = (c: PdfCell | undefined) => c?.paragraphs.length === 1 && c.lines.length === 1;
  const ownRow =
    !labelled &&
    parts.length >= 2 &&
    parts[0]!.cell.col > 0 &&
    sameMark(parts[0]!.cell.paragraphs[0]!.text, parts[0]!.after) &&
    broken.cells.every((c, i) => i === 0 || c.paragraphs.length > 0 === (next.cells[i]?.paragraphs.length ?? 0) > 0) &&
    parts.slice(1).every((p) => oneLine(p.rest) && oneLine(p.cell));
  if (ownRow) return false;
  // a label the vocabulary knows, whole at the foot, does not go on with a department's name or another
  // label at the next part's head: that is the next row's (部長目標's 目標 | 1 都市マスタープラン… at a page's
  // foot, 教育部 | 教育部長 … at the next page's head; BIZ UDPGothic 14 pt on B5 by Chromium with horizontal
  // rules, the 162nd typography — read as 目標教育部, the department's goals were given to it)
  const [was, now] = [cellText(broken.cells[0]), cellText(next.cells[0])];
  if (labelled && labelRole(was) !== null && (DEPARTMENT_NAME_END.test(now) || labelRole(now) !== null) && labelRole(was + now) === null) return false;
  // a label cut mid-word at the foot, its last character or two heading the next part, goes on
  // whatever the cells beside it show: they break between their own lines (部長目標's 15 pt
  // 子ども未来 / 部 beside 子ども未来部長 / しむらあきこ and 目標 / its list, Noto Sans 11.5 pt by LibreOffice)
  // (or a department's name cut before its last word, the part at the foot no name of its own:
  // 子ども / 未来部 beside 子ども未来部長 しむらあきこ / 志村明子, Noto Serif CJK 15 pt on A4 by Chromium, the 163rd)
  const cutName = cutDepartmentName(was, now);
  const head = parts[0];
  if (labelled && head && head.cell.col === 0 && ([...head.after.trim()].length <= 2 || cutName) && next.cells[0]!.paragraphs.length === 1 && labelCell(head.cell) && goesOn(head)) return true;
  // a label | text sheet whose next part starts with no label: the text goes on (桑名 printed
  // with an outer frame only: ④ ⑤ of 手段及び方策 at the head of the next page)
  if (broken.cells.length === 2 && filled(broken) === 2 && next.cells[0]!.paragraphs.length === 0) return true;
  // (a list going on with its next item, alone in its column at the next part's head, beside the row's
  // other cells all ended: 刈谷's ・再開発に関する重点地区の意向確認 5回 under the repeated header, after
  // ・関係機関等との調整会議の開催 8回 at the page's foot; a row of its own would have its item's title.
  // Noto Serif CJK 11 pt landscape by LibreOffice in an outer frame)
  const nextItem = (p: (typeof parts)[number]) => p.cell.col > 0 && filled(broken) >= 2 && sameMark(p.cell.paragraphs.at(-1)!.text, p.after);
  // (a unit's name whole under a unit's name whole, beside other cells, shows no break: each item's row names its
  // own unit — 刈谷's くらし安心課 beside ①…設備を整備します。 at a page's foot, くらし安心課 beside ②防犯・交通安全… at
  // the next page's head; BIZ UDPMincho 13.5 pt on B5 by LibreOffice, the 351st — read as ①'s rest, ② had lost a criterion).
  // Not under a cell of several names, one for each of the row's items: a row of items may go on with its next item and its
  // name — 刈谷's ① ② | 生涯学習課 / 生涯学習課 at a page's foot, ③ | スポーツ課 with ②'s criteria at the next page's head;
  // BIZ UDMincho 12 pt on B5 by Chromium without rules, the 362nd
  const namesWhole = (p: (typeof parts)[number]) => parts.length >= 2 && p.cell.paragraphs.length === 1 && unitUnderUnit(p.cell.paragraphs[0]!.text, p.after);
  if (fewer) return parts.some((p) => goesOn(p) && !(labelled && p.cell.col === 0) && !namesWhole(p)) || (parts.length === 1 && !labelled && nextItem(parts[0]!));
  // Every cell but the label going on mid-sentence at the foot is a broken row too (the label's
  // note starts a paragraph of its own: 伊勢崎's ※取組における課題… under 取組課題と次年度以降の方針,
  // printed without rules): a row the page did not break ends its cells' sentences.
  // (a label cut on a phrase that goes on goes on whatever its length: 桑名's ３．目標達成のための at
  // the foot of a page, 手段及び / 方策 at the head of the next, LibreOffice in landscape 9 pt)
  const stops = parts.filter((p) => !goesOn(p) && !(p.cell.col === 0 && OPEN_PHRASE_END.test(p.cell.paragraphs.at(-1)!.text.trim())));
  if (stops.length === 0 || (parts.length >= 3 && stops.length === 1 && stops[0] === parts[0] && parts[0]!.cell.col === 0)) return true;
  // A column of names (刈谷's 課等: 総務文書課 / 税務課 at the foot, 税務課 at the head of the next
  // page, one per item) neither ends a sentence nor runs to its edge, broken or not, and a list
  // goes on with its next item whether the page broke it or not: beside two cells or more that go
  // on mid-sentence from their edge, they go on too (刈谷 ruled by LibreOffice in IPAex Gothic
  // 12 pt, 30 mm: ① 職員向けの業務改善制度を実施し、業務改 / 善を推進します。 under the repeated header;
  // 将来にわたっての / 施設の適正な管理と、… beside ・管渠改修延長 1.5km / ・人孔蓋改修数 189箇所)
  const showsNoBreak = (p: (typeof parts)[number]) => (namesOnly(p.cell.paragraphs) && namesOnly(p.rest.paragraphs)) || (isItem(p.cell.paragraphs.at(-1)!.text) && isItem(p.after));
  // (each of those lines long enough to have wrapped — 木更津's R5 | 360件 beside 市ホームペー at a page's
  // foot, R6 | 330件 a row of its own on the next, horizontal rules by LibreOffice in IPAex Gothic 12 pt,
  // 30 mm — and no name, which may fill its column: 刈谷's 公園緑地課 at the foot beside ①'s last line,
  // ② and 公園整備課 heading the next page, Noto Serif 12 pt by LibreOffice with horizontal rules)
  // (or a unit's name cut before its last word, the part at the foot no name of its own: 刈谷's くらし / 安心課 beside ②防犯・交通安全
  // 意識の高揚 / に努めます。 under the header the page repeats; IPA Mincho 12.5 pt on B5 by LibreOffice without rules, the 359th —
  // refused, the goal had been two records, the second 取組内容に努めます。)
  const cutUnit = (p: (typeof parts)[number]) => {
    const before = p.cell.paragraphs.at(-1)!.text.trim();
    return !isUnitName(before) && isUnitName(before + p.after.trim()) && p.rest.paragraphs.length === 1;
  };
  const broke = parts.filter((p) => goesOn(p) && ((longEnoughToWrap(p.cell.paragraphs.at(-1)!.lines.at(-1)!) && !(namesOnly(p.cell.paragraphs) && namesOnly(p.rest.paragraphs))) || cutUnit(p)));
  return broke.length >= 2 && stops.every((p) => p.cell.col > 0 && showsNoBreak(p));
}

const isItem = (text: string) => STARTS_ITEM.test(text.trim());

/** Whether two texts open items with the same mark (・ and ・, not ① and ・). */
const sameMark = (a: string, b: string) => {
  const [x, y] = [a.trim(), b.trim()];
  return /^[・･●○◆◇■□※]/u.test(x) && x[0] === y[0];
};

/** A line long enough to have wrapped: a short value in a narrow column (木更津's R5 | 10件 over R6 | 15件) reaches its edge with nothing to go on. */
const longEnoughToWrap = (line: PdfCell['lines'][number]) => line.x1 - line.x0 >= line.size * 4;

/**
 * Paragraphs each a short name or value, no sentence, clause nor item in any (a 課等 cell's 総務文書課 / 税務課) —
 * line by line: names a line each may be read as one paragraph where their lines stand as close as a wrap's
 * (刈谷's 下水道課 雨水対策課 / 水道課, BIZ UDPMincho 11 pt by LibreOffice, 1.15 em leading, 1 pt cell padding).
 */
const namesOnly = (ps: PdfCell['paragraphs']) => ps.every((p) => !/[。、，,．.！？]/.test(p.text) && !isItem(p.text) && (p.lines.length > 0 ? p.lines : [{ text: p.text }]).every((l) => [...l.text.trim()].length <= 10));

/**
 * Whether a cell's last line ran to its wrap edge, as a line the page broke does. It starts at the
 * column's left: a short label set centred in a narrow column (部長目標's 総括 at the foot of page
 * 4, LibreOffice, no rules) meets the edge with no sentence to go on, and the next page's
 * まちづくり / 部 is a label of its own.
 */
function ranToEdge(cell: PdfCell, end: PdfCell['lines'][number], table: Table): boolean {
  const left = table.xs[cell.col] ?? -Infinity;
  return end.x1 >= cell.wrapEdge - end.size * 2.6 && end.x0 - left <= end.size * 1.5;
}


/**
 * Whether text that stopped with `before` goes on with `after`: no sentence ended, and `after`
 * opens no item unless the item runs inline in that text (`…を実施 ②…`). `joined`: the text the
 * inline test reads, when `before` was trimmed for the sentence test.
 */
function midSentence(before: string, after: string, joined = before): boolean {
  // (a closing bracket ends a quoted name, not the sentence, where a particle goes on after it: 刈谷's
  // …を目的とした「環境都市アクションプラン」 at a page's foot, の改定に向けた取組を推進します。 at the next
  // page's head; Noto Serif CJK 11 pt landscape by LibreOffice in an outer frame)
  if (/[」』）)]$/u.test(before.trim()) && PARTICLE_START.test(after.trim())) return true;
  return !ENDS_SENTENCE.test(before) && (!STARTS_ITEM.test(after) || inlineSeparator(joined, after) !== null);
}

/**
 * Whether a cell's last paragraph at a page's foot goes on in the text at the next page's head:
 * mid-sentence, or with a 中黒 between two words the wrap carried over, the line before full
 * (伊勢崎's …基本設計・実施設計 / ・工事監理業務委託業者を決定。 across pages 42–43, Noto Sans 10 pt
 * landscape on B5 by LibreOffice in an outer frame: the row read as two, the cells' text broken).
 */
function goesOnAfter(before: Paragraph, wrapEdge: number, after: string): boolean {
  const end = before.lines.at(-1);
  // (between two words: not after a figure or its unit, where the next page opens the list's next item
  // — 伊勢崎's …ごみ排出量74,018t / ・1人1日当たりの…, Chromium without rules)
  const word = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(before.text.trim());
  return midSentence(before.text, after) || (!!end && word && noRoomForMidDot(end.x1, wrapEdge, end.size, before.text) && midDotWrapped(before.text, after, false) !== null);
}

/** A text going on from the one before it: a case particle first, which opens no sentence. */
const PARTICLE_START = /^(?:の|を|に|が|へ|で|や|から|まで|より)/u;

/**
 * A row of era years alone (令和2年度 | … | 令和6年度): the head of a year table, never the rest of
 * the row the page broke above it (伊勢崎's 財政効果額 heads at a page's head under 取組工程's last row,
 * `・検討` | `令和2年度` read as one cell, printed without rules by LibreOffice in Noto Serif 12 pt).
 */
function yearHeads(r: PdfBlock & { kind: 'row' }): boolean {
  const texts = r.cells.filter((c) => c.paragraphs.length > 0).map((c) => c.paragraphs.map((p) => p.text).join(''));
  // (two heads in one cell, a space apart, where the page set a narrow last column's head closer to
  // its neighbour than a cell gap: 令和5年度 令和6年度, LibreOffice without rules, Noto Serif 11.5 pt)
  return texts.length >= 2 && texts.every((t) => t.trim().split(/\s+/u).every((w) => eraYearOf(w) !== null));
}

/**
 * A header row of years, its labels before them (取組 工程 | 具体的な 取組事項 | 令和2年度 … 令和6年度): no cell of
 * it goes on at the next page's head, whatever stands there (伊勢崎's 取組工程 header at a page's foot, the first
 * item 移住者支援空き家改修補助金の創設 | 検討・創設 | … at the next page's head; Noto Sans CJK 12 pt on B5 landscape
 * at 1.9 leading by LibreOffice with horizontal rules — the plans had been read into the header, every year lost).
 */
function yearHeader(r: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  const texts = r.cells.filter((c) => c.paragraphs.length > 0).map(said);
  const isYear = (t: string) => t.split(/\s+/u).every((w) => eraYearOf(w) !== null);
  const labels = texts.filter((t) => !isYear(t));
  if (texts.length - labels.length < 3 || labels.length > 2 || !labels.every((t) => [...t.replace(/\s+/gu, '')].length <= 12 && !ENDS_SENTENCE.test(t))) return false;
  // (unless the head of the next page holds the years' own wraps, 令和2年 / 度: the header the page broke — 伊勢崎's 取組 工 |
  // 具体的な | 令和2年 … at a page's foot, 程 | 取組事項 | 度 … at the next page's head, IPAex Mincho 12 pt on B5 ruled by LibreOffice)
  const wraps = next.cells.flatMap((c, i) => (c.paragraphs.length > 0 && isYear(said(r.cells[i])) ? [{ year: said(r.cells[i]), wrap: said(c) }] : []));
  return wraps.length === 0 || !wraps.every(({ year, wrap }) => /^[0-9０-９]*年?度?$/u.test(wrap) && eraYearOf(year + wrap) !== null);
}

/** A cell's text, its paragraphs run together. */
const said = (c: PdfCell | undefined) => (c ? c.paragraphs.map((p) => p.text).join('').trim() : '');

/** A cell of one line holding an era year alone. */
const yearAlone = (c: PdfCell | undefined) => c?.lines.length === 1 && eraYearOf(said(c)) !== null;

/** A cell of one line holding an era year alone, under another such cell of another year. */
const yearUnderYear = (above: PdfCell | undefined, c: PdfCell) => yearAlone(c) && yearAlone(above) && said(c) !== said(above);

/**
 * Two rows of a table of yearly values: the same column holds an era year alone in each (R5 | 25ha
 * at a page's foot, R6 | 30ha at the next page's head — 木更津's 指標② ruled by LibreOffice in IPAex
 * Gothic 10 pt, the border the page broke left undrawn on both sides: the two rows had been one).
 */
function nextYear(broken: PdfBlock & { kind: 'row' }, next: PdfBlock & { kind: 'row' }): boolean {
  // (the row above's cell merged across the column counts: 木更津's R5 | 25ha at a page's foot, R6 | 30ha at the
  // next page's head in a finer grid, Noto Sans CJK 10 pt on B5 landscape by LibreOffice in an outer frame)
  return next.cells.some((c, i) => yearUnderYear(i < broken.cells.length ? coveringCell(broken, i) : undefined, c));
}

/**
 * The cell of a row at column i, or, where that column is empty, the cell merged across it: a part of the
 * table in a finer grid goes on under it (部長目標's goals of 健康いきいき部, its frame's own widths at a page's foot,
 * read in the page's grid of two departments' columns; Noto Serif 12.5 pt, 14 mm, by LibreOffice in outer frames).
 */
function coveringCell(row: PdfBlock & { kind: 'row' }, i: number): PdfCell {
  const own = row.cells[i]!;
  return own.paragraphs.length > 0 ? own : (row.cells.find((c) => c.col < i && c.col + c.colSpan > i && c.paragraphs.length > 0) ?? own);
}

/** `apart`: the two cells' texts are two paragraphs whatever their lines show (parallelAcross). */
function joinCells(a: PdfCell, b: PdfCell, apart = false): PdfCell {
  if (b.lines.length === 0) return a;
  if (a.lines.length === 0) return { ...a, lines: b.lines, paragraphs: b.paragraphs };
  const last = a.paragraphs.at(-1)!;
  const [first, ...rest] = b.paragraphs;
  const end = last.lines.at(-1)!;
  const inline = first ? inlineSeparator(last.text, first.text) : null;
  // (a unit's whole name does not go on into the next page's: 刈谷's 課等 人事課 at the foot, beside the
  // goal the page broke, and 人事課 again at the head, one per item — ruled by LibreOffice)
  const named = !!first && ORG_UNIT_END.test(last.text.trim()) && namesOnly([first]);
  const wraps = first && !apart && !named && end.x1 >= a.wrapEdge - end.size * 2.6 && goesOnAfter(last, a.wrapEdge, first.text);
  const paragraphs = wraps
    ? [...a.paragraphs.slice(0, -1), { text: last.text + (inline ?? '') + first.text, lines: [...last.lines, ...first.lines] }, ...rest]
    : [...a.paragraphs, ...b.paragraphs];
  const lines = [...a.lines, ...b.lines];
  // the typist's breaks go on across the page: a stub at the foot of one page, the rest of the
  // typed line at the head of the next (桑名's ⑤…「ま / ちづく | り協議会モデル地区…, 12 pt)
  return { ...a, lines, paragraphs: throughTypedBreaks(paragraphs, lines, a.wrapEdge) };
}
