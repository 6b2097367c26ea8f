// API tokens: listed without their secret, revoked by id, and refused by TAXII from the next request on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../server/boot.js';
import {
  contextForToken,
  createToken,
  listTokens,
  revokeToken,
} from '../../server/modules/auth/token-service.js';
import { startTestServer } from './harness.js';

let server: Running;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const discovery = (token: string) =>
  fetch(`${server.url}/taxii2/`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' },
  });

describe('revoking a token', () => {
  it('closes TAXII to it at once, keeps it listed as revoked, and never lists a secret', async () => {
    const executor = server.executor;
    const kept = await createToken(executor, { organisation: 'partner-telco', clearance: 'GREEN' });
    const created = await createToken(executor, {
      organisation: 'partner-bank',
      clearance: 'AMBER',
      label: 'fraud team',
    });
    expect((await discovery(created.token)).status).toBe(200);

    const before = (await listTokens(executor)).find((t) => t.id === created.id);
    expect(before).toMatchObject({
      organisation: 'partner-bank',
      clearance: 'AMBER',
      label: 'fraud team',
      revoked: false,
      revokedAt: null,
    });
    expect(JSON.stringify(await listTokens(executor))).not.toContain(created.token);

    const revoked = await revokeToken(executor, created.id);
    expect(revoked).toMatchObject({ id: created.id, organisation: 'partner-bank' });
    expect(await contextForToken(executor, created.token)).toBeNull();
    expect((await discovery(created.token)).status).toBe(401);
    // The other token still works.
    expect((await discovery(kept.token)).status).toBe(200);

    const again = await revokeToken(executor, created.id);
    expect(again.revokedAt).toBe(revoked.revokedAt);
    expect((await listTokens(executor)).find((t) => t.id === created.id)).toMatchObject({
      revoked: true,
      revokedAt: revoked.revokedAt,
    });
  });

  it('names an unknown or malformed id', async () => {
    await expect(
      revokeToken(server.executor, 'token:00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeToken(server.executor, 'sgt_not-an-id')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'id', reason: 'BAD_ID' },
    });
  });
});
