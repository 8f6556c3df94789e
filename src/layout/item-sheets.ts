import type { LexedLine } from '../lex/lexed-line.js';
import type { ItemSheetsProfile } from '../profiles/profile-schema.js';
import type { LayoutResult } from './layout-result.js';

export function layoutItemSheets(lines: LexedLine[], front: LexedLine[], profile: ItemSheetsProfile): LayoutResult {
  void lines; void front; void profile;
  return { departments: [], records: [], diagnostics: [], claims: new Map() };
}
