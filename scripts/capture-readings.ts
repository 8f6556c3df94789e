// Tesseract's three readings of one scanned page, as ocr-page.ts makes them (the page squared and
// its rules taken out, then the two variants of readings-vote.ts), each as Tesseract's TSV: the
// input of voteReadings for a test, without the picture.
// usage: node --import tsx scripts/capture-readings.ts FILE.pdf PAGE OUT-PREFIX   (writes OUT-PREFIX.1.tsv … .3.tsv)
import { readFileSync, writeFileSync } from 'node:fs';
import { findTesseract } from '../src/extract/ocr/find-tesseract.js';
import { pagePicture } from '../src/extract/ocr/page-picture.js';
import { pictureVariants } from '../src/extract/ocr/readings-vote.js';
import { OCR_DPI, openRenderer, pgmBytes } from '../src/extract/ocr/render-page.js';
import { runTesseract } from '../src/extract/ocr/tesseract-words.js';

const [file, pageArg, prefix] = process.argv.slice(2);
if (!file || !pageArg || !prefix) {
  console.error('usage: capture-readings.ts FILE.pdf PAGE OUT-PREFIX');
  process.exit(2);
}
const tesseract = await findTesseract();
if (!tesseract.ok) throw new Error(tesseract.why);
const renderer = await openRenderer(readFileSync(file));
if (!renderer) throw new Error('nothing here paints a PDF page');
try {
  const image = await renderer.render(Number(pageArg), OCR_DPI);
  // (as ocr-page.ts paints it; the scale only places the rules found, the picture is the same at any)
  const { unruled } = pagePicture(image.pixels, image.width, image.height, 1, 1);
  const pictures = [unruled, ...pictureVariants(unruled, image.width)];
  for (const [k, pixels] of pictures.entries()) {
    const pgm = `${image.file}.${k}.pgm`;
    writeFileSync(pgm, pgmBytes(image.width, image.height, pixels));
    writeFileSync(`${prefix}.${k + 1}.tsv`, await runTesseract(tesseract.command, pgm));
  }
  console.log(`${prefix}.{1,2,3}.tsv: page ${pageArg} of ${file}, three readings`);
} finally {
  await renderer.close();
}
