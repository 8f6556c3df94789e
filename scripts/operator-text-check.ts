// node --import tsx scripts/operator-text-check.ts [FILE.pdf …]   (TOL=0 for exact equality)
// Issue 14: the importer builds a page's text items from its operator list (operator-text.ts)
// instead of a second pdf.js pass (getTextContent). This compares the two on every page of the
// given PDFs (default: every PDF of ../shared/corpus and fixtures/): text items that are not
// whitespace, in order, their text, origin, width and height (to 0.01 pt). Prints one line per file
// with a difference, its first differing items, and the totals. Exit code 1 when any page differs.
// tests/operator-text.test.ts runs `comparePages` on the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cheapLoopback, documentParams, keepEnginePush, loadPdfjs } from '../src/extract/pdf/pdfjs.js';
import { pageTextItems } from '../src/extract/pdf/read-page.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PageDifference {
  page: number;
  index: number;
  textContent: Item | undefined;
  operatorList: Item | undefined;
}

export interface Comparison {
  pages: number;
  items: number;
  differences: PageDifference[];
}

export function pdfsUnder(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(pdfsUnder(p));
    else if (e.name.toLowerCase().endsWith('.pdf') && statSync(p).size < 60e6) out.push(p);
  }
  return out.sort();
}

/** Both readings of every page of `file`; the first differing item of each page that differs. */
export async function comparePages(file: string, tolerance = 0.01): Promise<Comparison> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(new Uint8Array(readFileSync(file))));
  const doc = await task.promise;
  keepEnginePush();
  cheapLoopback(task);
  const out: Comparison = { pages: 0, items: 0, differences: [] };
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      let text: Item[], mine: Item[];
      try {
        const page = await doc.getPage(p);
        const ops = await page.getOperatorList();
        mine = (await pageTextItems(page, ops, pdfjs)).filter((i) => i.str.trim() !== '');
        text = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as Item[];
        page.cleanup();
      } catch {
        continue; // a page pdf.js cannot read either way
      }
      out.pages++;
      out.items += text.length;
      const n = Math.max(text.length, mine.length);
      for (let i = 0; i < n; i++) {
        const a = text[i], b = mine[i];
        if (!a || !b || a.str !== b.str || a.transform.some((v, k) => Math.abs(v - b.transform[k]!) > tolerance) || Math.abs(a.width - b.width) > tolerance || Math.abs(a.height - b.height) > tolerance) {
          out.differences.push({ page: p, index: i, textContent: a, operatorList: b });
          break;
        }
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : [...pdfsUnder(join(root, '../shared/corpus')), ...pdfsUnder(join(root, 'fixtures'))];
  const tolerance = Number(process.env.TOL ?? 0.01);
  let pages = 0, differing = 0, items = 0, failed = 0;
  const show = (x?: Item) => (x ? `${JSON.stringify(x.str)} @${x.transform.map((v) => v.toFixed(2)).join(',')} w${x.width.toFixed(2)} h${x.height.toFixed(2)}` : '(none)');
  for (const file of files) {
    let c: Comparison;
    try {
      c = await comparePages(file, tolerance);
    } catch {
      failed++;
      continue;
    }
    pages += c.pages;
    items += c.items;
    differing += c.differences.length;
    if (c.differences.length === 0) continue;
    console.log(relative(root, file));
    for (const d of c.differences.slice(0, 3)) console.log(`  p${d.page} item ${d.index}: text content ${show(d.textContent)}\n  ${' '.repeat(String(d.page).length + 1)}operator list ${show(d.operatorList)}`);
  }
  console.log(`${files.length} files (${failed} not opened), ${pages} pages, ${items} text items: ${differing} pages differ`);
  process.exit(differing > 0 ? 1 : 0);
}
