// Webhooks: one per account (URL and signing secret), the delivery of its changes (signed, retried, every
// attempt in the delivery log), and the log itself. A delivery posts only what its owner may see now: the
// owner's view is read fresh and every entity id is checked against it just before the first attempt.
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Executor, Row } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { requireInt } from '../common/limits.js';
import { ownerContext, requireAccountClearance } from './watch-owner.js';
import { visibleIds } from './watch-reads.js';
import { toChange } from './watch-store.js';
import { postWithRetry, type AttemptRecord, type RetryPolicy } from './webhook-post.js';
import { checkWebhookTarget, webhookFetch } from './webhook-target.js';
import { checkWebhookSecret, checkWebhookUrl } from './webhook-url.js';
import type {
  DeliveryStatus,
  WebhookDeliveryModel,
  WebhookSettingsModel,
} from './watchlists-types.js';

/** Deliveries kept per account; older ones are dropped. */
export const DELIVERIES_KEPT = 500;

const WHAT = 'keep watchlists and webhooks';

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

function toDelivery(d: Row): WebhookDeliveryModel {
  return {
    id: String(d.id),
    at: String(d.at),
    url: String(d.url),
    status: String(d.status) as DeliveryStatus,
    attempts: Number(d.attempts ?? 0),
    responseCode:
      d.responseCode === null || d.responseCode === undefined ? null : Number(d.responseCode),
    error: text(d.error),
    changeCount: Number(d.changeCount ?? 0),
  };
}

async function storedWebhook(
  executor: Executor,
  owner: string,
): Promise<{ url: string; secret: string | null } | null> {
  const rows = await executor.read({ cypher: cypher('watchlists/get-webhook'), params: { owner } });
  const r = rows[0];
  return r && r.url ? { url: String(r.url), secret: text(r.secret) } : null;
}

export async function webhook(
  executor: Executor,
  ctx: RequestContext,
): Promise<WebhookSettingsModel> {
  await requireAccountClearance(executor, ctx, WHAT);
  const h = await storedWebhook(executor, ctx.caller);
  return { url: h?.url ?? null, secretSet: !!h?.secret };
}

/**
 * Sets the webhook: an http(s) URL without credentials and a secret of 16–256 characters (an omitted
 * secret keeps the stored one; a first URL needs one). A null URL removes the webhook.
 */
export async function setWebhook(
  executor: Executor,
  ctx: RequestContext,
  input: { url?: string | null; secret?: string | null },
): Promise<WebhookSettingsModel> {
  await requireAccountClearance(executor, ctx, WHAT);
  if (input.url === null || input.url === undefined) {
    await executor.write({
      cypher: cypher('watchlists/delete-webhook'),
      params: { owner: ctx.caller },
    });
    return { url: null, secretSet: false };
  }
  const url = checkWebhookUrl(input.url);
  checkWebhookTarget(url);
  const secret =
    input.secret === null || input.secret === undefined ? null : checkWebhookSecret(input.secret);
  if (!secret && !(await storedWebhook(executor, ctx.caller))?.secret)
    throw new BadInputError(
      'Give a signing secret (16 to 256 characters) with the first webhook URL; receivers check each post with it.',
      { field: 'secret', reason: 'SECRET_REQUIRED' },
    );
  const rows = await executor.write({
    cypher: cypher('watchlists/set-webhook'),
    params: { owner: ctx.caller, url, secret, now: new Date().toISOString() },
  });
  return { url: String(rows[0]?.url), secretSet: rows[0]?.secretSet === true };
}

export async function webhookDeliveries(
  executor: Executor,
  ctx: RequestContext,
  first = 50,
): Promise<WebhookDeliveryModel[]> {
  await requireAccountClearance(executor, ctx, WHAT);
  requireInt('first', first, { min: 1, max: 500 });
  const rows = await executor.read({
    cypher: cypher('watchlists/list-deliveries'),
    params: { owner: ctx.caller, first },
  });
  return rows.map((r) => toDelivery(r.delivery as Row));
}

interface DeliveryRequest {
  owner: string;
  url: string;
  secret: string;
  event: string;
  changeIds: string[];
  body: (deliveryId: string) => string;
}

