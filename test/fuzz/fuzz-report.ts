// Fuzz results: cases per path, distinct failures with a one-line reproduction, and the summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FUZZ } from './fuzz-config.js';

export interface Failure {
  path: string;
  what: string;
  repro: string;
  index: number;
  times: number;
}

/** Failures by kind, for the summary line. */
const KINDS: [string, RegExp][] = [
  ['crashes', /uncaught|server down|not answering|request failed/],
  ['hangs', /no answer|answered in/],
  ['5xx', /HTTP 5\d\d|INTERNAL_SERVER_ERROR|code undefined|stack trace/],
  ['graph', /graph changed|sentinel/],
];

export class FuzzReport {
  readonly cases = new Map<string, number>();
  readonly failures = new Map<string, Failure>();
  private saved = 0;

  count(pathName: string): void {
    this.cases.set(pathName, (this.cases.get(pathName) ?? 0) + 1);
  }

  /** Records a failure; the same kind of failure on the same path is counted, not repeated. */
  fail(pathName: string, what: string, repro: string, index: number): void {
    const key = `${pathName}|${what.replace(/\d+(\.\d+)?/g, 'N')}`;
    const seen = this.failures.get(key);
    if (seen) seen.times++;
    else this.failures.set(key, { path: pathName, what, repro, index, times: 1 });
  }

  /** Failures of a path (and of its tagged cases, `path [tag]`). */
  failuresOf(prefix: string): Failure[] {
    return [...this.failures.values()].filter(
      (f) =>
        f.path === prefix || f.path.startsWith(`${prefix}/`) || f.path.startsWith(`${prefix} [`),
    );
  }

  /** Saves a request body of a failing case and returns its path (for replay with curl). */
  saveBody(pathName: string, body: Uint8Array | string): string {
    mkdirSync(FUZZ.failureDir, { recursive: true });
    const file = path.join(
      FUZZ.failureDir,
      `${pathName.replace(/[^a-z0-9]+/gi, '-')}-${FUZZ.seed}-${++this.saved}.bin`,
    );
    writeFileSync(file, body);
    return file;
  }

  /** One line per distinct failure, then the line to quote (cases per path, failures by kind). */
  summary(elapsedMs: number): string {
    const total = [...this.cases.values()].reduce((a, b) => a + b, 0);
    const failures = [...this.failures.values()];
    const times = (list: Failure[]) => list.reduce((a, f) => a + f.times, 0);
    const kinds = KINDS.map(
      ([name, re]) => `${name}=${times(failures.filter((f) => re.test(f.what)))}`,
    ).join(' ');
    const perPath = [...this.cases.entries()].map(([p, n]) => `${p}=${n}`).join(' ');
    const head =
      `[fuzz] seed=${FUZZ.seed} mode=${FUZZ.long ? 'long' : 'short'} cases=${total} ${kinds} ` +
      `failures=${times(failures)} (${failures.length} distinct) in ${(elapsedMs / 1000).toFixed(0)} s` +
      ` | ${perPath}`;
    const lines = failures.map(
      (f) =>
        `[fuzz] FAIL ${f.path} ×${f.times}: ${f.what} | first: case #${f.index} (SCAMGRAPH_FUZZ_SEED=${FUZZ.seed}) | ${f.repro}`,
    );
    return [...lines, head].join('\n');
  }
}

/** A curl line reproducing an HTTP request (the body from a saved file when it is not short text). */
export function curl(
  report: { saveBody(pathName: string, body: Uint8Array | string): string },
  pathName: string,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body?: Uint8Array | string,
): string {
  const auth = /^\/(graphql|api\/)/.test(pathAndQuery) && !('authorization' in headers);
  const h = [
    ...(auth ? [['authorization', 'Bearer $ADMIN_TOKEN']] : []),
    ...Object.entries(headers),
  ]
    .map(([k, v]) => ` -H ${JSON.stringify(`${k}: ${v}`)}`)
    .join('');
  let data = '';
  if (body !== undefined) {
    const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    const plain =
      text.length <= 200 &&
      /^[\x20-\x7e]*$/.test(text) &&
      (typeof body === 'string' || Buffer.from(text, 'utf8').equals(Buffer.from(body)));
    data = plain
      ? ` --data-binary ${JSON.stringify(text)}`
      : ` --data-binary @${report.saveBody(pathName, body)}`;
  }
  return `curl -sS -X ${method} '$URL${pathAndQuery}'${h}${data}`;
}
