import { findEraYears } from '../vocabulary/era-year.js';
import { ARABIC, KANJI, isClearKanjiNumber, parseArabic, parseKanji } from './numerals.js';
import { narrowAscii } from '../normalize/characters.js';

/**
 * Figures with their unit in a phrase, and the words that make one a target or not. Offsets are
 * into the phrase as given (the folding below keeps every character's length).
 */
export type Comparator = 'gte' | 'lte' | 'gt' | 'lt' | 'eq';

export interface Quantity {
  value: number;
  unit: string | null;
  comparator: Comparator | null;
  /** A year written with the figure (`10.0%（令和6年度）`, `R8年度目標値0.35%`). */
  fiscalYear: number | null;
  start: number;
  end: number;
  written: string;
  /** Second half of a range (`3.0%～5.0%`): the first is `gte`, this one `lte`. */
  rangeEnd: boolean;
}

const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8 };
// Longest first: the alternation takes the first that matches.
const UNITS = [
  'パーセント', 'ポイント', '事業所', '事業者', '世帯', '団体', '事業', '施設', '店舗', '箇所', 'か所', 'ヶ所', 'カ所', 'ケ所', 'ヵ所',
  '人回', '時間', '自治会', '協議会', '会場', '公園', '団地', 'ページ', 'トン', 'キロ', '地区', '路線', '校区', 'km2', 'km', 'ha', 'kg', 'PV', 'GB', 'pt',
  '㎡', 'm2', 'm', 't', '%', '円', '人', '名', '件', '回', '校', '園', '社', '台', '本', '冊', '枚', '戸', '頭', '店', '食', '倍', '割',
  '点', '個', '基', '棟', '橋', '区', 'g', '日', '分', '秒', '組', '者', '床', '席', '軒', '機', '講座', '種類', '品目', '項目', 'ヶ国', 'か国', '年度',
  '年間', '年', 'か月', 'ヶ月', 'カ月', '月', '歳', '期', '次', '弾', '号', '条', '章', '節', '番', '位', '課', '局', '部', '階', 'つ', '代', '周年', '度',
];
/** Units that make a figure a date, a duration, an age, an ordinal or a count in a name. */
const NOT_A_TARGET_UNIT = new Set(['年度', '年間', '年', 'か月', 'ヶ月', 'カ月', '月', '歳', '期', '次', '弾', '号', '条', '章', '節', '番', '位', '局', '部', '階', 'つ', '代', '周年', '度']);
const COMPARATORS: [RegExp, Comparator][] = [
  [/^を?(?:割り込(?:まない|むことなく)|下回らない)/, 'gte'],
  [/^を?(?:超えない|上回らない)/, 'lte'],
  [/^以上/, 'gte'],
  [/^以下/, 'lte'],
  [/^以内/, 'lte'],
  [/^未満/, 'lt'],
  [/^超え?/, 'gt'],
  [/^を?上回/, 'gt'],
  [/^を?下回/, 'lt'],
];
/** Words before a figure (in its clause) that make it a baseline, a result or a comparison. */
const BASELINE = /(実績|現状値?|現在|時点|これまで|既に|対比|前年度?比|基準値|当初|比べ|比較して)[^、。]*$/;
const RATE_BEFORE = /(?:毎月|月|年間|毎年|年|週|1日|一日|日)$/;

const UNIT_RE = UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const FIGURE = new RegExp(`(${ARABIC}|${KANJI})[ ]?([千万億])?(${UNIT_RE})?(?:/(月|年|日|週|人|回))?`, 'gu');

/** Full-width ASCII → ASCII and the ideographic space → space, one character for one. */
function fold(s: string): string {
  return narrowAscii(s).replace(/\u3000/g, ' ');
}

/** Spans of era years and dates: figures there are not quantities. */
function masked(s: string): string {
  let out = s;
  const blank = (from: number, to: number) => {
    out = out.slice(0, from) + '\u0000'.repeat(to - from) + out.slice(to);
  };
  for (const y of findEraYears(s)) blank(y.index, y.index + y.written.length);
  for (const m of s.matchAll(/(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[.\/][0-9]{1,2}[.\/][0-9]{1,2}|[0-9]{4}年度?|[0-9]{1,2}:[0-9]{2}/g)) blank(m.index, m.index + m[0].length);
  return out;
}

function insideParentheses(s: string, at: number): { open: number; close: number } | null {
  const open = Math.max(s.lastIndexOf('(', at), s.lastIndexOf('（', at));
  if (open < 0) return null;
  const closeBefore = Math.max(s.lastIndexOf(')', at), s.lastIndexOf('）', at));
  if (closeBefore > open) return null;
  const rest = s.slice(at);
  const m = /[)）]/.exec(rest);
  return m ? { open, close: at + m.index } : null;
}

/**
 * A parenthesis that describes the noun before it, its phrase going on after it
 * (`重要給水施設(47施設)への管路耐震化`, `保育相談支援員（園長経験者2名）の巡回支援`: 刈谷), holds no
 * target. One that restates the figure before it (`平均年間100件（合計1,000件）の差押`: 桑名;
 * `58事業者 (80事業所)`) or ends the item (`出張スマホ教室の開催（23自治会において開催）`: 刈谷) does.
 */
function describesNoun(text: string, paren: { open: number; close: number }): boolean {
  const restatesFigure = /[0-9０-９][^\s()（）0-9０-９]{0,4}\s*$/.test(text.slice(0, paren.open));
  const endsItem = /^\s*(?:$|[、。，,]|\s)/.test(text.slice(paren.close + 1));
  return !restatesFigure && !endsItem;
}

