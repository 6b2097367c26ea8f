// Sends one caller's requests and checks every answer's text for strings it must not contain; collects
// failures per path family so that each family's test reports them together.
import type { Caller } from './oracle.js';
import type { Needle, View } from './view.js';

export interface Failure {
  family: string;
  kind: string;
  caller: string;
  detail: string;
}

/** Failures of one generated world, per family of paths. */
export class Report {
  readonly failures: Failure[] = [];
  /** Responses whose text was checked, per family. */
  readonly checked = new Map<string, number>();
  /** Time spent waiting for answers, per family (ms). */
  readonly ms = new Map<string, number>();

  time(family: string, since: number): void {
    this.ms.set(family, (this.ms.get(family) ?? 0) + Date.now() - since);
  }

  fail(family: string, caller: Caller, kind: string, detail: string): void {
    this.failures.push({ family, kind, caller: caller.name, detail: detail.slice(0, 400) });
  }

  count(family: string): void {
    this.checked.set(family, (this.checked.get(family) ?? 0) + 1);
  }

  /** The failures of a family grouped by kind: how many, which callers, a few examples. */
  summary(family: string): string {
    const mine = this.failures.filter((f) => f.family === family);
    if (mine.length === 0) return '';
    const byKind = new Map<string, Failure[]>();
    for (const f of mine) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
    const lines = [`${mine.length} failures in ${family}:`];
    for (const [kind, list] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
      const callers = [...new Set(list.map((f) => f.caller))];
      lines.push(
        `- ${kind}: ${list.length}× (${callers.length} callers, e.g. ${callers.slice(0, 3).join('; ')})`,
      );
      for (const f of list.slice(0, 2)) lines.push(`    ${f.caller}: ${f.detail}`);
    }
    return lines.join('\n');
  }
}

export interface Servers {
  /** The instance every signed-in caller and the private anonymous caller use. */
  privateUrl: string;
  /** The public-mode instance (SCAMGRAPH_PUBLIC=clear) of the anonymous public caller. */
  publicUrl: string;
}

export interface GqlAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  text: string;
}

export const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

/** One caller's client: every answer it receives is scanned for the caller's needles. */
export class Probe {
  private readonly lowerNeedles: { text: string; kind: string }[];
  private readonly exactNeedles: { text: string; kind: string }[];

  constructor(
    readonly report: Report,
    readonly view: View,
    readonly servers: Servers,
    extraNeedles: Needle[] = [],
  ) {
    const needles = [...view.needles, ...extraNeedles];
    this.lowerNeedles = needles
      .filter((n) => n.ci)
      .map((n) => ({ text: n.text.toLowerCase(), kind: n.kind }));
    this.exactNeedles = needles.filter((n) => !n.ci);
  }

  get caller(): Caller {
    return this.view.caller;
  }

  fail(family: string, kind: string, detail: string): void {
    this.report.fail(family, this.caller, kind, detail);
  }

  /**
   * The main assertion: no hidden value, id, source, link or hidden-only fact in this text. `asked` are the
   * strings the request itself carried: an answer may echo them (a NOT_FOUND message names the id asked
   * for), so they are blanked first; whether such an answer differs from a never-seen value's is checked
   * separately.
   */
  scan(family: string, where: string, text: string, asked: readonly string[] = []): void {
    this.report.count(family);
    for (const a of [...asked].sort((x, y) => y.length - x.length))
      if (a.length >= 6) text = text.split(a).join('<asked>');
    const lower = text.toLowerCase();
    const found = new Map<string, string>();
    for (const n of this.lowerNeedles) if (lower.includes(n.text)) found.set(n.kind, n.text);
    for (const n of this.exactNeedles) if (text.includes(n.text)) found.set(n.kind, n.text);
    for (const [kind, needle] of found) {
      const at = lower.indexOf(needle.toLowerCase());
      const context = at >= 0 ? text.slice(Math.max(0, at - 60), at + needle.length + 40) : '';
      this.fail(
        family,
        `leak: ${kind}`,
        `${where} contains "${needle}" … ${JSON.stringify(context)}`,
      );
    }
  }

  private get baseUrl(): string {
    return this.caller.server === 'public' ? this.servers.publicUrl : this.servers.privateUrl;
  }

  private authHeaders(): Record<string, string> {
    return this.caller.token ? { authorization: `Bearer ${this.caller.token}` } : {};
  }

  async gql<T = Record<string, unknown>>(
    family: string,
    where: string,
    query: string,
    variables: Record<string, unknown> = {},
    echoFree?: (text: string) => string,
  ): Promise<GqlAnswer<T>> {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    this.report.time(family, started);
    this.scan(family, where, echoFree ? echoFree(text) : text, stringsOf(variables));
    let body: Omit<GqlAnswer<T>, 'status' | 'text'> = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      this.fail(family, 'not JSON', `${where}: ${text.slice(0, 200)}`);
    }
    const answer = { status: response.status, text, ...body };
    if (this.caller.anonymous && this.caller.server === 'private') {
      const code = answer.errors?.[0]?.extensions?.code;
      if (response.status !== 401 || code !== 'UNAUTHENTICATED')
        this.fail(
          family,
          'anonymous caller of a private instance answered',
          `${where}: HTTP ${response.status} ${code ?? ''}`,
        );
    }
    return answer;
  }

  /** A GET of another route (path with its query), scanned; the body as text. */
  async get(family: string, path: string): Promise<{ status: number; text: string }> {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.authHeaders() });
    const text = await response.text();
    this.report.time(family, started);
    this.scan(family, `GET ${path}`, text, path.split(/[/?&=]/).map(decodeURIComponent));
    return { status: response.status, text };
  }

  /** A TAXII GET (path under /taxii2/), scanned. */
  async taxii(
    family: string,
    path: string,
  ): Promise<{ status: number; text: string; json: unknown; headers: Headers }> {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl}/taxii2${path}`, {
      headers: { accept: TAXII_ACCEPT, ...this.authHeaders() },
    });
    const text = await response.text();
    this.report.time(family, started);
    const asked = path.split(/[/?&=]/).map(decodeURIComponent);
    this.scan(family, `GET /taxii2${path}`, text, asked);
    this.scan(
      family,
      `headers of GET /taxii2${path}`,
      JSON.stringify([...response.headers]),
      asked,
    );
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.fail(family, 'not JSON', `GET /taxii2${path}: ${text.slice(0, 200)}`);
    }
    return { status: response.status, text, json, headers: response.headers };
  }
}

/** Every string in a request's variables (what an answer may echo). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Runs `fn` over `items` with at most `n` at once. */
export async function pool<T>(
  items: readonly T[],
  n: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** Splits a list into chunks of `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A NOT_FOUND message with the id it names replaced, to compare a hidden id's answer with a random one's. */
export function shapeOf(message: string | undefined, id: string): string {
  return (message ?? '').split(id).join('<id>');
}

/** Order-free comparison of two sets of strings; a readable difference or ''. */
export function setDiff(got: Iterable<string>, want: Iterable<string>): string {
  const g = new Set(got);
  const w = new Set(want);
  const extra = [...g].filter((x) => !w.has(x));
  const missing = [...w].filter((x) => !g.has(x));
  if (!extra.length && !missing.length) return '';
  return [
    extra.length ? `unexpected ${JSON.stringify(extra.slice(0, 6))}` : '',
    missing.length ? `missing ${JSON.stringify(missing.slice(0, 6))}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
