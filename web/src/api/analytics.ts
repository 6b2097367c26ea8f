// The analyst's queries (issue 12): scale estimates, named clusters, their history and the evidence between
// two members. Shapes mirror server/modules/clusters/clusters.graphql and server/modules/estimates/estimates.graphql.
import type { DashboardFilter } from '../hooks/url-state.js';
import { gql } from './graphql.js';
import type { Entity, EntityKind, RelType, SourceRef, Subgraph, Tlp } from './types.js';

const SOURCE = 'id name reliability url';
const ENTITY = `id kind value display raw tlp confidence firstSeen lastSeen synthetic degree
  properties { key value } sources { ${SOURCE} }`;
const EDGE = `id type from to tlp confidence firstSeen lastSeen sources properties { key value }`;

export interface ExcludedInput {
  reason: string;
  count: number;
}

export interface Figure {
  key: string;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  method: string;
  rangeMethod: string;
  sources: SourceRef[];
  counted: number;
  excluded: ExcludedInput[];
  entityIds: string[];
}

export interface SeriesPoint {
  period: string;
  value: number;
  low: number;
  high: number;
  entityIds: string[];
}

export interface Series {
  key: string;
  label: string;
  unit: string;
  method: string;
  points: SeriesPoint[];
}

export interface CountryCompounds {
  country: string;
  active: number;
  raided: number;
  relocated: number;
  closed: number;
  total: number;
  entityIds: string[];
}

export interface StatusChange {
  status: string;
  since: string;
  sourceId: string | null;
}

export interface CompoundTimeline {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  history: StatusChange[];
}

export interface ClusterInflow {
  clusterId: string;
  clusterName: string;
  month: string;
  usd: number;
  low: number;
  high: number;
}

export interface Estimates {
  generatedAt: string;
  tlp: Tlp;
  figures: Figure[];
  compoundsByCountry: CountryCompounds[];
  compounds: CompoundTimeline[];
  victimsByMonth: Series;
  lossesByMonth: Series;
  inflowsByMonth: Series;
  inflowsByCluster: ClusterInflow[];
  sources: SourceRef[];
}

export type SeriesKey = 'victimsByMonth' | 'lossesByMonth' | 'inflowsByMonth';

const SERIES = 'key label unit method points { period value low high entityIds }';

/** The API's filter for the dashboard's: months become the first and last day of the period. */
export function estimateFilter(f: DashboardFilter, clusterId?: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from) out.from = `${f.from}-01`;
  if (f.to) out.to = lastDayOf(f.to);
  if (f.country) out.country = f.country;
  if (f.minReliability) out.minReliability = f.minReliability;
  if (clusterId) out.clusterId = clusterId;
  return out;
}

/** `2024-02` → `2024-02-29`. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

export async function fetchEstimates(filter: Record<string, string>): Promise<Estimates> {
  const d = await gql<{ estimates: Estimates }>(
    `query Estimates($filter: EstimateFilter) { estimates(filter: $filter) {
      generatedAt tlp
      figures { key label unit value low high method rangeMethod sources { ${SOURCE} } counted
        excluded { reason count } entityIds }
      compoundsByCountry { country active raided relocated closed total entityIds }
      compounds { id name country lat lon history { status since sourceId } }
      victimsByMonth { ${SERIES} } lossesByMonth { ${SERIES} } inflowsByMonth { ${SERIES} }
      inflowsByCluster { clusterId clusterName month usd low high }
      sources { ${SOURCE} } } }`,
    { filter },
  );
  return d.estimates;
}

/** The figures only (a cluster's figures on its page). */
export async function fetchFigures(filter: Record<string, string>): Promise<Figure[]> {
  const d = await gql<{ estimates: { figures: Figure[] } }>(
    `query Figures($filter: EstimateFilter) { estimates(filter: $filter) {
      figures { key label unit value low high method rangeMethod sources { ${SOURCE} } counted
        excluded { reason count } entityIds } } }`,
    { filter },
  );
  return d.estimates.figures;
}

export type ClusterOrder =
  'SIZE_DESC' | 'LOSSES_DESC' | 'GROWTH_DESC' | 'UPDATED_DESC' | 'NAME_ASC';

export interface ClusterFilter {
  country?: string;
  minSize?: number;
  kind?: EntityKind;
  nameContains?: string;
  updatedSince?: string;
}

export interface ClusterBrief {
  id: string;
  name: string;
  size: number;
  countries: string[];
  recentGrowth: number;
  victimReports: number;
  reportedLossUsd: number;
  updatedAt: string;
}

export type ClusterEventKind = 'CREATED' | 'GREW' | 'SHRANK' | 'MERGED' | 'SPLIT' | 'RENAMED';

export interface ClusterEvent {
  at: string;
  kind: ClusterEventKind;
  clusterId: string;
  others: string[];
  sizeBefore: number | null;
  sizeAfter: number | null;
  added: number;
  removed: number;
  summary: string;
}

