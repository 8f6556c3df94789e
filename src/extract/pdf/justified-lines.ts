/**
 * Lines set justified (両端揃え, Word's default for Japanese): the producer spreads a wrapped line to
 * its measure by adding the same room after every character. Where the font changes within the line
 * (a subset font per few glyphs, as Chromium writes them) that room shows as a gap between runs, a
 * few tenths of a point — as wide as the room Writer leaves between two unpadded cells, which the
 * table reader takes for a cell's edge. A gap is the line's tracking, not a seam, where the line's
 * own runs of several characters show that same room between their characters.
 */
import type { TextRun } from './page-content.js';

/** Characters set on a full em in the faces Japanese documents use: kanji, kana, full-width forms. */
const FULL_WIDTH = /^[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e、。「」『』（）・ー]+$/u;

/** The room a justified run adds after each of its characters, or null where it shows none. */
function trackingOf(u: TextRun): number | null {
  const n = [...u.text].length;
  if (n < 3 || u.vertical || !FULL_WIDTH.test(u.text)) return null;
  return (u.x1 - u.x0 - n * u.size) / (n - 1);
}

/**
 * Closes the gaps between runs of one line that are its tracking: the run before is drawn up to the
 * next. (部長目標 printed justified by Chromium, IPAex Gothic 10 pt: `…取組の` | `方` | `針等` 0.23 pt
 * apart, every run of the line 0.23 pt wider a character than its size — read as three cells, 方針
 * lost from the goal.)
 */
export function closeTracking(runs: TextRun[]): void {
  // (a line: runs of one size on one baseline, a few hundredths of a point apart at most)
  const sorted = runs.filter((u) => !u.vertical).sort((a, b) => a.size - b.size || a.bottom - b.bottom);
  const lines: TextRun[][] = [];
  for (const u of sorted) {
    const last = lines.at(-1)?.at(-1);
    if (last && Math.abs(last.size - u.size) < 0.05 && u.bottom - last.bottom < 0.3) lines.at(-1)!.push(u);
    else lines.push([u]);
  }
  for (const line of lines.flatMap(chains)) {
    if (line.length < 2) continue;
    const tracks = line.map(trackingOf).filter((t): t is number => t !== null);
    if (tracks.length === 0) continue;
    const lo = Math.min(...tracks);
    const hi = Math.max(...tracks);
    // (one room for the whole line, and a visible one: an unjustified line's runs are as wide as their characters)
    if (lo < 0.05 || hi - lo > 0.05) continue;
    const t = (lo + hi) / 2;
    // (within a quarter of the room, 0.05 pt at least: Writer's runs stop up to 0.07 pt off it — 刈谷's
    // ・市民や企業等への | ア | ン | ケ justified by LibreOffice, 0.49 pt a character, 0.56 before ア)
    for (let i = 0; i + 1 < line.length; i++) {
      const gap = line[i + 1]!.x0 - line[i]!.x1;
      if (gap > 0 && Math.abs(gap - t) <= Math.max(0.05, t * 0.25)) line[i]!.x1 = line[i + 1]!.x0;
    }
  }
}

/** A chain's runs stand at most this far apart (ems): a justified line's room, not the padding between two cells. */
const CHAIN_EM = 0.12;

/**
 * One baseline's runs in chains, left to right: runs a line's room apart at most. A baseline crosses the cells of a
 * table row, and a cell whose line is not spread (its paragraph's last line, a short 課 name) shows no room between
 * its characters: each chain is judged by its own runs (刈谷 justified by Chromium in IPAex Gothic 10 pt, the 201st:
 * `・道路維持管理支援システムの車` | `載器`, 0.17 pt a character, beside `土木管理課` set without room, read as two cells
 * and 載器 lost).
 */
function chains(line: TextRun[]): TextRun[][] {
  const out: TextRun[][] = [];
  for (const u of [...line].sort((a, b) => a.x0 - b.x0)) {
    const last = out.at(-1)?.at(-1);
    if (last && u.x0 - last.x1 <= Math.min(u.size, last.size) * CHAIN_EM) out.at(-1)!.push(u);
    else out.push([u]);
  }
  return out;
}
