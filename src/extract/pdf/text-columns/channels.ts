/**
 * A block's channels (see the overview in text-columns.ts): the x-intervals its lines leave open
 * down the block, each with how many lines show words on both sides of it, and the seams where a
 * border leaves no room at all (labelWrap, baselineSteps, flushSeams, edgeSeams). Apart from the
 * blocks that ask for them (toBlock): it reads the block's lines only.
 */
import type { TextRun } from '../page-content.js';
import { ENDS_SENTENCE, STARTS_ITEM } from '../text-lines.js';
import { labelRole } from '../../../vocabulary/index.js';
import type { Gap, Row } from './types.js';
import { CJK_END, CJK_START, ITEM_NUMBER, LABEL_CHARS, LATIN_OR_DIGIT_END, LATIN_OR_DIGIT_START, LEADING_NUMBER, MARK_ONLY, MIN_CHANNEL_EM, NO_LINE_START, SEAM, typedSpace } from './measures.js';
import { hungFrom, ledLines, lineUnder, nextLines, numberOpens, perCharacter, piece, pieces, roomBefore, seamsNear, wordGap, wordsAt, wordsOn, wordsPast, wrapsUnderAt } from './lines.js';

/** A hole between runs no wider than a seam drawn as one (points): edgeSeams reads it as its seam. */
const SEAM_HOLE = 0.5;

/**
 * Whether a hole no border has taken yet is where a line ends on x: as narrow as a seam, or opened left
 * of x by a last run read as set into the room (channels' intoNext) — 刈谷's 建てられ ending 0.1 pt
 * before the column 課等 starts on three lines.
 */
const rawSeam = (g: Gap, x: number) => g.straddle === 0 && (g.to - g.from < SEAM_HOLE || g.from < x - 0.1);

/** The largest size a line sets the text on both sides of a hole in (the smaller of the two), or `size` where none does. */
function holeSize(rows: Row[], c: Gap, size: number): number {
  let out = 0;
  for (const r of rows)
    for (let i = 1; i < r.runs.length; i++) {
      const u = r.runs[i]!;
      const v = r.runs[i - 1]!;
      if (Math.abs(v.x1 - c.from) <= 0.3 && Math.abs(u.x0 - c.to) <= 0.3) out = Math.max(out, Math.min(u.size, v.size));
    }
  return out || size;
}

/**
 * Uncovered x-intervals of a block's lines, each with how many lines reach both its sides with
 * words: a letter-spaced label (取 組 項 目) leaves gaps between single characters, not cells.
 */
