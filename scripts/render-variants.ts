// render-variants — the same text as a ruled seed rendering, printed in other table styles by two
// real producers, so that the importer meets tables without rules.
//
// From: ../shared/corpus/rendered/<seed>.chromium.pdf (five seeds, see its MANIFEST.md), read with
// the importer's own PDF reader (src/extract/pdf/read-pdf.ts): free lines joined into paragraphs,
// tables joined across pages with spans as the source drew them. That becomes one HTML document,
// printed by headless Chromium or LibreOffice Writer (HTML import → PDF export), or one Writer document
// (a flat OpenDocument text, .fodt: page styles with running header and page number, tables of fixed column
// widths, two-column sections) printed by LibreOffice — producer `fodt`, as a program that writes Writer
// documents makes them (Writer's HTML import sizes columns by their text and cannot set two columns).
// Styles: grid (every cell ruled: the control), hrules (horizontal rules only), frame (outer frame
// only), none (no rules), filled (no rules, label cells shaded), twocol (grid tables, runs of free
// paragraphs in two columns; Chromium and fodt: LibreOffice's HTML import ignores CSS columns).
// Running header and page number (MANIFEST "Text that is not in the seed") from Chromium and fodt.
//
//   node --import tsx scripts/render-variants.ts --seed kariya-r5-soshiki-juten-mokuhyo --style none \
//     --producer chromium --font mincho --size 10.5 --margin 15 --orientation portrait --out /tmp/x.pdf
//   node --import tsx scripts/render-variants.ts --all /tmp/variants     # every seed × style × producer
// Options: --pages A-B keeps a page range of the source; --html also writes the HTML next to the PDF;
// --paper A4|B5|A3|letter, --leading (line height in ems), --padding (cell padding in points), --valign top|middle
// (where a cell's text stands in a row taller than it: Word's tables set it at the top, Excel's and many forms' labels in
// the middle), --justify (cells' paragraphs set justified, 両端揃え, Word's default for Japanese: a wrapped line's
// characters spread to the cell's width), --labels bold|centre (label cells and header rows — isLabel — in bold Gothic, as
// the corpus's rendered seeds set them, or centred in their cells, as many Excel forms set their 項目 column), --autowidth
// (tables given no column widths: each producer sizes the columns by their contents, as Word's AutoFit does; HTML only).
// Defaults (and --all's): mincho 10.5pt, 20 mm margins, portrait, A4, leading 1.5, padding 4 pt. --all writes <seed>.<style>.<producer>.pdf
// (85 files, about 4 minutes; --producers chromium,libreoffice,fodt chooses). 污/户/带 print only where a fallback font has them (Droid Sans Fallback).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPdf } from '../src/extract/pdf/read-pdf.js';
import type { PdfBlock, PdfCell } from '../src/extract/pdf/page-blocks.js';
import { STARTS_ITEM, type PdfLine } from '../src/extract/pdf/text-lines.js';
import { resolveWordWraps } from '../src/extract/pdf/to-source-lines.js';

const RENDERED = resolve(import.meta.dirname, '../../shared/corpus/rendered');
/** Running header (MANIFEST "Text that is not in the seed"), its side, page number format, whether the cover has neither. */
const SEEDS: Record<string, { header: string; side: 'left' | 'right'; number: string; cover: boolean }> = {
  'isesaki-r2-r5-gyokaku-kekka': { header: '伊勢崎市行政改革推進計画 取組結果報告書（令和2年度～令和5年度）', side: 'right', number: '"- " counter(page) " -"', cover: true },
  'kariya-r5-soshiki-juten-mokuhyo': { header: '令和5年度 刈谷市組織重点目標', side: 'right', number: '"- " counter(page) " -"', cover: true },
  'kisarazu-r5-keiei-kaikaku-shinchoku': { header: '木更津市 経営改革推進計画 令和5年度進捗状況', side: 'right', number: 'counter(page)', cover: true },
  'kuwana-r6-bukyoku-mokuhyo': { header: '桑名市 部長会議資料', side: 'right', number: 'counter(page)', cover: false },
  'r6-bucho-mokuhyo-kekka': { header: '令和6年度 部長目標', side: 'left', number: 'counter(page) " / " counter(pages)', cover: false },
};
const STYLES = ['grid', 'hrules', 'frame', 'none', 'filled', 'twocol'] as const;
type Style = (typeof STYLES)[number];
/** libreoffice: Writer's HTML import; fodt: Writer from a flat OpenDocument text, as a program writing Writer documents would */
type Producer = 'chromium' | 'libreoffice' | 'fodt';
const PRODUCERS: Producer[] = ['chromium', 'libreoffice', 'fodt'];
/** IPAex (fonts-ipaexfont), Noto CJK (fonts-noto-cjk: other metrics, a taller default line height),
 * Morisawa's BIZ UD, proportional (fonts-morisawa-bizud-gothic/-mincho: Office's default face for many
 * city documents), IPA and VL (below) */
