import { cleanText } from '../normalize/clean-text.js';

/**
 * Organisation names as the documents write them.
 *   `市長直轄組織（グリーン資産創造課・企業誘致課）` → 市長直轄組織 + [グリーン資産創造課, 企業誘致課]
 *   `上下水道局総務課` → 上下水道局 + 総務課;  `都市整備部下水道推進室` → 都市整備部 + 下水道推進室
 *   `関係各課` stays as written.
 */
export function splitDepartmentName(written: string): { name: string; sections: string[] } {
  const s = cleanText(written);
  const m = /^(.+?)[（(](.+)[）)]$/.exec(s);
  if (!m) return { name: s, sections: [] };
  const inner = m[2]!.split(/[・、,，]/).map((x) => x.trim()).filter(Boolean);
  // Only a list of 課 (or 室, センター…) is a section list; `(仮称)` and the like are part of the name.
  if (inner.length > 0 && inner.every((x) => /(課|室|係|センター|館|所)$/.test(x))) return { name: m[1]!, sections: inner };
  return { name: s, sections: [] };
}

/** The 部/局/室/本部 a composite 担当部課 starts with, and the rest. */
export function splitAssignee(entry: string): { department: string | null; section: string } {
  const s = cleanText(entry);
  if (/^関係/.test(s)) return { department: null, section: s };
  const m = /^(.+?(?:本部|事務局|部|局|公室))(.+(?:課|室|係|所|センター|館|園|担当))$/.exec(s);
  if (m) return { department: m[1]!, section: m[2]! };
  // `環境部環境政策課さかい聖苑`, `市民部市民課市民サービスセンター宮子・あずま`: a section with a place after it.
  const prefixed = /^(.+?(?:本部|事務局|部|局|公室))(.+?(?:課|室|係|センター).*)$/.exec(s);
  if (prefixed) return { department: prefixed[1]!, section: prefixed[2]! };
  const whole = /^(.+?(?:本部|事務局|部|局|公室))$/.exec(s);
  if (whole) return { department: whole[1]!, section: s };
  return { department: null, section: s };
}

/**
 * A list of 担当部課 → the record's department (that of the first entry) and its sections, each
 * entry with that department's prefix removed: [総務部職員課, 市長公室経営改革課] →
 * 総務部 + [職員課, 市長公室経営改革課].
 */
export function assigneesToDepartment(entries: readonly string[]): { department: string | null; sections: string[] } {
  const split = entries.map(splitAssignee);
  const department = split.find((s) => s.department)?.department ?? null;
  const sections = split.map((s, i) => (s.department && s.department === department ? s.section : cleanText(entries[i]!)));
  return { department, sections };
}

/** Split a cell listing 課 by spaces, 、 or ・ (but not a ・ inside a name like 子ども・子育て支援課). */
export function splitSectionList(cell: string): string[] {
  return cell
    .split(/[\n\s\u3000、,，]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}
