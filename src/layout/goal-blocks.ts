import type { LexedLine } from '../lex/lexed-line.js';
import type { GoalBlocksProfile } from '../profiles/profile-schema.js';
import type { LayoutResult } from './layout-result.js';

export function layoutGoalBlocks(lines: LexedLine[], profile: GoalBlocksProfile): LayoutResult {
  void lines; void profile;
  return { departments: [], records: [], diagnostics: [], claims: new Map() };
}
