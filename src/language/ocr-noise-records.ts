import type { LayoutResult } from '../layout/layout-result.js';
import { Status, type Diagnostic } from '../records/schema.js';
import { labelRole } from '../vocabulary/index.js';

/** A Japanese word has one character of these at least; a title without any is no plan's item. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Records of OCR'd pages that are what a scan left of a table's furniture, not items: a title of
 * Latin letters, digits and marks only (`mmm 0`, `AMN`, `((NNN`: the dotted fill of 刈谷's header
 * rows scanned in black and white) or a header label read as a row (`取組内容`, its row's other
 * labels misread). Dropped, each with a warning naming the text: nothing goes silently.
 */
export function dropOcrNoiseRecords(layout: LayoutResult, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size) return notes;
  layout.records = layout.records.filter((r) => {
    if (r.page === null || !ocrPages.has(r.page)) return true;
    const title = r.title.trim();
    const why = !JAPANESE.test(title)
      ? 'no Japanese word in it: what the scan left of a rule or a fill'
      : labelRole(title) !== null
        ? 'a header label, read as a row: what the scan left of a rule or a fill'
        : headerRow(r)
          ? 'its other cells header labels: the header row, its title cell misread'
          : null;
    if (why === null) return true;
    notes.push({ level: 'warning', code: 'records/ocr-noise', message: `a record read by OCR titled 「${title}」 is not taken (${why})`, file, page: r.page, line: r.line });
    return false;
  });
  return notes;
}

/**
 * Whether a record's cells other than its title are header labels, two at least (`組織目標` |
 * `取組内 "本` | `寺` | `目標達成基準`: 刈谷's header row scanned in black and white, its 取組内容 cell
 * read past the vocabulary's telling).
 */
function headerRow(r: LayoutResult['records'][number]): boolean {
  const cells = [...Object.values(r.fields).flatMap((v) => (Array.isArray(v) ? v : [v])), ...r.sections].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return cells.filter((v) => labelRole(v.trim()) !== null).length >= 2;
}

/** A goal's last ！ and the few characters after it (a badge's reading), spaces aside. */
const AFTER_BANG = /[！!][\s\u3000]*([^！!。、]{1,8})$/u;
const BADGE_READ = 5;

/**
 * Goals of OCR'd pages whose result badge after the goal's ！ was read as no result
 * (`…運営を行います！(葉)`, `…見直します！蓮`, `…策定します!【夢世)`: 部長目標's framed badges, grey
 * letters on a grey fill, scanned in black and white): where the form prints a result after every
 * goal (`results`: a goal-blocks profile's results, null for other layouts), the few characters
 * after its last ！ are that badge, not the goal's words. Taken off the title, the result left
 * unknown, a warning naming what was read. A page with a text layer keeps its title as printed
 * (`…開始します! 継続`).
 */
