// The README's picture of `plan-import inspect`: a real sheet inspected, opened in headless Chromium
// and photographed.
//   node --import tsx scripts/inspect-screenshot.ts [FILE.pdf] [OUT.png] [--size 1500,1100]
// Defaults: ../shared/corpus/real/ikeda-r7-jimujigyo-010.pdf (池田's 事務事業評価 sheet No.10) →
// docs/inspect-ikeda-010.png. Needs Chromium (`chromium`, or $CHROME_BIN).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/run.js';

const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const size = sizeAt >= 0 ? args.splice(sizeAt, 2)[1]! : '1500,1100';
const file = args[0] ?? '../shared/corpus/real/ikeda-r7-jimujigyo-010.pdf';
const out = args[1] ?? 'docs/inspect-ikeda-010.png';
const dir = mkdtempSync(join(tmpdir(), 'inspect-shot-'));
try {
  const html = join(dir, 'page.html');
  const code = await run(['inspect', file, '-o', html, '--ocr', 'never']);
  if (code !== 0) throw new Error(`plan-import inspect ${file} exited ${code}`);
  const chromium = process.env.CHROME_BIN ?? 'chromium';
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${size}`, `--screenshot=${resolve(out)}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 60_000 });
  console.log(`${file} → ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
