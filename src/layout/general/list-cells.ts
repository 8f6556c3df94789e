import { lexLine, type LexedLine } from '../../lex/lexed-line.js';

/**
 * A row whose label cell stands beside a cell of numbered items, one paragraph line after another
 * (`１．現状認識と課題 | ① …\n… ② …`: a PDF's table read as rows, 桑名's 部局の目標・方針 printed with
 * a grid and read with no profile), is the label's line and the cell's lines, as a text extraction
 * sets them: what the labelled lists read. Other lines are as they were.
 */
export function listCellsAsLines(lines: readonly LexedLine[]): LexedLine[] {
  return lines.flatMap((l) => {
    const row = labelBesideList(l);
    if (!row) return [l];
    const line = (text: string) => ({ ...lexLine({ no: l.no, page: l.page, text }), ...(l.box ? { box: l.box } : {}) });
    return [line(row.label), ...row.parts.map(line)];
  });
}

/**
 * Rows of a label beside its numbered list: where a PDF's tables are better read line by line, each
 * printed line with its paragraph's end (the list cell's lines, read as a row, lose where a
 * paragraph ends inside an item).
 */
export function labelledListRows(lines: readonly LexedLine[]): number {
  return lines.filter((l) => labelBesideList(l) !== null).length;
}

function labelBesideList(l: LexedLine): { label: string; parts: string[] } | null {
  const filled = l.cells.filter((c) => c.trim() !== '');
  if (filled.length !== 2) return null;
  const [label, list] = filled as [string, string];
  const parts = list.split('\n').map((p) => p.trim()).filter(Boolean);
  if (!isLabelCell(label) || parts.filter((p) => CIRCLED_START.test(p)).length < 2) return null;
  return { label: label.split('\n').map((p) => p.trim()).join(''), parts };
}

const CIRCLED_START = /^[①-⑳]/u;

/** A label's cell: a few words, no sentence (`３．目標達成のための\n手段及び\n方策`). */
function isLabelCell(cell: string): boolean {
  const t = cell.replace(/\s+/g, '');
  return [...t].length <= LABEL_CHARS && !/。/.test(t);
}

const LABEL_CHARS = 30;
