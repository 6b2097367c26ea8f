// Reading the audit log: admins page through it with filters and export it as JSON Lines. Nobody edits it.
import type { Writable } from 'node:stream';
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError, ForbiddenError } from '../../errors.js';
import type { AuditEvent } from './audit-log.js';

export interface AuditFilter {
  account?: string | null;
  org?: string | null;
  /** An operation or its prefix: `taxii` matches `taxii:objects` and `taxii:manifest`. */
  operation?: string | null;
  since?: string | null;
  until?: string | null;
}

export interface AuditPage {
  events: AuditEvent[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  next: string | null;
}

export const AUDIT_PAGE = { default: 100, max: 1000 };

export function requireAdmin(ctx: RequestContext): void {
  if (!ctx.roles.includes('admin'))
    throw new ForbiddenError('Only administrators may read the audit log.');
}

function time(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t))
    throw new BadInputError(`${field} "${value.slice(0, 40)}" is not an ISO-8601 date or time.`, {
      field,
      reason: 'BAD_DATE',
    });
  return new Date(t).toISOString();
}

function text(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.length > 300)
    throw new BadInputError(`${field} is longer than 300 characters.`, {
      field,
      reason: 'TOO_LONG',
    });
  return value;
}

function cursorOf(after: string | null | undefined): { beforeAt: string | null; beforeId: string } {
  if (!after) return { beforeAt: null, beforeId: '' };
  const [at, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !id.startsWith('audit:'))
    throw new BadInputError('after is not a cursor this server gave out.', {
      field: 'after',
      reason: 'BAD_CURSOR',
    });
  return { beforeAt: at, beforeId: id };
}

function toEvent(r: Record<string, unknown>): AuditEvent {
  return {
    id: String(r.id),
    at: String(r.at),
    account: String(r.account),
    org: String(r.org),
    operation: String(r.operation),
    ids: (r.ids as string[] | null) ?? [],
    count: Number(r.count ?? 0),
    maxTlp: r.maxTlp ? String(r.maxTlp) : null,
    outcome: String(r.outcome ?? 'ok'),
    detail: String(r.detail ?? ''),
  };
}

/** One page of events, newest first (admins only). */
export async function auditEvents(
  executor: Executor,
  ctx: RequestContext,
  filter: AuditFilter = {},
  first: number = AUDIT_PAGE.default,
  after?: string | null,
): Promise<AuditPage> {
  requireAdmin(ctx);
  if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE.max)
    throw new BadInputError(`first must be an integer from 1 to ${AUDIT_PAGE.max}.`, {
      field: 'first',
      reason: 'OUT_OF_RANGE',
    });
  const rows = await executor.read({
    cypher: cypher('audit/events-page'),
    params: {
      account: text('account', filter.account),
      org: text('org', filter.org),
      operation: text('operation', filter.operation),
      since: time('since', filter.since),
      until: time('until', filter.until),
      ...cursorOf(after),
      limit: first + 1,
    },
  });
  const events = rows.slice(0, first).map(toEvent);
  const last = events[events.length - 1];
  return {
    events,
    next:
      rows.length > first && last
        ? Buffer.from(`${last.at}|${last.id}`, 'utf8').toString('base64url')
        : null,
  };
}

/** Writes every matching event as one JSON object per line, newest first; resolves with the count. */
export async function exportAuditJsonl(
  executor: Executor,
  ctx: RequestContext,
  filter: AuditFilter,
  out: Writable,
): Promise<number> {
  let after: string | null = null;
  let count = 0;
  do {
    const page: AuditPage = await auditEvents(executor, ctx, filter, AUDIT_PAGE.max, after);
    for (const e of page.events) {
      if (!out.write(JSON.stringify(e) + '\n'))
        await new Promise((resolve) => out.once('drain', resolve));
      count += 1;
    }
    after = page.next;
  } while (after);
  return count;
}
