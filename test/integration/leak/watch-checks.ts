// Watchlists and webhooks (issue #12; SPEC §6: no watchlist alert may name, count or hint at what its
// reader may not see). Once the first half of a world is ingested, the admin and analyst of every
// organisation follow an entity they see, its cluster and a search for the world's tag; the second half
// then brings assertions each of them may and may not see, and the watches are evaluated. Every watch,
// change and delivery a caller can read, and every webhook post its account receives, is scanned for the
// caller's needles; a change names only visible entities and counts no more than the caller sees. Viewers,
// partners, anonymous callers and lowered tokens are refused; another account's watch answers as a missing
// one.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Running } from '../../../server/boot.js';
import {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from '../../../server/modules/watchlists/webhook-signature.js';
import { expectNotFoundLikeNever, hiddenIds, reads } from './ask.js';
import { sample } from './entity-checks.js';
import { buildUniverse, type Caller, type Universe } from './oracle.js';
import { Probe, pool, setDiff, shapeOf, type Report, type Servers } from './probe.js';
import { edgesAmong, viewOf, type Needle } from './view.js';

const F = 'watchlists';

/** A watch one caller made, for the account behind the caller (an account's tokens share its watches). */
export interface Followed {
  id: string;
  account: string;
  kind: 'ENTITY' | 'CLUSTER' | 'SEARCH';
  target: string;
}

export interface HookPost {
  path: string;
  delivery: string;
  body: string;
  headers: IncomingHttpHeaders;
  verified: boolean;
}

/**
 * Analysts and administrators keep watchlists (SPEC §6), with a token at their account's clearance (RED
 * here): watches are evaluated there, so a lowered token, which could read them, is refused.
 */
const mayWatch = (c: Caller) =>
  !c.anonymous && (c.role === 'admin' || c.role === 'analyst') && c.clearance === 'RED';

const secretOf = (account: string) => `leak-webhook-secret-${account}`;

/** One webhook receiver on 127.0.0.1 for the whole run: posts by path, each signature checked. */
export class HookReceiver {
  readonly posts: HookPost[] = [];
  private readonly server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      const header = (name: string) => req.headers[name] as string | undefined;
      this.posts.push({
        path,
        delivery: header(DELIVERY_HEADER) ?? '',
        body,
        headers: req.headers,
        // The last path segment is the account, whose secret signs its posts.
        verified: verifySignature(
          secretOf(path.split('/').at(-1) ?? ''),
          header(TIMESTAMP_HEADER),
          body,
          header(SIGNATURE_HEADER),
        ),
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  private base = '';

  /** Listens on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The webhook URL of an account in one world. */
  url(world: string, account: string): string {
    return `${this.base}/hook/${world}/${account}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((done) => this.server.close(done));
  }
}

/** What the watches of one world are, and where their accounts' webhooks post. */
export interface Watching {
  world: string;
  watches: Followed[];
  receiver: HookReceiver;
}

/** The ids of other accounts' watches and every webhook secret: no caller may ever receive them. */
export function watchNeedles(caller: Caller, watching: Watching): Needle[] {
  const accounts = new Set(watching.watches.map((w) => w.account));
  return [
    ...watching.watches
      .filter((w) => w.account !== caller.account)
      .map((w) => ({ text: w.id, ci: true, kind: "another account's watch" })),
    ...[...accounts].map((a) => ({ text: secretOf(a), ci: false, kind: 'webhook secret' })),
  ];
}

const FOLLOW = `mutation($target: WatchTarget!) { follow(target: $target) {
  id kind target label createdAt lastCheckedAt unseen } }`;

/**
 * Before the second half of the world arrives: every caller that may keep watchlists follows the entities
 * it sees that the rest of the world links most (`opts.entities` of them, so that visible and hidden links
 * arrive there), their clusters, and a search for the world's tag (which hidden values match too), and
 * sets its account's webhook. `split`: how many submissions are ingested so far.
 */
export async function followWatches(
  report: Report,
  u: Universe,
  split: number,
  callers: Caller[],
  servers: Servers,
  receiver: HookReceiver,
  opts: { entities: number },
): Promise<Watching> {
  const watching: Watching = { world: u.spec.tag, watches: [], receiver };
  const sofar = buildUniverse({ ...u.spec, submissions: u.spec.submissions.slice(0, split) });
  const touching = (x: Universe, id: string) =>
    [...x.links.values()].filter((l) => l.from === id || l.to === id).length;
  await pool(callers.filter(mayWatch), 4, async (caller) => {
    const p = new Probe(report, viewOf(u, caller), servers);
    const hook = await p.gql(
      F,
      'setWebhook',
      'mutation($url: String, $secret: String) { setWebhook(url: $url, secret: $secret) { url secretSet } }',
      { url: receiver.url(watching.world, caller.account!), secret: secretOf(caller.account!) },
    );
    if (hook.errors) p.fail(F, 'setWebhook refused', JSON.stringify(hook.errors[0]));
    const now = viewOf(sofar, caller);
    const gain = (id: string) => touching(u, id) - touching(sofar, id);
    const entities = [...now.nodes.keys()]
      .sort((a, b) => gain(b) - gain(a) || a.localeCompare(b))
      .slice(0, opts.entities);
    const targets: { kind: Followed['kind']; id?: string; query?: string }[] = [
      { kind: 'SEARCH', query: u.spec.tag },
    ];
    for (const entity of entities) {
      targets.push({ kind: 'ENTITY', id: entity });
      const c = await p.gql<{ clusterOf: { id: string } | null }>(
        F,
        `clusterOf(${entity})`,
        'query($id: ID!) { clusterOf(entityId: $id) { id } }',
        { id: entity },
      );
      const cluster = c.data?.clusterOf?.id;
      if (cluster && !targets.some((t) => t.id === cluster))
        targets.push({ kind: 'CLUSTER', id: cluster });
    }
    for (const target of targets) {
      const r = await p.gql<{ follow: { id: string } }>(F, `follow(${target.kind})`, FOLLOW, {
        target,
      });
      if (r.data?.follow)
        watching.watches.push({
          id: r.data.follow.id,
          account: caller.account!,
          kind: target.kind,
          target: target.id ?? target.query!,
        });
      else p.fail(F, 'follow of a visible target refused', JSON.stringify(r.errors?.[0] ?? null));
    }
  });
  return watching;
}

/** Evaluates every watch now, as after an ingest, and waits for the webhook deliveries. */
export async function evaluateWatches(server: Running): Promise<void> {
  await server.watches.run(true);
  await server.watches.idle();
}

interface ChangeJson {
  id: string;
  watchId: string;
  kind: string;
  count: number;
  entityIds: string[];
  summary: string;
}

interface WatchJson {
  id: string;
  kind: string;
  target: string;
}

const WATCH = 'id kind target label createdAt lastCheckedAt unseen';
const CHANGE = 'id watchId at kind count entityIds summary seen';
const DELIVERY = 'id at url status attempts responseCode error changeCount';

/** Kinds whose count is the number of entities behind the change. */
const COUNTED_BY_IDS = new Set(['NEW_MEMBERS', 'REMOVED_MEMBERS', 'NEW_RESULTS', 'STATUS_CHANGED']);

/** A change names only entities the caller sees, and counts no more than it sees. */
function checkChange(
  p: Probe,
  u: Universe,
  where: string,
  c: ChangeJson,
  watch: WatchJson | undefined,
): void {
  const known = (id: string) => u.nodes.has(id) || u.sources.some((s) => s.id === id);
  const seen = (id: string) => p.view.nodes.has(id) || p.view.sources.has(id);
  const hidden = c.entityIds.filter((id) => known(id) && !seen(id));
  if (hidden.length) p.fail(F, 'change names a hidden entity', `${where}: ${hidden[0]}`);
  if (COUNTED_BY_IDS.has(c.kind) && c.entityIds.length < 500 && c.count !== c.entityIds.length)
    p.fail(
      F,
      'change counts entities the caller cannot see',
      `${where}: ${c.kind} count ${c.count}, ${c.entityIds.length} entities shown`,
    );
  if (c.kind === 'NEW_LINKS') {
    const ends = new Set(c.entityIds);
    if (watch?.kind === 'ENTITY') ends.add(watch.target);
    const links = edgesAmong(p.view, ends, false).size;
    if (c.count > links)
      p.fail(
        F,
        'change counts links the caller cannot see',
        `${where}: ${c.count} new links, ${links} visible among ${[...ends].join(', ')}`,
      );
  }
}

/** Viewers, partners, anonymous callers and lowered tokens may not keep watchlists or webhooks. */
async function checkRefused(p: Probe, u: Universe): Promise<void> {
  const want = p.caller.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  const answers = [
    await p.gql(
      F,
      'watchlist (refused)',
      `{ watchlist { ${WATCH} } watchChanges { ${CHANGE} } webhook { url }
        webhookDeliveries { ${DELIVERY} } }`,
    ),
    await p.gql(
      F,
      'follow (refused)',
      `mutation($q: String, $url: String, $secret: String) {
        f: follow(target: { kind: SEARCH, query: $q }) { id }
        s: setWebhook(url: $url, secret: $secret) { url } t: testWebhook { id } }`,
      { q: u.spec.tag, url: 'http://127.0.0.1:9/hook', secret: 'a-secret-of-16-chars' },
    ),
  ];
  if (!reads(p)) return;
  for (const r of answers) {
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    const data = Object.values(r.data ?? {}).filter((v) => v !== null);
    if (data.length || !codes.length || codes.some((code) => code !== want))
      p.fail(F, 'a caller who may not keep watchlists answered', `${codes.join(',')} ${r.text}`);
  }
}

/** Another account's watch id answers exactly as one that never existed, to unfollow too. */
async function checkForeignIds(p: Probe, watching: Watching, salt: number): Promise<void> {
  const never = 'w-00000000-0000-4000-8000-000000000000';
  const theirs = watching.watches.filter((w) => w.account !== p.caller.account);
  for (const foreign of sample(theirs, 1, salt))
    for (const [what, query] of [
      ['watchChanges', 'query($id: ID) { watchChanges(watchId: $id) { id } }'],
      ['unfollow', 'mutation($id: ID!) { unfollow(id: $id) markChangesSeen(watchId: $id) }'],
    ] as const) {
      const ask = (id: string) => p.gql(F, `${what}(another account's watch)`, query, { id });
      const [a, b] = [await ask(foreign.id), await ask(never)];
      const shape = (r: typeof a, id: string) =>
        JSON.stringify({
          status: r.status,
          code: r.errors?.[0]?.extensions?.code ?? null,
          message: shapeOf(r.errors?.[0]?.message, id),
          data: r.data ?? null,
        });
      if (shape(a, foreign.id) !== shape(b, never))
        p.fail(
          F,
          "another account's watch answers unlike a missing one",
          `${what}: ${shape(a, foreign.id)} vs ${shape(b, never)}`,
        );
    }
}

export async function checkWatches(
  p: Probe,
  u: Universe,
  watching: Watching,
  salt: number,
): Promise<void> {
  const c = p.caller;
  if (!mayWatch(c)) return checkRefused(p, u);
  const r = await p.gql<{
    watchlist: WatchJson[];
    watchChanges: ChangeJson[];
    webhook: { url: string | null };
    webhookDeliveries: { id: string; url: string; status: string }[];
  }>(
    F,
    'watchlist',
    `{ watchlist { ${WATCH} } watchChanges(first: 500) { ${CHANGE} } webhook { url secretSet }
      webhookDeliveries(first: 500) { ${DELIVERY} } }`,
  );
  if (!r.data) {
    p.fail(F, 'watchlist refused', JSON.stringify(r.errors?.[0] ?? null));
    return;
  }
  const own = watching.watches.filter((w) => w.account === c.account);
  const diff = setDiff(
    r.data.watchlist.map((w) => w.id),
    own.map((w) => w.id),
  );
  if (diff) p.fail(F, "watchlist differs from the account's watches", diff);
  const watchOf = new Map(r.data.watchlist.map((w) => [w.id, w]));
  for (const change of r.data.watchChanges)
    checkChange(p, u, `watchChanges ${change.kind}`, change, watchOf.get(change.watchId));
  // One watch's changes, unseen first, then marked seen.
  for (const w of sample(own, 1, salt)) {
    const one = await p.gql<{ watchChanges: ChangeJson[] }>(
      F,
      `watchChanges(${w.kind})`,
      `query($id: ID) { watchChanges(watchId: $id, unseenOnly: true, first: 500) { ${CHANGE} } }`,
      { id: w.id },
    );
    for (const change of one.data?.watchChanges ?? [])
      checkChange(p, u, `watchChanges(${w.kind}) ${change.kind}`, change, watchOf.get(w.id));
    await p.gql(F, 'markChangesSeen', 'mutation($id: ID) { markChangesSeen(watchId: $id) }', {
      id: w.id,
    });
  }
  // In turn: another account's watch id, or following a hidden entity, answers as a never-seen id.
  if (salt % 2 === 1) await checkForeignIds(p, watching, salt);
  else
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) => `mutation($${v}: ID!) { follow(target: { kind: ENTITY, id: $${v} }) { id } }`,
        id,
      );
  await checkPosts(p, u, watching, r.data.webhookDeliveries);
}

/** What the account's webhook received: signed posts, every delivery of the log among them, and nothing hidden. */
async function checkPosts(
  p: Probe,
  u: Universe,
  watching: Watching,
  log: { id: string; url: string; status: string }[],
): Promise<void> {
  const url = watching.receiver.url(watching.world, p.caller.account!);
  const path = new URL(url).pathname;
  const posts = watching.receiver.posts.filter((x) => x.path === path);
  for (const post of posts) {
    p.scan(F, `webhook post to ${path}`, post.body);
    p.scan(F, `headers of a webhook post to ${path}`, JSON.stringify(post.headers));
    if (!post.verified) p.fail(F, 'webhook post not signed with the secret', post.delivery);
    const payload = JSON.parse(post.body) as {
      changes: (ChangeJson & { watch: WatchJson | null })[];
    };
    for (const change of payload.changes)
      checkChange(p, u, `webhook ${change.kind}`, change, change.watch ?? undefined);
  }
  for (const d of log) {
    if (d.url !== url) p.fail(F, "a delivery to another account's webhook", d.url);
    if (d.status !== 'DELIVERED' || !posts.some((x) => x.delivery === d.id))
      p.fail(F, 'a delivery of the log was not received', `${d.id} ${d.status}`);
  }
  // A test post: the account only, and no data.
  const t = await p.gql<{ testWebhook: { id: string; status: string } }>(
    F,
    'testWebhook',
    `mutation { testWebhook { ${DELIVERY} } }`,
  );
  if (t.data?.testWebhook.status !== 'DELIVERED')
    p.fail(F, 'testWebhook not delivered', JSON.stringify(t.errors?.[0] ?? t.data));
  for (const post of watching.receiver.posts.filter((x) => x.delivery === t.data?.testWebhook.id))
    p.scan(F, 'webhook test post', post.body);
}
