// The one database gateway: sessions, read/write access modes, timeouts, cancellation, Neo4j error mapping.
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { ConflictError, InternalError, ScamgraphError, UnavailableError } from '../errors.js';
import { abortError, liveScope, throwIfStopped, type RequestScope } from '../http/request-scope.js';
import type { Query } from './cypher.js';

export type Row = Record<string, unknown>;

/** Default per-transaction timeout; a query that runs longer is cancelled by Neo4j. */
const DEFAULT_TIMEOUT_MS = 30_000;

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database?: string,
  ) {}

  /** Runs a read query (routed to a reader in a cluster) and returns its rows as plain objects. */
  async read(query: Query, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Row[]> {
    return this.readTx((tx) => run(tx, query), timeoutMs);
  }

  /** Runs a write query in one transaction, retried by the driver on transient errors. */
  async write(query: Query, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Row[]> {
    return this.writeTx((tx) => run(tx, query), timeoutMs);
  }

  /** Several statements in one read transaction. */
  async readTx<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    return this.inSession('READ', timeoutMs, (session, timeout) =>
      session.executeRead(work, { timeout }),
    );
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    return this.inSession('WRITE', timeoutMs, (session, timeout) =>
      session.executeWrite(work, { timeout }),
    );
  }

  /** Schema statements must run in auto-commit transactions. */
  async runAutoCommit(query: Query): Promise<void> {
    await this.inSession('WRITE', undefined, (session, timeout) =>
      session.run(query.cypher, toParams(query.params), timeout ? { timeout } : undefined),
    );
  }

  /** Resolves when the server answers a trivial query. */
  async ping(): Promise<void> {
    await this.read({ cypher: 'RETURN 1 AS ok' }, 5_000);
  }

  /**
   * Opens a session for `work` and closes it in `finally`. Inside a request whose response is still open
   * (server/http/request-scope.ts) the transaction timeout is cut to the request's remaining time, so Neo4j
   * itself stops it at the deadline, and an aborted request (deadline passed, client gone) closes the session
   * at once: the driver sends a Bolt RESET, and Neo4j terminates the running transaction and rolls it back.
   */
  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    timeoutMs: number | undefined,
    work: (session: Session, timeoutMs: number | undefined) => Promise<T>,
  ): Promise<T> {
    const scope = liveScope();
    throwIfStopped(scope);
    let timeout = timeoutMs;
    if (scope) {
      const remaining = scope.deadline - Date.now();
      if (remaining <= 0) throw deadlineError(scope);
      timeout = Math.min(timeout ?? remaining, remaining);
    }
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const cancel = () => void session.close().catch(() => undefined);
    scope?.signal.addEventListener('abort', cancel, { once: true });
    try {
      return await work(session, timeout);
    } catch (error) {
      // A stopped request's work fails with why it stopped, not with the driver's view of it.
      if (scope?.signal.aborted) throw scope.signal.reason as Error;
      if (scope && Date.now() >= scope.deadline) throw deadlineError(scope);
      throw mapNeo4jError(error);
    } finally {
      scope?.signal.removeEventListener('abort', cancel);
      await session.close();
    }
  }
}

function deadlineError(scope: RequestScope): Error {
  return abortError('DEADLINE_EXCEEDED', scope.deadline - scope.started);
}

/** JavaScript numbers travel as floats; top-level integer parameters (SKIP, LIMIT, depth) go as integers. */
export function toParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

export async function run(tx: ManagedTransaction, query: Query): Promise<Row[]> {
  const result = await tx.run(query.cypher, toParams(query.params));
  return result.records.map((r) => r.toObject() as Row);
}

/** Maps driver and server errors to our typed errors; unknown errors become INTERNAL. */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof ScamgraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (
      code.includes('TransactionTimedOut') ||
      code.includes('Transaction.TransactionTimedOutClientConfiguration')
    ) {
      return new UnavailableError(
        'The query took too long and was cancelled; narrow it (lower depth or limit).',
        {
          neo4jCode: code,
        },
      );
    }
    // Transient errors left after the driver's retries (a restart, a deadlock), and the pool giving up
    // on a connection (its errors carry no server code), mean "try again shortly".
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.TransientError.') ||
      (code === 'N/A' && /acquisition timed out|pool is closed/i.test(error.message))
    ) {
      return new UnavailableError('The graph database is unavailable; try again shortly.', {
        neo4jCode: code,
      });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('The write conflicts with an existing entity.', { neo4jCode: code });
    }
    return new InternalError(`Database error ${code}`, error);
  }
  return new InternalError('Unexpected error while talking to the database', error);
}
