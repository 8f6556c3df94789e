import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/**
 * Write `bytes` to `DIR/<outName><ext>` through a temporary file in the same directory and a
 * rename, so that a reader (or a later step of a CI job) never sees half a file, and an
 * interrupted run leaves the old output or none. An existing output is kept unless `force`.
 */
export async function writeOutput(outDir: string, outName: string, format: Format, bytes: Uint8Array, force: boolean): Promise<string> {
  const target = join(outDir, `${outName}${extensionOf(format)}`);
  if (!force && (await stat(target).then(() => true, () => false))) throw new OutputExistsError(`${target} exists (use --force to overwrite it)`);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  return target;
}
