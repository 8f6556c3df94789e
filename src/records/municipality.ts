/**
 * The city a document is about: a X市/町/村 named in its title area, or named most often in the
 * body (at least three times). `都市`, `本市`, `市町` and the like are not cities; a city named once
 * in passing (bucho: `立川市にある施設`) is not the document's city.
 */
const PLACE = /([\p{Script=Han}ヶケ]{1,4}?)([市町村])(?![街場民長政内外域議役営立道有町村部会債税費民])/gu;
const NOT_A_PLACE = /^(本|都|当|各|全|同|他|両|近隣|中心|構成|周辺|沿線|政令|指定|中核|地方|県内|市|区|本庁|新|旧|前|隣接|近|一|二|三|四|五|六|七|八|九|十)$|[のは市町村]/u;

export function detectMunicipality(frontLines: readonly string[], allText: string): string | null {
  // `第７次池田市総合計画`: an ordinal before the name is not part of it (not 次池田市)
  const strip = (s: string) =>
    s
      .replace(/[\p{Script=Han}]{1,3}[県都府道](?=[\p{Script=Han}])/gu, ' ')
      .replace(/第[0-9０-９一二三四五六七八九十]+[次期]/gu, ' ')
      .replace(/\s+/g, '')
      // (a fiscal year before the name is not part of it either, its era read or not: `信和5年度刈谷市`,
      // 令和 misread on 刈谷 scanned in black and white, had given 年度刈谷市)
      .replace(/[0-9０-９元]+年度/gu, '|');
  for (const l of frontLines) {
    const c = candidates(strip(l));
    if (c.length) return c[0]!;
  }
  const counts = new Map<string, number>();
  for (const c of candidates(strip(allText))) counts.set(c, (counts.get(c) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : null;
}

function candidates(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(PLACE)) {
    const stem = m[1]!;
    if (NOT_A_PLACE.test(stem)) continue;
    out.push(stem + m[2]!);
  }
  return out;
}
