// Whether the table's answers to the line-end questions (src/lex/line-end-words.ts, issue 14) give
// kuromoji's (src/lex/line-ends-kuromoji.ts, as the PDF path asked them before): whether a line
// cannot end a sentence, cannot start one, and whether a break between two katakana is inside
// a word. Asked on every pair `mendSentenceBreaks` would ask about (`mayGoOn`), in the order it
// asks, with kuromoji deciding the mends, on:
//   - every Japanese string literal of the tests that hold line-end phrase tables (tests/
//     tokenizer.test.ts, tests/line-ends.test.ts): each literal's end and start, each pair of
//     literals in a row, each pair of paragraphs within one; any difference fails the check, exit 1
//   - the seeds (../shared/seeds/*.txt) and the fixtures' texts: each pair of non-blank lines in a row
//   - the lines the PDF path reads (src/pipeline.ts readPdfLines) from every PDF of
//     ../shared/corpus/{real,pdf,rendered} and fixtures/, and of any folder given
// For each: asked, answered by the table the same as kuromoji, answered differently (listed), and
// left to kuromoji (the residue, for which the import loads it); and the PDFs that still load it.
// With --every-position, also every sentence of all that material cut at every position where a
// line could break (the sample src/lex/line-end-words.ts was written from; differences reported,
// not failed: each is one where a reader sides with the table, see there).
// usage: node --import tsx scripts/line-ends-check.ts [-v: list what was left to kuromoji] [--every-position] [FOLDER…]
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLine } from '../src/extract/source-text.js';
import { tableBreaksWord, tableCannotEnd, tableCannotStart } from '../src/lex/line-end-words.js';
import { kuromojiBreaksWord, kuromojiCannotEnd, kuromojiCannotStart } from '../src/lex/line-ends-kuromoji.js';
import { mayContinue, mendLines, tableGoesOn } from '../src/lex/line-ends.js';
import { loadTokenizer } from '../src/lex/tokenizer.js';
import { readPdfLines } from '../src/pipeline.js';
import { literals } from '../tests/kuromoji-answers.js';
import { files } from './material-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));


// ---- the questions -----------------------------------------------------------------------------
const KATAKANA_END = /[\p{Script=Katakana}ー]$/u;
const KATAKANA_START = /^[\p{Script=Katakana}ー]/u;
const PARTICLE_START = /^[のをにがはでとへもやかよ]/;

interface Tally {
  asked: number;
  same: number;
  residue: number;
  differences: string[];
  /** What was left to kuromoji, with its answer (printed with -v). */
  left: string[];
}
type Tallies = Record<'lineEnd' | 'lineStart' | 'wordBreak', Tally>;
const tallies = (): Tallies => ({ lineEnd: tally(), lineStart: tally(), wordBreak: tally() });
const tally = (): Tally => ({ asked: 0, same: 0, residue: 0, differences: [], left: [] });
const verbose = process.argv.includes('-v');

function compare(t: Tally, want: boolean, got: boolean | undefined, what: string): void {
  t.asked++;
  if (got === undefined) {
    t.residue++;
    t.left.push(`${what}: kuromoji ${want}`);
  }
  else if (got === want) t.same++;
  else t.differences.push(`${what}: kuromoji ${want}, table ${got}`);
}

/** The three questions about one break, each where `line-ends.ts` asks it (its gates). */
function ask(before: string, after: string, t: Tallies, seen: Set<string>): void {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (mayContinue(a) && !seen.has('e' + a)) {
    seen.add('e' + a);
    compare(t.lineEnd, kuromojiCannotEnd(a), tableCannotEnd(a), `end 「${a.slice(-24)}」`);
  }
  if (PARTICLE_START.test(b) && !seen.has('s' + b)) {
    seen.add('s' + b);
    compare(t.lineStart, kuromojiCannotStart(b), tableCannotStart(b), `start 「${b.slice(0, 24)}」`);
  }
  if (KATAKANA_END.test(a) && KATAKANA_START.test(b) && !seen.has('w' + a + '|' + b)) {
    seen.add('w' + a + '|' + b);
    compare(t.wordBreak, kuromojiBreaksWord(a, b), tableBreaksWord(a, b), `break 「${a.slice(-12)}|${b.slice(0, 12)}」`);
  }
}

const kuromojiGoesOn = (a: string, b: string) => {
  const [x, y] = [a.trimEnd(), b.trimStart()];
  return (KATAKANA_END.test(x) && KATAKANA_START.test(y) && kuromojiBreaksWord(x, y)) || (mayContinue(x) && kuromojiCannotEnd(x)) || (PARTICLE_START.test(y) && kuromojiCannotStart(y));
};