export function channels(rows: Row[], lo: number, hi: number, size: number): Gap[] {
  // (a glyph set into the room between two columns leaves it open: see intoTheRoom)
  const glyphs = intoTheRoom(rows);
  // (nor does a line's last run that ends where three other lines' next cells start after room: a
  // label pushed into the room by a larger glyph, 伊勢崎's 12 pt ○:ほぼ ending at 105.6 pt where the first
  // year's text starts, the label column's other lines ending by 103.6; Noto Serif by LibreOffice)
  const cellStarts = rows.flatMap((r) => r.runs.flatMap((u, k) => (k > 0 && u.x0 - r.runs[k - 1]!.x1 >= r.size * MIN_CHANNEL_EM ? [u.x0] : [])));
  const intoNext = (r: Row, u: TextRun, k: number) => k === r.runs.length - 1 && k > 0 ? cellStarts.filter((x) => Math.abs(x - u.x1) <= 0.3).length >= 3 : false;
  // (nor a closing bracket or stop a line ends on, hung past the cell's edge where two other lines' next cells
  // start: Writer lets (各年度末時点) hang its ) 2.4 pt into 結果's column, whose 350,000,000円 starts there — 木更津's
  // 指標 tables, LibreOffice in an outer frame, Noto Sans 13 pt on A4; the year and its target had been one cell)
  const hung = (r: Row, u: TextRun, k: number) => {
    const from = k === r.runs.length - 1 ? hungFrom(u) : u.x1;
    return from < u.x1 && cellStarts.filter((x) => x >= from - 0.3 && x < u.x1 - 0.3).length >= 2 ? from : u.x1;
  };
  // (a run read as set into the room ends, for the words against the hole, where its text does: see `cut` below)
  const into: { at: number; x1: number }[] = [];
  const covered: [number, number][] = rows
    .flatMap((r) =>
      r.runs.flatMap((x, k) => {
        if (glyphs.has(x)) return [];
        if (!intoNext(r, x, k)) return [[x.x0, hung(r, x, k)] as [number, number]];
        const at = Math.max(x.x0, x.x1 - r.size * 0.25);
        into.push({ at, x1: x.x1 });
        return [[x.x0, at] as [number, number]];
      }),
    )
    .sort((a, b) => a[0] - b[0]);
  const stacked = stackedLabel(rows);
  const out: Gap[] = [];
  let at = lo;
  // LibreOffice sets unpadded cells against each other: a column may leave only a seam open on the
  // lines that fill it, as long as some line shows the gap. Narrower than a seam, the hole is one
  // line's run split (a kerning or font change), unless no line has runs on both sides of it: then
  // one line's text ends where another's starts, a cell's border with no padding (刈谷's 取組内容
  // サービ ending at 309.2 pt under 市民課 from 309.3 on the line above, printed by LibreOffice)
  // (an item's number set against the text before it, larger or where other lines number their
  // items, is no run split: see numberOpens)
  const split = (from: number, to: number) => rows.some((r) => r.runs.some((u, i) => i > 0 && u.x0 >= to - 0.01 && u.x0 - r.runs[i - 1]!.x1 <= SEAM && r.runs[i - 1]!.x1 <= from + 0.01 && !numberOpens(r, i, rows)));
  // (no hole at all, one line's text ending on the very x where another's starts: see labelWrap)
  const touches = new Set<number>();
  // (the x where some line's text starts after a word gap: asked at every touch of two runs)
  // (listed at the first touch only: most blocks have none, and channels runs on every block)
  let roomStarts: number[] | undefined;
  const shown = (x: number) => (roomStarts ??= rows.flatMap((r) => r.runs.flatMap((u, i) => (i > 0 && u.x0 - r.runs[i - 1]!.x1 >= wordGap(r.runs[i - 1]!, u) ? [u.x0] : [])))).some((s) => Math.abs(s - x) <= 0.02);
  for (const [a, b] of covered) {
    if (at > lo && (a - at > SEAM || (a - at > 0.02 && !split(at, a)))) out.push({ from: at, to: a, straddle: 0 });
    else if (at > lo && Math.abs(a - at) <= 0.02 && shown(a)) touches.add(Math.max(at, a));
    at = Math.max(at, b);
  }
  out.push(...baselineSteps(rows, out));
  out.push(...flushSeams(rows, out));
  // (a hole narrower than a seam where a cell's full line ends on the seam is that seam: 刈谷's
  // 55年以前の旧建築基準で建てられ ending 0.1 pt before 雨水対策課, half-width digits carrying it past the
  // column's other lines; Noto Serif 11 pt on A3 by LibreOffice without rules)
  // (kept only where that hole does not stand as a border of its own: see the end)
  const edges = new Set(edgeSeams(rows, out));
  out.push(...edges);
  // A label wrapped in its narrow column whose last line runs up to the cell's edge, where the next
  // column's lines start with nothing before them, leaves no hole at all: a border where the label's
  // line above shows it, its text ending short of that x and the next cell's starting there after a
  // word gap (LibreOffice's unpadded cells: 部長目標's 市民環 / 境部, 境部 ending at 119.4 pt where 木村西
  // starts, under 市民環 | 市民環境部長 from 119.4; IPAex Mincho 9 pt, B5, by LibreOffice — the label and
  // the name had been one cell, 境部 a department of its own). Not a line under a cell of its own, that
  // starts left of where the line above's text does: one entry of a list over the next, 世田谷's
  // Ⅱ. 給与費明細書 ending where the 款 names above it start. (Only where no seam was found there.)
  for (const x of touches) {
    if (out.some((g) => x >= g.from - 0.5 && x <= g.to + 0.5) || !labelWrap(rows, x)) continue;
    out.push({ from: x, to: x, straddle: 0 });
  }
  // (holes lined up down the block where a cell's line was set up to its edge: see alignedHoles)
  const aligned = alignedHoles(rows);
  for (const c of out) {
    const lined = aligned.find((a) => Math.abs(a.to - c.to) <= 0.3 && a.from >= c.from - 0.3);
    if (lined) {
      c.straddle = Math.max(c.straddle, lined.straddle);
      continue;
    }
    // a seam where an item's number opens its cell, set against a label's line that ran up to it
    // (Writer's unpadded cells), the column's other items numbered at that x, is the border however
    // narrow (刈谷's 将来に向けた刈谷市の交①本市が目指す…, a 12.5 pt ① 0.1 pt after 10.2 pt 交, ②③④ at
    // its x in the rows under it; BIZ UDGothic 12.5 pt by LibreOffice without rules, under the header
    // the page repeated)
    if (c.to - c.from <= SEAM && rows.some((r) => r.runs.some((u, i) => i > 0 && Math.abs(u.x0 - c.to) <= 0.01 && Math.abs(r.runs[i - 1]!.x1 - c.from) <= 0.01 && numberOpens(r, i, rows)))) {
      c.straddle = 2;
      continue;
    }
    // no cell starts on a closing mark (行頭禁則: 、。）」): a hole before one is inside a line
    // (Chromium sets 、 from another face of Noto Serif CJK JP, a point after the kana before it:
    // 刈谷's heading 市民から信頼され|、満足度の高い…, 12 pt, read as two cells over the table)
    if (rows.some((r) => r.runs.some((u, i) => i > 0 && Math.abs(u.x0 - c.to) <= 0.2 && NO_LINE_START.test(u.text) && Math.abs(r.runs[i - 1]!.x1 - c.from) <= 0.2))) continue;
    // an item's number set larger than its text, its text less than a word gap after it, opens
    // the item, whatever the other lines leave open there (刈谷's 9 pt ① 1.8 pt before
    // スマートシティに…, LibreOffice, landscape 9 pt: the one row under a shaded header)
    if (rows.some((r) => r.runs.some((u, i) => ITEM_NUMBER.test(u.text.trim()) && Math.abs(u.x1 - c.from) <= 0.2 && !!r.runs[i + 1] && Math.abs(r.runs[i + 1]!.x0 - c.to) <= 0.2 && c.to - c.from < wordGap(u, r.runs[i + 1]!)))) continue;
    // a seam is a border only where the text that ends and starts on it is words, not 目 標
    // (measured in the size of the text on both sides of it: a label set larger than the lines beside
    // it does not widen the room the cells need — 部長目標's 15.2 pt 環 / 境 / 部, a character a line,
    // 6.6 pt before 木村西 in 12 pt; Chromium with an outer frame, mincho 12 pt on B5)
    // (never larger than the block's size: asked only for a hole narrower than that measure)
    // (but a label a fifth larger than the lines that start on the hole's far side, on two lines or
    // more, is a column of its own however narrow the room: 部長目標's 20 pt 市民 / 環 / 境 / 部, 6 pt
    // before 市民環境部長 / きむらさい / 木村西 in 16 pt; IPAex Gothic 16 pt on B5 by Chromium without rules)
    // (words that end in the room a run was read as set into end on the hole: 刈谷's …連携した活動を実施 ending 0.2 pt
    // before スポーツ課, 学校教育課 and 生涯学習課 starting there on the lines above; BIZ UDPGothic 10 pt on A4
    // landscape by LibreOffice without rules — the 課等 column had been read into 取組内容's)
    const wordsBefore = wordsAt(rows, c.from, -1) || into.some((t) => Math.abs(t.at - c.from) <= 0.1 && wordsAt(rows, t.x1, -1));
    if (c.to - c.from < size * MIN_CHANNEL_EM && c.to - c.from < holeSize(rows, c, size) * MIN_CHANNEL_EM && !(wordsBefore && (wordsAt(rows, c.to, 1) || wordsPast(rows, c))) && !largerLabel(rows, c)) continue;
    // nor where a line goes on across it through the room Writer sets around Latin letters and
    // digits, closer than a word gap, and no other line's text starts where it ends: one word's
    // letters spaced out (刈谷's ①ＩＣＴの利活用を推進しま / す。, I C T 2.4 pt apart and T | の 1.7 pt,
    // the す。 under them ending in a hole)
    if (c.to - c.from < size * MIN_CHANNEL_EM) {
      const latinHole = (r: Row) => r.runs.some((u, i) => {
        const v = r.runs[i - 1];
        return !!v && v.x1 <= c.from + 0.1 && u.x0 >= c.to - 0.1 && u.x0 - v.x1 < wordGap(v, u) && typedSpace(v.text, u.text);
      });
      const startsHere = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.3));
      if (startsHere.length === 1 && latinHole(startsHere[0]!) && !(halfWidthHole(startsHere[0]!, c) && rows.some((r) => lonelyCellGap(r, c, out)))) continue;
    }
    const across = rows.filter((r) => r.x0 < c.from + 0.1 && r.x1 > c.to - 0.1 && (c.to - c.from > size * 1.6 || cellGap(r, c, stacked)));
    c.straddle = across.length;
    // a line whose text goes on across the hole through a space glyph it draws there is one cell's
    // words the author spaced, however the spaces of other lines line up under it, and the lines of
    // that cell that end short of the hole show no gap of cells either: such a hole alone opens no
    // column (`typed`; 刈谷's seed keeps the breaks of its source as spaces: ②マイナンバーカード受付
    // 窓口を設置し、市民負担の 少ない窓口サ over ービスを提供します。 and ①申請しやすい環境を創出 します。,
    // Noto Serif 10.5 pt landscape by Chromium: three columns opened at the spaces, two titles cut).
    // A line of another cell's text across it makes it a hole like any (伊勢崎's 5年後までの目標
    // (目指すべき姿) spans the ② | 取組項目 border, Noto Serif 12 pt by LibreOffice in an outer frame)
    // (or as wide as a face's half-width space, where one is drawn in it: 刈谷's ① I C Tの利活用を推進します。, the
    // letters spaced on BIZ UDGothic's half em, 4.9 pt holes against a 0.45 em measure of 4.4 — alone in its cell, the
    // lines under it empty across it; 12 pt on B5 by LibreOffice from a Writer document without rules: two columns had
    // opened at the spaces and the title lost its ① I C)
    if (c.to - c.from < size * MIN_CHANNEL_EM || rows.some((r) => spacedAcross(r, c) && halfWidthHole(r, c))) {
      const starts = rows.filter((r) => spacedAcross(r, c)).map((r) => c.from - piece(r, c.from, -1));
      // (nor a line with a run of its own starting where the spaced lines start: a cell's line run up to
      // that cell with no room, 刈谷's …実施することで収納 0.8 pt from 下水道課, beside 下水道課 雨水対策課 over
      // the 課等 column; Noto Serif CJK 11 pt landscape by LibreOffice, an outer frame)
      const halfWidth = rows.some((r) => spacedAcross(r, c) && halfWidthHole(r, c));
      const otherCell = (r: Row) => {
        if (halfWidth && lonelyCellGap(r, c, out)) return true;
        const end = Math.max(...r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.x1));
        const start = c.from - piece(r, c.from, -1);
        const sameStart = (x: number) => Math.abs(start - x) <= r.size * 1.5 || r.runs.some((u, k) => k > 0 && Math.abs(u.x0 - x) <= 0.3 && u.x1 <= end + 0.1 && u.x0 - r.runs[k - 1]!.x1 < wordGap(r.runs[k - 1]!, u));
        return starts.some((x) => end > x + 0.1) && !starts.some(sameStart);
      };
      if (starts.length > 0 && !across.some(otherCell)) c.typed = true;
    }
    // a row of column headings (具体的な取組 | 令和2年度 | 令和3年度 | …) shows its columns once
    if (across.some((r) => pieces(r, r.size).length >= 4)) c.straddle = Math.max(c.straddle, 2);
    // a cell that wraps at the seam, its lines ending on it, beside a line that goes on across it:
    // LibreOffice's unpadded cells (木更津's ふるさと応援寄附 / 金・企業版ふるさ / と納税の活用
    // ending at 226.1 pt, 財務部財政課 from 227.1 pt on the first line)
    // (or its one line ending there and wrapping under its start, ICTの活用による業 / 務改善); the
    // seam parts two kana or kanji: Writer's spacing around Latin and digits leaves holes too
    // (刈谷 2023 under 加者数 1,000)
    // Narrower than a space (0.25 em: 伊勢崎's ・ 出前講座を 継続実施 keeps one).
    // A space's width (under 0.45 em) only as weak evidence, where a cell wraps at it.
    if (c.straddle === 0 && c.to - c.from < size * MIN_CHANNEL_EM) {
      const narrow = c.to - c.from < size * 0.2;
      const ending = rows.filter((r) => r.runs.some((u) => Math.abs(u.x1 - c.from) <= 0.2) && piece(r, c.from, -1) > r.size * 2);
      const going = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.2) && r.runs.some((u) => Math.abs(u.x1 - c.from) <= 0.2));
      // (or under the text after the item number it starts with: 刈谷's ②ジェネリック医薬品の利用を推進 /
      // します。 beside 国保年金課, LibreOffice, the next page's part of the table)
      const wrapsUnder = (r: Row) => wrapsUnderAt(rows, r, c.from);
      const kanjiSeam = going.some((r) => CJK_END.test(r.runs.find((u) => Math.abs(u.x1 - c.from) <= 0.2)!.text) && CJK_START.test(r.runs.find((u) => Math.abs(u.x0 - c.to) <= 0.2)!.text));
      if (!narrow) {
        // (木更津's ふるさと応援寄附金・企業版ふるさ / と納税の活用 3.3 pt from 財務部財政課, landscape,
        // under 推進項目名称 | 担当課 whose 担当課 starts at the same x)
        if (going.length >= 1 && kanjiSeam && ending.some(wrapsUnder)) Object.assign(c, { straddle: 1, weak: true });
      } else if (going.length >= 1 && kanjiSeam && (ending.length >= 2 || ending.some(wrapsUnder))) c.straddle = 2;
      // a line that goes on across the seam with no Latin or digit beside it (Writer's spacing
      // around those leaves such holes): a border only where another block shows a gap there too
      // (木更津's 働き方改革の促進(時間外勤務の縮減) | 総務部職員課 under 推進項目名称 | 担当課, landscape)
      else if (going.some((r) => !LATIN_OR_DIGIT_END.test(r.runs.find((u) => Math.abs(u.x1 - c.from) <= 0.2)!.text) && !LATIN_OR_DIGIT_START.test(r.runs.find((u) => Math.abs(u.x0 - c.to) <= 0.2)!.text))) c.straddle = 1;
      // (or, Latin after it, where the text before the seam wraps under its own start and another line
      // of the block starts on the seam with nothing before it: a name run up to its year's head, the
      // next year's head alone under it — 木更津's インターネット広告（ディスプ | R5 0.5 pt apart over
      // レイ広告）のクリック率, R6 at 410 pt under R5; IPAex Gothic 10.5 pt landscape by LibreOffice, horizontal rules.
      // Writer's spacing before a number inside a sentence leaves no line starting there)
      else if (going.some((r) => wrapsUnderAt(rows, r, c.from, true)) && rows.some((o) => !going.includes(o) && Math.abs(o.x0 - c.to) <= 0.3)) c.straddle = 1;
    }
    // a label wrapped in a narrow column beside a column whose lines start on one edge (部長目標's
    // 市民環 / 境部, set large and centred, beside 市民環境部長 / きむらさい / 木村西) shows its gap once
    // (or set larger than them on one line: 教育部 beside 教育部長 / たぐち しげお / 田口 茂夫)
    // (or none, where that label is larger and two of its lines stand left of the hole: a department's name
    // set 15.2 pt a word a line, 政 策 / 経営 / 部, no line of its own level with the 12 pt 部長 and reading
    // beside it — 部長目標 by Chromium in BIZ UDPMincho 12 pt on B5 at 2.2 leading, the name column a hair wider
    // than its text: the department had been read with its 部長 as one cell)
    if (c.straddle <= 1) {
      const label = rows.filter((r) => r.runs.some((u) => u.x1 <= c.from + 0.1) && piece(r, c.from, -1) > r.size * 1.2);
      const edge = rows.filter((r) => r.runs.some((u) => Math.abs(u.x0 - c.to) <= 0.5));
      // (two lines will do: 子ども未来部 alone at a frame's foot beside 子ども未来部長 / しむらあきこ, the
      // rest of the panel on the next page; Noto Sans 11.5 pt by LibreOffice, an outer frame)
      // (or wrapped, each of its lines larger: 健康いきい / き部 beside 健康いきいき部 / 長 at a frame's foot,
      // Noto Serif 11.5 pt, 30 mm, by LibreOffice)
      const labelSize = (r: Row) => Math.max(...r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.size));
      // (larger than the cell that starts on the hole's far side, not than the lines' further cells: 部長目標's 15.2 pt
      // まち / づ / く / り / 部 beside まちづくり部長 / かねこ ひでゆき / 金子 秀之 / 基本方 | 都市としての価値を…, the 基本方針's
      // value set 13.9 pt in the next column, the name spanning both; Noto Sans CJK 12 pt on B5, 30 mm, by LibreOffice from
      // a Writer document without rules — the department's column unread, its goals went to the department before)
      const cellSizes = (r: Row) => {
        const cell = pieces(r, r.size * MIN_CHANNEL_EM).find((p) => p.x0 >= c.to - 0.5);
        return cell ? r.runs.filter((u) => u.x0 >= cell.x0 - 0.01 && u.x1 <= cell.x1 + 0.01).map((u) => u.size) : [];
      };
      const larger = label.length >= 1 && edge.length >= 2 && Math.min(...label.map(labelSize)) > Math.max(...edge.slice(1).flatMap(cellSizes)) * 1.2;
      // (or a label on the block's first line, every other line starting on the text's edge and
      // nothing under the label: a row whose label fits one line beside a long cell, alone between
      // two rules at the head of a page — 桑名's ２．今年度の部局目標 | ① 職員の…, Noto Serif 12 pt by
      // LibreOffice, horizontal rules only. Not a label in mid-block: lines above it may end the
      // row before, as 部長目標's 総括 goes on over 目標 | 1 清原中央公園… at the head of a page)
      // (a number alone, `(1)` or `１．`, before an indented paragraph is the paragraph's hanging
      // indent, not a label)
      const words = label.length === 1 ? label[0]!.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.text).join('').replace(/\s/gu, '').replace(LEADING_NUMBER, '') : '';
      // (a longer label the vocabulary knows as well: 木更津's 令和5年度の活動経過・今後の予定 | 60歳以降の…
      // alone between two rules at a page's head, its cell's lines under the text's start; IPAex Gothic
      // 10.5 pt landscape by LibreOffice, horizontal rules only)
      const hanging = words.length >= 2 && (words.length <= LABEL_CHARS || labelRole(words) !== null) && !/[。．]$/u.test(words) && edge.length >= 3 && label[0] === rows[0] && rows.every((r) => r === label[0] || r.x0 >= c.to - 0.5);
      // (or a label the vocabulary knows wrapped in the block's first lines, every other line starting on the hole's far
      // side: 桑名's ２．今年度 / の部局目標 beside ① 令和7年度に…鍵と / な / る、…, the item's number and a kana alone
      // after the hole, no words — IPAGothic 14 pt on letter as a Writer document in an outer frame, the 316th: the
      // goals had been read into 現状認識と課題's cell, the row over them)
      const lefts = rows.filter((r) => r.runs.some((u) => u.x1 <= c.from + 0.1));
      const wrappedLabel = () => {
        if (lefts.length < 2 || edge.length < 3 || !lefts.every((r, i) => r === rows[i]) || !rows.every((r) => lefts.includes(r) || r.x0 >= c.to - 0.5)) return false;
        const text = lefts.map((r) => r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.text).join('')).join('').replace(/\s/gu, '').replace(LEADING_NUMBER, '');
        return labelRole(text) !== null;
      };
      if (wrappedLabel()) c.straddle = 2;
      else if (c.straddle === 0) {
        // (each of its lines, a character or a word: 市民 / 環 / 境 / 部)
        const edgeSize = Math.max(...edge.slice(1).flatMap((r) => r.runs.filter((u) => u.x0 >= c.to - 0.5).map((u) => u.size)));
        // (a label set a character a line stands on one line for all of them: 部長目標's 政 / 策 / 経 / 営 / 部, 16.4 pt in a
        // column one character wide, beside 政策経営 / 部長 / かみやま た / かし / 神山 尚 in 13 pt — BIZ UDGothic 13 pt on B5 from
        // a Writer document without rules, the 344th: read on its one line, the department's column was lost and its
        // goals went to no department)
        const leftLines = lefts.reduce((n, r) => n + Math.max(1, ...r.runs.filter((u) => u.x1 <= c.from + 0.1).map((u) => u.stackLines ?? 1)), 0);
        if (leftLines >= 2 && edge.length >= 3 && Math.min(...lefts.map(labelSize)) > edgeSize * 1.2) c.straddle = 2;
      } else if ((label.length >= 2 && edge.length >= 3) || larger || hanging) c.straddle = 2;
    }
  }
  return out.filter((c) => c.straddle > 0 && c.to <= hi && !(edges.has(c) && out.some((g) => g !== c && !edges.has(g) && g.straddle > 0 && c.from <= g.to + 0.5 && c.to >= g.from - 0.5)));
}

