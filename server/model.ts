// The graph's vocabulary: node labels, relationship types and the shapes stored in Neo4j (SPEC §1).
// Labels and relationship types are spliced into Cypher only from these fixed lists, never from input.

export const NODE_LABELS = [
  'Domain',
  'Url',
  'App',
  'Wallet',
  'Phone',
  'Account',
  'Email',
  'IpAddress',
  'Compound',
  'Organization',
  'Source',
  'VictimReport',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'ON_DOMAIN',
  'RESOLVES_TO',
  'USES_DOMAIN',
  'PAYS_TO',
  'TRANSFERRED_TO',
  'CONTACT_FOR',
  'OPERATED_FROM',
  'RUN_BY',
  'REPORTED_IN',
  'INVOLVES',
  'ROTATED_TO',
  'RELATED_TO',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Infrastructure links: everything but provenance (REPORTED_IN) and victim reports (INVOLVES). What
 * clusters follow and what exports carry. RELATED_TO is one: it is a link a source stated between two
 * things (a STIX relationship with no SPEC §1 type for its ends, or two parts of one infrastructure), as
 * much evidence that they belong together as a typed link, so it joins clusters and is exported. */
export const INFRA_REL_TYPES: readonly RelType[] = REL_TYPES.filter(
  (t) => t !== 'REPORTED_IN' && t !== 'INVOLVES',
);

/** The prefix of an entity id names its label: `domain:example.test` is a Domain. */
export const ID_PREFIX: Record<NodeLabel, string> = {
  Domain: 'domain',
  Url: 'url',
  App: 'app',
  Wallet: 'wallet',
  Phone: 'phone',
  Account: 'account',
  Email: 'email',
  IpAddress: 'ip',
  Compound: 'compound',
  Organization: 'org',
  Source: 'source',
  VictimReport: 'victim',
};

const LABEL_BY_PREFIX = new Map<string, NodeLabel>(
  NODE_LABELS.map((label) => [ID_PREFIX[label], label]),
);

/** Builds the stable id of an entity from its label and normalized key. */
export function entityId(label: NodeLabel, key: string): string {
  return `${ID_PREFIX[label]}:${key}`;
}

/** The label an id belongs to, or undefined when the prefix is unknown. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  return LABEL_BY_PREFIX.get(id.slice(0, colon));
}

export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** The levels a caller may see under a ceiling (a clearance, or a filter's maximum TLP). */
export function tlpsUpTo(ceiling: Tlp): Tlp[] {
  return TLP_LEVELS.slice(0, TLP_LEVELS.indexOf(ceiling) + 1);
}

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];

/** Provenance carried by every node and relationship. Times are ISO-8601 UTC strings. */
export interface Provenance {
  tlp: Tlp;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
  /** Ids of the Source nodes that reported it (also linked by REPORTED_IN for nodes). */
  sources: string[];
  synthetic: boolean;
}

/**
 * Properties every node or assertion carries (the rest are label-specific facts). Entity nodes keep
 * `id`, `value`, `display`, `synthetic`, `vis` and the facts derived from their key; what a source said
 * (TLP, confidence, dates, raw values, facts) lives on its assertion (SPEC §6, docs/security.md).
 */
export const COMMON_NODE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'value',
  'display',
  'raw',
  'tlp',
  'vis',
  'confidence',
  'firstSeen',
  'lastSeen',
  'addedAt',
  'synthetic',
  'sources',
  'source',
]);

/** Who submitted a run of records and with whom its source is shared (SPEC §6). */
export interface SharingScope {
  /** The submitting organisation's key. */
  org: string;
  /** AMBER: organisations the source is shared with, or `community`. */
  sharedWith?: readonly string[];
  /** RED: organisations or `user:<account>` the source is meant for. */
  recipients?: readonly string[];
}

/**
 * A node as written: id, label, key value, display form, provenance and label-specific properties.
 * `facts` follow from the key alone (a domain's registrable name, a wallet's chain) and are stored on
 * the node; `props` are what the sources said and are stored on each source's assertion.
 */
export interface NodeRecord extends Provenance {
  id: string;
  label: NodeLabel;
  value: string;
  display: string;
  raw: string[];
  facts?: Record<string, string | number | boolean | string[] | null>;
  props: Record<string, string | number | boolean | string[] | null>;
}

/** A relationship as written, between two node ids. */
export interface RelRecord extends Provenance {
  type: RelType;
  from: string;
  to: string;
  props: Record<string, string | number | boolean | string[] | null>;
}
