// Assembles a briefing for a cluster, a country or the whole graph, and renders it (PDF, HTML, Markdown).
// Everything is read through visibility (SPEC §6) with the caller's context, its clearance lowered by
// maxTlp: figures from `estimates` (server/modules/estimates), the cluster and its graph from the clusters
// service, the top indicators and the sources from the entity reads. Nothing here filters by TLP itself.
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/cypher.js';
import { INFRA_REL_TYPES, NODE_LABELS, type NodeLabel, type Tlp } from '../../model.js';
import { requireAnalyst } from '../access/rights.js';
import { visibilityParams } from '../access/visibility.js';
import { sourcesByIds } from '../entities/entities-service.js';
import { subgraphOf } from '../entities/traversal-service.js';
import type { SubgraphModel } from '../entities/entities-types.js';
import { clusterById, clusterMemberIds } from '../clusters/clusters-service.js';
import { estimates } from '../estimates/estimates-service.js';
import type { EstimatesModel } from '../estimates/estimates-types.js';
import type {
  BriefingFormat,
  BriefingIndicator,
  BriefingModel,
  BriefingMonth,
  BriefingScope,
  BriefingSource,
} from './briefing-types.js';
import { countryName, highestTlp, lowerTlp } from './briefing-format.js';
import { briefingFileName } from './briefing-scope.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPdf, requireChromium } from './render-pdf.js';

/** Indicators listed in the top-indicators table. */
export const TOP_INDICATORS = 25;
/** Entities drawn in the graph picture. */
export const GRAPH_NODES = 150;

/** What a briefing never lists as an indicator: provenance and victims. */
const INDICATOR_LABELS: NodeLabel[] = NODE_LABELS.filter(
  (l) => l !== 'Source' && l !== 'VictimReport',
);

export interface BriefingOptions {
  /** Lowers the caller's clearance for the whole briefing (`--max-tlp`); CLEAR is the public version. */
  maxTlp?: Tlp;
  /** Progress of the steps, for the CLI. */
  onProgress?: (step: string) => void;
}

/** The context a briefing is read with: the caller's, its clearance lowered by maxTlp. */
export function briefingContext(ctx: RequestContext, maxTlp?: Tlp): RequestContext {
  return maxTlp ? { ...ctx, clearance: lowerTlp(ctx.clearance, maxTlp) } : ctx;
}

export async function assembleBriefing(
  executor: Executor,
  ctx: RequestContext,
  scope: BriefingScope,
  options: BriefingOptions = {},
): Promise<BriefingModel> {
  requireAnalyst(ctx, 'make briefings');
  const readCtx = briefingContext(ctx, options.maxTlp);
  const progress = options.onProgress ?? (() => {});
  let cluster: BriefingModel['cluster'] = null;
  let figures: EstimatesModel;
  let graph: SubgraphModel;
  if (scope.kind === 'cluster') {
    progress('reading the cluster');
    const c = await clusterById(executor, readCtx, scope.cluster);
    cluster = {
      id: c.id,
      name: c.name,
      size: c.size,
      countries: [...c.countries],
      createdAt: c.createdAt ?? null,
      updatedAt: c.updatedAt ?? null,
    };
    progress('computing the estimates');
    figures = await estimates(executor, readCtx, { clusterId: c.id });
    progress('drawing the cluster');
    const members = await clusterMemberIds(executor, readCtx, c.id);
    graph = await mostConnected(executor, readCtx, 'briefings/top-members', { ids: members });
    graph.truncated = members.length > graph.nodes.length;
  } else {
    progress('computing the estimates');
    figures = await estimates(
      executor,
      readCtx,
      scope.kind === 'country' ? { country: scope.country } : {},
    );
    progress('finding the top indicators');
    graph = await mostConnected(executor, readCtx, 'briefings/top-indicators', {
      labels: INDICATOR_LABELS,
      country: scope.kind === 'country' ? scope.country : null,
    });
  }
  const top = [...graph.nodes]
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, TOP_INDICATORS)
    .map((n): BriefingIndicator => ({
      id: n.id,
      label: n.label,
      display: n.display,
      tlp: n.tlp,
      confidence: n.confidence,
      degree: n.degree,
      firstSeen: n.firstSeen,
      lastSeen: n.lastSeen,
      sourceIds: n.sourceIds,
    }));
  progress('collecting the sources');
  const sources = await appendix(executor, readCtx, figures, top);
  const model: BriefingModel = {
    title: titleOf(scope, cluster?.name),
    scope,
    generatedBy: ctx.caller.replace(/^user:/, ''),
    generatedAt: new Date().toISOString(),
    ceiling: readCtx.clearance,
    tlp: 'CLEAR',
    cluster,
    figures: figures.figures.map((f) => ({
      key: f.key,
      label: f.label,
      unit: f.unit,
      value: f.value,
      low: f.low,
      high: f.high,
      method: f.method,
      rangeMethod: f.rangeMethod,
      sources: f.sources.map(sourceOf),
      counted: f.counted,
      excluded: f.excluded.map((e) => ({ reason: e.reason, count: e.count })),
    })),
    countries: figures.compoundsByCountry.map(({ entityIds: _ids, ...row }) => row),
    compounds: figures.compounds.map((c) => {
      const last = c.history[c.history.length - 1];
      return {
        id: c.id,
        name: c.name,
        country: c.country,
        lat: c.lat,
        lon: c.lon,
        status: last?.status ?? null,
        since: last?.since ?? null,
      };
    }),
    months: monthsOf(figures),
    graph: {
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, display: n.display, tlp: n.tlp })),
      edges: graph.edges.map((e) => ({ from: e.from, to: e.to, type: e.type, tlp: e.tlp })),
      truncated: graph.truncated,
    },
    topIndicators: top,
    sources,
  };
  // The banner: the highest TLP of anything the briefing shows.
  model.tlp = highestTlp([
    figures.tlp,
    ...model.graph.nodes.map((n) => n.tlp),
    ...model.graph.edges.map((e) => e.tlp),
    ...top.map((i) => i.tlp),
  ]);
  return model;
}