/** Lines ending on the hole's near side (two or more) set a fifth larger than every line starting on its far side (two or more). */
function largerLabel(rows: Row[], c: Gap): boolean {
  // (a line of the label centred short of the hole counts, within its own em: 部長目標's 16.4 pt 市民 ending 8.2 pt before the
  // stacked 環 / 境 / 部 that bound the hole, 市民環境部 / 長 / きむらさい / 木村西 in 13 pt after it; BIZ UDPGothic 13 pt on B5 at
  // 1.8 leading by Chromium without rules, the 294th — the hole, 0.45 em of 16.4 pt less 0.04, had been no column, the
  // department and its 部長 one cell, and 市民環境部's goals went to 総務部)
  const ending = rows.flatMap((r) => {
    const before = r.runs.filter((u) => u.x1 <= c.from + 0.3);
    const last = before.reduce<TextRun | undefined>((a, u) => (!a || u.x1 > a.x1 ? u : a), undefined);
    return last && c.from - last.x1 <= last.size ? [last] : [];
  });
  const starting = rows.flatMap((r) => r.runs.filter((u) => Math.abs(u.x0 - c.to) <= 0.5));
  return ending.length >= 2 && starting.length >= 2 && Math.min(...ending.map((u) => u.size)) > Math.max(...starting.map((u) => u.size)) * 1.2;
}

