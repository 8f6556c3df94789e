// Whether the table-and-pattern answers that replaced kuromoji in the default path (issue 14) give
// kuromoji's answers. The questions: where a department's name ends (lex/department-suffix.ts, asked as language/organisations.ts splitAssignee asks it),
// whether a sentence reports the past and whether a comparing verb after a figure modifies a noun
// (lex/predicates.ts). kuromoji's answers are computed here as src/ computed them before.
//
// Asked on: every Japanese string literal of the tests that hold these questions' phrase tables
// (organisation, language, language-phrases: any difference there fails the check, exit 1), and
// reported, on the seeds (../shared/seeds), the fixtures' texts and
// any folder given (e.g. pdftotext output of ../shared/corpus): every run of CJK text that holds
// 部/局/公室 (and its prefixes ending on 課, 室, 係, …) and every sentence with a figure and kana.
// usage: node --import tsx scripts/word-questions-check.ts [FOLDER…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitAssignee, splitAssigneeAt } from '../src/language/organisations.js';
import { findQuantities } from '../src/language/quantities.js';
import { comparesToCount, reportsThePast } from '../src/lex/predicates.js';
import { loadTokenizer, tokenizeNow, type Token } from '../src/lex/tokenizer.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---- kuromoji's answers, as src/ had them ------------------------------------------------------
function kuromojiDepartmentEnd(s: string): number {
  const tokens = tokenizeNow(s);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unit = ((t.surface === '部' || t.surface === '局') && t.posDetail === '接尾') || t.surface === '本部' || (t.surface === '室' && tokens[i - 1]?.surface === '公') || (t.surface === '部局' && i === tokens.length - 1);
    if (unit) return t.offset + t.surface.length;
  }
  return -1;
}
const kuromojiPast = (tokens: Token[]) => tokens.some((t, i) => t.pos === '助動詞' && t.base === 'た' && tokens[i + 1]?.pos !== '名詞');
function kuromojiCondition(tokens: Token[], end: number): boolean {
  let i = tokens.findIndex((t) => t.offset >= end);
  if (i < 0) return false;
  if (tokens[i]!.surface === 'を') i++;
  const verb = tokens[i];
  const next = tokens[i + 1];
  return !!verb && verb.pos === '動詞' && /^(超える|上回る|下回る|満たす)$/.test(verb.base) && !!next && next.pos === '名詞';
}

// ---- the material ------------------------------------------------------------------------------
function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(e)) out.push(p);
    }
  };
  try {
    walk(dir);
  } catch {
    console.log(`${dir}: not found, skipped`);
  }
  return out.sort();
}

/** Japanese string literals of a test file: its phrase tables. */
function literals(text: string): string[] {
  return [...text.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!.replace(/\\n/g, '\n')).filter((s) => /[\u3040-\u9fff]/.test(s));
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ーぁ-んＡ-Ｚａ-ｚ０-９]{2,24}/gu;
const SECTION_END = /(?:課|室|係|所|センター|館|園|担当)/g;

/** Organisation-like strings: runs of CJK holding 部/局/公室, and their prefixes ending on a section word. */
function organisationStrings(text: string): string[] {
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
function figureSentences(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/\n|(?<=。)|\t|\|/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && isSentence(s) && findQuantities(s).length > 0);
}

interface Tally {
  asked: number;
  same: number;
  differences: string[];
}
const tally = (): Tally => ({ asked: 0, same: 0, differences: [] });

function check(texts: string[], t: { department: Tally; past: Tally; condition: Tally }): void {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of organisationStrings(text)) {
      if (seen.has('o' + s)) continue;
      seen.add('o' + s);
      const [want, got] = [splitAssigneeAt(s, kuromojiDepartmentEnd), splitAssignee(s)];
      t.department.asked++;
      if (want.department === got.department && want.section === got.section) t.department.same++;
      else t.department.differences.push(`${s}: kuromoji ${want.department ?? 'no department'} + ${want.section}, table ${got.department ?? 'no department'} + ${got.section}`);
    }
    for (const s of figureSentences(text)) {
      if (seen.has('s' + s)) continue;
      seen.add('s' + s);
      const tokens = tokenizeNow(s);
      const [want, got] = [kuromojiPast(tokens), reportsThePast(s)];
      t.past.asked++;
      if (want === got) t.past.same++;
      else t.past.differences.push(`${s}: kuromoji ${want}, pattern ${got}`);
      for (const q of findQuantities(s)) {
        const [w, g] = [kuromojiCondition(tokens, q.end), comparesToCount(s.slice(q.end))];
        t.condition.asked++;
        if (w === g) t.condition.same++;
        else t.condition.differences.push(`${s} (after ${s.slice(q.start, q.end)}): kuromoji ${w}, pattern ${g}`);
      }
    }
  }
}

function report(name: string, t: { department: Tally; past: Tally; condition: Tally }): number {
  let differences = 0;
  console.log(`\n${name}`);
  for (const [q, x] of Object.entries(t)) {
    console.log(`  ${q.padEnd(11)} ${x.same}/${x.asked} the same${x.asked ? ` (${((100 * x.same) / x.asked).toFixed(2)}%)` : ''}`);
    for (const d of x.differences.slice(0, 40)) console.log(`      ${d}`);
    if (x.differences.length > 40) console.log(`      … and ${x.differences.length - 40} more`);
    differences += x.differences.length;
  }
  return differences;
}

const PHRASE_TABLES = ['organisation.test.ts', 'language.test.ts', 'language-phrases.ts'];
await loadTokenizer();
const sets: [string, string[], boolean][] = [
  ['the tests’ phrase tables (string literals of tests/{organisation,language}.test.ts, tests/language-phrases.ts): must be the same', PHRASE_TABLES.flatMap((f) => literals(readFileSync(join(root, 'tests', f), 'utf8'))), true],
  ['every other test’s Japanese string literals', files(join(root, 'tests'), /\.ts$/).filter((f) => !PHRASE_TABLES.some((p) => f.endsWith(p))).flatMap((f) => literals(readFileSync(f, 'utf8'))), false],
  ['the seeds (../shared/seeds) and the fixtures’ texts', [...files(join(root, '../shared/seeds'), /\.txt$/), ...files(join(root, 'fixtures'), /\.txt$/)].map((f) => readFileSync(f, 'utf8')), false],
  ...process.argv.slice(2).map((d): [string, string[], boolean] => [`${d} (.txt)`, files(d, /\.txt$/).map((f) => readFileSync(f, 'utf8')), false]),
];
let failed = false;
for (const [name, texts, must] of sets) {
  const t = { department: tally(), past: tally(), condition: tally() };
  check(texts, t);
  if (report(name, t) > 0 && must) failed = true;
}
if (failed) {
  console.log('\ndifferent on the tests’ phrase tables');
  process.exit(1);
}
