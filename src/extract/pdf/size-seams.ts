// Where a line's text changes size with no room between: two cells set edge to edge, not one text.
import type { TextRun } from './page-content.js';
import { SEAM } from './text-columns/measures.js';

/**
 * Whether a line's run k is words set against words of another size, a sixth larger or smaller: a
 * label and its value in cells set edge to edge, not one cell's text (部長目標's label 健康いきいき in
 * 11.4 pt and 健康いきいき部長 in 9, 0.1 pt apart on the border Writer's unpadded cells share; Noto Sans
 * 9 pt by LibreOffice without rules — read as one cell merged across four columns).
 */
export function resized(r: { runs: readonly TextRun[] }, k: number): boolean {
  const [v, u] = [r.runs[k - 1], r.runs[k]];
  return !!v && !!u && u.x0 - v.x1 <= SEAM && Math.max(u.size, v.size) > Math.min(u.size, v.size) * 1.15 && [...sizeRun(r, k, 1)].length >= 2 && [...sizeRun(r, k - 1, -1)].length >= 2;
}

/**
 * The text of run k and the runs set against it on one side in its size: a word Writer drew a character per run
 * (部長目標's label 子ども未来|部 in 10.1 pt against 子|ども未来部長 in 8, 0.1 pt apart; Noto Serif CJK 8 pt on A4 by
 * LibreOffice in an outer frame, the 183rd — 部 and 子 were runs of one character each, and the label went into the goal).
 */
function sizeRun(r: { runs: readonly TextRun[] }, k: number, step: 1 | -1): string {
  const u = r.runs[k]!;
  let text = u.text.trim();
  for (let i = k + step; i >= 0 && i < r.runs.length; i += step) {
    const [a, b] = step === 1 ? [r.runs[i - 1]!, r.runs[i]!] : [r.runs[i]!, r.runs[i + 1]!];
    const w = r.runs[i]!;
    if (b.x0 - a.x1 > SEAM || Math.abs(w.size - u.size) > u.size * 0.05 || [...text].length >= 2) break;
    text = step === 1 ? text + w.text.trim() : w.text.trim() + text;
  }
  return text;
}
