/**
 * Pages captured from one print (scripts/capture-page.ts, fixtures/pdf-variants) read as the PDF reader reads a
 * whole print: each page in the grid of the table the page before broke, the pages joined, then on through the
 * importer with a built-in profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageContent } from '../src/extract/pdf/page-content.js';
import { pageBlocks } from '../src/extract/pdf/page-blocks.js';
import { brokenGrid, joinPages } from '../src/extract/pdf/read-pdf.js';
import type { PageFrame } from '../src/extract/pdf/furniture.js';
import type { TableTrace } from '../src/extract/pdf/text-columns.js';
import { toSourceLines } from '../src/extract/pdf/to-source-lines.js';
import { mendSentenceBreaks } from '../src/lex/line-ends.js';
import { joinLabelTails } from '../src/lex/label-tails.js';
import { joinBrokenYearHeads } from '../src/lex/year-heads.js';
import { importSource } from '../src/pipeline.js';
import { builtinProfiles } from '../src/profiles/load-profiles.js';
import { FIXTURES } from './helpers.js';

export const DIR = join(FIXTURES, 'pdf-variants');

/** A few captured pages of one print, read as a document with a built-in profile. */
// (`lines`: tables as the profiles that read numbered lists beside their labels take them, see pdfTables)
export const profilePages = (name: (page: number) => string, pages: number[], profileId: string, mode: 'rows' | 'lines' = 'rows') => {
  const source = { path: `pages-${pages.join('-')}.pdf`, sha256: '0'.repeat(64), mediaType: 'application/pdf' as const, pages: pages.length, encoding: null, lines: toSourceLines(capturedPages(name, pages), mode), notes: [] };
  return importSource(source, { profile: builtinProfiles().find((p) => p.id === profileId)! });
};
/** profilePages, its labels' tails, broken year heads and line ends first mended as the importer mends a PDF's (it joins a broken row's cells
 * with those of the row that goes on, column by column). */
export const mendedPages = async (name: (page: number) => string, pages: number[], profileId: string) => {
  const lines = toSourceLines(capturedPages(name, pages), 'rows');
  joinLabelTails(lines);
  joinBrokenYearHeads(lines);
  await mendSentenceBreaks(lines);
  const source = { path: `pages-${pages.join('-')}.pdf`, sha256: '0'.repeat(64), mediaType: 'application/pdf' as const, pages: pages.length, encoding: null, lines, notes: [] };
  return importSource(source, { profile: builtinProfiles().find((p) => p.id === profileId)! });
};
/** Consecutive pages captured from one print, read as a document (numbered from 1). */
export const capturedPages = (name: (page: number) => string, pages: number[]) =>
  joinPages(capturedFrames(name, pages)).blocks;
/** capturedPages' rows, each as its cells' text without spaces. */
export const capturedPageRows = (name: (page: number) => string, pages: number[]) => toSourceLines(capturedPages(name, pages), 'rows').map((l) => l.text.split('\t').map((c) => c.replace(/\s+/g, '')));
/** Consecutive pages captured from one print, each read as readPdf reads it: in the grid of a table the page before broke. */
export const capturedFrames = (name: (page: number) => string, pages: number[]) => capturedRead(name, pages).frames;
/** capturedFrames, with each page's tables as --trace gives them. */
export const capturedRead = (name: (page: number) => string, pages: number[]) =>
  pages.reduce<{ frames: PageFrame[]; traces: TableTrace[] }>(
    ({ frames, traces }, page, i) => {
      const content = JSON.parse(readFileSync(join(DIR, name(page)), 'utf8')) as PageContent;
      const carried = frames.length > 0 ? brokenGrid(frames.at(-1)!, traces) : null;
      return { frames: [...frames, { page: i + 1, height: content.height, blocks: pageBlocks({ ...content, page: i + 1 }, undefined, traces, carried) }], traces };
    },
    { frames: [], traces: [] },
  );
