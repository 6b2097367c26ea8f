// One request, one audit event: what its handlers note is merged (operations, ids, counts, TLP, outcome).
import { describe, expect, it } from 'vitest';
import { AuditCollector } from '../../../server/modules/audit/audit-collector.js';
import { AUDIT_MAX_IDS } from '../../../server/modules/audit/audit-log.js';

describe('the audit collector of a request', () => {
  it('records nothing when nothing was noted, or only ids without an operation', () => {
    const c = new AuditCollector();
    expect(c.event()).toBeUndefined();
    c.note({ ids: ['domain:a.example'] });
    expect(c.event()).toBeUndefined();
  });

  it('lists the request’s own operation first and counts only its items', () => {
    const c = new AuditCollector();
    c.note({ operation: 'account:create', ids: ['user:x'] });
    c.note({
      operation: 'mutation:inviteAccount',
      primary: true,
      ids: ['user:x'],
      count: 1,
    });
    expect(c.event()).toEqual({
      operation: 'mutation:inviteAccount account:create',
      ids: ['user:x'],
      count: 1,
      maxTlp: null,
      outcome: 'ok',
      detail: '',
    });
  });

  it('keeps the highest TLP and the worst outcome, caps the ids and keeps the count exact', () => {
    const c = new AuditCollector();
    const many = Array.from({ length: AUDIT_MAX_IDS + 50 }, (_, i) => `domain:d${i}.example`);
    c.note({ operation: 'taxii:objects', primary: true, count: 0, maxTlp: 'AMBER' });
    c.note({ primary: true, ids: many, count: many.length, maxTlp: 'RED', outcome: 'refused' });
    c.note({ primary: true, count: 0, maxTlp: 'GREEN', outcome: 'ok', detail: 'page 2' });
    const e = c.event()!;
    expect(e.ids).toHaveLength(AUDIT_MAX_IDS);
    expect(e).toMatchObject({
      count: many.length,
      maxTlp: 'RED',
      outcome: 'refused',
      detail: 'page 2',
    });
  });

  it('takes the outcome of the answer when no handler gave one', () => {
    const c = new AuditCollector();
    c.note({ operation: 'ingest:upload', primary: true, count: 0 });
    expect(c.event('failed')?.outcome).toBe('failed');
  });

  it('lets a handler name who acted (a sign-in, a TAXII token)', () => {
    const c = new AuditCollector();
    c.note({ operation: 'signin', primary: true }, { caller: 'user:x', organisation: 'telco' });
    expect(c.actor).toEqual({ caller: 'user:x', organisation: 'telco' });
  });
});
