// Shapes of the scale estimates (GraphQL `Estimates`, estimates.graphql) and of the inputs they are computed from.
import type { Tlp } from '../../model.js';

export const STATUSES = ['active', 'raided', 'relocated', 'closed'] as const;
export type CompoundStatus = (typeof STATUSES)[number];

/** The caller's filter, checked (estimates-filter.ts). Dates are ISO strings; `to` is inclusive. */
export interface EstimateFilterModel {
  from: string | null;
  to: string | null;
  country: string | null;
  minReliability: string | null;
  clusterId: string | null;
  sources: string[] | null;
}

export interface SourceRefModel {
  id: string;
  name: string;
  reliability: string | null;
  url: string | null;
}

export interface ExcludedModel {
  reason: string;
  count: number;
}

export interface FigureModel {
  key: string;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  method: string;
  rangeMethod: string;
  sources: SourceRefModel[];
  counted: number;
  excluded: ExcludedModel[];
  entityIds: string[];
}

export interface SeriesPointModel {
  period: string;
  value: number;
  low: number;
  high: number;
  entityIds: string[];
}

export interface SeriesModel {
  key: string;
  label: string;
  unit: string;
  method: string;
  points: SeriesPointModel[];
}

export interface CountryCompoundsModel {
  country: string;
  active: number;
  raided: number;
  relocated: number;
  closed: number;
  total: number;
  entityIds: string[];
}

export interface StatusChangeModel {
  status: CompoundStatus;
  since: string;
  sourceId: string | null;
}

export interface CompoundTimelineModel {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  history: StatusChangeModel[];
}

export interface ClusterInflowModel {
  clusterId: string;
  clusterName: string;
  month: string;
  usd: number;
  low: number;
  high: number;
}

export interface EstimatesModel {
  generatedAt: string;
  tlp: Tlp;
  figures: FigureModel[];
  compoundsByCountry: CountryCompoundsModel[];
  compounds: CompoundTimelineModel[];
  victimsByMonth: SeriesModel;
  lossesByMonth: SeriesModel;
  inflowsByMonth: SeriesModel;
  inflowsByCluster: ClusterInflowModel[];
  sources: SourceRefModel[];
}

/** One visible assertion (a REPORTED_IN's or a link's properties) with its source id. */
export type Assertion = Record<string, unknown> & {
  source: string;
  tlp?: string;
  firstSeen?: string;
  lastSeen?: string;
};

/** Most entity ids a figure or point carries for click-through. */
export const MAX_ENTITY_IDS = 500;
