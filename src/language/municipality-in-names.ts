import type { LayoutResult } from '../layout/layout-result.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { loadTokenizer, tokenizeNow } from '../lex/tokenizer.js';
import type { Diagnostic } from '../records/schema.js';

/**
 * An organisation named after its city (桑名・員弁広域連合, 桑名広域清掃事業組合事務局) whose city name
 * OCR read one character wrong (`馬名・員弁広域連合`, `業名広域清掃…`: 桑名's scanned pages, nine
 * records): the document's own municipality is the lexicon. Only a department on a page read by
 * OCR, only at the name's start or after a `・`, and only where the misread form appears nowhere in
 * the document but in department names while the city's name is printed elsewhere in it.
 */
export function mendMunicipalityInNames(layout: LayoutResult, municipality: string | null, lines: readonly LexedLine[], ocrPages: ReadonlyMap<number, number> | undefined): void {
  if (!municipality || !ocrPages?.size) return;
  const stem = municipality.replace(/[市町村区]$/u, '');
  const suffix = municipality.slice(stem.length);
  if ([...stem].length < 2) return;
  const pageOf = new Map(lines.map((l) => [l.no, l.page]));
  const names = new Set(layout.departments.map((d) => d.name));
  // (the lines holding `s` outside the department names; `s` before `suffix` not counted)
  const elsewhere = (s: string, suffix = '') =>
    lines.filter((l) => (suffix ? l.text.replaceAll(`${s}${suffix}`, '') : l.text).includes(s) && ![...names].some((n) => l.text.includes(n))).length;
  if (elsewhere(stem) < 3) return;
  const mended = new Map<string, string>();
  for (const d of layout.departments) {
    const page = d.line !== null ? pageOf.get(d.line) : undefined;
    if (page === undefined || page === null || !ocrPages.has(page)) continue;
    const fixed = mendName(d.name, stem, suffix, elsewhere);
    if (fixed !== d.name) mended.set(d.name, fixed);
  }
  for (const d of layout.departments) d.name = mended.get(d.name) ?? d.name;
  for (const r of layout.records) if (r.department) r.department = mended.get(r.department) ?? r.department;
}

/**
 * The city's own name in a record's title on a page read by OCR, one character wrong before its 市
 * (`旬谷市自殺対策計画` for 刈谷市…: 刈谷 by Chromium scanned in black and white, p13), where the form
 * read is no word of the dictionary (熊谷市 beside 刈谷市 is another city). Each mend noted.
 */
export async function mendMunicipalityInTitles(layout: LayoutResult, municipality: string | null, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Promise<Diagnostic[]> {
  const notes: Diagnostic[] = [];
  const stem = municipality?.replace(/[市町村区]$/u, '') ?? '';
  const suffix = municipality?.slice(stem.length) ?? '';
  if (!ocrPages?.size || !suffix || [...stem].length < 2) return notes;
  await loadTokenizer();
  const named = new RegExp(`(.{${[...stem].length}})(?=${suffix})`, 'gu');
  for (const r of layout.records) {
    if (r.page === null || !ocrPages.has(r.page)) continue;
    const title = r.title.replace(named, (read) => (oneApart(read, stem) && !/\s/u.test(read) && !isWord(read) ? stem : read));
    if (title === r.title) continue;
    notes.push({ level: 'info', code: 'language/ocr-municipality', message: `「${r.title.slice(0, 30)}」: the city's name read one character wrong before its ${suffix}, read as 「${stem}」`, file, page: r.page, line: r.line });
    r.title = title;
  }
  return notes;
}

/** Whether kuromoji knows the text as one word (a place name among them). */
function isWord(text: string): boolean {
  const tokens = tokenizeNow(text);
  return tokens.length === 1 && !tokens[0]!.unknown;
}

function mendName(name: string, stem: string, suffix: string, elsewhere: (s: string, suffix?: string) => number): string {
  const chars = [...name];
  const n = [...stem].length;
  for (let at = 0; at + n <= chars.length; at++) {
    if (at > 0 && chars[at - 1] !== '・') continue;
    const read = chars.slice(at, at + n).join('');
    // (the misread form followed by the city's 市 is the city's own name read so: `柔名市部長会識交料`,
    // 桑名's running foot in black and white, glued to a record's text)
    if (read === stem || oneApart(read, stem) === false || elsewhere(read, suffix) > 0) continue;
    return [...chars.slice(0, at), stem, ...chars.slice(at + n)].join('');
  }
  return name;
}

/** Whether two strings of one length differ in exactly one character. */
function oneApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.length === y.length && x.filter((c, i) => c !== y[i]).length === 1;
}
