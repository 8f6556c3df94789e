// text-to-pdf — a text extraction of a form (tab-separated cells, one line a row) printed as a ruled
// PDF by headless Chromium, so that a form we wrote as text is also read from a page's geometry.
// Consecutive lines of two cells or more are one table (as the importer reads a text extraction),
// each line a row, a cell spanning the columns its line leaves empty at its end; other lines are
// paragraphs; `- N -` lines are page breaks. `--merge-heads`: a cell left empty beside a filled one
// in a row whose next row fills both columns is merged into it (a head spanning its sub-heads, as
// Excel prints a two-row header).
//   node --import tsx scripts/text-to-pdf.ts fixtures/general/sheet-titled-kpi.txt OUT.pdf [--merge-heads]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const mergeHeads = process.argv.includes('--merge-heads');
const [input, output] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!input || !output) {
  console.error('usage: text-to-pdf.ts INPUT.txt OUT.pdf');
  process.exit(2);
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = readFileSync(input, 'utf8').split(/\r?\n/);
const html: string[] = [];
let table: string[][] = [];
const flush = () => {
  if (table.length === 0) return;
  const width = Math.max(...table.map((r) => r.length));
  html.push('<table>');
  table.forEach((row, r) => {
    let last = row.length - 1;
    while (last > 0 && row[last]!.trim() === '') last--;
    const next = table[r + 1];
    const spans = row.map(() => 1);
    if (mergeHeads && next) {
      let start = -1;
      row.forEach((c, i) => {
        if (c.trim() !== '') start = i;
        else if (start >= 0 && i <= last && (next[i] ?? '').trim() !== '' && (next[start] ?? '').trim() !== '') {
          spans[start]! += 1;
          spans[i] = 0;
        } else start = -1;
      });
    }
    const cells = row.slice(0, last + 1).flatMap((c, i) => (spans[i] === 0 ? [] : [`<td${i === last && last + 1 < width ? ` colspan="${width - last}"` : spans[i]! > 1 ? ` colspan="${spans[i]}" style="text-align:center"` : ''}>${esc(c.trim())}</td>`]));
    html.push(`<tr>${cells.join('')}</tr>`);
  });
  html.push('</table>');
  table = [];
};
for (const l of lines) {
  const cells = l.split('\t');
  if (cells.filter((c) => c.trim() !== '').length >= 2 || (table.length > 0 && cells.length >= 2 && cells[0]!.trim() === '')) {
    table.push(cells);
    continue;
  }
  flush();
  if (/^-\s*[0-9]+\s*-$/.test(l.trim())) html.push('<div style="break-after: page"></div>');
  else if (l.trim() !== '') html.push(`<p>${esc(l.trim())}</p>`);
}
flush();
const dir = mkdtempSync(join(tmpdir(), 'text-to-pdf-'));
const page = join(dir, 'page.html');
writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm } body { font-family: 'IPAexGothic'; font-size: 10pt }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 } td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top }
</style>${html.join('\n')}`);
try {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${resolve(output)}`, `file://${page}`], { stdio: 'pipe', timeout: 120_000 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(output);
