import type { LexedLine } from '../lex/lexed-line.js';
import { compactKey } from '../lex/lexed-line.js';
import { SpacedNumberMarker } from '../lex/markers/spaced-number.js';
import { cleanText } from '../normalize/clean-text.js';
import { editDistance } from '../normalize/edit-distance.js';
import { stripMarkdownPrefix } from '../normalize/markup.js';
import type { GoalBlocksProfile } from '../profiles/profile-schema.js';
import { Status } from '../records/schema.js';
import { claim, draftRecord, emptyDepartment, type DraftDepartment, type LayoutResult } from './layout-result.js';
import { matchesAny, matchLabel } from './labels.js';

/**
 * 部長目標 結果発表: per department a head, labelled blocks and a goal list with results, written
 * three ways in one file (bucho seed). Every cell and `<p>` is read as a fragment in document
 * order, so the three layouts become one stream:
 *
 *   政 策 経 営 部 | 政策経営部長 かみやま たかし 神山 尚 | 目 標 | 1 … 達成 2 … 達成   (tab row)
 *   市民環境部 | 市民環境部長 きむらさい 木村西 | 目標 ⏎ 行かない市役所…! 達成 …    (labels in cells)
 *   まちづくり部 ⏎ まちづくり部長 ⏎ かねこ ひでゆき ⏎ 金子 秀之 ⏎ … ⏎ - 1 … **達成**   (markdown)
 */
interface Fragment {
  text: string;
  line: number;
  page: number | null;
  /** False for a markdown line that continues the line above (a wrap). */
  newParagraph: boolean;
}

type Slot = 'policy' | 'duties' | 'summary' | 'goals';

interface DeptState {
  dept: DraftDepartment;
  slots: Record<Slot, Fragment[]>;
  pendingHead: 'reading' | 'name' | null;
  /** The head's title as printed (政策経営部長), once read. */
  headTitle: string | null;
  /** A label read glued to the head's title, whose slot opens once the head's name is read. */
  labelAfterHead?: Slot;
}

