import type { LayoutResult } from '../layout/layout-result.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { tokenize } from '../lex/tokenizer.js';
import { cleanText } from '../normalize/clean-text.js';
import { editDistance } from '../normalize/edit-distance.js';
import type { Diagnostic } from '../records/schema.js';

/**
 * A sheet's title read by OCR is read a second time where the document's front matter lists it
 * (a contents page: 伊勢崎's 目次 names every sheet's 取組項目 with its number and page), from
 * another picture, with other misreads: `地球温明化対策推進事業` on the sheet, `地球温暖化…` in the
 * contents; `出張貼請窓「1の開設` for `出張申請窓口の開設`. Where the two readings differ, the one the
 * dictionary reads better is taken — fewer words it does not know, then fewer words for its
 * length (a misread kanji breaks a word in two) — and a note says so. Only titles of records on
 * pages read by OCR; only the front matter's one entry near enough to the title (a quarter of its
 * length in edits, or two; the next entry at least three edits further: 刈谷's and 木更津's front
 * matter holds sentences, not the titles, some a half apart); nothing where the front matter has
 * the title as read.
 */
export async function titlesReadTwice(layout: LayoutResult, front: readonly LexedLine[], ocrPages: ReadonlyMap<number, number> | undefined, file: string): Promise<Diagnostic[]> {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size || front.length === 0) return notes;
  const entries = [...new Set(front.flatMap((l) => l.cells.flatMap((c) => c.split('\n'))).map((c) => cleanText(c)).filter((c) => [...c].length >= 4))];
  for (const r of layout.records) {
    if (r.page === null || !ocrPages.has(r.page) || entries.includes(r.title)) continue;
    const near = entries.map((e) => ({ e, d: editDistance(e, r.title) })).sort((a, b) => a.d - b.d);
    const [best, next] = near;
    if (!best || best.d > Math.max(2, Math.ceil(Math.max(r.title.length, best.e.length) / 4)) || (next && next.d < best.d + 3)) continue;
    if (!(await readsBetter(best.e, r.title))) continue;
    notes.push({ level: 'info', code: 'language/title-read-twice', message: `the sheet's title read by OCR as 「${r.title}」, in the front matter as 「${best.e}」: taken from the front matter`, file, page: r.page, line: r.line });
    r.title = best.e;
  }
  return notes;
}

async function readsBetter(a: string, b: string): Promise<boolean> {
  const [ta, tb] = [await tokenize(a), await tokenize(b)];
  const unknown = (ts: typeof ta) => ts.filter((t) => t.unknown).length;
  if (unknown(ta) !== unknown(tb)) return unknown(ta) < unknown(tb);
  return ta.length / a.length < tb.length / b.length;
}
