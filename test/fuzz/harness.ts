// Fuzz harness: the real server on a small known graph, one case at a time; after each case the server
// must still answer (GET /healthz, `{ ok }`), the answer must pass fuzz-checks.ts, and the graph must have
// changed only by what the answer says was accepted. Crashes are caught by process-level listeners.
import type { Running } from '../../server/boot.js';
import type { Executor } from '../../server/db/executor.js';
import { adminToken, startTestServer } from '../integration/harness.js';
import { FUZZ } from './fuzz-config.js';
import {
  COUNTS,
  SENTINEL_ID,
  SENTINEL_VALUE,
  answerProblems,
  countProblem,
  type Answer,
  type CaseResult,
  type Counts,
} from './fuzz-checks.js';
import { FuzzReport, type Failure } from './fuzz-report.js';
import { seedGraph, type Known } from './fuzz-seed.js';

export { FUZZ, seedFor, within } from './fuzz-config.js';
export {
  SENTINEL_ID,
  SENTINEL_VALUE,
  type Answer,
  type CaseResult,
  type Effect,
} from './fuzz-checks.js';
export { curl } from './fuzz-report.js';
export type { Known } from './fuzz-seed.js';

export class FuzzServer {
  readonly report = new FuzzReport();
  /** Crashes and hangs per path (a path stops at FUZZ.maxHardFailures). */
  private readonly hard = new Map<string, number>();
  private readonly started = new Map<string, number>();
  private readonly suiteStarted = Date.now();
  private readonly uncaught: string[] = [];
  private down = false;
  /** The counts after the last clean case: the next case's "before". */
  private last: Counts | undefined;
  private inCase = false;
  private readonly onUncaught = (error: unknown) => {
    this.uncaught.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  };

  private constructor(
    readonly server: Running,
    /** Sent on every /graphql and /api request that does not name its own caller. */
    private readonly adminToken: string,
    readonly known: Known,
  ) {
    process.on('uncaughtException', this.onUncaught);
    process.on('unhandledRejection', this.onUncaught);
  }

  static async start(): Promise<FuzzServer> {
    // No rate limits: the suite sends thousands of requests a minute from one address and token.
    const server = await startTestServer({ limits: { ratePerAddress: 0, ratePerToken: 0 } });
    const known = await seedGraph(server);
    // The wipe took the test server's admin token with it: make another.
    return new FuzzServer(server, await adminToken(server.executor), known);
  }

  async stop(): Promise<void> {
    process.off('uncaughtException', this.onUncaught);
    process.off('unhandledRejection', this.onUncaught);
    await this.server.stop();
  }

  get url(): string {
    return this.server.url;
  }

  get executor(): Executor {
    return this.server.executor;
  }

  /** The Authorization header value the harness sends (an admin token). */
  get authorization(): string {
    return `Bearer ${this.adminToken}`;
  }

  saveBody(pathName: string, body: Uint8Array | string): string {
    return this.report.saveBody(pathName, body);
  }

  failuresOf(prefix: string): Failure[] {
    return this.report.failuresOf(prefix);
  }

  /** Call after changing the graph outside a case (e.g. the CLI in process). */
  forgetCounts(): void {
    this.last = undefined;
  }

  async counts(): Promise<Counts & { sentinel: boolean }> {
    const rows = await this.executor.read({ cypher: COUNTS, params: { sentinel: SENTINEL_ID } });
    const r = rows[0] ?? {};
    return {
      entities: Number(r.entities),
      sources: Number(r.sources),
      rels: Number(r.rels),
      sentinel: r.sentinel === SENTINEL_VALUE,
    };
  }

