// What the PDF reader made of one page: its tables (columns, and whether each border was drawn or
// read from the text), then every block in order, free lines and table rows cell by cell, with
// each line's box, size and the cell's wrap edge and paragraphs. For finding why a cell was split
// or a wrap was not joined.
// usage: node --import tsx scripts/show-page.ts FILE.pdf|FILE.layout.txt PAGE [--grep TEXT]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { laidOutPages } from '../src/extract/laid-out-text.js';
import { readPageContents, readPdf } from '../src/extract/pdf/read-pdf.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { grep: { type: 'string' } } });
const [file, pageArg] = positionals;
if (!file || !pageArg) {
  console.error('usage: show-page.ts FILE.pdf PAGE [--grep TEXT]');
  process.exit(2);
}
// piped into head: stop quietly when the reader has enough
process.stdout.on('error', () => process.exit(0));
const page = Number(pageArg);
// (a text laid out by spaces, as pdftotext -layout writes one: its pages as the importer reads them)
const bytes = new Uint8Array(readFileSync(file));
const pdf = file.endsWith('.pdf') ? await readPdf(file, bytes) : readPageContents(laidOutPages(new TextDecoder().decode(bytes).split(/\r?\n/)));
const r1 = (n: number) => Math.round(n * 10) / 10;
for (const t of pdf.tables.filter((x) => x.page === page)) {
  console.log(`table x ${r1(t.x0)}–${r1(t.x1)} y ${r1(t.top)}–${r1(t.bottom)}: columns ${t.columns.map((c) => `${r1(c.x)}${c.from === 'rule' ? 'r' : c.from === 'page-before' ? 'p' : 't'}`).join(' ')}; ${t.rows.length} rows`);
}
for (const b of pdf.blocks.filter((x) => x.page === page)) {
  if (b.kind === 'text') {
    const l = b.line;
    if (values.grep && !l.text.includes(values.grep)) continue;
    console.log(`text  ${r1(l.x0)}–${r1(l.x1)} y ${r1(l.top)} ${l.size}pt ${b.paragraphEnd ? '¶' : ' '} ${l.text}`);
    continue;
  }
  const cells = b.cells.filter((c) => c.lines.length);
  if (values.grep && !cells.some((c) => c.lines.some((l) => l.text.includes(values.grep!)))) continue;
  console.log(`row ${b.row} y ${r1(b.top)}–${r1(b.bottom)}`);
  for (const c of cells) {
    console.log(`  col ${c.col}${c.colSpan > 1 ? `+${c.colSpan - 1}` : ''} wrap ${r1(c.wrapEdge)}`);
    for (const l of c.lines) console.log(`    ${r1(l.x0)}–${r1(l.x1)} y ${r1(l.top)}–${r1(l.bottom)} ${l.size}pt ${l.text}`);
    console.log(`    ⇒ ${c.paragraphs.map((p) => JSON.stringify(p.text)).join(' | ')}`);
  }
}