/** Ask as `mendSentenceBreaks` asks, kuromoji deciding the mends. */
function askAsMended(lines: SourceLine[], t: Tallies, seen: Set<string>): void {
  mendLines(lines, (a, b) => {
    ask(a, b, t, seen);
    return kuromojiGoesOn(a, b);
  });
}

/** Text lines as the PDF path's `lines` shape: a trailing space closes each, blank lines dropped, tags and cells apart. */
function textLines(text: string): SourceLine[] {
  const paras = text
    .replace(/<[^>]+>/g, '\n')
    .split(/\n|\t|\|/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return paras.map((p, k) => ({ no: k + 1, page: null, text: p + ' ' }));
}

function report(name: string, t: Tallies, extra = ''): number {
  let differences = 0;
  console.log(`\n${name}${extra}`);
  for (const [q, x] of Object.entries(t)) {
    console.log(`  ${q.padEnd(10)} asked ${x.asked}, the table the same ${x.same}, different ${x.differences.length}, left to kuromoji ${x.residue}`);
    for (const d of x.differences) console.log(`      ${d}`);
    if (verbose) for (const d of x.left) console.log(`      left: ${d}`);
    differences += x.differences.length;
  }
  return differences;
}

// ---- the material ------------------------------------------------------------------------------
await loadTokenizer();
let failed = false;

const PHRASE_TABLES = ['tokenizer.test.ts', 'line-ends.test.ts'];
{
  const t = tallies();
  const seen = new Set<string>();
  for (const f of PHRASE_TABLES) {
    const lits = literals(readFileSync(join(root, 'tests', f), 'utf8'));
    for (const [k, s] of lits.entries()) {
      ask(s, '', t, seen);
      ask('', s, t, seen);
      if (k + 1 < lits.length) ask(s, lits[k + 1]!, t, seen);
      const paras = s.split('\n');
      for (let i = 0; i + 1 < paras.length; i++) ask(paras[i]!, paras[i + 1]!, t, seen);
    }
  }
  if (report(`the tests’ phrase tables (string literals of tests/{${PHRASE_TABLES.join(',')}}): must be the same`, t) > 0) failed = true;
}

{
  const t = tallies();
  const seen = new Set<string>();
  const texts = [...files(join(root, '../shared/seeds'), /\.txt$/), ...files(join(root, 'fixtures'), /\.txt$/)];
  for (const f of texts) askAsMended(textLines(readFileSync(f, 'utf8')), t, seen);
  report(`the seeds (../shared/seeds) and the fixtures’ texts (${texts.length} files)`, t);
}

const pdfSets: [string, string[]][] = [
  ...['real', 'pdf', 'rendered'].map((d): [string, string[]] => [`../shared/corpus/${d}`, files(join(root, '../shared/corpus', d), /\.pdf$/)]),
  ['fixtures', files(join(root, 'fixtures'), /\.pdf$/)],
  ...process.argv.slice(2).filter((a) => !a.startsWith('-')).map((d): [string, string[]] => [d, files(d, /\.pdf$/)]),
];
const sentences = new Set<string>();
for (const f of [...files(join(root, '../shared/seeds'), /\.txt$/), ...files(join(root, 'fixtures'), /\.txt$/)]) for (const l of textLines(readFileSync(f, 'utf8'))) sentences.add(l.text.trim());
for (const [name, pdfs] of pdfSets) {
  const t = tallies();
  const loads: string[] = [];
  for (const f of pdfs) {
    const seen = new Set<string>();
    const { chosen } = await readPdfLines(f, readFileSync(f));
    for (const l of chosen.lines) for (const p of l.cells ? l.cells.flatMap((c) => c.split('\n')) : [l.text]) sentences.add(p.trim());
    if (mendLines(chosen.lines.slice(), tableGoesOn) === null) loads.push(relative(root, f));
    askAsMended(chosen.lines, t, seen);
  }
  report(`${name} (${pdfs.length} PDFs)`, t, `; the import loads kuromoji for ${loads.length}${loads.length ? `: ${loads.join(', ')}` : ''}`);
}

if (process.argv.includes('--every-position')) {
  const t = tallies();
  const seen = new Set<string>();
  for (const s of sentences) if (/[\p{Script=Han}\p{Script=Katakana}]/u.test(s)) for (let i = 1; i < s.length; i++) ask(s.slice(0, i), s.slice(i), t, seen);
  report(`every sentence above cut at every position (${sentences.size} sentences)`, t);
}

if (failed) {
  console.log('\ndifferent on the tests’ phrase tables');
  process.exit(1);
}