export function layoutGoalBlocks(lines: LexedLine[], profile: GoalBlocksProfile): LayoutResult {
  const result: LayoutResult = { departments: [], records: [], diagnostics: [], claims: new Map() };
  const headers = profile.runningHeaders.map((p) => new RegExp(p, 'u'));
  const deptName = new RegExp(profile.departmentName, 'u');
  const headTitle = new RegExp(profile.headTitle, 'u');
  // a label of two words may lose its space where a PDF cell wrapped between them (`…着手します！ 着手` /
  // `達成` → `着手達成`: 部長目標 printed in 11 pt gothic by LibreOffice)
  const labels = profile.results.map((r) => r.label.split(/\s+/).map(escape).join('[ \\u3000]*')).join('|');
  // After a goal's ！ a result needs no space after it: a PDF cell's lines join without one
  // (`…行います！ 達成` / `市民が…` → `…行います！ 達成市民が…`); only a rate (達成率) goes on.
  const resultPattern = new RegExp(`(?:^|[ \\u3000]+)(${labels})(?=[ \\u3000]|$)|(?<=[！!。])[ \\u3000]*(${labels})(?![率度])`, 'gu');
  // a numbered goal with its result after its ！ (`1 都市マスタープランの改定を行います！ 達成`, in bold in a
  // markdown extraction)
  const goalLine = new RegExp(`^[0-9０-９]{1,2}[ \\u3000].*[！!][ \\u3000]*(?:\\*\\*)?(?:${labels})(?:\\*\\*)?(?:[ \\u3000]|$)`, 'u');
  const states: DeptState[] = [];
  let cur: DeptState | null = null;
  let slot: Slot | null = null;
  // the text since the last label that went under none, with what was said of it
  let unplaced: { f: Fragment; note: LayoutResult['diagnostics'][number] }[] = [];

  // the second of two labels set against each other in one cell (`基本方針部の仕事`), beside their texts a
  // paragraph each: its slot opens after the first's paragraph (部長目標 in an outer frame by LibreOffice
  // in Noto Serif 15 pt on A4 — 部の仕事's text had been read as 基本方針's, and both as goals)
  let after: Slot | null = null;
  const slotOf = (label: string): Slot => (label === 'dept.goals' ? 'goals' : (label.slice(5) as Slot));
  for (const f of labelsApart(fragments(lines, headers, result), profile)) {
    const key = compactKey(f.text);
    const label = matchLabel(profile.labels, key);
    const pair = label ? null : labelPair(key, profile);
    if ((label && label.startsWith('dept.')) || pair) {
      slot = slotOf(pair ? pair[0] : label!);
      after = pair ? slotOf(pair[1]) : null;
      unplaced = [];
      if (cur) claim(result.claims, f.line, 'department');
      continue;
    }
    if (deptName.test(key) && !headTitle.test(key)) {
      const dept = emptyDepartment(key, f.line);
      result.departments.push(dept);
      cur = { dept, slots: { policy: [], duties: [], summary: [], goals: [] }, pendingHead: null, headTitle: null };
      states.push(cur);
      slot = null;
      unplaced = [];
      claim(result.claims, f.line, 'department');
      continue;
    }
    const words = (cur && cur.headTitle === null && headTitleCut(f.text, headTitle)) || headWords(f.text, headTitle);
    const title = headTitle.test(words[0] ?? '') ? words[0]! : null;
    // The head's title names the department too (政策経営部長 heads 政策経営部). Where the name cell
    // was not read, a second head starts the department; where it was read a few characters wrong,
    // the title's reading is kept. Taught by 部長目標's scanned pages: white names on dark cells,
    // read `政東経営部`, `いき部` (健康いきいき部) or not at all (市民環境部, 地域福祉部).
    if (title !== null && (!cur || cur.headTitle !== null)) {
      const dept = emptyDepartment(title.replace(/長$/u, ''), f.line);
      result.departments.push(dept);
      cur = { dept, slots: { policy: [], duties: [], summary: [], goals: [] }, pendingHead: null, headTitle: null };
      states.push(cur);
      slot = null;
    }
    if (!cur) continue;
    // (the title with the reading glued to it, `子ども未来部長ウタミー`: the head is seen, its name not read)
    if (title === null && cur.headTitle === null && key.startsWith(`${cur.dept.name}長`)) {
      cur.headTitle = `${cur.dept.name}長`;
      claim(result.claims, f.line, 'department');
      // (or a label set against the title, no room between, and the reading after it:
      // `健康いきいき部長目標かわぐち そういち`, 部長目標 with horizontal rules by LibreOffice in Noto Serif
      // 12 pt, the title filling its cell: the label's slot opens after the head's name)
      const after = gluedLabel(f.text, cur.headTitle, profile);
      if (after) {
        cur.labelAfterHead = after.slot;
        const reading = after.rest.split(/[ \u3000]+/).filter((w) => w && isKana(w));
        cur.dept.headReading = reading.length ? reading.join(' ') : null;
        cur.pendingHead = reading.length ? 'name' : 'reading';
      }
      continue;
    }
    if (title !== null && cur.headTitle === null) {
      cur.headTitle = title;
      const named = title.replace(/長$/u, '');
      if (named !== cur.dept.name && nearlySame(named, cur.dept.name)) cur.dept.name = named;
      // (kept for a name cell OCR read all wrong: language/ocr-department-names.ts)
      cur.dept.headTitle = title;
      // (a label the profile knows after the title: the label's cell read into the head's where the page
      // broke the panel after its first line — 健康いきいき部長 目標 over かわぐち そういち / 川口 荘一 on the
      // next page, 部長目標 in Noto Serif 13 pt by LibreOffice with horizontal rules)
      const glued = gluedLabel(f.text, title, profile);
      if (glued) cur.labelAfterHead = glued.slot;
      const rest = glued ? glued.rest.split(/[ \u3000]+/).filter((w) => w !== '').flatMap(splitReading) : words.slice(1);
      const reading = rest.filter((w) => isKana(w));
      // (no head's name is Latin letters or katakana alone: they are its reading misread)
      const name = rest.filter((w) => !isKana(w) && !/^[\u30a1-\u30ffA-Za-z]+$/u.test(w));
      cur.dept.headReading = reading.length ? reading.join(' ') : null;
      cur.dept.head = name.length ? name.join(' ') : null;
      cur.pendingHead = reading.length ? (name.length ? null : 'name') : 'reading';
      if (!cur.pendingHead && cur.labelAfterHead) slot = cur.labelAfterHead;
      claim(result.claims, f.line, 'department');
      continue;
    }
    if (cur.pendingHead) {
      // Title, reading and name on separate lines (markdown layout).
      const parts = words.flatMap(splitReading);
      const kana = parts.findIndex((w) => !isKana(w));
      if (cur.pendingHead === 'reading' && kana !== 0) {
        // the reading, and the name when it wrapped onto the same line (`やぶき ゆういち矢吹 勇一`)
        const reading = kana < 0 ? parts : parts.slice(0, kana);
        cur.dept.headReading = reading.join(' ');
        cur.dept.head = kana < 0 ? null : parts.slice(kana).join(' ');
        cur.pendingHead = kana < 0 ? 'name' : null;
        claim(result.claims, f.line, 'department');
        continue;
      }
      // (a label read into the head's cell before its reading, nothing under it yet, leaves the reading
      // and the name the head's; and a line of kana alone while the name is awaited is the rest of the
      // reading the cell wrapped — `総務部長 / 目標 / やぶき ゆうい / ち / 矢吹 勇一`, the vertical 目標 set in the
      // head's column, 部長目標 framed by Chromium in IPAex Mincho 11 pt, the panel broken by the page)
      const awaited = !slot || cur.slots[slot].length === 0;
      if (cur.pendingHead === 'name' && awaited && kana < 0 && cur.dept.headReading) {
        cur.dept.headReading += parts.join('');
        claim(result.claims, f.line, 'department');
        continue;
      }
      // (a name, not a goal's text: where the label came glued to the title, a broken panel's next cell
      // may be its goals — 部長目標 framed by LibreOffice in Noto Serif 13 pt, 地域包括ケアシステム(認知
      // 症施策等)を推進します！ 達 after 健康いきいき部長 目標 かわぐち そういち; the label is then none)
      if (cur.pendingHead === 'name' && awaited && cur.labelAfterHead && !NAME_LIKE.test(words.join(''))) {
        cur.labelAfterHead = undefined;
        cur.pendingHead = null;
      }
      // (nor is a numbered goal with its result: the label set before the goals in the cell beside the
      // head's, the name comes after them, on the next page — 部長目標 by Chromium in BIZ UDPMincho 14 pt,
      // 総務部長 やぶき ゆういち | 目標 1 職員の…！ 達成 at a page's foot, 矢吹 勇一 heading the next; the
      // name, a word or two of letters alone, is still the head's once goals are read)
      const goal = goalLine.test(mendResults(cleanText(f.text), profile));
      if (cur.pendingHead === 'name' && !goal && (awaited || (slot === 'goals' && PERSON_NAME.test(f.text.trim()) && key.length >= 2))) {
        cur.dept.head = words.join(' ');
        cur.pendingHead = null;
        claim(result.claims, f.line, 'department');
        if (cur.labelAfterHead) slot = cur.labelAfterHead;
        continue;
      }
      if (!(cur.pendingHead === 'name' && goal && slot === 'goals')) cur.pendingHead = null;
    }
    // The goal list known by its lines where its label was misread (`目炊。` for 目標: まちづくり部 on
    // 部長目標's scanned page 4): numbered goals with their results go on as goals.
    // So are the goals before it, numbered from 1 on up to it, whose results the page did not give
    // either (総務部 on 部長目標 by Chromium scanned at JPEG 90, p1: 目標 read `上慰`, goals 1 and 3 without
    // their 達成 badges, 2's on its wrap, 4 `…再構築します！ 達成` the first goal line).
    // Or goals 1, 2 … each ended by its ！, in one cell or one by one, whatever stands after the ！
    // (their label and their badges both unread: まちづくり部 on 部長目標 by Chromium painted in black
    // and white by Ghostscript, p4 — `1 都市マスタープランの改定を行います！喪) 2 …！民吉) 3 …` in a row
    // whose label cell was read empty).
    const clean = mendResults(cleanText(f.text), profile);
    const run = slot !== 'goals' && !goalLine.test(clean) ? goalRun(clean) : null;
    const runBefore = run && run.first >= 2 && slot ? cur.slots[slot] : [];
    const runFrom = runBefore.map((u) => goalNumber(u.text)).lastIndexOf(1);
    const ranOn = runFrom >= 0 && goalsUpTo(runBefore.slice(runFrom).map((u) => u.text), run!.first) && runBefore.slice(runFrom).every((u) => goalNumber(u.text) === null || goalRun(cleanText(u.text)) !== null);
    if (slot !== 'goals' && (goalLine.test(clean) || (run?.first === 1 && run.starts.length >= 2) || ranOn)) {
      // (or the end of the slot before, where the misread label was read into that slot's label cell:
      // 総括 / `MM` for 目標, まちづくり部 on 部長目標 scanned in black and white by Chromium — goal 1,
      // its badge unread, had gone on the 総括's text)
      const before = slot ? cur.slots[slot] : [];
      const from = before.map((u) => goalNumber(u.text)).lastIndexOf(1);
      if (from >= 0 && goalsUpTo(before.slice(from).map((u) => u.text), goalNumber(f.text))) {
        for (const u of before.splice(from)) {
          cur.slots.goals.push(u);
          claim(result.claims, u.line, 'record');
        }
      }
      slot = 'goals';
      // (after the misread label itself, a word or two, which stays unplaced)
      const first = unplaced.findIndex((u) => goalNumber(u.f.text) !== null);
      const goals = first >= 0 && unplaced.slice(0, first).every((u) => [...compactKey(u.f.text)].length <= LABEL_MISREAD) ? unplaced.slice(first) : [];
      if (goalsUpTo(goals.map((u) => u.f.text), goalNumber(f.text))) {
        for (const u of goals) {
          cur.slots.goals.push(u.f);
          claim(result.claims, u.f.line, 'record');
        }
        const said = new Set(goals.map((u) => u.note));
        result.diagnostics = result.diagnostics.filter((d) => !said.has(d));
      }
      unplaced = [];
    }
    if (slot) {
      cur.slots[slot].push(f);
      claim(result.claims, f.line, slot === 'goals' ? 'record' : 'department');
      if (after) [slot, after] = [after, null];
    } else {
      const note = { level: 'warning' as const, code: 'layout/unplaced-text', message: `text under no label of ${cur.dept.name}: "${cleanText(f.text).slice(0, 40)}"`, line: f.line, page: f.page };
      result.diagnostics.push(note);
      unplaced.push({ f, note });
    }
  }

  for (const s of states) {
    s.dept.policy = paragraphs(s.slots.policy);
    s.dept.duties = paragraphs(s.slots.duties);
    s.dept.summary = paragraphs(s.slots.summary);
    readGoals(s, profile, resultPattern, result);
  }
  return result;
}

