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
  if (u.text.length < 3 || u.vertical || !FULL_WIDTH.test(u.text)) return null;
  const n = characters(u.text);
  return n < 3 ? null : (u.x1 - u.x0 - n * u.size) / (n - 1);
}

/** How many characters a text holds (code points: a surrogate pair is one), without spreading it into an array — asked of every run of every page. */
function characters(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) n--, i++;
    }
  }
  return n;
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
  for (const baseline of lines) {
    if (baseline.length < 2) continue;
    for (const line of chains(baseline)) {
      if (line.length < 2) continue;
      // (both: Writer's runs show less room inside them than it leaves between them, 0.12 pt against 0.21 — 刈谷's
      // `のための` | `道路整備` | `を推`, IPAex Gothic 8.2 pt, where the pitch is 8.35 pt throughout)
      closeByRuns(line);
      closeByPitch(line);
    }
  }
}

/** Closes a chain's gaps by the room its runs of three characters or more show. */
function closeByRuns(line: TextRun[]): void {
  const tracks = line.map(trackingOf).filter((t): t is number => t !== null);
  if (tracks.length === 0) return;
  const lo = Math.min(...tracks);
  const hi = Math.max(...tracks);
  // (one room for the whole line, and a visible one: an unjustified line's runs are as wide as their characters)
  if (lo < 0.05 || hi - lo > 0.05) return;
  const t = (lo + hi) / 2;
  // (within a quarter of the room, 0.05 pt at least: Writer's runs stop up to 0.07 pt off it — 刈谷's
  // ・市民や企業等への | ア | ン | ケ justified by LibreOffice, 0.49 pt a character, 0.56 before ア)
  for (let i = 0; i + 1 < line.length; i++) {
    const gap = line[i + 1]!.x0 - line[i]!.x1;
    if (gap > 0 && Math.abs(gap - t) <= Math.max(0.05, t * 0.25)) line[i]!.x1 = line[i + 1]!.x0;
  }
}

/**
 * Closes a chain's gaps where its runs do not show the room inside them, by where they start: a justified line's
 * full-width characters stand one pitch apart, their size and the room, from one run to the next, and the room shows
 * between every two runs. Writer writes a line in runs of a character or two where its font's subsets change, and
 * places them to a tenth of a point (刈谷 justified by LibreOffice in IPAex Gothic, the 201st: `新` | `型` | `コ` | `ロナ`
 * | `ワ` | `クチ` | `ンの` … 8.35 pt apart a character at 8.2 pt, gaps of 0.1 and 0.2 pt by turns, the runs ending 0.6 pt
 * short of the next cell's `健康推進課`: the gaps that line up down the column's justified lines had been read as five
 * borders, and クチンの住民接種を lost from its goal). A gap is closed where the pair of runs beside it keeps its pitch
 * and shows such a gap too: cells set without padding, each line spread by its own room, touch with one gap between
 * runs that show none (伊勢崎's year cells, `業務改善リー` | `ダ` | `ー` | `令和` 0.3 pt after ー).
 */
function closeByPitch(line: TextRun[]): void {
  // (two pairs at least, and a gap to close: most chains are runs that touch)
  if (line.length < 3 || !line.some((u, i) => i > 0 && u.x0 - line[i - 1]!.x1 > 0.05)) return;
  const pairs = line.slice(0, -1).map((a, i) => {
    const b = line[i + 1]!;
    const n = [...a.text].length;
    const t = (b.x0 - a.x0) / n - a.size;
    const gap = b.x0 - a.x1;
    // (a visible room, no wider than a quarter of the size: more is a gap between cells, not a line spread)
    const ok = FULL_WIDTH.test(a.text) && Math.abs(a.size - b.size) <= 0.05 && t >= 0.05 && t <= a.size * 0.25 && gap > 0.05 && gap <= t + 0.12;
    // (positions to a tenth of a point: a pair's pitch is off by as much, shared among its run's characters)
    return ok ? { t, gap, tol: 0.11 / n + 0.01 } : null;
  });
  const agree = (p: { t: number; gap: number; tol: number }, q: { t: number; gap: number; tol: number } | null | undefined) => !!q && Math.abs(p.t - q.t) <= p.tol + q.tol && Math.abs(p.gap - q.gap) <= 0.1;
  pairs.forEach((p, i) => {
    if (p && (agree(p, pairs[i - 1]) || agree(p, pairs[i + 1]))) line[i]!.x1 = line[i + 1]!.x0;
  });
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
  const inOrder = line.every((u, i) => i === 0 || line[i - 1]!.x0 <= u.x0);
  let chain: TextRun[] | null = null;
  let last: TextRun | null = null;
  for (const u of inOrder ? line : [...line].sort((a, b) => a.x0 - b.x0)) {
    const gap = last ? u.x0 - last.x1 : Infinity;
    // (or as far apart as either run's own characters: a narrow cell's line spread wider than that — 伊勢崎's `見` |
    // `直し・共`, 1.9 pt a character at 8.1 pt, Chromium justified, the 201st)
    if (chain && last && (gap <= Math.min(u.size, last.size) * CHAIN_EM || (Math.abs(u.size - last.size) < 0.05 && (spreadBy(u, gap) || spreadBy(last, gap))))) chain.push(u);
    else out.push((chain = [u]));
    last = u;
  }
  return out;
}

/** Whether a gap is the room a run's own characters show. */
function spreadBy(r: TextRun, gap: number): boolean {
  const t = trackingOf(r);
  return t !== null && t > 0.05 && Math.abs(gap - t) <= Math.max(0.05, t * 0.25);
}
