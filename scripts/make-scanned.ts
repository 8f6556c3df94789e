// A scanned rendering of a PDF: its pages painted at 300 dpi in grey by Ghostscript, each
// kept as a JPEG and wrapped back into a PDF of images only (no text layer), the way a scanner's
// PDF is made. For the OCR tests (fixtures/pdf-scanned/) and for measuring OCR on whole seeds.
// usage: node --import tsx scripts/make-scanned.ts IN.pdf OUT.pdf [--pages 1-3] [--quality 40] [--rotate=0.5] [--raster poppler|mono|gs-mono] [--dpi 200] [--page-dpi 72] [--strips 4] [--stamp]
// (--rotate: degrees anticlockwise about the page's lower left corner, as a sheet fed askew; --rotate=-0.7 clockwise)
// (--raster poppler: painted by pdftoppm instead, kept lossless (Flate) — another rasteriser's
// anti-aliasing, for a scan the OCR rules were not tuned on; --quality and --rotate do not apply)
// (--raster mono: painted by pdftoppm in black and white, one bit a pixel, as a document scanner's
// bilevel mode keeps a page: grey fills come out as dots; --raster gs-mono: the same by Ghostscript,
// whose halftone screen sets grey as clustered dots in lines; --rotate applies)
// (--dpi 200: painted at that resolution instead of 300, as an office scanner's default or a fax's;
// --page-dpi 72: the page made as large as the pixels are at that resolution, as a PDF is made from
// images that carry none — a 300 dpi scan on a page three times A4; --strips 4: each page written
// as that many images, one under the other, as some scanners write a page; poppler and mono only;
// --stamp: each page's number printed over its scan as text, `- N -` in Helvetica at its foot, as
// a PDF tool numbers a scanned book's pages)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { parsePgm } from '../src/extract/ocr/render-page.js';


