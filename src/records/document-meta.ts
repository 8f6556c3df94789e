import type { LexedLine } from '../lex/lexed-line.js';
import { findEraDate, findEraRange, findEraYears } from '../lex/era-year.js';
import type { Profile } from '../profiles/profile-schema.js';
import { cleanText } from '../normalize/clean-text.js';
import { detectMunicipality } from './municipality.js';

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

export function readDocumentMeta(lines: readonly LexedLine[], profile: Profile, municipalityOverride?: string): DocumentMeta {
  const front = lines.filter((l) => !l.blank).slice(0, FRONT);
  const patterns = profile.title.map((p) => new RegExp(p, 'u'));
  const titleLines: LexedLine[] = [];
  for (const l of front) {
    if (patterns.some((p) => p.test(l.key))) titleLines.push(l);
    else if (titleLines.length) break;
  }
  const title = titleLines.length ? titleLines.map((l) => cleanText(l.text)).join(profile.titleJoin) : null;
  const fiscalYear = profile.fiscalYear === 'title' && title ? (findEraYears(title)[0]?.year ?? null) : null;
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
