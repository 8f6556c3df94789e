import { findEraYears } from '../../vocabulary/era-year.js';
import type { LexedLine } from '../../lex/lexed-line.js';
import { cleanText } from '../../normalize/clean-text.js';
import type { Indicator } from '../../records/schema.js';
import { labelRole } from '../../vocabulary/index.js';
import { claim, draftRecord, type DraftRecord, type LayoutResult } from '../layout-result.js';
import { displayWidth, typicalFullWidth } from '../paragraphs.js';
import { figureOf, targetFigure, yearHeader } from './year-tables.js';

/**
 * Numbered plans without a profile (総合計画, 総合戦略, 実施計画, 行動計画): the numbering is a
 * hierarchy. A numbering style's level is the order in which styles first appear (基本目標１ →
 * 施策１-① → (1) → ①), as a reader of an outline takes it; a style met again closes every deeper
 * level. One record per lowest item, its headings as categoryPath; an item never runs past the
 * next numbered line or a page's running text. A KPI table (指標 | 現状値 | 目標値) beside an item
 * gives its indicators.
 */
interface Numbered {
  style: string;
  number: number | null;
  /** The marker as printed, kept in categoryPath (`施策１-①`). */
  marker: string;
  text: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const KANA = 'アイウエオカキクケコサシスセソタチツテト';
const LABELLED = /^(基本目標|基本方針|基本施策|施策の方向|施策|政策|重点施策|重点目標|重点項目|重点取組|重点事業|主要事業|主要施策|取組方針|取組項目|推進項目|実施項目|取組|方針|戦略|プロジェクト|テーマ|目標)\s*([0-9０-９]+(?:\s*[-－‐ー―]\s*(?:[0-9０-９]+|[①-⑳]))*|[①-⑳]|[一二三四五六七八九十]+)\s*[:：.．、]?\s*(.*)$/u;

/**
 * A heading's number inside its box or after a mark: `【第１章 健やかに…】`, `【重点取組１】空き家…`,
 * `■基本目標1 子育て` (Word and Excel headings set off so, 評価結果一覧表 and マニフェスト alike).
 */
function undecorated(t: string): string {
  const bare = t.replace(/^[■□◆◇▼▽▶▷]\s*/u, '');
  const boxed = /^[【［\[]([^】］\]]+)[】］\]]\s*(.*)$/u.exec(bare);
  return boxed ? `${boxed[1]!.trim()} ${boxed[2]!}`.trim() : bare;
}

function toInt(s: string): number | null {
  const c = CIRCLED.indexOf(s);
  if (c >= 0) return c + 1;
  const k = '一二三四五六七八九十'.indexOf(s);
  if (k >= 0) return k + 1;
  const n = Number(s.normalize('NFKC'));
  return Number.isFinite(n) ? n : null;
}

export function numberedLine(text: string): Numbered | null {
  const t = undecorated(text.trim());
  let m = LABELLED.exec(t);
  if (m) {
    const parts = m[2]!.split(/\s*[-－‐ー―]\s*/u);
    return { style: `label:${m[1]}:${parts.length}`, number: toInt(parts.at(-1)!), marker: `${m[1]}${m[2]}`, text: m[3]! };
  }
  if ((m = /^第([0-9０-９一二三四五六七八九十]+)([章節部編])\s*(.*)$/u.exec(t))) return { style: `chapter:${m[2]}`, number: toInt(m[1]!), marker: `第${m[1]}${m[2]}`, text: m[3]! };
  if ((m = /^([0-9０-９]{1,2})[-－‐ー]([0-9０-９]{1,2}|[①-⑳])(?:[-－‐ー]([0-9０-９]{1,2}))?[\s\u3000]+(\S.*)$/u.exec(t))) {
    const depth = m[3] ? 3 : 2;
    return { style: `compound:${depth}`, number: toInt((m[3] ?? m[2])!), marker: t.slice(0, t.length - m[4]!.length).trim(), text: m[4]! };
  }
  if ((m = /^[（(]([0-9０-９]{1,2})[)）][\s\u3000]*(\S.*)$/u.exec(t)) || (m = /^([⑴-⒇])[\s\u3000]*(\S.*)$/u.exec(t))) {
    const n = /[⑴-⒇]/u.test(m[1]!) ? m[1]!.charCodeAt(0) - 0x2474 + 1 : toInt(m[1]!);
    return { style: 'paren', number: n, marker: t.slice(0, t.length - m[2]!.length).trim(), text: m[2]! };
  }
  if ((m = /^([①-⑳])[\s\u3000]*(\S.*)$/u.exec(t))) return { style: 'circled', number: toInt(m[1]!), marker: m[1]!, text: m[2]! };
  if ((m = /^([0-9０-９]{1,2})[.．、](?![0-9０-９])[\s\u3000]*(\S.*)$/u.exec(t))) return { style: 'dotted', number: toInt(m[1]!), marker: `${m[1]}.`, text: m[2]! };
  // (a figure and its counter, `4 人`, `3 件の…`, is no number of a heading; `4 人財の育成…` is: 伊勢崎's 目次)
  if ((m = /^([0-9０-９]{1,2})[\s\u3000]+(\S.*)$/u.exec(t)) && !/^[年月日%％人件回](?:$|[^\p{Script=Han}]|以上|以下|未満|程度)/u.test(m[2]!)) return { style: 'spaced', number: toInt(m[1]!), marker: m[1]!, text: m[2]! };
  if ((m = new RegExp(`^[（(]([${KANA}])[)）][\\s\\u3000]*(\\S.*)$`, 'u').exec(t))) return { style: 'paren-kana', number: KANA.indexOf(m[1]!) + 1, marker: `(${m[1]})`, text: m[2]! };
  if ((m = new RegExp(`^([${KANA}])[\\s\\u3000.．、]+(\\S.*)$`, 'u').exec(t))) return { style: 'kana', number: KANA.indexOf(m[1]!) + 1, marker: m[1]!, text: m[2]! };
  return null;
}