/** Opens a delivery, posts it with retries (each attempt logged), and closes it DELIVERED or FAILED. */
async function runDelivery(
  executor: Executor,
  req: DeliveryRequest,
  policy: RetryPolicy,
  signal?: AbortSignal,
  fetchImpl?: typeof fetch,
): Promise<WebhookDeliveryModel> {
  const id = `wd-${randomUUID()}`;
  const opened = await executor.write({
    cypher: cypher('watchlists/create-delivery'),
    params: {
      id,
      owner: req.owner,
      now: new Date().toISOString(),
      url: req.url,
      event: req.event,
      changeCount: req.changeIds.length,
      changeIds: req.changeIds,
    },
  });
  let delivery = toDelivery(opened[0]!.delivery as Row);
  const record = async (a: AttemptRecord, status: DeliveryStatus) => {
    const rows = await executor.write({
      cypher: cypher('watchlists/record-attempt'),
      params: {
        id,
        attempt: a.attempt,
        responseCode: a.responseCode,
        error: a.error,
        status,
        line: JSON.stringify(a),
      },
    });
    if (rows[0]) delivery = toDelivery(rows[0].delivery as Row);
  };
  const outcome = await postWithRetry(
    { url: req.url, body: req.body(id), secret: req.secret, deliveryId: id, event: req.event },
    policy,
    (a) => record(a, a.ok ? 'DELIVERED' : a.attempt > policy.retries ? 'FAILED' : 'PENDING'),
    // Public addresses only, checked at connect time (webhook-target.ts).
    { signal, fetchImpl: fetchImpl ?? webhookFetch() },
  );
  if (delivery.status === 'PENDING') {
    // Stopped between attempts (the server is shutting down): the delivery ends FAILED, saying so.
    const error = outcome.last.error ?? 'STOPPED';
    const rows = await executor
      .write({
        cypher: cypher('watchlists/close-delivery'),
        params: {
          id,
          error: `STOPPED after ${outcome.attempts} attempt(s): ${error}`,
          line: JSON.stringify({ stopped: new Date().toISOString() }),
        },
      })
      .catch(() => []);
    if (rows[0]) delivery = toDelivery(rows[0].delivery as Row);
  }
  await executor
    .write({
      cypher: cypher('watchlists/prune-deliveries'),
      params: { owner: req.owner, keep: DELIVERIES_KEPT },
    })
    .catch(() => undefined);
  return delivery;
}

export interface DeliveryOptions {
  policy: RetryPolicy;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/**
 * Posts an owner's new changes to its webhook, if it has one and its watches are not stopped. Each
 * change's entity ids are only those the owner may see now. Resolves when the delivery has ended.
 */
export async function deliverChanges(
  executor: Executor,
  owner: string,
  changeIds: readonly string[],
  opts: DeliveryOptions,
): Promise<WebhookDeliveryModel | null> {
  if (!changeIds.length) return null;
  const hook = await storedWebhook(executor, owner);
  if (!hook?.secret) return null;
  const ctx = await ownerContext(executor, owner);
  if (!ctx) return null;
  const rows = await executor.read({
    cypher: cypher('watchlists/changes-by-ids'),
    params: { ids: [...changeIds], owner },
  });
  const items = rows.map((r) => ({
    change: toChange(r.change as Row),
    watch: r.watch as Row | null,
  }));
  if (!items.length) return null;
  const seen = await visibleIds(
    executor,
    ctx,
    items.flatMap((i) => i.change.entityIds),
  );
  const changes = items.map(({ change, watch }) => ({
    id: change.id,
    watchId: change.watchId,
    watch: watch
      ? { kind: String(watch.kind), target: String(watch.target), label: String(watch.label) }
      : null,
    at: change.at,
    kind: change.kind,
    count: change.count,
    entityIds: change.entityIds.filter((e) => seen.has(e)),
    summary: change.summary,
  }));
  return runDelivery(
    executor,
    {
      owner,
      url: hook.url,
      secret: hook.secret,
      event: 'watch.changes',
      changeIds: changes.map((c) => c.id),
      body: (deliveryId) =>
        JSON.stringify({
          event: 'watch.changes',
          deliveryId,
          account: owner,
          sentAt: new Date().toISOString(),
          changes,
        }),
    },
    opts.policy,
    opts.signal,
    opts.fetchImpl,
  );
}

/** Posts a test payload (no data) to the caller's webhook once, now, and returns its delivery. */
export async function testWebhook(
  executor: Executor,
  ctx: RequestContext,
  opts: { attemptTimeoutMs?: number } = {},
): Promise<WebhookDeliveryModel> {
  await requireAccountClearance(executor, ctx, WHAT);
  const hook = await storedWebhook(executor, ctx.caller);
  if (!hook?.secret)
    throw new BadInputError('Set a webhook URL and secret first (setWebhook).', {
      field: 'url',
      reason: 'NO_WEBHOOK',
    });
  return runDelivery(
    executor,
    {
      owner: ctx.caller,
      url: hook.url,
      secret: hook.secret,
      event: 'webhook.test',
      changeIds: [],
      body: (deliveryId) =>
        JSON.stringify({
          event: 'webhook.test',
          deliveryId,
          account: ctx.caller,
          sentAt: new Date().toISOString(),
          changes: [],
        }),
    },
    {
      retries: 0,
      minTimeoutMs: 0,
      factor: 1,
      maxTimeoutMs: 0,
      attemptTimeoutMs: opts.attemptTimeoutMs ?? 10_000,
    },
  );
}
