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
  const lines = cell.split('\n').map(compactKey).filter(Boolean);
  return lines.length > 1 && lines.every((k) => matchesAny(patterns, k));
}

export { re as compilePattern };
