import type { PdfBlock } from './page-blocks.js';
import type { PdfLine } from './text-lines.js';
import { asciiDigits } from '../../normalize/characters.js';
import { isFormTitle, labelRole } from '../../vocabulary/index.js';
import { editDistance } from '../../normalize/edit-distance.js';

/**
 * Running headers and footers: free lines in the top or bottom band of the page that repeat on
 * many pages once digits are ignored, and page numbers (`- 6 -`, `6`, `6 / 12`, `- 27 -  - 28 -`).
 */
const PAGE_NUMBER = /^(?:[-－–—‐―ー\s]*(?:[0-9０-９]+|[ivxIVX]+)[-－–—‐―ー\s]*)+$|^[0-9０-９]+\s*[/／]\s*[0-9０-９]+$|^[pP]\.?\s*[0-9]+$|^[0-9０-９]+\s*頁$/;
/** Whether a line says a page's number only (`- 6 -`, `6`, `6 / 12`). */
export const isPageNumber = (text: string) => PAGE_NUMBER.test(text.trim());
export const BAND = 0.1;

export interface PageFrame {
  page: number;
  height: number;
  blocks: PdfBlock[];
}

function bandKey(b: PdfBlock, height: number): string | null {
  if (b.kind !== 'text') return null;
  if (b.top > height * BAND && b.bottom < height * (1 - BAND)) return null;
  return b.line.text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

/** Where a band text stands on one page. */
interface Place {
  page: number;
  x0: number;
  x1: number;
}
/** How far, in points, a running text's edge or middle may stand from where it stands on other pages. */
const PLACE = 2;

export interface Furniture {
  /** Block → why it was dropped. */
  dropped: Map<PdfBlock, string>;
}

/**
 * `ocrPages`: the pages read by OCR, whose running text may be read a character or two otherwise
 * on each page (readAlike). `laidOut`: pages of text laid out by spaces, whose places are columns of
 * characters a layout tool chose page by page (see inPlace).
 */
export function findFurniture(pages: PageFrame[], ocrPages: ReadonlySet<number> = new Set(), laidOut: ReadonlySet<number> = new Set()): Furniture {
  const pagesPerKey = new Map<string, Set<number>>();
  const placesPerKey = new Map<string, Place[]>();
  for (const p of pages) {
    for (const b of p.blocks) {
      const key = bandKey(b, p.height);
      if (!key || b.kind !== 'text') continue;
      const set = pagesPerKey.get(key) ?? new Set<number>();
      set.add(p.page);
      pagesPerKey.set(key, set);
      const places = placesPerKey.get(key) ?? [];
      places.push({ page: p.page, x0: b.line.x0, x1: b.line.x1 });
      placesPerKey.set(key, places);
    }
  }
  readAlike(pagesPerKey, ocrPages);
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.3));
  const heading = bodySize(pages) * 1.25;
  const seen = new Set<string>();
  const dropped = new Map<PdfBlock, string>();
  // (and, on a text layer, in one place: a page's template sets its running text where it set it on
  // the others, flush left, flush right or centred. A table's header row the page broke over stands
  // where that table's columns put it — 伊勢崎's 令和2年度 令和3年度 … over each sheet's second page,
  // its x 138–176 pt from sheet to sheet, cells sized to their text by Chromium (`--autowidth`, the
  // 225th): dropped as a running header, each sheet's years had lost their header. OCR reads a place a
  // little otherwise on each page, and its texts are matched loosely already: see readAlike. Text laid out by spaces
  // stands where the layout tool put it on that page: 桑名's head 桑名市 部長会議資料, by LibreOffice, laid out by
  // pdftotext at other columns from page to page)
  const inPlace = (key: string, b: PdfBlock & { kind: 'text' }, page: number) => {
    if (ocrPages.has(page) || laidOut.has(page)) return true;
    const at = (placesPerKey.get(key) ?? []).filter((o) => Math.abs(o.x0 - b.line.x0) <= PLACE || Math.abs(o.x1 - b.line.x1) <= PLACE || Math.abs(o.x0 + o.x1 - b.line.x0 - b.line.x1) <= PLACE * 2);
    return new Set(at.map((o) => o.page)).size >= repeatedOn;
  };
  const repeated = (key: string, b: PdfBlock & { kind: 'text' }, page: number) => (pagesPerKey.get(key)?.size ?? 0) >= repeatedOn && inPlace(key, b, page);
  const repeats = (b: PdfBlock, page: PageFrame) => {
    const key = bandKey(b, page.height);
    return key !== null && b.kind === 'text' && (PAGE_NUMBER.test(b.line.text.trim()) || repeated(key, b, page.page));
  };
  for (const p of pages) {
    for (const b of p.blocks) {
      const key = bandKey(b, p.height);
      if (!key || b.kind !== 'text') continue;
      if (PAGE_NUMBER.test(b.line.text.trim()) || misreadFolio(b.line.text, p.page)) dropped.set(b, 'page number');
      else if (isFormPart(b.line)) continue;
      else if (insideBody(b, p, repeats)) continue;
      else if (repeated(key, b, p.page)) {
        // A title set large at the top of every sheet (one sheet per department) names the
        // document: its first occurrence is text, the repeats are furniture.
        const first = !seen.has(key);
        seen.add(key);
        if (!(first && b.line.size >= heading)) dropped.set(b, 'running header/footer');
      }
    }
  }
  dropFoliosAtTheirPlace(pages, dropped);
  return { dropped };
}

