// A picture of a cluster's graph as one inline SVG string: positions from ForceAtlas2 (graphology), started
// from a circle so the same graph always gives the same picture.
import { UndirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import fa2Import from 'graphology-layout-forceatlas2';
import type { NodeLabel } from '../../model.js';
import type { BriefingGraph } from './briefing-types.js';
import { escapeHtml } from './briefing-format.js';

/** Node colours by kind (the explorer's legend). */
export const KIND_COLOR: Record<NodeLabel, string> = {
  Domain: '#2e86de',
  Url: '#54a0ff',
  App: '#10ac84',
  Wallet: '#f39c12',
  Phone: '#8e44ad',
  Account: '#e84393',
  Email: '#00a8a8',
  IpAddress: '#576574',
  Compound: '#c0392b',
  Organization: '#6d214f',
  Source: '#95a5a6',
  VictimReport: '#b33939',
};

// CommonJS module: its default export is module.exports at run time (as in web/src/graph/layout.ts).
const forceAtlas2 = (
  'default' in fa2Import ? fa2Import.default : fa2Import
) as typeof fa2Import.default;

const W = 900;
const H = 620;
/** Labels are printed for at most this many of the best-connected nodes. */
const LABELLED = 18;

interface NodeAttrs {
  x: number;
  y: number;
}

/** Node positions in [0, W]×[0, H] (pure; exported for tests). */
export function layoutGraph(graph: BriefingGraph): Map<string, { x: number; y: number }> {
  const g = new UndirectedGraph<NodeAttrs>();
  for (const n of graph.nodes) if (!g.hasNode(n.id)) g.addNode(n.id, { x: 0, y: 0 });
  for (const e of graph.edges)
    if (g.hasNode(e.from) && g.hasNode(e.to) && e.from !== e.to && !g.hasEdge(e.from, e.to))
      g.addEdge(e.from, e.to);
  circular.assign(g, { scale: 100 });
  if (g.order > 1)
    forceAtlas2.assign(g, {
      iterations: 300,
      settings: { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 4 },
    });
  const xs = g.mapNodes((_n, a) => a.x);
  const ys = g.mapNodes((_n, a) => a.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  // Room on the right for the labels.
  const pad = 40;
  const sx = maxX > minX ? (W - 3.5 * pad) / (maxX - minX) : 0;
  const sy = maxY > minY ? (H - 2 * pad) / (maxY - minY) : 0;
  const out = new Map<string, { x: number; y: number }>();
  g.forEachNode((n, a) =>
    out.set(n, {
      x: sx ? pad + (a.x - minX) * sx : W / 2,
      y: sy ? pad + (a.y - minY) * sy : H / 2,
    }),
  );
  return out;
}

export function graphSvg(graph: BriefingGraph): string {
  const pos = layoutGraph(graph);
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const labelled = new Set(
    [...graph.nodes]
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id))
      .slice(0, LABELLED)
      .map((n) => n.id),
  );
  const edges = graph.edges
    .map((e) => {
      const a = pos.get(e.from);
      const b = pos.get(e.to);
      if (!a || !b) return '';
      return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#9aa4ad" stroke-width="1"/>`;
    })
    .join('');
  const nodes = graph.nodes
    .map((n) => {
      const p = pos.get(n.id)!;
      const r = 4 + Math.min(8, Math.sqrt(degree.get(n.id) ?? 0) * 1.5);
      const label = labelled.has(n.id)
        ? `<text x="${(r + 3).toFixed(1)}" y="4" font-size="11" fill="#222">${escapeHtml(truncate(n.display, 32))}</text>`
        : '';
      return `<g transform="translate(${p.x.toFixed(1)},${p.y.toFixed(1)})"><circle r="${r.toFixed(1)}" fill="${KIND_COLOR[n.label] ?? '#555'}" stroke="#fff" stroke-width="1"/>${label}<title>${escapeHtml(`${n.label}: ${n.display}`)}</title></g>`;
    })
    .join('');
  const kinds = [...new Set(graph.nodes.map((n) => n.label))].sort();
  const legend = kinds
    .map(
      (k, i) =>
        `<g transform="translate(${20 + (i % 6) * 145},${H - 34 + Math.floor(i / 6) * 18})"><circle r="5" fill="${KIND_COLOR[k]}"/><text x="10" y="4" font-size="12" fill="#222">${k}</text></g>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 20}" role="img" aria-label="Graph of ${graph.nodes.length} entities and ${graph.edges.length} links" class="graph">` +
    `<rect width="${W}" height="${H + 20}" fill="#fbfbf8"/>${edges}${nodes}${legend}</svg>`
  );
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