interface Node {
  level: number;
  numbered: Numbered;
  line: LexedLine;
  body: LexedLine[];
  tables: LexedLine[][];
  children: Node[];
}

/** Does the document number its items under numbered headings? (at least two styles) */
export function hasOutline(lines: readonly LexedLine[]): boolean {
  const styles = new Set<string>();
  for (const l of lines) {
    if (l.blank || l.cells.filter((c) => c.trim()).length > 1) continue;
    const n = numberedLine(l.text);
    if (n) styles.add(n.style);
  }
  return styles.size >= 2;
}

const PAGE_NUMBER = /^[-－–—‐―ー\s]*[0-9０-９]+[-－–—‐―ー\s]*$|^[0-9０-９]+\s*[/／]\s*[0-9０-９]+$/u;

export function layoutOutline(lines: readonly LexedLine[], result: LayoutResult, documentYear: number | null): void {
  const text = lines.filter((l) => !l.blank);
  // running text of a text extraction: page numbers, and a short line repeated on many pages
  const repeats = new Map<string, number>();
  for (const l of text) repeats.set(l.key, (repeats.get(l.key) ?? 0) + 1);
  // a repeated line beside a page number is a running header even on a two-page document
  const besidePageNumber = new Set<number>();
  text.forEach((l, i) => {
    if (PAGE_NUMBER.test(l.text)) [text[i - 1], text[i + 1]].forEach((n) => n && besidePageNumber.add(n.no));
  });
  const running = (l: LexedLine) =>
    PAGE_NUMBER.test(l.text) ||
    // a table's header row repeats too (KPI | 現状値 | 目標値): only a line of one cell runs
    ((repeats.get(l.key) ?? 0) >= (besidePageNumber.has(l.no) ? 2 : 3) && l.key.length <= 40 && !numberedLine(l.text) && l.cells.filter((c) => c.trim()).length <= 1);
  const fullWidth = typicalFullWidth(text.map((l) => l.text));

  // a style takes its level where it first appears: under the innermost open item (総合戦略:
  // （１） under 基本目標２ sits where 施策１-① sat under 基本目標１)
  const levels = new Map<string, number>();
  const roots: Node[] = [];
  const stack: Node[] = [];
  let table: LexedLine[] | null = null;
  for (const l of text) {
    if (running(l)) {
      claim(result.claims, l.no, 'header');
      continue;
    }
    const filled = l.cells.filter((c) => c.trim() !== '');
    if (filled.length > 1) {
      const owner = stack.at(-1);
      if (!owner) continue;
      const last = owner.tables.at(-1)?.at(-1) ?? owner.body.at(-1) ?? owner.line;
      if (l.page !== null && last.page !== null && l.page - last.page > 1) continue;
      if (!table) owner.tables.push((table = []));
      table.push(l);
      continue;
    }
    table = null;
    const n = numberedLine(l.text);
    if (!n) {
      // an item goes on to the next page at most: text pages later is not its (a table of page 5
      // is no part of an item of page 1); it stays unplaced and is reported
      const owner = stack.at(-1);
      const last = owner ? (owner.body.at(-1) ?? owner.line) : null;
      if (owner && !(l.page !== null && last!.page !== null && l.page - last!.page > 1)) owner.body.push(l);
      continue;
    }
    let level = levels.get(n.style);
    if (level === undefined) {
      level = stack.length > 0 ? stack.at(-1)!.level + 1 : 0;
      levels.set(n.style, level);
    }
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
    const node: Node = { level, numbered: n, line: l, body: [], tables: [], children: [] };
    if (stack.length > 0) stack.at(-1)!.children.push(node);
    else roots.push(node);
    stack.push(node);
  }

  const visit = (node: Node, path: string[]) => {
    const heading = `${node.numbered.marker} ${cleanText(node.numbered.text)}`;
    if (node.children.length > 0) {
      claim(result.claims, node.line.no, 'category');
      for (const b of node.body) claim(result.claims, b.no, 'category');
      // a KPI table under a heading, after its items: the indicators of its last item
      const lastLeaf = (n: Node): Node => (n.children.length ? lastLeaf(n.children.at(-1)!) : n);
      if (node.tables.length) lastLeaf(node).tables.push(...node.tables);
      for (const c of node.children) visit(c, [...path, heading]);
      return;
    }
    result.records.push(leafRecord(node, path, documentYear, result, fullWidth));
  };
  for (const r of roots) visit(r, []);
}

