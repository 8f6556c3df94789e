import type { LexedLine } from '../../lex/lexed-line.js';
import { RESULT_WORDS } from '../../lex/result-label.js';
import { GoalBlocksProfile } from '../../profiles/profile-schema.js';

/** The units a panel's head is the head of. */
const UNIT = '部|局|本部|事務局';

/**
 * 部長目標 / 局長マニフェスト panels with no profile: per 部 its head (`政策経営部長 かみやま たかし
 * 神山 尚`), its 方針 and 仕事, and its numbered goals each followed by its result (達成, 一部達成,
 * 未達成, 着手). The goal-blocks reader reads them with what every such panel writes — the heads'
 * titles, the panel labels and the result words — instead of one city's wording. Taught by the
 * 部長目標 結果発表 seed, read with no profile.
 */
export const GOAL_PANELS: GoalBlocksProfile = GoalBlocksProfile.parse({
  id: 'goal-panels',
  family: '(general) 部長目標',
  description: 'Department panels: head, policy, duties, summary and numbered goals with their results.',
  layout: 'goal-blocks',
  detect: { signals: [{ pattern: '(?!)', weight: 0 }], minScore: 1 },
  labels: [
    { pattern: '^(目標|部長目標|局長目標|部の目標|局の目標|今年度の目標|重点目標)$', target: 'dept.goals' },
    { pattern: '^(基本方針|運営方針|部の方針|局の方針|方針)$', target: 'dept.policy' },
    { pattern: '^(部の仕事|局の仕事|部の役割|局の役割|主な仕事|主な業務|所管業務|使命|ミッション)$', target: 'dept.duties' },
    { pattern: '^(総括|総評|全体総括|振り返り|結果の総括)$', target: 'dept.summary' },
  ],
  results: RESULT_WORDS,
  departmentName: `^(\\S{1,14}?(?:${UNIT}))$`,
  headTitle: `^(\\S{1,14}?(?:${UNIT})長)$`,
  indicatorsFrom: ['title'],
});

/**
 * Panels: two heads or more, each a unit's title with a name after it (`総務部長 やぶき ゆういち`),
 * and goals followed by a result word on two lines or more.
 */
export function hasGoalPanels(lines: readonly LexedLine[]): boolean {
  let heads = 0;
  let results = 0;
  for (const l of lines) {
    if (l.blank) continue;
    if (HEAD.test(l.text)) heads++;
    if (GOAL_RESULT.test(l.text)) results++;
  }
  return heads >= 2 && results >= 2;
}

const HEAD = /(?:^|[\s>])\S{1,14}?(?:部|局|本部|事務局)長[\s\u3000]+\S/u;
const GOAL_RESULT = new RegExp(`[！!。][\\s\\u3000*]*(?:${RESULT_WORDS.map((r) => r.label.replace(/\s+/g, '[\\s\\u3000]*')).join('|')})(?:[\\s\\u3000*]|$)`, 'u');
