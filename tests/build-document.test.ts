// The records stage's last guard: a figure no number holds exactly is said and left out, not a
// schema failure that loses the whole document.
import { describe, expect, it } from 'vitest';
import { draftRecord, type LayoutResult } from '../src/layout/layout-result.js';
import { lexLines } from '../src/lex/lexed-line.js';
import { buildDocument } from '../src/records/build-document.js';

describe('buildDocument', () => {
  it('a sum past the safe integers: a warning naming it, yen null, the rest kept', () => {
    const lines = lexLines([{ no: 1, page: null, text: '事業名\t窓口の委託' }]);
    const record = draftRecord({ title: '窓口の委託', line: 1 });
    record.money = [{ label: '事業費', fiscalYear: 2024, kind: '決算', yen: 1.3e23, text: '130,250 150,472', line: 1 }, { label: '事業費', fiscalYear: 2025, kind: '予算', yen: 1200000, text: '1,200', line: 1 }];
    const layout: LayoutResult = { departments: [], records: [record], diagnostics: [], claims: new Map([[1, 'record']]) };
    const meta = { title: null, titleLines: [], usedLines: [], municipality: null, fiscalYear: null, period: null, asOf: null };
    const doc = buildDocument({ path: 'x.txt', sha256: '0'.repeat(64), mediaType: 'text/plain', pages: null, encoding: 'utf-8', lines: [{ no: 1, page: null, text: '事業名\t窓口の委託' }], notes: [] }, lines, 'generic', meta, layout, []);
    expect(doc.records[0]!.money.map((m) => m.yen)).toEqual([null, 1200000]);
    expect(doc.diagnostics.filter((d) => d.code === 'records/figure-out-of-range').map((d) => [d.file, d.line])).toEqual([['x.txt', 1]]);
  });
});
