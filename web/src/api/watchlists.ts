// Watchlists and webhooks over the API (server/modules/watchlists/watchlists.graphql).
import { gql } from './graphql.js';

export type WatchKind = 'CLUSTER' | 'ENTITY' | 'SEARCH';

export interface WatchTarget {
  kind: WatchKind;
  id?: string;
  query?: string;
}

export interface Watch {
  id: string;
  kind: WatchKind;
  target: string;
  label: string;
  createdAt: string;
  lastCheckedAt: string | null;
  unseen: number;
}

export interface WatchChange {
  id: string;
  watchId: string;
  at: string;
  kind: string;
  count: number;
  entityIds: string[];
  summary: string;
  seen: boolean;
}

export interface WebhookSettings {
  url: string | null;
  secretSet: boolean;
}

export interface WebhookDelivery {
  id: string;
  at: string;
  url: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  responseCode: number | null;
  error: string | null;
  changeCount: number;
}

const WATCH = 'id kind target label createdAt lastCheckedAt unseen';
const DELIVERY = 'id at url status attempts responseCode error changeCount';

export async function fetchWatchlist(): Promise<Watch[]> {
  return (await gql<{ watchlist: Watch[] }>(`query Watchlist { watchlist { ${WATCH} } }`))
    .watchlist;
}

export async function fetchChanges(
  watchId?: string | null,
  unseenOnly = false,
): Promise<WatchChange[]> {
  return (
    await gql<{ watchChanges: WatchChange[] }>(
      `query WatchChanges($watchId: ID, $unseenOnly: Boolean) {
        watchChanges(watchId: $watchId, unseenOnly: $unseenOnly, first: 100) {
          id watchId at kind count entityIds summary seen } }`,
      { watchId: watchId ?? null, unseenOnly },
    )
  ).watchChanges;
}

export async function follow(target: WatchTarget): Promise<Watch> {
  return (
    await gql<{ follow: Watch }>(
      `mutation Follow($target: WatchTarget!) { follow(target: $target) { ${WATCH} } }`,
      { target },
    )
  ).follow;
}

export async function unfollow(id: string): Promise<boolean> {
  return (
    await gql<{ unfollow: boolean }>('mutation Unfollow($id: ID!) { unfollow(id: $id) }', { id })
  ).unfollow;
}

export async function markSeen(watchId?: string | null): Promise<number> {
  return (
    await gql<{ markChangesSeen: number }>(
      'mutation MarkSeen($watchId: ID) { markChangesSeen(watchId: $watchId) }',
      { watchId: watchId ?? null },
    )
  ).markChangesSeen;
}

export async function fetchWebhook(): Promise<{
  webhook: WebhookSettings;
  deliveries: WebhookDelivery[];
}> {
  const d = await gql<{ webhook: WebhookSettings; webhookDeliveries: WebhookDelivery[] }>(
    `query Webhook { webhook { url secretSet } webhookDeliveries(first: 50) { ${DELIVERY} } }`,
  );
  return { webhook: d.webhook, deliveries: d.webhookDeliveries };
}

export async function saveWebhook(url: string | null, secret?: string): Promise<WebhookSettings> {
  return (
    await gql<{ setWebhook: WebhookSettings }>(
      'mutation SetWebhook($url: String, $secret: String) { setWebhook(url: $url, secret: $secret) { url secretSet } }',
      { url, secret: secret || null },
    )
  ).setWebhook;
}

export async function sendTestWebhook(): Promise<WebhookDelivery> {
  return (
    await gql<{ testWebhook: WebhookDelivery }>(
      `mutation TestWebhook { testWebhook { ${DELIVERY} } }`,
    )
  ).testWebhook;
}

/** True when `w` follows `target`. */
export function follows(w: Watch, target: WatchTarget): boolean {
  return (
    w.kind === target.kind &&
    w.target === (target.kind === 'SEARCH' ? target.query?.trim() : target.id)
  );
}
