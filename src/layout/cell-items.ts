import { CIRCLED_CLASS, circledValue } from '../lex/markers/circled-number.js';
import { isJapanese } from '../normalize/characters.js';

/**
 * Splitting one table cell into the items it holds. Kariya puts several numbered 取組内容 in one
 * cell (`<p>①…</p> <p>②…</p>` or `①… ②…`), their 課 in the next cell and their criteria after.
 */

const CIRCLED_START = new RegExp(`(?:^|(?<=[\\s\\u3000]))(${CIRCLED_CLASS})`, 'gu');

export interface CellItem {
  number: number;
  text: string;
  /** The number is inferred: the item's own went unread (see splitNumberedItems). */
  numberUnread?: true;
}

/**
 * `①A ②B` → [{1, A}, {2, B}]. A circled number inside running text (`…の ①`) splits only after
 * whitespace. Text before the first number is the item before it when the list starts at ②: its
 * ① went unread (刈谷 scanned by Chromium in black and white, p6: `アフターコロナにおける…図ります。
 * ②公式SNS…`, the ① read into the heading above). Any other text there is the cell's `lead`, for
 * the layout to report rather than drop.
 */
export function splitNumberedItems(cell: string): { items: CellItem[]; lead: string } {
  const starts = [...cell.matchAll(CIRCLED_START)];
  if (starts.length === 0) return { items: cell.trim() ? [{ number: NaN, text: cell.trim() }] : [], lead: '' };
  const items: CellItem[] = starts.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : cell.length;
    return { number: circledValue(m[1]!) ?? NaN, text: cell.slice(from, to).trim() };
  });
  const lead = cell.slice(0, starts[0]!.index).trim();
  if (items[0]!.number === 2 && itemLike(lead)) return { items: [{ number: 1, text: lead, numberUnread: true }, ...items], lead: '' };
  return { items, lead };
}

/**
 * Text that reads as an item of its own: a sentence, or a phrase as long as a short one. A word or
 * two before a ② is a speck's reading or a stray, not the ① (刈谷 by Chromium, Ghostscript's screen,
 * p11: `間際 ②歴史文化…`, whose ① stood in the row above).
 */
function itemLike(text: string): boolean {
  return /[。．.！!]$/u.test(text) || [...text.replace(/[\s\u3000]/gu, '')].length >= ITEM_CHARS;
}

const ITEM_CHARS = 8;

/**
 * Criteria bullets: `・A ・B`, `<ul>` with `・`, `・ A` with a space, or an unmarked `<ul>` whose
 * items are separated only by a space between two Japanese characters (`工事の優先順位の精査 基金の活用`).
 */
export function splitBullets(cell: string, wasList: boolean): string[] {
  if (/(?:^|[\s\u3000])[・･]/.test(cell)) {
    return cell
      .split(/(?:^|[\s\u3000]+)[・･][ \u3000]*/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const text = cell.trim();
  if (!text) return [];
  if (!wasList) return [text];
  const out: string[] = [];
  let cur = '';
  const chars = Array.from(text.replace(/\s+/g, ' '));
  chars.forEach((ch, i) => {
    if (ch === ' ' && isJapanese(chars[i - 1] ?? '') && isJapanese(chars[i + 1] ?? '')) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  });
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Several 課 for several items: a new group starts where a 課 repeats within the current one
 * (`都市交通課 まちづくり推進課 都市交通課 市街地整備課` for ①② → [都市交通課, まちづくり推進課] /
 * [都市交通課, 市街地整備課]). Returns null when the groups do not come out one per item.
 */
export function groupSections(sections: string[], items: number): string[][] | null {
  if (sections.length === items) return sections.map((s) => [s]);
  const groups: string[][] = [[]];
  for (const s of sections) {
    const g = groups[groups.length - 1]!;
    if (g.includes(s)) groups.push([s]);
    else g.push(s);
  }
  return groups.length === items ? groups : null;
}

/** Character bigrams, for matching a criterion to the item it measures. */
function bigrams(s: string): Set<string> {
  const chars = Array.from(s.replace(/\s+/g, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Assign bullets (in order) to items (in order): contiguous groups, each item at least one bullet
 * when there are enough, maximising the shared bigrams between each bullet and its item's text.
 */
export function assignInOrder(bullets: string[], items: string[]): string[][] {
  const k = items.length;
  const n = bullets.length;
  if (k === 0) return [];
  if (n === k) return bullets.map((b) => [b]);
  if (n < k) {
    // fewer bullets than items: each bullet to its best item, order kept
    const out: string[][] = items.map(() => []);
    let min = 0;
    for (const b of bullets) {
      const bb = bigrams(b);
      let best = min;
      for (let j = min; j < k; j++) if (overlap(bb, bigrams(items[j]!)) > overlap(bb, bigrams(items[best]!))) best = j;
      out[best]!.push(b);
      min = best;
    }
    return out;
  }
  const ib = items.map(bigrams);
  const score = (i: number, j: number) => overlap(bigrams(bullets[i]!), ib[j]!);
  // dp[i][j]: best score placing bullets[0..i) into items[0..j), each item non-empty
  const NEG = -Infinity;
  const dp: number[][] = Array.from({ length: n + 1 }, () => Array(k + 1).fill(NEG));
  const cut: number[][] = Array.from({ length: n + 1 }, () => Array(k + 1).fill(0));
  dp[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n - (k - j); i++) {
      for (let s = j - 1; s < i; s++) {
        if (dp[s]![j - 1] === NEG) continue;
        let v = dp[s]![j - 1]!;
        for (let t = s; t < i; t++) v += score(t, j - 1);
        // ties go to the later cut: a lone first bullet is usually the first item's own measure
        if (v >= dp[i]![j]!) {
          dp[i]![j] = v;
          cut[i]![j] = s;
        }
      }
    }
  }
  const out: string[][] = [];
  let i = n;
  for (let j = k; j >= 1; j--) {
    const s = cut[i]![j]!;
    out.unshift(bullets.slice(s, i));
    i = s;
  }
  return out;
}
