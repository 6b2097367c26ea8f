// Webhook signatures: HMAC-SHA256 over `<timestamp>.<body>`, checked against an independent computation
// (openssl), and refused when the body, secret or timestamp differ; webhook URLs and secrets are checked.
import { describe, expect, it } from 'vitest';
import {
  signPayload,
  verifySignature,
} from '../../../server/modules/watchlists/webhook-signature.js';
import {
  checkWebhookSecret,
  checkWebhookUrl,
} from '../../../server/modules/watchlists/webhook-url.js';

const SECRET = 'test-secret-0123456789';
const BODY = '{"event":"webhook.test"}';
// printf '%s' '1700000000.{"event":"webhook.test"}' | openssl dgst -sha256 -hmac 'test-secret-0123456789'
const OPENSSL = '28bebd6008693de205cdb1cf97b7d7db2b38fdea7691b1f49a61636cba91cbb4';

describe('webhook signatures', () => {
  it('equal the HMAC-SHA256 openssl computes over timestamp.body', () => {
    expect(signPayload(SECRET, 1700000000, BODY)).toBe(`sha256=${OPENSSL}`);
  });

  it('verify for the same secret, timestamp and body within the tolerance', () => {
    const sig = signPayload(SECRET, 1700000000, BODY);
    expect(verifySignature(SECRET, '1700000000', BODY, sig, { now: 1700000100 })).toBe(true);
  });

  it('do not verify a changed body, another secret, another timestamp or a stale one', () => {
    const sig = signPayload(SECRET, 1700000000, BODY);
    const now = { now: 1700000000 };
    expect(verifySignature(SECRET, '1700000000', BODY.replace('test', 'tost'), sig, now)).toBe(
      false,
    );
    expect(verifySignature('another-secret-0123456', '1700000000', BODY, sig, now)).toBe(false);
    expect(verifySignature(SECRET, '1700000001', BODY, sig, now)).toBe(false);
    expect(verifySignature(SECRET, '1700000000', BODY, sig, { now: 1700000000 + 301 })).toBe(false);
    expect(verifySignature(SECRET, undefined, BODY, sig, now)).toBe(false);
    expect(verifySignature(SECRET, '1700000000', BODY, undefined, now)).toBe(false);
    expect(verifySignature(SECRET, 'x', BODY, sig, now)).toBe(false);
  });
});

describe('webhook URLs and secrets', () => {
  it('accept http and https URLs and drop the fragment', () => {
    expect(checkWebhookUrl(' https://hooks.example/scamgraph?x=1#frag ')).toBe(
      'https://hooks.example/scamgraph?x=1',
    );
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/hook');
  });

  it.each([
    ['ftp://hooks.example/x', 'BAD_SCHEME'],
    ['file:///etc/passwd', 'BAD_SCHEME'],
    ['javascript:alert(1)', 'BAD_SCHEME'],
    ['https://user:pass@hooks.example/x', 'CREDENTIALS_IN_URL'],
    ['https://token@hooks.example/x', 'CREDENTIALS_IN_URL'],
    ['not a url', 'BAD_URL'],
    ['   ', 'EMPTY'],
    [`https://hooks.example/${'a'.repeat(2000)}`, 'TOO_LONG'],
  ])('refuse %s (%s)', (url, reason) => {
    expect(() => checkWebhookUrl(url)).toThrowError(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'url', reason } }),
    );
  });

  it('take secrets of 16 to 256 characters without surrounding spaces', () => {
    expect(checkWebhookSecret('a'.repeat(16))).toBe('a'.repeat(16));
    for (const bad of ['short', ' padded-secret-123 ', 'a'.repeat(257)])
      expect(() => checkWebhookSecret(bad)).toThrowError(
        expect.objectContaining({ details: { field: 'secret', reason: 'BAD_SECRET' } }),
      );
  });
});