const FONTS = {
  gothic: 'IPAexGothic',
  mincho: 'IPAexMincho',
  'noto-sans': 'Noto Sans CJK JP',
  'noto-serif': 'Noto Serif CJK JP',
  'bizud-gothic': 'BIZ UDPGothic',
  'bizud-mincho': 'BIZ UDPMincho',
  // (and their faces of fixed width, Latin and the space on half an em as in MS Gothic and MS Mincho)
  'bizud-gothic-fixed': 'BIZ UDGothic',
  'bizud-mincho-fixed': 'BIZ UDMincho',
  // (IPA's fonts before IPAex, Latin set on a fixed half-em: fonts-ipafont-gothic / -mincho; VL PGothic, proportional, a
  // Linux desktop's: fonts-vlgothic)
  'ipa-gothic': 'IPAGothic',
  'ipa-mincho': 'IPAMincho',
  'ipa-pmincho': 'IPAPMincho',
  'vl-gothic': 'VL PGothic',
} as const;
type Font = keyof typeof FONTS;
const PAPERS = ['A4', 'B5', 'A3', 'letter'] as const;
type Paper = (typeof PAPERS)[number];
/** width × height, portrait (B5 is JIS B5, the Japanese office size, not ISO's), in lengths: LibreOffice's HTML
 * import takes a size in lengths and ignores one by name but A4 */
const PAPER_SIZE: Record<Paper, string> = { A4: 'A4', B5: '182mm 257mm', A3: '297mm 420mm', letter: '8.5in 11in' };
/** paper: the page's size; leading: line height in ems; padding: table cells' padding in points (Word's default is about 5) */
/** labels: how label cells and header rows are set — as the body, in bold Gothic (the corpus's rendered seeds, many city
 * forms), or centred in their cell (項目 columns of Excel forms) */
interface Options { style: Style; producer: Producer; font: Font; size: number; margin: number; orientation: 'portrait' | 'landscape'; paper: Paper; leading: number; padding: number; valign: 'top' | 'middle'; justify: boolean; labels: 'plain' | 'bold' | 'centre'; autowidth: boolean }

type Row = PdfBlock & { kind: 'row' };
interface Slot { cell: PdfCell; text: string[]; rs: number; cs: number; covered: boolean }
type Item =
  | { kind: 'para'; lines: PdfLine[]; text: string; brk: boolean }
  | { kind: 'frag'; line: PdfLine; brk: boolean }
  /** repeat: the first row is a header the source repeated on each page (or that same header elsewhere) */
  | { kind: 'table'; rows: Row[]; xs: number[]; repeat: boolean; brk: boolean };
interface Doc { items: Item[]; body: number; left: number; right: number; width: number; titleHint: string | null }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The source read back: paragraphs, fragment lines (目次) and joined tables, with forced page breaks. */
async function loadDoc(seed: string, pages?: [number, number]): Promise<Doc> {
  const path = join(RENDERED, `${seed}.chromium.pdf`);
  const pdf = await readPdf(path, new Uint8Array(readFileSync(path)));
  const [width, height] = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+)/)!.slice(1).map(Number) as [number, number];
  const blocks = [...pdf.blocks];
  // A page's own title repeated on many pages (桑名's department sheets) was dropped as a running
  // header: put it back at the top of those pages; the real running header is added by @page.
  for (const n of pdf.notes) {
    const m = /dropped the running header\/footer 「(.+)」 \(pages? (.+)\)$/.exec(n.message);
    if (!m || m[1] === SEEDS[seed]?.header) continue;
    const size = 16;
    const w = m[1]!.length * size;
    const line: PdfLine = { text: m[1]!, fragments: [m[1]!], x0: (width - w) / 2, x1: (width + w) / 2, top: 0, bottom: size, size, vertical: false };
    for (const part of m[2]!.split(', ')) {
      const [a, b = a] = part.split('–').map(Number) as [number, number?];
      for (let p = a; p <= b!; p++) {
        const at = blocks.findIndex((x) => x.page === p);
        if (at >= 0) blocks.splice(at, 0, { kind: 'text', page: p, top: 0, bottom: size, line, paragraphEnd: true });
      }
    }
  }
  const kept = blocks.filter((b) => !pages || (b.page >= pages[0] && b.page <= pages[1]));
  // the body size: the commonest size of free text (of table text when there is none)
  const freeLines = kept.flatMap((b) => (b.kind === 'text' ? [b.line] : []));
  const lines = freeLines.length > 20 ? freeLines : kept.flatMap((b) => (b.kind === 'text' ? [b.line] : b.cells.flatMap((c) => c.lines)));
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10.5;
  const free = kept.filter((b): b is PdfBlock & { kind: 'text' } => b.kind === 'text' && b.line.top > 0).map((b) => b.line);
  const left = Math.min(...free.map((l) => l.x0), ...kept.flatMap((b) => (b.kind === 'row' ? [b.table.x0] : [])));
  const right = Math.max(...free.map((l) => l.x1), ...kept.flatMap((b) => (b.kind === 'row' ? [b.table.x1] : [])));
  const foot = Math.min(height, Math.max(...kept.map((b) => b.bottom)));
  const items: Item[] = [];
  const tables = new Map<string, Item & { kind: 'table' }>();
  let para: (Item & { kind: 'para' }) | null = null;
  kept.forEach((b, i) => {
    const prev = kept[i - 1];
    const key = b.kind === 'row' ? `${pdf.tableIds.get(b.table)}/${b.table.xs.length}` : '';
    const starts = b.kind === 'text' ? !para : !tables.has(key);
    // The source started a page here on purpose: a bigger heading, or the page before ended with
    // room for this paragraph's first two lines (after a table: this table's first row) left empty.
    // A table right after a heading (set bigger than the body) stays with it; one right after
    // another table is a new sheet. (After a page that the previous block filled on its own, the
    // room is unknown: taken as ample.)
    const room = !prev ? 0 : prev.page === b.page - 1 ? foot - prev.bottom : Number.MAX_VALUE;
    const need = b.kind === 'text' ? b.line.size * 2.6 : prev?.kind === 'row' ? -1 : prev?.kind === 'text' && prev.line.size > body * 1.02 ? Infinity : b.bottom - b.top;
    const brk = !!prev && prev.page !== b.page && starts && ((b.kind === 'text' && b.line.size >= body * 1.1) || room > need);
    if (b.kind === 'text' && b.line.fragments.length > 1) {
      para = null;
      items.push({ kind: 'frag', line: b.line, brk });
    } else if (b.kind === 'text') {
      if (!para) items.push((para = { kind: 'para', lines: [], text: '', brk }));
      para.text += /[A-Za-z0-9]$/.test(para.text) && /^[A-Za-z]/.test(b.line.text) ? `\u200B${b.line.text}` : b.line.text;
      para.lines.push(b.line);
      // a paragraph ended by a line that ran to the right edge mid-sentence goes on (本市では…めざし / て、…)
      const next = kept[i + 1];
      const goesOn = next?.kind === 'text' && next.line.fragments.length === 1 && b.line.x1 >= right - b.line.size * 1.5 && !/[。．.！!？?）)」』：:]$/.test(b.line.text) && Math.abs(next.line.size - b.line.size) < 0.5 && next.line.x0 <= left + b.line.size * 0.5 && !STARTS_ITEM.test(next.line.text);
      if (b.paragraphEnd && !goesOn) para = null;
    } else {
      para = null;
      const t = tables.get(key);
      if (t) t.rows.push(b);
      else {
        const item = { kind: 'table' as const, rows: [b], xs: b.table.xs, repeat: false, brk };
        tables.set(key, item);
        items.push(item);
      }
    }
  });
  // The source repeated the header row where a page broke the table when every later part lost its
  // first row (the reader drops the repetition) and that row was as tall as the header: a row the
  // page broke, also joined back, is not (桑名). Such a header is one wherever a table starts with it.
  const first = (t: Item) => (t.kind === 'table' ? t.rows[0]!.cells.map((c) => c.paragraphs.map((p) => p.text).join('\n')).join('\t') : '');
  const headHeight = (t: Row['table']) => t.ys[1]! - t.ys[0]!;
  const headed = (t: Item & { kind: 'table' }) => {
    const later = t.rows.filter((r, i) => i > 0 && r.table !== t.rows[i - 1]!.table);
    return later.length > 0 && later.every((r) => r.row > 0 && Math.abs(headHeight(r.table) - headHeight(t.rows[0]!.table)) < 1);
  };
  const repeated = new Set(items.filter((t) => t.kind === 'table' && headed(t)).map(first));
  for (const t of items) if (t.kind === 'table') t.repeat = repeated.has(first(t));
  resolveMarks(items);
  return { items, body, left, right, width, titleHint: pdf.titleHint };
}