/** The fewest characters of a running text read otherwise on OCR'd pages that is still told (readAlike). */
const ALIKE_CHARS = 8;

/**
 * Running text OCR read a character or two otherwise on each page (桑名 by Chromium in black and
 * white: its head 桑名市 部長会議資料 read `薬名市部長会議資料`, `楽名市…`, `馬名市…`, `桑名部長会議資料`,
 * `桑名市部長会議資泊` on 13 pages of 25, no reading repeated enough; each then ran into the last
 * cell before it): a band text of OCR'd pages, eight characters or more, counts the pages of every
 * band text a misreading from it (misreadFrom). Only pages read by OCR: a text layer's texts are each
 * what they say. Changes `pagesPerKey` in place.
 */
function readAlike(pagesPerKey: Map<string, Set<number>>, ocrPages: ReadonlySet<number>): void {
  if (ocrPages.size === 0) return;
  const keys = [...pagesPerKey].filter(([k, ps]) => [...k].length >= ALIKE_CHARS && [...ps].every((p) => ocrPages.has(p))).map(([k]) => k);
  const union = new Map(keys.map((k) => [k, new Set(pagesPerKey.get(k))]));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [keys[i]!, keys[j]!];
      if (!misreadFrom(a, b)) continue;
      for (const p of pagesPerKey.get(b)!) union.get(a)!.add(p);
      for (const p of pagesPerKey.get(a)!) union.get(b)!.add(p);
    }
  }
  for (const [k, ps] of union) pagesPerKey.set(k, ps);
}

/**
 * Whether two texts are one read otherwise: a character apart, or two apart where the two stand
 * apart in the text. Two side by side are a word of their own, what headings that open each
 * department's pages differ in (総務部 令和5年度組織重点目標, 建設部 令和5年度…).
 */
function misreadFrom(a: string, b: string): boolean {
  const d = Math.abs(a.length - b.length) > 2 ? 3 : editDistance(a, b);
  if (d <= 1) return true;
  if (d > 2) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return a.length - head - tail > 2 || b.length - head - tail > 2;
}

/** At most this many characters a folio read past telling holds (`ー ウジ ー`, `ー に 1 ー`). */
const FOLIO_CHARS = 6;

