import type { LexedLine } from '../lex/lexed-line.js';
import type { Profile } from '../profiles/profile-schema.js';

/**
 * Split off front matter (table of contents, introduction) by the profile's from/until patterns.
 * The body is what layouts read for records; the front is kept because some documents name their
 * top-level categories only there (isesaki's area headings).
 */
export function splitFrontMatter(lines: readonly LexedLine[], profile: Profile): { body: LexedLine[]; front: LexedLine[] } {
  const front: LexedLine[] = [];
  const inFront = new Set<number>();
  for (const range of profile.frontMatter) {
    const from = new RegExp(range.from, 'u');
    const until = new RegExp(range.until, 'u');
    const start = lines.findIndex((l) => from.test(l.key));
    if (start < 0) continue;
    let end = lines.findIndex((l, i) => i > start && until.test(l.key));
    if (end < 0) continue; // an unterminated range would swallow the document: ignore it
    if (range.inclusive) end++;
    for (let i = start; i < end; i++) inFront.add(i);
  }
  const body: LexedLine[] = [];
  lines.forEach((l, i) => (inFront.has(i) ? front : body).push(l));
  return { body, front };
}
