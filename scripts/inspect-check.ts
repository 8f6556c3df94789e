// Opens `plan-import inspect`'s page of each file in headless Chromium as a user would, clicks every
// link of its side panel, and reports whether each record's link brought its outline into view on
// the record's page, and each diagnostic's link its place.
//   node --import tsx scripts/inspect-check.ts FILE... (default: every PDF of ../shared/corpus/real and
//   the rendered seeds of ../shared/corpus/rendered, and the five seeds as text)
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/run.js';
import { Browser, clickPanelLinks } from '../tests/cdp.js';

const shared = join(import.meta.dirname, '../../shared');
const list = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
const files = process.argv.length > 2 ? process.argv.slice(2) : [...list(join(shared, 'corpus/real'), '.pdf'), ...list(join(shared, 'corpus/rendered'), '.pdf'), ...list(join(shared, 'seeds'), '.txt')];
const dir = mkdtempSync(join(tmpdir(), 'inspect-check-'));
const browser = new Browser(process.env.CHROME_BIN ?? 'chromium', ['--window-size=1400,1000']);
let allRecords = 0;
let allLanded = 0;
let allDiag = 0;
let allDiagShown = 0;
try {
  for (const file of files) {
    const html = join(dir, 'page.html');
    if ((await run(['inspect', file, '-o', html, '--ocr', 'never'], { stdout: () => {}, stderr: () => {} })) !== 0) {
      console.log(`${file}: inspect failed`);
      continue;
    }
    const tab = await browser.open(pathToFileURL(html).href);
    const landed = await clickPanelLinks(browser, tab);
    const data = await browser.evaluate<{ records: { page: number | null; title: string }[] }>(tab, `JSON.parse(document.getElementById('inspect-data').textContent)`);
    const r = { records: 0, landed: 0, wrong: [] as string[], diagnostics: 0, shown: 0 };
    for (const l of landed) {
      if (l.record === null) {
        r.diagnostics++;
        if (l.visible) r.shown++;
        continue;
      }
      const rec = data.records[l.record]!;
      r.records++;
      if (l.visible && (l.page === null || rec.page === null || l.page === rec.page)) r.landed++;
      else r.wrong.push(`${rec.title.slice(0, 30)} → ${l.page !== null ? `page ${l.page}` : l.href}`);
    }
    allRecords += r.records;
    allLanded += r.landed;
    allDiag += r.diagnostics;
    allDiagShown += r.shown;
    console.log(`${file.split('/').pop()}: records ${r.landed}/${r.records} landed on their page; diagnostic links ${r.shown}/${r.diagnostics} in view${r.wrong.length ? `; wrong: ${r.wrong.slice(0, 3).join('; ')}` : ''}`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`all: records ${allLanded}/${allRecords}, diagnostic links ${allDiagShown}/${allDiag}`);
