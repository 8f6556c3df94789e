import { writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { blankPdf, encryptedPdf } from './pdf-bytes.js';
import { describe, expect, it } from 'vitest';
import { run, EXIT_FILE_ERRORS, EXIT_OK, EXIT_USAGE } from '../src/cli/run.js';
import { RECORD_COLUMNS } from '../src/write/csv.js';
import { planDocumentJsonSchemaText } from '../src/records/json-schema.js';
import { FIXTURES, ROOT, tempDirs } from './helpers.js';

async function cli(args: string[], stdin?: Uint8Array) {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => out.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s)),
    stderr: (s) => (stderr += s),
    readStdin: async () => stdin ?? new Uint8Array(),
  });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), bytes, stderr };
}

const BUCHO = join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/input.txt');
const KISARAZU = join(FIXTURES, 'keiei-kaikaku-shinchoku/kisarazu-r5-keiei-kaikaku-shinchoku/input.txt');
const ENC = join(FIXTURES, 'encoding');
const tmp = tempDirs('plan-import-');

describe('plan-import -V / --version', () => {
  it("prints package.json's version and exits 0, as commander does by default", async () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['-V', '--version']) {
      const r = await cli([flag]);
      expect(r.code).toBe(EXIT_OK);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});

describe('plan-import FILE', () => {
  it('prints one PlanDocument for one input', async () => {
    const r = await cli([BUCHO]);
    expect(r.code).toBe(EXIT_OK);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.records).toHaveLength(47);
    expect(r.stderr).toContain('47 records');
  });

  it('prints an array for several inputs, in input order', async () => {
    const r = await cli([KISARAZU, BUCHO]);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { layout: string }) => d.layout)).toEqual(['keiei-kaikaku-shinchoku', 'bucho-mokuhyo-kekka']);
  });

  it('writes jsonl, one document per line', async () => {
    const r = await cli([KISARAZU, BUCHO, '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).records).toHaveLength(47);
  });
});

