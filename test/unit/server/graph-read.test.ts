// Unit tests of the graph read paths' pure pieces (SPEC §6): every statement takes $vis, the link types a
// degree counts, what a caller is shown of a Source, the one NOT_FOUND, and the stats memo.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../server/context.js';
import { cypher, CYPHER_DIR } from '../../../server/db/cypher.js';
import { REL_TYPES } from '../../../server/model.js';
import type { EntityModel } from '../../../server/modules/entities/entities-types.js';
import {
  noSuchEntity,
  spelledAsSeen,
  withoutForeignSharing,
} from '../../../server/modules/entities/entity-view.js';
import { spelling } from '../../../server/modules/entities/spelling.js';
import { TtlCache } from '../../../server/modules/stats/ttl-cache.js';

const READ_FOLDERS = ['entities', 'compounds', 'stats'];
const statements = READ_FOLDERS.flatMap((folder) =>
  readdirSync(path.join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => `${folder}/${f.slice(0, -'.cypher'.length)}`),
);

describe('graph read statements', () => {
  // The stats memo's key: the count store's totals, never shown to anyone.
  const unfiltered = new Set(['stats/graph-size']);
  it.each(statements.filter((s) => !unfiltered.has(s)))(
    '%s tests visibility with $vis and no TLP filter',
    (name) => {
      const text = cypher(name);
      expect(text).toMatch(/any\(k IN \w+\.vis WHERE k IN \$vis\)/);
      expect(text).not.toMatch(/\$tlps|\.tlp IN/);
    },
  );

  it('count a degree over every link type but REPORTED_IN', () => {
    const links = REL_TYPES.filter((t) => t !== 'REPORTED_IN');
    const degreeTypes = /\(n\)-\[r:([A-Z_|]+)\]-\(m\)/;
    const users = statements.filter((s) => degreeTypes.test(cypher(s)));
    expect(users.length).toBeGreaterThanOrEqual(4);
    for (const name of users) {
      const types = degreeTypes.exec(cypher(name))![1]!.split('|');
      expect([...types].sort(), name).toEqual([...links].sort());
    }
  });
});

const ctx = (organisation: string): RequestContext => ({
  caller: 'user:x',
  organisation,
  clearance: 'RED',
  roles: ['analyst'],
});
const entity = (label: EntityModel['label'], props: EntityModel['props']): EntityModel => ({
  id: `${label.toLowerCase()}:x`,
  label,
  value: 'x',
  display: 'x',
  raw: [],
  tlp: 'GREEN',
  confidence: 50,
  firstSeen: null,
  lastSeen: null,
  synthetic: false,
  sourceIds: [],
  degree: 0,
  props,
});

describe('what a caller is shown of a source', () => {
  const source = entity('Source', {
    org: 'org-a',
    name: 'Report',
    sharedWith: ['org-c'],
    recipients: ['user:alice'],
  });

  it("names who else holds a source's data to its own organisation only", () => {
    expect(withoutForeignSharing(source, ctx('org-a'))).toBe(source);
    const other = withoutForeignSharing(source, ctx('org-b'));
    expect(other.props).toEqual({ org: 'org-a', name: 'Report' });
    expect(source.props.recipients).toEqual(['user:alice']);
  });

  it('leaves other entities alone', () => {
    const domain = entity('Domain', { sharedWith: 'a fact', registrable: 'x' });
    expect(withoutForeignSharing(domain, ctx('org-b'))).toBe(domain);
  });
});

