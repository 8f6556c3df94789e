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