export interface Cluster extends ClusterBrief {
  generatedName: string;
  renamed: boolean;
  kinds: { kind: EntityKind; count: number }[];
  createdAt: string;
  mergedFrom: string[];
  history: ClusterEvent[];
}

const BRIEF = 'id name size countries recentGrowth victimReports reportedLossUsd updatedAt';
const CLUSTER = `${BRIEF} generatedName renamed kinds { kind count } createdAt mergedFrom
  history { at kind clusterId others sizeBefore sizeAfter added removed summary }`;

export async function fetchClusters(
  orderBy: ClusterOrder,
  filter: ClusterFilter = {},
  first = 5,
): Promise<{ nodes: ClusterBrief[]; totalCount: number }> {
  const d = await gql<{ clusters: { nodes: ClusterBrief[]; totalCount: number } }>(
    `query Clusters($filter: ClusterFilter, $orderBy: ClusterOrder, $first: Int) {
      clusters(filter: $filter, orderBy: $orderBy, first: $first) { nodes { ${BRIEF} } totalCount } }`,
    { filter, orderBy, first },
  );
  return d.clusters;
}

export async function fetchClusterById(id: string): Promise<Cluster> {
  const d = await gql<{ clusterById: Cluster }>(
    `query ClusterById($id: ID!) { clusterById(id: $id) { ${CLUSTER} } }`,
    { id },
  );
  return d.clusterById;
}

/** The cluster an entity is in; null when the entity (visible) is in none. */
export async function fetchClusterOf(entityId: string): Promise<Cluster | null> {
  const d = await gql<{ clusterOf: Cluster | null }>(
    `query ClusterOf($entityId: ID!) { clusterOf(entityId: $entityId) { ${CLUSTER} } }`,
    { entityId },
  );
  return d.clusterOf;
}

export async function fetchClusterSubgraph(id: string, limit: number): Promise<Subgraph> {
  const d = await gql<{ clusterById: { subgraph: Subgraph } }>(
    `query ClusterSubgraph($id: ID!, $limit: Int) { clusterById(id: $id) {
      subgraph(limit: $limit) { nodes { ${ENTITY} } edges { ${EDGE} } truncated } } }`,
    { id, limit },
  );
  return d.clusterById.subgraph;
}

export async function renameCluster(id: string, name: string | null): Promise<Cluster> {
  const d = await gql<{ renameCluster: Cluster }>(
    `mutation RenameCluster($id: ID!, $name: String) { renameCluster(id: $id, name: $name) { ${CLUSTER} } }`,
    { id, name },
  );
  return d.renameCluster;
}

export interface LinkStep {
  from: Entity;
  to: Entity;
  type: RelType;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: SourceRef[];
}

export interface LinkExplanation {
  found: boolean;
  sameCluster: boolean;
  clusterId: string | null;
  steps: LinkStep[];
  message: string;
}

export async function explainLink(a: string, b: string): Promise<LinkExplanation> {
  const d = await gql<{ explainLink: LinkExplanation }>(
    `query ExplainLink($a: ID!, $b: ID!) { explainLink(a: $a, b: $b) { found sameCluster clusterId message
      steps { from { id kind display } to { id kind display } type tlp confidence firstSeen lastSeen
        sources { ${SOURCE} } } } }`,
    { a, b },
  );
  return d.explainLink;
}

/** The API takes at most this many aliases in one request. */
export const ENTITY_PAGE = 15;

/**
 * Entities by id, one request per page of ENTITY_PAGE (aliased `entity` fields). An id the caller can no
 * longer see answers null instead of failing the page.
 */
export async function fetchEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
  if (ids.length === 0) return [];
  if (ids.length > ENTITY_PAGE) throw new Error(`At most ${ENTITY_PAGE} entities per request.`);
  const vars = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `e${i}: entity(id: $i${i}) { ...E }`).join(' ');
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query Entities(${vars}) { ${fields} } fragment E on Entity { ${ENTITY} }`,
      variables: Object.fromEntries(ids.map((id, i) => [`i${i}`, id])),
    }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: Record<string, Entity | null> | null;
    errors?: { message: string; path?: (string | number)[] }[];
  } | null;
  if (!body?.data) {
    // `entity` is non-null: one id that went missing nulls the whole page; ask for each on its own then.
    if (!body?.errors?.some((e) => e.path?.length) || ids.length === 1)
      throw new Error(body?.errors?.[0]?.message ?? `The server answered ${response.status}.`);
    return Promise.all(
      ids.map((id) =>
        fetchEntities([id]).then(
          (r) => r[0] ?? null,
          () => null,
        ),
      ),
    );
  }
  const data = body.data;
  return ids.map((_, i) => data[`e${i}`] ?? null);
}
