// kuromoji's answers to the questions src/ now answers from tables and patterns (issue 14), as
// src/ computed them before (language/organisations.ts departmentEnd, language/indicators.ts
// reportsThePast and isCondition), and the material they are asked on: the reference of tests/word-questions.test.ts and
// scripts/word-questions-check.ts. The tokenizer must be loaded.
import { findQuantities } from '../src/language/quantities.js';
import { tokenizeNow, type Token } from '../src/lex/tokenizer.js';

export function kuromojiDepartmentEnd(s: string): number {
  const tokens = tokenizeNow(s);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unit = ((t.surface === '部' || t.surface === '局') && t.posDetail === '接尾') || t.surface === '本部' || (t.surface === '室' && tokens[i - 1]?.surface === '公') || (t.surface === '部局' && i === tokens.length - 1);
    if (unit) return t.offset + t.surface.length;
  }
  return -1;
}
export const kuromojiPast = (tokens: Token[]) => tokens.some((t, i) => t.pos === '助動詞' && t.base === 'た' && tokens[i + 1]?.pos !== '名詞');
export function kuromojiCondition(tokens: Token[], end: number): boolean {
  let i = tokens.findIndex((t) => t.offset >= end);
  if (i < 0) return false;
  if (tokens[i]!.surface === 'を') i++;
  const verb = tokens[i];
  const next = tokens[i + 1];
  return !!verb && verb.pos === '動詞' && /^(超える|上回る|下回る|満たす)$/.test(verb.base) && !!next && next.pos === '名詞';
}

// ---- the material -----------------------------------------------------------------------------

/** Japanese string literals of a test file: its phrase tables. */
export function literals(text: string): string[] {
  return [...text.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!.replace(/\\n/g, '\n')).filter((s) => /[\u3040-\u9fff]/.test(s));
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ーぁ-んＡ-Ｚａ-ｚ０-９]{2,24}/gu;
const SECTION_END = /(?:課|室|係|所|センター|館|園|担当)/g;

/** Organisation-like strings: runs of CJK holding 部/局/公室, and their prefixes ending on a section word. */
export function organisationStrings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    if (!/[部局]|公室/.test(run)) continue;
    for (const end of new Set([run.length, ...[...run.matchAll(SECTION_END)].map((x) => x.index + x[0].length)])) {
      const s = run.slice(0, end);
      if (/[部局]|公室/.test(s)) out.push(s);
    }
  }
  return out;
}

const isSentence = (text: string) => /[\u3041-\u3093]/.test(text.replace(/[のをはがにで]/g, ''));

/** Sentences (and cells) with a figure and kana: what the indicator reader asks about. */
export function figureSentences(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/\n|(?<=。)|\t|\|/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && isSentence(s) && findQuantities(s).length > 0);
}
