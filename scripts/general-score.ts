// general-score — how the general reader (no profile) reads each seed against the seed's own profile:
// records, titles matched, the matched records' values (department, sections, categoryPath, number,
// result and each field the profile fills) alike, and indicator entries matched on year, target,
// actual and unit.
// The seeds stand in for forms no profile describes: a new city's document is read the same way.
//   node --import tsx scripts/general-score.ts [FILE…]      (default: ../shared/seeds/*.txt)
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFile } from '../src/pipeline.js';
import { genericProfile } from '../src/profiles/load-profiles.js';
import type { Indicator } from '../src/records/schema.js';

const SEEDS = resolve(import.meta.dirname, '../../shared/seeds');
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
const key = (x: Indicator) => `${x.fiscalYear}|${x.target}|${x.actual}|${x.unit}`;
for (const file of files) {
  const own = await importFile(file, { ocr: 'never' });
  const general = await importFile(file, { ocr: 'never', profile: genericProfile() });
  const pool = new Map<string, (typeof general.records)[number][]>();
  for (const r of general.records) pool.set(r.title, [...(pool.get(r.title) ?? []), r]);
  let titles = 0;
  let want = 0;
  let hit = 0;
  // the record's other values, where the title matched: structure and each field the profile fills
  let values = 0;
  let same = 0;
  for (const r of own.records) {
    const g = pool.get(r.title)?.shift();
    want += r.indicators.length;
    if (!g) continue;
    titles++;
    const pairs: [unknown, unknown][] = [
      [r.department, g.department],
      [r.sections, g.sections],
      [r.categoryPath, g.categoryPath],
      [r.number, g.number],
      [r.result, g.result],
      ...Object.entries(r.fields).map(([k, v]): [unknown, unknown] => [v, (g.fields as Record<string, unknown>)[k]]),
    ];
    values += pairs.length;
    same += pairs.filter(([a, b]) => JSON.stringify(a) === JSON.stringify(b)).length;
    const have = g.indicators.map(key);
    for (const x of r.indicators) {
      const k = have.indexOf(key(x));
      if (k >= 0) {
        hit++;
        have.splice(k, 1);
      }
    }
  }
  const got = general.records.reduce((n, r) => n + r.indicators.length, 0);
  const shapes = [...new Set(general.records.map((r) => r.recognisedAs))].join(',') || '-';
  console.log(`${file.split('/').at(-1)!.padEnd(42)} records ${String(own.records.length).padStart(3)} / general ${String(general.records.length).padStart(3)} (${shapes}), titles ${titles}/${own.records.length}, values ${same}/${values}, indicators ${hit}/${want} found, ${got} given`);
}
