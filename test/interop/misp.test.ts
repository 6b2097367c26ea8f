// MISP events and the static feed load in PyMISP (strict) and follow MISP's own type, category and object rules.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { adminContext, type RequestContext } from '../../server/context.js';
import { exportTarget, type ExportResult } from '../../server/modules/exports/exports-service.js';
import { testExecutor } from '../integration/harness.js';
import { loadInteropGraph } from './fixture.js';
import { ensureVenv, runPython } from './python.js';

let executor: Executor;
let feed: ExportResult;
/** Small enough that the interop graph's larger (source, month) groups are split into parts. */
// Small, so that the busier (source, month) groups of the interop graph are split into parts.
const EVENT_SIZE = 8;
const TLP_ORDER = ['tlp:clear', 'tlp:green', 'tlp:amber', 'tlp:amber+strict', 'tlp:red'];
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
  feed = await exportTarget(executor, adminContext(), {}, 'misp-feed', {
    dir: path.join(dir, 'feed'),
    eventSize: EVENT_SIZE,
  });
  await exportTarget(executor, adminContext(), {}, 'misp-feed', {
    dir: path.join(dir, 'feed-again'),
    eventSize: EVENT_SIZE,
  });
});

afterAll(async () => {
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('MISP', () => {
  it('every event loads in PyMISP with strict validation and valid types, categories, objects and TLP tags', async () => {
    const files = [path.join(dir, 'all.json'), path.join(dir, 'amber.json')];
    const result = await runPython('load_misp.py', files);
    expect(result.lines).toHaveLength(2);
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

  it('writes a feed MISP can subscribe to: one event per source and month, bounded, with manifest.json and hashes.csv', async () => {
    const feedDir = path.join(dir, 'feed');
    const files = readdirSync(feedDir).filter((f) => /^[0-9a-f-]{36}\.json$/.test(f));
    const manifest = JSON.parse(
      readFileSync(path.join(feedDir, 'manifest.json'), 'utf8'),
    ) as Record<string, { info: string; Tag: { name: string }[]; timestamp: string }>;
    expect(Object.keys(manifest).sort()).toEqual(files.map((f) => f.slice(0, -5)).sort());
    expect(files.length).toBe(feed.events);
    expect(files.length).toBeGreaterThan(3);

    // PyMISP loads every event strictly.
    const result = await runPython(
      'load_misp.py',
      files.map((f) => path.join(feedDir, f)),
    );
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(result.lines).toHaveLength(files.length);
    let entries = 0;
    let values = 0;
    const infos: string[] = [];
    for (const line of result.lines as {
      uuid: string;
      info: string;
      valid: boolean;
      attributes: number;
      objects: number;
      object_attributes: number;
      tags: string[];
      attribute_tlps: string[];
      errors: string[];
    }[]) {
      expect(line, JSON.stringify(line).slice(0, 2000)).toMatchObject({ valid: true, errors: [] });
      // Bounded, and tagged with the highest TLP among its attributes (each of which has its own).
      expect(line.attributes + line.object_attributes).toBeLessThanOrEqual(EVENT_SIZE);
      expect(line.attributes + line.objects).toBeGreaterThan(0);
      const highest = line.attribute_tlps.sort(
        (a, b) => TLP_ORDER.indexOf(b) - TLP_ORDER.indexOf(a),
      )[0];
      expect(line.tags).toEqual([highest]);
      expect(manifest[line.uuid]!.Tag).toEqual([{ name: highest }]);
      expect(manifest[line.uuid]!.info).toBe(line.info);
      expect(line.info).toMatch(/^Scamgraph: .+ (\d{4}-\d{2}|undated)( \(\d+\/\d+\))?$/);
      infos.push(line.info);
      entries += line.attributes + line.objects;
      values += line.attributes + line.object_attributes;
    }
    expect(new Set(infos).size).toBe(infos.length);
    // Some group was split into numbered parts, named 1/n … n/n.
    const split = infos.filter((i) => / \(1\/\d+\)$/.test(i));
    expect(split.length).toBeGreaterThan(0);
    for (const first of split) {
      const n = Number(/\/(\d+)\)$/.exec(first)![1]);
      for (let k = 1; k <= n; k += 1)
        expect(infos).toContain(first.replace(/\(1\/\d+\)$/, `(${k}/${n})`));
    }
    // Every visible assertion (what one source said about one entity) is in exactly one event.
    const [row] = await executor.read({
      cypher:
        'MATCH (n)-[a:REPORTED_IN]->(:Source) WHERE NOT n:Source AND NOT n:VictimReport RETURN count(a) AS n',
    });
    expect(entries).toBe(Number(row!.n));
    expect(feed.count).toBe(entries);

    const hashes = readFileSync(path.join(feedDir, 'hashes.csv'), 'utf8').trim().split('\n');
    expect(hashes).toHaveLength(values);
    const some = JSON.parse(readFileSync(path.join(feedDir, files[0]!), 'utf8')) as {
      Event: {
        uuid: string;
        Attribute: { value: string }[];
        Object: { Attribute: { value: string }[] }[];
      };
    };
    const value = some.Event.Attribute[0]?.value ?? some.Event.Object[0]!.Attribute[0]!.value;
    expect(hashes).toContain(`${createHash('md5').update(value).digest('hex')},${some.Event.uuid}`);
  });

  it('re-exports the same data as the same events (MISP subscribers update them, never duplicate)', () => {
    const uuidsOf = (feedDir: string) =>
      readdirSync(feedDir)
        .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
        .flatMap((f) => {
          const e = (
            JSON.parse(readFileSync(path.join(feedDir, f), 'utf8')) as {
              Event: { uuid: string; Attribute: { uuid: string }[]; Object: { uuid: string }[] };
            }
          ).Event;
          return [e.uuid, ...e.Attribute.map((a) => a.uuid), ...e.Object.map((o) => o.uuid)];
        })
        .sort();
    const first = uuidsOf(path.join(dir, 'feed'));
    expect(new Set(first).size).toBe(first.length);
    expect(uuidsOf(path.join(dir, 'feed-again'))).toEqual(first);
  });
});
