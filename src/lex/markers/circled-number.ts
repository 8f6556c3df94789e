import type { Marker, MarkerConstruct } from './marker.js';

/**
 * ① … ⑳ (U+2460–2473) and ㉑ … ㉟ (U+3251–325F).
 *   `① 過去４年間、市の…`   (kuwana: one space)
 *   `④大規模災害の発生…`     (kuwana: none)
 *   `①  市の保有する…`       (kuwana: two)
 *    ^ marker, value 1; rest starts after the spaces
 */
export function circledValue(ch: string): number | null {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  return null;
}

export const CIRCLED_CLASS = '[\u2460-\u2473\u3251-\u325F]';

const CIRCLED_START = new RegExp(`^[ \\u3000]*(${CIRCLED_CLASS})[ \\u3000]*`);

export const CircledNumberMarker: MarkerConstruct = {
  kind: 'circled-number',
  match(text): Marker | null {
    const m = CIRCLED_START.exec(text);
    if (!m) return null;
    return { kind: 'circled-number', value: circledValue(m[1]!), written: m[1]!, rest: text.slice(m[0].length) };
  },
};
