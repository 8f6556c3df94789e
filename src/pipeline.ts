import { type PhaseClock, timed, timedSync } from './phase-clock.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isLaidOut, laidOutPages } from './extract/laid-out-text.js';
import { type FurnitureLine, type OcrMode, type PdfText, readPageContents, readPdf } from './extract/pdf/read-pdf.js';
import type { PageContent } from './extract/pdf/page-content.js';
import type { TableTrace } from './extract/pdf/text-columns.js';
import { toSourceLines, type TableText } from './extract/pdf/to-source-lines.js';
import { sourceFromTextBytes, UnreadableInputError, type SourceText } from './extract/source-text.js';
import { lexLines, type LexedLine } from './lex/lexed-line.js';
import { mendSentenceBreaks } from './lex/line-ends.js';
import { joinLabelTails } from './lex/label-tails.js';
import { joinBrokenYearHeads } from './lex/year-heads.js';
import { splitFrontMatter } from './layout/front-matter.js';
import { describeUnread, draftFormProfile, labelledListRows, runLayout, type LayoutResult, type ProfileDraft } from './layout/index.js';
import { claim, type ClaimKind } from './layout/layout-result.js';
import { detectProfile, type Detection } from './profiles/detect-profile.js';
import { builtinProfiles, genericProfile } from './profiles/load-profiles.js';
import type { Profile } from './profiles/profile-schema.js';
import { buildDocument } from './records/build-document.js';
import { readDocumentMeta, type DocumentMeta } from './records/document-meta.js';
import { addIndicators } from './language/record-indicators.js';
import { mendMunicipalityInNames, mendMunicipalityInTitles } from './language/municipality-in-names.js';
import { titlesReadTwice } from './language/titles-read-twice.js';
import { readOcrLookalikes } from './language/ocr-misreads.js';
import { readOcrLabels } from './language/ocr-labels.js';
import { readOcrNumbers } from './language/ocr-numbers.js';
import { dropOcrNoiseRecords, strayBrackets, unreadResultBadges } from './language/ocr-noise-records.js';
import { mendItemNumbers } from './language/ocr-item-numbers.js';
import { departmentsNamedByHeads } from './language/ocr-department-names.js';
import { assignOrganisations } from './language/organisations.js';
import { addKeywords } from './language/keywords.js';
import type { Diagnostic, Indicator, PlanDocument } from './records/schema.js';

/** What each stage hands on, as `--trace` prints it and `plan-import inspect` draws it. */
export interface TraceStages {
  /** Each PDF page's tables: which columns and rows, from rules or from the text's gaps. */
  tables: TableTrace[];
  /** The running headers, footers and page numbers taken out of a PDF's text. */
  furniture: FurnitureLine[];
  extract: SourceText;
  lex: LexedLine[];
  detect: { profile: string; score: number; scores: Detection['scores'] };
  layout: Omit<LayoutResult, 'claims'> & { claims: Record<number, ClaimKind> };
  meta: DocumentMeta;
  language: { line: number | null; indicators: Indicator[] }[];
  records: PlanDocument;
  /** What took each line in the end (the title lines the metadata used included): line → kind. */
  claims: Record<number, ClaimKind>;
}
export type Trace = <K extends keyof TraceStages>(stage: K, data: TraceStages[K]) => void;

/**
 * The one place that knows the order of the stages:
 *   extract → lex (normalise inside) → detect profile → layout → language (organisations,
 *   keywords, targets) → records
 *   (schema) → (write, in cli)
 */
export interface ImportOptions {
  /** Use this profile instead of detecting one. */
  profile?: Profile;
  /** Extra profiles to detect among, before the built-in ones. */
  profiles?: Profile[];
  municipality?: string;
  /** Called after each PDF page is read (progress, memory sampling). */
  onPage?: (page: number, pages: number) => void;
  /** Read keywords for each record (loads the tokenizer). */
  keywords?: boolean;
  /** Called with each stage's output, for --trace and inspect. */
  trace?: Trace;
  /** Given each PDF page as read (runs, rules, fills), for inspect. */
  pageContent?: (content: PageContent) => void;
  /** Where the time goes, phase by phase (npm run bench). */
  clock?: PhaseClock;
  /** Which PDF pages to read by OCR (--ocr): `auto` (default) those without a text layer, `always`, `never`. */
  ocr?: OcrMode;
}

