import type { Box } from '../extract/source-text.js';
import type { Diagnostic } from '../records/schema.js';
import type { BorderSource } from '../extract/pdf/text-columns.js';
import { CONTEXT_FIELDS, SHOWN_FIELDS, type Region, type ShownField } from './attribute.js';
import type { Inspection, PagePicture } from './collect.js';
import { placeRegions, type Placed } from './geometry.js';
import { INSPECT_SCRIPT, INSPECT_STYLE } from './page-assets.js';

/**
 * The inspection as one self-contained HTML file: each PDF page drawn to scale in SVG (text runs,
 * rules, fills, the tables' borders by where they came from, the furniture taken out), the regions
 * coloured by the field they fed, each record's extent outlined, unplaced text marked; a side panel
 * with the records and diagnostics linking to their places. A text input shows its lines the same way.
 */
export function inspectionHtml(insp: Inspection): string {
  const { doc } = insp;
  const regions = insp.attribution.regions;
  const placed = placeRegions(regions, insp.lines, insp.pages);
  const drawnPages = new Set(insp.pages.map((p) => p.page));
  const firstOfLine = new Map<number, number>();
  regions.forEach((r, g) => {
    if (!firstOfLine.has(r.line)) firstOfLine.set(r.line, g);
  });
  const recordAnchors = new Set<number>();
  const anchorPages = anchorPageOf(insp, regions, placed);
  const main =
    doc.source.mediaType === 'application/pdf'
      ? insp.pages.map((p) => pageSvg(insp, p, regions, placed, firstOfLine, recordAnchors, anchorPages)).join('\n')
      : textLines(insp, regions, firstOfLine, recordAnchors);
  const data = {
    records: doc.records,
    departments: doc.departments.map((d) => d.name),
    regions: regions.map(({ text: _text, ...r }) => r),
    lines: Object.fromEntries(insp.lines.filter((l) => !l.blank).map((l) => [l.no, { page: l.page }])),
  };
  const where = (d: Diagnostic) => diagnosticLink(d, firstOfLine, drawnPages, doc.source.mediaType === 'application/pdf');
  const unplaced = regions.filter((r) => r.claim === 'unplaced').length;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>plan-import inspect: ${esc(insp.path)}</title>
<style>${INSPECT_STYLE}${fieldStyles()}</style></head>
<body>
<aside id="panel">
<h1>${esc(insp.path)}</h1>
<p class="summary">layout <b>${esc(doc.layout)}</b> · ${doc.records.length} records · ${doc.departments.length} departments${doc.source.pages !== null ? ` · ${doc.source.pages} pages (${insp.pages.length} drawn)` : ` · ${doc.source.lines} lines`} · ${unplaced} unplaced regions · ${doc.diagnostics.length} diagnostics</p>
<section id="detail"><h2>Selected</h2><p class="hint">Click a coloured region, a record or a diagnostic.</p></section>
<details open><summary>Legend</summary>${legend()}</details>
<details open id="records"><summary>Records (${doc.records.length})</summary><ol>
${doc.records.map((r, i) => `<li><a href="#${recordAnchors.has(i) ? `rec-${esc(r.id)}` : r.page !== null && drawnPages.has(r.page) ? `page-${r.page}` : 'panel'}" data-record="${i}">${r.page !== null ? `p.${r.page} ` : r.line !== null ? `l.${r.line} ` : ''}${r.number !== null ? `No.${r.number} ` : ''}${esc(short(r.title, 60))}</a>${recordAnchors.has(i) ? '' : ' <span class="off">(not drawn)</span>'}</li>`).join('\n')}
</ol></details>
<details open id="diagnostics"><summary>Diagnostics (${doc.diagnostics.length})</summary><ol>
${doc.diagnostics.map((d) => `<li class="${d.level}">${where(d)} <b>${esc(d.code)}</b> ${esc(short(d.message, 160))}</li>`).join('\n')}
</ol></details>
</aside>
<main id="pages">
${main}
</main>
<script type="application/json" id="inspect-data">${jsonForScript(data)}</script>
<script>${INSPECT_SCRIPT}</script>
</body></html>
`;
}

function diagnosticLink(d: Diagnostic, firstOfLine: ReadonlyMap<number, number>, drawnPages: ReadonlySet<number>, pdf: boolean): string {
  const label = `${d.page !== null ? `p.${d.page}` : ''}${d.line !== null ? `${d.page !== null ? ' ' : ''}l.${d.line}` : ''}` || 'document';
  if (d.line !== null && firstOfLine.has(d.line) && (!pdf || d.page === null || drawnPages.has(d.page))) return `<a href="#line-${d.line}" data-line="${d.line}">${label}</a>`;
  if (d.page !== null && drawnPages.has(d.page)) return `<a href="#page-${d.page}">${label}</a>`;
  return `<span class="off">${label}</span>`;
}

/** What a table border's source says in the picture's tooltip. */
const BORDER_FROM: Record<BorderSource, string> = { rule: 'a drawn rule', 'text-gap': "the text's gaps", 'page-before': "the grid of the table the page before broke" };

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];

/** The hue of each field: spread round the wheel so that neighbours in the list differ. */
function fieldColour(f: ShownField): string {
  return `hsl(${Math.round((SHOWN_FIELDS.indexOf(f) * 137.5) % 360)} 70% 45%)`;
}

function fieldStyles(): string {
  return SHOWN_FIELDS.map((f) => `.f-${f}{--c:${fieldColour(f)}}`).join('');
}

function legend(): string {
  const fields = SHOWN_FIELDS.map((f) => `<span class="key f-${f}"><i></i>${f}</span>`).join(' ');
  return `<p>${fields}</p>
<p><span class="key label"><i></i>label cell (names the field)</span> <span class="key unplaced"><i></i>unplaced: no record took it</span> <span class="key other-claim"><i></i>department / header / category</span> <span class="key furniture"><i></i>running header, page number (taken out)</span></p>
<p><span class="key rec"><i></i>a record's extent</span> <span class="key col-rule"><i></i>table border drawn by a rule</span> <span class="key col-gap"><i></i>table border read from the text's gaps</span></p>`;
}

function regionTitle(insp: Inspection, r: Region): string {
  const rec = r.record !== null ? insp.doc.records[r.record] : undefined;
  const who = rec ? `record ${rec.id}${rec.number !== null ? ` No.${rec.number}` : ''} ${short(rec.title, 40)}` : r.department !== null ? `department ${insp.doc.departments[r.department]?.name ?? ''}` : r.claim;
  const what = r.field ? `${r.label ? 'label of ' : ''}${r.field}${r.otherLabel ? ` (${r.otherLabel})` : ''}` : r.claim === 'unplaced' ? 'unplaced text' : r.claim;
  return `line ${r.line}${r.cell !== null ? ` cell ${r.cell + 1}` : ''} · ${who} · ${what}\n${short(r.text, 300)}`;
}

function regionClass(r: Region): string {
  if (r.claim === 'unplaced') return 'region unplaced';
  if (r.field) return `region f-${r.field}${r.label ? ' label' : ''}`;
  return `region claim-${r.claim}`;
}

/**
 * The page each record's link goes to: the page the record says it is on, where it is outlined
 * there (a sheet whose head the next page repeats is outlined on both); else its first outline.
 */
function anchorPageOf(insp: Inspection, regions: readonly Region[], placed: readonly (Placed | null)[]): Map<number, number> {
  const pages = new Map<number, Set<number>>();
  regions.forEach((r, g) => {
    const at = placed[g];
    if (!at || (r.field && CONTEXT_FIELDS.has(r.field))) return;
    for (const i of [...(r.record !== null ? [r.record] : []), ...r.also]) pages.set(i, (pages.get(i) ?? new Set()).add(at.page));
  });
  const out = new Map<number, number>();
  for (const [i, set] of pages) {
    const own = insp.doc.records[i]!.page;
    out.set(i, own !== null && set.has(own) ? own : Math.min(...set));
  }
  return out;
}

function pageSvg(insp: Inspection, p: PagePicture, regions: readonly Region[], placed: readonly (Placed | null)[], firstOfLine: ReadonlyMap<number, number>, anchors: Set<number>, anchorPages: ReadonlyMap<number, number>): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  const rect = (b: Box) => `x="${n(b.x0)}" y="${n(b.top)}" width="${n(Math.max(0.5, b.x1 - b.x0))}" height="${n(Math.max(0.5, b.bottom - b.top))}"`;
  const out: string[] = [];
  out.push(`<g class="fills">${p.fills.map((f) => `<rect ${rect(f)}/>`).join('')}</g>`);
  out.push(`<g class="rules">${p.rules.map((r) => `<line x1="${n(r.x0)}" y1="${n(r.y0)}" x2="${n(r.x1)}" y2="${n(r.y1)}"/>`).join('')}</g>`);
  const tables = insp.tables.filter((t) => t.page === p.page);
  out.push(
    `<g class="tables">${tables
      .map((t, k) => {
        const cols = t.columns.map((c) => `<line class="${c.from === 'rule' ? 'col-rule' : 'col-gap'}" x1="${c.x}" y1="${t.top}" x2="${c.x}" y2="${t.bottom}"><title>table ${k + 1}: column border at x ${c.x} (${BORDER_FROM[c.from]})</title></line>`);
        const rows = t.rows.map((r) => `<line class="${r.from === 'rule' ? 'col-rule' : 'col-gap'}" x1="${t.x0}" y1="${r.y}" x2="${t.x1}" y2="${r.y}"><title>table ${k + 1}: row border at y ${r.y} (${BORDER_FROM[r.from]})</title></line>`);
        return [...cols, ...rows].join('');
      })
      .join('')}</g>`,
  );
  const here: number[] = [];
  placed.forEach((pl, g) => {
    if (pl?.page === p.page) here.push(g);
  });
  out.push(
    `<g class="regions">${here
      .map((g) => {
        const r = regions[g]!;
        const id = firstOfLine.get(r.line) === g ? ` id="line-${r.line}"` : '';
        return `<rect${id} class="${regionClass(r)}" data-g="${g}" ${rect(placed[g]!.box)}><title>${esc(regionTitle(insp, r))}</title></rect>`;
      })
      .join('')}</g>`,
  );
  // each label cell says which field it names, without hovering
  out.push(
    `<g class="tags">${here
      .filter((g) => regions[g]!.label && regions[g]!.field)
      .map((g) => {
        const b = placed[g]!.box;
        return `<text class="f-${regions[g]!.field}" x="${n(b.x1 - 1)}" y="${n(b.top + 4.5)}">${regions[g]!.field}</text>`;
      })
      .join('')}</g>`,
  );
  out.push(`<g class="furniture">${insp.furniture.filter((f) => f.page === p.page).map((f) => `<rect ${rect(f)}><title>${esc(`taken out as ${f.why}: ${f.text}`)}</title></rect>`).join('')}</g>`);
  out.push(`<g class="text">${p.runs.map((r) => runSvg(r, n)).join('')}</g>`);
  // each record's extent: its regions on this page, in bands (a record whose fields stand apart is outlined where each stands)
  const byRecord = new Map<number, Box[]>();
  for (const g of here) {
    const r = regions[g]!;
    if (r.field && CONTEXT_FIELDS.has(r.field)) continue;
    for (const i of [...(r.record !== null ? [r.record] : []), ...r.also]) byRecord.set(i, [...(byRecord.get(i) ?? []), placed[g]!.box]);
  }
  const outlines: string[] = [];
  for (const [i, boxes] of byRecord) {
    const rec = insp.doc.records[i]!;
    bands(boxes).forEach((b, k) => {
      const first = k === 0 && anchorPages.get(i) === p.page && !anchors.has(i);
      if (first) anchors.add(i);
      const colour = PALETTE[i % PALETTE.length]!;
      const name = `${rec.number !== null ? `No.${rec.number} ` : ''}${short(rec.title, 28)}`;
      outlines.push(
        `<g class="rec" data-record="${i}"${first ? ` id="rec-${esc(rec.id)}"` : ''} style="--rc:${colour}"><rect ${rect({ x0: b.x0 - 2, x1: b.x1 + 2, top: b.top - 2, bottom: b.bottom + 2 })}/><text x="${n(b.x0)}" y="${n(b.top - 3.5)}">${esc(`${rec.id} ${name}`)}</text><title>${esc(`record ${rec.id}: ${rec.title}`)}</title></g>`,
      );
    });
  }
  out.push(`<g class="records">${outlines.join('')}</g>`);
  const scale = 1.5;
  return `<section class="page" id="page-${p.page}" style="--w:${Math.round(p.width * scale)}px;--h:${Math.round(p.height * scale)}px"><h2>page ${p.page}</h2>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(p.width)} ${n(p.height)}" width="${Math.round(p.width * scale)}" height="${Math.round(p.height * scale)}">
