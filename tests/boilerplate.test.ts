import { describe, expect, it } from 'vitest';
import { withoutBoilerplate } from '../src/layout/labels.js';
import { builtinProfiles } from '../src/profiles/load-profiles.js';

// The 木更津 profile's form cells (src/profiles/builtin/keiei-kaikaku-shinchoku.json, ignoreCells): 名称, 年度, 目標値,
// 結果, (各年度末時点) — the header of every 指標's target table in ../shared/seeds/kisarazu-r5-keiei-kaikaku-shinchoku.txt.
const profile = builtinProfiles().find((p) => p.id === 'keiei-kaikaku-shinchoku')!;
const patterns = (profile as { ignoreCells: string[] }).ignoreCells.map((p) => new RegExp(p, 'u'));

describe('a value cell without the form\'s boilerplate set over it', () => {
  it('drops a boilerplate phrase its first line opens with, closed by its bracket or a space', () => {
    expect(withoutBoilerplate(patterns, '(各年度末時点)0%')).toBe('0%');
    expect(withoutBoilerplate(patterns, '(各年度末時点) 検討80%')).toBe('検討80%');
    expect(withoutBoilerplate(patterns, '（各年度末時点）2,500,000円')).toBe('2,500,000円');
  });

  it('drops whole lines of boilerplate at its head', () => {
    expect(withoutBoilerplate(patterns, '年度\n(各年度末時点)\n5,000,000円')).toBe('5,000,000円');
  });

  it('keeps a value that only looks like it, and a cell that is nothing but boilerplate', () => {
    expect(withoutBoilerplate(patterns, '(仮称)センター開所')).toBe('(仮称)センター開所');
    expect(withoutBoilerplate(patterns, '結果報告書の公表')).toBe('結果報告書の公表');
    expect(withoutBoilerplate(patterns, '(各年度末時点)')).toBe('(各年度末時点)');
  });
});
