import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
export const SHARED = join(ROOT, '..', 'shared');

export interface FixtureCase {
  family: string;
  name: string;
  dir: string;
  input: string;
  expected: Expected;
  knownDifferences: { index: number; key: string; reason: string }[];
}

export interface Expected {
  document: { title: string | null; municipality: string | null; fiscalYear: number | null; period: { from: number; to: number } | null };
  departments: Record<string, unknown>[];
  records: { department: string | null; number: number | null; title: string }[];
  detailed: ({ index: number } & Record<string, unknown>)[];
}

/** Every `fixtures/<family>/<case>/` with an input and an expected.json written by reading it. */
export function fixtureCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const family of readdirSync(FIXTURES, { withFileTypes: true })) {
    // fixtures/general holds the general reader's cases, in a format of their own (general-shapes.test.ts)
    if (!family.isDirectory() || family.name === 'general') continue;
    for (const c of readdirSync(join(FIXTURES, family.name), { withFileTypes: true })) {
      const dir = join(FIXTURES, family.name, c.name);
      const expectedPath = join(dir, 'expected.json');
      if (!c.isDirectory() || !existsSync(expectedPath)) continue;
      const kd = join(dir, 'known-differences.json');
      out.push({
        family: family.name,
        name: c.name,
        dir,
        input: join(dir, 'input.txt'),
        expected: JSON.parse(readFileSync(expectedPath, 'utf8')),
        knownDifferences: existsSync(kd) ? JSON.parse(readFileSync(kd, 'utf8')) : [],
      });
    }
  }
  return out;
}

/**
 * A maker of fresh temporary directories named `prefix…`, each removed once the test file's tests
 * have run (a test may have made a file in it unreadable: its mode is put back first).
 */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) {
      try {
        chmodTree(dir);
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // left for the system's cleaning: a test's cleanup must not fail the run
      }
    }
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

function chmodTree(path: string): void {
  try {
    chmodSync(path, 0o700);
    for (const e of readdirSync(path, { withFileTypes: true })) {
      if (e.isDirectory()) chmodTree(join(path, e.name));
      else if (e.isFile()) chmodSync(join(path, e.name), 0o600);
    }
  } catch {
    // not a directory, or gone
  }
}