<rect class="paper" x="0" y="0" width="${n(p.width)}" height="${n(p.height)}"/>
${out.join('\n')}
</svg></section>`;
}

function runSvg(r: PagePicture['runs'][number], n: (v: number) => number): string {
  if (r.vertical) return `<text class="v" x="${n((r.x0 + r.x1) / 2)}" y="${n(r.top)}" font-size="${n(r.size)}" textLength="${n(Math.max(0.5, r.bottom - r.top))}" lengthAdjust="spacingAndGlyphs">${esc(r.text)}</text>`;
  return `<text x="${n(r.x0)}" y="${n(r.bottom - r.size * 0.12)}" font-size="${n(r.size)}" textLength="${n(Math.max(0.5, r.x1 - r.x0))}" lengthAdjust="spacingAndGlyphs">${esc(r.text)}</text>`;
}

/** Boxes stacked into bands: a gap of more than 14 pt between them starts another. */
function bands(boxes: readonly Box[]): Box[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const out: Box[] = [];
  for (const b of sorted) {
    const last = out.at(-1);
    if (last && b.top <= last.bottom + 14) {
      last.x0 = Math.min(last.x0, b.x0);
      last.x1 = Math.max(last.x1, b.x1);
      last.bottom = Math.max(last.bottom, b.bottom);
    } else out.push({ ...b });
  }
  return out;
}

function textLines(insp: Inspection, regions: readonly Region[], firstOfLine: ReadonlyMap<number, number>, anchors: Set<number>): string {
  const byLine = new Map<number, number[]>();
  regions.forEach((r, g) => byLine.set(r.line, [...(byLine.get(r.line) ?? []), g]));
  const out: string[] = [];
  let current: number | null = null;
  for (const l of insp.lines) {
    const gs = byLine.get(l.no) ?? [];
    const owner = gs.map((g) => regions[g]!.record).find((x) => x !== null) ?? null;
    const starts = insp.doc.records.map((r, i) => (r.line === l.no && !anchors.has(i) ? i : -1)).filter((i) => i >= 0);
    for (const i of starts) {
      const rec = insp.doc.records[i]!;
      anchors.add(i);
      out.push(`<li class="rechead" id="rec-${esc(rec.id)}" data-record="${i}" style="--rc:${PALETTE[i % PALETTE.length]}">${esc(rec.id)} ${rec.number !== null ? `No.${rec.number} ` : ''}${esc(short(rec.title, 80))}</li>`);
    }
    if (owner !== null) current = owner;
    else if (gs.length > 0) current = null;
    const body = l.blank ? '' : gs.map((g) => `<span class="${regionClass(regions[g]!)}" data-g="${g}" title="${esc(regionTitle(insp, regions[g]!))}">${esc(regions[g]!.text)}</span>`).join('<span class="sep">|</span>');
    const id = firstOfLine.has(l.no) ? ` id="line-${l.no}"` : '';
    const rc = current !== null && !l.blank ? ` style="--rc:${PALETTE[current % PALETTE.length]}"` : '';
    out.push(`<li${id} class="tline${current !== null && !l.blank ? ' owned' : ''}"${rc}><span class="no">${l.no}</span>${body}</li>`);
  }
  return `<section class="text-input"><h2>${insp.lines.length} lines</h2><ol class="lines">\n${out.join('\n')}\n</ol></section>`;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function short(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** JSON inside a <script> element: nothing in it may close the element. */
function jsonForScript(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
