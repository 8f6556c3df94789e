import type { Marker, MarkerConstruct } from './marker.js';

/**
 * ・ ○ ● ◆ ■ □ ◇ at the start of an item: `・既存イベントの棚卸し…` (kariya), `○市民を…` (kariya
 * intro), `●はじめに` (kisarazu). Inside a word `・` is punctuation (`ワーク・ライフ・バランス`):
 * only a leading one is a marker. ◎○△× grades are told apart by the layout, which knows the column.
 */
export const BULLET_CHARS = '・･○●◆■□◇';

const BULLET_START = new RegExp(`^[ \\u3000]*([${BULLET_CHARS}])[ \\u3000]*`);

export const BulletMarker: MarkerConstruct = {
  kind: 'bullet',
  match(text): Marker | null {
    const m = BULLET_START.exec(text);
    if (!m) return null;
    return { kind: 'bullet', value: null, written: m[1]!, rest: text.slice(m[0].length) };
  },
};
