// The audit log (administrators only): one page of events, newest first, with the auditEvents filters.
import { gql } from './graphql.js';

export interface AuditEvent {
  id: string;
  at: string;
  account: string;
  org: string;
  operation: string;
  ids: string[];
  count: number;
  maxTlp: string | null;
  outcome: string;
  detail: string;
}

/** Every condition is optional; `since`/`until` are ISO-8601 times. */
export interface AuditFilter {
  account?: string;
  org?: string;
  operation?: string;
  since?: string;
  until?: string;
}

export interface AuditPage {
  events: AuditEvent[];
  /** The cursor of the next (older) page; null on the last one. */
  next: string | null;
}

export const AUDIT_PAGE_SIZE = 100;

/** Drops empty conditions, so that the server sees only what was asked. */
export function cleanFilter(filter: AuditFilter): AuditFilter {
  const out: AuditFilter = {};
  for (const [key, value] of Object.entries(filter) as [keyof AuditFilter, string | undefined][])
    if (value && value.trim()) out[key] = value.trim();
  return out;
}

export async function fetchAuditEvents(
  filter: AuditFilter,
  after?: string | null,
): Promise<AuditPage> {
  const d = await gql<{ auditEvents: AuditPage }>(
    `query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {
      auditEvents(filter: $filter, first: $first, after: $after) {
        events { id at account org operation ids count maxTlp outcome detail }
        next
      }
    }`,
    { filter: cleanFilter(filter), first: AUDIT_PAGE_SIZE, after: after ?? null },
  );
  return d.auditEvents;
}
