// Exports as each caller sees the graph (SPEC §6): rows, links, columns, filters, derived values (CSV cluster,
// takedown resolved IPs) and listed sources come from assertions the caller may see, whatever its role.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContext, type RequestContext } from '../../server/context.js';
import type { Executor } from '../../server/db/executor.js';
import { writeBatch } from '../../server/db/write-graph.js';
import type { NodeRecord, RelRecord, SharingScope, Tlp } from '../../server/model.js';
import {
  exportTarget,
  type ExportFormat,
  type ExportTarget,
} from '../../server/modules/exports/exports-service.js';
import { readSelection } from '../../server/modules/exports/export-reader.js';
import type { SetDefinition } from '../../server/modules/exports/exports-types.js';
import { resolveSelection } from '../../server/modules/exports/selection.js';
import { testExecutor, wipeGraph } from './harness.js';

const GREEN_SRC = 'source:a-green';
const RED_SRC = 'source:b-red';
const SHOP = 'domain:shop.example';
const OTHER = 'domain:other.example';
const SECRET = 'domain:secret.example';
const WALLET = 'wallet:tron:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf';
const GREEN_PARK = 'compound:green-park-th';
const RED_PARK = 'compound:red-park-kh';
const IP_SEEN = 'ip:192.0.2.10';
const IP_HIDDEN_LINK = 'ip:192.0.2.66';

/** A GREEN partner of a fourth organisation, the RED recipient organisation, and the host's admin. */
const green: RequestContext = {
  caller: 'user:g',
  organisation: 'org-d',
  clearance: 'GREEN',
  roles: ['partner'],
};
const recipient: RequestContext = {
  caller: 'user:c',
  organisation: 'org-c',
  clearance: 'RED',
  roles: ['analyst'],
};
const admin = adminContext();

const source = (id: string, tlp: Tlp): NodeRecord => ({
  id,
  label: 'Source',
  value: id.slice(7),
  display: id.slice(7),
  raw: [],
  tlp,
  confidence: 100,
  firstSeen: '2024-01-01T00:00:00Z',
  lastSeen: '2024-01-01T00:00:00Z',
  sources: [],
  synthetic: false,
  props: { name: id.slice(7) },
});

function said(src: string, tlp: Tlp, confidence: number, lastSeen: string) {
  return {
    tlp,
    confidence,
    firstSeen: '2023-06-01T00:00:00Z',
    lastSeen,
    sources: [src],
    synthetic: false,
  };
}

function node(
  id: string,
  label: NodeRecord['label'],
  prov: ReturnType<typeof said>,
  props: NodeRecord['props'] = {},
  facts: NodeRecord['facts'] = {},
): NodeRecord {
  const value = id.slice(id.indexOf(':') + 1);
  return { id, label, value, display: value, raw: [value], facts, props, ...prov };
}

const link = (
  type: RelRecord['type'],
  from: string,
  to: string,
  prov: ReturnType<typeof said>,
): RelRecord => ({ type, from, to, props: {}, ...prov });

/**
 * Organisation a reports at GREEN; organisation b at RED for organisation c. b says more about the shop
 * (higher confidence, later, another registrar), links it to a hidden IP and to a compound by a RED link,
 * and alone knows a secret domain and a compound.
 */
async function loadGraph(executor: Executor): Promise<void> {
  await wipeGraph(executor);
  const g = said(GREEN_SRC, 'GREEN', 30, '2024-01-01T00:00:00Z');
  const r = said(RED_SRC, 'RED', 90, '2025-06-01T00:00:00Z');
  const a: SharingScope = { org: 'org-a' };
  const b: SharingScope = { org: 'org-b', recipients: ['org-c'] };
  await writeBatch(
    executor,
    [
      source(GREEN_SRC, 'GREEN'),
      node(SHOP, 'Domain', g, { registrar: 'Green Registrar', hosting: 'Green Hosting' }),
      node(OTHER, 'Domain', g, { registrar: 'Green Registrar' }),
      node(WALLET, 'Wallet', g, { asset: 'USDT' }, { chain: 'tron' }),
      node(GREEN_PARK, 'Compound', g, { status: 'active' }, { name: 'Green Park', country: 'TH' }),
      node(IP_SEEN, 'IpAddress', g),
      node(IP_HIDDEN_LINK, 'IpAddress', g),
    ],
    [
      link('PAYS_TO', SHOP, WALLET, g),
      link('OPERATED_FROM', SHOP, GREEN_PARK, g),
      link('RESOLVES_TO', SHOP, IP_SEEN, g),
    ],
    undefined,
    a,
  );
  await writeBatch(
    executor,
    [
      source(RED_SRC, 'RED'),
      node(SHOP, 'Domain', r, { registrar: 'Red Registrar', hosting: 'Green Hosting' }),
      node(SECRET, 'Domain', r, { registrar: 'Red Registrar' }),
      node(RED_PARK, 'Compound', r, { status: 'active' }, { name: 'Red Park', country: 'KH' }),
    ],
    [
      link('PAYS_TO', SHOP, WALLET, r),
      link('PAYS_TO', SECRET, WALLET, r),
      link('OPERATED_FROM', SHOP, RED_PARK, r),
      link('OPERATED_FROM', OTHER, GREEN_PARK, r),
      link('RESOLVES_TO', SHOP, IP_HIDDEN_LINK, r),
    ],
    undefined,
    b,
  );
}

