// Shapes the clusters service returns; GraphQL resolvers map them to the schema types (clusters.graphql).
import type { NodeLabel, RelType, Tlp } from '../../model.js';
import type { EntityModel } from '../entities/entities-types.js';

export const CLUSTER_EVENT_KINDS = [
  'CREATED',
  'GREW',
  'SHRANK',
  'MERGED',
  'SPLIT',
  'RENAMED',
] as const;
export type ClusterEventKind = (typeof CLUSTER_EVENT_KINDS)[number];

/** One cluster of one view (GraphQL `Cluster`; `members`, `subgraph` and `history` are resolved). */
export interface ClusterModel {
  id: string;
  name: string;
  generatedName: string;
  renamed: boolean;
  size: number;
  kinds: { label: NodeLabel; count: number }[];
  countries: string[];
  createdAt: string;
  updatedAt: string;
  recentGrowth: number;
  victimReports: number;
  reportedLossUsd: number;
  mergedFrom: string[];
}

/** One event of a cluster's history (GraphQL `ClusterEvent`). */
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

/** The mapper name for codegen (the schema's `ClusterEvent`). */
export type ClusterEventModel = ClusterEvent;

/** One step of an evidence path (GraphQL `LinkStep`). */
export interface LinkStepModel {
  from: EntityModel;
  to: EntityModel;
  type: RelType;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: { id: string; name: string; reliability: string | null; url: string | null }[];
}

export interface LinkExplanationModel {
  found: boolean;
  sameCluster: boolean;
  clusterId: string | null;
  steps: LinkStepModel[];
  message: string;
}

export interface ClusterRecomputeModel {
  mode: 'full' | 'incremental';
  clusters: number;
  events: number;
  ms: number;
}

export type ClusterOrder =
  'SIZE_DESC' | 'LOSSES_DESC' | 'GROWTH_DESC' | 'UPDATED_DESC' | 'NAME_ASC';

export interface ClusterFilterInput {
  country?: string | null;
  minSize?: number | null;
  kind?: NodeLabel | null;
  nameContains?: string | null;
  updatedSince?: string | null;
}

export interface ClusterListArgs {
  filter?: ClusterFilterInput | null;
  orderBy?: ClusterOrder | null;
  first?: number | null;
  after?: string | null;
}

export interface ClusterConnectionModel {
  nodes: ClusterModel[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}
