import vocabulary from './labels.json' with { type: 'json' };
import { startsLabelForm } from './label-forms.js';

/**
 * The one label vocabulary (labels.json): what a label cell of a plan or evaluation form means.
 * The general reader reads unknown forms with it; a label it does not know is still kept, with
 * its text, as an `otherFields` entry.
 */
export type LabelRole =
  | 'title'
  | 'categoryTitle'
  | 'number'
  | 'department'
  | 'sections'
  | 'category'
  | 'purpose'
  | 'audience'
  | 'method'
  /** 手段及び方策, 課題解決に向けた方向性・活動内容: how the issue is to be met (fields.measures). */
  | 'measures'
  | 'content'
  | 'period'
  | 'issue'
  | 'goal'
  | 'progress'
  /** What a year's work achieved, beside its progress: kept in otherFields by the general reader. */
  | 'outcome'
  | 'plan'
  | 'evaluation'
  | 'direction'
  | 'improvement'
  | 'indicators'
  | 'money'
  | 'baseline'
  | 'targetValue'
  | 'actualValue'
  | 'basis'
  /** A label a profile names without a slot: its text is kept in otherFields. */
  | 'other';

export const LABEL_ROLES = [
  'title', 'categoryTitle', 'number', 'department', 'sections', 'category', 'purpose', 'audience', 'method', 'measures', 'content', 'period', 'issue', 'goal',
  'progress', 'outcome', 'plan', 'evaluation', 'direction', 'improvement', 'indicators', 'money', 'baseline', 'targetValue', 'actualValue', 'basis', 'other',
] as const satisfies readonly LabelRole[];

/** Labels of one form, tried before the shared vocabulary (a form-sheets profile's `formLabels`). */
export interface ExtraLabels {
  labels: { role: LabelRole; re: RegExp }[];
}

export function compileLabels(list: readonly { pattern: string; role: LabelRole }[]): ExtraLabels {
  return { labels: list.map((l) => ({ role: l.role, re: new RegExp(l.pattern, 'u') })) };
}

export type DirectionCode = 'expand' | 'improve' | 'reduce' | 'abolish' | 'complete' | 'continue';

const LABELS = vocabulary.labels.map((l) => ({ role: l.role as LabelRole, re: new RegExp(l.pattern, 'u') }));
const FORM_TITLE = new RegExp(vocabulary.formTitles, 'u');
const COLUMN_HEADING = new RegExp(vocabulary.columnHeadings.pattern, 'u');
const DIRECTIONS = vocabulary.directions.map((d) => ({ code: d.code as DirectionCode, re: new RegExp(d.pattern, 'u') }));

/** Labels are short: a longer cell is a value even when it starts like a label. */
const MAX_LABEL = 26;

/**
 * The forms a label takes on a sheet, most literal first: as printed; without its section number
 * (`（２）`, `１`, `①`, or `①` after it) or frame (`≪…≫`, `【…】`, `＜…＞`); without a bracketed or ※ note
 * (`事業の対象（誰を、何を）`, `関連するSDGｓのゴール※１つ以上に○`).
 */
export function labelKeys(text: string): string[] {
  const printed = text.replace(/[\s\u3000]+/g, '');
  const keys = [printed.normalize('NFKC')];
  // a circled number folds to a digit under NFKC: take it off first, before the label or after it
  // (木更津's 指標① | 指標②, each heading a sub-table of its own)
  let k = printed.replace(/^[①-⑳⑴-⒇]/u, '').replace(/(?<=..)[①-⑳]$/u, '').normalize('NFKC');
  k = k.replace(/^(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.．、,]|[0-9]{1,2}(?=[^0-9年度月日.,．，%％])|第[0-9一二三四五六七八九十]+[章節])/u, '');
  k = k.replace(/^[≪《<＜【\[［〔](.*)[≫》>＞】\]］〕]$/u, '$1');
  keys.push(k);
  const bare = k.replace(/※.*$/u, '').replace(/[(（][^()（）]*[)）]$/u, '').replace(/[:：]$/u, '');
  keys.push(bare);
  return [...new Set(keys.filter((x) => x !== ''))];
}

