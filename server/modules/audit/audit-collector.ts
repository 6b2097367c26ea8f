// One request's audit event in the making: what its handlers noted (operations, ids, counts, highest TLP,
// outcome), merged so that the request records exactly one event when its response closes.
import type { RequestContext } from '../../context.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { currentScope, type RequestScope } from '../../http/request-scope.js';
import { AUDIT_MAX_IDS, type AuditInput } from './audit-log.js';

/** Who an event is recorded for. */
export type AuditActor = Pick<RequestContext, 'caller' | 'organisation'>;

/** What a handler notes; a note without an operation adds ids, counts or a TLP to the request's event. */
export type AuditNote = Omit<AuditInput, 'operation'> & {
  operation?: string;
  /**
   * The request's own operation (a GraphQL operation, a route): listed first, and its count is the event's.
   * Notes from services (a token created inside a mutation) only add their operation, ids and detail.
   */
  primary?: boolean;
};

type Outcome = NonNullable<AuditInput['outcome']>;
const OUTCOME_RANK: Record<Outcome, number> = { ok: 0, refused: 1, failed: 2 };
const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

export class AuditCollector {
  /** Who acted, when a handler knows better than the authentication (sign-in, TAXII tokens). */
  actor: AuditActor | undefined;
  private readonly primaryOps: string[] = [];
  private readonly otherOps: string[] = [];
  private readonly ids = new Set<string>();
  private primaryCount: number | undefined;
  private otherCount = 0;
  private maxTlp: Tlp | null = null;
  private outcome: Outcome | undefined;
  private readonly details: string[] = [];

  note(note: AuditNote, actor?: AuditActor): void {
    if (actor) this.actor = actor;
    if (note.operation) {
      const ops = note.primary ? this.primaryOps : this.otherOps;
      if (!ops.includes(note.operation)) ops.push(note.operation);
    }
    for (const id of note.ids ?? []) {
      if (this.ids.size >= AUDIT_MAX_IDS) break;
      this.ids.add(id);
    }
    const count = note.count ?? note.ids?.length ?? 0;
    if (note.primary) this.primaryCount = (this.primaryCount ?? 0) + count;
    else this.otherCount += count;
    if (note.maxTlp && (this.maxTlp === null || rank(note.maxTlp) > rank(this.maxTlp)))
      this.maxTlp = note.maxTlp;
    if (note.outcome && OUTCOME_RANK[note.outcome] > OUTCOME_RANK[this.outcome ?? 'ok'])
      this.outcome = note.outcome;
    else this.outcome ??= note.outcome;
    if (note.detail && !this.details.includes(note.detail)) this.details.push(note.detail);
  }

  /** The operations noted so far, the request's own first. */
  get operations(): string[] {
    return [...this.primaryOps, ...this.otherOps.filter((op) => !this.primaryOps.includes(op))];
  }

  /** The event to record, or undefined when nothing worth recording was noted. */
  event(fallbackOutcome: Outcome = 'ok'): AuditInput | undefined {
    const operations = this.operations;
    if (operations.length === 0) return undefined;
    return {
      operation: operations.join(' '),
      ids: [...this.ids],
      count: this.primaryCount ?? this.otherCount,
      maxTlp: this.maxTlp,
      outcome: this.outcome ?? fallbackOutcome,
      detail: this.details.join('; '),
    };
  }
}

/** The collector of each request in flight (a request's scope is its key: it lives as long as the request). */
const collectors = new WeakMap<RequestScope, AuditCollector>();

/** Gives the current request a collector (the audit middleware does, first thing). */
export function attachCollector(scope: RequestScope): AuditCollector {
  const collector = new AuditCollector();
  collectors.set(scope, collector);
  return collector;
}

/** The collector of the request being served; undefined outside a request (CLI, boot, tests). */
export function currentCollector(): AuditCollector | undefined {
  const scope = currentScope();
  return scope ? collectors.get(scope) : undefined;
}
