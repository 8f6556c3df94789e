import { compactKey, type LexedLine } from '../lex/lexed-line.js';
import type { Profile } from './profile-schema.js';

export interface Detection {
  profile: Profile;
  score: number;
  /** Every candidate's score, for --trace and for the warning when nothing matched. */
  scores: { id: string; score: number }[];
}

/**
 * Score each profile by its signals over the first lines; the best one at or above its minimum wins.
 * `running`: what a PDF prints on every page and the reader drops as furniture (its running head,
 * `木更津市経営改革推進計画 令和5年度進捗状況`), read before the lines: it names the document as a text
 * extraction's lines do, and a scan read by OCR may misread the cover that names it once (木更津
 * scanned at 200 dpi in black and white: `経 改汗#ま進計画`, no profile, no field read).
 */
export function detectProfile(lines: readonly LexedLine[], profiles: readonly Profile[], fallback: Profile, running: readonly string[] = []): Detection {
  const head = running.map(compactKey);
  const scores = profiles
    .filter((p) => p.id !== fallback.id)
    .map((p) => {
      const text = [...head, ...lines.slice(0, p.detect.window).map((l) => l.key)].join('\n');
      const score = p.detect.signals.reduce((s, sig) => s + (new RegExp(sig.pattern, 'u').test(text) ? sig.weight : 0), 0);
      return { profile: p, id: p.id, score };
    })
    .sort((a, b) => b.score - a.score);
  const best = scores.find((s) => s.score >= s.profile.detect.minScore);
  return {
    profile: best?.profile ?? fallback,
    score: best?.score ?? 0,
    scores: scores.map(({ id, score }) => ({ id, score })),
  };
}
