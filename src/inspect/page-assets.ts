/**
 * The inspection page's style and script, written into every file: it must open from disk with no
 * network, so nothing is fetched. Pages are drawn lazily by the browser (`content-visibility`),
 * which keeps a 150-page book responsive.
 */
export const INSPECT_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.45 system-ui,sans-serif;color:#222;background:#e8e8e8}
#panel{position:fixed;top:0;left:0;bottom:0;width:400px;overflow:auto;background:#fafafa;border-right:1px solid #bbb;padding:10px 12px}
#panel h1{font-size:14px;margin:0 0 4px;word-break:break-all}
#panel h2{font-size:13px;margin:6px 0}
#panel summary{font-weight:600;cursor:pointer;margin-top:8px}
#panel ol{padding-left:22px;margin:4px 0}
#panel li{margin:2px 0}
#panel a{color:#0645ad;text-decoration:none}
#panel a:hover{text-decoration:underline}
#panel .error{color:#a00}#panel .warning{color:#864}#panel .info{color:#555}
.summary{color:#444;margin:0 0 6px}
.off{color:#999}
.hint{color:#777}
#detail{background:#fff;border:1px solid #ccc;border-radius:4px;padding:6px 8px;margin:6px 0}
#detail pre{white-space:pre-wrap;word-break:break-all;max-height:260px;overflow:auto;background:#f4f4f4;padding:4px;margin:4px 0;font-size:12px}
#detail dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
#detail dt{color:#666}#detail dd{margin:0;word-break:break-all}
.key{display:inline-flex;align-items:center;gap:3px;margin:1px 6px 1px 0;white-space:nowrap}
.key i{display:inline-block;width:14px;height:10px;border:1px solid var(--c,#888);background:color-mix(in srgb,var(--c,#888) 30%,transparent)}
.key.label i{background:repeating-linear-gradient(45deg,#888 0 2px,#fff 2px 4px)}
.key.unplaced i{--c:#e00;border-style:dashed}
.key.other-claim i{--c:#778;border-style:dashed}
.key.furniture i{background:none;border:1px dashed #999}
.key.rec i{background:none;border:2px solid #1f77b4}
.key.col-rule i{background:none;border:none;border-top:2px solid #2a7;height:2px}
.key.col-gap i{background:none;border:none;border-top:2px dashed #f80;height:2px}
main{margin-left:400px;padding:12px 20px}
.page{content-visibility:auto;contain-intrinsic-size:var(--w) calc(var(--h) + 30px);margin:0 auto 24px;width:var(--w)}
.page h2{font-size:12px;color:#555;margin:0 0 4px}
.page svg{display:block;background:#fff;box-shadow:0 1px 4px #0004}
svg .paper{fill:#fff}
svg .fills rect{fill:#000;fill-opacity:.07}
svg .rules line{stroke:#333;stroke-width:.5}
svg .tables line{stroke-width:.9;opacity:.8}
svg .tables .col-rule{stroke:#2a7}
svg .tables .col-gap{stroke:#f80;stroke-dasharray:3 2}
svg .region{fill:var(--c);fill-opacity:.16;stroke:var(--c);stroke-width:.4;cursor:pointer}
svg .region.label{fill-opacity:.42;stroke-width:1}
svg .region.unplaced{fill:#e00;fill-opacity:.28;stroke:#e00;stroke-dasharray:2 1.5;stroke-width:.9}
svg .region[class*=claim-]{fill:#778;fill-opacity:.1;stroke:#778;stroke-dasharray:2 1}
svg .region:hover,svg .region.sel{fill-opacity:.5;stroke-width:1.6}
svg .furniture rect{fill:#999;fill-opacity:.08;stroke:#888;stroke-dasharray:4 2;stroke-width:.8}
svg .text text{font-family:sans-serif;fill:#111;pointer-events:none}
svg .text text.v{writing-mode:vertical-rl}
svg .tags text{font-size:4px;font-weight:700;fill:var(--c);text-anchor:end;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:1px}
svg .rec rect{fill:none;stroke:var(--rc);stroke-width:1.3;pointer-events:stroke;cursor:pointer}
svg .rec text{font-size:6.5px;font-weight:700;fill:var(--rc);paint-order:stroke;stroke:#fff;stroke-width:1.5px;cursor:pointer}
.flash{animation:flash 1.6s ease-out 1}
svg .rec.flash rect{stroke-width:4}
@keyframes flash{0%{opacity:.2}25%{opacity:1}50%{opacity:.3}100%{opacity:1}}
.text-input{background:#fff;padding:8px 12px;box-shadow:0 1px 4px #0004}
.lines{list-style:none;padding:0;margin:0;font:13px/1.6 ui-monospace,monospace}
.tline{padding-left:6px;border-left:4px solid transparent;white-space:pre-wrap;word-break:break-all}
.tline.owned{border-left-color:var(--rc)}
.tline .no{display:inline-block;width:4em;color:#999;text-align:right;margin-right:8px;user-select:none}
.tline .region{background:color-mix(in srgb,var(--c) 16%,transparent);cursor:pointer}
.tline .region.label{background:color-mix(in srgb,var(--c) 42%,transparent)}
.tline .region.unplaced{background:#f003;outline:1px dashed #e00}
.tline .region[class*=claim-]{background:#7781}
.tline .region.sel{outline:2px solid #000}
.tline .sep{color:#bbb;margin:0 4px}
.rechead{margin-top:6px;padding:1px 6px;font-weight:700;color:var(--rc);border-top:2px solid var(--rc);cursor:pointer}
`;

export const INSPECT_SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById('inspect-data').textContent);
  const detail = document.getElementById('detail');
  const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const flash = (el) => { el.classList.remove('flash'); void el.getBoundingClientRect(); el.classList.add('flash'); };
  const go = (id) => {
    const el = document.getElementById(id);
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    flash(el);
    return true;
  };
  const recordLink = (i) => {
    const r = data.records[i];
    return '<a href="#rec-' + esc(r.id) + '" data-record="' + i + '">' + esc(r.id) + (r.number !== null ? ' No.' + r.number : '') + ' ' + esc(r.title) + '</a>';
  };
  const fieldValue = (rec, field) => {
    if (!rec || !field) return null;
    if (field in rec.fields) return rec.fields[field];
    const direct = { title: rec.title, number: rec.number, department: rec.department, sections: rec.sections, category: rec.categoryPath, result: rec.result, direction: rec.direction, indicators: rec.indicators, yearly: rec.yearly, money: rec.money, other: rec.otherFields };
    return direct[field] ?? null;
  };
  const show = (g, el) => {
    const r = data.regions[g];
    const title = el.querySelector ? el.querySelector('title') : null;
    const tip = (title ? title.textContent : el.getAttribute('title')) || '';
    const source = tip.slice(tip.indexOf('\\n') + 1);
    const rec = r.record !== null ? data.records[r.record] : null;
    const value = fieldValue(rec, r.field);
    const line = data.lines[r.line];
    let h = '<h2>Selected</h2><dl>';
    h += '<dt>where</dt><dd>' + (line && line.page ? 'page ' + line.page + ', ' : '') + 'line ' + r.line + (r.cell !== null ? ', cell ' + (r.cell + 1) : '') + (r.para !== null ? ', paragraph ' + (r.para + 1) : '') + '</dd>';
    h += '<dt>taken as</dt><dd>' + esc(r.claim === 'unplaced' ? 'nothing: unplaced text (a layout/unplaced-text diagnostic)' : r.claim) + '</dd>';
    if (rec) h += '<dt>record</dt><dd>' + recordLink(r.record) + '</dd>';
    for (const i of r.also) h += '<dt>also</dt><dd>' + recordLink(i) + '</dd>';
    if (r.department !== null) h += '<dt>department</dt><dd>' + esc(data.departments[r.department]) + '</dd>';
    if (r.field) h += '<dt>field</dt><dd>' + (r.label ? 'label of ' : '') + '<b>' + esc(r.field) + '</b>' + (r.otherLabel ? ' (' + esc(r.otherLabel) + ')' : '') + '</dd>';
    h += '</dl><div>source text</div><pre>' + esc(source) + '</pre>';
    if (value !== null && value !== undefined) h += '<div>the record\\'s ' + esc(r.field) + '</div><pre>' + esc(typeof value === 'string' ? value : JSON.stringify(value, null, 1)) + '</pre>';
    detail.innerHTML = h;
  };
  const showRecord = (i) => {
    detail.innerHTML = '<h2>Record</h2><p>' + recordLink(i) + '</p><pre>' + esc(JSON.stringify(data.records[i], null, 1)) + '</pre>';
  };
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const region = target.closest('[data-g]');
    if (region) {
      for (const s of document.querySelectorAll('.sel')) s.classList.remove('sel');
      region.classList.add('sel');
      show(Number(region.getAttribute('data-g')), region);
      return;
    }
    const rec = target.closest('[data-record]');
    if (rec) showRecord(Number(rec.getAttribute('data-record')));
    const a = target.closest('a[href^="#"]');
    if (a) {
      e.preventDefault();
      const id = a.getAttribute('href').slice(1);
      if (go(id)) history.replaceState(null, '', '#' + id);
      const line = a.getAttribute('data-line');
      const el = line && document.getElementById('line-' + line);
      if (el && el.hasAttribute('data-g')) show(Number(el.getAttribute('data-g')), el);
    }
  });
  if (location.hash) go(location.hash.slice(1));
  // the page's data was read and its handlers are in place
  document.documentElement.setAttribute('data-ready', String(data.regions.length));
})();
`;