/** The longest a label's misreading may be (目標 read `上慰`, `目炊。`). */
const LABEL_MISREAD = 4;

/** A goal's number where its text opens with one and a space (`4 庁舎ネットワーク…`), as readGoals reads it, else null. */
const goalNumber = (text: string): number | null => SpacedNumberMarker.match(text)?.value ?? null;

/** A number as written in ASCII or full-width digits. */
const eitherWidth = (n: number) => `(?:${n}|${String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)))})`;

/**
 * The goals a text holds as a numbered run: the first's number and where each goal starts, each
 * goal's number after the ！ that ends the goal before it and whatever was read there (a badge
 * OCR could not read, a few characters), every goal ending at a ！ of its own. Null where the text
 * opens with no number or a goal has no ！ (a number in prose, `小学 5 年生…`, starts no goal).
 */
function goalRun(text: string): { first: number; starts: number[] } | null {
  const first = goalNumber(text);
  if (first === null) return null;
  const starts = [0];
  for (;;) {
    const at = starts.at(-1)!;
    const bang = text.slice(at).search(/[！!]/u);
    if (bang < 0) return null;
    const next = new RegExp(`^[！!][^ \\u3000]{0,${LABEL_MISREAD + 2}}[ \\u3000]+(?=${eitherWidth(first + starts.length)}[ \\u3000])`, 'u').exec(text.slice(at + bang));
    if (!next) return { first, starts };
    starts.push(at + bang + next[0].length);
  }
}

