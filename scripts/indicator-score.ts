/**
 * Targets found in each seed against a reader's list (fixtures/<family>/<case>/expected-indicators.json):
 * recall and precision per seed, and with -v what was missed or invented.
 *   node --import tsx scripts/indicator-score.ts [-v]
 */
import { importFile } from '../src/pipeline.js';
import { fixtureCases } from '../tests/helpers.js';
import { indicatorReading, scoreIndicators } from '../tests/indicator-score.js';

const verbose = process.argv.includes('-v');
for (const c of fixtureCases()) {
  const reading = indicatorReading(c);
  if (!reading) continue;
  const s = scoreIndicators(await importFile(c.input), reading);
  const ratio = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
  console.log(`${c.name}: expected ${s.expected}, found ${s.found}, matched ${s.matched} (same name ${s.sameName}); recall ${ratio(s.matched, s.expected)}, precision ${ratio(s.matched, s.found)}`);
  if (verbose) for (const line of [...s.missed.map((m) => `  missed ${m}`), ...s.invented.map((m) => `  invented ${m}`)]) console.log(line);
}
