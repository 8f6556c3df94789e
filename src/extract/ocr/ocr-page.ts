import { writeFile } from 'node:fs/promises';
import type { PageContent, PagePicture } from '../pdf/page-content.js';
import { dropGhostLetters, restoreHyphens, restoreLatinWidths, restoreLoneWidths, restoreMarkWidths, restorePercentWidths } from './latin-widths.js';
import { findTesseract, TESSERACT_INSTALL_HINT } from './find-tesseract.js';
import { wavesRead } from './flat-marks.js';
import { pagePicture } from './page-picture.js';
import { scanFrame } from './scan-frame.js';
import { applyReRead, lostLines, planStrips, restack, shiftTsv, stackHeight, stackStrips } from './re-read.js';
import { pictureVariants, voteReadings } from './readings-vote.js';
import { openRenderer, pgmBytes, type PageRenderer } from './render-page.js';
import { bracketsLikeThePage, dropDoubleReads, dropInklessMarks, dropSpecks, inkHeight, inkRuns, lineEms, lineInk, lineRuns, mendCircledNumbers, PLANNED_BASELINES, mendSplitCircled, pairBrackets, pairCornerBrackets, readTsv, restoreBracketWidths, restoreWidths, runTesseract, type OcrLine } from './tesseract-words.js';

/** A page read from its picture: the content the PDF path reads, and Tesseract's mean confidence (0–1). */
export interface OcrPage {
  content: PageContent;
  confidence: number;
  /** Which program painted the page. */
  renderer: string;
  /** The resolution it was painted at, and whether the page was measured as its picture's (scan-frame.ts). */
  dpi: number;
  resized: boolean;
  /** Degrees the page was turned back to stand square (0 where it stood so). */
  skew: number;
  /** Time taken (painting, OCR), for measurements: not in the output, which must not vary between runs. */
  ms: number;
}

export interface PageReader {
  /**
   * `width`, `height`: the page in points, as pdf.js gives it (the picture is scaled to it);
   * `picture`: its largest image, whose resolution may say the page's size is not the scan's.
   */
  read(page: number, width: number, height: number, picture?: PagePicture): Promise<OcrPage>;
  close(): Promise<void>;
}

/** Why pages cannot be OCR'd here, said so that the user can fix it. */
export type OcrUnavailable = { ok: false; why: string };

/**
 * A reader for one document's pages, or why there is none. Loaded (with this whole folder) only
 * when a page needs OCR: a document with a text layer never starts a process.
 */
