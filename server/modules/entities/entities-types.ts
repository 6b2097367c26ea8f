// Shapes that entity services return; GraphQL resolvers map them to the schema types.
import type { NodeLabel, RelType, Tlp } from '../../model.js';

export type PropValue = string | number | boolean | string[] | null;

export interface EntityModel {
  id: string;
  label: NodeLabel;
  value: string;
  display: string;
  raw: string[];
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  synthetic: boolean;
  sourceIds: string[];
  degree: number;
  props: Record<string, PropValue>;
}

export interface EdgeModel {
  id: string;
  type: RelType;
  from: string;
  to: string;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  props: Record<string, PropValue>;
}

export interface SubgraphModel {
  nodes: EntityModel[];
  edges: EdgeModel[];
  truncated: boolean;
}

/** What a pasted value was recognised as (GraphQL `LookupResult`; `kind` and `hostnames` are resolved). */
export interface LookupModel {
  input: string;
  recognized: boolean;
  label: NodeLabel | null;
  normalized: string | null;
  id: string | null;
  entity: EntityModel | null;
  /** A domain's registrable domain (eTLD+1); null for other kinds. */
  registrable: string | null;
  reason: string | null;
  message: string | null;
}
