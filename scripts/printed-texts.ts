// The text the pages print, for the checks that must change none of it (scripts/lookalikes-check.ts,
// scripts/label-snaps-check.ts): the five seeds' text extractions, then the text layers of
// ../shared/corpus/real through poppler's pdftotext (none where it is not installed).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../tests/helpers.js';

/** Each file's name and text, and whether it is a seed. `layout`: pdftotext's -layout (columns kept apart by spaces). */
export function printedTexts(options: { layout?: boolean } = {}): { file: string; text: string; seed: boolean }[] {
  const seeds = join(SHARED, 'seeds');
  const real = join(SHARED, 'corpus', 'real');
  const pdfText = (file: string) => {
    try {
      return execFileSync('pdftotext', ['-q', ...(options.layout ? ['-layout'] : []), join(real, file), '-'], { encoding: 'utf8', maxBuffer: 2 ** 28 });
    } catch {
      return '';
    }
  };
  return [
    ...readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ file: f, text: readFileSync(join(seeds, f), 'utf8'), seed: true })),
    ...readdirSync(real)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => ({ file: f, text: pdfText(f), seed: false })),
  ];
}
