import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDirs } from './helpers.js';

/**
 * The README's CI and spreadsheet examples, run as written: each block marked
 * `<!-- readme-test: NAME -->` is taken from README.md, and its commands run in a scratch
 * project whose `plans/` holds two text extractions and a PDF. `npx plan-import` there is what
 * it is in a project that installed plan-import: the built CLI of this checkout.
 */
function readmeBlock(name: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- readme-test: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!m) throw new Error(`README.md has no block marked readme-test: ${name}`);
  return m[1]!;
}

const PLANS = [
  join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/rendered.chromium.pdf'),
  join(FIXTURES, 'keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt'),
  join(FIXTURES, 'gyokaku-kekka/isesaki-r2-r5-gyokaku-kekka/input.txt'),
];
const NAMES = ['bucho.pdf', 'kisarazu.txt', 'isesaki.txt'];

const readmeDir = tempDirs('plan-import-readme-');

function project(extra: Record<string, Buffer> = {}): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = readmeDir();
  mkdirSync(join(dir, 'plans'));
  PLANS.forEach((p, i) => copyFileSync(p, join(dir, 'plans', NAMES[i]!)));
  for (const [name, bytes] of Object.entries(extra)) writeFileSync(join(dir, 'plans', name), bytes);
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = plan-import ] || { echo "npx: only plan-import here" >&2; exit 127; }\nshift\nexec node ${JSON.stringify(join(ROOT, 'bin/plan-import.js'))} "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } };
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

// the examples run the built CLI: build it from this checkout's sources first, so it is not stale
beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('README: in CI', () => {
  const step = readmeBlock('ci');
  const command = /run: (.+)/.exec(step)![1]!;

  it('converts the folder, writes every output and the report, and passes', () => {
    const { dir, env } = project();
    const r = sh(command, dir, env);
    expect(r.status, r.stderr).toBe(0);
    for (const n of NAMES) expect(existsSync(join(dir, 'records/plans', n.replace(/\.[a-z]+$/, '.json')))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'records/report.json'), 'utf8'));
    expect(report.totals).toMatchObject({ files: 3, imported: 3, failed: 0, records: 47 + 15 + 55 });
  }, 120_000);

  it('fails the job when one file cannot be read, and still writes the others', () => {
    const { dir, env } = project({ 'broken.pdf': Buffer.from('%PDF-1.7\n%broken\n') });
    const r = sh(command, dir, env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('plans/broken.pdf: error extract/pdf-invalid');
    for (const n of NAMES) expect(existsSync(join(dir, 'records/plans', n.replace(/\.[a-z]+$/, '.json')))).toBe(true);
  }, 120_000);
});

describe('README: a CI matrix', () => {
  const workflow = readmeBlock('ci-matrix');
  const shards = /shard: \[([\d, ]+)\]/.exec(workflow)![1]!.split(',').map((k) => k.trim());
  const [convert, merge] = [...workflow.matchAll(/run: (npx plan-import .+)/g)].map((m) => m[1]!);

  it("every shard's job, then the merge, writes the outputs and the report of one unsharded run", () => {
    const whole = project();
    expect(sh(/run: (.+)/.exec(readmeBlock('ci'))![1]!, whole.dir, whole.env).status).toBe(0);
    // the jobs of the matrix, their artefacts downloaded into one folder
    const { dir, env } = project();
    for (const k of shards) {
      const r = sh(convert!.replaceAll('${{ matrix.shard }}', k), dir, env);
      expect(r.status, r.stderr).toBe(0);
    }
    const r = sh(merge!, dir, env);
    expect(r.status, r.stderr).toBe(0);
    for (const n of NAMES) {
      const out = join('records/plans', n.replace(/\.[a-z]+$/, '.json'));
      expect(readFileSync(join(dir, out), 'utf8'), out).toBe(readFileSync(join(whole.dir, out), 'utf8'));
    }
    const report = (d: string) => {
      const j = JSON.parse(readFileSync(join(d, 'records/report.json'), 'utf8'));
      for (const f of j.files) (f.ms = 0), (f.output = f.output.slice(d.length));
      return j;
    };
    expect(report(dir)).toEqual(report(whole.dir));
  }, 120_000);
});

