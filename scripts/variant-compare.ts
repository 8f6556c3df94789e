// node --import tsx scripts/variant-compare.ts BEFORE.txt AFTER.txt — two runs of
// scripts/variant-score.ts side by side: each variant whose record F1, field agreement or reading
// changed (WORSE where F1 fell or fields fell by more than 0.002), the means, and how many variants
// stay under F1 0.95.
import { readFileSync } from 'node:fs';

type Score = { f1: number; fields: number; reading: number };
const LINE = /^(\S+)\s+F1 ([\d.]+) \((\d+)\/(\d+)\)\s+fields ([\d.]+)(?:\s+words [\d.]+)?\s+reading (\d+)\/(\d+)/;

function load(file: string): Map<string, Score> {
  const out = new Map<string, Score>();
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    const m = LINE.exec(l);
    if (m) out.set(m[1]!, { f1: Number(m[2]), fields: Number(m[5]), reading: Number(m[6]) });
  }
  return out;
}

const [a, b] = process.argv.slice(2).map(load) as [Map<string, Score>, Map<string, Score>];
for (const [name, x] of [...a].sort(([p], [q]) => p.localeCompare(q))) {
  const y = b.get(name);
  if (!y || (x.f1 === y.f1 && x.fields === y.fields && x.reading === y.reading)) continue;
  const worse = y.f1 < x.f1 - 1e-9 || y.fields < x.fields - 0.002;
  console.log(`${name.padEnd(62)} F1 ${x.f1.toFixed(3)}->${y.f1.toFixed(3)} fields ${x.fields.toFixed(3)}->${y.fields.toFixed(3)} read ${x.reading}->${y.reading}${worse ? '  WORSE' : ''}`);
}
const mean = (m: Map<string, Score>, k: keyof Score) => [...m.values()].reduce((s, v) => s + v[k], 0) / m.size;
console.log(`mean F1 ${mean(a, 'f1').toFixed(4)} -> ${mean(b, 'f1').toFixed(4)}  mean fields ${mean(a, 'fields').toFixed(4)} -> ${mean(b, 'fields').toFixed(4)}`);
console.log(`below .95 F1: ${[...b.values()].filter((v) => v.f1 < 0.95).length} of ${b.size}`);
