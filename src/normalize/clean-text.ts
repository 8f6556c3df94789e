import { foldLookalikes } from './characters.js';
import { stripMarkup } from './markup.js';
import { removeArtefactSpaces } from './spacing.js';

/**
 * The normalisation every string field of the contract gets: markup removed, look-alike code
 * points folded, artefact spaces removed, paragraphs (already separated by "\n") trimmed and kept.
 */
export function cleanText(s: string): string {
  return foldLookalikes(stripMarkup(s))
    .split('\n')
    .map((p) => removeArtefactSpaces(p).trim())
    .filter((p) => p !== '')
    .join('\n');
}

/** cleanText, and null for what is empty after cleaning. */
export function cleanOrNull(s: string | null | undefined): string | null {
  if (s == null) return null;
  const c = cleanText(s);
  return c === '' ? null : c;
}

/**
 * A name set over several lines as one line (an item sheet's title cell, where a print wrapped or
 * centred it: 伊勢崎 `照明設備` / `LED化事業`): the lines run on, with a space only between two
 * Latin words or figures.
 */
export function oneLine(s: string): string {
  return s.replace(/(.)\n+(?=(.))/gu, (_, a: string, b: string) => a + (/[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b) ? ' ' : ''));
}
