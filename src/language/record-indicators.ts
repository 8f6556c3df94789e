import type { DraftRecord } from '../layout/layout-result.js';
import type { Profile } from '../profiles/profile-schema.js';
import { indicatorsIn, textTarget } from './indicators.js';

/**
 * The language step after the layout: records whose layout found no 指標 table get their targets
 * from the fields the profile names (`indicatorsFrom`).
 */

export function addIndicators(records: DraftRecord[], profile: Profile, documentYear: number | null): void {
  const from = profile.indicatorsFrom;
  if (from.length === 0) return;
  const only = profile.indicatorLines ? new RegExp(profile.indicatorLines, 'u') : null;
  const work: { record: DraftRecord; phrases: string[]; criteria: boolean }[] = [];
  for (const record of records) {
    if (record.indicators.length > 0) continue;
    // a sheet whose tables gave no target may still state one on a line of its own, under a
    // bracketed label (伊勢崎's `【指標・目標値】 リサイクル率 25.0% (令和6年度)` in its 目標): only
    // those lines are read, the sheet's other sentences were the tables' to give
    const lines = record.indicatorsRead ? TARGET_LINE : only;
    for (const key of from) {
      const value = key === 'title' ? record.title : record.fields[key];
      if (value === undefined || (record.indicatorsRead && Array.isArray(value))) continue;
      if (Array.isArray(value)) work.push({ record, phrases: value, criteria: true });
      else work.push({ record, phrases: sentences(value).filter((s) => !lines || lines.test(s)), criteria: false });
    }
  }
  for (const { record, phrases, criteria } of work) {
    for (const phrase of phrases) {
      const found = indicatorsIn(phrase, { documentYear, line: record.line });
      if (found.length > 0) record.indicators.push(...found);
      else if (criteria) record.indicators.push(textTarget(phrase, { documentYear, line: record.line }));
    }
  }
  for (const record of records) if (record.actualText) pairActuals(record, record.actualText, documentYear);
}

/**
 * A reported figure is the actual of the one target stated in its unit (`目標 解消件数 年間40件`,
 * `達成状況 解消件数 45件`); where two targets share the unit, the name decides, else none is paired.
 */
function pairActuals(record: DraftRecord, text: string, documentYear: number | null): void {
  for (const reported of sentences(text).flatMap((s) => indicatorsIn(s, { documentYear, line: record.line }))) {
    if (reported.target === null || reported.unit === null) continue;
    const same = record.indicators.filter((i) => i.actual === null && i.target !== null && perWhat(i.unit) === perWhat(reported.unit));
    const named = same.length > 1 ? same.filter((i) => i.name !== null && reported.name !== null && (i.name.includes(reported.name) || reported.name.includes(i.name))) : same;
    if (named.length === 1) named[0]!.actual = reported.target;
  }
}

/** A unit without its period: a target of 40 件/年 is reported as 45 件. */
const perWhat = (unit: string | null) => (unit ?? '').replace(/\/.*$/u, '');

/** A line led by a bracketed label that names a target: 【指標・目標値】, 【数値目標】, 【KPI】. */
const TARGET_LINE = /^[【［\[][^】］\]]*(指標|目標値|数値目標|KPI|ＫＰＩ)[^】］\]]*[】］\]]/u;

/** A fiscal year in brackets and nothing else: `（令和6年度）`, `(R6年度末)`. */
const YEAR_ALONE = /^[（(][^（()）]{0,6}[0-9０-９元]{1,4}年度[^（()）]{0,4}[）)]$/u;

/** Paragraphs, then sentences ending in 。 (a `【指数・目標値】` line is one). */
function sentences(text: string): string[] {
  return text
    .split('\n')
    // (a target's year in brackets alone on the next line is the target's: a wrap the reader could not
    // tell from a break, `…コンビニ交付率 10.0%` / `（令和6年度）` in 伊勢崎 printed in a narrow column)
    .reduce<string[]>((out, p) => (out.length > 0 && YEAR_ALONE.test(p.trim()) ? [...out.slice(0, -1), out.at(-1)! + p.trim()] : [...out, p]), [])
    .flatMap((p) => p.split(/(?<=。)/))
    .map((s) => s.trim())
    .filter(Boolean);
}
