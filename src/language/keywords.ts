import type { DraftRecord } from '../layout/layout-result.js';
import { loadTokenizer, tokenizeNow, type Token } from '../lex/tokenizer.js';

/**
 * Keywords of a record (`--keywords`): the compound nouns of its title and goal, in order, as a
 * reader would tag it (`市税納付方法`, `オンライン納税相談`, `行政サービス`). Where a compound
 * starts and ends is what the tokenizer knows and a regular expression does not: a run of nouns
 * (with a prefix like 第 or 再 before it and suffixes like 化 inside), cut at particles and verbs.
 * Words every plan uses on their own (実施, 推進, 向上) are left out; inside a compound they stay.
 */
export async function addKeywords(records: DraftRecord[]): Promise<void> {
  if (records.length === 0) return;
  await loadTokenizer();
  for (const r of records) r.keywords = keywordsOf([r.title, r.fields.goal ?? '', r.fields.measures ?? ''].join('\n'));
}

const MAX = 8;
const GENERIC = new Set(
  '実施 推進 取組 取組み 取り組み 向上 強化 充実 検討 確保 促進 支援 活用 整備 目標 事業 本市 市 年度 今年度 来年度 令和 平成 こと もの ため よう 各種 必要 実現 拡充 継続 改善 構築 展開 効果 達成 計画 方針 対応 取組内容 状況 機会 体制 一層 更なる'.split(' '),
);
const TRAILING = new Set(['等', 'など', '的']);
const DATE = /^(?:令和|平成|昭和|[RHＲＨ])?[0-9０-９元]+(?:年度?|月|日)+(?:[0-9０-９]+(?:月|日))*$/;

export function keywordsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const word of nounRuns(tokenizeNow(line))) {
      if (out.length >= MAX) return out;
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}

function nounRuns(tokens: Token[]): string[] {
  const runs: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && TRAILING.has(run.at(-1)!.surface)) run.pop();
    while (run.length && run[0]!.posDetail === '接尾') run.shift();
    const word = run.map((t) => t.surface).join('');
    run = [];
    if ([...word].length < 2 || GENERIC.has(word) || /^[0-9０-９.,]+$/.test(word) || /^[ぁ-ゖー]+$/.test(word) || DATE.test(word)) return;
    runs.push(word);
  };
  for (const t of tokens) {
    // IPADIC tags ASCII signs like `(` as nouns: a word needs a letter or a digit
    const noun = t.pos === '名詞' && !['非自立', '代名詞', '副詞可能'].includes(t.posDetail) && /[\p{L}\p{N}]/u.test(t.surface);
    const prefix = t.pos === '接頭詞' && run.length === 0;
    if (noun || prefix) run.push(t);
    else flush();
  }
  flush();
  return runs;
}