/** A text of goals run on in one line cut into its goals (goalRun), or as it is. */
function goalsOf(text: string): string[] {
  const run = goalRun(text);
  if (!run || run.starts.length < 2) return [text];
  return run.starts.map((at, i) => text.slice(at, run.starts[i + 1]));
}

/**
 * Whether texts are the goals 1 … n−1 before goal n: the first numbered 1, each numbered one the
 * next, the last n−1, and what stands unnumbered between them the wrap of the one above.
 */
function goalsUpTo(texts: readonly string[], n: number | null): boolean {
  if (n === null || n < 2 || texts.length === 0 || goalNumber(texts[0]!) !== 1) return false;
  let last = 0;
  for (const t of texts) {
    const k = goalNumber(t);
    if (k === null) continue;
    if (k !== last + 1) return false;
    last = k;
  }
  return last === n - 1;
}

/**
 * A fragment that opens with a department's label the profile knows, a space, then its text (`基本方針
 * 地域の実情を踏まえた福祉施策を実施！`, `部の仕事 地域福祉部は…`): the label and the text, as two fragments.
 * A print whose label column the text's gaps did not part sets them so, in one cell of paragraphs
 * (部長目標 in an outer frame by Chromium in IPAex Gothic 16 pt on B5, and by LibreOffice in Noto Serif
 * 15 pt on A4: they had been read as more goals of the department).
 */