describe('how a compound or organisation is spelled for a caller', () => {
  const at = (lastSeen: string, extra: Record<string, unknown>) => ({ lastSeen, ...extra });
  const KEY = 'kk-park-mm';

  it("takes the latest visible assertion's spelling: its name, else its raw value", () => {
    const older = at('2025-01-01', { name: 'Kk Park', raw: ['Kk Park, MM'] });
    const newer = at('2025-03-01', { raw: ['KK PARK, mm'] });
    expect(spelling('Compound', KEY, 'MM', [older, newer])).toEqual({
      name: 'KK PARK',
      display: 'KK PARK (MM)',
    });
    expect(spelling('Compound', KEY, 'MM', [older])).toEqual({
      name: 'Kk Park',
      display: 'Kk Park (MM)',
    });
    // A raw value that is only the name, with the compound's own country.
    expect(spelling('Compound', KEY, 'MM', [at('2025', { raw: ['kk  park'] })])?.name).toBe(
      'kk park',
    );
  });

  it('ignores what spells another entity, and gives null when nothing visible spells it', () => {
    const other = at('2025-05-01', { name: 'Shwe Kokko', raw: ['Shwe Kokko, MM', 'KK Park, TH'] });
    expect(spelling('Compound', KEY, 'MM', [other])).toBeNull();
    expect(spelling('Compound', KEY, 'MM', [])).toBeNull();
    expect(
      spelling('Organization', 'golden-syndicate', '', [
        at('2025', { name: 'Golden  Syndicate' }),
        at('2024', { raw: ['GOLDEN SYNDICATE'] }),
      ]),
    ).toEqual({ name: 'Golden  Syndicate', display: 'Golden  Syndicate' });
  });

  it("shows the visible spelling instead of the node's, or the key when there is none", () => {
    const node = {
      ...entity('Compound', { name: 'KK PARK (hidden spelling)', country: 'MM' }),
      value: KEY,
      display: 'HIDDEN SPELLING',
    };
    const seen = spelledAsSeen(node, [at('2025', { raw: ['Kk Park, MM'] })]);
    expect(seen).toMatchObject({
      display: 'Kk Park (MM)',
      props: { name: 'Kk Park', country: 'MM' },
    });
    const unseen = spelledAsSeen(node, []);
    expect(unseen.display).toBe(KEY);
    expect(unseen.props).toEqual({ country: 'MM' });
    // The display form a visible assertion carries (already chosen by aggregate.ts) stays.
    const written = { ...node, display: 'Kk Park (MM)' };
    expect(
      spelledAsSeen(written, [at('2025', { name: 'Kk Park', display: 'Kk Park (MM)' })]),
    ).toMatchObject({ display: 'Kk Park (MM)', props: { name: 'Kk Park' } });
    const domain = entity('Domain', { name: 'x' });
    expect(spelledAsSeen(domain, [])).toBe(domain);
  });
});

describe('NOT_FOUND', () => {
  it('says the same for every id, whatever the reason', () => {
    const e = noSuchEntity('domain:hidden.example', 'toId');
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toBe('No entity with id "domain:hidden.example".');
    expect(e.details).toEqual({ field: 'toId' });
    expect(noSuchEntity('domain:' + 'x'.repeat(500)).message.length).toBeLessThan(230);
  });
});

describe('TtlCache', () => {
  function clock() {
    let t = 0;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  }
  const deferred = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
    return { promise, resolve, reject };
  };

  it('keeps a slow result for its time to live, and makes a quick one afresh', async () => {
    const c = clock();
    const cache = new TtlCache<number>(1_000, 100, 10, c.now);
    let made = 0;
    const slow = () => {
      made += 1;
      c.advance(150);
      return Promise.resolve(made);
    };
    expect(await cache.get('k', slow)).toBe(1);
    c.advance(500);
    expect(await cache.get('k', slow)).toBe(1);
    c.advance(600);
    expect(await cache.get('k', slow)).toBe(2);
    const quick = () => Promise.resolve((made += 1));
    expect(await cache.get('q', quick)).toBe(3);
    expect(await cache.get('q', quick)).toBe(4);
  });

  it('shares one computation among concurrent callers of the same key only', async () => {
    const cache = new TtlCache<string>(1_000, 100, 10, clock().now);
    const d = deferred<string>();
    let calls = 0;
    const make = () => ((calls += 1), d.promise);
    const a = cache.get('k', make);
    const b = cache.get('k', make);
    const other = cache.get('other', () => Promise.resolve('other'));
    d.resolve('v');
    expect(await Promise.all([a, b, other])).toEqual(['v', 'v', 'other']);
    expect(calls).toBe(1);
  });

  it("makes its own value when another caller's computation fails, and keeps no failure", async () => {
    const cache = new TtlCache<string>(1_000, 0, 10, clock().now);
    const d = deferred<string>();
    const first = cache.get('k', () => d.promise);
    const second = cache.get('k', () => Promise.resolve('own'));
    d.reject(new Error('cancelled'));
    await expect(first).rejects.toThrow('cancelled');
    expect(await second).toBe('own');
    expect(await cache.get('k', () => Promise.resolve('later'))).toBe('own');
  });

  it('holds at most maxEntries keys, dropping the oldest', async () => {
    const cache = new TtlCache<number>(1_000, 0, 2, clock().now);
    await cache.get('a', () => Promise.resolve(1));
    await cache.get('b', () => Promise.resolve(2));
    await cache.get('c', () => Promise.resolve(3));
    expect(await cache.get('a', () => Promise.resolve(10))).toBe(10);
    expect(await cache.get('c', () => Promise.resolve(30))).toBe(3);
  });
});
