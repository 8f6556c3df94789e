import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runBatch, type Outcome } from '../src/cli/batch.js';
import { expandInputs } from '../src/cli/inputs.js';
import { run, EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE } from '../src/cli/run.js';
import { encryptedPdf, zeroPagePdf } from './pdf-bytes.js';
import { FIXTURES, tempDirs } from './helpers.js';

async function cli(args: string[], opts: { stdin?: Uint8Array; tty?: boolean } = {}) {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => out.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s)),
    stderr: (s) => (stderr += s),
    stderrTTY: opts.tty ?? false,
    columns: 100,
    readStdin: async () => opts.stdin ?? new Uint8Array(),
  });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), bytes, stderr };
}

const tmp = tempDirs('plan-import-batch-');
const BUCHO = join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt');
const BUCHO_PDF = join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/rendered.chromium.pdf');
const KISARAZU = join(FIXTURES, 'keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt');
const EXCERPT = join(FIXTURES, 'encoding/bucho-excerpt.utf8.txt');

/** A folder of inputs: good texts and a PDF in nested folders, and files that are not inputs. */
function corpus(): string {
  const dir = tmp();
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  copyFileSync(EXCERPT, join(dir, 'a/excerpt.txt'));
  copyFileSync(KISARAZU, join(dir, 'a/b/kisarazu.txt'));
  copyFileSync(BUCHO_PDF, join(dir, 'bucho.pdf'));
  writeFileSync(join(dir, 'notes.md'), '# not an input\n');
  return dir;
}

