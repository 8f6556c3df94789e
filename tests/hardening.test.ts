// Issue 11's probes, each as a test: writes stay inside --out-dir and never go through a symbolic
// link, special files and endless inputs do not hang or exhaust memory, impossible PDFs are a
// diagnostic, signals leave complete outputs and a report, and text whose encoding changes midway
// is read. The process-level probes run the built CLI (bin/plan-import.js).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline.js';
import { FIXTURES, ROOT, SHARED, tempDirs } from './helpers.js';

const BIN = join(ROOT, 'bin/plan-import.js');
const KUWANA = join(FIXTURES, 'bukyoku-mokuhyo/kuwana-r6-bukyoku-mokuhyo/input.txt');
const tmp = tempDirs('plan-import-hard-');
const cli = (args: string[], cwd: string, input?: Buffer) => spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
const files = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])) : [];

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('outputs stay inside --out-dir', () => {
  it('an input named `..` mirrors to its folder name, inside the out-dir', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'proj/work'), { recursive: true });
    writeFileSync(join(dir, 'proj/top.txt'), '現状と課題\n① 課題がある。\n');
    writeFileSync(join(dir, 'proj/work/w.txt'), '現状と課題\n① 課題がある。\n');
    const r = cli(['..', '--out-dir', join(dir, 'safe'), '--force', '-q'], join(dir, 'proj/work'));
    expect(r.stderr).not.toMatch(/error output/);
    expect(files(join(dir, 'safe')).sort()).toEqual(['proj/top.json', 'proj/work/w.json']);
    expect(files(dir).filter((f) => f.endsWith('.json') && !f.startsWith('safe/'))).toEqual([]);
  });
  it('a folder symlink inside the out-dir that leads out, or a symlink at the output, is refused', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'out'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/x.txt'), '現状と課題\n① 課題がある。\n');
    writeFileSync(join(dir, 'y.txt'), '現状と課題\n① 課題がある。\n');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out/sub'));
    symlinkSync(join(dir, 'elsewhere/victim'), join(dir, 'out/y.json'));
    const r = cli(['sub/x.txt', 'y.txt', '--out-dir', 'out', '--force', '-q'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sub\/x\.txt: error output\/outside-out-dir: .*symbolic link/);
    expect(r.stderr).toMatch(/y\.txt: error output\/symlink/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(readlinkSync(join(dir, 'out/y.json'))).toBe(join(dir, 'elsewhere/victim'));
  });
  it('--report FILE is not written through a symbolic link; a report that cannot be written is exit 1 in one line', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'y.txt'), '現状と課題\n① 課題がある。\n');
    symlinkSync(join(dir, 'elsewhere/victim'), join(dir, 'report.json'));
    const linked = cli(['y.txt', '--report', 'report.json', '-q'], dir);
    expect(linked.status).toBe(1);
    expect(linked.stderr).toMatch(/error output\/report-failed: .*symbolic link/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    const missing = cli(['y.txt', '--report', 'no/such/folder/report.json', '-q'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n').filter((l) => /report-failed/.test(l))).toHaveLength(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('inputs that would hang or exhaust memory', () => {
  it('a FIFO in a folder is skipped with a note; named, it fails as not a file; nothing hangs', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a.txt'), '現状と課題\n① 課題がある。\n');
    execFileSync('mkfifo', [join(dir, 'in/pipe.txt')]);
    const folder = cli(['in', '-q'], dir);
    expect(folder.error).toBeUndefined();
    expect(folder.stderr).toMatch(/skipped 1 special file\(s\)/);
    const named = cli(['in/pipe.txt', '--timeout', '5', '-q'], dir);
    expect(named.error).toBeUndefined();
    expect(named.status).toBe(1);
    expect(named.stderr).toMatch(/in\/pipe\.txt: error extract\/not-a-file/);
  });
  it('stdin past 512 MiB fails with extract/too-large instead of filling memory', async () => {
    const child = spawn(process.execPath, [BIN, '-', '-q'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const chunk = Buffer.alloc(8 * 1024 * 1024, 0x41);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => {});
    for (let i = 0; i < 70 && !child.stdin.destroyed; i++) {
      if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r).once('close', r));
    }
    child.stdin.end();
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/-: error extract\/too-large/);
  }, 60_000);
});

