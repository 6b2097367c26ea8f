// Shapes of the API's answers as the web client reads them (mirrors server/modules/**/*.graphql).
export type EntityKind =
  | 'DOMAIN'
  | 'URL'
  | 'APP'
  | 'WALLET'
  | 'PHONE'
  | 'ACCOUNT'
  | 'EMAIL'
  | 'IP_ADDRESS'
  | 'COMPOUND'
  | 'ORGANIZATION'
  | 'SOURCE'
  | 'VICTIM_REPORT';

export type RelType =
  | 'ON_DOMAIN'
  | 'RESOLVES_TO'
  | 'USES_DOMAIN'
  | 'PAYS_TO'
  | 'TRANSFERRED_TO'
  | 'CONTACT_FOR'
  | 'OPERATED_FROM'
  | 'RUN_BY'
  | 'REPORTED_IN'
  | 'INVOLVES'
  | 'ROTATED_TO'
  | 'RELATED_TO';

export type Tlp = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';

export interface Property {
  key: string;
  value: string;
}

export interface SourceRef {
  id: string;
  name: string;
  reliability: string | null;
  url: string | null;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  value: string;
  display: string;
  raw: string[];
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  synthetic: boolean;
  properties: Property[];
  sources: SourceRef[];
  degree: number;
}

export interface Edge {
  id: string;
  type: RelType;
  from: string;
  to: string;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  properties: Property[];
}

export interface Subgraph {
  nodes: Entity[];
  edges: Edge[];
  truncated: boolean;
}

export interface LookupResult {
  input: string;
  recognized: boolean;
  kind: EntityKind | null;
  normalized: string | null;
  id: string | null;
  entity: Entity | null;
  /** For a domain: its registrable domain (eTLD+1). */
  registrable: string | null;
  /** For a domain: the stored hostnames under it (www.…, m.…) the caller may see, shortest first. */
  hostnames: Entity[];
  reason: string | null;
  message: string | null;
}

export interface SearchHit {
  node: Entity;
  score: number;
  exact: boolean;
}

export interface PathResult {
  found: boolean;
  length: number | null;
  paths: string[][];
  subgraph: Subgraph;
}

export interface Stats {
  totalNodes: number;
  totalRelationships: number;
  hasSyntheticData: boolean;
  nodes: { kind: EntityKind; count: number }[];
}