export function unreadResultBadges(layout: LayoutResult, results: readonly { label: string; status: string }[] | null, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!results || !ocrPages?.size) return notes;
  // (a badge read on a line of its own under its goal's wrap, `(才成` after `…充実させます！`, read
  // as a goal of its own: 教育部 on 部長目標 by Chromium in black and white; it is dropped, and the
  // goals after it that the layout numbered on from it take their numbers back)
  const renumber = new Map<string | null, number>();
  layout.records = layout.records.filter((r, k) => {
    const due = renumber.get(r.department);
    if (due !== undefined && r.number === due) {
      r.number = due - 1;
      renumber.set(r.department, due + 1);
    } else renumber.delete(r.department);
    const goal = layout.records[k - 1];
    if (r.result !== null || r.page === null || !ocrPages.has(r.page) || !goal || goal.department !== r.department) return true;
    // (or the second word of a result of two, the first read after the goal: `…着手します！ 着手` /
    // `ほ吉)` for 着手 達成, 政策経営部's goal 4 painted in black and white by Ghostscript; the one result
    // that goes on from the word read is taken)
    const longer = goal.result ? results.filter((x) => x.label.startsWith(`${goal.result!.label} `)) : [];
    if (goal.result !== null && longer.length !== 1) return true;
    const read = r.title.replace(/[\s\u3000]+/g, '');
    // (the goal's ！ last, or a badge of its own read after it: `…運営を行います！革講` over `' 還了`, 部長目標
    // by LibreOffice painted by Ghostscript's screen — two badges, the goal's and its wrap's)
    const tail = goal.title.match(AFTER_BANG);
    const badge = tail && tail[1]!.replace(/[\s\u3000]+/g, '').length <= BADGE_READ ? tail : null;
    if (read.length > BADGE_READ || /[！!。]/u.test(read) || !(/[！!][\s\u3000]*$/u.test(goal.title) || badge)) return true;
    const title = badge ? goal.title.slice(0, badge.index! + 1) : goal.title.trim();
    if (r.number !== null && goal.number === r.number - 1) renumber.set(r.department, r.number + 1);
    dropQuoted(layout, r, r.title.trim());
    if (goal.result && longer[0]) {
      notes.push({ level: 'warning', code: 'records/ocr-result-unread', message: `the result after goal 「${title}」 read by OCR as 「${goal.result.label}」 and, on a line of its own, 「${r.title.trim()}」: taken as 「${longer[0].label}」, the one result that goes on from 「${goal.result.label}」`, file, page: r.page, line: r.line });
      goal.result = { label: longer[0].label, status: Status.parse(longer[0].status) };
      return false;
    }
    notes.push({ level: 'warning', code: 'records/ocr-result-unread', message: `the result after goal 「${title}」 read by OCR on a line of its own as 「${r.title.trim()}」, no result: left unknown, not taken as a goal`, file, page: r.page, line: r.line });
    return false;
  });
  for (const r of layout.records) {
    if (r.result !== null || r.page === null || !ocrPages.has(r.page)) continue;
    const tail = r.title.match(AFTER_BANG);
    if (!tail || tail[1]!.replace(/[\s\u3000]+/g, '').length > BADGE_READ) continue;
    // (and a bracket opened right before the ！ and never closed, a speck too: `…整備を進めます「!`)
    const title = r.title.slice(0, tail.index!).replace(/[「『【〔（(［\[｛{][\s\u3000]*$/u, '') + r.title[tail.index!];
    notes.push({ level: 'warning', code: 'records/ocr-result-unread', message: `the result after goal 「${title}」 read by OCR as 「${tail[1]!.trim()}」, no result: left unknown and out of the title`, file, page: r.page, line: r.line });
    // (this warning says what the layout's goal-without-result said, the badge's misreading named
    // apart from the title: that one, quoting the title with it, goes)
    dropQuoted(layout, r, title);
    r.title = title;
  }
  return notes;
}

/**
 * The layout's goal-without-result warning that quoted a record's title (`title`, or the title as
 * the layout read it, a badge with it): a warning of records/ocr-result-unread says it now. Its quote
 * may still open with a speck strayBrackets took off the title since, hence the title's test
 * from the second character.
 */
function dropQuoted(layout: LayoutResult, r: LayoutResult['records'][number], title: string): void {
  layout.diagnostics = layout.diagnostics.filter((d) => {
    const quoted = d.code === 'layout/goal-without-result' && d.line === r.line && d.page === r.page ? /^goal "(.*)" of /u.exec(d.message)?.[1] : undefined;
    return !quoted || !(quoted.includes(title.slice(0, 10)) || title.includes(quoted.slice(1, 11)));
  });
}

/**
 * A title of an OCR'd page that opens with a closing bracket: no text opened it, a speck of the
 * scan read as one (`)地方公共団体情報システム標準化への対応を実施します！`, 部長目標 by Chromium in black
 * and white). Or with two opening brackets, the first closed nowhere in it: the speck read as the
 * bracket beside it (`「『市民のスマートライフ、もう一歩前へ』（…）…`, 桑名 by Chromium in black and
 * white). Taken off, an info note naming the title as read.
 */
export function strayBrackets(layout: LayoutResult, ocrPages: ReadonlyMap<number, number> | undefined, file: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (!ocrPages?.size) return notes;
  for (const r of layout.records) {
    if (r.page === null || !ocrPages.has(r.page)) continue;
    const closing = /^[)）\]］}｝」』】〕][\s\u3000]*/u.exec(r.title);
    const opening = OPENING_TWICE.exec(r.title);
    const unclosed = opening && !r.title.includes(CLOSER[opening[1]!]!) ? opening[1]! : null;
    const stray = closing?.[0] ?? unclosed;
    if (!stray) continue;
    const what = closing ? 'opens with a closing bracket no text opened' : `opens with 「${unclosed}」 before another bracket and closes it nowhere`;
    notes.push({ level: 'info', code: 'records/ocr-stray-bracket', message: `the title read by OCR as 「${r.title.slice(0, 30)}」 ${what}: taken off`, file, page: r.page, line: r.line });
    r.title = r.title.slice(stray.length);
  }
  return notes;
}

const CLOSER: Readonly<Record<string, string>> = { '「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '〔': '〕', '［': '］', '[': ']' };
const OPENING_TWICE = /^([「『（(【〔［[])(?=[「『（(【〔［[])/u;