/** The most a single input may hold (512 MiB): larger is no plan document, and would exhaust memory. */
export const INPUT_LIMIT_BYTES = 512 * 1024 * 1024;

export async function importFile(path: string, options: ImportOptions = {}): Promise<PlanDocument> {
  let bytes: Uint8Array;
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (!(info instanceof Error)) {
    // a FIFO or device would be read for ever (`/dev/zero`) or block (a FIFO nobody writes)
    if (!info.isFile()) throw new UnreadableInputError(path, 'extract/not-a-file', 'not a regular file (a FIFO, socket, device or folder): not read');
    if (info.size > INPUT_LIMIT_BYTES) throw new UnreadableInputError(path, 'extract/too-large', `the file holds ${Math.round(info.size / 2 ** 20)} MiB, more than the ${INPUT_LIMIT_BYTES / 2 ** 20} MiB an input may hold`);
  }
  try {
    bytes = await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UnreadableInputError(path, 'extract/unreadable-file', `cannot read the file (${err.code ?? err.message})`);
  }
  return importBytes(path, bytes, options);
}

/**
 * The most a text extraction may hold (16 MiB, 50 times the largest seed): reading text costs about
 * 40 bytes of memory per byte of input (a 30 MiB text took 1.26 GB), and an import stays under 1 GB.
 */
export const TEXT_LIMIT_BYTES = 16 * 1024 * 1024;