  /** An HTTP request with the answer bound; a hang rejects with a TimeoutError. */
  async http(
    pathAndQuery: string,
    init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
  ): Promise<Answer> {
    // A request outside a case may change the graph: the next case re-reads its counts.
    if (!this.inCase) this.last = undefined;
    const body =
      typeof init.body === 'string' || !init.body ? init.body : new Uint8Array(init.body);
    const auth: Record<string, string> = /^\/(graphql|api\/)/.test(pathAndQuery)
      ? { authorization: this.authorization }
      : {};
    const response = await fetch(`${this.url}${pathAndQuery}`, {
      method: init.method,
      body,
      // A connection per request: an early answer that closes the socket never fails the next request.
      headers: { ...auth, ...init.headers, connection: 'close' },
      signal: AbortSignal.timeout(FUZZ.answerMs),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json, headers: response.headers };
  }

  /** POST /graphql with a JSON body. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<Answer> {
    return this.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** False once the path should stop: its budget spent, a hang, too many crashes, or the server gone. */
  private open(pathName: string): boolean {
    if (!this.started.has(pathName)) this.started.set(pathName, Date.now());
    if (this.down) {
      this.report.fail(
        pathName,
        'not run: the server stopped answering in an earlier case',
        '-',
        0,
      );
      return false;
    }
    if ((this.hard.get(pathName) ?? 0) >= FUZZ.maxHardFailures) return false;
    const cases = this.report.cases.get(pathName) ?? 0;
    if (Date.now() - this.suiteStarted > FUZZ.suiteBudgetMs && cases >= 3) return false;
    return Date.now() - (this.started.get(pathName) ?? 0) < FUZZ.pathBudgetMs;
  }

  private hardFail(pathName: string, label: string, what: string, repro: string, index: number) {
    this.report.fail(label, what, repro, index);
    this.hard.set(pathName, (this.hard.get(pathName) ?? 0) + 1);
  }

  /**
   * Runs one case and checks everything. `repro` builds a one-line reproduction (only on failure);
   * `tag` keeps failures of differently named cases of one path apart; `maxMs` tightens the time bound.
   */
  async runCase(
    pathName: string,
    index: number,
    repro: () => string,
    act: () => Promise<CaseResult>,
    opts: { maxMs?: number; tag?: string } = {},
  ): Promise<void> {
    if (!this.open(pathName)) return;
    const label = opts.tag ? `${pathName} [${opts.tag}]` : pathName;
    if (FUZZ.verbose) console.log(`[fuzz] ${label} #${index}: ${repro().slice(0, 300)}`);
    this.report.count(pathName);
    const before = this.last ?? (await this.counts());
    this.last = undefined;
    const uncaughtBefore = this.uncaught.length;
    const t0 = Date.now();
    let result: CaseResult | undefined;
    this.inCase = true;
    try {
      result = await act();
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        // Work left running in the process would skew every later case of the path: stop it.
        this.hard.set(pathName, FUZZ.maxHardFailures);
        this.report.fail(label, `no answer within the bound (${e.message})`, repro(), index);
      } else {
        const cause = e.cause?.code ? ` (${e.cause.code})` : '';
        this.hardFail(
          pathName,
          label,
          `request failed: ${e.name}: ${e.message}${cause}`,
          repro(),
          index,
        );
      }
    }
    this.inCase = false;
    const ms = Date.now() - t0;
    await new Promise((r) => setImmediate(r));
    if (this.uncaught.length > uncaughtBefore) {
      const first = this.uncaught[uncaughtBefore];
      this.hardFail(pathName, label, `uncaught in the server process: ${first}`, repro(), index);
    }
    if (result)
      for (const p of answerProblems(result, ms, opts.maxMs ?? FUZZ.answerMs))
        this.report.fail(label, p, repro(), index);
    const [alive, after] = await Promise.all([this.alive(), this.counts()]);
    if (alive) this.hardFail(pathName, label, alive, repro(), index);
    if (!after.sentinel)
      this.hardFail(pathName, label, 'the sentinel node is gone', repro(), index);
    if (!result) return;
    const problem = countProblem(before, after, result.effect);
    if (problem) this.report.fail(label, problem, repro(), index);
    this.last = after;
  }

  /** Null while the server answers GET /healthz and `{ ok }`; else what is wrong. */
  private async alive(): Promise<string | null> {
    let last = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const [health, ok] = await Promise.all([this.http('/healthz'), this.graphql('{ ok }')]);
        const fine =
          health.status === 200 &&
          (ok.json as { data?: { ok?: boolean } } | undefined)?.data?.ok === true;
        return fine
          ? null
          : `not answering afterwards: healthz ${health.status}, { ok } ${ok.status}`;
      } catch (error) {
        const e = error as Error & { cause?: { code?: string } };
        last = `${e.message}${e.cause?.code ? ` (${e.cause.code})` : ''}`;
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    this.down = true;
    return `server down afterwards: ${last}`;
  }

  summary(elapsedMs: number): string {
    return this.report.summary(elapsedMs);
  }
}
