import { parseDigits, type Marker, type MarkerConstruct } from './marker.js';

/**
 * A bare number and a space: `1 効率的で効果的な行政運営` (isesaki area heading),
 * `2 3R(リデュース…)` (bucho goal 2 whose text starts with a digit).
 *  ^ marker, value 2; rest `3R(…)`
 * `1,000人` or `8月` are not markers: the number must be followed by whitespace.
 */
export const SpacedNumberMarker: MarkerConstruct = {
  kind: 'spaced-number',
  match(text): Marker | null {
    const m = /^[ \u3000]*([0-9０-９]{1,2})[ \u3000]+(?=\S)/.exec(text);
    if (!m) return null;
    return { kind: 'spaced-number', value: parseDigits(m[1]!), written: m[1]!, rest: text.slice(m[0].length) };
  },
};
