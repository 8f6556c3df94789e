import { type Box, cellsLine, type SourceLine } from '../source-text.js';
import type { Table } from './tables.js';
import type { PdfBlock, PdfCell } from './page-blocks.js';
import { WORD_GAP, WORD_WRAP } from './text-lines.js';

/**
 * How a PDF's blocks become the lines the layout profiles read:
 * - `rows`: one line per table row, its cells as cells (paragraphs inside a cell separated by
 *   "\n"), and one line per paragraph of free text: the shape of a spreadsheet/HTML extraction.
 * - `lines`: one line per printed line, table cells read one after the other: the shape of a
 *   plain text extraction (a line that ends a paragraph keeps a trailing space, as those do).
 */
export type TableText = 'rows' | 'lines';

export function toSourceLines(blocks: PdfBlock[], mode: TableText): SourceLine[] {
  const out: SourceLine[] = [];
  const push = (page: number, text: string, cells?: string[], where?: Pick<SourceLine, 'box' | 'grid' | 'spans'>) =>
    out.push({ no: out.length + 1, page, text, ...(cells ? { cells } : {}), ...where });
  const tableIds = new Map<Table, number>();
  // a line of several fragments (目標 | 1 清原中央公園…市民など) whose last one wraps on the lines
  // under it, at its x (への利用を進めます！ 達成): the label and the whole text, as one line
  let para: { page: number; text: string; box: Box; head?: string[]; x0?: number; size?: number } | null = null;
  const flush = () => {
    if (para) push(para.page, para.head ? [...para.head, para.text].join('\t') : para.text, undefined, { box: para.box });
    para = null;
  };
  for (const b of blocks) {
    if (b.kind === 'text') {
      const box = { x0: b.line.x0, x1: b.line.x1, top: b.top, bottom: b.bottom };
      if (mode === 'lines') {
        push(b.page, b.line.fragments.join(' ') + (b.paragraphEnd ? ' ' : ''), undefined, { box });
        continue;
      }
      const hangs = para?.x0 !== undefined && b.line.fragments.length === 1 && Math.abs(b.line.x0 - para.x0) <= (para.size ?? 0) * 0.5;
      if (para?.x0 !== undefined && !hangs) flush();
      if (b.line.fragments.length > 1) {
        flush();
        if (b.paragraphEnd || b.line.lastFragmentX0 === undefined) push(b.page, b.line.fragments.join('\t'), undefined, { box, ...(b.line.fragmentBoxes?.length === b.line.fragments.length ? { spans: b.line.fragmentBoxes } : {}) });
        else para = { page: b.page, text: b.line.fragments.at(-1)!, box, head: b.line.fragments.slice(0, -1), x0: b.line.lastFragmentX0, size: b.line.size };
        continue;
      }
      if (para) {
        para.text = joinWrap(para.text, b.line.text);
        para.box = { x0: Math.min(para.box.x0, box.x0), x1: Math.max(para.box.x1, box.x1), top: para.box.top, bottom: box.bottom };
      } else para = { page: b.page, text: b.line.text, box };
      if (b.paragraphEnd) flush();
      continue;
    }
    flush();
    if (mode === 'rows') {
      const cells = b.cells.map(cellText);
      if (!tableIds.has(b.table)) tableIds.set(b.table, tableIds.size + 1);
      const grid = {
        table: tableIds.get(b.table)!,
        row: b.row,
        cells: b.cells.map((c) => ({ col: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, x0: c.span?.x0 ?? b.table.xs[c.col]!, x1: c.span?.x1 ?? b.table.xs[c.col + c.colSpan] ?? b.table.x1, ...textSpan(c) })),
      };
      push(b.page, cellsLine(cells), cells, { box: { x0: b.table.x0, x1: b.table.x1, top: b.top, bottom: b.bottom }, grid });
      continue;
    }
    const filled = b.cells.filter((c) => c.lines.length > 0);
    if (filled.every((c) => c.lines.length === 1)) {
      push(b.page, `${filled.map((c) => c.lines[0]!.text).join(' ')} `, undefined, { box: { x0: b.table.x0, x1: b.table.x1, top: b.top, bottom: b.bottom } });
      continue;
    }
    for (const c of filled) {
      const ends = new Set(c.paragraphs.map((p) => p.lines.at(-1)));
      c.lines.forEach((l, i) => {
        // a listing mark alone that goes on is the stub of a line that wrapped once more (`…自助・共助`
        // / `・` / `公助の…`: 桑名's typed lines set in 12 pt), not an item of its own: it ends the
        // line above, as the typist wrote it
        const last = out.at(-1);
        if (i > 0 && last && !ends.has(c.lines[i - 1]!) && LONE_MARK.test(l.text)) {
          last.text += l.text.trim() + (ends.has(l) ? ' ' : '');
          last.box = { ...last.box!, bottom: l.bottom };
          return;
        }
        push(b.page, l.text + (ends.has(l) ? ' ' : ''), undefined, { box: { x0: l.x0, x1: l.x1, top: l.top, bottom: l.bottom } });
      });
    }
  }
  flush();
  resolveWordWraps(out);
  return out;
}

const LONE_MARK = /^\s*[・･]\s*$/u;
const PARTED = new RegExp(`([A-Za-z0-9]+)([${WORD_WRAP}${WORD_GAP}])([A-Za-z]+)`, 'g');
const MARKS = new RegExp(`[${WORD_WRAP}${WORD_GAP}]`, 'g');
const HAS_MARK = new RegExp(`[${WORD_WRAP}${WORD_GAP}]`);
const WRAP_IN_WORD = new RegExp(`${WORD_WRAP}(?=[a-z])`, 'g');

/**
 * Latin letters a wrap or a narrow gap parted (see WORD_WRAP, WORD_GAP) are one word when the
 * document writes the joined word elsewhere (`You`+`Tube` where `YouTube` occurs). Otherwise a
 * gap is a space, and a wrap is a space before a capital (`Google Map`) and nothing before a
 * lower-case letter (`Face`+`book`).
 */
export function resolveWordWraps(lines: SourceLine[]): void {
  if (!lines.some((l) => HAS_MARK.test(l.text))) return;
  const words = new Set<string>();
  // the words as written whole, and as rejoined where a wrap broke one before a lower-case
  // letter (`YouT`+`ube`), which no reading of the geometry doubts
  for (const l of lines) for (const w of l.text.replace(WRAP_IN_WORD, '').replace(MARKS, ' ').match(/[A-Za-z0-9]+/g) ?? []) words.add(w);
  const resolve = (s: string) =>
    s
      .replace(PARTED, (_, a: string, mark: string, b: string) => (words.has(a + b) || (mark === WORD_WRAP && /^[a-z]/.test(b)) ? a + b : `${a} ${b}`))
      .replace(MARKS, ' ');
  lines.forEach((l, i) => {
    if (!HAS_MARK.test(l.text) && !l.cells?.some((c) => HAS_MARK.test(c))) return;
    lines[i] = { ...l, text: resolve(l.text), ...(l.cells ? { cells: l.cells.map(resolve) } : {}) };
  });
}

function cellText(c: PdfCell): string {
  return c.paragraphs.map((p) => p.text).join('\n');
}

function joinWrap(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

function textSpan(c: PdfCell): { text?: { x0: number; x1: number } } {
  if (c.lines.length === 0) return {};
  return { text: { x0: Math.min(...c.lines.map((l) => l.x0)), x1: Math.max(...c.lines.map((l) => l.x1)) } };
}
