import { readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * The inputs a command line names: files, directories (read recursively), glob patterns the
 * shell did not expand (quoted, or on Windows), and `-` for stdin. Directory contents and glob
 * matches are sorted by code point, so a batch runs, and prints, in the same order everywhere.
 */
export interface Input {
  /** The path to read, or `-` for stdin. */
  path: string;
  /** Where its output goes under `--out-dir`, without extension: `a/b.pdf` → `a/b`. */
  outName: string;
}

/** An argument that named nothing importable: reported for that argument, the batch goes on. */
export interface InputProblem {
  path: string;
  code: 'input/not-found' | 'input/unreadable-directory' | 'input/no-match';
  message: string;
}

/** What a directory contributes: PDFs and text extractions. Other files are counted, not read. */
export const INPUT_EXTENSIONS = ['.pdf', '.txt', '.text', '.tsv'];

export interface ExpandedInputs {
  inputs: Input[];
  problems: InputProblem[];
  /** Files inside named directories skipped for their extension. */
  skipped: string[];
  /** FIFOs, sockets and devices inside named directories: never read. */
  special: string[];
}

export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { inputs: [], problems: [], skipped: [], special: [] };
  for (const arg of args) {
    if (arg === '-') {
      out.inputs.push({ path: '-', outName: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      if (info.code === 'ENOENT' && isDynamicPattern(arg)) {
        const matches = (await glob(arg, { cwd, onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodePoint);
        if (matches.length === 0) out.problems.push({ path: arg, code: 'input/no-match', message: 'no file matches this pattern' });
        for (const m of matches) out.inputs.push({ path: m, outName: mirrored(m, cwd) });
        continue;
      }
      // a missing or unreadable file is the reader's to report (with the code every reader uses)
      out.inputs.push({ path: arg, outName: mirrored(arg, cwd) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(arg, arg, cwd, out);
      continue;
    }
    out.inputs.push({ path: arg, outName: mirrored(arg, cwd) });
  }
  return out;
}

async function walk(dir: string, root: string, cwd: string, out: ExpandedInputs): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    out.problems.push({ path: dir, code: 'input/unreadable-directory', message: `cannot list the directory (${err.code ?? err.message})` });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, root, cwd, out);
    else if (!INPUT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.skipped.push(path);
    // a FIFO, socket or device is no document (a FIFO would block the reader for ever)
    else if (e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) out.special.push(path);
    // a symbolic link or special file is offered to the reader, which says why it cannot read it
    else out.inputs.push({ path, outName: mirrored(path, cwd, root) });
  }
}

/**
 * The output name mirrors the path as given when it is relative and stays below the working
 * directory (`a/b.pdf` → `a/b`); otherwise it is taken relative to the directory named on the
 * command line, under that directory's name, or is the file's own name.
 */
function mirrored(path: string, cwd: string, root?: string): string {
  const stem = (p: string) => p.slice(0, p.length - extname(p).length);
  const rel = isAbsolute(path) ? relative(cwd, path) : normalize(path);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return stem(rel).split(sep).join('/');
  // a folder named `..` or `/abs/..` mirrors under its own name (`proj/…`), never as `..`
  if (root) return stem(join(basename(resolve(root)) || 'root', relative(root, path))).split(sep).join('/');
  return stem(basename(path));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
