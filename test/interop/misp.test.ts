// MISP events and the static feed load in PyMISP (strict) and follow MISP's own type, category and object rules.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { adminContext, type RequestContext } from '../../server/context.js';
import { exportTarget } from '../../server/modules/exports/exports-service.js';
import { testExecutor } from '../integration/harness.js';
import { loadInteropGraph } from './fixture.js';
import { ensureVenv, runPython } from './python.js';

let executor: Executor;
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-misp-'));
const amber: RequestContext = {
  caller: 'test',
  organisation: 'partner',
  clearance: 'AMBER',
  roles: [],
};

beforeAll(async () => {
  await ensureVenv();
  executor = await testExecutor();
  await loadInteropGraph(executor);
  await exportTarget(executor, adminContext(), {}, 'misp', {
    out: createWriteStream(path.join(dir, 'all.json')),
  });
  await exportTarget(
    executor,
    amber,
    { filter: { kinds: ['Wallet', 'App', 'Phone', 'Compound'] } },
    'misp',
    {
      out: createWriteStream(path.join(dir, 'amber.json')),
    },
  );
  await exportTarget(executor, adminContext(), {}, 'misp-feed', { dir: path.join(dir, 'feed') });
});

afterAll(async () => {
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('MISP', () => {
  it('every event loads in PyMISP with strict validation and valid types, categories, objects and TLP tags', async () => {
    const feed = readdirSync(path.join(dir, 'feed')).filter((f) => /^[0-9a-f-]{36}\.json$/.test(f));
    expect(feed).toHaveLength(1);
    const files = [
      path.join(dir, 'all.json'),
      path.join(dir, 'amber.json'),
      path.join(dir, 'feed', feed[0]!),
    ];
    const result = await runPython('load_misp.py', files);
    expect(result.lines).toHaveLength(3);
    for (const line of result.lines)
      expect(line, JSON.stringify(line).slice(0, 2000)).toMatchObject({ valid: true, errors: [] });
    const all = result.lines[0]!;
    expect(all.attribute_types).toEqual(expect.arrayContaining(['domain', 'url', 'btc', 'ip-dst']));
    expect(all.object_names).toEqual(
      expect.arrayContaining(['coin-address', 'geolocation', 'phone-number']),
    );
    expect(all.tags).toEqual(['tlp:red']);
    expect(result.lines[1]!.tags).toEqual(['tlp:amber']);
    expect(result.code).toBe(0);
  });

  it('never puts an attribute above the caller’s clearance into the event', () => {
    const text = readFileSync(path.join(dir, 'amber.json'), 'utf8');
    expect(text).not.toContain('tlp:red');
    expect(text).not.toContain('tlp:amber+strict');
    const event = JSON.parse(text) as {
      Event: { Attribute: unknown[]; Object: { name: string }[] };
    };
    expect(event.Event.Attribute.length + event.Event.Object.length).toBeGreaterThan(10);
  });

  it('writes a feed MISP can subscribe to: manifest.json, <uuid>.json and hashes.csv', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(dir, 'feed', 'manifest.json'), 'utf8'),
    ) as Record<string, { info: string; Tag: { name: string }[]; timestamp: string }>;
    const [uuid, meta] = Object.entries(manifest)[0]!;
    expect(meta.info).toContain('Scamgraph');
    expect(meta.Tag[0]!.name).toBe('tlp:red');
    const event = JSON.parse(readFileSync(path.join(dir, 'feed', `${uuid}.json`), 'utf8')) as {
      Event: {
        uuid: string;
        Attribute: { value: string }[];
        Object: { Attribute: { value: string }[] }[];
      };
    };
    expect(event.Event.uuid).toBe(uuid);
    const hashes = readFileSync(path.join(dir, 'feed', 'hashes.csv'), 'utf8')
      .trim()
      .split('\n');
    const values = [
      ...event.Event.Attribute,
      ...event.Event.Object.flatMap((o) => o.Attribute),
    ].map((a) => a.value);
    expect(hashes).toHaveLength(values.length);
    const md5 = createHash('md5').update(values[0]!).digest('hex');
    expect(hashes).toContain(`${md5},${uuid}`);
  });
});
