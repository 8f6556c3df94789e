import type { TextRun } from './page-content.js';

/**
 * A choice grid in one cell: marks in a row (○ ○ ● ○) with each option's words printed beside,
 * above and below its mark (神戸 事務事業評価シート: `積極的な` / `○ 取組実施`). Read in lines, the
 * words of neighbouring options interleave; read by position, each option is the words between its
 * mark and the next one. The cell is rewritten as `○積極的な取組実施 ○おおむね十分 ●やや不十分
 * ○不十分`: every option kept, each behind its own mark.
 */
const MARK = /[○●◯■□]/u;

interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  top: number;
  size: number;
}

function glyphs(runs: readonly TextRun[]): Glyph[] {
  const out: Glyph[] = [];
  for (const r of runs) {
    const chars = [...r.text];
    const w = (r.x1 - r.x0) / Math.max(1, chars.length);
    chars.forEach((ch, i) => out.push({ ch, x0: r.x0 + w * i, x1: r.x0 + w * (i + 1), top: r.top, size: r.size }));
  }
  return out;
}

export function choiceGridText(runs: readonly TextRun[]): string | null {
  // (most cells hold no mark at all: no glyph is cut out of their text)
  if (!runs.some((r) => MARK.test(r.text)) || runs.some((r) => r.vertical)) return null;
  const all = glyphs(runs).filter((g) => g.ch.trim() !== '');
  const marks = all.filter((g) => MARK.test(g.ch));
  // a choice: some marks full, some empty (a legend `◎：… ○：…` has no full mark)
  if (marks.length < 2 || !marks.some((m) => /[●■]/u.test(m.ch)) || !marks.some((m) => /[○◯□]/u.test(m.ch))) return null;
  // the marks stand in one row (a bullet list stacks them in a column instead)
  const row = marks.filter((m) => Math.abs(m.top - marks[0]!.top) <= m.size * 0.5);
  if (row.length !== marks.length) return null;
  row.sort((a, b) => a.x0 - b.x0);
  const words = all.filter((g) => !MARK.test(g.ch));
  const options = row.map((m, i) => {
    const until = row[i + 1]?.x0 ?? Infinity;
    const mine = words.filter((g) => (g.x0 + g.x1) / 2 > m.x1 - 0.5 && (g.x0 + g.x1) / 2 < until);
    const lines = [...new Set(mine.map((g) => Math.round(g.top)))].sort((a, b) => a - b);
    return lines.map((t) => mine.filter((g) => Math.round(g.top) === t).sort((a, b) => a.x0 - b.x0).map((g) => g.ch).join('')).join('');
  });
  if (options.some((o) => o === '')) return null;
  const before = words.filter((g) => (g.x0 + g.x1) / 2 <= row[0]!.x0);
  const prefix = before.length ? `${before.map((g) => g.ch).join('')} ` : '';
  return prefix + row.map((m, i) => `${m.ch}${options[i]}`).join(' ');
}
