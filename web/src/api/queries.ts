// The explorer's GraphQL requests: one typed function per query, all through gql().
import { fetchClusterSubgraph } from './analytics.js';
import { gql } from './graphql.js';
import type {
  Entity,
  EntityKind,
  LookupResult,
  PathResult,
  SearchHit,
  Stats,
  Subgraph,
} from './types.js';

const ENTITY = `id kind value display raw tlp confidence firstSeen lastSeen synthetic degree
  properties { key value } sources { id name reliability url }`;
const EDGE = `id type from to tlp confidence firstSeen lastSeen sources properties { key value }`;
const SUBGRAPH = `nodes { ${ENTITY} } edges { ${EDGE} } truncated`;

/** Most nodes one expansion brings in before "show more". */
export const EXPAND_LIMIT = 40;
/** Most nodes a cluster loads. */
export const CLUSTER_LIMIT = 1500;

export async function fetchStats(): Promise<Stats> {
  const d = await gql<{ stats: Stats }>(
    '{ stats { totalNodes totalRelationships hasSyntheticData nodes { kind count } } }',
  );
  return d.stats;
}

export async function lookup(value: string): Promise<LookupResult> {
  const d = await gql<{ lookup: LookupResult }>(
    `query Lookup($value: String!) { lookup(value: $value) { input recognized kind normalized id reason message
      registrable entity { ${ENTITY} } hostnames(first: 20) { ${ENTITY} } } }`,
    { value },
  );
  return d.lookup;
}

export async function search(
  query: string,
  kinds: EntityKind[] | null = null,
  first = 20,
): Promise<SearchHit[]> {
  const d = await gql<{ search: { hits: SearchHit[] } }>(
    `query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
      search(query: $query, kinds: $kinds, first: $first) { hits { score exact node { ${ENTITY} } } } }`,
    { query, kinds, first },
  );
  return d.search.hits;
}

/** Every compound in the graph (for the map). */
export async function listCompounds(): Promise<Entity[]> {
  const d = await gql<{ compounds: Entity[] }>(
    `query Compounds { compounds(first: 5000) { ${ENTITY} } }`,
  );
  return d.compounds;
}

export async function fetchEntity(id: string): Promise<Entity> {
  const d = await gql<{ entity: Entity }>(
    `query Entity($id: ID!) { entity(id: $id) { ${ENTITY} } }`,
    { id },
  );
  return d.entity;
}

export async function fetchNeighborhood(id: string, limit = EXPAND_LIMIT): Promise<Subgraph> {
  const d = await gql<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!, $limit: Int) { neighborhood(id: $id, depth: 1, limit: $limit) { ${SUBGRAPH} } }`,
    { id, limit },
  );
  return d.neighborhood;
}

/** A cluster's members and links: by cluster id (`cl-…`), or the connected subgraph around an entity. */
export async function fetchCluster(id: string, limit = CLUSTER_LIMIT): Promise<Subgraph> {
  if (id.startsWith('cl-')) return fetchClusterSubgraph(id, limit);
  const d = await gql<{ cluster: Subgraph }>(
    `query Cluster($id: ID!, $limit: Int) { cluster(id: $id, limit: $limit) { ${SUBGRAPH} } }`,
    {
      id,
      limit,
    },
  );
  return d.cluster;
}

export async function fetchPath(fromId: string, toId: string): Promise<PathResult> {
  const d = await gql<{ shortestPath: PathResult }>(
    `query Path($fromId: ID!, $toId: ID!) { shortestPath(fromId: $fromId, toId: $toId, maxDepth: 8) { found length paths subgraph { ${SUBGRAPH} } } }`,
    { fromId, toId },
  );
  return d.shortestPath;
}
