import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autospaced, buildLines } from '../src/extract/pdf/text-lines.js';
import { placeInsets } from '../src/extract/pdf/inset-runs.js';
import { ShownGlyphs } from '../src/extract/pdf/typed-spaces.js';
import type { TextRun } from '../src/extract/pdf/page-content.js';
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

/** Runs as the two producers set `令和2年度` and `1 イベント` in 10 pt (gaps measured on the prints). */
const run = (text: string, x0: number, width: number, top = 100): TextRun => ({ text, x0, x1: x0 + width, top, bottom: top + 10, size: 10, vertical: false, font: 'f' });

describe('autospacing, read from the page', () => {
  it("Writer's pages: Latin and digits stand 0.19–0.22 em from Japanese everywhere, so such a gap is no space", () => {
    // 伊勢崎 printed by LibreOffice: 令和 | 2 | 年度 at 0.198 em, three times
    const runs = [0, 20, 40].flatMap((dy) => [run('令和', 50, 20, 100 + dy), run('2', 72, 5.6, 100 + dy), run('年度', 79.6, 20, 100 + dy)]);
    expect(autospaced(runs)).toBe(true);
    expect(buildLines(runs, 2.5, false, true).map((l) => l.text)).toEqual(['令和2年度', '令和2年度', '令和2年度']);
  });

  it("Chromium's pages: Latin and digits touch Japanese, so a narrow gap there is a typed space", () => {
    const runs = [run('令和2年度の3R推進', 50, 90, 100), run('LINEを活用したWEB', 50, 80, 120), run('1', 50, 5.6, 140), run('イベントの見直し', 57.84, 80, 140)];
    expect(autospaced(runs)).toBe(false);
    expect(buildLines(runs, 2.5, false, false).at(-1)!.text).toBe('1 イベントの見直し');
    expect(buildLines(runs, 2.5, false, true).at(-1)!.text).toBe('1イベントの見直し');
  });

  it('a gap of 0.224 em between two Japanese characters is a space, whoever printed it', () => {
    const runs = [run('かみやま', 50, 40), run('たかし', 92.24, 30)];
    expect(buildLines(runs, 2.5, false, true)[0]!.text).toBe('かみやま たかし');
  });
});

/**
 * Writer sets Noto's space 0.22–0.24 em wide and autospaces digits and Latin from Japanese by
 * 0.19–0.22 em: too close to part by the gap. The operator list tells them apart: a typed space is a
 * glyph drawn in the gap, autospacing only moves the pen.
 */
describe('部長目標 page 1 printed in Noto Sans CJK JP 10 pt by LibreOffice', () => {
  const seed = fixtureCases().find((c) => c.name === 'r6-bucho-mokuhyo-kekka')!;
  const file = join(FIXTURES, 'pdf-variants', 'bucho-p1.grid.libreoffice.noto10.pdf');

  it('keeps the typed space after a goal number and joins autospaced Latin', async () => {
    const pdf = await importFile(file);
    const goal = (n: number) => pdf.records.find((r) => r.department === '政策経営部' && r.number === n)?.title;
    expect(goal(1)).toBe('イベントの見直しについて方向性を固めます！');
    expect(goal(5)).toBe('市公式LINEを活用したWEBアンケートを実施します！');
  });

  it('gives the text import records of the department the page holds whole, field for field', async () => {
    // (the page ends in 総務部's third goal)
    const pdf = await importFile(file);
    const text = await importFile(seed.input);
    const whole = (d: typeof pdf): typeof pdf => ({ ...d, records: d.records.filter((r) => r.department === '政策経営部') });
    const s = variantScore(whole(text), whole(pdf));
    expect(s.f1, `missing ${s.missing.join(' ; ')} / extra ${s.extra.join(' ; ')}`).toBe(1);
    expect(s.diffs).toEqual([]);
  });
});

