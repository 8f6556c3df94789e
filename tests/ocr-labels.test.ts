import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceLine } from '../src/extract/source-text.js';
import { fringedLabel, nearLabel, readOcrLabels } from '../src/language/ocr-labels.js';
import { loadTokenizer } from '../src/lex/tokenizer.js';
import { labelRole } from '../src/vocabulary/index.js';
import { nearLabelForms, spellOut } from '../src/vocabulary/label-forms.js';

beforeAll(() => loadTokenizer(), 60_000);

describe('the forms a label pattern spells out', () => {
  it('lists alternatives, optional parts and small classes, and leaves out what stands for endless forms', () => {
    expect(spellOut('^(取組視点|取組の柱)(名|名称)?$').sort()).toEqual(['取組の柱', '取組の柱名', '取組の柱名称', '取組視点', '取組視点名', '取組視点名称'].sort());
    expect(spellOut('^指標[①-③]?$')).toEqual(['指標', '指標①', '指標②', '指標③']);
    // (a branch or alternative with .* is dropped, the rest kept)
    expect(spellOut('^(目標値|目標値[（(].*[）)])$|^取組実績[（(].*[）)]$')).toEqual(['目標値']);
    // (unanchored branches match inside longer text: no form of their own)
    expect(spellOut('年度(の)?取組予定$')).toEqual([]);
  });

  it('finds the vocabulary forms one character from a text', () => {
    expect(nearLabelForms('取組視吉')).toEqual([{ form: '取組視点', at: 3 }]);
    expect(nearLabelForms('取組視点').some((n) => n.form === '取組視点')).toBe(false);
  });
});

// Issue 15: 木更津 printed by Chromium, painted by poppler at 300 dpi (scripts/make-scanned.ts --raster
// poppler) and read by Tesseract 5.3's jpn: sheet 13's first label came back 取組視吉, so sheet 13 ran on
// into sheet 12 (one record, its title the two titles joined); its 現状と課題 came back 現状と課是
describe('labels OCR misread by one character', () => {
  it.each([
    ['取組視吉', '取組視点'],
    ['現状と課是', '現状と課題'],
  ])('reads %s as the label %s', (read, meant) => {
    const near = nearLabel(read);
    expect(near?.text).toBe(meant);
    expect(near?.broken).toBe(true);
    expect(labelRole(near!.text)).not.toBeNull();
  });

  // what the real sheets print one character from a label is a word there: it stays
  it.each([
    '＜実施成果（アウトプット）＞', // 京都 (実施結果 is a label)
    '施策分野', // 池田 (政策分野)
    '取組実施', // 神戸 (取組実績)
  ])('leaves the printed %s as it is', (printed) => {
    const near = nearLabel(printed);
    expect(near).not.toBeNull();
    expect(near!.broken).toBe(false);
  });

  it('leaves a text two labels of different roles are as near to', () => {
    // (担当部課 names sections, 担当部署 a department: which the 諜 was is not for the words to say)
    const near = nearLabel('担当部諜');
    expect(near?.ambiguous).toBe(true);
  });

  it('mends the cells and text of an OCR page only, and says so with page and line', async () => {
    const line = (page: number): SourceLine => ({ no: 268, page, text: '取組視吉\t5つの柱⑤ 協働', cells: ['取組視吉', '5つの柱⑤ 協働'] });
    const lines = [line(16), line(17)];
    const notes = await readOcrLabels(lines, new Map([[16, 0.9]]));
    expect(lines[0]!.cells).toEqual(['取組視点', '5つの柱⑤ 協働']);
    expect(lines[0]!.text).toBe('取組視点\t5つの柱⑤ 協働');
    expect(lines[1]!.cells).toEqual(['取組視吉', '5つの柱⑤ 協働']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'language/ocr-label', page: 16, line: 268 });
    expect(notes[0]!.message).toContain('取組視吉');
  });
});

// Issue 15: 刈谷 painted in black and white (make-scanned.ts --raster mono) and read by Tesseract 5.3's jpn: what was left
// of the header row's dots came back as marks around 取組内容, and each such header became a goal of its own
describe('a label read among marks', () => {
  it.each([
    ['取組内容CE', '取組内容'],
    ['”" 取組内容。', '取組内容'],
    ['! 取組内容', '取組内容'],
    ['取組内容 "”"”"~"~"~"~"', '取組内容'],
    ['目標達成基準.', '目標達成基準'],
    // (木更津 by LibreOffice in black and white: a label of three characters, a space between it and the marks)
    ['- 担当課', '担当課'],
  ])('%s is the label %s', (read, label) => {
    expect(fringedLabel(read)?.label).toBe(label);
  });

  it.each([
    '取組内容', // (a label as it is)
    '取組内容：',
    '(1) 取組内容', // (a number is no mark)
    '取組内容ABCD', // (more letters than a few)
    '目標。', // (too short a label to be told from a word)
    '・担当課', // (a bullet against a word of three)
    '担当課。',
    '取組内容を見直します。', // (words)
  ])('%s is left as read', (read) => {
    expect(fringedLabel(read)).toBeNull();
  });

  it('is mended on an OCR page and said so', async () => {
    const lines: SourceLine[] = [{ no: 40, page: 17, text: '組織目標\t取組内容CE\t課等', cells: ['組織目標', '取組内容CE', '課等'] }];
    const notes = await readOcrLabels(lines, new Map([[17, 0.8]]));
    expect(lines[0]!.cells).toEqual(['組織目標', '取組内容', '課等']);
    expect(notes[0]!.message).toContain('取組内容CE');
  });
});
