import type { LexedLine } from '../../lex/lexed-line.js';
import { isFormTitle, labelName, type LabelRole } from '../../vocabulary/index.js';
import { pairLabels, sheetStarts } from './sheets.js';

/**
 * `plan-import profile draft FILE`: what the general reader found in a form, as a profile for a
 * user to correct and pass back with --profile: the label that names each sheet, every label
 * seen with the role the vocabulary gave it (`other` where it knows none), and the labels that
 * detect the form.
 */
export interface ProfileDraft {
  profile: Record<string, unknown>;
  sheets: number;
}

export function draftFormProfile(lines: readonly LexedLine[], fileName: string): ProfileDraft | null {
  const { cells, starts } = sheetStarts(lines);
  if (starts.length === 0) return null;
  const seen = new Map<string, { role: LabelRole; pages: Set<number> }>();
  const pages = [...new Set(cells.map((c) => c.page))];
  for (const page of pages) {
    for (const pair of pairLabels(cells.filter((c) => c.page === page))) {
      const name = labelName(pair.label.text);
      if (name === '' || pair.values.length === 0) continue;
      const entry = seen.get(name) ?? { role: pair.role ?? 'other', pages: new Set<number>() };
      entry.pages.add(page);
      seen.set(name, entry);
    }
  }
  const titleLine = lines.find((l) => isFormTitle(l.text));
  const labels = [...seen.entries()].sort((a, b) => b[1].pages.size - a[1].pages.size);
  const plain = (name: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u.test(name);
  const title = labels.find(([, v]) => v.role === 'title') ?? labels.find(([, v]) => v.role === 'categoryTitle');
  const signals = [
    ...(title && plain(title[0]) ? [{ pattern: escape(title[0]), weight: 2 }] : []),
    ...labels.filter(([n, v]) => v.role !== 'title' && plain(n) && n.length >= 3).slice(0, 3).map(([n]) => ({ pattern: escape(n), weight: 1 })),
  ];
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const id = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft-form';
  return {
    sheets: starts.length,
    profile: {
      id,
      family: titleLine ? titleLine.text.trim() : `form sheets of ${stem}`,
      description: `Drafted by \`plan-import profile draft\` from ${stem}: ${starts.length} sheets, ${labels.length} labels. Check each label's role; \`other\` keeps a label's text in otherFields.`,
      layout: 'form-sheets',
      detect: { signals: signals.length > 0 ? signals : [{ pattern: '(?!)', weight: 0 }], minScore: Math.max(1, signals.reduce((n, s) => n + s.weight, 0) - 1) },
      formLabels: labels.map(([name, v]) => ({ pattern: `^${escape(name)}$`, role: v.role })),
    },
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