const { positionals, values } = parseArgs({ allowPositionals: true, options: { pages: { type: 'string' }, quality: { type: 'string', default: '40' }, rotate: { type: 'string' }, raster: { type: 'string', default: 'gs' }, dpi: { type: 'string', default: '300' }, 'page-dpi': { type: 'string' }, strips: { type: 'string', default: '1' }, stamp: { type: 'boolean', default: false } } });
const STRIPS = Number(values.strips);
const DPI = Number(values.dpi);
const PAGE_DPI = Number(values['page-dpi'] ?? values.dpi);
if (!(DPI > 0) || !(PAGE_DPI > 0)) throw new Error(`--dpi ${values.dpi} / --page-dpi ${values['page-dpi']}: expected a resolution`);
const [input, output] = positionals;
if (!input || !output) {
  console.error('usage: make-scanned.ts IN.pdf OUT.pdf [--pages FIRST-LAST] [--quality JPEG-QUALITY] [--rotate DEGREES] [--raster gs|poppler|mono|gs-mono] [--dpi RESOLUTION] [--page-dpi RESOLUTION] [--strips COUNT] [--stamp]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'make-scanned-'));
try {
  const range = values.pages?.match(/^(\d+)(?:-(\d+))?$/);
  if (values.pages && !range) throw new Error(`--pages ${values.pages}: expected FIRST or FIRST-LAST`);
  const pageArgs = range ? [`-dFirstPage=${range[1]}`, `-dLastPage=${range[2] ?? range[1]}`] : [];
  const angle = values.rotate === undefined ? 0 : Number(values.rotate);
  if (!Number.isFinite(angle)) throw new Error(`--rotate ${values.rotate}: expected degrees`);
  const rotate = angle !== 0 ? ['-c', `<</BeginPage{${angle} rotate}>> setpagedevice`, '-f'] : [];
  let images: PageImage[];
  if (values.raster === 'poppler' || values.raster === 'mono') {
    if (angle !== 0) throw new Error('--rotate needs --raster gs');
    const popplerPages = range ? ['-f', range[1]!, '-l', range[2] ?? range[1]!] : [];
    const mono = values.raster === 'mono';
    execFileSync('pdftoppm', ['-r', String(DPI), mono ? '-mono' : '-gray', ...popplerPages, input, join(dir, 'p')]);
    images = mono ? pagesOf(dir, '.pbm').map(pbmImage) : pagesOf(dir, '.pgm').map(pgmImage);
  } else if (values.raster === 'gs') {
    // Ghostscript's jpeggray writes one-component JPEGs; pdftoppm -gray -jpeg writes three
    execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=jpeggray', `-r${DPI}`, `-dJPEGQ=${values.quality}`, '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', ...pageArgs, `-sOutputFile=${join(dir, 'p-%04d.jpg')}`, ...rotate, input]);
    images = pagesOf(dir, '.jpg').map((jpeg) => ({ data: jpeg, filter: '/Filter /DCTDecode', ...jpegSize(jpeg) }));
  } else if (values.raster === 'gs-mono') {
    // Ghostscript's own one-bit device: its halftone screen, clustered dots in lines, not pdftoppm's scattered ones
    execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pbmraw', `-r${DPI}`, ...pageArgs, `-sOutputFile=${join(dir, 'p-%04d.pbm')}`, ...rotate, input]);
    images = pagesOf(dir, '.pbm').map(pbmImage);
  } else throw new Error(`--raster ${values.raster}: expected gs, poppler, mono or gs-mono`);
  if (STRIPS > 1 && images.some((p) => !p.rows)) throw new Error('--strips needs --raster poppler or mono');
  const pdf = imagePdf(images.map((p) => inStrips(p, STRIPS)));
  writeFileSync(output, pdf);
  console.log(`${output}: ${images.length} page(s), ${Math.round(pdf.length / 1024)} KB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

type PageImage = { data: Buffer; filter: string; width: number; height: number; bits?: 1; rows?: Buffer };
type Strip = PageImage & { top: number };

/** A page's picture as `count` images of whole rows, top to bottom (its raw rows kept by pgmImage and pbmImage). */
function inStrips(p: PageImage, count: number): Strip[] {
  if (count <= 1 || !p.rows) return [{ ...p, top: 0 }];
  const rowBytes = p.rows.length / p.height;
  const strips: Strip[] = [];
  for (let k = 0; k < count; k++) {
    const [from, to] = [Math.round((p.height * k) / count), Math.round((p.height * (k + 1)) / count)];
    strips.push({ ...p, height: to - from, top: from, data: deflateSync(p.rows.subarray(from * rowBytes, to * rowBytes)) });
  }
  return strips;
}

/** The page images a rasteriser wrote into dir, in page order (both name them with the page number padded). */
function pagesOf(dir: string, ext: string): Buffer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

/** A binary PGM (pdftoppm -gray; its -png writes RGB even with -gray), read as the OCR reader reads it, as a Flate-compressed PDF image. */
function pgmImage(pgm: Buffer): PageImage {
  const { width, height, pixels } = parsePgm(pgm);
  return { data: deflateSync(pixels), filter: '/Filter /FlateDecode', width, height, rows: Buffer.from(pixels) };
}

/**
 * A binary PBM (pdftoppm -mono) as a one-bit PDF image: its rows are padded to whole bytes as a
 * PDF image's are; PBM's 1 is black, DeviceGray's 0, hence the Decode.
 */
function pbmImage(pbm: Buffer): PageImage {
  const header = /^P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s/.exec(pbm.subarray(0, 200).toString('latin1'));
  if (!header) throw new Error('not a binary PBM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rows = pbm.subarray(header[0].length);
  return { data: deflateSync(rows), filter: '/Filter /FlateDecode /Decode [1 0]', width, height, bits: 1, rows };
}

/** The pixel size in a JPEG's start-of-frame marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  let i = 2;
  while (i < jpeg.length) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

/** A PDF whose every page shows one grey image over the whole page (or its strips, one under the other), nothing else. */
function imagePdf(pages: Strip[][]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body) + 0;
  const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  const pt = (px: number) => (px * 72) / PAGE_DPI;
  // 1: catalog, 2: page tree, then per page: page, contents, its images
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  const kids: number[] = [];
  for (const [index, strips] of pages.entries()) {
    const w = pt(strips[0]!.width);
    const h = strips.reduce((sum, p) => sum + pt(p.height), 0);
    const n = objects.length + 1;
    kids.push(n);
    const names = strips.map((_, k) => `/Im${k} ${n + 2 + k} 0 R`).join(' ');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << ${names} >>${values.stamp ? ' /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>' : ''} >> /Contents ${n + 1} 0 R >>`);
    // (PDF's y runs up: a strip's lower edge is the page's height less its rows' bottom)
    const draw = strips.map((p, k) => `q ${w.toFixed(2)} 0 0 ${pt(p.height).toFixed(2)} 0 ${(h - pt(p.top + p.height)).toFixed(2)} cm /Im${k} Do Q`).join(' ');
    const stamp = values.stamp ? ` BT /F1 10 Tf ${(w / 2 - 12).toFixed(2)} 20 Td (- ${index + 1} -) Tj ET` : '';
    add(stream('', Buffer.from(draw + stamp, 'latin1')));
    for (const p of strips) add(stream(`/Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent ${p.bits ?? 8} ${p.filter}`, p.data));
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
