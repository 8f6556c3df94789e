import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compareKey } from '../src/inspect/attribute.js';
import { FIXTURES, SHARED, tempDirs } from './helpers.js';

/**
 * `plan-import inspect`: the HTML's structure on bundled fixtures. Expected titles come from the
 * fixtures' readings (expected.json, written by reading the documents), the diagnostics from the
 * import itself: what is drawn must be what the records came from.
 */
const BUCHO_DIR = join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka');
const BUCHO_PDF = join(BUCHO_DIR, 'rendered.chromium.pdf');
const UNRULED = join(FIXTURES, 'pdf-variants/bucho-p1-3.none.chromium.pdf');
const KODO = join(FIXTURES, 'general/kodo-keikaku/input.txt');
const tmp = tempDirs('plan-import-inspect-');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface Data {
  records: { id: string; title: string; page: number | null; line: number | null; number: number | null }[];
  regions: { line: number; record: number | null; also: number[]; field: string | null; label: boolean; claim: string }[];
}

function parse(html: string) {
  const data = JSON.parse(/<script type="application\/json" id="inspect-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as Data;
  const pages = new Map<number, string>();
  for (const m of html.matchAll(/<section class="page" id="page-(\d+)"[^>]*>([\s\S]*?)<\/section>/g)) pages.set(Number(m[1]), m[2]!);
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
  const panel = /<aside id="panel">([\s\S]*?)<\/aside>/.exec(html)![1]!;
  const links = [...panel.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  return { data, pages, ids, links };
}

type Box = { x: number; y: number; w: number; h: number };
const boxOf = (attrs: string): Box => {
  const v = (k: string) => Number(new RegExp(` ${k}="([-0-9.]+)"`).exec(attrs)![1]);
  return { x: v('x'), y: v('y'), w: v('width'), h: v('height') };
};
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;

async function inspect(file: string, extra: string[] = []) {
  const out = join(tmp(), 'out.html');
  const r = await cli(['inspect', file, '-o', out, '--ocr', 'never', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(`→ ${out}`);
  return readFileSync(out, 'utf8');
}

describe('plan-import inspect on the 部長目標 rendering (4 pages, 47 goals)', async () => {
  const html = await inspect(BUCHO_PDF);
  const { data, pages, ids, links } = parse(html);
  const expected = JSON.parse(readFileSync(join(BUCHO_DIR, 'expected.json'), 'utf8')) as { records: { title: string }[] };

  it('draws every page, with the text runs pdf.js placed and the rules the importer read', () => {
    expect([...pages.keys()]).toEqual([1, 2, 3, 4]);
    for (const svg of pages.values()) {
      expect(svg).toMatch(/<g class="text"><text /);
      expect(svg).toMatch(/<g class="rules"><line /);
      // a ruled print: its tables' borders are drawn rules
      expect(svg).toContain('class="col-rule"');
    }
    const runs = [...pages.get(1)!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(compareKey(runs)).toContain('令和6年度部長目標結果発表');
  });

  it("outlines each goal of the readers' list on its page, around the cell its title came from", () => {
    expect(data.records.length).toBe(expected.records.length);
    for (const want of expected.records) {
      const i = data.records.findIndex((r) => compareKey(r.title) === compareKey(want.title));
      expect(i, want.title).toBeGreaterThanOrEqual(0);
      const rec = data.records[i]!;
      const svg = pages.get(rec.page!)!;
      const outline = new RegExp(`<g class="rec" data-record="${i}" id="rec-${rec.id}"[^>]*><rect ([^>]*)/>`).exec(svg);
      expect(outline, `${want.title}: outlined on page ${rec.page}`).not.toBeNull();
      const titleCells = [...svg.matchAll(/<rect(?: id="[^"]+")? class="region f-title" data-g="(\d+)" ([^>]*)><title>([^<]*)<\/title>/g)].filter((m) => {
        const g = data.regions[Number(m[1])]!;
        return g.record === i || g.also.includes(i);
      });
      expect(titleCells.length, want.title).toBeGreaterThan(0);
      expect(compareKey(titleCells.map((m) => m[3]).join(''))).toContain(compareKey(want.title).slice(0, 12));
      expect(titleCells.some((m) => inside(boxOf(` ${m[2]}`), boxOf(` ${outline![1]}`)))).toBe(true);
    }
  });

  it("marks label cells with the field they name (目標 → the goals, 基本方針 → the department's)", () => {
    const labels = (field: string) => [...html.matchAll(new RegExp(`class="region f-${field} label" data-g="\\d+" [^>]*><title>[^\\n]*\\n([^<]*)</title>`, 'g'))].map((m) => compareKey(m[1]!));
    expect(labels('title').filter((t) => t === '目標').length).toBe(8);
    expect(labels('department').filter((t) => t === '基本方針').length).toBe(8);
  });

  it('shows the running header the importer took out', () => {
    expect(pages.get(1)).toMatch(/<g class="furniture"><rect [^>]*><title>taken out as running header\/footer: /);
  });

  it("lists the records and diagnostics in the side panel, each linking to a place that exists", () => {
    expect(links.length).toBeGreaterThanOrEqual(data.records.length);
    for (const l of links) expect(ids.has(l), l).toBe(true);
    const recLinks = links.filter((l) => l.startsWith('rec-'));
    expect(new Set(recLinks).size).toBe(data.records.length);
  });

  it('carries the records exactly as the import gives them', async () => {
    const r = await cli([BUCHO_PDF, '--ocr', 'never']);
    expect(data.records).toEqual(JSON.parse(r.stdout).records);
  });

  it('needs nothing from the network: no external script, style, font or image', () => {
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(/);
  });
});

describe('plan-import inspect shows where columns came from', () => {
  it('on a print without rules, the borders read from the text gaps', async () => {
    const { pages } = parse(await inspect(UNRULED));
    const all = [...pages.values()].join('');
    expect(all).toContain('class="col-gap"');
    expect(all).not.toContain('class="col-rule"');
  });
});

describe('plan-import inspect on a text extraction', async () => {
  const html = await inspect(KODO);
  const { data, ids, links } = parse(html);
  const doc = JSON.parse((await cli([KODO])).stdout) as { diagnostics: { code: string; line: number | null }[] };
  const unplaced = doc.diagnostics.filter((d) => d.code === 'layout/unplaced-text');

  it('shows every line, with a heading for each record', () => {
    const lines = readFileSync(KODO, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
    expect([...html.matchAll(/<li id="line-\d+" class="tline/g)].length).toBe(lines);
    for (const r of data.records) expect(ids.has(`rec-${r.id}`)).toBe(true);
  });

  it('marks each line no record took, where the diagnostics say, and links to it', () => {
    expect(unplaced.length).toBeGreaterThan(0);
    for (const d of unplaced) {
      expect(html).toMatch(new RegExp(`<li id="line-${d.line}" class="tline[^"]*"[^>]*><span class="no">${d.line}</span><span class="region unplaced"`));
      expect(links).toContain(`line-${d.line}`);
    }
    expect(data.regions.filter((r) => r.claim === 'unplaced').length).toBe(unplaced.length);
  });
});

describe('plan-import inspect: options and errors', () => {
  it('--pages draws those pages only; records elsewhere are listed as not drawn', async () => {
    const { pages, data } = parse(await inspect(BUCHO_PDF, ['--pages', '2-3']));
    expect([...pages.keys()]).toEqual([2, 3]);
    const off = data.records.filter((r) => r.page === 1 || r.page === 4).length;
    expect(off).toBeGreaterThan(0);
  });

  it('-o - writes the page to stdout', async () => {
    const r = await cli(['inspect', KODO, '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
  });

  it('a bad --pages is a usage error; an unreadable file is named, exit 1', async () => {
    expect((await cli(['inspect', KODO, '--pages', '3-1', '-o', '-'])).code).toBe(2);
    const missing = join(tmp(), 'missing.pdf');
    const r = await cli(['inspect', missing, '-o', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${missing}: error extract/unreadable-file`);
  });

  it('stays small for a long book (the 150-page 伊勢崎 rendering under 1 MB per 10 pages), each sheet outlined where it stands', async () => {
    const book = join(SHARED, 'corpus/rendered/isesaki-r2-r5-gyokaku-kekka.chromium.pdf');
    if (!existsSync(book)) {
      console.warn('inspect size: ../shared/corpus/rendered not found: skipped');
      return;
    }
    const out = join(tmp(), 'book.html');
    expect((await cli(['inspect', book, '-o', out, '--ocr', 'never'])).code).toBe(0);
    const { pages, data } = parse(readFileSync(out, 'utf8'));
    expect(pages.size).toBe(150);
    expect(statSync(out).size / 15).toBeLessThan(1024 * 1024);
    // no record is outlined on a page before its own (a year header row of the sheet before
    // is not the next sheet's, though its words are in that sheet's yearly entries)
    for (const [page, svg] of pages) {
      for (const m of svg.matchAll(/<g class="rec" data-record="(\d+)"/g)) expect(page, data.records[Number(m[1])]!.title).toBeGreaterThanOrEqual(data.records[Number(m[1])]!.page!);
    }
  }, 60_000);
});
