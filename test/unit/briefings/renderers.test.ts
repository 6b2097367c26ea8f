// Briefing renderers on a typed fixture: self-contained HTML, Markdown, SVG pictures, and a PDF printed by
// the real Chromium with the TLP banner on every page.
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { renderHtml } from '../../../server/modules/briefings/render-html.js';
import { renderMarkdown } from '../../../server/modules/briefings/render-markdown.js';
import { renderPdf } from '../../../server/modules/briefings/render-pdf.js';
import { compoundMapSvg } from '../../../server/modules/briefings/compound-map-svg.js';
import { layoutGraph, graphSvg } from '../../../server/modules/briefings/graph-svg.js';
import { figureText } from '../../../server/modules/briefings/briefing-text.js';
import { highestTlp } from '../../../server/modules/briefings/briefing-format.js';
import { ScamgraphError } from '../../../server/errors.js';
import { fixtureBriefing } from './fixture.js';
import { pdfPages } from './pdf-text.js';

describe('HTML briefing', () => {
  const html = renderHtml(fixtureBriefing());

  it('is self-contained: inline CSS and SVG, no scripts, no external requests', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('carries the TLP banner and every figure with its range, method and sources', () => {
    expect(html).toContain('TLP:AMBER');
    expect(html).toContain('data-tlp="AMBER"');
    for (const f of fixtureBriefing().figures) {
      const t = figureText(f);
      expect(html).toContain(`data-key="${f.key}" data-value="${f.value}"`);
      expect(html).toContain(`>${t.value}<`);
      expect(html).toContain(t.method.replace(/'/g, '&#39;'));
    }
    expect(html).toContain('US$4,567,890');
    expect(html).toContain('1,100 – 1,400');
    expect(html).toContain('66 DUPLICATE_REPORT');
    expect(html).toContain('Appendix: sources');
  });

  it('escapes names from the data', () => {
    expect(html).not.toContain('<b>B</b>');
    expect(html).toContain('Demo hotline &lt;b&gt;B&lt;/b&gt;');
    expect(html).not.toContain('<i>Zone</i>');
  });

  it('prints AMBER+STRICT as FIRST writes it', () => {
    expect(renderHtml(fixtureBriefing({ tlp: 'AMBER_STRICT' }))).toContain('TLP:AMBER+STRICT');
  });
});

describe('Markdown briefing', () => {
  const text = renderMarkdown(fixtureBriefing());
  const lines = text.trim().split('\n');

  it('starts and ends with the TLP line', () => {
    expect(lines[0]).toMatch(/^\*\*TLP:AMBER\*\*/);
    expect(lines.at(-1)).toMatch(/^\*\*TLP:AMBER\*\*/);
  });

  it('renders tables whose rows keep their cells (pipes in data escaped)', () => {
    const rendered = new MarkdownIt().render(text);
    expect(rendered).toContain('<table>');
    const row = /<tr>\s*<td>Account<\/td>([\s\S]*?)<\/tr>/.exec(rendered)?.[1] ?? '';
    expect(row.match(/<td>/g)).toHaveLength(6);
    expect(row).toContain('pipe|user');
    expect(rendered).toContain('US$4,567,890');
    expect(rendered).toContain('Demo hotline &lt;b&gt;B&lt;/b&gt;');
  });

  it('never turns names from the data into links or markup', () => {
    const evil = {
      id: 'source:evil',
      name: '[click](https://evil.example) *now*',
      reliability: 'F',
    };
    const rendered = new MarkdownIt({ linkify: true }).render(
      renderMarkdown(fixtureBriefing({ sources: [evil] })),
    );
    expect(rendered).not.toMatch(/<a |<em>now/);
    expect(rendered).toContain('[click](https://evil.example) *now*');
  });
});

describe('pictures', () => {
  it('the map draws one dot per compound with coordinates', () => {
    const svg = compoundMapSvg(fixtureBriefing().compounds);
    expect(svg.match(/<circle r="6" fill="#(c0392b|e67e22)" stroke/g)).toHaveLength(2);
    expect(svg).toContain('River View &lt;i&gt;Zone&lt;/i&gt; — raided');
    expect(svg).toMatch(/<path d="M/);
  });

  it('the graph layout is deterministic and inside the picture', () => {
    const graph = fixtureBriefing().graph;
    const a = layoutGraph(graph);
    const b = layoutGraph(graph);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.size).toBe(graph.nodes.length);
    for (const p of a.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(900);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(620);
    }
    const xs = new Set([...a.values()].map((p) => Math.round(p.x)));
    expect(xs.size).toBeGreaterThan(10);
    const svg = graphSvg(graph);
    expect(svg.match(/<line /g)).toHaveLength(graph.edges.length);
  });

  it('the banner is the highest TLP', () => {
    expect(highestTlp(['GREEN', 'CLEAR', 'AMBER'])).toBe('AMBER');
    expect(highestTlp([])).toBe('CLEAR');
  });
});

describe('PDF briefing (real Chromium)', () => {
  it('has the TLP banner on every page and the figures as printed in HTML', async () => {
    const months = Array.from({ length: 60 }, (_, i) => ({
      period: `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      victims: i,
      lossesUsd: i * 1000,
      inflowsUsd: null,
    }));
    const pdf = await renderPdf(fixtureBriefing({ months }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page.trim().length).toBeGreaterThan(40);
      expect(page.match(/TLP:AMBER/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    }
    const all = pages.join('\n');
    for (const f of fixtureBriefing().figures) expect(all).toContain(figureText(f).value);
  }, 60_000);

  it('answers UNAVAILABLE naming the fix when Chromium is missing', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const error = await renderPdf(fixtureBriefing()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScamgraphError);
      expect((error as ScamgraphError).code).toBe('UNAVAILABLE');
      expect((error as ScamgraphError).details.reason).toBe('CHROMIUM_MISSING');
      expect((error as ScamgraphError).message).toMatch(/CHROMIUM_PATH/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
