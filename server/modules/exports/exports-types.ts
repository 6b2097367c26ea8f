// Shapes shared by the export reader (Neo4j) and the format writers (no database): entities, links, selections.
import type { NodeLabel, RelType, Tlp } from '../../model.js';

/** Property values as read back from Neo4j (integers already converted to numbers). */
export type ExportProp = string | number | boolean | string[] | number[] | null;

/** One entity to export, with its provenance. */
export interface ExportNode {
  id: string;
  label: NodeLabel;
  value: string;
  display: string;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  /** Label-specific properties (registrar, chain, country, lat/lon…). */
  props: Record<string, ExportProp>;
  /** The compound it is operated from (directly or through one linked indicator), when asked for. */
  cluster?: string | null;
  /** Values of the IP addresses a domain resolves to, when asked for. */
  resolvesTo?: string[];
  /** Its visible assertions one by one (what each source said), when asked for (MISP feed events). */
  assertions?: ExportAssertion[];
}

/** One visible assertion of an entity: what one source said, with that source's TLP and dates. */
export interface ExportAssertion {
  source: string;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** When the assertion was made or last re-marked. */
  addedAt: string | null;
}

/** One link between two exported entities. */
export interface ExportRel {
  type: RelType;
  from: string;
  to: string;
  tlp: Tlp;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  props: Record<string, ExportProp>;
}

/** A page of entities of one label and the links going out of them. */
export interface ExportPage {
  label: NodeLabel;
  nodes: ExportNode[];
  rels: ExportRel[];
}

/** The filter part of an indicator set definition (all optional; absent = no restriction). */
export interface ExportFilter {
  kinds?: NodeLabel[];
  minConfidence?: number;
  /** Export at most this TLP (further limited by the caller's clearance). */
  maxTlp?: Tlp;
  /** ISO-8601: only entities last seen at or after this time. */
  seenSince?: string;
  /** ISO 3166 alpha-2: phones of that country, compounds in it, entities operated from a compound in it. */
  country?: string;
  /** Source id: only entities that source reported. */
  source?: string;
}

/** A saved selection: explicit ids, the cluster around one entity, a filter, or everything. */
export type SetMode = 'ids' | 'cluster' | 'filter' | 'all';

export interface SetDefinition {
  mode: SetMode;
  ids?: string[];
  clusterOf?: string;
  filter?: ExportFilter;
}

/** A stored indicator set. */
export interface IndicatorSetModel {
  id: string;
  name: string;
  definition: SetDefinition;
  /** The owning organisation's key. */
  organisation: string;
  /** Keys of the other organisations that may list, read and export it (never delete it). */
  sharedWith: string[];
  createdBy: string;
  createdAt: string;
}

/**
 * A selection resolved for one caller: what the Cypher statements receive. `vis` are the caller's
 * visibility keys (server/modules/access/visibility.ts), capped at the filter's maxTlp: the export holds
 * only what assertions under those keys say.
 */
export interface Selection {
  labels: NodeLabel[];
  vis: string[];
  ids: string[] | null;
  minConfidence: number | null;
  seenSince: string | null;
  country: string | null;
  source: string | null;
}

/** Who produced an export and what it is: named in bundle identities, MISP events and cover sheets. */
export interface ExportMeta {
  /** Set id, or `all` for everything the caller may see. */
  setId: string;
  name: string;
  producer: string;
  organisation: string;
  /** ISO-8601 time of the export. */
  exportedAt: string;
  /** Highest TLP the export may contain. */
  maxTlp: Tlp;
}
