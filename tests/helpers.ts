import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