/**
 * Whether a line's text ends on x, room or nothing after it, under a line whose text ends short of x
 * and whose next cell starts on x after a word gap, the line's text starting within the text above's
 * (half an em's leeway) and an em and a half under it at most: a cell's wrapped line run up to its edge.
 */
function labelWrap(rows: Row[], x: number): boolean {
  return rows.some((l) => {
    const k = l.runs.findIndex((u) => Math.abs(u.x1 - x) <= 0.05);
    const next = l.runs[k + 1];
    if (k < 0 || (next && next.x0 - l.runs[k]!.x1 < wordGap(l.runs[k]!, next))) return false;
    const start = x - piece(l, x, -1);
    const above = rows.filter((o) => o.bottom <= l.top + 0.5 && o.runs.some((u) => u.x0 < x - 0.1 && u.x1 > start + 0.1)).sort((p, q) => q.bottom - p.bottom)[0];
    if (!above || l.top - above.bottom > Math.max(l.size, above.size) * 1.5) return false;
    const i = above.runs.findIndex((u, j) => j > 0 && Math.abs(u.x0 - x) <= 0.05 && u.x0 - above.runs[j - 1]!.x1 >= wordGap(above.runs[j - 1]!, u));
    if (i < 0) return false;
    const end = above.runs[i - 1]!.x1;
    return start >= end - piece(above, end, -1) - l.size * 0.5 && start < end;
  });
}