/** The GRAPH_NODES most connected entities a statement picks, with the visible links among them. */
async function mostConnected(
  executor: Executor,
  ctx: RequestContext,
  statement: string,
  params: Record<string, unknown>,
): Promise<SubgraphModel> {
  const rows = await executor.read({
    cypher: cypher(statement),
    params: { ...params, types: INFRA_REL_TYPES, limit: GRAPH_NODES, ...visibilityParams(ctx) },
  });
  const eids = rows.map((r) => String(r.eid));
  return subgraphOf(executor, ctx, eids, INFRA_REL_TYPES, eids.length >= GRAPH_NODES);
}

function titleOf(scope: BriefingScope, clusterName?: string): string {
  switch (scope.kind) {
    case 'cluster':
      return `Briefing: cluster ${clusterName ?? scope.cluster}`;
    case 'country':
      return `Briefing: ${countryName(scope.country)}`;
    case 'all':
      return 'Briefing: the whole graph';
  }
}

const sourceOf = (s: BriefingSource): BriefingSource => ({
  id: s.id,
  name: s.name,
  reliability: s.reliability ?? null,
  url: s.url ?? null,
});

/** Every source the briefing cites, figures' first, then the indicators' (resolved as the reader sees them). */
async function appendix(
  executor: Executor,
  ctx: RequestContext,
  e: EstimatesModel,
  top: readonly BriefingIndicator[],
): Promise<BriefingSource[]> {
  const byId = new Map<string, BriefingSource>();
  for (const s of [...e.figures.flatMap((f) => f.sources), ...e.sources])
    if (!byId.has(s.id)) byId.set(s.id, sourceOf(s));
  const missing = [
    ...new Set([
      ...top.flatMap((i) => i.sourceIds),
      ...e.compounds.flatMap((c) => c.history.map((h) => h.sourceId ?? '')),
    ]),
  ].filter((id) => id && !byId.has(id));
  if (missing.length)
    for (const s of await sourcesByIds(executor, ctx, missing)) byId.set(s.id, sourceOf(s));
  return [...byId.values()].sort(
    (a, b) =>
      (a.reliability ?? 'Z').localeCompare(b.reliability ?? 'Z') || a.name.localeCompare(b.name),
  );
}

function monthsOf(e: EstimatesModel): BriefingMonth[] {
  const rows = new Map<string, BriefingMonth>();
  const row = (period: string) => {
    let r = rows.get(period);
    if (!r) rows.set(period, (r = { period, victims: null, lossesUsd: null, inflowsUsd: null }));
    return r;
  };
  for (const p of e.victimsByMonth.points) row(p.period).victims = p.value;
  for (const p of e.lossesByMonth.points) row(p.period).lossesUsd = p.value;
  for (const p of e.inflowsByMonth.points) row(p.period).inflowsUsd = p.value;
  return [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
}

export interface RenderedBriefing {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** A briefing model as a document of the given format. */
export async function renderBriefing(
  model: BriefingModel,
  format: BriefingFormat,
): Promise<RenderedBriefing> {
  const fileName = briefingFileName(model.scope, model.tlp, format);
  switch (format) {
    case 'pdf':
      return { body: await renderPdf(model), contentType: 'application/pdf', fileName };
    case 'html':
      return {
        body: Buffer.from(renderHtml(model), 'utf8'),
        contentType: 'text/html; charset=utf-8',
        fileName,
      };
    case 'md':
      return {
        body: Buffer.from(renderMarkdown(model), 'utf8'),
        contentType: 'text/markdown; charset=utf-8',
        fileName,
      };
  }
}

/** Assembles and renders in one call (the CLI and the HTTP route). */
export async function makeBriefing(
  executor: Executor,
  ctx: RequestContext,
  scope: BriefingScope,
  format: BriefingFormat,
  options: BriefingOptions = {},
): Promise<RenderedBriefing & { model: BriefingModel }> {
  if (format === 'pdf') requireChromium();
  const model = await assembleBriefing(executor, ctx, scope, options);
  options.onProgress?.(`rendering ${format}`);
  return { model, ...(await renderBriefing(model, format)) };
}
