import type { Marker, MarkerConstruct } from './marker.js';

/**
 * 【…】 heading on its own: `【ＰＸ（パブリック・トランスフォーメーション）推進】` (kuwana 346).
 * `【指数・目標値】 対象証明書の…` (isesaki) is a label followed by text: rest holds the text.
 */
export const BracketHeadingMarker: MarkerConstruct = {
  kind: 'bracket-heading',
  match(text): Marker | null {
    const m = /^[ \u3000]*【([^】]+)】[ \u3000]*/.exec(text);
    if (!m) return null;
    return { kind: 'bracket-heading', value: null, written: `【${m[1]}】`, rest: text.slice(m[0].length) };
  },
};