describe('--format csv', () => {
  it('writes UTF-8 with a BOM, the documented columns, one row per record', async () => {
    const r = await cli([BUCHO, '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = r.stdout.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(RECORD_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + 47);
    expect(rows[1]).toContain('イベントの見直しについて方向性を固めます！');
    expect(rows[1]).toContain(',達成,achieved,');
  });

  it('writes the indicator table with the record id beside each target', async () => {
    const r = await cli([KISARAZU, '--format', 'csv', '--csv', 'indicators']);
    const rows = r.stdout.slice(1).trim().split('\r\n');
    expect(rows[0]!.split(',').slice(0, 5)).toEqual(['file', 'record_id', 'department', 'number', 'title']);
    expect(rows.some((row) => row.includes('学校給食への有機米提供率,2026,令和8年度,100,%'))).toBe(true);
  });

  it('writes the yearly table with effects in yen as numbers', async () => {
    const r = await cli([join(FIXTURES, 'gyokaku-kekka/isesaki-r2-r5-gyokaku-kekka/input.txt'), '--format', 'csv', '--csv', 'yearly']);
    // 情報システムの最適化, 令和2年度: 歳出 104,307 千円
    expect(r.stdout).toMatch(/情報システムの最適化,2020,[^\r]*?,○,on_plan,[\s\S]*?,,104307000,/);
  });

  it('writes the money table: one row per figure of a sheet, in yen as numbers', async () => {
    const r = await cli([join(FIXTURES, 'general/sheets-text.txt'), '--format', 'csv', '--csv', 'money']);
    const rows = r.stdout.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('file,record_id,department,number,title,label,fiscal_year,fiscal_year_jp,kind,yen,text,line');
    expect(rows).toHaveLength(7);
    // 事業費（千円）, 令和4年度 決算: 4,200 千円
    expect(rows[1]).toMatch(/,市民生活部,12,地域防犯カメラ設置補助事業,事業費（千円）,2022,令和4年度,決算,4200000,"4,200",/);
  });

  it('escapes cells a spreadsheet would run as a formula', async () => {
    const dir = tmp();
    const f = join(dir, 'formula.txt');
    writeFileSync(f, '現状と課題\n① =HYPERLINK("x")を防ぐ必要がある。\n');
    const r = await cli([f, '--format', 'csv']);
    expect(r.stdout).toContain(`"'=HYPERLINK(""x"")を防ぐ必要がある。"`);
  });
});

describe('encodings', () => {
  it('reads UTF-8, UTF-8 with BOM and CRLF, and Shift_JIS with CRLF to the same records', async () => {
    const files = ['bucho-excerpt.utf8.txt', 'bucho-excerpt.utf8-bom-crlf.txt', 'bucho-excerpt.sjis-crlf.txt'];
    const docs = JSON.parse((await cli(files.map((f) => join(ENC, f)))).stdout);
    expect(docs.map((d: { source: { encoding: string } }) => d.source.encoding)).toEqual(['utf-8', 'utf-8', 'shift_jis']);
    const titles = docs.map((d: { records: { title: string }[] }) => d.records.map((r) => r.title));
    expect(titles[0]).toHaveLength(12);
    expect(titles[1]).toEqual(titles[0]);
    expect(titles[2]).toEqual(titles[0]);
  });

  it('keeps the last record of a file without a final newline', async () => {
    const doc = JSON.parse((await cli([join(ENC, 'bucho-excerpt.utf8.txt')])).stdout);
    expect(doc.records.at(-1).title).toBe('地域防災計画を改定します！');
  });
});

describe('bad input: a clear error naming the file, non-zero exit, the batch goes on', () => {
  it.each([
    ['an empty file', '', 'extract/empty-file'],
    ['binary garbage', Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]), 'extract/binary-file'],
  ])('%s', async (_what, bytes, code) => {
    const dir = tmp();
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, bytes);
    const r = await cli([bad, BUCHO]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain(`${bad}: error ${code}`);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0].records).toHaveLength(47);
  });

  it('a missing file', async () => {
    const r = await cli(['/nonexistent/plan.txt', BUCHO]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain('/nonexistent/plan.txt: error extract/unreadable-file');
  });

  it('an unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test
    const dir = tmp();
    const f = join(dir, 'locked.txt');
    writeFileSync(f, '目標\n');
    chmodSync(f, 0);
    expect((await cli([f])).stderr).toContain('extract/unreadable-file');
  });

  it('a PDF with a header and nothing else: not a readable PDF, said so with the file name', async () => {
    const dir = tmp();
    const f = join(dir, 'a.pdf');
    writeFileSync(f, '%PDF-1.7\n%âãÏÓ\n');
    const r = await cli([f]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain(f);
    expect(r.stderr).toContain('extract/pdf-invalid');
  });

  it('an encrypted PDF: says it needs the password, and the batch goes on', async () => {
    const dir = tmp();
    const f = join(dir, 'locked.pdf');
    writeFileSync(f, encryptedPdf());
    const good = join(dir, 'good.txt');
    writeFileSync(good, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'encoding', 'bucho-excerpt.utf8.txt')));
    const r = await cli([f, good]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toContain(`${f}: error extract/pdf-encrypted`);
    expect(r.stdout).toContain('政策経営部');
  });

  it('a truncated PDF is named as unreadable', async () => {
    const dir = tmp();
    const f = join(dir, 'cut.pdf');
    writeFileSync(f, blankPdf().subarray(0, 40));
    const r = await cli([f]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(r.stderr).toMatch(/extract\/pdf-(invalid|unreadable)/);
  });

  it('a PDF whose page draws nothing gives no records and an error, not a crash', async () => {
    const dir = tmp();
    const f = join(dir, 'blank.pdf');
    writeFileSync(f, blankPdf());
    const r = await cli([f]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('records/none');
  });

  it('invalid UTF-8 that is not Shift_JIS either is imported with a warning', async () => {
    const dir = tmp();
    const f = join(dir, 'broken.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('現状と課題\n① 課題がある。\n'), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x80, 0xff])]));
    const doc = JSON.parse((await cli([f])).stdout);
    expect(doc.diagnostics.some((d: { code: string }) => d.code === 'extract/invalid-encoding')).toBe(true);
  });

  it('a document with no records is an error for that file', async () => {
    const dir = tmp();
    const f = join(dir, 'prose.txt');
    writeFileSync(f, 'これは計画ではありません。\n');
    const r = await cli([f]);
    expect(r.code).toBe(EXIT_FILE_ERRORS);
    const doc = JSON.parse(r.stdout);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain('records/none');
    expect(doc.diagnostics.find((d: { code: string }) => d.code === 'layout/unplaced-text')).toMatchObject({ file: f, line: 1 });
  });
});

describe('profiles', () => {
  it('falls back to the generic profile with a warning, and still reads numbered items under labels', async () => {
    const dir = tmp();
    const f = join(dir, 'other-city.txt');
    writeFileSync(f, ['〇〇市 業務改善計画', '現状と課題', '① 窓口の待ち時間が長い。', '② 紙の申請が多い。', '取組内容', '① 予約制を導入する。', '② 電子申請を広げる。'].join('\n'));
    const doc = JSON.parse((await cli([f])).stdout);
    expect(doc.layout).toBe('generic');
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain('profile/generic');
    expect(doc.records.map((r: { number: number; fields: object }) => [r.number, r.fields])).toEqual([
      [1, { issue: '窓口の待ち時間が長い。', content: '予約制を導入する。' }],
      [2, { issue: '紙の申請が多い。', content: '電子申請を広げる。' }],
    ]);
  });

  it('lists the built-in profiles', async () => {
    const r = await cli(['profiles']);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual([
      'bukyoku-mokuhyo', 'soshiki-juten-mokuhyo', 'bucho-mokuhyo-kekka', 'gyokaku-kekka', 'keiei-kaikaku-shinchoku', 'generic',
    ]);
  });

  it('rejects an invalid user profile with the path of each problem', async () => {
    const dir = tmp();
    const p = join(dir, 'bad-profile.json');
    writeFileSync(p, JSON.stringify({ id: 'x', family: 'x', description: 'x', layout: 'numbered-lists', detect: { signals: [], minScore: 1 }, departmentStart: '(', titleFrom: ['goal'], itemMarkers: ['circled-number'] }));
    const r = await cli([BUCHO, '--profile', p]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain(`invalid layout profile ${p}`);
    expect(r.stderr).toContain('detect.signals');
    expect(r.stderr).toContain('departmentStart: not a valid regular expression');
  });

  it('uses a user profile given with --profile (a copy of a built-in one, data only)', async () => {
    const dir = tmp();
    const builtin = JSON.parse(readFileSync(join(ROOT, 'src/profiles/builtin/bucho-mokuhyo-kekka.json'), 'utf8'));
    const p = join(dir, 'my-city.json');
    writeFileSync(p, JSON.stringify({ ...builtin, id: 'my-city' }));
    const doc = JSON.parse((await cli([BUCHO, '--profile', p])).stdout);
    expect(doc.layout).toBe('my-city');
    expect(doc.records).toHaveLength(47);
  });
});

describe('usage', () => {
  it('exits 2 on an unknown option or format', async () => {
    expect((await cli([BUCHO, '--format', 'xml'])).code).toBe(EXIT_USAGE);
    expect((await cli([BUCHO, '--bogus'])).code).toBe(EXIT_USAGE);
    expect((await cli([])).code).toBe(EXIT_USAGE);
  });
  it('--strict fails on warnings', async () => {
    const dir = tmp();
    const f = join(dir, 'other-city.txt');
    writeFileSync(f, '現状と課題\n① 課題がある。\n');
    expect((await cli([f])).code).toBe(EXIT_OK);
    expect((await cli([f, '--strict'])).code).toBe(EXIT_FILE_ERRORS);
  });
});

describe('schema', () => {
  it('the committed JSON Schema is the one generated from the zod schema (run `npm run schema`)', () => {
    expect(readFileSync(join(ROOT, 'schemas/plan-document.schema.json'), 'utf8')).toBe(planDocumentJsonSchemaText());
  });
  it('`plan-import schema` prints it', async () => {
    expect((await cli(['schema'])).stdout).toBe(planDocumentJsonSchemaText());
  });
});
