// A cluster's summary: counts by kind, its compounds, countries, wallets and first/last seen.
import type { EntityKind } from '../api/types.js';
import type { ExplorerGraph } from './types.js';

export interface ClusterSummary {
  nodes: number;
  edges: number;
  byKind: Partial<Record<EntityKind, number>>;
  compounds: { id: string; name: string }[];
  countries: string[];
  wallets: { id: string; value: string }[];
  firstSeen: string | null;
  lastSeen: string | null;
  communities: number;
}

function prop(props: { key: string; value: string }[], key: string): string | undefined {
  return props.find((p) => p.key === key)?.value;
}

export function summarize(graph: ExplorerGraph): ClusterSummary {
  const byKind: Partial<Record<EntityKind, number>> = {};
  const compounds: ClusterSummary['compounds'] = [];
  const countries = new Set<string>();
  const wallets: ClusterSummary['wallets'] = [];
  const communities = new Set<number>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  graph.forEachNode((id, a) => {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    const e = a.entity;
    if (a.kind === 'COMPOUND') compounds.push({ id, name: e.display });
    if (a.kind === 'WALLET') wallets.push({ id, value: e.value });
    const country = prop(e.properties, 'country');
    if (country) countries.add(country);
    if (a.community !== undefined) communities.add(a.community);
    if (e.firstSeen && (!firstSeen || e.firstSeen < firstSeen)) firstSeen = e.firstSeen;
    if (e.lastSeen && (!lastSeen || e.lastSeen > lastSeen)) lastSeen = e.lastSeen;
  });
  compounds.sort((x, y) => x.name.localeCompare(y.name));
  wallets.sort((x, y) => x.value.localeCompare(y.value));
  return {
    nodes: graph.order,
    edges: graph.size,
    byKind,
    compounds,
    countries: [...countries].sort(),
    wallets,
    firstSeen,
    lastSeen,
    communities: communities.size,
  };
}
