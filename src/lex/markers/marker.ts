/** A structural marker found at the start of a line or cell fragment. */
export interface Marker {
  kind: MarkerKind;
  /** The number it carries (① → 1, (3) → 3), or null for bullets and brackets. */
  value: number | null;
  /** The marker as written, e.g. `①`, `（１）`, `１．`, `【`. */
  written: string;
  /** The text the marker introduces, marker removed. */
  rest: string;
}

export type MarkerKind = 'circled-number' | 'paren-number' | 'dotted-number' | 'spaced-number' | 'bracket-heading' | 'angle-heading' | 'bullet';

export interface MarkerConstruct {
  kind: MarkerKind;
  match(text: string): Marker | null;
}

const FULL = '０１２３４５６７８９';
export function parseDigits(s: string): number {
  return Number(Array.from(s, (ch) => (FULL.includes(ch) ? String(FULL.indexOf(ch)) : ch)).join(''));
}
