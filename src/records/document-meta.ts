import { stripMarkdownPrefix } from '../normalize/markup.js';
import type { LexedLine } from '../lex/lexed-line.js';
import { findEraDate, findEraRange, findEraYears } from '../vocabulary/era-year.js';
import type { Profile } from '../profiles/profile-schema.js';
import { cleanText } from '../normalize/clean-text.js';
import { detectMunicipality } from './municipality.js';
import { isFormTitle } from '../vocabulary/index.js';

export interface DocumentMeta {
  title: string | null;
  titleLines: number[];
  /** Lines the metadata was read from (cover lines: period, as-of date, municipality). */
  usedLines: number[];
  municipality: string | null;
  fiscalYear: number | null;
  period: { from: number; to: number } | null;
  asOf: string | null;
}

const FRONT = 20;

/** A cover line that is a year and nothing else. */
const YEAR_ONLY = /^[(（]?(令和|平成)[0-9０-９元]{1,2}年度[)）]?(版)?$/u;

/**
 * A plan's own name, for documents no profile describes: a line near the top that ends in what
 * plans call themselves (…計画, …戦略, …一覧（令和５年度評価）, …評価シート) and is not a
 * running header (printed on every page).
 */
const PLAN_NAME = /(計画|戦略|方針|プラン|ビジョン|一覧表?|評価|シート|報告書|状況|調書|評価書|目標|結果|発表)([(（][^()（）]*[)）])?(について)?[！!]?$/u;

function planNameLine(front: readonly LexedLine[], lines: readonly LexedLine[]): LexedLine | null {
  const count = new Map<string, number>();
  // counted as printed: the running header `白鷺市 特定事業主行動計画` is not the title line
  // `白鷺市特定事業主行動計画` even though their letters are the same
  for (const l of lines) if (!l.blank) count.set(l.text, (count.get(l.text) ?? 0) + 1);
  const named = (l: LexedLine) => PLAN_NAME.test(compact(l.cells.find((c) => c.trim()) ?? '')) && l.key.length >= 6;
  const once = front.slice(0, 8).find((l) => named(l) && ((count.get(l.text) ?? 0) === 1 || isFormTitle(l.text)));
  // the document's first line, printed again atop every page (桑名's `令和６年度の部局の目標・方針`
  // over each 部局's sheet): the title, when no line of the cover is named once
  return once ?? (front[0] && named(front[0]) ? front[0] : null);
}

/**
 * A cover title set too large for the page's width wraps mid-word (伊勢崎 in Noto Serif at 25 pt:
 * `伊勢崎市行政改革推進計画取組結` / `果報告書`), so that no line of it is the title the profile
 * names: the first two or three consecutive lines of the front matter that together are.
 */
function wrappedTitle(front: readonly LexedLine[], patterns: readonly RegExp[]): LexedLine[] {
  for (let i = 0; i < front.length; i++) {
    for (let n = 2; n <= 3 && i + n <= front.length; n++) {
      const run = front.slice(i, i + n);
      if (patterns.some((p) => p.test(run.map((l) => l.key).join('')))) return run;
    }
  }
  return [];
}

function compact(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

export function readDocumentMeta(
  lines: readonly LexedLine[],
  profile: Profile,
  municipalityOverride?: string,
  titleHint: string | null = null,
  firstRecordLine: number | null = null,
): DocumentMeta {
  // a document no profile describes has its cover before its first record: a period printed in
  // a sheet (京都 【事業実施期間】) is the item's, not the document's
  const front = lines.filter((l) => !l.blank && (profile.layout !== 'generic' || firstRecordLine === null || l.no < firstRecordLine)).slice(0, FRONT);
  const patterns = profile.title.map((p) => new RegExp(p, 'u'));
  const titleLines: LexedLine[] = [];
  for (const l of front) {
    if (patterns.some((p) => p.test(l.key))) titleLines.push(l);
    else if (titleLines.length) break;
  }
  if (titleLines.length === 0) titleLines.push(...wrappedTitle(front, patterns));
  let title = titleLines.length ? titleLines.map((l) => cleanText(l.text)).join(profile.titleJoin) : null;
  if (title === null && profile.title.length === 0) {
    const named = planNameLine(front, lines);
    if (named) {
      // (a markdown heading's `#` is no part of it)
      title = cleanText(stripMarkdownPrefix(named.cells.find((c) => c.trim()) ?? named.text).text);
      titleLines.push(named);
    } else title = titleHint ? cleanText(titleHint) : null;
  }
  let fiscalYear = profile.fiscalYear === 'title' && title ? (findEraYears(title)[0]?.year ?? null) : null;
  // a title that names no year, with the year on a cover line of its own (刈谷's `令和5年度` over
  // `刈谷市組織重点目標`)
  const yearLine = profile.fiscalYear === 'title' && fiscalYear === null ? front.slice(0, 8).find((l) => YEAR_ONLY.test(l.key)) : undefined;
  if (yearLine) {
    fiscalYear = findEraYears(yearLine.text)[0]?.year ?? null;
    if (fiscalYear !== null && !titleLines.includes(yearLine)) titleLines.push(yearLine);
  }
  const periodSource = profile.period === 'front' ? front : profile.period === 'anywhere' ? lines : [];
  let period: DocumentMeta['period'] = null;
  const usedLines: number[] = [];
  for (const l of periodSource) {
    period = findEraRange(l.text);
    if (period) {
      if (front.includes(l) && l.key.length <= 30) usedLines.push(l.no);
      break;
    }
  }
  const asOfLine = front.find((l) => /現在/.test(l.key));
  const asOf = asOfLine ? findEraDate(asOfLine.text) : null;
  if (asOf && asOfLine) usedLines.push(asOfLine.no);
  const cover = front.slice(0, 8).filter((l) => l.key.length <= 60);
  const detected = detectMunicipality(cover.map((l) => l.text), lines.map((l) => l.text).join('\n'));
  // A cover line that is only the city (`千葉県木更津市`, `伊 勢 崎 市`) is the document header.
  const cityLine = detected ? cover.find((l) => l.key.endsWith(detected) && l.key.length <= detected.length + 4) : undefined;
  if (cityLine) usedLines.push(cityLine.no);
  const municipality = municipalityOverride ?? detected;
  return { title, titleLines: titleLines.map((l) => l.no), usedLines, municipality, fiscalYear, period, asOf };
}