/** Latin words that a wrap or a justified gap parted, decided the importer's way (resolveWordWraps). */
function resolveMarks(items: Item[]): void {
  const refs: { get: () => string; set: (s: string) => void }[] = [];
  for (const it of items) {
    if (it.kind === 'para') refs.push({ get: () => it.text, set: (s) => (it.text = s) });
    if (it.kind === 'frag') it.line.fragments.forEach((_, i) => refs.push({ get: () => it.line.fragments[i]!, set: (s) => (it.line.fragments[i] = s) }));
    if (it.kind === 'table') for (const r of it.rows) for (const c of r.cells) c.paragraphs.forEach((p) => refs.push({ get: () => p.text, set: (s) => (p.text = s) }));
  }
  const lines = refs.map((r, i) => ({ no: i + 1, page: 1, text: r.get() }));
  resolveWordWraps(lines);
  lines.forEach((l, i) => refs[i]!.set(l.text));
}

/** The table as a grid of slots: spans as the source drew them, merged cells that a page break cut rejoined. */
function grid(rows: Row[]): Slot[][] {
  const slots = rows.map((r) => r.cells.map((cell) => ({ cell, text: cell.paragraphs.map((p) => p.text), rs: 1, cs: 1, covered: false })));
  const blocked = (i: number, c: number) => !slots[i]?.[c] || slots[i]![c]!.covered || slots[i]![c]!.text.length > 0;
  const cover = (i: number, c: number, rs: number, cs: number) => {
    for (let k = i; k < i + rs; k++) for (let j = c; j < c + cs; j++) if (k !== i || j !== c) slots[k]![j]!.covered = true;
  };
  const span = (i: number, c: number, s: Slot) => {
    s.cs = 1;
    while (s.cs < s.cell.colSpan && !blocked(i, c + s.cs)) s.cs++;
    let rs = 1;
    while (rows[i + rs]?.table === rows[i]!.table && rows[i + rs]!.row < rows[i]!.row + s.cell.rowSpan && [...Array(s.cs).keys()].every((j) => !blocked(i + rs, c + j))) rs++;
    return rs;
  };
  slots.forEach((row, i) => {
    const newPart = i > 0 && rows[i]!.table !== rows[i - 1]!.table;
    row.forEach((s, c) => {
      if (s.covered) return;
      s.rs = span(i, c, s);
      if (newPart && s.text.length === 0) {
        // the empty cell under a merged cell that the page broke: the same cell
        let k = i - 1;
        while (k > 0 && slots[k]![c]!.covered) k--;
        const anchor = slots[k]![c]!;
        if (!anchor.covered && anchor.text.length > 0 && k + anchor.rs === i && anchor.cs === s.cs) {
          anchor.rs += s.rs;
          cover(k, c, anchor.rs, anchor.cs);
          return;
        }
      }
      cover(i, c, s.rs, s.cs);
    });
  });
  return slots;
}