/**
 * Glyphs a producer set into the room between two columns at the end of a full line: a digit or a
 * mark run on from the text before it, starting where the column's lines end (three lines or more
 * end there) and ending where the next column's lines start after room (three or more). They cover
 * the gap on their one line and would close it for the whole block: 伊勢崎's year cells by LibreOffice
 * in Noto Serif 12 pt, eight characters a line, `…に調整するため、3` with its 3 from 209.3 to 214.7 pt,
 * where 令和3年度's text starts on the 20 other lines of the row (its four years' text joined as one cell).
 */
export function intoTheRoom(rows: Row[]): Set<TextRun> {
  const out = new Set<TextRun>();
  if (rows.length < 4) return out;
  // (the lines that end, or start, after room at each tenth of a point: asked for every short run)
  const ends = new Map<number, Row[]>();
  const starts = new Map<number, Row[]>();
  const note = (m: Map<number, Row[]>, x: number, r: Row) => {
    const k = Math.round(x * 10);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };
  for (const r of rows) {
    r.runs.forEach((u, k) => {
      const next = r.runs[k + 1];
      const prev = r.runs[k - 1];
      if (!next || next.x0 - u.x1 >= r.size * MIN_CHANNEL_EM) note(ends, u.x1, r);
      if (prev && u.x0 - prev.x1 >= r.size * MIN_CHANNEL_EM) note(starts, u.x0, r);
    });
  }
  // (three other lines or more at x, give or take 0.3 pt)
  const three = (m: Map<number, Row[]>, x: number, r: Row) => {
    const k = Math.round(x * 10);
    let n = 0;
    for (let d = -3; d <= 3; d++) for (const o of m.get(k + d) ?? []) if (o !== r && ++n >= 3) return true;
    return false;
  };
  // (not where the block's runs part at every character: a character is where it falls in the text, set
  // across the room, not into it — 部長目標's 基本方針 / 市民の利|便|性を向上! across the name and goal columns,
  // 便 from where the names end to where the goals start; Noto Serif CJK 13 pt on B5 by Chromium, the 174th)
  if (perCharacter(rows.flatMap((r) => r.runs))) return out;
  for (const r of rows) {
    for (let i = 1; i < r.runs.length; i++) {
      const u = r.runs[i]!;
      if (Math.abs(u.x0 - r.runs[i - 1]!.x1) > SEAM || u.x1 - u.x0 > r.size * 1.1 || !three(ends, u.x0, r) || !three(starts, u.x1, r) || [...u.text.trim()].length > 2) continue;
      out.add(u);
    }
  }
  return out;
}

