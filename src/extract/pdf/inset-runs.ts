import type { TextRun } from './page-content.js';

/**
 * Runs drawn into a gap of another run, there given back their place. pdf.js makes one text item
 * of the glyphs one font draws, a space where the pen skipped; a glyph another font draws into
 * that room is an item of its own, after it (桑名's “子育てするなら「桑名が一番」”と言われる… printed
 * by LibreOffice: `」 と` from 377.6 to 400.2 pt and `”` at 386.6–391.3 in a Latin font, read
 * `」と”` by x). The run is parted at the space nearest the inset, its pieces ending and starting
 * at the inset's sides. Returns the runs, in drawing order, the parted ones replaced.
 */
export function placeInsets(runs: readonly TextRun[]): TextRun[] {
  const spaced = runs.filter((r) => !r.vertical && /\S\s+\S/u.test(r.text));
  if (spaced.length === 0) return [...runs];
  // (short runs by the line their foot stands on: each spaced run looks only at its own line's)
  const short = new Map<number, TextRun[]>();
  for (const b of runs) {
    if (b.vertical || [...b.text.trim()].length > 2) continue;
    const key = Math.round(b.bottom);
    const list = short.get(key);
    if (list) list.push(b);
    else short.set(key, [b]);
  }
  const parted = new Map<TextRun, TextRun[]>();
  for (const a of spaced) {
    const size = a.size;
    const near: TextRun[] = [];
    for (let k = Math.floor(a.bottom - size * 0.3); k <= Math.ceil(a.bottom + size * 0.3); k++) near.push(...(short.get(k) ?? []));
    const inset = near.find((b) => b !== a && Math.abs(b.bottom - a.bottom) <= size * 0.3 && b.x0 >= a.x0 + size * 0.3 && b.x1 <= a.x1 - size * 0.3);
    if (!inset) continue;
    const chars = [...a.text];
    const mid = (inset.x0 + inset.x1) / 2;
    // (each character an equal share of the run's width: the space nearest the inset's middle)
    const at = (i: number) => a.x0 + ((a.x1 - a.x0) * (i + 0.5)) / chars.length;
    let best = -1;
    chars.forEach((ch, i) => {
      if (/\s/u.test(ch) && i > 0 && i < chars.length - 1 && (best < 0 || Math.abs(at(i) - mid) < Math.abs(at(best) - mid))) best = i;
    });
    // (the space where the inset stands, not a glyph drawn over letters: a mark over a word)
    if (best < 0 || Math.abs(at(best) - mid) > size * 0.75) continue;
    const before = chars.slice(0, best).join('').trimEnd();
    const after = chars.slice(best + 1).join('').trimStart();
    if (before === '' || after === '') continue;
    parted.set(a, [
      { ...a, text: before, x1: inset.x0 },
      { ...a, text: after, x0: inset.x1 },
    ]);
  }
  return parted.size === 0 ? [...runs] : runs.flatMap((r) => parted.get(r) ?? [r]);
}