function leafRecord(node: Node, path: string[], documentYear: number | null, result: LayoutResult, fullWidth: number): DraftRecord {
  const { numbered, line } = node;
  // the item's own line, and its wrapped continuation while the sentence goes on
  const titleParts = [numbered.text];
  let i = 0;
  // a line as wide as the page wrapped: the item's name goes on; a shorter one ended it
  while (i < node.body.length && !/[。．]$/.test(titleParts.at(-1)!.trim()) && displayWidth((node.body[i - 1] ?? line).text) >= fullWidth * 0.85 && !startsOwnSentence(node.body[i]!)) {
    titleParts.push(node.body[i]!.text);
    i++;
  }
  const rest = node.body.slice(i);
  const record = draftRecord({
    title: cleanText(titleParts.join('')),
    number: numbered.number,
    categoryPath: path,
    line: line.no,
    page: line.page,
    recognisedAs: 'numbered-item',
  });
  if (rest.length) record.fields.content = paragraphsOf(rest, fullWidth);
  // a KPI table is the item's; another table under it is left unplaced (and reported)
  const kpis = node.tables.filter((t) => {
    const found = kpiTable(t, documentYear);
    record.indicators.push(...found);
    return found.length > 0;
  });
  const doubt = doubtAbout(record.title, numbered.number);
  if (doubt) {
    record.clean = false;
    result.diagnostics.push({ level: 'warning', code: doubt.code, message: `item ${numbered.marker}: ${doubt.why}: "${record.title.slice(0, 40)}…"`, line: line.no, page: line.page });
    return record;
  }
  for (const l of [line, ...node.body, ...kpis.flat()]) claim(result.claims, l.no, 'record');
  return record;
}

/**
 * Why a title is not one item's name: it holds the next item (`1 事業の目的… 2 債務負担の理由…`,
 * a ② or a （2） inside it: 世田谷 予算書), or it is a table row or figure text rather than words
 * (more than a third digits, or longer than a paragraph).
 */
function doubtAbout(title: string, number: number | null): { code: string; why: string } | null {
  const rest = title.slice(1);
  const next = number === null ? null : number + 1;
  const spacedNext = next !== null && new RegExp(`(?:^|\\s)[${String(next)}${String(next).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))}][.．\\s]\\s*\\S`, 'u').test(rest);
  if (/[①-⑳]|[（(][0-9０-９]{1,2}[)）]/u.test(rest) || spacedNext) return { code: 'records/several-items', why: 'its title holds more numbered items' };
  // diagram debris: a lone word of a PDCA cycle, an arrow, a letter (`Plan`, `→`, `Ａ`)
  const words = title.replace(/[\s\p{P}\p{S}]/gu, '');
  if (words.length < 2 || /^(Plan|Do|Check|Action|Act|PDCA)$/iu.test(words)) return { code: 'records/not-an-item', why: 'its title is a fragment of a figure, not an item name' };
  const digits = [...title].filter((ch) => /[0-9０-９,，.．%％]/u.test(ch)).length;
  if (digits > title.length / 3 || title.length > 120) return { code: 'records/not-an-item', why: 'its title reads as a table row or figures, not an item name' };
  return null;
}

