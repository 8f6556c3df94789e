import { findEraYears } from '../../vocabulary/era-year.js';
import { cleanText } from '../../normalize/clean-text.js';
import type { Indicator } from '../../records/schema.js';

/**
 * Targets written as labels inside a sheet's text: `指標：NAME【数値目標：10社（数値目標の考え方：…）】`
 * (京都 取組状況), `KPI：NAME 目標値：85％`. The figure right after the target label is the target;
 * the explanation after it holds other figures (`15件/年×3年`, `100％`) that are not, except a
 * year it is to be reached by (`R15年度までに`).
 */
const NAME_LABEL = '(?:成果指標|活動指標|指標名?|KPI|ＫＰＩ)';
const TARGET_LABEL = '(?:数値目標|目標値|目標)';
const PATTERN = new RegExp(
  `${NAME_LABEL}\\s*[：:]\\s*([^【\\[［\\n]+?)\\s*[【\\[［(（]?\\s*${TARGET_LABEL}\\s*[：:]\\s*([△▲-]?[0-9０-９][0-9０-９,，.．]*)\\s*([^\\s(（)）】\\]］、。，,0-9０-９]{0,6})([^\\n]*)`,
  'gu',
);

export function labelledTargets(text: string, line: number | null): Indicator[] {
  const out: Indicator[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const value = Number(m[2]!.normalize('NFKC').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const rest = m[4] ?? '';
    const by = /(令和|平成|[RHＲＨ])\s*[0-9０-９元]{1,2}\s*年度?\s*(?:まで|末)/u.exec(rest);
    out.push({
      name: cleanText(m[1]!),
      fiscalYear: by ? (findEraYears(by[0])[0]?.year ?? null) : null,
      target: value,
      unit: m[3] ? m[3] : null,
      comparator: null,
      actual: null,
      text: cleanText(m[0]),
      note: null,
      line,
    });
  }
  return out;
}
