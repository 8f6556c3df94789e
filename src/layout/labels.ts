import type { Label, LabelTarget } from '../profiles/profile-schema.js';
import { compactKey } from '../lex/lexed-line.js';
import { labelRole, type LabelRole } from '../vocabulary/index.js';

/**
 * The shared vocabulary's roles that a profile's label targets name alike: a label a profile does
 * not list is still read by what the vocabulary knows it as (現状と課題 → issue, 事業内容 →
 * content), so every profile and the general reader share one set of labels.
 */
const SHARED: Partial<Record<LabelRole, LabelTarget>> = {
  issue: 'issue',
  goal: 'goal',
  content: 'content',
  measures: 'measures',
  progress: 'progress',
};

const cache = new Map<string, RegExp>();
function re(pattern: string): RegExp {
  let r = cache.get(pattern);
  if (!r) {
    r = new RegExp(pattern, 'u');
    cache.set(pattern, r);
  }
  return r;
}

/** The target of the first label whose pattern matches the text's compact key. */
export function matchLabel(labels: readonly Label[], text: string): LabelTarget | null {
  const key = compactKey(text);
  for (const l of labels) if (re(l.pattern).test(key)) return l.target;
  const role = labelRole(text);
  return (role && SHARED[role]) ?? null;
}

export function matchesAny(patterns: readonly RegExp[], key: string): boolean {
  return patterns.some((p) => p.test(key));
}

/**
 * Whether a cell is boilerplate: its text matches, or each of its lines does (a print without
 * rules may stack two header cells into one: 木更津's 年度 / (各年度末時点)).
 */
export function ignoredCell(patterns: readonly RegExp[], cell: string): boolean {
  if (matchesAny(patterns, compactKey(cell))) return true;
  // (boilerplate is a few words: a cell of a paragraph is none, and is not read over again)
  if (cell.length > BOILERPLATE_CHARS) return false;
  const lines = cell.split('\n').filter((line) => compactKey(line) !== '' && !MARKS_ONLY.test(compactKey(line)));
  const known = (k: string) => boilerplateKeys(k).some((key) => matchesAny(patterns, key));
  // (or phrases of it run into one line, a bracket or a space between: 木更津's 目標値 and (各年度末時点), one cell set a line
  // each, joined as a label and its tail where every cell of the sub-table is middle-aligned — the 367th and the 369th; or
  // 目標値 結果, two cells of the header read as one in an outer frame, the 369th)
  const phrases = (line: string) => line.split(/\s+|(?=[(（])|(?<=[)）])/u).map(compactKey).filter((q) => q !== '');
  return lines.length > 0 && lines.every((line) => known(compactKey(line)) || (phrases(line).length > 1 && phrases(line).every(known)));
}

const BOILERPLATE_CHARS = 40;

/**
 * A value cell without the boilerplate a print without rules set over it in the same cell: a header's
 * last line stacked on the first value of its column (木更津's `(各年度末時点)` over `0%` beside R5, Noto
 * Serif CJK 13 pt on B5 by LibreOffice without padding, the 174th typography — the target had read as
 * `(各年度末時点)0%`, no number). Lines of boilerplate at its head are dropped, and a boilerplate
 * phrase its first line opens with; the cell as it was where nothing else would be left.
 */
export function withoutBoilerplate(patterns: readonly RegExp[], cell: string): string {
  const lines = cell.split('\n');
  while (lines.length > 1 && ignoredCell(patterns, lines[0]!)) lines.shift();
  const first = lines[0]!;
  // (the phrase closes on a bracket or ends where a space parts it from the value: `(各年度末時点) 検討80%`)
  for (const m of first.matchAll(/[)）]|\s+/gu)) {
    const head = first.slice(0, m.index + (/\s/u.test(m[0]) ? 0 : m[0].length));
    const rest = first.slice(m.index + m[0].length).trim();
    if (rest !== '' && ignoredCell(patterns, head)) return [rest, ...lines.slice(1)].join('\n');
  }
  return lines.join('\n');
}

/**
 * A boilerplate cell as a scan may give it: specks read as marks at its edges (`年度。`), a bracket
 * of a pair lost or set on the line above (`各年度末時点)` under `、(`), and lines of marks alone —
 * 木更津 scanned in black and white, where every target table's header read so and its year column
 * was taken for the indicator's name.
 */
function boilerplateKeys(key: string): string[] {
  const bare = key.replace(EDGE_MARKS, '');
  const inner = bare.replace(/^[(（]|[)）]$/gu, '');
  return [key, bare, `(${inner})`];
}

const EDGE_MARKS = /^[。、.,，．_'`"・:：;-]+|[。、.,，．_'`"・:：;-]+$/gu;
const MARKS_ONLY = /^[。、.,，．_'`"・:：;()（）-]+$/u;

export { re as compilePattern };
