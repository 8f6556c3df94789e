import { closeSync, fsyncSync, lstatSync, openSync, renameSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { PlanDocument } from '../records/schema.js';
import { documentsToCsv, encodeCsv, type CsvEncoding, type CsvTable } from '../write/csv.js';
import { documentsToJson, documentsToJsonLines } from '../write/json.js';

export type Format = 'json' | 'jsonl' | 'csv';

export interface OutputOptions {
  format: Format;
  csv: CsvTable;
  encoding: CsvEncoding;
}

/** One document as a file of its own (`--out-dir`): exactly what a single-file import prints. */
export function documentBytes(doc: PlanDocument, o: OutputOptions): { bytes: Uint8Array; unmappable: string[] } {
  if (o.format === 'csv') return encodeCsv(documentsToCsv([doc], o.csv), o.encoding);
  const text = o.format === 'jsonl' ? documentsToJsonLines([doc]) : documentsToJson([doc], true);
  return { bytes: Buffer.from(text, 'utf8'), unmappable: [] };
}

export const extensionOf = (format: Format) => (format === 'csv' ? '.csv' : format === 'jsonl' ? '.jsonl' : '.json');

export class OutputExistsError extends Error {}

/** An output that would land outside --out-dir, or be written through a symbolic link. */
export class OutputPathError extends Error {
  constructor(
    readonly code: 'output/outside-out-dir' | 'output/symlink',
    message: string,
  ) {
    super(message);
  }
}

/** Temporary files being written, removed if the run is interrupted (SIGINT, SIGTERM). */
export const pendingTemporaries = new Set<string>();

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `a/../../b` can name no folder outside: each `..` becomes `_`, empty and `.` parts go. */
export function safeOutName(outName: string): string {
  return outName
    .split(/[\\/]+/)
    .filter((p) => p !== '' && p !== '.')
    .map((p) => (p === '..' ? '_' : p))
    .join('/');
}

/**
 * Write `bytes` to `DIR/<outName><ext>` through a temporary file in the same directory, synced to
 * disk, and a rename, so that a reader (or a later step of a CI job) never sees half a file, and an
 * interrupted run leaves the old output or none. An existing output is kept unless `force`. The
 * output must lie inside DIR once `..` and symbolic links are resolved, and is never written
 * through a symbolic link.
 */
export async function writeOutput(outDir: string, outName: string, format: Format, bytes: Uint8Array, force: boolean): Promise<string> {
  const root = resolve(outDir);
  const target = resolve(root, `${safeOutName(outName)}${extensionOf(format)}`);
  if (!inside(root, target)) throw new OutputPathError('output/outside-out-dir', `${target} would lie outside --out-dir ${root}`);
  await mkdir(dirname(target), { recursive: true });
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dirname(target))]);
  if (!inside(realRoot, realDir)) throw new OutputPathError('output/outside-out-dir', `${dirname(target)} leads outside --out-dir through a symbolic link (to ${realDir})`);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) throw new OutputPathError('output/symlink', `${target} is a symbolic link: an output is not written through one`);
  if (existing && !force) throw new OutputExistsError(`${target} exists (use --force to overwrite it)`);
  await writeDurably(target, bytes);
  return target;
}

/** `--report FILE`: never through a symbolic link, never half written. */
export async function writeReportFile(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) throw new OutputPathError('output/symlink', `${target} is a symbolic link: the report is not written through one`);
  await writeDurably(target, Buffer.from(text, 'utf8'));
}

/** The report when the run is interrupted: the same rules, synchronously (the process is exiting). */
export function writeReportFileSync(path: string, text: string): void {
  const target = resolve(path);
  let link = false;
  try {
    link = lstatSync(target).isSymbolicLink();
  } catch {
    // no file there yet
  }
  if (link) throw new OutputPathError('output/symlink', `${target} is a symbolic link: the report is not written through one`);
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

async function writeDurably(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  pendingTemporaries.add(tmp);
  try {
    // `wx`: a new file, never one that exists (nor a link someone put at that name)
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  } finally {
    pendingTemporaries.delete(tmp);
  }
}
