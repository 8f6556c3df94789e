import type { LexedLine } from '../lex/lexed-line.js';
import type { ColumnTableProfile } from '../profiles/profile-schema.js';
import type { LayoutResult } from './layout-result.js';

export function layoutColumnTable(lines: LexedLine[], profile: ColumnTableProfile): LayoutResult {
  void lines; void profile;
  return { departments: [], records: [], diagnostics: [], claims: new Map() };
}