const BORDER = '0.75pt solid #000';
/** Where a cell is ruled, for a style: top, right, bottom, left. */
function rules(style: Style, row: number, col: number, s: Slot, rows: number, cols: number): [boolean, boolean, boolean, boolean] {
  if (style === 'grid' || style === 'twocol') return [true, true, true, true];
  if (style === 'hrules') return [true, false, true, false];
  if (style === 'frame') return [row === 0, col + s.cs === cols, row + s.rs === rows, col === 0];
  return [false, false, false, false];
}

/** A label cell (shaded in `filled`): in a header row, or a short first-column cell. */
function isLabel(header: boolean, col: number, text: string): boolean {
  return text.length > 0 && (header || (col === 0 && text.length <= 12));
}

/** A paragraph's indents from `ref` (source points): its lines after the first (a hanging indent), and its first line
 * against them; each 0 under 0.3 em. */
function indentsOf(lines: PdfLine[], ref: number): { left: number; first: number } {
  const first = lines[0]!.x0 - ref;
  const rest = lines.length > 1 ? Math.min(...lines.slice(1).map((l) => l.x0)) - ref : 0;
  const size = lines[0]!.size;
  return { left: rest > size * 0.3 ? rest : 0, first: Math.abs(first - Math.max(rest, 0)) > size * 0.3 ? first - Math.max(rest, 0) : 0 };
}

/** A one-line paragraph right of 60 % of the page is set right, one about the middle centred. */
function alignOf(doc: Doc, it: Item & { kind: 'para' }): 'right' | 'center' | '' {
  const l = it.lines[0]!;
  if (it.lines.length > 1) return '';
  return l.x0 > doc.width * 0.6 ? 'right' : Math.abs((l.x0 + l.x1) / 2 - (doc.left + doc.right) / 2) < (doc.right - doc.left) * 0.05 && l.x0 - doc.left > l.size * 3 ? 'center' : '';
}

/** In `twocol`: the run of three plain paragraphs or more from items[i] set in two columns (its end), a short one-line
 * paragraph before it as its heading (1) — or none. */
function twoColumnRun(doc: Doc, items: Item[], i: number): { end: number; heading: number } | null {
  const it = items[i]!;
  if (it.kind !== 'para') return null;
  let j = i;
  const plain = (x: Item | undefined): x is Item & { kind: 'para' } => x?.kind === 'para' && !alignOf(doc, x) && (x === it || !x.brk);
  while (plain(items[j])) j++;
  const heading = it.lines.length === 1 && it.text.length <= 30 ? 1 : 0;
  return j - i - heading >= 3 ? { end: j, heading } : null;
}

/** A table's grid (see grid), its column count, and its first row: a header the producer repeats (thead), a header row. */
function tableShape(it: Item & { kind: 'table' }): { slots: Slot[][]; cols: number; thead: boolean; headerRow: boolean } {
  const slots = grid(it.rows);
  const thead = it.repeat && slots[0]!.every((s) => s.covered || s.rs === 1);
  const headerRow = thead || (slots[0]!.filter((s) => !s.covered && s.text.length > 0).length >= 2 && slots[0]!.every((s) => s.covered || s.text.join('').length <= 12));
  return { slots, cols: it.xs.length - 1, thead, headerRow };
}

/** A cell's paragraphs as a producer sets them: centred (one line about its cell's middle, or a label under `--labels
 * centre`), or indented from the left edge of the cell's text. */
function cellParagraphs(r: Row, s: Slot, c: number, labelCell: boolean, o: Options): { text: string; lines: PdfLine[]; ref: number; size: number; centre: boolean }[] {
  const cx0 = r.table.xs[c]!;
  const cx1 = r.table.xs[c + s.cs] ?? r.table.x1;
  const ref = Math.min(...s.cell.lines.map((ln) => ln.x0));
  return s.cell.paragraphs.map((p, k) => {
    const ln = p.lines[0]!;
    const centred = p.lines.length === 1 && Math.abs((ln.x0 + ln.x1) / 2 - (cx0 + cx1) / 2) < (cx1 - cx0) * 0.08 && ln.x0 - cx0 > ln.size * 1.5;
    return { text: s.text[k]!, lines: p.lines, ref, size: ln.size, centre: centred || (labelCell && o.labels === 'centre') };
  });
}