describe('typed spaces, from the glyphs drawn', () => {
  // glyphs as pdf.js's operator list gives them (Writer: `1`, space glyph / `市公式`, `LINE`, no glyph between)
  const glyphs = (text: string) => [...text].map((ch) => ({ unicode: ch, isSpace: ch === 'ン' }));

  it('marks a run drawn after a space glyph, not one the pen only moved to', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('1 '));
    shown.add(glyphs('イベント'));
    shown.add([...glyphs('市公式'), 120]);
    shown.add(glyphs('LINE'));
    const runs = [run('1', 50, 5.6), run('イベント', 57.9, 40), run('市公式', 50, 30, 120), run('LINE', 82, 21.5, 120)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceBefore === true)).toEqual([false, true, false, false]);
    // a page that autospaces: the 0.23 em gap after `1` is a space only where the glyph was typed
    expect(buildLines(runs, 2.5, false, true).map((l) => l.text)).toEqual(['1 イベント', '市公式LINE']);
    expect(buildLines(runs.map((r) => ({ ...r, typedSpaceBefore: false })), 2.5, false, true).map((l) => l.text)).toEqual(['1イベント', '市公式LINE']);
  });

  it('finds a run whose text composes under NFKC, and one outside the BMP, among the glyphs', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('1 '));
    shown.add(glyphs('が'));
    shown.add(glyphs('2 '));
    shown.add(glyphs('𠮷野'));
    // (が as か and a combining dakuten: normalised whole, it is the glyph drawn)
    const runs = [run('1', 50, 5.6), run('か\u3099', 57.9, 10), run('2', 70, 5.6), run('𠮷野', 77.9, 20)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceBefore === true)).toEqual([false, true, false, true]);
  });

  // 刈谷 printed by LibreOffice in IPAGothic (the 252nd): `・救急救命講習の実施␣(500)2回␣(500)30人`, the space glyph half an em
  // wide, as pdf.js gives its width in thousandths of an em; Noto's is 224
  it('keeps the width of the space glyph drawn before a run, in ems', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('実施').map((g) => ({ ...g, width: 1000 })));
    shown.add([{ unicode: ' ', width: 500 }]);
    shown.add(glyphs('2回'));
    shown.add([{ unicode: ' ', width: 224 }]);
    shown.add(glyphs('30人'));
    const runs = [run('実施', 40, 17.2), run('2回', 61.5, 12.9), run('30人', 76.3, 12.9)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceEm ?? 0)).toEqual([0, 0.5, 0.224]);
  });

  // 刈谷 printed by LibreOffice from a Writer document in IPAGothic 10.5 pt (the 284th, `--producers fodt`), page 26:
  // `・污水管整備 0.6km`, where the face lacks 污 — Writer draws the line's glyphs, the space among them, and then 污 from a
  // fallback face, set back at the line's second place: the space glyph came before 污 in the drawing and none before 0.6km
  it('gives the space drawn before a glyph set back on its line to the run that goes on after the line', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('・水管整備'));
    shown.add([{ unicode: ' ', width: 500 }]);
    shown.add(glyphs('污'));
    shown.add(glyphs('0.6km'));
    const runs = [run('・', 499.8, 8.6), run('水管整備', 517, 34.4), run('污', 508.4, 8.6), run('0.6km', 555.7, 21.5)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceEm ?? 0)).toEqual([0, 0, 0, 0.5]);
  });

  // 伊勢崎 printed by LibreOffice in Noto Serif 9.5 pt landscape from our HTML (scripts/render-variants.ts,
  // page 17 of the grid print): the text has `証明交付件数 14,354件交付率` and `24,156 件`; Writer drew
  // `[14,354][␣ -2994 ␣][件]` and `[24,156␣][␣ -2994 ␣][件]`, the runs 0.21 em apart in both
  it('reads two space glyphs with a move of the pen between them as Writer\'s room, not a typed space', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('数'));
    shown.add(glyphs('14,354'));
    shown.add([...glyphs(' '), -2994, ...glyphs(' ')]);
    shown.add(glyphs('件'));
    shown.add(glyphs('24,156 '));
    shown.add([...glyphs(' '), -2994, ...glyphs(' ')]);
    shown.add(glyphs('件'));
    const runs = [run('数', 40, 10), run('14,354', 53.1, 34.9), run('件', 90.2, 10), run('24,156', 103.3, 34.9, 130), run('件', 140.4, 10, 130)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceBefore === true)).toEqual([false, false, false, false, true]);
  });

  // the same print, page 64: the text's `市税収入額 31,719,235,943円 市税収納率` drawn as
  // `[額][31,719,235,943][␣][円][市税収納率]`, the glyph before 円 and the room after it (0.32 em
  // after 額, no glyph; 0.19 em before 円; 0.31 em after it)
  it('keeps no space a glyph marks between a figure and Japanese where the room is only Writer\'s', () => {
    const runs = [run('額', 40, 10), run('31,719,235,943', 53.2, 79.5), { ...run('円', 134.6, 10), typedSpaceBefore: true }, run('市税収納率', 147.7, 50)];
    expect(buildLines(runs, 2.5, false, true).map((l) => l.text)).toEqual(['額 31,719,235,943円 市税収納率']);
    // a list's number keeps the space typed after it however narrow (Noto's 0.22 em)
    const numbered = [run('1', 50, 5.6), { ...run('イベント', 57.9, 40), typedSpaceBefore: true }];
    expect(buildLines(numbered, 2.5, false, true).map((l) => l.text)).toEqual(['1 イベント']);
  });

  it('gives no mark where the runs cannot be found among the glyphs, and reads on after them', () => {
    const shown = new ShownGlyphs();
    shown.add(glyphs('ab '));
    shown.add(glyphs('令和 6'));
    const runs = [run('xy', 50, 10), run('令和', 70, 20), run('6', 92.3, 5.6)];
    shown.markTypedSpaces(runs);
    expect(runs.map((r) => r.typedSpaceBefore === true)).toEqual([false, false, true]);
  });
});

describe('a glyph another font draws into a run\'s gap', () => {
  // 桑名 printed by LibreOffice in BIZ UDPGothic 9 pt landscape (the seventieth typography), page 21:
  // pdf.js gives `」 と` one item from 377.6 to 400.2 pt, and the `”` a Latin font draws into its gap
  // (386.6–391.3) an item of its own; by x the line read `「桑名が一番」と”言われる`
  const at = (text: string, x0: number, x1: number): TextRun => ({ text, x0, x1, top: 474, bottom: 483.1, size: 9, vertical: false, font: 'f' });
  it('parts the run at that gap, so the line reads in the order it is printed', () => {
    const runs = [at('一', 359.6, 368.6), at('番', 368.6, 377.6), at('」 と', 377.6, 400.2), at('”', 386.6, 391.3), at('言わ', 400.2, 418.2)];
    const placed = placeInsets(runs);
    expect(placed.map((r) => [r.text, r.x0, r.x1])).toEqual([['一', 359.6, 368.6], ['番', 368.6, 377.6], ['」', 377.6, 386.6], ['と', 391.3, 400.2], ['”', 386.6, 391.3], ['言わ', 400.2, 418.2]]);
    expect(buildLines(placed).map((l) => l.text)).toEqual(['一番」”と言わ']);
  });

  it('leaves a run whose space the glyph does not stand in', () => {
    // (a mark drawn over a word, not in the room between the words)
    const runs = [at('特定の 個人', 100, 154), at('✓', 109, 118)];
    expect(placeInsets(runs)).toEqual(runs);
  });
});
