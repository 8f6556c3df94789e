/**
 * Residue of the HTML/markdown the extraction produced. Block tags become paragraph breaks
 * ("\n") because they separate items inside one table cell (kariya: `<p>①…</p> <p>②…</p>`);
 * inline tags vanish. Only real tag names are removed: `<R2年度電気料>` (isesaki 846) is content.
 */
const BLOCK_TAGS = 'p|li|ul|ol|br|div|tr|table|h[1-6]|blockquote';
const INLINE_TAGS = 'small|span|strong|b|i|em|u|sup|sub|font|a|td|th|tbody|thead';

const BLOCK = new RegExp(`</?(?:${BLOCK_TAGS})(?:\\s[^<>]*)?/?>`, 'gi');
const INLINE = new RegExp(`</?(?:${INLINE_TAGS})(?:\\s[^<>]*)?/?>`, 'gi');

/** Strip tags inside one cell or line; block tags leave "\n". Markdown emphasis `**` is removed. */
export function stripMarkup(s: string): string {
  return s
    .replace(BLOCK, '\n')
    .replace(INLINE, '')
    .replace(/\*\*/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Markdown line prefixes: `# `, `## `, and a `- ` list bullet. Returns the kind it removed. */
export function stripMarkdownPrefix(s: string): { text: string; heading: number; listItem: boolean } {
  const h = /^\s*(#{1,6})\s+/.exec(s);
  if (h) return { text: s.slice(h[0].length), heading: h[1]!.length, listItem: false };
  const li = /^\s*[-*]\s+/.exec(s);
  if (li) return { text: s.slice(li[0].length), heading: 0, listItem: true };
  return { text: s, heading: 0, listItem: false };
}

/**
 * A markdown table row (`| 1 | 窓口の委託 | 市民課 |`, as markdown converters of PDFs and Office files
 * write tables): its cells, as a tab-separated extraction gives them; the rule under the header
 * (`|---|:--:|`) is no row (one empty cell). Null for any other line.
 */
export function markdownTableRow(s: string): string[] | null {
  const t = s.trim();
  if (!/^\|.*\|$/u.test(t) || t.length < 3) return null;
  if (/^\|(\s*:?-{2,}:?\s*\|)+$/u.test(t)) return [''];
  const cells = t.slice(1, -1).split(/(?<!\\)\|/u).map((c) => c.replace(/\\\|/g, '|').replace(/<br\s*\/?>/giu, '\n').trim());
  return cells.length >= 2 ? cells : null;
}