function buildHtml(doc: Doc, seed: string, o: Options, range: boolean): string {
  // source points → output points: the body size becomes o.size, everything else in proportion
  const sc = (x: number) => r1((x * o.size) / doc.body);
  const pt = (size: number) => `${sc(size)}pt`;
  const family = FONTS[o.font];
  const chromium = o.producer === 'chromium';
  const textWidth = doc.right - doc.left;
  // margin-left / text-indent that keep a paragraph's indents (first line, hanging), in points
  const indent = (lines: PdfLine[], ref: number) => {
    const { left, first } = indentsOf(lines, ref);
    return [left ? `margin-left:${sc(left)}pt` : '', first ? `text-indent:${sc(first)}pt` : ''].filter(Boolean).join(';');
  };
  const paraHtml = (it: Item & { kind: 'para' }, extra = '') => {
    const l = it.lines[0]!;
    const align = alignOf(doc, it);
    const style = [`font-size:${pt(l.size)}`, 'margin:0pt 0pt 3pt 0pt', align ? `text-align:${align}` : indent(it.lines, doc.left), it.brk ? 'page-break-before:always' : '', extra].filter(Boolean).join(';');
    return `<p style="${style}">${esc(it.text)}</p>`;
  };
  const fragHtml = (it: Item & { kind: 'frag' }) => {
    const l = it.line;
    const head = `font-size:${pt(l.size)};margin:0pt 0pt 3pt 0pt${it.brk ? ';page-break-before:always' : ''}`;
    const w = Math.round(((l.x1 - l.x0) / textWidth) * 100);
    if (chromium) return `<p class="frag" style="${head};width:${w}%;${indent([l], doc.left)}">${l.fragments.map((f) => `<span>${esc(f)}</span>`).join('')}</p>`;
    // LibreOffice has no flex layout: a borderless table keeps the pieces apart
    return `<table width="${w}%" border="0" cellpadding="0" cellspacing="0" style="${head}"><tr>${l.fragments.map((f, i) => `<td${i === l.fragments.length - 1 && i > 0 ? ' align="right"' : ''} style="font-size:${pt(l.size)}"><p style="font-size:${pt(l.size)};margin:0pt">${esc(f)}</p></td>`).join('')}</tr></table>`;
  };
  const tableHtml = (it: Item & { kind: 'table' }) => {
    const { slots, cols, thead, headerRow } = tableShape(it);
    const x0 = it.xs[0]!;
    const x1 = it.xs.at(-1)!;
    const attrs = 'border="0"'; // rules are drawn per cell (inline styles, which LibreOffice honours too)
    const width = Math.min(100, Math.round(((x1 - x0) / textWidth) * 100));
    // (--autowidth: no column widths, the producer sizes the columns by their contents, Word's AutoFit)
    const colgroup = o.autowidth ? '' : `<colgroup>${it.xs.slice(1).map((x, i) => `<col width="${Math.round(((x - it.xs[i]!) / (x1 - x0)) * 100)}%">`).join('')}</colgroup>`;
    const tr = (row: Slot[], i: number) => {
      const r = it.rows[i]!;
      const tds = row.flatMap((s, c) => {
        if (s.covered) return [];
        const [t, rt, b, l] = rules(o.style, i, c, s, slots.length, cols);
        const labelCell = isLabel(headerRow && i === 0, c, s.text.join(''));
        const label = o.style === 'filled' && labelCell;
        const ps = cellParagraphs(r, s, c, labelCell, o).map(({ text, lines, ref, size, centre }) => {
          const bold = labelCell && o.labels === 'bold' ? `font-family:'IPAexGothic';font-weight:bold` : '';
          const st = [`font-size:${pt(size)}`, 'margin:0pt', centre ? 'text-align:center' : indent(lines, ref), !centre && o.justify ? 'text-align:justify' : '', bold].filter(Boolean).join(';');
          return bold ? `<div style="${st}"><b>${esc(text)}</b></div>` : `<div style="${st}">${esc(text)}</div>`;
        });
        const css = [`border-top:${t ? BORDER : 'none'}`, `border-right:${rt ? BORDER : 'none'}`, `border-bottom:${b ? BORDER : 'none'}`, `border-left:${l ? BORDER : 'none'}`, 'padding:4px', `vertical-align:${o.valign}`, label ? 'background:#e0e0e0' : ''];
        const span = `${s.rs > 1 ? ` rowspan="${s.rs}"` : ''}${s.cs > 1 ? ` colspan="${s.cs}"` : ''}`;
        return [`<td${span} valign="${o.valign}"${label ? ' bgcolor="#e0e0e0"' : ''} style="${css.filter(Boolean).join(';')}">${ps.join('') || '<div>&nbsp;</div>'}</td>`];
      });
      return `<tr>${tds.join('')}</tr>`;
    };
    const body = slots.map(tr);
    const brk = it.brk ? 'page-break-before:always;' : '';
    return `<table width="${width}%" ${attrs} cellpadding="${o.padding}" cellspacing="0" style="${brk}width:${width}%;border-collapse:collapse;margin:4pt 0pt 8pt 0pt">${colgroup}${thead ? `<thead>${body[0]}</thead>` : ''}<tbody>${body.slice(thead ? 1 : 0).join('')}</tbody></table>`;
  };
  const out: string[] = [];
  const items = doc.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const cols = o.style === 'twocol' ? twoColumnRun(doc, items, i) : null;
    if (cols && it.kind === 'para') {
      const run = items.slice(i, cols.end) as (Item & { kind: 'para' })[];
      out.push(`<div class="cols"${it.brk ? ' style="page-break-before:always"' : ''}>${run.map((p, k) => paraHtml({ ...p, brk: false }, k < cols.heading ? 'column-span:all' : '')).join('\n')}</div>`);
      i = cols.end - 1;
      continue;
    }
    // LibreOffice ignores a table's margins: the paragraph after it keeps the distance
    out.push(it.kind === 'para' ? paraHtml(it, items[i - 1]?.kind === 'table' ? 'margin-top:6pt' : '') : it.kind === 'frag' ? fragHtml(it) : tableHtml(it));
  }
  const info = SEEDS[seed];
  const size = o.paper === 'A4' ? `A4 ${o.orientation}` : o.orientation === 'portrait' ? PAPER_SIZE[o.paper] : PAPER_SIZE[o.paper].split(' ').reverse().join(' ');
  const page = `size: ${size}; margin: ${o.margin}mm;`;
  const furniture = chromium && info
    ? `@page { ${page} @top-${info.side} { content: "${info.header}"; font: ${r1(o.size * 0.8)}pt ${family}; } @bottom-center { content: ${info.number}; font: ${r1(o.size * 0.9)}pt ${family}; } }${info.cover && !range ? ' @page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }' : ''}`
    : `@page { ${page} }`;
  const css = `${furniture}
body, p, td, div { font-family: '${family}', 'Droid Sans Fallback', 'Noto Sans CJK JP'; font-size: ${o.size}pt; }
body { margin: 0; line-height: ${o.leading}; }
.frag { display: flex; justify-content: space-between; gap: 3em; }
.cols { columns: 2; column-gap: 2em; }
thead { display: table-header-group; }
`;
  return `<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>${esc(doc.titleHint ?? seed)}</title><style>${css}</style></head>\n<body class="${o.style}" style="font-family:'${family}';font-size:${o.size}pt">\n${out.join('\n')}\n</body></html>\n`;
}

