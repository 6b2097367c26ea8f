// Webhooks post to public addresses only (webhook-target.ts): addresses written in the URL and names that
// resolve to loopback, private, link-local (cloud metadata) or other non-public ranges are refused before
// anything is sent; SCAMGRAPH_WEBHOOK_PRIVATE=allow lets them through. Against a real receiver on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptPost } from '../../../server/modules/watchlists/webhook-post.js';
import {
  checkWebhookTarget,
  nonPublicRange,
  publicFetch,
  webhookFetch,
} from '../../../server/modules/watchlists/webhook-target.js';

let server: Server;
let port = 0;
let received = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    received += 1;
    req.resume();
    req.on('end', () => res.writeHead(200).end('ok'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = (url: string, fetchImpl: typeof fetch) =>
  attemptPost(
    { url, body: '{}', secret: 'a-secret-of-16-characters', deliveryId: 'wd-test', event: 'test' },
    1,
    2_000,
    fetchImpl,
  );

describe('webhook targets', () => {
  it('tells public unicast addresses from every other range', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '::1',
      '::',
      'fc00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
    ])
      expect(nonPublicRange(address), address).not.toBeNull();
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect(nonPublicRange(address), address).toBeNull();
  });

  it('refuses an address in the URL and a name that resolves to one, sending nothing', async () => {
    const before = received;
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      `http://[::ffff:127.0.0.1]:${port}/hook`,
      `http://localhost:${port}/hook`,
    ]) {
      const record = await post(url, publicFetch);
      expect(record.ok, url).toBe(false);
      expect(record.error, url).toMatch(/^PRIVATE_ADDRESS: .* address; webhooks post to public/);
    }
    expect(await post(`http://[::1]:${port}/hook`, webhookFetch({}))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^PRIVATE_ADDRESS: ::1 is a loopback address/),
    });
    expect(received).toBe(before);
  });

  it('refuses a URL naming a non-public address when it is set, unless allowed', () => {
    expect(() => checkWebhookTarget('http://169.254.169.254/latest/meta-data', {})).toThrow(
      /169\.254\.169\.254 is a linkLocal address/,
    );
    expect(() => checkWebhookTarget('https://hooks.example/x', {})).not.toThrow();
    expect(() =>
      checkWebhookTarget('http://10.0.0.5/x', { SCAMGRAPH_WEBHOOK_PRIVATE: 'allow' }),
    ).not.toThrow();
  });

  it('posts to a private address when SCAMGRAPH_WEBHOOK_PRIVATE=allow', async () => {
    const before = received;
    const record = await post(
      `http://127.0.0.1:${port}/hook`,
      webhookFetch({ SCAMGRAPH_WEBHOOK_PRIVATE: 'allow' }),
    );
    expect(record).toMatchObject({ ok: true, responseCode: 200 });
    expect(received).toBe(before + 1);
  });
});