/** Two department labels the profile knows, set against each other with no room (`基本方針部の仕事`), else null. */
function labelPair(key: string, profile: GoalBlocksProfile): [string, string] | null {
  const chars = [...key];
  if (chars.length > 12) return null;
  for (let k = 2; k <= chars.length - 2; k++) {
    const a = matchLabel(profile.labels, chars.slice(0, k).join(''));
    const b = matchLabel(profile.labels, chars.slice(k).join(''));
    if (a?.startsWith('dept.') && b?.startsWith('dept.') && a !== b) return [a, b];
  }
  return null;
}

function* labelsApart(fs: Iterable<Fragment>, profile: GoalBlocksProfile): Generator<Fragment> {
  for (const f of fs) {
    const m = /^(\S{2,8})[ \u3000]+(\S.*)$/su.exec(f.text);
    const label = m ? matchLabel(profile.labels, compactKey(m[1]!)) : null;
    if (!m || !label?.startsWith('dept.') || matchLabel(profile.labels, compactKey(f.text))) {
      yield f;
      continue;
    }
    yield { ...f, text: m[1]! };
    yield { ...f, text: m[2]!, newParagraph: true };
  }
}

function* fragments(lines: LexedLine[], headers: RegExp[], result: LayoutResult): Generator<Fragment> {
  let prevBlank = true;
  for (const l of lines) {
    if (l.blank) {
      prevBlank = true;
      continue;
    }
    if (matchesAny(headers, l.key)) {
      claim(result.claims, l.no, 'header');
      prevBlank = true;
      continue;
    }
    const tabbed = l.cells.length > 1;
    let first = true;
    for (const cell of l.cells) {
      for (const part of cell.split('\n')) {
        const md = stripMarkdownPrefix(part.trim());
        const text = md.text.trim();
        if (!text) continue;
        // A markdown line right under another (no blank line) continues its paragraph.
        const newParagraph = tabbed || !first || prevBlank || md.listItem || md.heading > 0;
        yield { text, line: l.no, page: l.page, newParagraph };
        first = false;
      }
    }
    prevBlank = false;
  }
}

