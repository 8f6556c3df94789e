import type { Marker, MarkerConstruct } from './marker.js';

/**
 * 〈…〉 / ＜…＞ sub-topic inside an item: `〈ごみ処理〉` (kuwana). Half-width `<R2年度電気料>`
 * (isesaki 846) is left alone: it is content, and the markup stripper must not eat it either.
 */
export const AngleHeadingMarker: MarkerConstruct = {
  kind: 'angle-heading',
  match(text): Marker | null {
    const m = /^[ \u3000]*([〈＜《])([^〉＞》]+)([〉＞》])[ \u3000]*/.exec(text);
    if (!m) return null;
    return { kind: 'angle-heading', value: null, written: `${m[1]}${m[2]}${m[3]}`, rest: text.slice(m[0].length) };
  },
};