/** The role of a label cell, or null when the text is not a label the vocabulary knows. */
export function labelRole(text: string, extra?: ExtraLabels): LabelRole | null {
  if (text.length > MAX_LABEL * 2) return null;
  const keys = labelKeys(text);
  if (extra) for (const key of keys) for (const l of extra.labels) if (l.re.test(key)) return l.role;
  for (const key of keys) {
    if (key.length > MAX_LABEL) continue;
    for (const l of LABELS) if (l.re.test(key)) return l.role;
  }
  return null;
}

/**
 * Whether the text is the first part of a label the vocabulary knows, not a label itself: a label
 * cell a page broke, its rest at the next page's head (see startsLabelForm).
 */
export function labelHead(text: string): boolean {
  if (labelRole(text) !== null) return false;
  const keys = labelKeys(text);
  return startsLabelForm(keys[1] ?? keys[0] ?? '');
}

/** The label as a reader would name it: printed form without spaces, number or frame. */
export function labelName(text: string): string {
  const keys = labelKeys(text);
  return keys[1] ?? keys[0] ?? '';
}

/** What the name of an organisation unit ends with: 企画政策課, 市長公室, 子ども家庭支援センター. */
export const ORG_UNIT_END = /(?:課|室|係|センター|館|所)$/;

/** What a department's own name ends with, its sections in brackets after it or not: 総務部, 議会事務局, 市長直轄組織（グリーン資産創造課・企業誘致課）, 桑名・員弁広域連合. */
export const DEPARTMENT_NAME_END = /(?:部|局|課|室|センター|組織|連合|組合|委員会)(?:（[^（）]*）|\([^()]*\))?$/;

/**
 * A line that names the department its label says (`部 局 名 防災・危機管理課`, `所管部局：総務部`):
 * the vocabulary's department labels, their letters perhaps spaced out, then the name (group 1).
 * For documents no profile describes, where a profile would give its own `departmentStart`.
 */
export const DEPARTMENT_LABEL_LINE = new RegExp(
  `^(?:${vocabulary.labels
    .filter((l) => l.role === 'department')
    .map((l) => l.pattern.replace(/^\^|\$$/g, '').replace(/\((?!\?)/g, '(?:').replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(\?)?/gu, '(?:$1[\\s\\u3000]*)$2'))
    .join('|')})[\\s\\u3000:：]+(\\S.*?)\\s*$`,
  'u',
);

/** A whole unit name on its own: one word, a unit's ending, short. */
export function isUnitName(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 14 && !/[\s\u3000、。，,・]/.test(t) && ORG_UNIT_END.test(t) && !IN_A_SENTENCE.test(t);
}

/**
 * What a unit's name never holds: a verb's or the copula's ending, a clause's conjunction, or の before the 所 of a
 * place (…の所, ところ): a sentence's words that happen to end on a unit's ending (伊勢崎's ローリングの所 / 管課である
 * 企画調整課へ…, a narrow year cell's lines read as one unit's name under another's and parted — Chromium, IPAGothic 13 pt).
 */
const IN_A_SENTENCE = /である|であり|でした|ている|ました|します|された|される|こと|ため|により|として|の所$/u;

/**
 * A heading of a sub-table's column that fills no slot of its own (名称 | 年度 | … | 結果 over a
 * sheet's targets): with the labels, what makes a line of short cells a table's header row.
 */
export function isColumnHeading(text: string): boolean {
  return labelKeys(text).some((k) => COLUMN_HEADING.test(k));
}

/** A form's own title line (事務事業評価シート, 事業評価書, …取組状況): a sheet boundary. */
export function isFormTitle(text: string): boolean {
  const k = text.replace(/[\s\u3000]+/g, '');
  return k.length <= 60 && FORM_TITLE.test(k);
}

const ABBREVIATIONS: Record<string, string> = vocabulary.abbreviations;

/** A money row written short (京都 `経費（一財）`: 一財 → 一般財源). */
export function expandAbbreviation(label: string): string {
  return ABBREVIATIONS[label] ?? label;
}

/** 拡充 / 継続 / 縮小 / 廃止 … in an evaluation's direction text. */
export function directionCode(text: string): DirectionCode | null {
  for (const d of DIRECTIONS) if (d.re.test(text)) return d.code;
  return null;
}
