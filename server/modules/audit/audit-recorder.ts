// Where audit notes go: into the current request's collector (one event per request, written when its
// response closes), else straight into the executor's batched log (CLI commands, work at start-up).
import type { Executor } from '../../db/executor.js';
import { adminContext } from '../../context.js';
import { AuditLog } from './audit-log.js';
import { currentCollector, type AuditActor, type AuditNote } from './audit-collector.js';

/** One batched log per database connection (a process may hold several: the CLI, tests). */
const logs = new Map<Executor, AuditLog>();

/** The batched audit log writing to this executor's database. */
export function auditLogFor(executor: Executor): AuditLog {
  let log = logs.get(executor);
  if (!log) {
    log = new AuditLog(executor);
    logs.set(executor, log);
  }
  return log;
}

/** Writes what this executor's log holds (tests read the log right after acting). */
export async function flushAuditLog(executor: Executor): Promise<void> {
  await logs.get(executor)?.flush();
}

/** Writes everything queued and forgets the logs (before their drivers close: at shutdown, end of a CLI command). */
export async function closeAuditLogs(executor?: Executor): Promise<void> {
  const closing = executor ? [executor] : [...logs.keys()];
  await Promise.all(
    closing.map(async (e) => {
      const log = logs.get(e);
      logs.delete(e);
      await log?.close().catch((error: unknown) => {
        console.error(`[audit] could not write the last events: ${(error as Error).message}`);
      });
    }),
  );
}

/** Where work outside any request comes from (`server` at start-up, `cli` for the command line). */
let origin = 'server';

export function setAuditOrigin(name: string): void {
  origin = name;
}

/**
 * Notes what the current request did (it records one event when its response closes). Outside a request,
 * records an event at once, as `actor` (default: the local administrator) with `via <origin>`. Never
 * throws and never waits: a failure is logged, and the caller's work goes on.
 */
export function auditNote(executor: Executor, note: AuditNote, actor?: AuditActor): void {
  try {
    const collector = currentCollector();
    if (collector) return collector.note(note, actor);
    if (!note.operation) return;
    const { primary: _primary, ...input } = note;
    const via = `via ${origin}`;
    auditLogFor(executor).record(actor ?? adminContext(), {
      ...input,
      operation: note.operation,
      detail: input.detail ? `${input.detail}; ${via}` : via,
    });
  } catch (error) {
    console.error(`[audit] could not note ${note.operation ?? 'an event'}:`, error);
  }
}