export function findQuantities(phrase: string): Quantity[] {
  const text = fold(phrase);
  const scan = masked(text);
  const out: Quantity[] = [];
  for (const m of scan.matchAll(FIGURE)) {
    const [whole, num, scale, unitWritten, per] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
    const start = m.index;
    let end = start + whole.length;
    const before = scan.slice(0, start);
    const after = scan.slice(end);
    const kanji = !/[0-9]/.test(num);
    if (kanji && !isClearKanjiNumber(num) && !RATE_BEFORE.test(before)) continue;
    if (/第$/.test(before) || /^[A-Za-z]/.test(after) || /[A-Za-z]$/.test(before)) continue;
    if (/\u0000$/.test(before) && !unitWritten) continue;
    const zero = /^[(（]ゼロ[)）]/.test(after) && parseArabic(num) === 0; // `待機児童0（ゼロ）`
    if (!unitWritten && !scale && !zero) continue; // a bare number is a code, a name or a list marker
    if (unitWritten && NOT_A_TARGET_UNIT.has(unitWritten)) continue;
    if (unitWritten === '日' && /月$/.test(before)) continue;
    if (unitWritten === '課' && /^[^、。]*で構成|^体制/.test(after)) continue; // `3課で構成`: how a 部 is made up
    if (/^[0-9０-９一二三四五六七八九十]+[人台個枚回日]/.test(after) || /[0-9][人台個枚回日]$/.test(before)) continue; // `1人1台`, `1人1日あたり`: a ratio
    if (/【[^】]*$/.test(text.slice(0, start))) continue; // inside a 【heading】
    const paren = insideParentheses(text, start);
    if (paren && !/目標/.test(text.slice(paren.open, paren.close)) && describesNoun(text, paren)) continue;
    if (BASELINE.test(text.slice(0, start))) continue;
    if (/^\s*(?:につき|当たり|あたり|ごと|毎に|中[、,]|のうち)/.test(after)) continue; // a denominator (`係員1人につき`, `29地区中、`)
    if (/^\s*に対し/.test(after)) continue; // what another figure is set against (`定数735人に対し…714人`): 伊勢崎
    if (/(?:ほか|(?<![海国室屋郊課])外|(?<!自)他)$/.test(before)) continue; // the rest of a list (`…子供のもり公園伊勢崎 外41施設`): 伊勢崎
    // a count of places or things glued to the name of the figure after it is part of that name
    // (`小垣江西部1地区進捗率 約80%`: 刈谷); a count of events or people is a target of its own
    // (`ポスターコンクール実施1回応募者数 700人`: 刈谷)
    if (unitWritten && !/^(?:回|件|人|名|日|時間|%|パーセント)$/.test(unitWritten) && /^[\u4e00-\u9fff]+(?:率|数|量|額|値)\s*(?:は|が|を)?\s*約?\s*[0-9]/.test(after)) continue;
    if (kanji && num === '十' && unitWritten === '分' && !/^(?:以内|以上|程度|間)/.test(after)) continue; // 十分 (enough): `能力が十分でない`, 伊勢崎

    let value = kanji ? parseKanji(num) : parseArabic(num);
    if (Number.isNaN(value)) continue;
    let unit = unitWritten ?? null;
    if (scale) value *= SCALE[scale]!;
    if (unit === 'パーセント') unit = '%';
    value = Math.round(value * 1e6) / 1e6;
    const rate = RATE_BEFORE.exec(before.trimEnd());
    if (per) unit = `${unit ?? ''}/${per}`;
    else if (rate && unit && /^(回|件|日|時間)$/.test(unit) && before.trimEnd().length === before.length) unit = `${unit}/${rate[0].replace(/^(毎|1|一)/, '').replace('年間', '年')}`;

    let comparator: Comparator | null = null;
    for (const [re, c] of COMPARATORS) {
      const rest = after.replace(/^[ 」』]+/, '');
      const cm = re.exec(rest);
      if (cm) {
        comparator = c;
        end += after.length - rest.length + cm[0].length;
        break;
      }
    }
    const year = yearWith(text, start, end);
    if (year.end > end) end = year.end;
    out.push({ value, unit, comparator, fiscalYear: year.year, start, end, written: phrase.slice(start, end), rangeEnd: false });
  }
  return linkRanges(text, out);
}

/** `10.0%（令和6年度）` after the figure, or the nearest era year before it in the phrase. */
function yearWith(text: string, start: number, end: number): { year: number | null; end: number } {
  const after = /^[ ]*[(（]([^()（）]{1,12})[)）]/.exec(text.slice(end));
  if (after) {
    const ys = findEraYears(after[1]!);
    if (ys.length === 1 && after[1]!.replace(ys[0]!.written, '').replace(/[ 末時点まで]/g, '') === '') return { year: ys[0]!.year, end: end + after[0].length };
  }
  return { year: findEraYears(text.slice(0, start)).at(-1)?.year ?? null, end };
}

/** `3.0%～5.0%`, `3.0～5.0%`: the two ends of a range, the unit shared. */
function linkRanges(text: string, qs: Quantity[]): Quantity[] {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!/^[ ]*[～〜~]\s*$/.test(text.slice(a.end, b.start))) continue;
    a.comparator ??= 'gte';
    b.comparator ??= 'lte';
    b.rangeEnd = true;
    a.unit ??= b.unit;
  }
  return qs;
}
