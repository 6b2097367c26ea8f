// One reader row → normalized node and relationship records with provenance, or typed rejects.
import { detect, normalize, slugify } from '../../indicators/index.js';
import { KIND_LABEL, type Indicator, type NormalizeResult } from '../../indicators/types.js';
import {
  entityId,
  TLP_LEVELS,
  type NodeRecord,
  type RelRecord,
  type RelType,
  type Tlp,
} from '../../model.js';
import type { IngestRow, ItemProvenance, RowSource, RowValue } from '../../formats/reader-types.js';
import type { IngestOptions } from './ingest-types.js';
import { linkRule } from './link-rules.js';

export const DEFAULT_TLP: Tlp = 'AMBER';
export const DEFAULT_CONFIDENCE = 50;

export interface RowRecords {
  nodes: NodeRecord[];
  rels: RelRecord[];
  /** Accepted indicator values (main, related, implied). */
  indicators: number;
  /** The row's own values: how many it named, and how many of them were accepted. */
  values: number;
  accepted: number;
  rejects: { field: string; value: string; reason: string; message: string }[];
  /** Values not ingested because they are not modelled (file hashes, platform domains), by name. */
  skips: string[];
  /** Accepted values kept with a warning; reported like rejects but written. */
  warnings: { field: string; value: string; reason: string; message: string }[];
}

export interface Prov {
  tlp: Tlp;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
  sources: string[];
  synthetic: false;
}

export function sourceId(source: RowSource): string {
  return entityId('Source', source.key);
}

/** The Source node of a run or a MISP event. */
export function sourceNode(source: RowSource, opts: IngestOptions, now: string): NodeRecord {
  return {
    id: sourceId(source),
    label: 'Source',
    value: source.key,
    display: source.name,
    raw: [],
    tlp: opts.tlp ?? DEFAULT_TLP,
    confidence: opts.confidence ?? DEFAULT_CONFIDENCE,
    firstSeen: source.date ?? now,
    lastSeen: source.date ?? now,
    sources: [],
    synthetic: false,
    props: {
      name: source.name,
      kind: 'ingest',
      reliability: opts.reliability ?? 'F',
      url: source.url ?? null,
      date: source.date ?? null,
    },
  };
}

/** A Source from a free-text name: the slug is its key. */
export function namedSource(name: string): RowSource {
  return { key: slugify(name).slice(0, 100) || 'unnamed', name };
}

function stricter(a: Tlp, b: Tlp): Tlp {
  return TLP_LEVELS.indexOf(a) >= TLP_LEVELS.indexOf(b) ? a : b;
}

export function provenance(
  row: ItemProvenance,
  source: string,
  opts: IngestOptions,
  now: string,
): Prov {
  const data = row.tlp ?? opts.tlp ?? DEFAULT_TLP;
  let first = row.firstSeen ?? row.lastSeen ?? now;
  let last = row.lastSeen ?? row.firstSeen ?? now;
  if (last < first) [first, last] = [last, first];
  return {
    tlp: opts.tlp ? stricter(data, opts.tlp) : data,
    confidence: row.confidence ?? opts.confidence ?? DEFAULT_CONFIDENCE,
    firstSeen: first,
    lastSeen: last,
    sources: [source],
    synthetic: false,
  };
}

/**
 * Recently normalized values: real data repeats the same wallets, phones and domains on many rows, and
 * normalizing is the pipeline's main CPU cost. Bounded (cleared when full), so memory stays flat.
 */
const CACHE_MAX = 100_000;
const cache = new Map<string, NormalizeResult>();