export async function importBytes(path: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<PlanDocument> {
  if (!isPdf(bytes)) {
    if (bytes.length > TEXT_LIMIT_BYTES) {
      throw new UnreadableInputError(path, 'extract/too-large', `the text holds ${Math.round(bytes.length / 2 ** 20)} MiB, more than the ${TEXT_LIMIT_BYTES / 2 ** 20} MiB a text extraction may hold (an import stays under 1 GB)`);
    }
    const text = sourceFromTextBytes(path, bytes);
    const lines = text.lines.map((l) => l.text);
    if (!isLaidOut(lines)) return importSource(text, options);
    // columns set by spaces (pdftotext -layout): read as pages, by the PDF path's geometry
    const pages = laidOutPages(lines);
    const laid = readPageContents(pages, options.clock);
    laid.notes.unshift(...text.notes, { level: 'info', code: 'extract/laid-out-text', message: `the text sets its columns by spaces (as pdftotext -layout writes a page): read as ${pages.length} page${pages.length > 1 ? 's' : ''} by their columns; lines are counted as read, pages by form feeds`, line: null, page: null });
    options.trace?.('tables', laid.tables);
    const { chosen, detection } = chooseLines(laid, { path, sha256: text.sha256, mediaType: 'text/plain', encoding: text.encoding }, options);
    joinLabelTails(chosen.lines);
    joinBrokenYearHeads(chosen.lines);
    await timed(options.clock, 'line ends read by the tokenizer (its load included)', () => mendSentenceBreaks(chosen.lines));
    return importSource(chosen, options, detection);
  }
  const { chosen, detection, ocrPages } = await readPdfLines(path, bytes, options);
  // a label cell's last line may stand level with a row under the one it labels: the vocabulary says where it belongs
  joinLabelTails(chosen.lines);
  // and a header row of years the page broke between its lines is one row again
  joinBrokenYearHeads(chosen.lines);
  // geometry closes a paragraph wherever a line stops short; the words may say it goes on
  await timed(options.clock, 'line ends read by the tokenizer (its load included)', () => mendSentenceBreaks(chosen.lines));
  // OCR gives one character for another of like shape; the words around it may say which
  chosen.notes.push(...(await timed(options.clock, 'OCR lookalikes read by the tokenizer', () => readOcrLookalikes(chosen.lines, ocrPages))));
  // and a label with one glyph misread is no label: the sheet it opens would run on into the last
  chosen.notes.push(...(await timed(options.clock, 'OCR labels misread by one character', () => readOcrLabels(chosen.lines, ocrPages))));
  // and a thousands comma is read as a full stop: 1.500人 would be a person and a half
  chosen.notes.push(...readOcrNumbers(chosen.lines, ocrPages));
  return importSource(chosen, options, detection, ocrPages);
}

/**
 * A PDF's lines in the shape its profile reads tables in, before the words mend their breaks:
 * what `mendSentenceBreaks` is given (scripts/line-ends-check.ts asks its questions on them).
 */
export async function readPdfLines(path: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<{ chosen: SourceText; detection: Detection; ocrPages: ReadonlyMap<number, number> }> {
  const clock = options.clock;
  const pdf = await readPdf(path, bytes, { onPage: options.onPage, clock, ocr: options.ocr, onPageContent: options.pageContent });
  // which columns each page's tables have, and whether the drawing or the text's gaps gave them
  options.trace?.('tables', pdf.tables);
  options.trace?.('furniture', pdf.furniture);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...chooseLines(pdf, { path, sha256, mediaType: 'application/pdf', encoding: null }, options), ocrPages: pdf.ocrPages };
}

/** The lines of pages read by their geometry, tables in the shape the detected profile reads them. */
function chooseLines(pdf: PdfText, file: Pick<SourceText, 'path' | 'sha256' | 'mediaType' | 'encoding'>, options: ImportOptions): { chosen: SourceText; detection: Detection } {
  const source = (mode: TableText): SourceText => ({ ...file, pages: pdf.pages, lines: toSourceLines(pdf.blocks, mode), notes: pdf.notes, titleHint: pdf.titleHint });
  // The family decides how tables read (profile.pdfTables); detection works on either shape.
  return timedSync(options.clock, 'lines, profile detection', () => {
    const rows = source('rows');
    const running = [...new Set(pdf.furniture.filter((f) => f.why === 'running header/footer').map((f) => f.text))];
    const detection = detect(lexLines(rows.lines), options, running);
    // (a document no profile describes: line by line where its tables set numbered lists beside
    // their labels, as 桑名's profile reads them)
    const byLines = detection.profile.pdfTables === 'lines' || (detection.profile.layout === 'generic' && labelledListRows(lexLines(rows.lines)) >= LABELLED_LIST_ROWS);
    return { detection, chosen: byLines ? source('lines') : rows };
  });
}

/** Two lists beside their labels: a document of them, not one list in a sheet. */
const LABELLED_LIST_ROWS = 2;

function detect(lines: readonly LexedLine[], options: ImportOptions, running: readonly string[] = []): Detection {
  const profiles = [...(options.profiles ?? []), ...builtinProfiles()];
  return options.profile ? { profile: options.profile, score: Infinity, scores: [] } : detectProfile(lines, profiles, genericProfile(), running);
}

/** `ocrPages`: the pages of a PDF read by OCR, with their mean confidence: their records say so. */
export async function importSource(source: SourceText, options: ImportOptions = {}, detected?: Detection, ocrPages?: ReadonlyMap<number, number>): Promise<PlanDocument> {
  const trace: Trace = options.trace ?? (() => {});
  trace('extract', source);
  const clock = options.clock;
  const lines = timedSync(clock, 'lex', () => lexLines(source.lines));
  trace('lex', lines);
  const detection = detected ?? timedSync(clock, 'lines, profile detection', () => detect(lines, options));
  trace('detect', { profile: detection.profile.id, score: detection.score, scores: detection.scores });
  const { profile } = detection;
  const { body, front } = splitFrontMatter(lines, profile);
  const layout: LayoutResult = timedSync(clock, 'layout', () => runLayout(body, front, profile));
  for (const l of front) claim(layout.claims, l.no, 'front-matter');
  claimRunningHeaders(lines, profile, layout);
  trace('layout', { ...layout, claims: Object.fromEntries(layout.claims) });
  const meta: DocumentMeta = readDocumentMeta(lines, profile, options.municipality, source.titleHint ?? null, layout.records[0]?.line ?? null);
  trace('meta', meta);
  const extra: Diagnostic[] = [];
  await timed(clock, 'language: organisations, keywords, targets (tokenizer load included)', async () => {
    mendMunicipalityInNames(layout, meta.municipality, lines, ocrPages);
    extra.push(...(await mendMunicipalityInTitles(layout, meta.municipality, ocrPages, source.path)));
    extra.push(...(await titlesReadTwice(layout, front, ocrPages, source.path)));
    extra.push(...dropOcrNoiseRecords(layout, ocrPages, source.path));
    extra.push(...strayBrackets(layout, ocrPages, source.path));
    extra.push(...departmentsNamedByHeads(layout, lines, ocrPages, source.path));
    const reading = layout.readWith ?? profile;
    extra.push(...unreadResultBadges(layout, reading.layout === 'goal-blocks' ? reading.results : null, ocrPages, source.path));
    extra.push(...mendItemNumbers(layout, ocrPages, source.path));
    assignOrganisations(layout);
    if (options.keywords) await addKeywords(layout.records);
    // a multi-year plan's targets without a year are read as of its first year
    addIndicators(layout.records, reading, meta.fiscalYear ?? meta.period?.from ?? null);
  });
  trace('language', layout.records.map((r) => ({ line: r.line, indicators: r.indicators })));
  if (profile.layout === 'generic') {
    extra.push({
      level: 'warning',
      code: 'profile/generic',
      message: `no layout profile recognised this document (best: ${detection.scores.map((s) => `${s.id} ${s.score}`).join(', ')}); read by the general reader${shapesRead(layout)}`,
      file: source.path,
      page: null,
      line: null,
    });
  }
  if (layout.records.length === 0) {
    const seen = profile.layout === 'generic' ? `: ${describeUnread(lines)}` : '';
    extra.push({ level: 'error', code: 'records/none', message: `no records found in this document${seen}`, file: source.path, page: null, line: null });
  }
  const doc = timedSync(clock, 'records, validation (zod)', () => buildDocument(source, lines, profile.id, meta, layout, extra, ocrPages));
  trace('records', doc);
  trace('claims', Object.fromEntries(layout.claims));
  return doc;
}

/** `: 19 sheets` / `: 20 numbered items, 3 table rows`: what the general reader found. */
function shapesRead(layout: LayoutResult): string {
  const names: Record<string, string> = { sheet: 'sheets', 'numbered-item': 'numbered items', 'table-row': 'table rows', profile: 'items' };
  const counts = new Map<string, number>();
  for (const r of layout.records) counts.set(r.recognisedAs ?? 'profile', (counts.get(r.recognisedAs ?? 'profile') ?? 0) + 1);
  return counts.size ? ` (${[...counts].map(([k, n]) => `${n} ${names[k] ?? k}`).join(', ')})` : '';
}

function claimRunningHeaders(lines: readonly LexedLine[], profile: Profile, layout: LayoutResult): void {
  const headers = profile.runningHeaders.map((p) => new RegExp(p, 'u'));
  for (const l of lines) if (!l.blank && headers.some((h) => h.test(l.key))) claim(layout.claims, l.no, 'header');
}

/**
 * `plan-import profile draft FILE`: the lines as the general reader sees them (PDF tables as rows),
 * drafted into a form-sheets profile; null when no sheet was found.
 */
export async function draftProfile(path: string): Promise<ProfileDraft | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new UnreadableInputError(path, 'extract/unreadable-file', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const source = isPdf(bytes)
    ? await readPdf(path, bytes, {}).then((pdf) => toSourceLines(pdf.blocks, 'rows'))
    : sourceFromTextBytes(path, bytes).lines;
  return draftFormProfile(lexLines(source), path);
}

export function isPdf(bytes: Uint8Array): boolean {
  // `%PDF-` may follow a few bytes of junk; readers accept it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