function paragraphs(fs: Fragment[]): string | null {
  if (fs.length === 0) return null;
  let out = '';
  for (const f of fs) out += out === '' ? f.text : f.newParagraph ? `\n${f.text}` : f.text;
  return cleanText(out) || null;
}

function readGoals(s: DeptState, profile: GoalBlocksProfile, resultPattern: RegExp, result: LayoutResult): void {
  const fs = s.slots.goals;
  if (fs.length === 0) {
    result.diagnostics.push({ level: 'warning', code: 'layout/no-goals', message: `department ${s.dept.name} lists no goals`, line: s.dept.line, page: null });
    return;
  }
  // Goals run on in one cell (`1 … 達成 2 … 達成`) or one per line: cut after each result.
  const pieces: { text: string; label: string | null; line: number; page: number | null }[] = [];
  for (const f of wrappedGoalsJoined(fs, profile, resultPattern)) {
    let last = 0;
    const text = mendResults(f.text, profile);
    for (const m of text.matchAll(resultPattern)) {
      const written = (m[1] ?? m[2])!.replace(/[ \u3000]+/g, '');
      const label = profile.results.find((r) => r.label.replace(/\s+/g, '') === written)?.label ?? written;
      const goal = text.slice(last, m.index);
      const open = pieces.at(-1);
      // A result wrapped onto a line of its own belongs to the goal above it.
      if (!goal.trim() && open && open.label === null) open.label = label;
      else {
        // (goals before it whose results were not read end at their ！s: the result is the last one's)
        const goals = goalsOf(goal);
        goals.forEach((g, i) => pieces.push({ text: g, label: i === goals.length - 1 ? label : null, line: f.line, page: f.page }));
      }
      last = (m.index ?? 0) + m[0].length;
    }
    const tail = text.slice(last).trim();
    if (tail) for (const g of goalsOf(tail)) pieces.push({ text: g, label: null, line: f.line, page: f.page });
  }
  let position = 0;
  for (const p of pieces) {
    const text = p.text.trim();
    if (!text) continue;
    // a mark alone (a speck OCR read as 、, a box's edge read as ーー) is no goal, nor is one letter
    // (a framed 達成 badge wrapped onto a line of its own, read by OCR as one glyph: `し`, `図` — 部長目標
    // by LibreOffice painted by poppler): said, not counted
    const letters = text.match(/(?!ー)[\p{L}\p{N}]/gu)?.length ?? 0;
    if (letters < 2) {
      const why = letters === 0 ? 'holds no letter' : 'is one letter';
      result.diagnostics.push({ level: 'warning', code: 'layout/unplaced-text', message: `"${text}" among the goals of ${s.dept.name} ${why}: not read as a goal`, line: p.line, page: p.page });
      continue;
    }
    position++;
    const numbered = SpacedNumberMarker.match(text);
    const number = numbered?.value ?? position;
    const title = cleanText(numbered ? numbered.rest : text);
    const status = p.label ? profile.results.find((r) => r.label === p.label)?.status : undefined;
    if (!p.label) {
      result.diagnostics.push({ level: 'warning', code: 'layout/goal-without-result', message: `goal "${title.slice(0, 30)}" of ${s.dept.name} has no result after it`, line: p.line, page: p.page });
    }
    result.records.push(
      draftRecord({
        department: s.dept.name,
        number,
        title,
        result: p.label && status ? { label: p.label, status: Status.parse(status) } : null,
        line: p.line,
        page: p.page,
      }),
    );
  }
}