const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], B5: [182, 257], A3: [297, 420], letter: [215.9, 279.4] };
const xml = (s: string) => esc(s).replace(/\t/g, '<text:tab/>').replace(/^ /, '<text:s/>').replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);

/** The same document as a flat OpenDocument text (.fodt), as a program writing Writer documents
 * would: named page layout with running header and footer, tables with column widths and cell
 * borders, paragraph styles, two-column sections (which LibreOffice's HTML import cannot give). */
function buildFodt(doc: Doc, seed: string, o: Options, range: boolean): string {
  const sc = (x: number) => r1((x * o.size) / doc.body);
  const family = FONTS[o.font];
  const [pw, ph] = o.orientation === 'portrait' ? PAPER_MM[o.paper] : [...PAPER_MM[o.paper]].reverse() as [number, number];
  const textMm = pw - 2 * o.margin;
  const textWidth = doc.right - doc.left;
  const styles: string[] = [];
  const named = new Map<string, string>();
  /** an automatic style, one per distinct set of properties */
  const style = (family: string, prefix: string, body: string, attrs = '') => {
    const key = `${family}|${attrs}|${body}`;
    let name = named.get(key);
    if (!name) {
      name = `${prefix}${named.size + 1}`;
      named.set(key, name);
      styles.push(`<style:style style:name="${name}" style:family="${family}"${attrs}>${body}</style:style>`);
    }
    return name;
  };
  const textProps = (size: number, bold = false) => `<style:text-properties fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"${bold ? ' style:font-name="Label" style:font-name-asian="Label" fo:font-weight="bold" style:font-weight-asian="bold"' : ''}/>`;
  let first = !range && !!SEEDS[seed]?.cover;
  /** the first block starts on the cover page, which carries no running header or page number */
  const master = () => (first ? ((first = false), ' style:master-page-name="Cover"') : '');
  const pStyle = (p: { size: number; align?: string; left?: number; indent?: number; brk?: boolean; top?: number; bottom?: number; tabs?: { at: number; type: 'left' | 'right' }[] }) => {
    const props = [`fo:margin-top="${p.top ?? 0}pt"`, `fo:margin-bottom="${p.bottom ?? 0}pt"`, `style:line-height-at-least="${r1(sc(p.size) * o.leading)}pt"`, p.align ? `fo:text-align="${p.align}"` : '', p.left ? `fo:margin-left="${p.left}pt"` : '', p.indent ? `fo:text-indent="${p.indent}pt"` : '', p.brk ? 'fo:break-before="page"' : ''].filter(Boolean).join(' ');
    const tabs = p.tabs?.length ? `<style:tab-stops>${p.tabs.map((t) => `<style:tab-stop style:position="${r1(t.at)}pt"${t.type === 'right' ? ' style:type="right"' : ''}/>`).join('')}</style:tab-stops>` : '';
    return style('paragraph', 'P', `<style:paragraph-properties ${props}>${tabs}</style:paragraph-properties>${textProps(sc(p.size))}`, ` style:parent-style-name="Standard"${p.brk || first ? master() : ''}`);
  };
  const indents = (lines: PdfLine[], ref: number) => {
    const { left, first } = indentsOf(lines, ref);
    return { left: left ? sc(left) : 0, indent: first ? sc(first) : 0 };
  };
  const align = (it: Item & { kind: 'para' }) => ({ right: 'end', center: 'center', '': '' })[alignOf(doc, it)];
  const para = (it: Item & { kind: 'para' }, top = 0) => {
    const set = align(it);
    const name = pStyle({ size: it.lines[0]!.size, align: set, ...(set ? {} : indents(it.lines, doc.left)), brk: it.brk, top, bottom: 3 });
    return `<text:p text:style-name="${name}">${xml(it.text)}</text:p>`;
  };
  const frag = (it: Item & { kind: 'frag' }) => {
    // a 目次 line: its pieces on tab stops across the line's width, the last set right
    const l = it.line;
    const w = sc(l.x1 - l.x0);
    const n = l.fragments.length;
    const tabs = l.fragments.slice(1).map((_, k) => (k === n - 2 ? { at: w, type: 'right' as const } : { at: (w * (k + 1)) / (n - 1), type: 'left' as const }));
    const name = pStyle({ size: l.size, ...indents([l], doc.left), brk: it.brk, bottom: 3, tabs });
    return `<text:p text:style-name="${name}">${l.fragments.map(xml).join('<text:tab/>')}</text:p>`;
  };
  let tables = 0;
  const table = (it: Item & { kind: 'table' }) => {
    const { slots, cols, thead, headerRow } = tableShape(it);
    const x0 = it.xs[0]!;
    const x1 = it.xs.at(-1)!;
    const widthMm = Math.min(1, (x1 - x0) / textWidth) * textMm;
    const name = `Table${++tables}`;
    const brk = it.brk ? ' fo:break-before="page"' : '';
    const tStyle = style('table', 'T', `<style:table-properties style:width="${r1(widthMm)}mm" table:align="left" fo:margin-top="4pt" fo:margin-bottom="8pt"${brk}/>`, it.brk || first ? master() : '');
    const colsXml = it.xs.slice(1).map((x, i) => `<table:table-column table:style-name="${style('table-column', 'K', `<style:table-column-properties style:column-width="${r1(((x - it.xs[i]!) / (x1 - x0)) * widthMm)}mm"/>`)}"/>`).join('');
    const border = (on: boolean) => (on ? '0.75pt solid #000000' : 'none');
    const row = (slotsRow: Slot[], i: number) => {
      const r = it.rows[i]!;
      const cells = [...Array(cols).keys()].map((c) => {
        const s = slotsRow[c];
        if (!s) return '<table:table-cell office:value-type="string"><text:p/></table:table-cell>';
        if (s.covered) return '<table:covered-table-cell/>';
        const [t, rt, b, l] = rules(o.style, i, c, s, slots.length, cols);
        const labelCell = isLabel(headerRow && i === 0, c, s.text.join(''));
        const fill = o.style === 'filled' && labelCell ? ' fo:background-color="#e0e0e0"' : '';
        const cStyle = style('table-cell', 'C', `<style:table-cell-properties fo:padding="${o.padding}pt" fo:border-top="${border(t)}" fo:border-right="${border(rt)}" fo:border-bottom="${border(b)}" fo:border-left="${border(l)}" style:vertical-align="${o.valign}"${fill}/>`);
        const ps = cellParagraphs(r, s, c, labelCell, o).map(({ text, lines, ref, size, centre }) => {
          const pName = pStyle({ size, align: centre ? 'center' : o.justify ? 'justify' : '', ...(centre ? {} : indents(lines, ref)) });
          const body = labelCell && o.labels === 'bold' ? `<text:span text:style-name="${style('text', 'B', textProps(sc(size), true))}">${xml(text)}</text:span>` : xml(text);
          return `<text:p text:style-name="${pName}">${body}</text:p>`;
        });
        const span = `${s.cs > 1 ? ` table:number-columns-spanned="${s.cs}"` : ''}${s.rs > 1 ? ` table:number-rows-spanned="${s.rs}"` : ''}`;
        return `<table:table-cell table:style-name="${cStyle}" office:value-type="string"${span}>${ps.join('') || '<text:p/>'}</table:table-cell>`;
      });
      return `<table:table-row>${cells.join('')}</table:table-row>`;
    };
    const body = slots.map(row);
    return `<table:table table:name="${name}" table:style-name="${tStyle}">${colsXml}${thead ? `<table:table-header-rows>${body[0]}</table:table-header-rows>` : ''}${body.slice(thead ? 1 : 0).join('')}</table:table>`;
  };
  const out: string[] = [];
  const items = doc.items;
  let sections = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const run2 = o.style === 'twocol' ? twoColumnRun(doc, items, i) : null;
    if (run2 && it.kind === 'para') {
      // as the HTML: the run in a two-column section, its heading above it
      const run = items.slice(i, run2.end) as (Item & { kind: 'para' })[];
      if (run2.heading) out.push(para(run[0]!));
      const sect = style('section', 'S', `<style:section-properties><style:columns fo:column-count="2" fo:column-gap="${r1(o.size * 2)}pt"/></style:section-properties>`);
      // a page break before the run goes on an empty paragraph: a section's own paragraphs keep their place
      if (!run2.heading && it.brk) out.push(`<text:p text:style-name="${pStyle({ size: it.lines[0]!.size, brk: true })}"/>`);
      out.push(`<text:section text:style-name="${sect}" text:name="Section${++sections}">${run.slice(run2.heading).map((p) => para({ ...p, brk: false })).join('')}</text:section>`);
      i = run2.end - 1;
      continue;
    }
    out.push(it.kind === 'para' ? para(it, items[i - 1]?.kind === 'table' ? 6 : 0) : it.kind === 'frag' ? frag(it) : table(it));
  }
  const info = SEEDS[seed];
  const furnitureSize = r1(o.size * 0.8);
  const number = (fmt: string) => fmt.replace(/"([^"]*)"/g, (_, s: string) => xml(s)).replace(/\s*counter\(pages\)\s*/g, '<text:page-count/>').replace(/\s*counter\(page\)\s*/g, '<text:page-number text:select-page="current"/>');
  const header = info ? `<style:header><text:p text:style-name="${pStyle({ size: (furnitureSize * doc.body) / o.size, align: info.side === 'right' ? 'end' : 'start' })}">${xml(info.header)}</text:p></style:header><style:footer><text:p text:style-name="${pStyle({ size: (r1(o.size * 0.9) * doc.body) / o.size, align: 'center' })}">${number(info.number)}</text:p></style:footer>` : '';
  const layout = (name: string, furniture: boolean) => `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${pw}mm" fo:page-height="${ph}mm" style:print-orientation="${o.orientation}" fo:margin-top="${furniture ? o.margin / 2 : o.margin}mm" fo:margin-bottom="${furniture ? o.margin / 2 : o.margin}mm" fo:margin-left="${o.margin}mm" fo:margin-right="${o.margin}mm"/>${furniture ? `<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="${o.margin / 2 - 1}mm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="${o.margin / 2 - 1}mm"/></style:footer-style>` : ''}</style:page-layout>`;
  const lang = 'fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"';
  const face = (name: string, fam: string) => `<style:font-face style:name="${name}" svg:font-family="'${fam}'"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(doc.titleHint ?? seed)}</dc:title></office:meta>
<office:font-face-decls>${face('Body', family)}${face('Label', 'IPAexGothic')}</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict"/><style:text-properties style:font-name="Body" style:font-name-asian="Body" style:font-name-complex="Body" fo:font-size="${o.size}pt" style:font-size-asian="${o.size}pt" ${lang}/></style:default-style><style:style style:name="Standard" style:family="paragraph"/></office:styles>
<office:automatic-styles>${layout('Page', !!info)}${layout('CoverPage', false)}${styles.join('')}</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${header}</style:master-page><style:master-page style:name="Cover" style:page-layout-name="CoverPage" style:next-style-name="Standard"/></office:master-styles>
<office:body><office:text>${out.join('\n')}</office:text></office:body>
</office:document>
`;
}

