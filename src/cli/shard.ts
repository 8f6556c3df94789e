import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Input } from './inputs.js';

/**
 * `--shard K/N`: one job of a CI matrix takes the inputs whose path hashes to K of N. The key is
 * the path as its output is named (relative to the working directory, `/`-separated), so every
 * job of the matrix, on any machine, in any order of arguments, makes the same choice, and a file
 * stays in its shard when others are added to the folder.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N (e.g. 2/4: the second of four jobs)');
  }
  return { index, count };
}

export function shardKey(input: Pick<Input, 'path' | 'outName'>): string {
  return `${input.outName}${extname(input.path).toLowerCase()}`;
}

/** The 1-based shard a path belongs to; stdin (`-`), which only one job can read, belongs to the first. */
export function shardOf(input: Pick<Input, 'path' | 'outName'>, count: number): number {
  if (input.path === '-') return 1;
  // the first 6 bytes of SHA-256: uniform whatever the names look like (dates, serial numbers)
  const h = createHash('sha256').update(shardKey(input)).digest();
  return (h.readUIntBE(0, 6) % count) + 1;
}