describe('piping', () => {
  it('stops quietly when the reader of stdout leaves (`| head`)', () => {
    const { dir, env } = project();
    const r = sh('npx plan-import plans/ --format jsonl --jobs 1 -q | head -c 20', dir, env);
    expect(r.stdout).toHaveLength(20);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  }, 60_000);
});

describe('a PDF that makes pdf.js reject a promise after it was read', () => {
  it('costs the batch nothing: the files after it are still converted (fuzz seed 8, case 434)', async () => {
    const { fuzzCase } = await import('./fuzz-cases.js');
    const { dir, env } = project({ '0-damaged.pdf': Buffer.from(fuzzCase(8, 434).bytes) });
    const r = sh('npx plan-import plans/ --format jsonl --jobs 1 -q', dir, env);
    expect(r.status, r.stderr).toBe(1); // the damaged PDF has no records: an error for that file
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['plans/0-damaged.pdf', 'plans/bucho.pdf', 'plans/isesaki.txt', 'plans/kisarazu.txt']);
    expect(r.stderr).not.toMatch(/UnhandledPromiseRejection|ERR_UNHANDLED_REJECTION/);
  }, 60_000);
});

describe('README: as a library', () => {
  it('runs the example in a project that installed plan-import', () => {
    const { dir, env } = project();
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/plan-import'));
    writeFileSync(join(dir, 'example.mjs'), readmeBlock('library'));
    const r = spawnSync('node', ['example.mjs'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toMatch(/^\S+ \S.* \d+$/);
  }, 60_000);
});

describe('README: into a spreadsheet', () => {
  const commands = readmeBlock('spreadsheet')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);

  it('every example runs, and the tables are what a spreadsheet needs', () => {
    const { dir, env } = project();
    const outputs: Record<string, string> = {};
    for (const c of commands) {
      if (c.includes('| jq') && sh('command -v jq', dir, env).status !== 0) continue;
      const r = sh(c, dir, env);
      expect(r.status, `${c}\n${r.stderr}`).toBe(0);
      outputs[c] = r.stdout;
    }
    // records.csv: UTF-8 with BOM, one header, one row per record of the three files
    const records = readFileSync(join(dir, 'records.csv'));
    expect([...records.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(records.toString('utf8').slice(1));
    expect(rows[0]!.slice(0, 5)).toEqual(['file', 'layout', 'municipality', 'fiscal_year', 'fiscal_year_jp']);
    expect(rows.length - 1).toBe(47 + 15 + 55);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    // numbers without units, the 和暦 beside
    const fy = rows[0]!.indexOf('fiscal_year');
    for (const r of rows.slice(1)) expect(r[fy]).toMatch(/^(\d{4})?$/);
    // yearly.csv: amounts in yen as plain numbers
    const yearly = parseCsv(readFileSync(join(dir, 'yearly.csv'), 'utf8').slice(1));
    const exp = yearly[0]!.indexOf('expenditure_effect_yen');
    expect(yearly.slice(1).some((r) => /^\d+$/.test(r[exp]!))).toBe(true);
    for (const r of yearly.slice(1)) expect(r[exp]).toMatch(/^-?\d*$/);
    // the Shift_JIS table decodes as CP932 to Japanese, and has no BOM
    const sjis = readFileSync(join(dir, 'indicators-sjis.csv'));
    expect(sjis[0]).not.toBe(0xef);
    const indicators = parseCsv(iconv.decode(sjis, 'cp932'));
    expect(indicators[0]!.slice(0, 6)).toEqual(['file', 'record_id', 'department', 'number', 'title', 'indicator_name']);
    expect(indicators.some((r) => r.some((c) => /[一-龯]/.test(c)))).toBe(true);
    // the jq line gives department, title, result per record
    const jq = Object.entries(outputs).find(([c]) => c.includes('| jq'));
    if (jq) expect(jq[1].trim().split('\n')).toHaveLength(47 + 15 + 55);
  }, 180_000);
});
