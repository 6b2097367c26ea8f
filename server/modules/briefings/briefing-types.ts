// What a briefing holds once assembled (every value already read through the caller's visibility), and the
// shapes the renderers (HTML, Markdown, PDF) take. Renderers are pure: a BriefingModel in, a document out.
import type { NodeLabel, RelType, Tlp } from '../../model.js';

export const BRIEFING_FORMATS = ['pdf', 'html', 'md'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

/** One of: a cluster (`cl-…`), a country (ISO 3166-1 alpha-2) or the whole graph. */
export type BriefingScope =
  { kind: 'cluster'; cluster: string } | { kind: 'country'; country: string } | { kind: 'all' };

export interface BriefingSource {
  id: string;
  name: string;
  reliability: string | null;
  url?: string | null;
}

export interface BriefingFigure {
  key: string;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  method: string;
  rangeMethod: string;
  sources: BriefingSource[];
  counted: number;
  excluded: { reason: string; count: number }[];
}

export interface BriefingCompound {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** The latest status in its visible history, or null when none is known. */
  status: string | null;
  since: string | null;
}

export interface BriefingCountryRow {
  country: string;
  active: number;
  raided: number;
  relocated: number;
  closed: number;
  total: number;
}

export interface BriefingMonth {
  period: string;
  victims: number | null;
  lossesUsd: number | null;
  inflowsUsd: number | null;
}

export interface BriefingNode {
  id: string;
  label: NodeLabel;
  display: string;
  tlp: Tlp;
}

export interface BriefingEdge {
  from: string;
  to: string;
  type: RelType;
  tlp: Tlp;
}

export interface BriefingGraph {
  nodes: BriefingNode[];
  edges: BriefingEdge[];
  /** True when the picture shows only part of what the scope holds. */
  truncated: boolean;
}

export interface BriefingIndicator {
  id: string;
  label: NodeLabel;
  display: string;
  tlp: Tlp;
  confidence: number;
  degree: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sourceIds: string[];
}

export interface BriefingCluster {
  id: string;
  name: string;
  size: number;
  countries: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface BriefingModel {
  title: string;
  scope: BriefingScope;
  /** Who asked, and the ceiling the briefing was read under (the caller's clearance lowered by maxTlp). */
  generatedBy: string;
  generatedAt: string;
  ceiling: Tlp;
  /** The highest TLP of anything in the briefing: the banner on every page. */
  tlp: Tlp;
  cluster: BriefingCluster | null;
  figures: BriefingFigure[];
  countries: BriefingCountryRow[];
  compounds: BriefingCompound[];
  months: BriefingMonth[];
  graph: BriefingGraph;
  topIndicators: BriefingIndicator[];
  /** Every source cited anywhere in the briefing (appendix), by id. */
  sources: BriefingSource[];
}
