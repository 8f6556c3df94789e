import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** 300 dpi: Tesseract's own advice, and what a 10.5 pt character needs (~44 px) to be read reliably. */
export const OCR_DPI = 300;

/** A page as 8-bit grey pixels (0 black, 255 white), row by row, and the file Tesseract reads it from. */
export interface PageImage {
  file: string;
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface PageRenderer {
  /** Which program painted the pages, for the diagnostics. */
  readonly name: string;
  /** The page painted at `dpi` pixels an inch. */
  render(page: number, dpi: number): Promise<PageImage>;
  /** Removes the temporary files. */
  close(): Promise<void>;
}

/** `pdftoppm` from PATH, or PLAN_IMPORT_PDFTOPPM (the tests name a missing one to reach the fallback). */
function pdftoppmCommand(): string {
  return process.env.PLAN_IMPORT_PDFTOPPM || 'pdftoppm';
}

const pdftoppmFound = new Map<string, Promise<boolean>>();

function hasPdftoppm(command: string): Promise<boolean> {
  let found = pdftoppmFound.get(command);
  if (!found) pdftoppmFound.set(command, (found = new Promise((resolve) => execFile(command, ['-v'], { timeout: 10_000 }, (e) => resolve(!e || (e as NodeJS.ErrnoException).code !== 'ENOENT')))));
  return found;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => execFile(command, args, { timeout: 120_000 }, (e, _out, stderr) => (e ? reject(new Error(`${command} failed: ${String(stderr).trim() || e.message}`)) : resolve())));
}

/**
 * Poppler when it is there (it paints any PDF as Acrobat would, in ~0.3 s a page), else pdf.js on
 * a canvas from npm; null when neither can paint. The PDF is written once to a temporary folder
 * that `close` removes.
 */
export async function openRenderer(bytes: Uint8Array): Promise<PageRenderer | null> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-import-ocr-'));
  const close = () => rm(dir, { recursive: true, force: true });
  try {
    const pdftoppm = pdftoppmCommand();
    if (await hasPdftoppm(pdftoppm)) {
      const pdf = join(dir, 'in.pdf');
      await writeFile(pdf, bytes);
      return {
        name: 'pdftoppm',
        async render(page, dpi) {
          const prefix = join(dir, `p${page}`);
          // -singlefile: the name does not depend on how many digits the page count has
          await run(pdftoppm, ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-singlefile', pdf, prefix]);
          const file = `${prefix}.pgm`;
          return { file, ...parsePgm(await readFile(file)) };
        },
        close,
      };
    }
    const { openCanvasRenderer } = await import('./render-canvas.js');
    const canvas = await openCanvasRenderer(bytes, dir);
    if (canvas) {
      return {
        name: canvas.name,
        render: canvas.render,
        close: async () => {
          await canvas.destroy();
          await close();
        },
      };
    }
  } catch (e) {
    await close();
    throw e;
  }
  await close();
  return null;
}

/** A binary PGM (P5, 8-bit), as pdftoppm -gray writes it and Tesseract reads it. */
export function parsePgm(bytes: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    let token = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) token += String.fromCharCode(bytes[i++]!);
    fields.push(token);
  }
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || Number(max) > 255) throw new Error(`not an 8-bit binary PGM (${magic}, maxval ${max})`);
  const width = Number(w);
  const height = Number(h);
  const start = i + 1;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

/** Writes grey pixels as a binary PGM, for Tesseract. */
export function pgmBytes(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const head = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  return Buffer.concat([head, pixels]);
}