/**
 * A folio OCR read past telling (刈谷 by LibreOffice, scanned at JPEG quality 75: `- 22 -` read
 * `ー ウジ ー`, which opened a record of its own): on a page where no folio was read, a short free
 * line in the top or foot band standing where the folios of two other pages or more stand (its
 * middle within an em of theirs, across and down, in their size). A producer sets every page's
 * folio in one place; the body's text rarely ends in a few characters just there. Marks `dropped`
 * in place.
 */
function dropFoliosAtTheirPlace(pages: PageFrame[], dropped: Map<PdfBlock, string>): void {
  const folios: { page: number; x: number; y: number; em: number }[] = [];
  for (const p of pages) for (const b of p.blocks) if (dropped.get(b) === 'page number' && b.kind === 'text') folios.push({ page: p.page, x: (b.line.x0 + b.line.x1) / 2, y: (b.top + b.bottom) / 2, em: b.line.size });
  if (folios.length < 2) return;
  const withFolio = new Set(folios.map((f) => f.page));
  for (const p of pages) {
    if (withFolio.has(p.page)) continue;
    for (const b of p.blocks) {
      if (b.kind !== 'text' || dropped.has(b) || bandKey(b, p.height) === null) continue;
      if (b.line.text.replace(/\s+/g, '').length > FOLIO_CHARS) continue;
      const [x, y] = [(b.line.x0 + b.line.x1) / 2, (b.top + b.bottom) / 2];
      // (an em of the folios': the misread line's own box may be a sliver, `ー ウジ ー` 0.5 pt tall)
      const alike = folios.filter((f) => Math.abs(f.x - x) <= f.em && Math.abs(f.y - y) <= f.em);
      if (alike.length >= 2) dropped.set(b, 'page number');
    }
  }
}

/**
 * The page's own number with a mark or two beside it that are no dash: a scan's folio `- 14 -`
 * read by Tesseract as `14 回`, `ュー ] 1 回` for `- 11 -` is past telling, `12-` (刈谷 by
 * LibreOffice, scanned). Only the page's number itself, in the band, with at most two characters.
 */
function misreadFolio(text: string, page: number): boolean {
  const t = text.replace(/\s+/g, '');
  const digits = t.match(/[0-9０-９]+/g);
  return digits?.length === 1 && Number(asciiDigits(digits[0]!)) === page && t.length - digits[0]!.length <= 2;
}

/**
 * A repeated line with the page's own text above it (at the top) or below it (at the foot) is
 * part of the body: a section heading that opens every department's page under its title
 * (刈谷 printed in 11 pt gothic: `企画財政部 令和5年度組織重点目標` / `(1) 市民から信頼され…` /
 * table), not a running header, which stands outside everything the page says.
 */
function insideBody(b: PdfBlock, page: PageFrame, repeats: (b: PdfBlock, page: PageFrame) => boolean): boolean {
  const top = b.top <= page.height * BAND;
  return page.blocks.some((o) => o !== b && !repeats(o, page) && (top ? o.bottom <= b.top : o.top >= b.bottom));
}

/**
 * A form prints its labels and title on every sheet (京都 `No.` / `所管局`, 神戸 事務事業評価シート,
 * 池田 `NO.` beside the plan's name): they repeat like a running header but mark where a sheet
 * starts and what its boxes hold.
 */
function isFormPart(line: PdfLine): boolean {
  return line.fragments.some((f) => labelRole(f) !== null || isFormTitle(f));
}

/** The font size most of the text is set in, free or in tables: the body text. */
function bodySize(pages: PageFrame[]): number {
  const count = new Map<number, number>();
  const add = (l: PdfLine) => count.set(Math.round(l.size * 2) / 2, (count.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  for (const p of pages) {
    for (const b of p.blocks) {
      if (b.kind === 'text') add(b.line);
      else for (const c of b.cells) c.lines.forEach(add);
    }
  }
  let best = Infinity;
  let most = 0;
  for (const [size, n] of count) if (n > most) [best, most] = [size, n];
  return best;
}
