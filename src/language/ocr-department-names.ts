import type { LayoutResult } from '../layout/layout-result.js';
import type { LexedLine } from '../lex/lexed-line.js';
import type { Diagnostic } from '../records/schema.js';

/**
 * A department's name cell on an OCR'd page read all wrong but its last character, where the
 * head's title beside it names the department (子ども未来部 white on its dark cell read `求部`,
 * 健康いきいき部 `いほ部`, 子ども未来部長 read right beside it: 部長目標 scanned in black and white).
 * White letters on a dark cell are read worse than the black title on white, so the title's name
 * is taken, and its records follow, each renaming said. On a page with a text layer the two
 * disagree only where the document says so, and both stay as printed (goal-blocks.ts mends only
 * a name a few characters off).
 */
export function departmentsNamedByHeads(layout: LayoutResult, lines: readonly LexedLine[], ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size) return notes;
  const pageOf = new Map(lines.map((l) => [l.no, l.page]));
  for (const dept of layout.departments) {
    const page = dept.line === null ? null : (pageOf.get(dept.line) ?? null);
    if (!dept.headTitle || page === null || !ocrPages.has(page)) continue;
    const named = dept.headTitle.replace(/長$/u, '');
    // (the same kind of unit, 部 and 部: a 局 headed by a 部長 is another document's matter)
    if (named === dept.name || named.slice(-1) !== dept.name.slice(-1)) continue;
    if (layout.departments.some((d) => d !== dept && d.name === named)) continue;
    notes.push({ level: 'info', code: 'language/ocr-department-name', message: `department read by OCR as 「${dept.name}」 named 「${named}」 after its head's title ${dept.headTitle}`, file, page, line: dept.line });
    for (const r of layout.records) if (r.department === dept.name) r.department = named;
    dept.name = named;
  }
  return notes;
}
