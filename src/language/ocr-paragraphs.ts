import type { SourceLine, SourceNote } from '../extract/source-text.js';

/**
 * Each paragraph of the lines of pages read by OCR — each cell's, and the line's text — given to
 * `read`, which returns it mended and says what it changed (`say(code, message)`, said once a
 * line); the lines are replaced with their mended copies. Returns what was said, as info notes
 * with page and line.
 */
export function mendOcrParagraphs(
  lines: SourceLine[],
  ocrPages: ReadonlyMap<number, number>,
  read: (paragraph: string, say: (code: string, message: string) => void) => string,
): SourceNote[] {
  const notes: SourceNote[] = [];
  lines.forEach((line, n) => {
    if (line.page === null || !ocrPages.has(line.page)) return;
    const said = new Set<string>();
    const say = (code: string, message: string) => {
      if (!said.has(message)) notes.push({ level: 'info', code, message, page: line.page, line: line.no });
      said.add(message);
    };
    const mend = (text: string) =>
      text
        .split(/([\t\n])/)
        .map((part) => (part === '\t' || part === '\n' ? part : read(part, say)))
        .join('');
    lines[n] = { ...line, text: mend(line.text), ...(line.cells ? { cells: line.cells.map(mend) } : {}) };
  });
  return notes;
}
