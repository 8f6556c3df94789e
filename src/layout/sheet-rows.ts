/**
 * The rows of an item sheet as a print may give them, mended before the sheet is read: a label and
 * its value the print set in one cell, or a label's rest in the next row's cell, two rows that are
 * one (a label wrapped across them, year heads wrapped in their cells) and one row that is several
 * (labels stacked in a cell, a cell of labelled paragraphs). Each repair names the prints that
 * taught it; every one keeps the text import's rows as they are.
 */
import { eraYearOf, findEraYears, isEraHeadPiece } from '../vocabulary/era-year.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { compactKey } from '../lex/lexed-line.js';
import type { ItemSheetsProfile } from '../profiles/profile-schema.js';
import { matchLabel } from './labels.js';
import { bracketBalance } from '../normalize/characters.js';
import { isColumnHeading, labelRole } from '../vocabulary/index.js';

/** The sheet's rows with the repairs across rows made; `absorbed`: the rows joined into the one above. */
export function repairedRows(given: LexedLine[], profile: ItemSheetsProfile): { lines: LexedLine[]; absorbed: number[] } {
  const stacked = withStackedHeadsWhole(given);
  const whole = withLabelRowsWhole(withYearRowsWhole(withStackedLabelsApart(withHeadingsApart(withLabelParagraphsApart(stacked.lines, profile), profile), profile)), profile);
  return { lines: whole.lines, absorbed: [...stacked.absorbed, ...whole.absorbed] };
}

/**
 * The rows under a row of years that hold nothing but pieces of a year's head, at or past the last year's column: the
 * rest of a head set a character a line in a column too narrow for it, one no row wrote in, which the page's lines
 * read as rows of their own (伊勢崎's 令 / 和年 / 6 / 度 beside 令和5年度, Noto Sans CJK 14 pt on A4, 35 mm, by Chromium
 * with horizontal rules, the 335th: taken for values, they had ended the repeated header's hold on the row the page
 * broke, and each year's progress broke a paragraph there). Joined into the header row's cells.
 */
function withStackedHeadsWhole(lines: LexedLine[]): { lines: LexedLine[]; absorbed: number[] } {
  const out: LexedLine[] = [];
  const absorbed: number[] = [];
  const piecesOnly = (l: LexedLine) => l.cells.some((c) => c.trim() !== '') && l.cells.every((c) => c.trim() === '' || (isEraHeadPiece(c) && eraYearOf(compactKey(c)) === null));
  for (let i = 0; i < lines.length; i++) {
    let a = lines[i]!;
    // (and such a row opening a page, the header the page repeats over it dropped: the rest of that header, no row of the
    // sheet — 伊勢崎's 和年度 / 6 over 状況を表 | 執行停止を行った。 …, the rest of 取組状況 the page broke; the same print in an outer
    // frame: read as the page's first row, the row the page broke had opened a paragraph there)
    if (i > 0 && a.page !== lines[i - 1]!.page && piecesOnly(a)) {
      absorbed.push(a.no);
      continue;
    }
    const years = a.cells.map((c) => {
      const y = findEraYears(c.trim())[0];
      return y && y.index === 0 ? y.year : null;
    });
    const at = years.flatMap((y, k) => (y !== null ? [k] : []));
    const run = at.map((k) => years[k]!);
    if (run.length >= 2 && run.every((y, k) => k === 0 || y === run[k - 1]! + 1)) {
      const last = at.at(-1)!;
      for (let b = lines[i + 1]; b && b.page === a.page && b.cells.length === a.cells.length; b = lines[i + 1]) {
        const filled = b.cells.flatMap((c, k) => (c.trim() !== '' ? [k] : []));
        if (!piecesOnly(b) || filled.some((k) => k < last)) break;
        const cells = a.cells.map((c, k) => (b!.cells[k]!.trim() ? `${c.trimEnd()}\n${b!.cells[k]!.trim()}` : c));
        const text = cells.join(' ');
        a = { ...a, cells, rawCells: a.rawCells.length === cells.length ? cells : a.rawCells, text, key: compactKey(text) };
        absorbed.push(b.no);
        i++;
      }
    }
    out.push(a);
  }
  return { lines: out, absorbed };
}

