import { parseDigits, type Marker, type MarkerConstruct } from './marker.js';

/**
 * 1. / １． — a numbered section label.
 *   `１．現状認識`   (kuwana: label split over lines, `と課題` follows)
 *    ^^ marker, value 1
 * `1.5%` is a number, not a marker: the dot must not be followed by a digit.
 */
export const DottedNumberMarker: MarkerConstruct = {
  kind: 'dotted-number',
  match(text): Marker | null {
    const m = /^[ \u3000]*([0-9０-９]{1,2})[.．](?![0-9０-９])[ \u3000]*/.exec(text);
    if (!m) return null;
    return { kind: 'dotted-number', value: parseDigits(m[1]!), written: m[0].trim(), rest: text.slice(m[0].length) };
  },
};
