// Shapes the watchlist services return (GraphQL types in watchlists.graphql) and what a watch remembers.

export const WATCH_KINDS = ['CLUSTER', 'ENTITY', 'SEARCH'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

/** What a change says happened (WatchChange.kind). */
export const CHANGE_KINDS = [
  'NEW_MEMBERS',
  'REMOVED_MEMBERS',
  'NEW_LINKS',
  'STATUS_CHANGED',
  'MERGED',
  'SPLIT',
  'NEW_RESULTS',
  'GONE',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface WatchModel {
  id: string;
  kind: WatchKind;
  target: string;
  label: string;
  createdAt: string;
  lastCheckedAt: string | null;
  unseen: number;
}

export interface WatchChangeModel {
  id: string;
  watchId: string;
  at: string;
  kind: ChangeKind;
  count: number;
  entityIds: string[];
  summary: string;
  seen: boolean;
}

export interface WebhookSettingsModel {
  url: string | null;
  secretSet: boolean;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookDeliveryModel {
  id: string;
  at: string;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  responseCode: number | null;
  error: string | null;
  changeCount: number;
}

/** A change found by an evaluation, before it is stored. */
export interface ChangeDraft {
  kind: ChangeKind;
  count: number;
  /** The entities behind it, at most MAX_CHANGE_IDS. */
  entityIds: string[];
  summary: string;
}

/** What a watch remembers between evaluations (stored as JSON on the Watch node). */
export interface WatchState {
  /** The latest `addedAt` of the graph when last evaluated: links added after it are new. */
  addedUpTo: string;
  /** CLUSTER: the cluster's id now (a merged cluster lives on under the id it merged into). */
  clusterId: string | null;
  /** CLUSTER: its members when last evaluated. */
  members: string[];
  /** CLUSTER: the time of the latest history event already reported. */
  eventsAt: string;
  /** ENTITY and CLUSTER: the status of the entity, or of each compound among the members. */
  statuses: Record<string, string>;
  /** SEARCH: every result id reported so far (or present when followed). */
  results: string[];
  /** True once the target was reported gone (so that it is reported once). */
  gone: boolean;
}

/** Ids kept per change (for click-through). */
export const MAX_CHANGE_IDS = 500;
/** Members and search results a watch remembers; past this, diffs cover the first ones only. */
export const MAX_STATE_IDS = 50_000;
/** Search results read per evaluation. */
export const SEARCH_RESULTS = 100;
