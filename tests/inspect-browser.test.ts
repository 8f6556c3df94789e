import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { FIXTURES, SHARED, tempDirs } from './helpers.js';
import { readPng } from './png.js';

/**
 * The inspection opened as a user opens it: in headless Chromium, from disk. Skipped, with a
 * message, where Chromium is not installed (CI may not have it).
 */
function findChromium(): string | null {
  for (const name of [process.env.CHROME_BIN, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    if (!name) continue;
    try {
      execFileSync(name, ['--version'], { stdio: 'ignore', timeout: 20_000 });
      return name;
    } catch {
      // not this one
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) console.warn('inspect-browser: Chromium not found (chromium, chromium-browser, google-chrome or $CHROME_BIN): the browser test is skipped');
const tmp = tempDirs('plan-import-browser-');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--allow-file-access-from-files', '--window-size=1400,1000'];

describe.skipIf(!chromium)('plan-import inspect in headless Chromium', () => {
  it('draws the page: the side panel, the printed text, coloured regions and record outlines; its script runs', async () => {
    const dir = tmp();
    const html = join(dir, 'bucho.html');
    const code = await run(['inspect', join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/rendered.chromium.pdf'), '-o', html, '--ocr', 'never'], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    const url = pathToFileURL(html).href;
    const png = join(dir, 'shot.png');
    execFileSync(chromium!, [...FLAGS, `--screenshot=${png}`, url], { stdio: 'ignore', timeout: 60_000 });
    const { width, height, rgba } = readPng(readFileSync(png));
    expect([width, height]).toEqual([1400, 1000]);
    let panel = 0;
    let dark = 0;
    let outline = 0;
    let tinted = 0;
    // the first record's outline colour (#1f77b4) and the regions' tints over white
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        const [r, g, b] = [rgba[o]!, rgba[o + 1]!, rgba[o + 2]!];
        if (x < 400) {
          if (r > 240 && g > 240 && b > 240) panel++;
          continue;
        }
        if (r < 90 && g < 90 && b < 90) dark++;
        if (Math.abs(r - 0x1f) < 40 && Math.abs(g - 0x77) < 40 && Math.abs(b - 0xb4) < 40) outline++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 25 && Math.max(r, g, b) > 150) tinted++;
      }
    }
    const main = (width - 400) * height;
    expect(panel / (400 * height)).toBeGreaterThan(0.5);
    expect(dark / main).toBeGreaterThan(0.005);
    expect(outline).toBeGreaterThan(100);
    expect(tinted / main).toBeGreaterThan(0.05);
    const dom = execFileSync(chromium!, [...FLAGS, '--dump-dom', url], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(Number(/data-ready="(\d+)"/.exec(dom)?.[1] ?? 0)).toBeGreaterThan(47);
  }, 120_000);
});

const CLICKED = [
  join(FIXTURES, 'bucho-mokuhyo-kekka/r6-bucho-mokuhyo-kekka/rendered.chromium.pdf'),
  // a real book of 11 sheets on 18 pages (read from ../shared when it is beside the project)
  join(SHARED, 'corpus/real/book-kyoto-r6-torikumi-11-sheets.pdf'),
].filter((f) => existsSync(f));

describe.skipIf(!chromium)('plan-import inspect: the side panel as a user clicks it', () => {
  it.each(CLICKED)("each record's link scrolls its outline into view on the record's page; each diagnostic's on its page: %s", async (file) => {
    const { Browser, clickPanelLinks } = await import('./cdp.js');
    const dir = tmp();
    const html = join(dir, 'page.html');
    expect(await run(['inspect', file, '-o', html, '--ocr', 'never'], { stdout: () => {}, stderr: () => {} })).toBe(0);
    const browser = new Browser(chromium!, ['--window-size=1400,1000']);
    try {
      const tab = await browser.open(pathToFileURL(html).href);
      const landed = await clickPanelLinks(browser, tab);
      const data = await browser.evaluate<{ records: { id: string; page: number; title: string }[] }>(tab, `JSON.parse(document.getElementById('inspect-data').textContent)`);
      const records = landed.filter((l) => l.record !== null);
      expect(records.length).toBe(data.records.length);
      for (const l of records) {
        const rec = data.records[l.record!]!;
        expect(l.visible, l.href).toBe(true);
        expect(l.page, `${rec.title}: landed on page ${l.page}`).toBe(rec.page);
        // and the panel shows the record clicked
        expect(l.detail).toContain(rec.id);
      }
      const diagnostics = landed.filter((l) => l.record === null);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const l of diagnostics) expect(l.visible, l.href).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
