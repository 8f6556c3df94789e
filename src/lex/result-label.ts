import type { Status } from '../records/schema.js';

/**
 * What a result label or grade means, when it stands alone in its cell or after its goal:
 * 達成 / 一部達成 / 未達成 / 着手, and the ◎○△× grades of 取組達成度 legends (◎ 計画以上,
 * ○ ほぼ計画通り, △ 計画以下, × 進捗なし). The same marks used as a bullet (`○市民を…`) or as a
 * minus sign (`△7,000`) are not grades: only a mark standing alone is one. Profiles may name
 * their own labels (profile.results / profile.grades); this is the vocabulary they start from.
 */
const LABELS: Record<string, Status> = {
  達成: 'achieved',
  着手達成: 'achieved',
  一部達成: 'partially_achieved',
  未達成: 'not_achieved',
  着手: 'started',
  '◎': 'exceeded',
  '○': 'on_plan',
  '〇': 'on_plan',
  '△': 'below_plan',
  '×': 'no_progress',
  '✕': 'no_progress',
};

export function statusOfResult(text: string): Status | null {
  const key = text.replace(/[\s\u3000*＊]+/g, '');
  return LABELS[key] ?? null;
}

/** The result words a goal is followed by, longest first (`着手 達成` before `達成`), with their status. */
export const RESULT_WORDS: { label: string; status: Status }[] = [
  { label: '着手 達成', status: 'achieved' },
  { label: '一部達成', status: 'partially_achieved' },
  { label: '未達成', status: 'not_achieved' },
  { label: '達成', status: 'achieved' },
  { label: '着手', status: 'started' },
];