/** One row with the repairs within it made. */
export function repairedLine(line: LexedLine, profile: ItemSheetsProfile): LexedLine {
  return withYearsApart(withLabelsApart(withLabelsWhole(withLabelNoteWhole(withLabelRestDropped(line, profile), profile), profile), profile));
}

/**
 * A label's note in brackets a border cut in two, its head in a cell right of the label, its tail wrapped under the
 * label in the label's cell (`5年後までの目標き姿)` | | `(目指すべ` | value: 伊勢崎 by LibreOffice with horizontal rules
 * in Noto Sans CJK 15 pt on letter portrait, the 181st typography — `(目指すべ` had opened the goal): the label whole
 * again, the note's cell left empty, where the label then reads as one the profile knows and its brackets close.
 */
function withLabelNoteWhole(l: LexedLine, profile: ItemSheetsProfile): LexedLine {
  const i = l.cells.findIndex((c) => c.trim() !== '');
  const label = l.cells[i]?.trim() ?? '';
  if (i < 0 || !/[)）]$/u.test(label) || bracketBalance(label) >= 0) return l;
  // (the note's tail starts where the label's words end: the shortest head of the cell the profile knows as a label)
  let k = 1;
  while (k < label.length && !matchLabel(profile.labels, label.slice(0, k))) k++;
  if (k >= label.length || bracketBalance(label.slice(k)) >= 0) return l;
  for (let j = i + 1; j < l.cells.length && j <= i + 3; j++) {
    const head = l.cells[j]!.trim();
    if (head === '') continue;
    if (!/^[（(]/u.test(head) || bracketBalance(head) <= 0 || head.length > 12) return l;
    const whole = label.slice(0, k) + head + label.slice(k);
    if (bracketBalance(whole) !== 0 || !matchLabel(profile.labels, whole)) return l;
    const cells = [...l.cells];
    cells[i] = whole;
    cells[j] = '';
    return { ...l, cells };
  }
  return l;
}

/** How many cells with text stand before cell `i`: an empty column an unruled print found does not count. */
export function textRank(keys: readonly string[], i: number): number {
  return keys.slice(0, i).filter((k) => k !== '').length;
}

/**
 * A label a column border cut in two, where only the halves together are a label (`事業` | `No.`:
 * 木更津 printed without rules by LibreOffice in 9 pt, a border from the sheet number `15` under it
 * run through the space between kanji and Latin): one cell again, the next left empty.
 */
function withLabelsWhole(l: LexedLine, profile: ItemSheetsProfile): LexedLine {
  let cells: string[] | null = null;
  for (let i = 0; i + 1 < l.cells.length; i++) {
    const here = (cells ?? l.cells)[i]!;
    const next = (cells ?? l.cells)[i + 1]!;
    if (!here.trim() || !next.trim() || matchLabel(profile.labels, here) || !matchLabel(profile.labels, here + next)) continue;
    cells ??= [...l.cells];
    cells[i] = here + next;
    cells[i + 1] = '';
  }
  return cells ? { ...l, cells } : l;
}

/**
 * A label and its value the page set in one cell, a space between (`取組項目 伊勢崎市行政改革推進及び
 * 行政評価市民委員会の開催`: a table without rules whose label column the print left no gap after, 伊勢崎
 * by LibreOffice in BIZ UDPMincho 14 pt): the label alone, the value in the next cell, where that cell is
 * empty or the row ends there (the row's other cells keep their columns). Not a label's own note in
 * brackets or after ※ (`5年後までの目標 (目指すべき姿)`, `取組状況 ※継続した取組の場合…`), nor where the
 * words after the space are a label too, nor a per-year label (its values stand in the year columns:
 * `取組達成度 ◎:計画以上 ○:ほぼ計画通り…` keeps its legend).
 */