/**
 * Borders with no room at all, where two cells' lines stand at different heights: LibreOffice sets
 * a cell's first line, its item number set larger, a step lower than the next cell's, and right
 * against its text (刈谷's ①新型コロナワクチンの住民接種 | 健康推進課 at 286 pt, the 8.2 pt text 1.6 pt
 * lower than the 課 name beside it; mincho 10 pt, 25 mm, by LibreOffice). Runs of one size on one
 * line of one cell share a baseline: a run of words that starts where one of words ends, in the same
 * size but a tenth of an em higher or lower, starts another cell. Each line that shows it counts.
 */
/** A border `baselineSteps` found: no room, only half a point either side of the step. */
export const isStep = (g: Gap) => g.to - g.from <= 0.6;

function baselineSteps(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const v = r.runs[i - 1];
      if (!v || Math.abs(u.x0 - v.x1) > SEAM || Math.abs(u.size - v.size) > 0.1 || Math.abs(u.top - v.top) < u.size * 0.1) return;
      if (piece(r, u.x0, 1) < r.size * 2 || piece(r, u.x0, -1) < r.size * 2) return;
      if (gaps.some((g) => u.x0 >= g.from - 0.5 && u.x0 <= g.to + 0.5)) return;
      const at = found.find((g) => Math.abs((g.from + g.to) / 2 - u.x0) <= 0.3);
      if (at) at.straddle++;
      else found.push({ from: u.x0 - 0.25, to: u.x0 + 0.25, straddle: 1 });
    });
  }
  // (no run of the block runs across it)
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Borders with no room at all on the line that fills its cell: a label run up to the text beside
 * it, ending right where that text starts (LibreOffice's unpadded cells: 木更津's 課題解決に向けた
 * 方向性・ ending at 159.502 pt, 早急にし尿等… from 159.5), where the line under or over it leaves
 * room before text starting at that very x (活動内容 … 水道事業計画の…) and no run crosses it.
 * A kanji seam alone is no border (a run split mid-word): the room on another line shows it.
 */
function flushSeams(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const v = r.runs[i - 1];
      if (!v || Math.abs(u.x0 - v.x1) > SEAM || piece(r, u.x0, -1) < r.size * 2) return;
      // (or an item's number there (①: not a ・, which year cells wrap on), its item's next line hanging
      // after room beside a line of the text before it that ends on the number's start, or within an em
      // before it: 刈谷's 組織目標 民間活力の導入によ run up to ① at 173.4 pt, り、市民サービスの under it
      // ending there, し、公園施設を… from 183.2, IPAex Gothic 12 pt, 30 mm; 知識の向上と新たな技術・ up to ①
      // at 161.7, 的に活用でき ending at 158.1 and もに、国、… from 169.9, BIZ UDPMincho 10 pt, 25 mm; by
      // LibreOffice without rules or with horizontal rules only)
      const marks = ITEM_NUMBER.test(u.text.trim()) && rows.some((o) => {
        if (!nextLines(r, o)) return false;
        const k = o.runs.findIndex((w, j) => j > 0 && w.x0 > u.x0 + 0.5 && w.x0 <= u.x1 + r.size);
        const before = o.runs[k - 1];
        return k > 0 && before!.x1 <= u.x0 + 0.3 && before!.x1 >= u.x0 - r.size && o.runs[k]!.x0 - before!.x1 >= o.size * MIN_CHANNEL_EM && Math.abs(before!.x1 - piece(o, before!.x1, -1) - (u.x0 - piece(r, u.x0, -1))) <= r.size * 0.5;
      });
      // (a year's head as short as R7 will do where two other lines start a cell there, after room or
      // with nothing before it: 木更津's R5 / R6 / R8 under 年度, the note beside them run up to R7 at
      // 364.3 pt in 7.5 pt type; IPAex Gothic 11 pt landscape, 12 mm, by LibreOffice without rules)
      const column = rows.filter((o) => o !== r && (Math.abs(o.x0 - u.x0) <= 0.3 || roomBefore(o, u.x0) > 0)).length >= 2;
      if (!marks && piece(r, u.x0, 1) < r.size * 2 && !(column && wordsOn(r, u.x0, 1))) return;
      // (an item's text after its mark is no cell: ・催告に応じない… under the label 伊勢崎's ※取組における
      // runs up to, its next lines hanging under 催, LibreOffice in IPAex)
      // (a 中黒 the text before it runs up to is no item's mark: 刈谷's 知識の向上と新たな技術・ | ①自主的な…,
      // the goal's 技術・手法 wrapped; BIZ UDPMincho 10 pt by LibreOffice)
      if (MARK_ONLY.test(v.text.trim()) && !r.runs.some((w) => w !== v && Math.abs(w.x1 - v.x0) <= SEAM)) return;
      if (gaps.some((g) => u.x0 >= g.from - 0.5 && u.x0 <= g.to + 0.5) || found.some((g) => Math.abs((g.from + g.to) / 2 - u.x0) <= 0.3)) return;
      // (the line right above or under, its cell before the room starting where this line's does:
      // not a list's hanging indent under the label column, 伊勢崎's rows by LibreOffice in IPAex)
      const start = u.x0 - piece(r, u.x0, -1);
      // (or its cell starts at a seam of this line too: every cell of the line run up to the next,
      // 伊勢崎's 更新工事を|更新時期を…|更新時期を… across four year cells, Noto Sans 10.5 pt landscape by LibreOffice)
      const cellFrom = (o: Row, k: number) => (k > 0 ? o.runs[k - 1]!.x1 - piece(o, o.runs[k - 1]!.x1, -1) : NaN);
      const room = rows.some((o) => {
        const k = ledLines(r, o, rows) ? roomBefore(o, u.x0) : -1;
        const from = cellFrom(o, k);
        return k > 0 && (Math.abs(from - start) <= r.size * 0.5 || (from > start && seamsNear(r, from, 0.3).length > 0));
      }) ||
        // (or two lines of the block farther off, a label column whose cells start where this line's
        // does, or hang in from there, and leave room before text at that x: 伊勢崎's 5年後までの目「緋の郷」…
        // run up to the value at 222.8 pt, its next line's 標 (目指すべき only 1.9 pt short of it, 取組項目
        // and 担当部課 above ending 27 pt before it; Noto Sans CJK 12 pt by LibreOffice, cells in 9.7 pt)
        rows.filter((o) => o !== r && cellFrom(o, roomBefore(o, u.x0)) >= start - r.size * 0.5).length >= 2 ||
        // (or a line of the block starts right there, nothing before it, and the text before the seam
        // wraps under its own start: a name run up to the next column's head, that column's cells alone
        // on their lines — 木更津's し尿受入施設設置までの進 | 名称 over 捗率, R5 at 324 pt under 名称, R6 and
        // R7 the blocks under it; Noto Sans CJK 11.5 pt landscape by LibreOffice without rules. Not a hanging
        // indent: its next lines start at the indent, not under the line's start)
        (rows.some((o) => o !== r && Math.abs(o.x0 - u.x0) <= 0.3) && wrapsUnderAt(rows, r, u.x0, true));
      // (or lines under it start right there, nothing before them, in a smaller size than the text
      // that ends on it: a label set larger against a column of its own, 部長目標's 15.2 pt 地域福祉 up
      // to 地域福祉部長 / いのみや たかし / 伊野宮 崇 at 134.8 pt; Noto Serif 12 pt)
      const under = rows.filter((o) => o.top > r.top && Math.abs(o.x0 - u.x0) <= 0.3);
      const larger = under.length >= 2 && v.size > Math.max(...under.flatMap((o) => o.runs.map((w) => w.size))) * 1.2;
      // (the larger label shows its column by itself: its seam is no hole the checks of words on
      // both sides of a channel can measure — 部長目標's 16.4 pt 市民環境 against 市民環境部長 at 136.6 pt,
      // きむらさい and 木村西 from there under it; IPAex Gothic 13 pt by LibreOffice, no rules)
      if (room || larger || marks) found.push({ from: u.x0 - 0.25, to: u.x0 + 0.25, straddle: larger ? 2 : 1 });
    });
  }
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Holes narrower than a word's room, wider than a seam, where two lines or more of the block start their
 * text after the hole at one x, words on both sides and no typed space, one of them wrapping under its
 * start: Writer's unpadded cells, a line of each set up to the cell's edge (伊勢崎's ・管路台帳システ |
 * システム構築等 on three rows, 2.7 pt apart, the item going on ムの構築 under it; Noto Sans CJK 12 pt on B5
 * landscape by LibreOffice without rules — the item and its first year had been one cell).
 */
