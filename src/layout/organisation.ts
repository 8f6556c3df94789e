import { cleanText } from '../normalize/clean-text.js';
import { isUnitName, ORG_UNIT_END } from '../vocabulary/index.js';

/**
 * Organisation names as the documents write them.
 *   `市長直轄組織（グリーン資産創造課・企業誘致課）` → 市長直轄組織 + [グリーン資産創造課, 企業誘致課]
 * (Composite 担当部課 like `上下水道局総務課` are split by the language step, which reads words.)
 */
export function splitDepartmentName(written: string): { name: string; sections: string[] } {
  const s = cleanText(written);
  const m = /^(.+?)[（(](.+)[）)]$/.exec(s);
  if (!m) return { name: s, sections: [] };
  const inner = m[2]!.split(/[・、,，]/).map((x) => x.trim()).filter(Boolean);
  // Only a list of 課 (or 室, センター…) is a section list; `(仮称)` and the like are part of the name.
  if (inner.length > 0 && inner.every((x) => ORG_UNIT_END.test(x))) return { name: m[1]!, sections: inner };
  return { name: s, sections: [] };
}

/** Split a cell listing 課 by spaces, 、 or ・ (but not a ・ inside a name like 子ども・子育て支援課). */
export function splitSectionList(cell: string): string[] {
  // (a department's name at a line's end, its 課 on the next line, is one unit wrapped in a narrow cell:
  // 木更津's 総務部 / 職員課, IPAex Gothic 16 pt on B5 by Chromium in an outer frame — the text reads 総務部職員課)
  const lines = cell.split('\n');
  const joined = lines.reduce<string[]>((out, l) => {
    const last = out.at(-1);
    const next = l.trim();
    if (last !== undefined && /(?:^|[\s\u3000、,，])[^\s\u3000、,，]+[部局]$/u.test(last.trimEnd()) && /^[^\s\u3000、,，部局]+$/u.test(next) && ORG_UNIT_END.test(next)) out[out.length - 1] = last.trimEnd() + next;
    else out.push(l);
    return out;
  }, []);
  const tokens = joined
    .join('\n')
    .split(/[\n\s\u3000、,，]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return joinSpread(tokens).flatMap(splitGluedUnits);
}

/**
 * Two 課 written one after the other with nothing between are two units: a 課 holds no 課 (a 係 or 室 under a 課 is
 * one name, 税務課市民税係). A narrow cell's names stacked a line each with no room between read as one paragraph —
 * 刈谷's 環境推 / 進課 / 環境推 / 進課 beside ① and ② (環境推進課環境推進課), and まちづくり推進課市街地整備課 at a page's foot
 * and head; BIZ UDPMincho 13.5 pt on B5 by LibreOffice without rules, the 351st.
 */
function splitGluedUnits(token: string): string[] {
  const parts = token.split(/(?<=課)(?=.)/u);
  return parts.length > 1 && parts.every((p) => isUnitName(p) && p.endsWith('課')) ? parts : [token];
}

/** A single kanji or kana: no unit's whole name. */
const ONE_CHARACTER = /^[\u3040-\u30ff\u3400-\u9fff]$/u;

/**
 * Characters set apart one by one (a line justified in a narrow cell, or 均等割付) are one name, and
 * one with the next piece where they stop inside a word (no unit's end): 木更津's 担当課 printed
 * justified by Chromium in IPAex Gothic 10 pt, `都 市 整 備 部 下` / `水道推進室` — read as six units,
 * the department 備部.
 */
function joinSpread(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && ONE_CHARACTER.test(tokens[j]!)) j++;
    if (j - i < 2) {
      out.push(tokens[i]!);
      continue;
    }
    let name = tokens.slice(i, j).join('');
    if (j < tokens.length && !ORG_UNIT_END.test(name) && !/[部局]$/u.test(name)) name += tokens[j++]!;
    out.push(name);
    i = j - 1;
  }
  return out;
}
