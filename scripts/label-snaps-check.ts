// How safe src/language/ocr-labels.ts's margin is: every paragraph of the five seeds' text and of the
// text layers of ../shared/corpus/real (through poppler's pdftotext, where it is installed) that
// stands one character from a form of the vocabulary's labels, with how much likelier kuromoji finds
// the label and whether the character read broke a word. What the pages printed is no misreading: none
// may be read as the label (a word broken and likelier by LABEL_MARGIN). Nor, printed between marks
// (`「現状と課題」`), as the bare label: the paragraphs that would be are listed.
//   node --import tsx scripts/label-snaps-check.ts
import { loadTokenizer } from '../src/lex/tokenizer.js';
import { fringedLabel, LABEL_MARGIN, nearLabel } from '../src/language/ocr-labels.js';
import { printedTexts } from './printed-texts.js';

await loadTokenizer();
const texts = printedTexts({ layout: true });
let paragraphs = 0;
const near: { gain: number; broken: boolean; read: boolean; where: string }[] = [];
const fringed: string[] = [];
for (const { file, text } of texts)
  for (const raw of text.split('\n'))
    // (a cell of the seeds' markup, or a run of the layout text between wide gaps)
    for (const part of raw.replace(/<\/?p>/g, '\t').split(/\t|\s{2,}|\|/)) {
      const t = part.trim();
      if (!t) continue;
      paragraphs++;
      const f = fringedLabel(t);
      if (f) fringed.push(`${file}: ${t} → ${f.label}`);
      const n = nearLabel(t);
      if (n) near.push({ gain: n.gain, broken: n.broken, read: n.broken && !n.ambiguous && n.gain >= LABEL_MARGIN, where: `${file}: ${t} → ${n.text}` });
    }
near.sort((a, b) => b.gain - a.gain);
console.log(`${paragraphs} paragraphs, ${near.length} one character from a label; likelier as the label by at most:`);
for (const w of near.slice(0, 15)) console.log(`  ${w.gain}  ${w.broken ? 'a word broken' : 'whole words'}  ${w.where}`);
console.log(`margin ${LABEL_MARGIN}: ${near.filter((w) => w.read).length} would be read as the label`);
// (and a label among marks: what a page printed so would be read as the bare label, were it OCR'd)
console.log(`${fringed.length} a label among marks only${fringed.length ? ':' : ''}`);
for (const w of fringed.slice(0, 15)) console.log(`  ${w}`);
