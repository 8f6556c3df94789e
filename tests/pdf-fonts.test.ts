import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline.js';
import { FIXTURES, fixtureCases } from './helpers.js';
import { variantScore } from './variant-score.js';

/**
 * The same text set in another font should give the same records. Noto Sans CJK JP (the font of
 * Google Docs' exports and of many Linux-made PDFs) differs from IPAex in two ways Chromium's PDFs
 * show: a space 0.224 em wide, drawn as a glyph of its own in the Latin face, and glyphs shared by
 * two code points named by the lower one (・ as U+2027). fixtures/pdf-variants/README.md says how the
 * print was made.
 */
describe('部長目標 page 1 printed in Noto Sans CJK JP 10 pt by Chromium', () => {
  const seed = fixtureCases().find((c) => c.name === 'r6-bucho-mokuhyo-kekka')!;

  it('gives the text import records of its departments, field for field', async () => {
    const pdf = await importFile(join(FIXTURES, 'pdf-variants', 'bucho-p1.grid.chromium.noto10.pdf'));
    const text = await importFile(seed.input);
    const departments = new Set(pdf.records.map((r) => r.department));
    expect([...departments]).toEqual(['政策経営部', '総務部']);
    const same = { ...text, records: text.records.filter((r) => departments.has(r.department)) };
    const s = variantScore(same, pdf);
    expect(s.f1, `missing ${s.missing.join(' ; ')} / extra ${s.extra.join(' ; ')}`).toBe(1);
    expect(s.diffs).toEqual([]);
  });

  it('keeps the space after a goal number and reads ・ as ・', async () => {
    const pdf = await importFile(join(FIXTURES, 'pdf-variants', 'bucho-p1.grid.chromium.noto10.pdf'));
    const goal = (n: number) => pdf.records.find((r) => r.department === '政策経営部' && r.number === n)?.title;
    expect(goal(1)).toBe('イベントの見直しについて方向性を固めます！');
    expect(goal(2)).toBe('3R(リデュース・リユース・リサイクル)の推進と新たなビジネススキームの構築に取り組みます！');
  });
});