export async function openPageReader(bytes: Uint8Array): Promise<{ ok: true; reader: PageReader } | OcrUnavailable> {
  const tesseract = await findTesseract();
  if (!tesseract.ok) return { ok: false, why: `${tesseract.why}: ${TESSERACT_INSTALL_HINT}` };
  const renderer: PageRenderer | null = await openRenderer(bytes);
  if (!renderer) return { ok: false, why: 'nothing here paints a PDF page into a picture: install poppler-utils (pdftoppm), or the npm package @napi-rs/canvas beside pdfjs-dist' };
  return {
    ok: true,
    reader: {
      async read(page, pageWidth, pageHeight, picture) {
        const t0 = performance.now();
        const { dpi, width, height, resized } = scanFrame(pageWidth, pageHeight, picture);
        const image = await renderer.render(page, dpi);
        const sx = width / image.width;
        const sy = height / image.height;
        const { rules, fills, unruled, angle } = pagePicture(image.pixels, image.width, image.height, sx, sy);
        // the picture and two variants of it read at once (readings-vote.ts)
        const [lines, second, third] = (await Promise.all(
          [unruled, ...pictureVariants(unruled, image.width)].map(async (pixels, k) => {
            const file = `${image.file}.unruled${k || ''}.pgm`;
            await writeFile(file, pgmBytes(image.width, image.height, pixels));
            const read = readTsv(await runTesseract(tesseract.command, file));
            dropDoubleReads(read);
            return read;
          }),
        )) as [OcrLine[], OcrLine[], OcrLine[]];
        voteReadings(lines, second, third);
        const inkTall = inkHeight(unruled, image.width);
        const ems0 = lineEms(lines, undefined, PLANNED_BASELINES);
        const planned = new Map(lineEms(lines, inkTall).map((em, i) => [lines[i]!, em]));
        const cuts = planStrips(lines, ems0, rules, sx, sy, image.width, image.height, unruled);
        // (the lines cut round a glyph the page dropped at their head, in a picture of their own: a
        // stack's reading changes with what else is in it, and the others read as they did)
        const strips = restack(cuts.filter((s) => !s.head));
        const heads = restack(cuts.filter((s) => s.head));
        if (cuts.length > 0) {
          let tsv = '';
          if (strips.length > 0) {
            const stack = `${image.file}.strips.pgm`;
            await writeFile(stack, stackStrips(unruled, image.width, strips));
            tsv = await runTesseract(tesseract.command, stack);
          }
          if (heads.length > 0) {
            const stack = `${image.file}.heads.pgm`;
            await writeFile(stack, stackStrips(unruled, image.width, heads));
            const below = stackHeight(strips);
            tsv += '\n' + shiftTsv(await runTesseract(tesseract.command, stack), below);
            for (const s of heads) s.at += below;
          }
          // (in the order planned: applyReRead puts each line's stretches back from its last to its first)
          strips.push(...heads);
          strips.sort((a, b) => a.line - b.line || a.from - b.from);
          applyReRead(lines, strips, tsv);
          // (a stretch read again can take the ink a line beside it read already)
          dropDoubleReads(lines);
        }
        // (read in a picture of their own: a stack's reading changes with what else is in it)
        const lost = lostLines(lines, lineEms(lines, undefined, PLANNED_BASELINES), rules, sx, sy, image.width, image.height, unruled);
        if (lost.length > 0) {
          const stack = `${image.file}.lost.pgm`;
          await writeFile(stack, stackStrips(unruled, image.width, lost));
          applyReRead(lines, lost, await runTesseract(tesseract.command, stack));
          strips.push(...lost);
        }
        // a cell read alone comes back as lines of their own, each with its em (elsewhere the ems
        // the page was planned with stand, as the re-read of a stretch keeps its line)
        const fresh = lineEms(lines, inkTall);
        const ems = strips.some((s) => s.cell) ? fresh : lines.map((line, i) => planned.get(line) ?? fresh[i]!);
        lines.forEach((line, i) => dropSpecks(line, ems[i]!));
        // the page's ink in a box, which the mends below look at
        const ink = (x0: number, x1: number, top: number, bottom: number) => inkRuns(unruled, image.width, x0, x1, top, bottom);
        lines.forEach((line) => dropInklessMarks(line, ink));
        lines.forEach((line, i) => mendSplitCircled(line, ems[i]!));
        mendCircledNumbers(lines);
        lines.forEach((line, i) => wavesRead(line, ems[i]!, ink));
        lines.forEach((line, i) => dropGhostLetters(line, ems[i]!, ink));
        lines.forEach((line, i) => restoreLoneWidths(line, ems[i]!, ink));
        lines.forEach((line, i) => restoreWidths(line, ems[i]!));
        lines.forEach((line, i) => restoreMarkWidths(line, ems[i]!, ink));
        lines.forEach((line, i) => restorePercentWidths(line, ems[i]!, ink));
        lines.forEach((line, i) => restoreLatinWidths(line, ems[i]!, (w) => ink(Math.round(w.left - ems[i]! / 2), Math.round(w.right + ems[i]! / 2), w.top, w.bottom)));
        lines.forEach((line) => restoreHyphens(line, ink));
        bracketsLikeThePage(lines, lines.flatMap((line, i) => restoreBracketWidths(line, ems[i]!, lineInk(line, unruled, image.width))));
        pairBrackets(lines);
        pairCornerBrackets(lines);
        const runs = lines.flatMap((line, i) => lineRuns(line, ems[i]!, sx, sy, rules));
        const chars = runs.reduce((n, r) => n + r.text.length, 0);
        const confidence = chars > 0 ? Math.round((runs.reduce((n, r) => n + r.confidence * r.text.length, 0) / chars) * 100) / 100 : 0;
        const content: PageContent = { page, width, height, runs, rules, fills, marks: 1, lostRuns: 0, fromInk: true };
        return { content, confidence, renderer: renderer.name, dpi, resized, skew: angle, ms: Math.round(performance.now() - t0) };
      },
      close: () => renderer.close(),
    },
  };
}
