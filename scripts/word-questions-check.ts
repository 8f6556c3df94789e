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
// The line-end questions of the PDF path have their own check: scripts/line-ends-check.ts.
// usage: node --import tsx scripts/word-questions-check.ts [FOLDER…]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitAssignee, splitAssigneeAt } from '../src/language/organisations.js';
import { findQuantities } from '../src/language/quantities.js';
import { comparesToCount, reportsThePast } from '../src/lex/predicates.js';
import { loadTokenizer, tokenizeNow } from '../src/lex/tokenizer.js';
import { figureSentences, kuromojiCondition, kuromojiDepartmentEnd, kuromojiPast, literals, organisationStrings } from '../tests/kuromoji-answers.js';
import { files } from './material-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---- the material ------------------------------------------------------------------------------

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