function alignedHoles(rows: Row[]): Gap[] {
  const holes: { r: Row; from: number; to: number }[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const v = r.runs[i - 1];
      // (not the hole after an item's number or mark, inside its cell: 刈谷's ① | 児童… in 取組内容, LibreOffice)
      // (nor a space the author typed, its glyph drawn in the hole: 刈谷's `市民負担の 少ない`, see typed-spaces.ts)
      if (!v || u.x0 - v.x1 <= SEAM || u.x0 - v.x1 >= wordGap(v, u) || u.typedSpaceBefore === true || typedSpace(v.text.trim(), u.text.trim()) || ITEM_NUMBER.test(v.text.trim().slice(-1)) || MARK_ONLY.test(v.text.trim().slice(-1))) return;
      if (piece(r, v.x1, -1) < r.size * 2 || piece(r, u.x0, 1) < r.size * 2) return;
      holes.push({ r, from: v.x1, to: u.x0 });
    });
  }
  const found: Gap[] = [];
  for (const h of holes) {
    if (found.some((g) => Math.abs(g.to - h.to) <= 0.3)) continue;
    const same = holes.filter((o) => Math.abs(o.to - h.to) <= 0.3);
    // (wrapping under its start, or under its text after a bullet's hang: ・管路台帳システ / ムの構築)
    const wraps = (o: (typeof holes)[number]) => {
      const start = o.from - piece(o.r, o.from, -1);
      const under = lineUnder(rows, o.r, true);
      return !!under && under.runs.some((u) => u.x0 >= start - o.r.size * 0.5 && u.x0 <= start + o.r.size * 1.5) && !under.runs.some((u) => u.x0 < o.to && u.x1 > o.from + 0.1);
    };
    if (new Set(same.map((o) => o.r)).size < 2 || !same.some(wraps)) continue;
    const from = Math.max(...same.map((o) => o.from));
    const to = Math.min(...same.map((o) => o.to));
    if (to > from) found.push({ from, to, straddle: same.length });
  }
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Borders with no room at all where a cell's full line ends: Writer sets an unpadded cell's line up to
 * the cell's edge, and the next column's text starts right there on other lines, after room (刈谷's
 * ②地区防災会等との連携や市民の集まる機会を生 ending at 437.6 pt, its cell going on under its text,
 * where 土木管理課 and 建築課 start; BIZ UDPMincho 12 pt landscape by LibreOffice, an outer frame). The
 * line wraps there, so it is no line of prose that happens to end where a word starts on another.
 */
