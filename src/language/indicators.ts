import { findEraYears } from '../vocabulary/era-year.js';
import { comparesToCount, reportsThePast } from '../lex/predicates.js';
import type { Indicator } from '../records/schema.js';
import { findQuantities, type Quantity } from './quantities.js';

/**
 * Targets in a phrase (docs/indicators.md): each figure with a unit that is not a year, date,
 * baseline or name becomes an indicator named by the words before it. For a sentence (a figure
 * with kana around it) its predicate decides too (lex/predicates.ts): whether the sentence reports
 * the past (`…に達しました`) and whether a comparing verb after the figure modifies a noun
 * (`月80時間を超える教職員`: a condition).
 */
export interface PhraseContext {
  /** The document's fiscal year: for `今年度` and phrases that name no year. */
  documentYear: number | null;
  /** The year of the table column the phrase sits in, if any. */
  columnYear?: number | null;
  line?: number | null;
  note?: string | null;
}

const CLAUSE_BREAK = /[、。，,；;「」『』\n]|\s{2,}/g;
const LEADING_MARKER = /^[\s・･○●◎◇◆■□※①-⑳\-－ー]+|^[(（]?[0-9０-９]+[)）.．]\s*/u;
const TRAILING_PARTICLE = /(?:を|が|は|で|に|も|の|とも|として|について)$/;

export function indicatorsIn(phrase: string, ctx: PhraseContext): Indicator[] {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const qs = findQuantities(text);
  if (qs.length === 0) return [];
  const sentence = isSentence(text);
  // a sentence that reports (…でした, …に達しました, …が設立された) states a fact, not a target
  if (sentence && reportsThePast(text)) return [];
  const thisYear = /今年度|本年度/.test(text) ? ctx.documentYear : null;
  const out: Indicator[] = [];
  let from = 0;
  let lastName: string | null = null;
  for (const q of qs) {
    if (sentence && comparesToCount(text.slice(q.end))) continue; // its words name the next figure
    // `58事業者 (80事業所)`: a figure opening a parenthesis after another restates it, under its name
    const restates = out.length > 0 && /^\s*[(（]\s*$/.test(text.slice(from, q.start));
    const name: string | null = q.rangeEnd || restates ? lastName : nameBefore(text, from, q);
    from = q.end;
    lastName = name;
    // a figure of an earlier year than the plan's is a past result (`令和５年度の…46,331トン`)
    if (q.fiscalYear !== null && ctx.documentYear !== null && q.fiscalYear < ctx.documentYear) continue;
    out.push({
      name,
      fiscalYear: q.fiscalYear ?? thisYear ?? ctx.columnYear ?? ctx.documentYear ?? null,
      target: q.value,
      unit: q.unit,
      comparator: q.comparator,
      actual: null,
      text,
      note: ctx.note ?? null,
      line: ctx.line ?? null,
    });
  }
  return out;
}

/** A criterion with no figure is a text target: kept with its words, `target: null`. */
export function textTarget(phrase: string, ctx: PhraseContext): Indicator {
  return { name: null, fiscalYear: ctx.columnYear ?? ctx.documentYear ?? null, target: null, unit: null, comparator: null, actual: null, text: phrase.trim(), note: ctx.note ?? null, line: ctx.line ?? null };
}

/**
 * The words naming a figure: its clause (after the last 、 or the previous figure), without list
 * markers, era years, rate words or a trailing particle; a figure right after a 【heading】 is
 * named by the heading (`【財政効果額】 75,000千円`).
 */
const DEADLINE_ONLY = /^(?:(?:令和|平成|[RHＲＨ])\s*[0-9０-９元]{1,2}\s*年度?|[0-9０-９]{4}\s*年度?)\s*(?:末|中)?\s*(?:まで|までに)?\s*(?:に)?$/u;

function nameBefore(text: string, from: number, q: Quantity): string | null {
  let seg = text.slice(from, q.start);
  const heading = /【([^】]+)】\s*$/.exec(seg);
  if (heading) return heading[1]!;
  seg = seg.replace(/^.*】/, '');
  // a figure inside a parenthesis is named by the words before it there (`（合計1,000件）`), else by
  // what the parenthesis stands after (`出張スマホ教室の開催（23自治会において開催）`)
  const open = /[(（]([^()（）]*)$/.exec(seg);
  if (open) seg = open[1]!.trim() ? open[1]! : seg.slice(0, open.index);
  const breaks = [...seg.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  if (last) {
    const clause = seg.slice(last.index + last[0].length);
    // `…取得率を、令和10年度までに85％以上`: a clause that only sets the deadline leaves the
    // naming to the clause before it
    const before = breaks.at(-2);
    seg = DEADLINE_ONLY.test(clause.trim()) ? seg.slice(before ? before.index + before[0].length : 0, last.index) : clause;
  }
  for (const y of findEraYears(seg).reverse()) if (seg.trimEnd().endsWith(y.written.trim())) seg = seg.trimEnd().slice(0, -y.written.trim().length);
  seg = seg
    .replace(/《[^》]*》/g, '')
    .replace(/(?:目標値?|毎月|月|年間|毎年|年|週)\s*$/, '')
    .replace(LEADING_MARKER, '')
    .replace(/[(（][^()（）]*[)）]\s*$/, '')
    .replace(/[⇒→：:\s]+$/, '')
    .replace(/約$/, '')
    .trim()
    .replace(TRAILING_PARTICLE, '')
    .trim();
  return seg || null;
}

const isSentence = (text: string) => /[\u3041-\u3093]/.test(text.replace(/[のをはがにで]/g, ''));
