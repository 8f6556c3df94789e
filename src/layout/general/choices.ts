/**
 * A choice grid: the options printed with an empty mark (○ □) and the chosen one with a full
 * mark (● ■ ◉ ☑). Taught by 京都 役割分担評価 (`■ 特定の個人…` / `□ より多くの…`) and 神戸
 * 達成見込み (`○ 達成 ○ ○ ● その他（方針変更等）`). The option is the text after the full
 * mark on its line; without text there (the words printed above and below the marks) the mark's
 * position among the marks is named.
 */
const FULL = /[●■◉☑▣]/u;
const EMPTY = /[○〇□☐◯]/u;

export function markedChoice(text: string): string | null {
  const marks = [...text].filter((ch) => FULL.test(ch) || EMPTY.test(ch));
  const full = marks.filter((ch) => FULL.test(ch));
  if (full.length !== 1 || marks.length < 2) return null;
  for (const line of text.split('\n')) {
    const m = /[●■◉☑▣][ \u3000]*([^○〇□☐◯●■◉☑▣\n]*)/u.exec(line);
    if (m) {
      const after = m[1]!.trim();
      if (after !== '') return after;
    }
  }
  // the option's words are printed above and below the marks (神戸 取組への評価): which words
  // belong to which mark needs the page's geometry, so the choice is named by its position
  return `●（${marks.findIndex((ch) => FULL.test(ch)) + 1}番目／${marks.length}択）`;
}
