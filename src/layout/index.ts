import type { LexedLine } from '../lex/lexed-line.js';
import type { Profile } from '../profiles/profile-schema.js';
import { layoutColumnTable } from './column-table.js';
import { layoutFormSheets, layoutGeneral } from './general/index.js';
export { describeUnread } from './general/index.js';
export { labelledListRows } from './general/list-cells.js';
import { layoutGoalBlocks } from './goal-blocks.js';
import { layoutItemSheets } from './item-sheets.js';
import type { LayoutResult } from './layout-result.js';
import { layoutNumberedLists } from './numbered-lists.js';

/** Dispatch table: a profile names its layout, the layout reads the lines with the profile's data. */
export function runLayout(body: LexedLine[], front: LexedLine[], profile: Profile): LayoutResult {
  switch (profile.layout) {
    case 'numbered-lists':
      return layoutNumberedLists(body, profile);
    case 'generic':
      return layoutGeneral(body, profile);
    case 'form-sheets':
      return layoutFormSheets(body, profile);
    case 'column-table':
      return layoutColumnTable(body, profile);
    case 'goal-blocks':
      return layoutGoalBlocks(body, profile);
    case 'item-sheets':
      return layoutItemSheets(body, front, profile);
  }
}

export type { LayoutResult } from './layout-result.js';
export { draftFormProfile, type ProfileDraft } from './general/draft-profile.js';
