import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';
import { run, EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE } from '../src/cli/run.js';
import { shardOf } from '../src/cli/shard.js';
import { FIXTURES, tempDirs } from './helpers.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const tmp = tempDirs('plan-import-shard-');

/** A city's back catalogue in small: text seeds and excerpts in nested folders, one unreadable. */
function catalogue(): string {
  // (under a folder of one name: a folder outside the working directory is keyed by its own name,
  // and a temporary folder's random name split the eleven inputs anew each run — once all into one shard)
  const dir = join(tmp(), 'catalogue');
  const texts = [
    'encoding/bucho-excerpt.utf8.txt',
    'encoding/bucho-excerpt.sjis-crlf.txt',
    'encoding/bucho-excerpt.utf8-bom-crlf.txt',
    'keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt',
    'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt',
    'general/torikumi-list.txt',
    'general/sheets-text.txt',
    'general/word-sheets.txt',
    'general/pdca-debris.txt',
    'general/senryaku-outline.txt',
  ];
  texts.forEach((t, i) => {
    const to = join(dir, i % 2 ? 'r5' : 'r6/sub', `${i}-${t.split('/').at(-2)}.txt`);
    mkdirSync(join(to, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, t), to);
  });
  // a file that fails: every shard must not report it, exactly one must
  writeFileSync(join(dir, 'r5/empty.txt'), '');
  return dir;
}

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** A report with what differs between any two runs (timings) left out. */
function comparable(path: string): unknown {
  const r = JSON.parse(readFileSync(path, 'utf8')) as { files: { ms?: number }[] };
  for (const f of r.files) delete f.ms;
  return r;
}

describe('--shard K/N', () => {
  it('two shards write exactly the outputs of the unsharded run, and their reports merge into its report', async () => {
    const src = catalogue();
    const work = tmp();
    const whole = await cli([src, '--out-dir', join(work, 'out'), '--report', join(work, 'whole.json'), '--jobs', '1', '-q']);
    const whole1 = tree(join(work, 'out'));
    const files = whole1.size;
    // 11 inputs, the empty one fails: no output for it, an error in the report
    expect(files).toBe(10);
    expect(whole.code).toBe(EXIT_FILE_ERRORS);

    const outRoot = join(work, 'out');
    // the same output folder for every shard, as a matrix's jobs each write `records/`
    const { rmSync } = await import('node:fs');
    rmSync(outRoot, { recursive: true });
    const shards = [];
    for (const k of [1, 2]) {
      const r = await cli([src, '--shard', `${k}/2`, '--out-dir', join(work, `s${k}`), '--report', join(work, `s${k}.json`), '--jobs', '1']);
      expect(r.stderr).toMatch(new RegExp(`shard ${k}/2: \\d+ of 11 input`));
      shards.push(tree(join(work, `s${k}`)));
    }
    expect(shards[0]!.size).toBeGreaterThan(0);
    expect(shards[1]!.size).toBeGreaterThan(0);
    expect(shards[0]!.size + shards[1]!.size).toBe(files);
    const merged = new Map([...shards[0]!, ...shards[1]!]);
    expect([...merged.keys()].sort()).toEqual([...whole1.keys()].sort());
    for (const [name, bytes] of whole1) expect(merged.get(name), name).toBe(bytes);

    const m = await cli(['report', 'merge', join(work, 's2.json'), join(work, 's1.json'), '--output', join(work, 'merged.json')]);
    expect(m.code).toBe(EXIT_OK);
    // outputs were written under other folder names: compare the reports with each shard's folder named as the whole run's
    const text = readFileSync(join(work, 'merged.json'), 'utf8').replaceAll(join(work, 's1'), outRoot).replaceAll(join(work, 's2'), outRoot);
    writeFileSync(join(work, 'merged.json'), text);
    expect(comparable(join(work, 'merged.json'))).toEqual(comparable(join(work, 'whole.json')));
  }, 60_000);

  it('chooses by path alone: every input in exactly one shard, whatever the order of the arguments', async () => {
    const src = catalogue();
    const names = readdirSync(src).map((n) => join(src, n));
    const forward = (await expandInputs(names)).inputs;
    const backward = (await expandInputs([...names].reverse())).inputs;
    for (const count of [1, 2, 3, 7]) {
      const of = (inputs: typeof forward) => new Map(inputs.map((i) => [i.path, shardOf(i, count)]));
      expect(of(backward)).toEqual(of(forward));
      for (const k of of(forward).values()) expect(k).toBeGreaterThanOrEqual(1), expect(k).toBeLessThanOrEqual(count);
    }
    expect(shardOf({ path: '-', outName: 'stdin' }, 5)).toBe(1);
  });

  it('refuses a share that does not exist, and a merge with a shard missing or given twice', async () => {
    for (const bad of ['0/2', '3/2', '1', '1/0', 'a/b']) expect((await cli([FIXTURES, '--shard', bad])).code, bad).toBe(EXIT_USAGE);
    const work = tmp();
    const src = catalogue();
    for (const k of [1, 3]) await cli([src, '--shard', `${k}/3`, '--out-dir', join(work, 'o'), '--report', join(work, `s${k}.json`), '-q']);
    const missing = await cli(['report', 'merge', join(work, 's1.json'), join(work, 's3.json')]);
    expect(missing.code).toBe(EXIT_FILE_ERRORS);
    expect(missing.stderr).toContain('shard 2/3 missing');
    expect(missing.stdout).toBe('');
    const twice = await cli(['report', 'merge', join(work, 's1.json'), join(work, 's1.json'), join(work, 's3.json')]);
    expect(twice.stderr).toContain('both shard 1/3');
  }, 60_000);
});