const BULLET = /^[・･●○◆◇■□▪]\s*/u;

/**
 * An item's description as paragraphs: a line that ends its sentence short of the full width ends
 * a paragraph, a bullet starts one (the bullet, now structure, is dropped).
 */
function paragraphsOf(lines: readonly LexedLine[], fullWidth: number): string {
  const paragraphs: string[] = [];
  let prev: LexedLine | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    const ended = prev !== null && /[。．」）)]$/.test(prev.text.trim()) && displayWidth(prev.text.trim()) < fullWidth * 0.95;
    if (paragraphs.length === 0 || ended || BULLET.test(text)) paragraphs.push(text.replace(BULLET, ''));
    else paragraphs[paragraphs.length - 1] += text;
    prev = l;
  }
  return paragraphs.map((p) => cleanText(p)).join('\n');
}

function startsOwnSentence(l: LexedLine): boolean {
  return /^[・●○◆◇■□※]/u.test(l.text);
}

/**
 * 指標 | R5 | R6 | R7 | R8 (a target for every year; `実績` in a column's header makes its figures
 * actuals): one indicator per row and year.
 */
function yearlyKpiTable(rows: LexedLine[]): Indicator[] {
  const header = rows.findIndex((r) => r.cells.filter((c) => yearHeader(c, 2018) !== null).length >= 2);
  if (header < 0) return [];
  const years = rows[header]!.cells.map((c) => yearHeader(c, 2018));
  const out: Indicator[] = [];
  for (const r of rows.slice(header + 1)) {
    const name = cleanText(r.cells[0] ?? '');
    if (name === '' || yearHeader(name, 2018) !== null) continue;
    r.cells.forEach((c, i) => {
      const y = years[i];
      const f = y ? targetFigure(c) : null;
      if (!y || !f) return;
      const actual = y.kind !== null && /実績|決算|結果/.test(y.kind);
      out.push({ name, fiscalYear: y.year, target: actual ? null : f.value, unit: f.unit, comparator: f.comparator, actual: actual ? f.value : null, text: cleanText(`${name} ${rows[header]!.cells[i]} ${c}`), note: null, line: r.no });
    });
  }
  return out;
}

/**
 * KPI | 現状値（令和元年度） | 目標値（令和7年度）: one indicator per row, the target from the
 * 目標 column with its year, the baseline named in the text.
 */
function kpiTable(rows: LexedLine[], documentYear: number | null): Indicator[] {
  const byYear = yearlyKpiTable(rows);
  if (byYear.length > 0) return byYear;
  const header = rows.findIndex((r) => r.cells.some((c) => labelRole(c) === 'targetValue' || /目標/.test(c)));
  if (header < 0) return [];
  const cells = rows[header]!.cells;
  const target = cells.findIndex((c) => /目標/.test(c));
  const actual = cells.findIndex((c) => /実績/.test(c));
  const baseline = cells.findIndex((c) => labelRole(c) === 'baseline' || /現状|基準/.test(c));
  const yearOf = (i: number) => (i >= 0 ? (findEraYears(cells[i]!)[0]?.year ?? null) : null);
  const out: Indicator[] = [];
  for (const r of rows.slice(header + 1)) {
    const name = cleanText(r.cells[0] ?? '');
    if (name === '') continue;
    const t = target >= 0 ? r.cells[target] ?? '' : '';
    const f = targetFigure(t);
    const a = actual >= 0 ? figureOf(r.cells[actual] ?? '') : null;
    out.push({
      name,
      fiscalYear: yearOf(target) ?? documentYear,
      target: f?.value ?? null,
      unit: f?.unit ?? a?.unit ?? null,
      comparator: f?.comparator ?? null,
      actual: a?.value ?? null,
      text: cleanText(r.cells.filter(Boolean).join(' ')),
      note: baseline >= 0 && r.cells[baseline] ? `${cleanText(cells[baseline]!)}: ${cleanText(r.cells[baseline]!)}` : null,
      line: r.no,
    });
  }
  return out;
}