async function exported(
  ctx: RequestContext,
  format: ExportFormat,
  target: ExportTarget = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportTarget(executor, ctx, target, format, { out });
  return Buffer.concat(chunks);
}

type CsvRow = Record<string, string>;
async function csvRows(
  ctx: RequestContext,
  target: ExportTarget = {},
): Promise<Map<string, CsvRow>> {
  const rows = parse(await exported(ctx, 'csv', target), { columns: true }) as CsvRow[];
  return new Map(rows.map((row) => [`${row.kind}:${row.value}`, row]));
}

interface Stix {
  type: string;
  id: string;
  source_ref?: string;
  target_ref?: string;
  relationship_type?: string;
  object_marking_refs?: string[];
  value?: string;
}

let executor: Executor;
const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-export-vis-'));

beforeAll(async () => {
  executor = await testExecutor();
  await loadGraph(executor);
});

afterAll(async () => {
  await executor?.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('CSV as each caller sees it', () => {
  it('shows a GREEN caller only what GREEN assertions say, and nothing only RED ones know', async () => {
    const rows = await csvRows(green);
    expect([...rows.keys()].sort()).toEqual(
      [
        'domain:other.example',
        'domain:shop.example',
        'ip:192.0.2.10',
        'ip:192.0.2.66',
        WALLET,
      ].sort(),
    );
    expect(rows.get(SHOP)).toMatchObject({
      tlp: 'GREEN',
      confidence: '30',
      last_seen: '2024-01-01T00:00:00Z',
      sources: GREEN_SRC,
      cluster: GREEN_PARK,
    });
    // other.example is operated from the green park only by a RED link: no cluster for this caller.
    expect(rows.get(OTHER)?.cluster).toBe('');
    // The wallet's cluster comes through the shop's GREEN links.
    expect(rows.get(WALLET)?.cluster).toBe(GREEN_PARK);
  });

  it('shows the RED recipient both assertions folded, and what only they reach', async () => {
    const rows = await csvRows(recipient);
    expect(rows.has(SECRET)).toBe(true);
    expect(rows.get(SHOP)).toMatchObject({
      tlp: 'GREEN',
      confidence: '90',
      last_seen: '2025-06-01T00:00:00Z',
      sources: `${GREEN_SRC};${RED_SRC}`,
    });
    expect(rows.get(OTHER)?.cluster).toBe(GREEN_PARK);
  });

  it('gives an admin of another organisation the same table: no RED data of others', async () => {
    const rows = await csvRows(admin);
    expect(rows.has(SECRET)).toBe(false);
    expect(rows.get(SHOP)).toMatchObject({ confidence: '30', sources: GREEN_SRC });
  });

  it('applies maxTlp as a lower clearance: only assertions up to it count, in every column', async () => {
    const rows = await csvRows(recipient, { filter: { maxTlp: 'GREEN' } });
    expect(rows.has(SECRET)).toBe(false);
    expect(rows.get(SHOP)).toMatchObject({ confidence: '30', sources: GREEN_SRC });
    expect(rows.get(OTHER)?.cluster).toBe('');
  });
});

describe('filters read visible assertions and links only', () => {
  const keys = async (ctx: RequestContext, filter: ExportTarget['filter']) =>
    [...(await csvRows(ctx, { filter })).keys()].sort();

  it('minConfidence and seenSince: a hidden assertion does not qualify an entity', async () => {
    expect(await keys(green, { minConfidence: 50 })).toEqual([]);
    expect(await keys(recipient, { minConfidence: 50 })).toEqual([SECRET, SHOP]);
    expect(await keys(green, { seenSince: '2025-01-01' })).toEqual([]);
    expect(await keys(recipient, { seenSince: '2025-01-01' })).toEqual([SECRET, SHOP]);
  });

  it('source: only a visible assertion from that source counts (a hidden source selects nothing)', async () => {
    expect(await keys(green, { source: RED_SRC })).toEqual([]);
    expect(await keys(recipient, { source: RED_SRC })).toEqual([SECRET, SHOP]);
  });

  it('country: through visible OPERATED_FROM links to visible compounds only', async () => {
    expect(await keys(green, { country: 'TH', kinds: ['Domain'] })).toEqual([SHOP]);
    expect(await keys(recipient, { country: 'TH', kinds: ['Domain'] })).toEqual([OTHER, SHOP]);
    expect(await keys(green, { country: 'KH', kinds: ['Domain'] })).toEqual([]);
    expect(await keys(recipient, { country: 'KH', kinds: ['Domain'] })).toEqual([SHOP]);
  });
});

describe('STIX, MISP and takedown packs', () => {
  it('STIX: a link is there when one of its parallel relationships is visible, with what that one says', async () => {
    const text = (await exported(green, 'stix')).toString('utf8');
    for (const hidden of [SECRET.slice(7), RED_PARK, 'Red Registrar', RED_SRC, 'Red Park'])
      expect(text, hidden).not.toContain(hidden);
    const objects = (JSON.parse(text) as { objects: Stix[] }).objects;
    const byId = new Map(objects.map((o) => [o.id, o]));
    const rels = objects
      .filter((o) => o.type === 'relationship' && o.relationship_type !== 'based-on')
      .map((o) => ({
        type: o.relationship_type,
        from: byId.get(o.source_ref!)?.value,
        to: byId.get(o.target_ref!)?.value,
      }));
    expect(rels).toContainEqual(
      expect.objectContaining({ from: 'shop.example', to: '192.0.2.10' }),
    );
    expect(rels).not.toContainEqual(
      expect.objectContaining({ from: 'shop.example', to: '192.0.2.66' }),
    );
    expect(rels.some((r) => r.from === 'other.example')).toBe(false);
  });

  it('MISP: nothing of the RED source', async () => {
    const text = (await exported(green, 'misp')).toString('utf8');
    for (const hidden of [SECRET.slice(7), 'Red Registrar', RED_SRC, 'Red Park'])
      expect(text, hidden).not.toContain(hidden);
    expect(text).toContain('shop.example');
  });

  it('takedown: resolved IPs through visible links only; the cover sheet lists visible sources only', async () => {
    const file = path.join(dir, 'green.zip');
    writeFileSync(file, await exported(green, 'takedown'));
    const read = (name: string) =>
      execFileSync(
        'python3',
        [
          '-c',
          'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())',
          file,
          name,
        ],
        { encoding: 'utf8' },
      );
    const summary = JSON.parse(read('summary.json')) as { sources: string[] };
    expect(summary.sources).toEqual([GREEN_SRC]);
    const hosting = read('hosting/green-hosting.csv');
    expect(hosting).toContain('192.0.2.10');
    expect(hosting).not.toContain('192.0.2.66');
    expect(read('README.md')).not.toContain(RED_SRC);
    const names = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(names).toContain('registrar/green-registrar.csv');
    expect(names).not.toContain('red-registrar');
  });
});

describe('paging', () => {
  async function read(ctx: RequestContext, definition: SetDefinition, pageSize: number) {
    const selection = await resolveSelection(executor, ctx, definition);
    const nodes: string[] = [];
    const rels: string[] = [];
    for await (const page of readSelection(executor, selection, { pageSize })) {
      nodes.push(...page.nodes.map((n) => n.id));
      rels.push(...page.rels.map((r) => `${r.from} ${r.type} ${r.to} ${r.sources.join(';')}`));
    }
    return { nodes, rels };
  }

  it('gives the same entities and links whatever the page size, by keyset or by explicit ids', async () => {
    const all = await read(recipient, { mode: 'all' }, 5000);
    expect(await read(recipient, { mode: 'all' }, 1)).toEqual(all);
    const ids = [SECRET, SHOP, WALLET, IP_HIDDEN_LINK, RED_PARK, 'domain:never.example'];
    const chosen = await read(green, { mode: 'ids', ids }, 1);
    expect([...chosen.nodes].sort()).toEqual([IP_HIDDEN_LINK, SHOP, WALLET].sort());
    expect(chosen.rels).toEqual([`${SHOP} PAYS_TO ${WALLET} ${GREEN_SRC}`]);
    expect(await read(green, { mode: 'ids', ids }, 5000)).toEqual(chosen);
  });
});
