// The files of a folder, recursively, whose names match: the material the check scripts ask their
// questions on (scripts/word-questions-check.ts, scripts/line-ends-check.ts). A folder that is not
// there (../shared missing) is reported and skipped.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(e)) out.push(p);
    }
  };
  try {
    walk(dir);
  } catch {
    console.log(`${dir}: not found, skipped`);
  }
  return out.sort();
}
