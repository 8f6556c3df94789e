/**
 * The measures (points, ems) and marks (patterns of text) that two modules of text-columns or more
 * read, kept at the bottom so that those modules import them from here and not from each other. A
 * measure or a mark only one module reads stays in that module.
 */

export const LATIN_OR_DIGIT_END = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ.,%]$/u;
export const LATIN_OR_DIGIT_START = /^[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u;
export const CJK_END = /[\u3040-\u30ff\u3400-\u9fff]$/u;
export const CJK_START = /^[\u3040-\u30ff\u3400-\u9fff]/u;
export const NO_LINE_START = /^[、。，．）〕］｝〉》」』】)\]}]/u;
/** A note's mark: what follows annotates the text above it. */
export const NOTE_MARK = /^[※＊*]/u;
/** A phrase's end a writer types a space after (部長目標's 市民の利便性を向上! 環境対策推進!). */
const PHRASE_END_SPACE = /[!！?？]$/u;
/**
 * Whether a hole narrower than a word gap between two runs is a space inside text: the room a producer
 * sets around a Latin letter or digit, or a space typed after ! or ?.
 */
export const typedSpace = (before: string, after: string) => LATIN_OR_DIGIT_END.test(before) || LATIN_OR_DIGIT_START.test(after) || PHRASE_END_SPACE.test(before);

/** Narrower than this is a space between words, not a gap between cells (em). */
export const MIN_CHANNEL_EM = 0.45;

/** Wider than this (points) is a hole between two runs; narrower, one run split (a kerning or font change). */
export const SEAM = 0.15;

/** A cell's text may run this far (points) past its border: Writer sets a full line's last character
 * up to the next cell's text, 0.4 pt past the cell's edge (伊勢崎's year cells, LibreOffice). */
export const OVERRUN = 0.5;

/** A bullet that opens an item of a list (not a grade ○ ◎ nor a note's ※). */
export const BULLET = /^[・･●■◆◇□]/u;

export const ITEM_NUMBER = /^[①-⑳㉑-㉟]$/u;
/** A cell that holds only an item's number, circled or in digits (the ① of No. | ① | 取組項目). */
export const ITEM_NUMBER_CELL = /^(?:[①-⑳㉑-㉟]|[0-9０-９]{1,3})$/u;
export const ITEM_START = /^[①-⑳㉑-㉟]/u;
/** A grade standing alone, the whole of its cell: ◎ ○ △ × and the like (伊勢崎's 取組達成度). */
export const GRADE_ONLY = /^[◎○〇◯△▲×✕✖●]$/u;
/** An item's number or mark at the start of a text (①, (1), １．, ア）, ・). */
export const LEADING_NUMBER = /^(?:[①-⑳㉑-㉟・･○〇●◎◆◇■□※★☆]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]|[ア-ン][.．、）)])/u;

/** A run that is only an item's mark or number (・, ①, (1)). */
export const MARK_ONLY = new RegExp(`${LEADING_NUMBER.source}$`, 'u');

/** Longer than this (characters), a cell is text, not a row's label. */
export const LABEL_CHARS = 10;

/** A section heading's number: (1), （２）, 1., ２． */
export const SECTION_NUMBER = /^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．])/u;