describe('inputs', () => {
  it('reads a directory recursively, in code-point order, and skips other files with a note', async () => {
    const dir = corpus();
    const found = await expandInputs([dir]);
    expect(found.inputs.map((i) => relative(dir, i.path))).toEqual(['a/b/kisarazu.txt', 'a/excerpt.txt', 'bucho.pdf']);
    expect(found.skipped.map((p) => relative(dir, p))).toEqual(['notes.md']);
    const r = await cli([dir, '-j', '1']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toContain('skipped 1 file(s)');
    expect(JSON.parse(r.stdout).map((d: { records: unknown[] }) => d.records.length)).toEqual([15, 12, 47]);
  });

  it('expands a glob the shell left alone, and says when one matches nothing', async () => {
    const dir = corpus();
    const r = await cli([join(dir, '**/*.txt'), join(dir, '*.nothing')]);
    expect(JSON.parse(r.stdout).map((d: { source: { path: string } }) => relative(dir, d.source.path))).toEqual(['a/b/kisarazu.txt', 'a/excerpt.txt']);
    expect(r.stderr).toContain(`${join(dir, '*.nothing')}: error input/no-match`);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
  });

  it('reads - from stdin, as a file named -', async () => {
    const r = await cli(['-'], { stdin: readFileSync(EXCERPT) });
    expect(r.code).toBe(EXIT_OK);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBe('-');
    expect(doc.records).toHaveLength(12);
  });

  it('reads a PDF from stdin too', async () => {
    const r = await cli(['-'], { stdin: readFileSync(BUCHO_PDF) });
    expect(JSON.parse(r.stdout).source.mediaType).toBe('application/pdf');
  });
});

describe('--out-dir', () => {
  it('writes one output per input, paths mirrored, extension replaced, no temporary file left', async () => {
    const dir = corpus();
    const out = join(tmp(), 'out');
    const r = await cli([dir, '--out-dir', out]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toBe('');
    const base = relative(process.cwd(), dir).startsWith('..') ? join(out, dir.split('/').at(-1)!) : join(out, relative(process.cwd(), dir));
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [relative(base, join(d, e.name))]));
    expect(files(base).sort()).toEqual(['a/b/kisarazu.json', 'a/excerpt.json', 'bucho.json']);
    expect(JSON.parse(readFileSync(join(base, 'bucho.json'), 'utf8')).records).toHaveLength(47);
  });

  it('keeps apart two inputs that would write the same output (a.pdf and a.txt)', async () => {
    const dir = tmp();
    copyFileSync(BUCHO_PDF, join(dir, 'bucho.pdf'));
    copyFileSync(BUCHO, join(dir, 'bucho.txt'));
    const out = tmp();
    const r = await cli([join(dir, 'bucho.pdf'), join(dir, 'bucho.txt'), '--out-dir', out, '--force']);
    expect(r.code).toBe(EXIT_OK);
    expect(readdirSync(out).sort()).toEqual(['bucho.pdf.json', 'bucho.txt.json']);
    expect(JSON.parse(readFileSync(join(out, 'bucho.pdf.json'), 'utf8')).source.mediaType).toBe('application/pdf');
    expect(r.stderr).toContain('output/name-kept-apart');
  }, 60_000);

  it('keeps an existing output unless --force, and says which', async () => {
    const out = tmp();
    const target = join(out, 'excerpt.json');
    const cwd = process.cwd();
    const dir = tmp();
    copyFileSync(EXCERPT, join(dir, 'excerpt.txt'));
    process.chdir(dir);
    try {
      writeFileSync(target, 'keep me');
      const kept = await cli(['excerpt.txt', '--out-dir', out]);
      expect(kept.code).toBe(EXIT_FILE_ERRORS);
      expect(kept.stderr).toContain('error output/exists');
      expect(readFileSync(target, 'utf8')).toBe('keep me');
      const forced = await cli(['excerpt.txt', '--out-dir', out, '--force']);
      expect(forced.code).toBe(EXIT_OK);
      expect(JSON.parse(readFileSync(target, 'utf8')).records).toHaveLength(12);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('stdout', () => {
  it('one input gives a document, several an array, jsonl one document per line', async () => {
    expect(Array.isArray(JSON.parse((await cli([EXCERPT])).stdout))).toBe(false);
    expect(JSON.parse((await cli([EXCERPT, BUCHO])).stdout)).toHaveLength(2);
    const lines = (await cli([EXCERPT, BUCHO, '--format', 'jsonl'])).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).records.length)).toEqual([12, 47]);
  });

  it('--jobs 2 prints byte for byte what --jobs 1 prints, in input order', async () => {
    const inputs = [BUCHO_PDF, EXCERPT, KISARAZU, BUCHO];
    const one = await cli([...inputs, '--jobs', '1']);
    const two = await cli([...inputs, '--jobs', '2']);
    expect(two.code).toBe(one.code);
    expect(two.bytes.equals(one.bytes)).toBe(true);
    expect(JSON.parse(two.stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual(inputs);
  }, 60_000);
});

describe('CSV for spreadsheets', () => {
  it('Shift_JIS (CP932) holds the same table as UTF-8, without a BOM', async () => {
    const utf8 = await cli([BUCHO, '--format', 'csv']);
    const sjis = await cli([BUCHO, '--format', 'csv', '--encoding', 'shift_jis']);
    expect(utf8.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(sjis.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(iconv.decode(sjis.bytes, 'cp932')).toBe(utf8.stdout.slice(1));
    expect(sjis.stderr).not.toContain('unmappable');
  });

  it('names the characters Shift_JIS cannot hold, and --strict fails on them', async () => {
    const dir = tmp();
    const f = join(dir, 'rare.txt');
    // 𠮷 (U+20BB7, the 吉 of 吉野家) has no CP932 code
    writeFileSync(f, readFileSync(EXCERPT, 'utf8').replace('イベントの見直し', '𠮷イベントの見直し'));
    const r = await cli([f, '--format', 'csv', '--encoding', 'shift_jis']);
    expect(r.stderr).toContain('warning output/unmappable: 1 character(s)');
    expect(r.stderr).toContain('𠮷 U+20BB7');
    expect(r.code).toBe(EXIT_OK);
    expect((await cli([f, '--format', 'csv', '--encoding', 'shift_jis', '--strict'])).code).toBe(EXIT_FILE_ERRORS);
  });

  it('puts the 和暦 beside every western year', async () => {
    const r = await cli([KISARAZU, '--format', 'csv']);
    const [head, first] = r.stdout.slice(1).split('\r\n');
    const cols = head!.split(',');
    const row = first!.split(',');
    expect(row[cols.indexOf('fiscal_year')]).toBe('2023');
    expect(row[cols.indexOf('fiscal_year_jp')]).toBe('令和5年度');
  });

  it('--encoding is for CSV only', async () => {
    expect((await cli([BUCHO, '--encoding', 'shift_jis'])).code).toBe(EXIT_USAGE);
  });
});

describe('bad input never costs the good files their output', () => {
  it('a zero-page PDF is an error naming the file', async () => {
    const dir = tmp();
    const f = join(dir, 'zero.pdf');
    writeFileSync(f, zeroPagePdf());
    const r = await cli([f, EXCERPT]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain(`${f}: error extract/pdf-no-pages: the PDF has no pages`);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('a 10 MB single line is read (and reported) within seconds', async () => {
    const dir = tmp();
    const f = join(dir, 'long.txt');
    const sentence = '①市民サービスの向上を図るため、窓口業務の改善に取り組み、令和6年度までに満足度を80%以上とします。';
    writeFileSync(f, sentence.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(sentence))));
    const t0 = Date.now();
    const r = await cli([f, '--format', 'jsonl']);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect([EXIT_OK, EXIT_FILE_ERRORS]).toContain(r.code);
    expect(r.stderr.startsWith(`${f}: `)).toBe(true);
    const doc = JSON.parse(r.stdout);
    expect(doc.coverage.textLines).toBe(1);
    // the line is placed in a record or reported, never silently lost
    expect(doc.records.length > 0 || doc.diagnostics.some((d: { code: string; line: number }) => d.line === 1)).toBe(true);
  }, 60_000);

  it('a directory with files that cannot be read: each named, the rest imported', async () => {
    const dir = tmp();
    copyFileSync(EXCERPT, join(dir, 'good.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'folder.pdf'));
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, readFileSync(EXCERPT));
    chmodSync(locked, 0);
    const root = process.getuid?.() === 0; // root reads a file without permissions anyway
    const r = await cli([dir]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain(`${join(dir, 'dangling.txt')}: error extract/unreadable-file`);
    if (!root) expect(r.stderr).toContain(`${locked}: error extract/unreadable-file`);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: { path: string } }) => d.source.path)).toContain(join(dir, 'good.txt'));
    expect(docs.find((d: { source: { path: string } }) => d.source.path === join(dir, 'good.txt')).records).toHaveLength(12);
  });

  it('a file deleted mid-batch fails alone', async () => {
    const dir = tmp();
    for (const n of ['1.txt', '2.txt', '3.txt']) copyFileSync(EXCERPT, join(dir, n));
    const { inputs } = await expandInputs([dir]);
    const outcomes: Outcome[] = [];
    await runBatch(inputs, { jobs: 1, import: {}, onStart: (_, i) => i === 0 && unlinkSync(join(dir, '2.txt')) }, (o) => {
      outcomes.push(o);
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]!.ok === false && outcomes[1]!.error.code).toBe('extract/unreadable-file');
    expect(existsSync(join(dir, '2.txt'))).toBe(false);
  });

  it('a batch of good and bad files: every good output is byte-identical to its single-file import', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'garbage.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(bad, 'encrypted.pdf'), encryptedPdf());
    writeFileSync(join(bad, 'truncated.pdf'), readFileSync(BUCHO_PDF).subarray(0, 5000));
    writeFileSync(join(bad, 'zero.pdf'), zeroPagePdf());
    const good = [BUCHO_PDF, EXCERPT, KISARAZU];
    const out = tmp();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const batch = await cli(['bad', ...good, '--out-dir', out, '--jobs', '2']);
      expect(batch.code).toBe(EXIT_FILE_ERRORS);
      for (const f of ['empty', 'garbage', 'encrypted', 'truncated', 'zero']) expect(batch.stderr).toMatch(new RegExp(`bad/${f}\\.(txt|pdf): error `));
      for (const g of good) {
        const single = await cli([g]);
        const name = g.split('/').at(-1)!.replace(/\.[a-z]+$/, '.json');
        expect(readFileSync(join(out, name)).equals(single.bytes), g).toBe(true);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});

describe('progress and report', () => {
  it('draws a progress bar on a terminal only', async () => {
    const tty = await cli([EXCERPT, BUCHO, '-j', '1'], { tty: true });
    expect(tty.stderr).toMatch(/\r\x1b\[K\[#+\.*\] 1\/2 /);
    const log = await cli([EXCERPT, BUCHO, '-j', '1']);
    expect(log.stderr).not.toContain('\r');
  });

  it('--report FILE writes coverage per input as JSON; --report alone prints a table', async () => {
    const dir = tmp();
    const reportFile = join(dir, 'report.json');
    writeFileSync(join(dir, 'empty.txt'), '');
    await cli([EXCERPT, join(dir, 'empty.txt'), join(dir, '*.nothing'), '--report', reportFile]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report.totals).toMatchObject({ files: 3, imported: 1, failed: 2, records: 12 });
    expect(report.files[2]).toMatchObject({ file: join(dir, '*.nothing'), status: 'failed', code: 'input/no-match' });
    expect(report.files[0]).toMatchObject({ file: EXCERPT, status: 'imported', records: 12, unplacedLines: 0 });
    expect(report.files[0].coverage).toBeGreaterThan(0.9);
    expect(report.files[1]).toMatchObject({ status: 'failed', code: 'extract/empty-file' });
    const table = await cli([EXCERPT, '--report']);
    expect(table.stderr).toMatch(/file +status +records +placed +unplaced/);
  });
});
