import type { PdfBlock } from './page-blocks.js';

/**
 * Running headers and footers: free lines in the top or bottom band of the page that repeat on
 * many pages once digits are ignored, and page numbers (`- 6 -`, `6`, `6 / 12`, `- 27 -  - 28 -`).
 */
const PAGE_NUMBER = /^(?:[-－–—‐―ー\s]*(?:[0-9０-９]+|[ivxIVX]+)[-－–—‐―ー\s]*)+$|^[0-9０-９]+\s*[/／]\s*[0-9０-９]+$|^[pP]\.?\s*[0-9]+$|^[0-9０-９]+\s*頁$/;
const BAND = 0.1;

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

export interface Furniture {
  /** Block → why it was dropped. */
  dropped: Map<PdfBlock, string>;
}

export function findFurniture(pages: PageFrame[]): Furniture {
  const pagesPerKey = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const b of p.blocks) {
      const key = bandKey(b, p.height);
      if (!key) continue;
      const set = pagesPerKey.get(key) ?? new Set<number>();
      set.add(p.page);
      pagesPerKey.set(key, set);
    }
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.3));
  const dropped = new Map<PdfBlock, string>();
  for (const p of pages) {
    for (const b of p.blocks) {
      const key = bandKey(b, p.height);
      if (!key || b.kind !== 'text') continue;
      if (PAGE_NUMBER.test(b.line.text.trim())) dropped.set(b, 'page number');
      else if ((pagesPerKey.get(key)?.size ?? 0) >= repeatedOn) dropped.set(b, 'running header/footer');
    }
  }
  return { dropped };
}
