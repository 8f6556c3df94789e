import type { Profile } from '../profiles/profile-schema.js';
import type { Direction, Fields, Indicator, MoneyEntry, OrganisationUnit, OtherField, RecognisedAs, Result, YearEntry } from '../records/schema.js';

/** What a layout hands to the records stage: drafts without ids, plus which lines it used. */
export interface DraftRecord {
  department: string | null;
  sections: string[];
  /** `sections` split into department and unit (the language step). */
  units?: OrganisationUnit[];
  categoryPath: string[];
  number: number | null;
  title: string;
  fields: Fields;
  indicators: Indicator[];
  result: Result | null;
  yearly: YearEntry[];
  line: number | null;
  page: number | null;
  /**
   * The 担当部課 entries as written (`総務部職員課`), when the layout found the record's
   * organisation that way: the language step splits them into department and sections.
   */
  assignees?: string[];
  /** Set by the language step when keywords are asked for. */
  keywords?: string[];
  recognisedAs?: RecognisedAs;
  money?: MoneyEntry[];
  direction?: Direction | null;
  otherFields?: OtherField[];
  /**
   * What a 実績 / 達成状況 label says of the item (`解消件数 45件`): its figure is the actual of the
   * target stated in the same unit (the language step pairs them).
   */
  actualText?: string;
  /** The layout read the record's targets from its tables: sentences are not asked again. */
  indicatorsRead?: boolean;
  /** False when the reader doubts the record: its lines do not count as placed. */
  clean?: boolean;
}

export interface DraftDepartment {
  name: string;
  head: string | null;
  headReading: string | null;
  policy: string | null;
  duties: string | null;
  summary: string | null;
  sections: string[];
  line: number | null;
  /** The head's title as read (政策経営部長), where the form prints one: not in the output. */
  headTitle?: string;
}

export interface LayoutDiagnostic {
  level: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  line: number | null;
  page: number | null;
}

/**
 * What each line was used for. Every non-blank line must end up claimed, or it is reported as
 * `layout/unplaced-text`: nothing is dropped silently.
 */
export type ClaimKind = 'record' | 'department' | 'header' | 'front-matter' | 'category' | 'legend' | 'duplicate' | 'markup';
export type LineClaims = Map<number, ClaimKind>;

export function claim(claims: LineClaims, line: number, kind: ClaimKind): void {
  if (!claims.has(line)) claims.set(line, kind);
}

export interface LayoutResult {
  departments: DraftDepartment[];
  records: DraftRecord[];
  diagnostics: LayoutDiagnostic[];
  claims: LineClaims;
  /**
   * The profile the general reader read the document with, where it took a family reader's shape
   * (department panels: the goal-blocks reader): the language steps read results and targets as
   * that shape says, the document's layout stays `generic`.
   */
  readWith?: Profile;
}

export function emptyDepartment(name: string, line: number | null): DraftDepartment {
  return { name, head: null, headReading: null, policy: null, duties: null, summary: null, sections: [], line };
}

export function draftRecord(partial: Partial<DraftRecord> & { title: string }): DraftRecord {
  return {
    department: null,
    sections: [],
    categoryPath: [],
    number: null,
    fields: {},
    indicators: [],
    result: null,
    yearly: [],
    line: null,
    page: null,
    ...partial,
  };
}
