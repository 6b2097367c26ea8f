// A briefing as one self-contained printable HTML page: inline CSS, inline SVG (map and graph), no scripts,
// no external requests. The TLP banner heads the page and, when printed from a browser, every page.
import type { BriefingModel } from './briefing-types.js';
import { TLP_COLOR, TLP_MEANING, escapeHtml as h, tlpLabel } from './briefing-format.js';
import {
  citations,
  day,
  figureText,
  provenanceLine,
  scopeLine,
  sourceNumbers,
} from './briefing-text.js';
import { compoundMapSvg } from './compound-map-svg.js';
import { graphSvg } from './graph-svg.js';
import { formatValue } from './briefing-format.js';

export interface HtmlOptions {
  /** For Chromium's PDF printer: the header/footer templates carry the banner, so no fixed banners. */
  forPdf?: boolean;
}

const CSS = `
*{box-sizing:border-box}
body{font:11pt/1.45 "DejaVu Sans",Helvetica,Arial,sans-serif;color:#1d1d1d;margin:0;padding:0 18mm;font-variant-ligatures:none}
h1{font-size:20pt;margin:10mm 0 2mm}h2{font-size:14pt;margin:8mm 0 3mm;border-bottom:1px solid #ccc;padding-bottom:1mm;break-after:avoid}
.meta{color:#555;font-size:9pt}
.tlp{background:#000;font-weight:bold;letter-spacing:.04em;padding:2px 8px;display:inline-block;font-size:10pt}
.banner{text-align:right;margin-top:6mm}
.banner .meaning{font-size:8pt;color:#555;display:block}
.fixed-banner{position:fixed;left:0;right:0;text-align:center;z-index:10}
.fixed-banner.top{top:0}.fixed-banner.bottom{bottom:0}
@media screen{.fixed-banner{display:none}}
.figures{display:grid;grid-template-columns:1fr 1fr;gap:4mm}
.figure{border:1px solid #ddd;border-radius:4px;padding:3mm;break-inside:avoid}
.figure .value{font-size:18pt;font-weight:bold}
.figure .range,.figure .note{font-size:8.5pt;color:#444}
table{border-collapse:collapse;width:100%;font-size:9pt}
th,td{border-bottom:1px solid #e3e3e3;text-align:left;padding:1.2mm 2mm;vertical-align:top}
td.num,th.num{text-align:right}
tr{break-inside:avoid}
svg{width:100%;height:auto;border:1px solid #ddd;break-inside:avoid}
.mono{font-family:"DejaVu Sans Mono",monospace;font-size:8.5pt;word-break:break-all}
.note{color:#555;font-size:9pt}
@page{size:A4;margin:20mm 0}
`;

export function renderHtml(m: BriefingModel, options: HtmlOptions = {}): string {
  const label = tlpLabel(m.tlp);
  const tlpSpan = `<span class="tlp" style="color:${TLP_COLOR[m.tlp]}">${label}</span>`;
  const numbers = sourceNumbers(m);
  const fixed = options.forPdf
    ? ''
    : `<div class="fixed-banner top">${tlpSpan}</div><div class="fixed-banner bottom">${tlpSpan}</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(`${label} ${m.title}`)}</title>
<meta name="tlp" content="${m.tlp}"><style>${CSS}</style></head>
<body data-tlp="${m.tlp}">${fixed}
<div class="banner">${tlpSpan}<span class="meaning">${h(TLP_MEANING[m.tlp])}</span></div>
<h1>${h(m.title)}</h1>
<p class="meta">${h(scopeLine(m))}<br>${h(provenanceLine(m))}</p>
${figuresHtml(m, numbers)}
${countriesHtml(m)}
${monthsHtml(m)}
<h2>Compounds</h2>
${compoundMapSvg(m.compounds)}
<p class="note">${m.compounds.length} compound${m.compounds.length === 1 ? '' : 's'}, coloured by the latest status a visible source gives (${m.compounds.filter((c) => c.lat === null || c.lon === null).length} without coordinates are not drawn).</p>
<h2>${m.scope.kind === 'cluster' ? 'The cluster' : 'The most connected infrastructure'}</h2>
${m.graph.nodes.length ? graphSvg(m.graph) : '<p class="note">Nothing to draw.</p>'}
<p class="note">${m.graph.nodes.length} entities, ${m.graph.edges.length} links${m.graph.truncated ? ' (a part: the most connected first)' : ''}; laid out with ForceAtlas2.</p>
${indicatorsHtml(m, numbers)}
${sourcesHtml(m)}
</body></html>
`;
}