function withLabelsApart(l: LexedLine, profile: ItemSheetsProfile): LexedLine {
  let cells: string[] | null = null;
  let raw: string[] = [];
  const all = l.cells;
  for (let i = 0; i < all.length; i++) {
    // (or after the label's note in brackets, the value set right against it: `5年後までの目標 (目指すべき
    // 姿)消防団員定数735人に対し…`, LibreOffice's label cell filled to the value's first character, BIZ
    // UDPGothic 14 pt on B5 without rules — the line, taken whole for the label, had lost every goal)
    const m = /^(\S{2,12})[ \u3000]+(\S.*)$/su.exec(all[i]!.trim());
    const noted = /^(\S{2,12}[ \u3000]*[（(][^（()）\s]{1,12}[）)])[ \u3000]*([^\s（(［[〈<※＊*].*)$/su.exec(all[i]!.trim());
    const found = noted && matchLabel(profile.labels, noted[1]!) ? noted : m;
    if (!found || (i + 1 < all.length && all[i + 1]!.trim() !== '')) continue;
    const [head, rest] = [found[1]!, found[2]!];
    const label = matchLabel(profile.labels, head);
    if (!label || label.startsWith('year.') || matchLabel(profile.labels, all[i]!) !== label || /^[（(［[〈<※＊*]/u.test(rest) || matchLabel(profile.labels, rest) || [...compactKey(rest)].length < 4) continue;
    if (!cells) raw = [...l.rawCells];
    cells ??= [...all];
    cells[i] = head;
    if (i + 1 < cells.length) cells[i + 1] = rest;
    else cells.push(rest);
    // (the raw cells too, where they stand one for one: a cell's markup is the value's)
    if (raw.length === all.length) {
      raw[i] = head;
      if (i + 1 < raw.length) raw[i + 1] = rest;
      else raw.push(rest);
    }
  }
  return cells ? { ...l, cells, rawCells: raw } : l;
}

/**
 * A label cell that opens with the rest of the label above it, the page having broken that label
 * (`示` / `取組成果` / `※継続した…` under the year heads a page repeats, `…取組の状況を` / `表` ending the
 * page before; `し取組における課題及び…` / `取組課題と次年度以降の方針…`, the legend's `進捗な` / `し` and
 * the note's first line set before the label): the label that follows, on its first line or its
 * second, where the cell as a whole and its lines before are no label (伊勢崎 in an outer frame by
 * LibreOffice, BIZ UDPGothic 14 pt on B5: 取組成果's row had been read as the rest of 取組状況, and
 * 取組課題's as grades).
 */
function withLabelRestDropped(l: LexedLine, profile: ItemSheetsProfile): LexedLine {
  const first = l.cells[0];
  if (!first || l.cells.length < 2 || matchLabel(profile.labels, first)) return l;
  const parts = first.split('\n');
  for (let k = 1; k < parts.length && k <= 2; k++) {
    if (matchLabel(profile.labels, parts[k - 1]!)) return l;
    const rest = parts.slice(k).join('\n');
    if (!matchLabel(profile.labels, parts[k]!)) continue;
    const cells = [rest, ...l.cells.slice(1)];
    const rawCells = l.rawCells.length === l.cells.length ? [rest, ...l.rawCells.slice(1)] : l.rawCells;
    return { ...l, cells, rawCells };
  }
  return l;
}

/**
 * A cell of era years set edge to edge (`令和3年度令和4年度令和5年度令和6年度`) over as many columns, the
 * cells after it empty: one year a column, as a header of year columns reads. LibreOffice fills a
 * narrow year column's header to the next one's first character, and a print without rules then
 * finds no border between them (伊勢崎's 具体的な取組事項 | 令和2年度 | 令和3年度…, BIZ UDPGothic 14 pt
 * on B5 without rules: the 取組工程 rows under it had lost their years).
 */
function withYearsApart(l: LexedLine): LexedLine {
  let cells: string[] | null = null;
  for (let i = 0; i < l.cells.length; i++) {
    const key = compactKey(l.cells[i]!);
    const ys = findEraYears(key);
    if (ys.length < 2 || ys.map((y) => y.written).join('') !== key || ys.some((y, k) => k > 0 && y.year !== ys[k - 1]!.year + 1)) continue;
    const after = l.cells.slice(i + 1, i + ys.length);
    if (after.length < ys.length - 1 || after.some((c) => c.trim() !== '')) continue;
    cells ??= [...l.cells];
    ys.forEach((y, k) => (cells![i + k] = y.written));
  }
  return cells ? { ...l, cells } : l;
}

/**
 * Two rows whose label cells are a label of the vocabulary only together (the second none of the
 * form's either), the second's cells going on from the first's: one row, its cells joined (木更津's
 * 課題解決に向けた方 | 令和4年度には…各課における業務の現状とこれから over 向性・活動内容 | の展望について…,
 * a PDF's rows parted where the label's first line ran up to the value and its second did not; Noto
 * Serif CJK 12.5 pt by LibreOffice, no rules or an outer frame). `absorbed`: the second rows' numbers.
 */
function withLabelRowsWhole(lines: LexedLine[], profile: ItemSheetsProfile): { lines: LexedLine[]; absorbed: number[] } {
  // (the row's first cell with text: a column of sheet numbers left of the labels may stand empty)
  const first = (l: LexedLine) => l.cells.findIndex((c) => c.trim() !== '');
  const label = (l: LexedLine) => l.cells[first(l)]?.trim() ?? '';
  // (a label's start, not its note; and rows of values, not the year heads a page repeats under a
  // note's first line — 伊勢崎's ※取組における課題及び課題を踏 over まえた次年度… | 令和2年度 | …)
  const values = (l: LexedLine) => l.cells.length >= first(l) + 2 && !!label(l) && l.cells.slice(first(l) + 1).every((c) => eraYearOf(compactKey(c)) === null) && findEraYears(label(l)).length === 0;
  // (or a label whose note's bracket the first leaves open and the second closes: 伊勢崎's 5年後までの目標 (目指すべ over
  // き姿), the sheet's number column empty beside them; Noto Serif CJK 8 pt on A4 by LibreOffice in an outer frame, the
  // 183rd — き姿) had been read into the goal between its lines)
  // (or whose whole note in brackets the second holds, which the form may know alone as the same label: 5年後までの目標
  // over (目指すべき姿), the goal's line beside it going on from the one above with ・能力の向上…; the same print — the
  // goal had lost its 中黒 and broken there)
  // (only where the value above goes on: a line of words that ends no sentence, not 財政効果額(歳入) | 220 over
  // (単位:千円) | 有料広告料, an amount and what it comes from)
  const goesOn = (l: LexedLine) => l.cells.slice(first(l) + 1).some((c) => [...c.trim()].length >= 16 && !/[。．.！!？?）)」』】]$/u.test(c.trim()));
  // (or notes in brackets alone in a row of nothing else, under a label whose kind they tell: 伊勢崎's 財政効果額 | 104,307 | …
  // over (歳出) (単位:千円), the label's lines parted between the amounts' line and the next; Noto Sans CJK 14 pt on A4, 35 mm,
  // by Chromium with filled label cells, the 335th — 財政効果額 alone is 歳入 or 歳出, and four years' savings were lost)
  const notesOnly = (b: LexedLine) => /^([（(][^（()）]+[）)][ \u3000]*){1,3}$/u.test(label(b)) && b.cells.slice(first(b) + 1).every((c) => c.trim() === '');
  const noteClosed = (a: LexedLine, b: LexedLine) => (bracketBalance(label(a)) > 0 && bracketBalance(label(a) + label(b)) === 0) || (bracketBalance(label(a)) === 0 && ((/^[（(][^（()）]+[）)]$/u.test(label(b)) && goesOn(a)) || notesOnly(b)));
  const halves = (a: LexedLine, b: LexedLine) =>
    a.cells.length === b.cells.length && first(a) === first(b) && values(a) && values(b) && !/^[※＊*（(［[〈<]/u.test(label(a)) && (labelRole(label(a)) === null || noteClosed(a, b)) && (!matchLabel(profile.labels, label(b)) || (noteClosed(a, b) && matchLabel(profile.labels, label(b)) === matchLabel(profile.labels, label(a) + label(b)))) && labelRole(label(a) + label(b)) !== null;
  const join = (x: string, y: string, k: number, at: number) => (k === at || !x.trim() || !y.trim() ? x.trimEnd() + y.trimStart() : `${x.trimEnd()}${/[。．.！!？?]$/u.test(x.trim()) ? '\n' : ''}${y.trimStart()}`);
  const out: LexedLine[] = [];
  const absorbed: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    if (!b || !halves(a, b)) {
      out.push(a);
      continue;
    }
    const cells = a.cells.map((c, k) => join(c, b.cells[k]!, k, first(a)));
    const rawCells = a.rawCells.length === b.rawCells.length ? a.rawCells.map((c, k) => join(c, b.rawCells[k]!, k, first(a))) : a.rawCells;
    const text = cells.join(' ');
    out.push({ ...a, cells, rawCells, text, key: compactKey(text) });
    absorbed.push(b.no);
    i++;
  }
  return { lines: out, absorbed };
}

/**
 * A row whose one cell holds a sheet's labels and values, a paragraph each (`No. ① 取組項目 スポーツ施設
 * における…` / `担当部課 健康推進部スポーツ振興課` / `取組内容 特定規模電気…`): one row a paragraph, its
 * label (after the sheet's number where it has one) in cells of their own. A print whose label column
 * the text's gaps did not part at the table's head gives it so (伊勢崎 in IPAex Gothic 16 pt on B5 by
 * LibreOffice in an outer frame: the sheet, its title unread, had gone into the one before). Only where
 * two paragraphs or more open with a label and the first does; a paragraph that opens with none goes on
 * the value above it.
 */
function withLabelParagraphsApart(lines: LexedLine[], profile: ItemSheetsProfile): LexedLine[] {
  const labelCells = (p: string): string[] | null => {
    const cells: string[] = [];
    let rest = p.trim();
    while (cells.length < 4) {
      const noted = /^(\S{2,12}[ \u3000]*[（(][^（()）\s]{1,12}[）)])[ \u3000]*(\S.*)$/su.exec(rest);
      const m = /^(\S+)[ \u3000]+(\S.*)$/su.exec(rest);
      const found = noted && matchLabel(profile.labels, noted[1]!) ? noted : m;
      if (!found || !(matchLabel(profile.labels, found[1]!) || (cells.length > 0 && CIRCLED_ONLY.test(found[1]!)))) break;
      cells.push(found[1]!);
      rest = found[2]!.trim();
    }
    const last = cells.at(-1);
    return last && matchLabel(profile.labels, last) && !matchLabel(profile.labels, rest) ? [...cells, rest] : null;
  };
  // (or one such paragraph a line, on a PDF's lines each of one cell, from a line that opens a sheet with its
  // number — `No. ③ 取組項目 患者自費未収金対策` over `担当部課 | 経営企画部…`, `No. ① 取組項目 スポーツ…` over
  // `担当部課 健康推進部…` and `取組内容 特定規模…`, IPAex Gothic 16 pt on B5 by LibreOffice without rules)
  const opens = (cells: string[]) => matchLabel(profile.labels, cells[0]!) === 'number' && cells.some((c) => CIRCLED_ONLY.test(c));
  let inSheet = false;
  const out: LexedLine[] = [];
  for (const l of lines) {
    const first = l.cells[0] ?? '';
    const alone = !l.cells.slice(1).some((c) => c.trim() !== '');
    const rows: string[][] = [];
    for (const p of alone ? first.split('\n') : []) {
      const cells = labelCells(p);
      if (cells) rows.push(cells);
      else if (rows.length > 0) rows[rows.length - 1]![rows.at(-1)!.length - 1] += `\n${p}`;
      else {
        rows.length = 0;
        break;
      }
    }
    const single: boolean = rows.length === 1 && !!l.box && !first.includes('\n') && (opens(rows[0]!) || inSheet);
    // (a line of no label under such a row, the value's wrap: 職員研修 / 事業の / 推進)
    const last = out.at(-1);
    if (inSheet && rows.length === 0 && alone && !!l.box && !first.includes('\n') && first.trim() && last) {
      const cells = [...last.cells];
      const end = cells[cells.length - 1]!;
      cells[cells.length - 1] = `${end}${ENDS_SENTENCE_MARK.test(end.trim()) ? '\n' : ''}${first.trim()}`;
      const text = cells.join(' ');
      out[out.length - 1] = { ...last, cells, rawCells: cells, text, key: compactKey(text) };
      continue;
    }
    inSheet = single || (rows.length >= 2 && opens(rows[0]!)) || (inSheet && rows.length >= 2);
    if (rows.length < 2 && !single) {
      out.push(l);
      continue;
    }
    for (const cells of rows) {
      const text = cells.join(' ');
      out.push({ ...l, cells, rawCells: cells, text, key: compactKey(text), grid: undefined });
    }
  }
  return out;
}

const ENDS_SENTENCE_MARK = /[。．！!？?]$/u;

/**
 * A row whose label cell holds two labels or more, a paragraph each, beside a cell of as many paragraphs
 * (`No. | ① | 取組項目 / 担当部課 | 市民協働による「緋の郷」の… / 市民部市民活動課`): a row a label, each with its
 * value, the cells before them on the first. Two rows the print set a pitch apart, read as one (伊勢崎 in
 * IPAex Gothic 16 pt on B5 by LibreOffice without rules: the title had taken its department's name).
 */
function withStackedLabelsApart(lines: LexedLine[], profile: ItemSheetsProfile): LexedLine[] {
  return lines.flatMap((l) => {
    const k = l.cells.findIndex((c, i) => textRank(l.cells.map(compactKey), i) <= 2 && c.includes('\n'));
    if (k < 0 || k + 1 >= l.cells.length || l.cells.slice(k + 2).some((c) => c.trim() !== '')) return [l];
    const labels = l.cells[k]!.split('\n').filter((p) => p.trim() !== '');
    const values = l.cells[k + 1]!.split('\n').filter((p) => p.trim() !== '');
    if (labels.length < 2 || labels.length !== values.length || labels.some((p) => !matchLabel(profile.labels, p)) || values.some((p) => matchLabel(profile.labels, p))) return [l];
    return labels.map((label, j) => {
      const cells = l.cells.map((c, i) => (i < k ? (j === 0 ? c : '') : i === k ? label : i === k + 1 ? values[j]! : ''));
      const text = cells.join(' ');
      return { ...l, cells, rawCells: cells, text, key: compactKey(text) };
    });
  });
}

/**
 * A row of column headings whose cells each go on with the rows under them (`指標① | 名称 | 年度 / R5 | 目標値 /
 * (各年度末時点) / 検討80% | 結果`): the print set the rows a line apart, as it sets a cell's lines, and they were
 * read as one (木更津 in BIZ UDPGothic 7.5 pt on A3 landscape at 2.4 leading, Chromium without rules: the
 * indicators had taken 年度 for a name and every target a year late). The headings are a row; what each cell
 * holds under its heading are the rows under it, set level at their foot, as the print sets them.
 */
function withHeadingsApart(lines: LexedLine[], profile: ItemSheetsProfile): LexedLine[] {
  return lines.flatMap((l) => {
    const paras = l.cells.map((c) => c.split('\n').filter((p) => p.trim() !== ''));
    const led = paras.filter((p) => p.length > 0);
    const heading = (p: string) => matchLabel(profile.labels, p) !== null || isColumnHeading(p) || labelRole(p) !== null;
    // (words or figures under them: not a scan's specks under a heading, 木更津's 年度 / .( read by OCR)
    if (led.length < 3 || !led.every((p) => heading(p[0]!)) || !led.some((p) => p.slice(1).some((q) => /[\p{L}\p{N}]/u.test(q)))) return [l];
    if (led.some((p) => p.slice(1).some(heading))) return [l];
    const depth = Math.max(...paras.map((p) => p.length - 1));
    const row = (cells: string[]): LexedLine => {
      const text = cells.join(' ');
      return { ...l, cells, rawCells: cells, text, key: compactKey(text) };
    };
    const rows = [row(paras.map((p) => p[0] ?? ''))];
    for (let d = 0; d < depth; d++) rows.push(row(paras.map((p) => (p.length - 1 >= depth - d ? p[p.length - (depth - d)]! : ''))));
    return rows;
  });
}

const CIRCLED_ONLY = /^[①-⑳㉑-㉟]$/u;

/**
 * A row of year heads wrapped in their cells (`令和2` / `年度` in each year's column, the label beside them
 * wrapped too: `具体的` / `な取組事項`), the page's two lines read as two rows: one row, each cell its two
 * lines (伊勢崎 in IPAex Gothic 16 pt on B5 by LibreOffice in an outer frame: the years unread, the
 * sheet's plans had lost their years and the heads had gone into 5年後までの目標). Only where the two
 * lines make two years or more that run on, one of them at least whole only so, and the lower line holds
 * nothing else past the label's column.
 */
function withYearRowsWhole(lines: LexedLine[]): LexedLine[] {
  const out: LexedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    const joined = b ? yearRowJoined(a, b) : null;
    if (!joined) {
      out.push(a);
      continue;
    }
    const text = joined.join(' ');
    out.push({ ...a, cells: joined, rawCells: joined, text, key: compactKey(text) });
    i++;
  }
  return out;
}

function yearRowJoined(a: LexedLine, b: LexedLine): string[] | null {
  if (a.page !== b.page || a.cells.length !== b.cells.length || a.cells.length < 3) return null;
  const key = (l: LexedLine, k: number) => compactKey(l.cells[k] ?? '');
  // (a year's head and its wrap alone: an era and its number over 年度, not a paragraph over the next row's years)
  const wrap = (k: number) => /^(?:令和|平成|R|Ｒ)/u.test(key(a, k)) && [...(key(a, k) + key(b, k))].length <= 8 && eraYearOf(key(b, k)) === null ? eraYearOf(key(a, k) + key(b, k)) : null;
  const head = (k: number) => ([...key(a, k)].length <= 8 ? eraYearOf(key(a, k)) : null);
  const years = a.cells.map((_, k) => head(k) ?? (key(b, k) ? wrap(k) : null));
  const first = years.findIndex((y) => y !== null);
  if (first < 0) return null;
  const run = years.slice(first).filter((y) => y !== null) as number[];
  const wrapped = years.filter((y, k) => y !== null && head(k) === null).length;
  if (run.length < 2 || wrapped === 0 || run.some((y, k) => k > 0 && y !== run[k - 1]! + 1)) return null;
  for (let k = first; k < a.cells.length; k++) {
    // (past the label's column: the years and their wraps only)
    if (years[k] === null && (key(a, k) || key(b, k))) return null;
    if (years[k] !== null && head(k) !== null && key(b, k)) return null;
  }
  return a.cells.map((c, k) => (key(b, k) ? c.trimEnd() + b.cells[k]!.trim() : c));
}
