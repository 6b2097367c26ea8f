// The one database gateway: sessions, read/write access modes, timeouts and Neo4j error mapping.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ConflictError, InternalError, ScamgraphError, UnavailableError } from '../errors.js';
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements must run in auto-commit transactions. */
  async runAutoCommit(query: Query): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(query.cypher, toParams(query.params));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the server answers a trivial query. */
  async ping(): Promise<void> {
    await this.read({ cypher: 'RETURN 1 AS ok' }, 5_000);
  }
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
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.TransientError.General')
    ) {
      return new UnavailableError('The graph database is unavailable; try again shortly.', {
        neo4jCode: code,
      });
    }
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
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('The write conflicts with an existing entity.', { neo4jCode: code });
    }
    return new InternalError(`Database error ${code}`, error);
  }
  return new InternalError('Unexpected error while talking to the database', error);
}
