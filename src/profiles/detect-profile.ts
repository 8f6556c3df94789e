import type { LexedLine } from '../lex/lexed-line.js';
import type { Profile } from './profile-schema.js';

export interface Detection {
  profile: Profile;
  score: number;
  /** Every candidate's score, for --trace and for the warning when nothing matched. */
  scores: { id: string; score: number }[];
}

/** Score each profile by its signals over the first lines; the best one at or above its minimum wins. */
export function detectProfile(lines: readonly LexedLine[], profiles: readonly Profile[], fallback: Profile): Detection {
  const scores = profiles
    .filter((p) => p.id !== fallback.id)
    .map((p) => {
      const text = lines.slice(0, p.detect.window).map((l) => l.key).join('\n');
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
