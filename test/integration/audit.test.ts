// The audit log: events are appended in batches without waiting, admins filter and page through them, export
// them as JSON Lines, and nobody else reads them.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { AuditLog } from '../../server/modules/audit/audit-log.js';
import { auditEvents, exportAuditJsonl } from '../../server/modules/audit/audit-service.js';
import { testExecutor } from './harness.js';

let executor: Executor;
const admin: RequestContext = {
  caller: 'user:audit-admin',
  organisation: 'audit-host',
  clearance: 'RED',
  roles: ['admin'],
};
const partner: RequestContext = {
  caller: 'user:audit-partner',
  organisation: 'audit-telco',
  clearance: 'GREEN',
  roles: ['partner'],
};

beforeAll(async () => {
  executor = await testExecutor();
  await executor.write({ cypher: 'MATCH (a:AuditEvent) DETACH DELETE a' });
});

afterAll(async () => {
  await executor?.driver.close();
});

describe('the audit log', () => {
  it('records without waiting, then lets an admin filter, page and export what happened', async () => {
    const log = new AuditLog(executor);
    const started = performance.now();
    for (let i = 0; i < 250; i += 1)
      log.record(i % 5 === 0 ? admin : partner, {
        operation: i % 2 === 0 ? 'taxii:objects' : 'graphql:neighborhood',
        ids: [`domain:audit-${i}.example`],
        count: 1,
        maxTlp: i % 5 === 0 ? 'AMBER' : null,
      });
    expect(performance.now() - started).toBeLessThan(100);
    await log.close();

    const partnerTaxii = await auditEvents(
      executor,
      admin,
      { org: 'audit-telco', operation: 'taxii' },
      60,
    );
    expect(partnerTaxii.events).toHaveLength(60);
    expect(partnerTaxii.next).not.toBeNull();
    expect(partnerTaxii.events.every((e) => e.operation === 'taxii:objects')).toBe(true);
    const rest = await auditEvents(
      executor,
      admin,
      { org: 'audit-telco', operation: 'taxii' },
      100,
      partnerTaxii.next,
    );
    // 250 events, 125 TAXII reads, 25 of them the admin's (every tenth event).
    expect(partnerTaxii.events.length + rest.events.length).toBe(100);
    expect(rest.next).toBeNull();
    const times = [...partnerTaxii.events, ...rest.events].map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    const amber = await auditEvents(executor, admin, { account: 'user:audit-admin' }, 1000);
    expect(amber.events).toHaveLength(50);
    expect(amber.events.every((e) => e.maxTlp === 'AMBER')).toBe(true);

    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    expect(await exportAuditJsonl(executor, admin, {}, sink)).toBe(250);
    expect(lines).toHaveLength(250);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ id: expect.stringMatching(/^audit:/) });
  });

  it('is for admins only, and rejects malformed filters naming the field', async () => {
    await expect(auditEvents(executor, partner)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(auditEvents(executor, admin, { since: 'yesterday' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'since' },
    });
    await expect(auditEvents(executor, admin, {}, 100, 'bm90LWEtY3Vyc29y')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
  });
});
