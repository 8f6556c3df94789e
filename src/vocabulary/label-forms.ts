import vocabulary from './labels.json' with { type: 'json' };

/**
 * The literal forms the vocabulary's labels take, spelled out from their patterns: what a label
 * misread by one character is compared with (`nearLabelForms`). Only the finite part of each
 * pattern is spelled out: a branch with `.*`, `+`, `{m,n}` or a class like `\S` stands for more
 * forms than a reader can list, and is left out (those labels are long and say more than their
 * head: 取組実績（令和5年度）).
 */

/** More forms than this from one pattern: the pattern is not a list of labels. */
const MAX_FORMS = 4000;

class Unbounded extends Error {}

/** The strings a regex of literals, groups, alternatives, `?` and small classes matches. */
export function spellOut(pattern: string): string[] {
  const out: string[] = [];
  for (const branch of splitTop(pattern)) {
    if (!branch.startsWith('^') || !branch.endsWith('$') || branch.endsWith('\\$')) continue;
    try {
      out.push(...sequence(branch.slice(1, -1)));
    } catch (e) {
      if (!(e instanceof Unbounded)) throw e;
    }
  }
  return [...new Set(out)];
}

/** A pattern's alternatives at its own level (not inside groups or classes). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function sequence(s: string): string[] {
  let forms = [''];
  const chars = [...s];
  for (let i = 0; i < chars.length; ) {
    let atom: string[];
    const c = chars[i]!;
    if (c === '(') {
      const end = closing(chars, i);
      let inner = chars.slice(i + 1, end).join('');
      if (inner.startsWith('?:')) inner = inner.slice(2);
      // (an alternative standing for endless forms is left out, the rest of the group kept)
      atom = splitTop(inner).flatMap(bounded);
      i = end + 1;
    } else if (c === '[') {
      const end = chars.indexOf(']', i + 1);
      atom = charClass(chars.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      const next = chars[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next)) throw new Unbounded();
      atom = [next];
      i += 2;
    } else if ('.*+{'.includes(c)) {
      throw new Unbounded();
    } else {
      atom = [c];
      i++;
    }
    const q = chars[i];
    if (q === '*' || q === '+' || q === '{') throw new Unbounded();
    if (q === '?') {
      atom = ['', ...atom];
      i++;
    }
    forms = forms.flatMap((f) => atom.map((a) => f + a));
    if (forms.length > MAX_FORMS) throw new Unbounded();
  }
  return forms;
}

function bounded(s: string): string[] {
  try {
    return sequence(s);
  } catch (e) {
    if (e instanceof Unbounded) return [];
    throw e;
  }
}

function closing(chars: string[], open: number): number {
  let depth = 0;
  for (let i = open; i < chars.length; i++) {
    if (chars[i] === '\\') i++;
    else if (chars[i] === '[') i = chars.indexOf(']', i + 1);
    else if (chars[i] === '(') depth++;
    else if (chars[i] === ')' && --depth === 0) return i;
  }
  throw new Unbounded();
}

function charClass(body: string[]): string[] {
  if (body[0] === '^') throw new Unbounded();
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') throw new Unbounded();
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const from = body[i]!.codePointAt(0)!;
      const to = body[i + 2]!.codePointAt(0)!;
      // (a class of letters or digits stands for a code or a number, not for a label's word)
      if (to - from > 30) throw new Unbounded();
      for (let cp = from; cp <= to; cp++) out.push(String.fromCodePoint(cp));
      i += 2;
    } else out.push(body[i]!);
  }
  return out;
}

let byLength: Map<number, string[]> | null = null;

function formsByLength(): Map<number, string[]> {
  if (byLength) return byLength;
  byLength = new Map();
  for (const l of vocabulary.labels)
    for (const form of spellOut(l.pattern)) {
      const n = [...form].length;
      byLength.set(n, [...(byLength.get(n) ?? []), form]);
    }
  return byLength;
}

/**
 * The vocabulary's label forms that differ from `key` in exactly one character (same length),
 * each with where: what a label read by OCR with one glyph taken for another may have been.
 */
export function nearLabelForms(key: string): { form: string; at: number }[] {
  const chars = [...key];
  const near: { form: string; at: number }[] = [];
  for (const form of formsByLength().get(chars.length) ?? []) {
    const f = [...form];
    let at = -1;
    let differ = 0;
    for (let i = 0; i < f.length && differ < 2; i++) if (f[i] !== chars[i]) (differ++, (at = i));
    if (differ === 1) near.push({ form, at });
  }
  return near;
}

let allForms: string[] | null = null;

/**
 * Whether `key` (a label's compact key) is the start of a label form the vocabulary knows and not
 * the whole of one: the part of a label a page broke before its end (木更津's 課題解決に向けた at a
 * page's foot, 方向性・活動内容 on the next). A third of the form at least, four characters or more.
 */
export function startsLabelForm(key: string): boolean {
  const n = [...key].length;
  if (n < 4) return false;
  allForms ??= [...formsByLength().values()].flat();
  return allForms.some((f) => f.length > key.length && f.startsWith(key) && n * 3 >= [...f].length);
}
