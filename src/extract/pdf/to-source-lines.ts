import type { SourceLine } from '../source-text.js';
import type { PdfBlock, PdfCell } from './page-blocks.js';

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
  const push = (page: number, text: string, cells?: string[]) => out.push({ no: out.length + 1, page, text, ...(cells ? { cells } : {}) });
  let para: { page: number; text: string } | null = null;
  const flush = () => {
    if (para) push(para.page, para.text);
    para = null;
  };
  for (const b of blocks) {
    if (b.kind === 'text') {
      if (mode === 'lines') {
        push(b.page, b.line.fragments.join(' ') + (b.paragraphEnd ? ' ' : ''));
        continue;
      }
      if (b.line.fragments.length > 1) {
        flush();
        push(b.page, b.line.fragments.join('\t'));
        continue;
      }
      if (para) para.text = joinWrap(para.text, b.line.text);
      else para = { page: b.page, text: b.line.text };
      if (b.paragraphEnd) flush();
      continue;
    }
    flush();
    if (mode === 'rows') {
      const cells = b.cells.map(cellText);
      push(b.page, cells.map((c) => c.replace(/\n/g, ' ')).join('\t'), cells);
      continue;
    }
    const filled = b.cells.filter((c) => c.lines.length > 0);
    if (filled.every((c) => c.lines.length === 1)) {
      push(b.page, `${filled.map((c) => c.lines[0]!.text).join(' ')} `);
      continue;
    }
    for (const c of filled) {
      const ends = new Set(c.paragraphs.map((p) => p.lines.at(-1)));
      for (const l of c.lines) push(b.page, l.text + (ends.has(l) ? ' ' : ''));
    }
  }
  flush();
  return out;
}

function cellText(c: PdfCell): string {
  return c.paragraphs.map((p) => p.text).join('\n');
}

function joinWrap(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}
