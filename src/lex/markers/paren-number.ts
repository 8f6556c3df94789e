import { parseDigits, type Marker, type MarkerConstruct } from './marker.js';

/**
 * (1) / （１） / ⑴ (U+2474–2487), with or without a following space.
 *   `(1) 行政運営の効率化の推進`   (isesaki)
 *   `(2)次代を支える健全財政を…`   (kariya: no space)
 *    ^^^ marker, value 2
 * A number followed by more digits or a unit is not a marker: `(1,000人)` stays text.
 */
export const ParenNumberMarker: MarkerConstruct = {
  kind: 'paren-number',
  match(text): Marker | null {
    const m = /^[ \u3000]*(?:([(（])([0-9０-９]{1,2})([)）])|([\u2474-\u2487]))[ \u3000]*/.exec(text);
    if (!m) return null;
    const value = m[4] ? (m[4].codePointAt(0) ?? 0) - 0x2474 + 1 : parseDigits(m[2]!);
    const written = m[4] ?? `${m[1]}${m[2]}${m[3]}`;
    return { kind: 'paren-number', value, written, rest: text.slice(m[0].length) };
  },
};