/**
 * A goal the reader parted where its line wrapped, read as two paragraphs of the cell (部長目標's
 * scan at JPEG quality 95: `7 公共施設の再配置計画策定に着手し、…財政分析を実施` / `します！達成`):
 * a paragraph that opens with no number, in the same cell or under it with no break (a text
 * extraction's wrapped list item), goes on with the numbered one before it when that one neither
 * ended its sentence (！ ! 。) nor got its result.
 */
function wrappedGoalsJoined(fs: readonly Fragment[], profile: GoalBlocksProfile, resultPattern: RegExp): Fragment[] {
  const out: Fragment[] = [];
  for (const f of fs) {
    const prev = out.at(-1);
    // (the last goal of a cell that holds goals with their results: 部長目標's 目標 | 1 清原中央公園… 達成 2 オンライン英会話…
    // 充実さ at page 22's foot, せます！ / 達成 at page 23's head — Noto Sans CJK 15 pt on letter paper by LibreOffice
    // without rules, the 181st: read apart, せます！ had been a goal of its own)
    const text = prev ? mendResults(prev.text, profile) : '';
    const ends = [...text.matchAll(resultPattern)].map((m) => (m.index ?? 0) + m[0].length);
    const before = text.slice(ends.at(-1) ?? 0).trim();
    const open = prev !== undefined && SpacedNumberMarker.match(before) !== null && !/[！!。]$/u.test(before);
    // (a new paragraph goes on the goal too where the page broke it: the next page's first line)
    const broken = prev !== undefined && prev.page !== null && f.page !== null && f.page > prev.page;
    if (open && (prev.line === f.line || !f.newParagraph || broken) && SpacedNumberMarker.match(f.text.trim()) === null) out[out.length - 1] = { ...prev, text: prev.text + f.text };
    else out.push(f);
  }
  return out;
}

/**
 * A label the profile knows set right after the head's title in one run (`…部長目標かわぐち…`), and
 * the text after it; null where none follows the title.
 */
function gluedLabel(text: string, title: string, profile: GoalBlocksProfile): { slot: Slot; rest: string } | null {
  const head = new RegExp(`^[ \u3000]*${[...title].map(escape).join('[ \u3000]*')}`, 'u').exec(text);
  if (!head) return null;
  const rest = text.slice(head[0].length);
  for (let n = Math.min(8, rest.length); n >= 1; n--) {
    const label = matchLabel(profile.labels, compactKey(rest.slice(0, n)));
    if (label?.startsWith('dept.')) return { slot: label === 'dept.goals' ? 'goals' : (label.slice(5) as Slot), rest: rest.slice(n).trim() };
  }
  return null;
}

/**
 * A result badge OCR read one character wrong, or with its frame's edge as a bracket, put back as
 * printed: a word after a goal's ！ (`…開始します! 運成`, `…策定します!(達成`: 部長目標's scanned
 * pages, whose badges are framed boxes; the frame's side read as a bar, `…導入します!|其成`, where the
 * page was scanned in black and white, or as any bracket, `【層成}`, `〔夢成}`). Only a word of a
 * label's length, one character from one label and no other.
 */