describe('impossible PDFs and errors', () => {
  it.skipIf(!existsSync(join(SHARED, 'corpus/pdf')))('a page tree declaring /Count -1 is extract/pdf-invalid, not an internal error with a stack', () => {
    const dir = tmp();
    const bytes = readFileSync(join(SHARED, 'corpus/pdf/cjk-90ms-rksj-h-heiseimin-noembed.pdf'), 'latin1').replace('/Count 1', '/Count -1');
    writeFileSync(join(dir, 'neg.pdf'), bytes, 'latin1');
    const r = cli(['neg.pdf', '-q'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/neg\.pdf: error extract\/pdf-invalid: the page tree declares -1 pages/);
    expect(r.stderr).not.toMatch(/internal|\n\s+at /);
  });
});

describe('signals', () => {
  it.skipIf(!existsSync(join(SHARED, 'corpus/real')))('SIGTERM mid-batch: exit 143, no temporary file, the report lists what finished', async () => {
    const dir = tmp();
    const real = join(SHARED, 'corpus/real');
    const inputs = readdirSync(real).filter((f) => f.endsWith('.pdf')).map((f) => join(real, f));
    const child = spawn(process.execPath, [BIN, ...inputs, '--out-dir', join(dir, 'out'), '--report', join(dir, 'report.json'), '-q', '--jobs', '1'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // wait until the first output is written, then stop the run
    for (let i = 0; i < 200 && files(join(dir, 'out')).filter((f) => f.endsWith('.json')).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(files(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.files.length).toBeLessThan(inputs.length);
  }, 60_000);
});

describe('encodings', () => {
  it('a text that is Shift_JIS then UTF-8 is read part by part, the change reported with its line', async () => {
    const dir = tmp();
    const lines = readFileSync(KUWANA, 'utf8').split('\n');
    const bytes = Buffer.concat([iconv.encode(lines.slice(0, 200).join('\n') + '\n', 'cp932'), Buffer.from(lines.slice(200).join('\n'), 'utf8')]);
    writeFileSync(join(dir, 'mixed.txt'), bytes);
    const mixed = await importFile(join(dir, 'mixed.txt'));
    const whole = await importFile(KUWANA);
    expect(mixed.records.map((r) => r.title)).toEqual(whole.records.map((r) => r.title));
    expect(mixed.source.encoding).toBe('shift_jis+utf-8');
    const change = mixed.diagnostics.find((d) => d.code === 'extract/mixed-encoding');
    expect(change?.line).toBeGreaterThanOrEqual(201);
  });
  it('UTF-16 with a byte-order mark is read, not called binary', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'u16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(KUWANA, 'utf8'), 'utf16le')]));
    const doc = await importFile(join(dir, 'u16le.txt'));
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.records).toHaveLength(95);
  });
});

describe('output failures and stray pdf.js rejections', () => {
  it('stdout on a full disk (/dev/full) is exit 1 with one line, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(KUWANA)} -q > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error output\/stdout-failed: cannot write to stdout \(ENOSPC\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a pdf.js rejection after a document was read names the file', () => {
    const script = `
      const m = await import(${JSON.stringify(join(ROOT, 'dist/cli/stray-rejections.js'))});
      m.reportStrayPdfjsRejections((l) => process.stderr.write(l));
      m.noteCurrentFile('damaged.pdf');
      const e = new Error('Bad (uncompressed) XRef entry: 3R');
      e.name = 'XRefEntryException';
      e.stack = 'XRefEntryException: Bad\\n    at BaseExceptionClosure (node_modules/pdfjs-dist/legacy/build/pdf.mjs:1:1)';
      Promise.reject(e);
      setTimeout(() => {}, 50);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^damaged\.pdf: warning pdf\/stray-rejection: /);
  });
});

/** A small PDF (objects written plainly) whose page 2 content stream inflates to `bombMiB` MiB. */
function bombPdf(bombMiB: number): Buffer {
  const pages = [
    Buffer.from('BT /F1 12 Tf 72 700 Td (Page one text) Tj ET\n'),
    Buffer.concat([Buffer.from('BT /F1 12 Tf 72 700 Td (Bomb page) Tj ET\n'), Buffer.alloc(bombMiB * 1024 * 1024, '0 0 m\n')]),
    Buffer.from('BT /F1 12 Tf 72 700 Td (Page three text) Tj ET\n'),
  ];
  const objects: Buffer[] = [];
  const kids = pages.map((_, i) => 4 + i * 2);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages.length} >>`));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'));
  pages.forEach((content, i) => {
    const data = deflateSync(content, { level: 9 });
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`));
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]));
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    size += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

describe('memory bounded by design', () => {
  it('a page whose content inflates to 100 MiB is refused for that page (pdf/too-large); the others are read, in well under 1 GB', () => {
    const dir = tmp();
    const file = join(dir, 'bomb.pdf');
    writeFileSync(file, bombPdf(100));
    expect(readFileSync(file).length).toBeLessThan(400_000);
    const script = `
      const { importFile } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const doc = await importFile(${JSON.stringify(file)});
      console.log(JSON.stringify({ pages: doc.source.pages, codes: doc.diagnostics.map((d) => [d.code, d.page]), rssMB: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    const out = JSON.parse(r.stdout);
    expect(out.codes).toContainEqual(['pdf/too-large', 2]);
    expect(out.codes.filter((c: [string, number]) => c[0] === 'layout/unplaced-text').map((c: [string, number]) => c[1])).toEqual([1, 3]);
    expect(out.rssMB).toBeLessThan(1024);
  }, 60_000);
});

describe('text inputs stay under 1 GB', () => {
  it('a text extraction over 16 MiB is extract/too-large', async () => {
    const dir = tmp();
    const kuwana = readFileSync(KUWANA);
    writeFileSync(join(dir, 'big.txt'), Buffer.concat(Array.from({ length: Math.ceil((17 * 2 ** 20) / kuwana.length) }, () => kuwana)));
    await expect(importFile(join(dir, 'big.txt'))).rejects.toMatchObject({ code: 'extract/too-large' });
  });
});

describe('out of memory in one file', () => {
  it.skipIf(!existsSync(join(SHARED, 'corpus/real')))('stops that file (input/out-of-memory); the next file is imported and written', () => {
    const dir = tmp();
    const r = spawnSync(
      process.execPath,
      [BIN, join(SHARED, 'corpus/real/book-kyoto-r6-torikumi-11-sheets.pdf'), join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt'), '--out-dir', join(dir, 'out'), '--jobs', '1'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PLAN_IMPORT_WORKER_HEAP_MB: '24' } },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/book-kyoto-r6-torikumi-11-sheets\.pdf: error input\/out-of-memory/);
    expect(JSON.parse(readFileSync(join(dir, 'out/fixtures/bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.json'), 'utf8')).records).toHaveLength(47);
  }, 60_000);
});

describe('image bombs', () => {
  it('an image that declares more pixels than any scan (60000 × 60000 JPEG) refuses its file before pdf.js decodes it', async () => {
    const { findOversizedStreams } = await import('../src/extract/pdf/stream-guard.js');
    const pdf = Buffer.from('%PDF-1.4\n7 0 obj\n<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length 4 >>\nstream\n\xff\xd8\xff\xd9\nendstream\nendobj\n', 'latin1');
    expect([...findOversizedStreams(new Uint8Array(pdf)).objects]).toEqual([7]);
    const scan = Buffer.from('%PDF-1.4\n8 0 obj\n<< /Type /XObject /Subtype /Image /Width 7016 /Height 9921 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length 4 >>\nstream\n\xff\xd8\xff\xd9\nendstream\nendobj\n', 'latin1');
    expect([...findOversizedStreams(new Uint8Array(scan)).objects]).toEqual([]);
  });
});
