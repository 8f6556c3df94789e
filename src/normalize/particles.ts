/**
 * A particle no sentence opens on — を, or の/に/へ/が/で/と before a kanji — so a text that starts with
 * one is the rest of the text before it: never a label, never a cell's or a row's start. Both the PDF
 * reader (text-columns: a piece beside a label) and the lexer (a row a page broke) ask it, which is
 * why it lives here and not in either stage.
 *
 * Narrower on purpose than the particles a broken sentence may go on with: the wider sets in
 * read-pdf.ts (や, から, まで, より …) and lex/line-ends.ts (は, も, か …) are first questions that
 * the layout or the tokenizer then settles; this one is answered by the characters alone.
 */
export const CANNOT_OPEN = /^(?:を|[のにへがでと][\u3400-\u9fff])/u;