function mendResults(text: string, profile: GoalBlocksProfile): string {
  return text.replace(/([！!])[ \u3000]*[(（[【〔『「{|｜]?([^\s(（[【〔『「{)）\]】〕』」}|｜]{2,4})[)）\]】〕』」}|｜]?(?=[ \u3000]|$)/gu, (all, bang: string, word: string) => {
    const near = profile.results.filter((r) => {
      const label = r.label.replace(/\s+/g, '');
      return label.length === word.length && editDistance(label, word) <= 1;
    });
    return near.length === 1 ? `${bang} ${near[0]!.label}` : all;
  });
}

/**
 * A name read a few characters wrong: part of the other, or one character in three apart at most (総務部 is not 教育部),
 * or one in two where the last two characters agree (子ども未来部 white on a dark cell read `とも木来部`, 部長目標 by
 * LibreOffice scanned 0.8° askew; 市民環境部 is not 市民活動部).
 */
function nearlySame(a: string, b: string): boolean {
  if (a.length > 1 && b.length > 1 && (a.endsWith(b) || b.endsWith(a) || a.startsWith(b) || b.startsWith(a))) return true;
  const d = editDistance(a, b);
  return d <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3)) || (a.length > 2 && a.slice(-2) === b.slice(-2) && d <= Math.floor(Math.max(a.length, b.length) / 2));
}

/** A person's name as a head's cell prints it: family and given name, kanji or kana, a space between or none. */
const PERSON_NAME = /^[\p{sc=Han}々ヶ\p{sc=Hiragana}\p{sc=Katakana}ー]{1,6}(?:[ \u3000]+[\p{sc=Han}々ヶ\p{sc=Hiragana}\p{sc=Katakana}ー]{1,6})?$/u;

/** A person's name as a head's cell prints it: a few letters, no sentence's marks. */
const NAME_LIKE = /^[^。、！!？?（）()「」]{1,12}$/u;

/**
 * The words of a line, and of a head line whose spaces were lost (`政策経営部長かみやま たかし神山 尚`,
 * a PDF cell where the title, reading and name wrapped at those spaces): split after the title
 * and where the kana reading meets the kanji name.
 */
function headWords(text: string, headTitle: RegExp): string[] {
  const words = text.trim().split(/[ \u3000]+/);
  if (headTitle.test(words[0] ?? '')) return words;
  // (or by katakana or Latin letters, a reading OCR misread: `子ども未来部長Sg 志村明子`, `…部長ウタトー`,
  // 部長目標 scanned 0.4° and 1° askew)
  const [title, ...rest] = words.flatMap((w) => w.split(/(?<=長)(?=[\u3041-\u309f\u30a1-\u30faA-Za-z])/u));
  return headTitle.test(title ?? '') ? [title!, ...rest.flatMap(splitReading)] : words;
}

/**
 * A department's head line whose title lost its 長 to the next cell, the reading and the name
 * straight after the 部 and nothing else (`健康いきいき部かわぐちそういち川壮一` over `長"`: 部長目標
 * scanned in black and white by Chromium, the 長 read into the goals' cell): the title with its 長,
 * then the reading and the name. Asked only of a department whose head is not yet seen.
 */
function headTitleCut(text: string, headTitle: RegExp): string[] | null {
  const m = /^(\S{1,12}?部)[ \u3000]*([\u3041-\u309f]{2,}(?:[ \u3000][\u3041-\u309f]+)?)[ \u3000]*([\u4e00-\u9fff々]{1,4}(?:[ \u3000]?[\u4e00-\u9fff々]{1,4})?)$/u.exec(text.trim());
  return m && headTitle.test(`${m[1]}長`) ? [`${m[1]}長`, ...m[2]!.split(/[ \u3000]+/), m[3]!] : null;
}

/** `たかし神山` → `たかし`, `神山`: a kana reading runs into the kanji name it reads. */
function splitReading(w: string): string[] {
  return w.split(/(?<=[\u3041-\u309fー])(?=[\u4e00-\u9fff々])/u);
}

function isKana(w: string): boolean {
  return /^[\u3041-\u309fー]+$/.test(w);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