function figuresHtml(m: BriefingModel, numbers: Map<string, number>): string {
  if (!m.figures.length)
    return '<h2>Key figures</h2><p class="note">No figures for this scope.</p>';
  const cards = m.figures
    .map((f) => {
      const t = figureText(f);
      return `<div class="figure" data-key="${h(f.key)}" data-value="${f.value}" data-low="${f.low}" data-high="${f.high}">
<div>${h(t.label)}</div><div class="value">${h(t.value)}</div>
<div class="range">Range ${h(t.range)} — ${h(t.rangeMethod)}</div>
<div class="note"><b>Method.</b> ${h(t.method)} ${h(t.counted)}.</div>
<div class="note"><b>Sources.</b> ${h(
        citations(
          f.sources.map((s) => s.id),
          numbers,
        ),
      )} ${h(t.sources)}</div></div>`;
    })
    .join('\n');
  return `<h2>Key figures</h2><div class="figures">${cards}</div>`;
}

function countriesHtml(m: BriefingModel): string {
  if (!m.countries.length) return '';
  const rows = m.countries
    .map(
      (c) =>
        `<tr><td>${h(c.country)}</td><td class="num">${c.active}</td><td class="num">${c.raided}</td><td class="num">${c.relocated}</td><td class="num">${c.closed}</td><td class="num">${c.total}</td></tr>`,
    )
    .join('');
  return `<h2>Compounds by country and status</h2><table><thead><tr><th>Country</th><th class="num">Active</th><th class="num">Raided</th><th class="num">Relocated</th><th class="num">Closed</th><th class="num">Total</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function monthsHtml(m: BriefingModel): string {
  if (!m.months.length) return '';
  const cell = (v: number | null, unit: string) =>
    `<td class="num">${v === null ? '—' : h(formatValue(v, unit))}</td>`;
  const rows = m.months
    .map(
      (r) =>
        `<tr><td>${h(r.period)}</td>${cell(r.victims, 'victims')}${cell(r.lossesUsd, 'USD')}${cell(r.inflowsUsd, 'USD')}</tr>`,
    )
    .join('');
  return `<h2>Month by month</h2><table><thead><tr><th>Month</th><th class="num">Victims</th><th class="num">Reported losses</th><th class="num">Wallet inflows</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function indicatorsHtml(m: BriefingModel, numbers: Map<string, number>): string {
  if (!m.topIndicators.length)
    return '<h2>Top indicators</h2><p class="note">No indicators in this scope.</p>';
  const rows = m.topIndicators
    .map(
      (i) =>
        `<tr><td>${h(i.label)}</td><td class="mono">${h(i.display)}</td><td>${h(tlpLabel(i.tlp))}</td><td class="num">${i.confidence}</td><td class="num">${i.degree}</td><td>${seen(i.firstSeen, i.lastSeen)}</td><td>${h(citations(i.sourceIds, numbers))}</td></tr>`,
    )
    .join('');
  return `<h2>Top indicators</h2><p class="note">The most connected indicators (links to other visible entities).</p><table><thead><tr><th>Kind</th><th>Indicator</th><th>TLP</th><th class="num">Conf.</th><th class="num">Links</th><th>Seen</th><th>Sources</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const seen = (a: string | null, b: string | null) => (a || b ? `${day(a)} – ${day(b)}` : '—');

function sourcesHtml(m: BriefingModel): string {
  const rows = m.sources
    .map(
      (s, i) =>
        `<tr><td>[${i + 1}]</td><td>${h(s.name)}</td><td>${h(s.reliability ?? '—')}</td><td class="mono">${h(s.id)}</td><td class="mono">${s.url ? h(s.url) : ''}</td></tr>`,
    )
    .join('');
  return `<h2>Appendix: sources</h2>${rows ? `<table><thead><tr><th>#</th><th>Source</th><th>Reliability</th><th>Id</th><th>Link</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="note">No sources.</p>'}<p class="note">Reliability on the Admiralty scale (A reliable … F cannot be judged).</p>`;
}
