import { compactKey, type LexedLine } from '../lex/lexed-line.js';
import { narrowAscii } from '../normalize/characters.js';
import type { Profile } from '../profiles/profile-schema.js';

/**
 * A pattern written in ASCII that also matches where the line has those letters, digits and
 * brackets full width: a scan read by OCR gives either (伊勢崎's 凡例 sheet, `財政効果額（歳入）` read
 * from a scan, printed `財政効果額(歳入)`; the contents ran on over every sheet to page 18).
 */
function widthBlind(re: RegExp): { test: (s: string) => boolean } {
  return { test: (s) => re.test(s) || re.test(narrowAscii(s)) };
}

/**
 * Split off front matter (table of contents, introduction) by the profile's from/until patterns.
 * The body is what layouts read for records; the front is kept because some documents name their
 * top-level categories only there (isesaki's area headings).
 */
export function splitFrontMatter(lines: readonly LexedLine[], profile: Profile): { body: LexedLine[]; front: LexedLine[] } {
  const front: LexedLine[] = [];
  const inFront = new Set<number>();
  for (const range of profile.frontMatter) {
    const from = widthBlind(new RegExp(range.from, 'u'));
    const until = widthBlind(new RegExp(range.until, 'u'));
    const start = lines.findIndex((l) => from.test(l.key));
    if (start < 0) continue;
    // (the label it ends at may stand inside a row's label cell that a print without rules ran
    // together with the labels above it, after a space: 伊勢崎's 凡例 sheet, …取組の成果を表示 取組達成度 … 取組課題と次年度以降の方針 (…)
    // in one label cell, Noto Serif 12 pt by LibreOffice; else the range runs on over sheets ① and ②)
    // (a table row's label cell only, after other words: a contents row's entry after its number,
    // 刈谷's 2 令和5年度各部組織重点目標… | 5 printed by LibreOffice, is no label)
    // (the label itself wrapped in its cell, its words a space apart: 取組課題と次年 / 度以降の方針, Noto
    // Serif 13 pt by LibreOffice without rules — the range had run on over sheet ①)
    // (or run on from the row above's label with no space: …×:進捗なし取組課題と / 次年度以降の方針, the
    // legend's 取組達成度 and the label under it one cell; Noto Sans CJK 11 pt on A3 landscape by
    // LibreOffice with filled labels — the range had run on over sheet ①)
    const inCell = (cell: string) => {
      const words = cell.split(/\s+/u);
      if (words.some((_, k) => k > 0 && until.test(words.slice(k).join('')) && !/^[\p{N}\p{P}]*$/u.test(words.slice(0, k).join('')))) return true;
      const text = [...words.join('')];
      return text.some((_, k) => k > 0 && until.test(text.slice(k).join('')) && /\p{Script=Han}|\p{Script=Hiragana}/u.test(text.slice(0, k).join('')));
    };
    // (or wrapped down lines of its own, each read alone: 取組課題と次年 / 度以降の方針 / (取組達成度が…, the
    // legend's last label at a page's foot, gothic 12 pt on B5 by Chromium with horizontal rules)
    // (the label's first line is one of them: not a line over the label whole, 刈谷's text above its
    // 令和5年度各部組織重点目標（取組内容・指標）)
    // (a line that says again what a line before it said is the header row the next page repeats, no
    // part of the label: 取組課題と次 at page 11's foot, 令和2年度 … 令和6年度 and 年度以降の方 / 針 (…) at
    // page 12's head; Noto Serif 15 pt on A4 by LibreOffice with horizontal rules)
    const said = new Set(lines.slice(0, start).map((l) => l.key));
    const keys = (from: number, to: number) => lines.slice(from, to).filter((l, k) => k === 0 || !said.has(l.key)).map((l) => l.key).join('');
    // (a row whose other cells are empty counts as such a line: 取組課題と at a page's foot in a row of the
    // year columns, 次年度以降の方針 (…) at the next page's head; IPAex Gothic 16 pt on B5 by LibreOffice with
    // horizontal rules — the range had run on over sheet ①)
    const wrapped = (i: number) => lines[i]!.cells.filter((c) => c.trim() !== '').length <= 1 && lines[i]!.key !== '' && !until.test(lines[i]!.key) && [1, 2, 3].some((n) => i + n < lines.length && until.test(keys(i, i + n + 1)) && !until.test(keys(i + 1, i + n + 1)));
    // (or begun as the last paragraph of a label cell the labels above ran into, its rest the first cell of
    // the next page's first row: …×:進捗なし / 取組課題と次 at page 10's foot, 年度以降の方 / 針 (…) at page 11's
    // head; Noto Serif 15 pt on A4 by LibreOffice in an outer frame — the range had run on over sheet ①)
    const lastPart = (l: LexedLine) => compactKey(l.cells.length > 1 ? (l.cells[0]!.split('\n').at(-1) ?? '') : '');
    const firstCell = (l: LexedLine | undefined) => compactKey(l ? (l.cells.length > 1 ? l.cells[0]! : l.text) : '');
    const begunInCell = (i: number) => lastPart(lines[i]!) !== '' && !until.test(firstCell(lines[i + 1])) && until.test(lastPart(lines[i]!) + firstCell(lines[i + 1]));
    let end = lines.findIndex((l, i) => i > start && (said.add(l.key), true) && (until.test(l.key) || (l.cells.length > 1 && inCell(l.cells[0]!)) || wrapped(i) || begunInCell(i)));
    if (end < 0) continue; // an unterminated range would swallow the document: ignore it
    if (range.inclusive) end++;
    for (let i = start; i < end; i++) inFront.add(i);
  }
  const body: LexedLine[] = [];
  lines.forEach((l, i) => (inFront.has(i) ? front : body).push(l));
  return { body, front };
}
