// Webhook signatures: HMAC-SHA256 over `<timestamp>.<body>` with the owner's secret (pure, no I/O).
// A receiver recomputes it from the `X-Scamgraph-Timestamp` header and the raw body, compares in constant
// time, and refuses timestamps older than a few minutes (replays).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-scamgraph-signature';
export const TIMESTAMP_HEADER = 'x-scamgraph-timestamp';
export const DELIVERY_HEADER = 'x-scamgraph-delivery';
export const EVENT_HEADER = 'x-scamgraph-event';

/** `sha256=<hex>`: the HMAC-SHA256 of `${timestamp}.${body}` keyed with `secret`. */
export function signPayload(secret: string, timestamp: number | string, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `sha256=${mac}`;
}

/**
 * True when `signature` is the signature of `body` sent at `timestamp` (Unix seconds) with `secret`, and
 * the timestamp is within `toleranceSeconds` of `now` (default five minutes).
 */
export function verifySignature(
  secret: string,
  timestamp: string | undefined,
  body: string,
  signature: string | undefined,
  opts: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (opts.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
