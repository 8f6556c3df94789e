import { AngleHeadingMarker } from './angle-heading.js';
import { BracketHeadingMarker } from './bracket-heading.js';
import { BulletMarker } from './bullet.js';
import { CircledNumberMarker } from './circled-number.js';
import { DottedNumberMarker } from './dotted-number.js';
import type { Marker, MarkerConstruct, MarkerKind } from './marker.js';
import { ParenNumberMarker } from './paren-number.js';
import { SpacedNumberMarker } from './spaced-number.js';

export type { Marker, MarkerKind } from './marker.js';

/** Dispatch table, tried in order; the first construct that matches wins. */
export const MARKER_CONSTRUCTS: readonly MarkerConstruct[] = [
  CircledNumberMarker,
  ParenNumberMarker,
  DottedNumberMarker,
  BracketHeadingMarker,
  AngleHeadingMarker,
  BulletMarker,
  SpacedNumberMarker,
];

/** The marker a text starts with, among the kinds asked for (all when omitted). */
export function matchMarker(text: string, kinds?: readonly MarkerKind[]): Marker | null {
  for (const c of MARKER_CONSTRUCTS) {
    if (kinds && !kinds.includes(c.kind)) continue;
    const m = c.match(text);
    if (m) return m;
  }
  return null;
}
