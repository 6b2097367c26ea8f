// Writes a static MISP feed directory: manifest.json, one <event uuid>.json per event and hashes.csv (what a
// MISP instance subscribes to). One event per source and month (of what that source said: the month of its
// assertion's firstSeen, else of when it was added), at most `eventSize` attributes each (an object counts its
// attributes; a larger group is split into numbered parts). Each event is tagged with the highest TLP of the
// attributes it holds, and its uuid is derived from (export, source, month, part): re-exporting the same data
// writes the same events, so subscribers update them instead of adding duplicates.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, appendFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import type {
  ExportAssertion,
  ExportMeta,
  ExportNode,
  ExportPage,
} from '../../modules/exports/exports-types.js';
import { SinkWriter } from '../sink-writer.js';
import {
  MISP_DISTRIBUTION,
  MISP_TLP_TAG,
  epochSeconds,
  mispOf,
  mispUuid,
  type MispAttribute,
  type MispObject,
} from './misp-mapping.js';
import { md5 } from './misp-writer.js';

/** Default bound of one feed event: MISP handles events of a few thousand attributes comfortably. */
export const MISP_FEED_EVENT_SIZE = 5000;
/** The month of assertions without any date. */
export const UNDATED = 'undated';

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** The month (`YYYY-MM`) an assertion is filed under: its firstSeen, else when it was added, else undated. */
export function feedMonth(a: Pick<ExportAssertion, 'firstSeen' | 'addedAt'>): string {
  for (const d of [a.firstSeen, a.addedAt]) {
    const m = d ? /^(\d{4})-(\d{2})/.exec(d) : null;
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`;
  }
  return UNDATED;
}

/** One event of the feed: a part of the (source, month) group. */
export interface FeedPart {
  /** 1-based part number and the group's number of parts. */
  part: number;
  weight: number;
  attributes: number;
  objects: number;
  maxTlp: Tlp | null;
  /** Epoch seconds: the latest addedAt or lastSeen of what it holds. */
  timestamp: number;
}

export interface FeedGroup {
  source: string;
  month: string;
  parts: FeedPart[];
}

/**
 * Assigns entries (in read order) to events: per (source, month) group, a new part starts when the next
 * entry would take the current one past `eventSize` attributes (an entry is never split: an object heavier
 * than the bound gets a part of its own). Pure bookkeeping: the writer keeps the entries themselves on disk.
 */
export class FeedPlan {
  readonly groups = new Map<string, FeedGroup>();

  constructor(readonly eventSize: number = MISP_FEED_EVENT_SIZE) {
    if (!Number.isInteger(eventSize) || eventSize < 1)
      throw new RangeError(`eventSize must be a positive integer, got ${eventSize}`);
  }

  static key(source: string, month: string): string {
    return `${source}\u0000${month}`;
  }

  /** Files one entry; returns its group key and 1-based part number. */
  add(
    source: string,
    month: string,
    entry: { weight: number; object: boolean; tlp: Tlp; timestamp: number },
  ): { key: string; part: number } {
    const key = FeedPlan.key(source, month);
    let group = this.groups.get(key);
    if (!group) {
      group = { source, month, parts: [] };
      this.groups.set(key, group);
    }
    let part = group.parts.at(-1);
    if (!part || (part.weight > 0 && part.weight + entry.weight > this.eventSize)) {
      part = {
        part: group.parts.length + 1,
        weight: 0,
        attributes: 0,
        objects: 0,
        maxTlp: null,
        timestamp: 0,
      };
      group.parts.push(part);
    }
    part.weight += entry.weight;
    if (entry.object) part.objects += 1;
    else part.attributes += 1;
    if (part.maxTlp === null || rank(entry.tlp) > rank(part.maxTlp)) part.maxTlp = entry.tlp;
    part.timestamp = Math.max(part.timestamp, entry.timestamp);
    return { key, part: part.part };
  }

  /** The groups in a stable order: by source, then month (undated last). */
  sorted(): FeedGroup[] {
    return [...this.groups.values()].sort(
      (a, b) =>
        a.source.localeCompare(b.source) ||
        (a.month === UNDATED ? 1 : 0) - (b.month === UNDATED ? 1 : 0) ||
        a.month.localeCompare(b.month),
    );
  }
}

/** The uuid of a feed event: the same export of the same data names its events the same way. */
export function feedEventUuid(meta: ExportMeta, source: string, month: string, part: number) {
  return mispUuid(
    `feed-event|${meta.organisation}|${meta.setId}|${meta.maxTlp}|${source}|${month}|${part}`,
  );
}

/** What an analyst reads in MISP's event list: `Scamgraph: <source name> 2026-05 (1/2)`. */
export function feedEventInfo(sourceName: string, month: string, part: number, parts: number) {
  const when = month === UNDATED ? 'undated' : month;
  return `Scamgraph: ${sourceName} ${when}${parts > 1 ? ` (${part}/${parts})` : ''}`;
}

/** An entity as one source reported it: that assertion's TLP, confidence and dates. */
function asReportedBy(node: ExportNode, a: ExportAssertion): ExportNode {
  return {
    ...node,
    tlp: a.tlp,
    confidence: a.confidence,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    sources: [a.source],
  };
}

/** The node's assertions, or (read without them) one from its folded view. */
function assertionsOf(node: ExportNode): ExportAssertion[] {
  if (node.assertions?.length) return node.assertions;
  return [
    {
      source: node.sources[0] ?? 'source:unattributed',
      tlp: node.tlp,
      confidence: node.confidence,
      firstSeen: node.firstSeen,
      lastSeen: node.lastSeen,
      addedAt: null,
    },
  ];
}

/** Attribute uuids are scoped by their event (an entity reported by two sources is in two events). */
function scoped(a: MispAttribute, eventUuid: string): MispAttribute {
  return { ...a, uuid: mispUuid(`${eventUuid}|${a.uuid}`) };
}

interface SpoolEntry {
  part: number;
  attribute?: MispAttribute;
  object?: MispObject;
}

export interface MispFeedResult {
  dir: string;
  events: number;
  attributes: number;
  objects: number;
  uuids: string[];
}

export interface MispFeedOptions {
  /** At most this many attributes per event (default MISP_FEED_EVENT_SIZE). */
  eventSize?: number;
  /** Names of the sources (by id) the caller may see; a source without a name is shown by its id. */
  sourceNames?: (ids: string[]) => Promise<Map<string, string>>;
}

/**
 * Streams the selection once, filing each entity under every visible assertion's (source, month) in a spool
 * file per group (flat memory), then writes each group's parts as events.
 */
export async function writeMispFeed(
  pages: () => AsyncIterable<ExportPage>,
  meta: ExportMeta,
  dir: string,
  options: MispFeedOptions = {},
): Promise<MispFeedResult> {
  await mkdir(dir, { recursive: true });
  const plan = new FeedPlan(options.eventSize ?? MISP_FEED_EVENT_SIZE);
  const spoolDir = await mkdtemp(path.join(os.tmpdir(), 'scamgraph-misp-feed-'));
  const spools = new Map<string, string>();
  const spoolOf = (key: string) => {
    let file = spools.get(key);
    if (!file) spools.set(key, (file = path.join(spoolDir, `${spools.size}.jsonl`)));
    return file;
  };
  const fallback = Number(epochSeconds(meta.exportedAt, meta.exportedAt));
  const result: MispFeedResult = { dir, events: 0, attributes: 0, objects: 0, uuids: [] };
  try {
    for await (const page of pages()) {
      const pending = new Map<string, string[]>();
      for (const node of page.nodes) {
        for (const a of assertionsOf(node)) {
          const { attribute, object } = mispOf(asReportedBy(node, a), meta.exportedAt);
          if (!attribute && !object) continue;
          const timestamp = Math.max(
            Number(epochSeconds(a.addedAt, meta.exportedAt)),
            a.lastSeen ? Number(epochSeconds(a.lastSeen, meta.exportedAt)) : 0,
          );
          const { key, part } = plan.add(a.source, feedMonth(a), {
            weight: object ? object.Attribute.length : 1,
            object: !!object,
            tlp: a.tlp,
            timestamp: Number.isFinite(timestamp) ? timestamp : fallback,
          });
          const entry: SpoolEntry = object ? { part, object } : { part, attribute };
          const lines = pending.get(key) ?? [];
          lines.push(JSON.stringify(entry));
          pending.set(key, lines);
        }
      }
      for (const [key, lines] of pending) await appendFile(spoolOf(key), `${lines.join('\n')}\n`);
    }

    const groups = plan.sorted();
    const names = options.sourceNames
      ? await options.sourceNames([...new Set(groups.map((g) => g.source))])
      : new Map<string, string>();
    const hashes = new SinkWriter(createWriteStream(path.join(dir, 'hashes.csv')));
    const manifest: Record<string, unknown> = {};
    const orgc = { name: meta.producer, uuid: mispUuid(`org|${meta.producer}`) };
    for (const group of groups) {
      const name = names.get(group.source) ?? group.source.replace(/^source:/, '');
      const file = spools.get(FeedPlan.key(group.source, group.month))!;
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      let current: SpoolEntry[] = [];
      let partNo = 1;
      const flush = async () => {
        const part = group.parts[partNo - 1]!;
        const uuid = feedEventUuid(meta, group.source, group.month, part.part);
        const tlp = part.maxTlp ?? meta.maxTlp;
        const head = {
          uuid,
          info: feedEventInfo(name, group.month, part.part, group.parts.length),
          date: group.month === UNDATED ? meta.exportedAt.slice(0, 10) : `${group.month}-01`,
          threat_level_id: '2',
          analysis: '2',
          distribution: MISP_DISTRIBUTION[tlp],
          published: false,
          timestamp: String(part.timestamp || fallback),
          Orgc: orgc,
          Tag: [{ name: MISP_TLP_TAG[tlp] }],
        };
        const attributes: MispAttribute[] = [];
        const objects: MispObject[] = [];
        for (const e of current) {
          if (e.attribute) attributes.push(scoped(e.attribute, uuid));
          if (e.object)
            objects.push({
              ...e.object,
              uuid: mispUuid(`${uuid}|${e.object.uuid}`),
              Attribute: e.object.Attribute.map((x) => scoped(x, uuid)),
            });
        }
        const out = createWriteStream(path.join(dir, `${uuid}.json`));
        const sink = new SinkWriter(out);
        await sink.write(`{"Event":${JSON.stringify(head).slice(0, -1)},"Attribute":[`);
        await sink.write(attributes.map((x) => `\n${JSON.stringify(x)}`).join(','));
        await sink.write('],"Object":[');
        await sink.write(objects.map((x) => `\n${JSON.stringify(x)}`).join(','));
        await sink.write(']}}\n');
        await sink.end();
        for (const x of [...attributes, ...objects.flatMap((o) => o.Attribute)])
          await hashes.write(`${md5(x.value)},${uuid}\n`);
        manifest[uuid] = {
          info: head.info,
          date: head.date,
          analysis: head.analysis,
          threat_level_id: head.threat_level_id,
          timestamp: head.timestamp,
          Orgc: orgc,
          Tag: head.Tag,
        };
        result.events += 1;
        result.attributes += attributes.length;
        result.objects += objects.length;
        result.uuids.push(uuid);
        current = [];
      };
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as SpoolEntry;
        if (entry.part !== partNo) {
          await flush();
          partNo = entry.part;
        }
        current.push(entry);
      }
      if (current.length > 0) await flush();
    }
    await hashes.end();
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return result;
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}