function edgeSeams(rows: Row[], gaps: Gap[]): Gap[] {
  const found: Gap[] = [];
  for (const r of rows) {
    r.runs.forEach((u, i) => {
      const next = r.runs[i + 1];
      if (next && next.x0 - u.x1 < wordGap(u, next)) return;
      const x = u.x1;
      if (piece(r, x, -1) < r.size * 2 || gaps.some((g) => x >= g.from - 0.5 && x <= g.to + 0.5 && !rawSeam(g, x)) || found.some((g) => Math.abs((g.from + g.to) / 2 - x) <= 0.3)) return;
      const starts = rows.some((o) => o !== r && roomBefore(o, x) > 0 && piece(o, x, 1) > o.size * 1.2);
      if (!starts || !wrapsUnderAt(rows, r, x, true)) return;
      // (its sentence going on there: not one entry of a list over the next, each set to the same
      // width — 世田谷's contents, Ⅱ. 給与費明細書 over Ⅲ. 債務負担行為調書, up to where the 款 names start)
      const under = lineUnder(rows, r, true)!;
      const before = r.runs.filter((w) => w.x1 <= x + 0.1 && w.x0 >= x - piece(r, x, -1) - 0.1).map((w) => w.text).join('').trim();
      const after = under.runs.filter((w) => w.x1 <= x + 0.1).map((w) => w.text).join('').trim();
      if (!ENDS_SENTENCE.test(before) && !STARTS_ITEM.test(after) && !ROMAN_ITEM.test(after)) found.push({ from: x - 0.25, to: x + 0.25, straddle: 1 });
    });
  }
  return found.filter((g) => !rows.some((r) => r.runs.some((u) => u.x0 < g.from - 0.05 && u.x1 > g.to + 0.05)));
}

/**
 * Whether a line parts two cells across the channel and no other hole explains that gap (asked where a half-width
 * space narrows the channel, see halfWidthHole): its text ends before the
 * channel and starts again after it an em or more on, no space glyph drawn there, and no other channel of the block
 * inside that room. Such a line shows the channel a border, whatever a spaced line across it does: 部長目標's
 * 市民環境部長 | 目標, きむらさい | 行かない… and 木村西 | 市税等… (191 to 260.9 pt) over 市民の利便性を向上! 環境対策推進!,
 * the merged 基本方針 cell whose typed space (IPAGothic's half em, 227.8 to 233) is all the channel its line leaves —
 * LibreOffice without rules, the 252nd: the name column had closed and the goals lost their department. A line whose
 * room holds another channel too (刈谷's ービスを提供します。 | 市民課, the 課等 border in it) shows that one.
 */
/** A line's runs either side of the channel: the one ending last before it and the first starting after it. */
function sides(r: Row, c: Gap): { before: TextRun | undefined; after: TextRun | undefined } {
  return { before: r.runs.filter((u) => u.x1 <= c.from + 0.1).sort((a, b) => b.x1 - a.x1)[0], after: r.runs.find((u) => u.x0 >= c.to - 0.1) };
}

/** Whether a line's hole across the channel is a space glyph wider than a word gap: a face's half-width space (see wordGap). */
function halfWidthHole(r: Row, c: Gap): boolean {
  return r.runs.some((u, i) => i > 0 && u.typedSpaceBefore === true && u.x0 >= c.to - 0.1 && r.runs[i - 1]!.x1 <= c.from + 0.1 && u.x0 - r.runs[i - 1]!.x1 >= Math.min(u.size, r.runs[i - 1]!.size) * MIN_CHANNEL_EM);
}

function lonelyCellGap(r: Row, c: Gap, all: readonly Gap[]): boolean {
  const { before, after } = sides(r, c);
  if (!before || !after || after.typedSpaceBefore || after.x0 - before.x1 < r.size) return false;
  return !all.some((g) => g !== c && g.from >= before.x1 - 0.1 && g.to <= after.x0 + 0.1);
}

/** Whether a line's text goes on across the channel through a space glyph drawn in it (typed-spaces.ts). */
function spacedAcross(r: Row, c: Gap): boolean {
  return r.runs.some((u, i) => i > 0 && u.typedSpaceBefore === true && u.x0 >= c.to - 0.1 && r.runs[i - 1]!.x1 <= c.from + 0.1 && u.x0 - r.runs[i - 1]!.x1 < wordGap(r.runs[i - 1]!, u));
}

/**
 * Whether a line shows a gap between cells at the channel (at least a word gap, or any the drawing
 * parts two cells at: drawing-order.ts), with words on both sides (not 取 組 項 目).
 */
function cellGap(r: Row, c: Gap, stacked: ReadonlySet<TextRun> = new Set()): boolean {
  const { before, after } = sides(r, c);
  if (!before || !after || (after.x0 - before.x1 < wordGap(before, after) && !after.drawnApart)) return false;
  return (stacked.has(before) || wordsOn(r, c.from, -1)) && (stacked.has(after) || wordsOn(r, c.to, 1));
}

/**
 * A label set a character or two a line down a narrow column, its lines one under the other at one
 * x and read down together a label the vocabulary knows: 部長目標's 目 / 標 between the names and the
 * goals, gothic 12 pt on B5 by Chromium. Each line is shorter than words, yet a cell: its runs.
 */
function stackedLabel(rows: Row[]): Set<TextRun> {
  const out = new Set<TextRun>();
  const short = (r: Row, u: TextRun) => {
    const k = r.runs.indexOf(u);
    const alone = (k === 0 || u.x0 - r.runs[k - 1]!.x1 >= r.size * MIN_CHANNEL_EM) && (k === r.runs.length - 1 || r.runs[k + 1]!.x0 - u.x1 >= r.size * MIN_CHANNEL_EM);
    return alone && [...u.text.trim()].length >= 1 && [...u.text.trim()].length <= 2;
  };
  rows.forEach((r, i) => {
    for (const u of r.runs) {
      if (out.has(u) || !short(r, u)) continue;
      const chain: TextRun[] = [u];
      for (let j = i + 1; j < rows.length && chain.length < 4; j++) {
        const o = rows[j]!;
        if (o.top - chain.at(-1)!.bottom > u.size * 1.5) break;
        const v = o.runs.find((w) => Math.abs(w.x0 - u.x0) <= 0.5 && Math.abs(w.size - u.size) < 0.2);
        // (a line of another column between, nothing of it under the label, does not end it: 総 務 set 15.2 pt
        // on its own baseline between 目 and 標; BIZ UDPMincho 12 pt on B5 by Chromium)
        if (!v && !o.runs.some((w) => w.x0 < u.x1 && w.x1 > u.x0)) continue;
        if (!v || !short(o, v)) break;
        chain.push(v);
        if (labelRole(chain.map((w) => w.text.trim()).join('')) !== null) for (const w of chain) out.add(w);
      }
    }
  });
  return out;
}

/** A heading's number in Roman numerals (Ⅱ. 給与費明細書). */
const ROMAN_ITEM = /^[Ⅰ-Ⅻ][.．、]/u;