/** Normalizes one value of a row (cached). */
export function readValue(v: RowValue, opts: IngestOptions): NormalizeResult {
  const nopts = {
    defaultRegion: opts.defaultRegion,
    platform: v.platform ?? opts.platform,
    asset: v.asset,
  };
  const key = `${v.kind ?? ''}\u0000${nopts.defaultRegion ?? ''}\u0000${nopts.platform ?? ''}\u0000${v.asset ?? ''}\u0000${v.value}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = v.kind ? normalize(v.value, v.kind, nopts) : detect(v.value, nopts);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, result);
  return result;
}

/** Facts a source states rather than the key implies (a compound's coordinates, a wallet's asset). */
const STATED_FACTS = new Set(['lat', 'lon', 'asset', 'name', 'checksummed']);

function splitFacts(all: Indicator['facts']): [Indicator['facts'], Indicator['facts']] {
  const facts: Indicator['facts'] = {};
  const stated: Indicator['facts'] = {};
  for (const [k, v] of Object.entries(all)) (STATED_FACTS.has(k) ? stated : facts)[k] = v;
  return [facts, stated];
}

function node(
  ind: Indicator,
  raw: string,
  prov: Prov,
  extra?: Record<string, string>,
  display?: string,
): NodeRecord {
  const [facts, stated] = splitFacts(ind.facts);
  return {
    id: entityId(KIND_LABEL[ind.kind], ind.key),
    label: KIND_LABEL[ind.kind],
    value: ind.key,
    display: display ?? ind.display,
    raw: [raw],
    ...prov,
    sources: [...prov.sources],
    facts,
    props: { ...stated, ...extra },
  };
}

export function rel(type: RelType, from: string, to: string, prov: Prov): RelRecord {
  return { type, from, to, ...prov, sources: [...prov.sources], props: {} };
}

/** Normalizes a row: nodes for its indicators and their implied ones, links, REPORTED_IN to its Source. */
export function rowRecords(
  row: IngestRow,
  source: string,
  opts: IngestOptions,
  now: string,
): RowRecords {
  const prov = provenance(row, source, opts, now);
  const out: RowRecords = {
    nodes: [],
    rels: [],
    indicators: 0,
    values: 0,
    accepted: 0,
    rejects: [],
    skips: [],
    warnings: [],
  };
  const accepted: Accepted[] = [];
  const add = (ind: Indicator, raw: string, extra?: Record<string, string>, display?: string) => {
    const n = node(ind, raw, prov, extra, display);
    out.nodes.push(n);
    out.rels.push(rel('REPORTED_IN', n.id, source, prov));
    out.indicators++;
    let domainId: string | undefined;
    for (const imp of row.noImplied ? [] : (ind.implied ?? [])) {
      const d = node(imp.indicator, raw, prov);
      out.nodes.push(d);
      out.rels.push(rel('REPORTED_IN', d.id, source, prov), rel(imp.rel, n.id, d.id, prov));
      out.indicators++;
      if (imp.indicator.kind === 'domain') domainId = d.id;
    }
    return { id: n.id, domainId };
  };
  const values = [row.main, ...row.related];
  values.forEach((v, i) => {
    out.values++;
    const r = readValue(v, opts);
    if (!r.ok) {
      if (r.skip) out.skips.push(r.skip);
      else
        out.rejects.push({ field: v.field, value: v.value, reason: r.reason, message: r.message });
      return;
    }
    out.accepted++;
    for (const w of r.indicator.warnings ?? [])
      out.warnings.push({ field: v.field, value: v.value, ...w });
    const ids = add(r.indicator, v.value, i === 0 ? row.props : undefined, v.display);
    accepted.push({ ind: r.indicator, field: v.field, index: i, ...ids });
  });
  const main = accepted[0]?.index === 0 ? accepted[0] : undefined;
  if (!main) return out;
  for (const other of accepted.slice(1)) linkPair(main, other, prov, out);
  return out;
}

type Accepted = { ind: Indicator; id: string; field: string; index: number; domainId?: string };

/** Links two accepted values; a URL stands in for its domain where SPEC §1 links domains, not URLs. */
function linkPair(main: Accepted, other: Accepted, prov: Prov, out: RowRecords): void {
  const direct = linkRule(main.ind.kind, other.ind.kind);
  if (direct) {
    // A URL is ON_DOMAIN its own host only (written as implied); a domain column names the site, not the host.
    if (main.id === other.id || direct.type === 'ON_DOMAIN') return;
    out.rels.push(
      direct.forward
        ? rel(direct.type, main.id, other.id, prov)
        : rel(direct.type, other.id, main.id, prov),
    );
    return;
  }
  const viaMain =
    main.ind.kind === 'url' && main.domainId ? linkRule('domain', other.ind.kind) : undefined;
  if (viaMain) {
    out.rels.push(
      viaMain.forward
        ? rel(viaMain.type, main.domainId!, other.id, prov)
        : rel(viaMain.type, other.id, main.domainId!, prov),
    );
    return;
  }
  const viaOther =
    other.ind.kind === 'url' && other.domainId ? linkRule(main.ind.kind, 'domain') : undefined;
  if (viaOther) {
    out.rels.push(
      viaOther.forward
        ? rel(viaOther.type, main.id, other.domainId!, prov)
        : rel(viaOther.type, other.domainId!, main.id, prov),
    );
    return;
  }
  out.rejects.push({
    field: other.field,
    value: other.ind.key,
    reason: 'NO_RELATIONSHIP',
    message: `No relationship links a ${main.ind.kind} to a ${other.ind.kind}; both were ingested, unlinked.`,
  });
}
