// One measured PDF run, in its own process so that its peak RSS is its own:
//   node scripts/bench-pdf-child.mjs ours FILE
//   node scripts/bench-pdf-child.mjs breakdown FILE   (milliseconds per phase of the import)
//   node scripts/bench-pdf-child.mjs pdf-parse FILE [FIRST_N]
// Prints one line of JSON: {ms, cpuMs, pages, maxRssMB, ...}. Runs the built code (dist/); `npm run build` first.
// ms covers loading the code (pdf.js included, for both tools) and reading the file.
//   ours:      importFile(FILE, { onPage }), the whole import (extract → records), pdf.js's thread
//              started first as the CLI starts it. `samples` holds the
//              RSS (process.memoryUsage.rss()) and the peak so far (getrusage) when page 50, 200 and
//              400 are done.
//   pdf-parse: new PDFParse({ data, cMapUrl, cMapPacked, standardFontDataUrl }).getText(), the same
//              CMaps and standard fonts the importer uses; with FIRST_N, getText({ first: FIRST_N }).
import { readFile } from 'node:fs/promises';

const [tool, file, firstArg] = process.argv.slice(2);
const MB = 1024 * 1024;
const peakMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
const t0 = performance.now();
let out;

if (tool === 'ours') {
  const marks = [50, 200, 400];
  const samples = [];
  let runningMax = 0;
  let pages = 0;
  let pagesRead = 0;
  // as bin/plan-import.js does for one PDF: pdf.js's thread loads pdf.js while the importer loads
  const { startPdfThread } = await import('../dist/extract/pdf/threaded-pages.js');
  if (file.toLowerCase().endsWith('.pdf')) startPdfThread();
  const { importFile } = await import('../dist/pipeline.js');
  const doc = await importFile(file, {
    onPage(page, total) {
      pages = total;
      pagesRead++;
      // onPage is skipped for pages that cannot be read: take the first call at or past the mark.
      // (RSS read only there: process.memoryUsage.rss() reads /proc, ~0.3 ms a call, which the
      // bare run does not pay; the peak so far is getrusage's)
      while (marks.length > 0 && page >= marks[0]) {
        const rss = process.memoryUsage.rss();
        runningMax = Math.max(rss, process.resourceUsage().maxRSS * 1024);
        samples.push({ mark: marks.shift(), page, ms: performance.now() - t0, rssMB: rss / MB, runningMaxMB: runningMax / MB });
      }
    },
  });
  out = { ms: performance.now() - t0, pages: doc.source?.pages ?? pages, pagesRead, maxRssMB: peakMB(), samples, records: doc.records.length };
} else if (tool === 'breakdown') {
  // where the time goes: module load, each phase of the import (ImportOptions.clock), writing
  const { startPdfThread } = await import('../dist/extract/pdf/threaded-pages.js');
  if (file.toLowerCase().endsWith('.pdf')) startPdfThread();
  const { importFile } = await import('../dist/pipeline.js');
  const { tokenizerLoadMs } = await import('../dist/lex/tokenizer.js');
  const { documentsToJson } = await import('../dist/write/json.js');
  const loaded = performance.now() - t0;
  const clock = new Map();
  const t1 = performance.now();
  const doc = await importFile(file, { clock });
  const imported = performance.now() - t1;
  const t2 = performance.now();
  const json = documentsToJson([doc], true);
  const written = performance.now() - t2;
  out = { ms: performance.now() - t0, loadMs: loaded, importMs: imported, writeMs: written, bytes: json.length, phases: Object.fromEntries(clock), tokenizerLoadMs: tokenizerLoadMs(), pages: doc.source?.pages ?? 0, maxRssMB: peakMB(), records: doc.records.length };
} else if (tool === 'pdf-parse') {
  const first = firstArg ? Number(firstArg) : 0;
  const { PDFParse } = await import('pdf-parse');
  const { pdfjsAssets } = await import('../dist/extract/pdf/pdfjs.js');
  const data = new Uint8Array(await readFile(file));
  const parser = new PDFParse({ data, cMapUrl: pdfjsAssets.cMapUrl, cMapPacked: true, standardFontDataUrl: pdfjsAssets.standardFontDataUrl });
  const result = await parser.getText(first > 0 ? { first } : {});
  const ms = performance.now() - t0;
  await parser.destroy();
  out = { ms, pages: result.pages.length, total: result.total, chars: result.text.length, maxRssMB: peakMB() };
} else {
  process.stderr.write('usage: bench-pdf-child.mjs ours|breakdown|pdf-parse FILE [FIRST_N]\n');
  process.exit(2);
}
// CPU time of the process (all its threads), beside the wall time: what a run costs on a busy machine
const cpu = process.cpuUsage();
out.cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify(out) + '\n');
