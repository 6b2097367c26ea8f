// Compound status over time (pure): a compound's history is what its visible sources said about its
// status, each dated by `statusDate` (else the assertion's firstSeen); the status at a date is the latest
// statement on or before it.
import {
  STATUSES,
  type Assertion,
  type CompoundStatus,
  type StatusChangeModel,
} from './estimates-types.js';

/** One source's dated statement of a compound's status. */
export interface StatusStatement {
  status: CompoundStatus;
  since: string;
  sourceId: string;
}

const SYNONYMS: Record<string, CompoundStatus> = {
  operating: 'active',
  operational: 'active',
  open: 'active',
  raid: 'raided',
  moved: 'relocated',
  shut: 'closed',
  'shut down': 'closed',
  shutdown: 'closed',
  dismantled: 'closed',
};

/** A status as sources write it, or null when it is none of active, raided, relocated, closed. */
export function parseStatus(v: unknown): CompoundStatus | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(s)) return s as CompoundStatus;
  return SYNONYMS[s] ?? null;
}

const validDate = (v: unknown): v is string =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Every dated status statement among the assertions, oldest first (ties by source id). */
export function statusStatements(asserted: readonly Assertion[]): StatusStatement[] {
  const out: StatusStatement[] = [];
  for (const a of asserted) {
    const status = parseStatus(a.status);
    const since = validDate(a.statusDate)
      ? a.statusDate
      : validDate(a.firstSeen)
        ? a.firstSeen
        : null;
    if (status && since) out.push({ status, since, sourceId: a.source });
  }
  return out.sort(
    (x, y) => Date.parse(x.since) - Date.parse(y.since) || x.sourceId.localeCompare(y.sourceId),
  );
}

/** The history as shown: statements oldest first, a repeat of the status before it dropped. */
export function statusHistory(statements: readonly StatusStatement[]): StatusChangeModel[] {
  const out: StatusChangeModel[] = [];
  for (const s of statements)
    if (out.at(-1)?.status !== s.status)
      out.push({ status: s.status, since: s.since, sourceId: s.sourceId });
  return out;
}

/** The status at a date: the latest statement on or before it; null when none is that old. */
export function statusAt(
  history: readonly { status: CompoundStatus; since: string }[],
  date: string,
): CompoundStatus | null {
  let status: CompoundStatus | null = null;
  const at = Date.parse(date);
  for (const h of history) {
    if (Date.parse(h.since) > at) break;
    status = h.status;
  }
  return status;
}

/**
 * Whether the status at a date is corroborated: the statements since it last changed (up to the date)
 * come from two sources, or one of them from a source rated A–C.
 */
export function corroborated(
  statements: readonly StatusStatement[],
  date: string,
  reliability: ReadonlyMap<string, string | null>,
): boolean {
  const at = Date.parse(date);
  const upTo = statements.filter((s) => Date.parse(s.since) <= at);
  const last = upTo.at(-1);
  if (!last) return false;
  const run = new Set<string>();
  for (let i = upTo.length - 1; i >= 0 && upTo[i]!.status === last.status; i--)
    run.add(upTo[i]!.sourceId);
  return run.size >= 2 || [...run].some((s) => 'ABC'.includes(reliability.get(s) ?? 'F'));
}
