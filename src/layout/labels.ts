import type { Label, LabelTarget } from '../profiles/profile-schema.js';
import { compactKey } from '../lex/lexed-line.js';

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
  return null;
}

export function matchesAny(patterns: readonly RegExp[], key: string): boolean {
  return patterns.some((p) => p.test(key));
}

export { re as compilePattern };
