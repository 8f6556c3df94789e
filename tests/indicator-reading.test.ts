import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/pipeline.js';
import { tokenizerLoaded } from '../src/lex/tokenizer.js';
import { fixtureCases } from './helpers.js';
import { indicatorReading, scoreIndicators } from './indicator-score.js';

/**
 * Targets found in each seed against a reader's list of them (expected-indicators.json, written by
 * reading the seed against docs/indicators.md, not from the importer's output). The floors are
 * what the importer reaches now; they may only rise. What is still missed or invented, and why,
 * is in the closing notes of issues 4 and 15 (`npm run indicator-score -- -v` lists it).
 */
const FLOOR: Record<string, { matched: number; invented: number }> = {
  'kariya-r5-soshiki-juten-mokuhyo': { matched: 156, invented: 4 },
  'kuwana-r6-bukyoku-mokuhyo': { matched: 20, invented: 0 },
  'isesaki-r2-r5-gyokaku-kekka': { matched: 19, invented: 0 },
  'r6-bucho-mokuhyo-kekka': { matched: 0, invented: 0 },
};

// Issue 14: organisation names and sentences are read from tables and patterns; the dictionary
// (~0.25 s, ~90 MB) is loaded for --keywords and for line breaks of PDFs only
it('reads every seed text, targets and departments included, without loading the tokenizer', async () => {
  for (const c of fixtureCases()) await importFile(c.input);
  expect(tokenizerLoaded()).toBe(false);
}, 60_000);

describe.each(fixtureCases().filter((c) => indicatorReading(c)))('$name', (c) => {
  it('finds the targets a reader finds, with value, unit, year and comparator, and few others', async () => {
    const s = scoreIndicators(await importFile(c.input), indicatorReading(c)!);
    const floor = FLOOR[c.name]!;
    expect(s.matched, `missed:\n${s.missed.join('\n')}`).toBeGreaterThanOrEqual(floor.matched);
    expect(s.invented.length, `invented:\n${s.invented.join('\n')}`).toBeLessThanOrEqual(floor.invented);
    // issue 15's aim: recall and precision at least 0.95 on every seed with targets
    if (s.expected > 0) {
      expect(s.matched / s.expected).toBeGreaterThanOrEqual(0.95);
      expect(s.matched / s.found).toBeGreaterThanOrEqual(0.95);
    }
  }, 30_000);
});


// 木更津's 指標① name cell ends in a <small> note written on seven lines, its HTML indented between
// them (…非21,082時間            時間単価：…): each a line of the note, as the printed sheet shows them,
// not run together (`時間時間単価`)
describe("an indicator's note kept apart from its name (木更津 No.6)", () => {
  it('keeps the lines the text parts with runs of spaces', async () => {
    const c = fixtureCases().find((x) => x.name === 'kisarazu-r5-keiei-kaikaku-shinchoku')!;
    const doc = await importFile(c.input);
    const ind = doc.records.find((r) => r.title === '事務事業の縮小・廃止')!.indicators[0]!;
    expect(ind.name).toBe('事業の縮小・廃止による効果額（累計）');
    expect(ind.note?.split('\n')).toEqual([
      '※以下の条件で算出、時間等は業務プロセス分析結果に基づく',
      '（正＝正規職員、非＝会計年度任用職員等の非正規職員）',
      '92事業の削減見込時間：正31,145時間、非21,082時間',
      '時間単価：正4,156円、非1,179円',
      '1事業あたりの削減効果額：正338時間×4,156円＝1,404,728円',
      '非229時間×1,179円＝269,991円',
      '年間5事業の3割縮小を目標＝2,500,000円',
    ]);
  });
});

// 伊勢崎's 【指数・目標値】 対象証明書のコンビニ交付率 10.0%（令和6年度） (seed line 261), its year wrapped onto a line of
// its own where the reader could not tell the wrap from a break (the 131st typography by Chromium, page 15): the
// bracketed year alone on the next line is the target's, not a paragraph without one (the target had been 令和2年度's)
describe("a target's year in brackets on the line under it (伊勢崎 市民部 No.3)", () => {
  it('reads the year from the next line', async () => {
    const c = fixtureCases().find((x) => x.name === 'isesaki-r2-r5-gyokaku-kekka')!;
    const text = readFileSync(c.input, 'utf8');
    expect(text).toContain('コンビニ交付率 10.0%（令和6年度）</p>');
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const file = join(dir, 'isesaki.txt');
    writeFileSync(file, text.replace('コンビニ交付率 10.0%（令和6年度）</p>', 'コンビニ交付率 10.0%</p> <p>（令和6年度）</p>'));
    const doc = await importFile(file);
    rmSync(dir, { recursive: true });
    const record = doc.records.find((r) => r.title === '証明書コンビニ交付サービスの推進')!;
    expect(record.fields.goal).toContain('10.0%\n（令和6年度）');
    expect(record.indicators.map((i) => [i.target, i.unit, i.fiscalYear])).toEqual([[10, '%', 2024]]);
  });
});
