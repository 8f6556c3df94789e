import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDocument } from '../src/records/schema.js';
import type { FixtureCase } from './helpers.js';

/**
 * Numeric targets of an import against a reader's list for its seed
 * (fixtures/<family>/<case>/expected-indicators.json, written by reading the seed). A target
 * matches when the record, value, unit, year and comparator agree; names are compared apart
 * (a name is a judgement, the figure is not).
 */
export interface ExpectedIndicator { name: string | null; fiscalYear: number | null; target: number; unit: string | null; comparator: string | null; phrase: string; line: number }
export interface IndicatorReading { reader: string; documentYear: number; records: { index: number; title: string; indicators: ExpectedIndicator[] }[] }

export function indicatorReading(c: FixtureCase): IndicatorReading | null {
  const f = join(c.dir, 'expected-indicators.json');
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
}

export interface IndicatorScore {
  expected: number;
  found: number;
  /** expected targets found with the same value, unit, year and comparator */
  matched: number;
  /** of those, with the same name */
  sameName: number;
  /** found but not in the reading (`record N: value unit`) */
  invented: string[];
  /** in the reading but not found */
  missed: string[];
}

const key = (i: { target: number | null; unit: string | null; fiscalYear: number | null; comparator: string | null }) => `${i.target} ${i.unit ?? ''} ${i.fiscalYear} ${i.comparator ?? ''}`;

export function scoreIndicators(doc: PlanDocument, reading: IndicatorReading): IndicatorScore {
  const s: IndicatorScore = { expected: 0, found: 0, matched: 0, sameName: 0, invented: [], missed: [] };
  reading.records.forEach((want, index) => {
    const got = (doc.records[index]?.indicators ?? []).filter((i) => i.target !== null);
    s.expected += want.indicators.length;
    s.found += got.length;
    const left = [...got];
    for (const w of want.indicators) {
      const at = left.findIndex((g) => key(g) === key(w));
      if (at < 0) {
        s.missed.push(`record ${index}: ${key(w)} «${w.phrase.slice(0, 40)}»`);
        continue;
      }
      s.matched++;
      if ((left[at]!.name ?? '') === (w.name ?? '')) s.sameName++;
      left.splice(at, 1);
    }
    for (const g of left) s.invented.push(`record ${index}: ${key(g)} «${g.text.slice(0, 40)}»`);
  });
  return s;
}