let loProfile: string | null = null;
function print(html: string, o: Options, outPdf: string, keepHtml: boolean): number {
  const work = mkdtempSync(join(tmpdir(), 'render-variants-'));
  const ext = o.producer === 'fodt' ? '.fodt' : '.html';
  const src = join(work, basename(outPdf).replace(/\.pdf$/i, '') + ext);
  writeFileSync(src, html);
  if (keepHtml) writeFileSync(outPdf.replace(/\.pdf$/i, '') + ext, html);
  const t0 = performance.now();
  if (o.producer === 'chromium') {
    const profile = join(work, 'profile');
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${outPdf}`, `file://${src}`], { stdio: 'pipe', timeout: 600_000 });
  } else {
    loProfile ??= mkdtempSync(join(tmpdir(), 'lo-profile-'));
    const filter = o.producer === 'fodt' ? [] : ['--infilter=HTML (StarWriter)'];
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${loProfile}`, ...filter, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, src], { stdio: 'pipe', timeout: 600_000 });
    copyFileSync(src.replace(/\.(html|fodt)$/, '.pdf'), outPdf);
  }
  rmSync(work, { recursive: true, force: true });
  return performance.now() - t0;
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string' }, style: { type: 'string', default: 'grid' }, producer: { type: 'string', default: 'chromium' },
    font: { type: 'string', default: 'mincho' }, size: { type: 'string', default: '10.5' }, margin: { type: 'string', default: '20' },
    orientation: { type: 'string', default: 'portrait' }, paper: { type: 'string', default: 'A4' }, leading: { type: 'string', default: '1.5' }, padding: { type: 'string', default: '4' }, valign: { type: 'string', default: 'top' }, labels: { type: 'string', default: 'plain' }, autowidth: { type: 'boolean', default: false }, justify: { type: 'boolean', default: false }, out: { type: 'string' }, all: { type: 'string' }, producers: { type: 'string', default: PRODUCERS.join(',') }, pages: { type: 'string' }, html: { type: 'boolean', default: false },
  },
});
const pages = values.pages ? (values.pages.split('-').map(Number) as [number, number]) : undefined;
if (!(values.font! in FONTS)) {
  console.error(`--font ${values.font}: one of ${Object.keys(FONTS).join(', ')}`);
  process.exit(2);
}
if (!PAPERS.includes(values.paper as Paper)) {
  console.error(`--paper ${values.paper}: one of ${PAPERS.join(', ')}`);
  process.exit(2);
}
const base = { font: values.font as Font, size: Number(values.size), margin: Number(values.margin), orientation: values.orientation as Options['orientation'], paper: values.paper as Paper, leading: Number(values.leading), padding: Number(values.padding), valign: values.valign === 'middle' ? 'middle' as const : 'top' as const, justify: values.justify!, labels: values.labels === 'bold' ? 'bold' as const : values.labels === 'centre' ? 'centre' as const : 'plain' as const, autowidth: values.autowidth! };
const jobs: { seed: string; o: Options; out: string }[] = [];
if (values.all) {
  mkdirSync(values.all, { recursive: true });
  for (const seed of values.seed ? [values.seed] : Object.keys(SEEDS))
    for (const producer of values.producers!.split(',') as Producer[])
      for (const style of STYLES.filter((s) => s !== 'twocol' || producer !== 'libreoffice'))
        jobs.push({ seed, o: { ...base, style, producer }, out: join(values.all, `${seed}.${style}.${producer}.pdf`) });
} else {
  if (!values.seed || !values.out || !STYLES.includes(values.style as Style) || !PRODUCERS.includes(values.producer as Producer)) {
    console.error('usage: render-variants.ts --seed SEED --style grid|hrules|frame|none|filled|twocol --producer chromium|libreoffice|fodt --out OUT.pdf [--font gothic|mincho|noto-sans|noto-serif|bizud-gothic|bizud-mincho] [--size PT] [--margin MM] [--orientation portrait|landscape] [--paper A4|B5|A3|letter] [--leading EMS] [--padding PT] [--valign top|middle] [--justify] [--labels plain|bold|centre] [--autowidth] [--pages A-B] [--html]\n       render-variants.ts --all DIR [--seed SEED]');
    process.exit(2);
  }
  jobs.push({ seed: values.seed, o: { ...base, style: values.style as Style, producer: values.producer as Producer }, out: resolve(values.out) });
}
const docs = new Map<string, Doc>();
for (const { seed, o, out } of jobs) {
  if (!docs.has(seed)) docs.set(seed, await loadDoc(seed, pages));
  const build = o.producer === 'fodt' ? buildFodt : buildHtml;
  const ms = print(build(docs.get(seed)!, seed, o, !!pages && pages[0] > 1), o, resolve(out), values.html);
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
  console.log(`${basename(out)}  ${info} pages  ${Math.round(statSync(out).size / 1024)} KB  ${(ms / 1000).toFixed(1)} s`);
}
if (loProfile) rmSync(loProfile, { recursive: true, force: true });
