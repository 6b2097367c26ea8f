// One caller's view of a generated world under SPEC §6 (the oracle's table in oracle.ts): the nodes, links and
// sources it sees with their aggregates, the strings it must never receive, and walks over what it sees.
import {
  indicatorId,
  relationshipId,
  sdoId,
  stixIdOfEntity,
} from '../../../server/formats/stix/stix-ids.js';
import type { NodeLabel, Tlp } from '../../../server/model.js';
import {
  sees,
  type Caller,
  type Universe,
  type WorldLink,
  type WorldNode,
  type WorldSource,
} from './oracle.js';
import { TLPS } from './world.js';

const rank = (t: Tlp) => TLPS.indexOf(t);

export interface NodeView {
  node: WorldNode;
  tlp: Tlp;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
  sources: Set<string>;
  raws: Set<string>;
  comments: Set<string>;
  names: Set<string>;
  displays: Set<string>;
  degree: number;
}

export interface LinkView {
  link: WorldLink;
  tlp: Tlp;
  confidence: number;
  sources: Set<string>;
}

export interface Needle {
  text: string;
  /** Compare case-insensitively (values of hidden nodes: any spelling of them is a leak). */
  ci: boolean;
  kind: string;
}

export interface View {
  caller: Caller;
  nodes: Map<string, NodeView>;
  links: Map<string, LinkView>;
  /** Visible REPORTED_IN edges, `node|REPORTED_IN|source`. */
  reported: Set<string>;
  sources: Map<string, WorldSource>;
  hiddenNodes: WorldNode[];
  hiddenSources: WorldSource[];
  needles: Needle[];
  /** Undirected adjacency over visible infrastructure links. */
  adjacency: Map<string, Set<string>>;
}

const minTlp = (ts: Tlp[]) => ts.reduce((a, b) => (rank(b) < rank(a) ? b : a));

export function viewOf(u: Universe, caller: Caller): View {
  const subs = u.spec.submissions;
  const visibleSub = subs.map((s) => sees(caller, s.scope));
  const dateOf = (s: number) => u.names.date(s);
  const sourceOf = (s: number) => u.sources[s]!;
  const nodes = new Map<string, NodeView>();
  const hiddenNodes: WorldNode[] = [];
  for (const node of u.nodes.values()) {
    const seen = node.assertions.filter((a) => visibleSub[a.submission]);
    if (seen.length === 0) {
      hiddenNodes.push(node);
      continue;
    }
    const subsSeen = [...new Set(seen.map((a) => a.submission))];
    const names = new Set(seen.flatMap((a) => (a.name ? [a.name] : [])));
    nodes.set(node.id, {
      node,
      tlp: minTlp(subsSeen.map((s) => subs[s]!.scope.tlp)),
      confidence: Math.max(...subsSeen.map((s) => subs[s]!.confidence)),
      firstSeen: subsSeen.map(dateOf).sort()[0]!,
      lastSeen: subsSeen.map(dateOf).sort().at(-1)!,
      sources: new Set(subsSeen.map((s) => sourceOf(s).id)),
      raws: new Set(seen.flatMap((a) => (a.raw ? [a.raw] : []))),
      comments: new Set(seen.flatMap((a) => (a.comment ? [a.comment] : []))),
      names,
      displays:
        node.label === 'Compound'
          ? new Set([...names].map((n) => `${n} (${node.country})`))
          : new Set([node.display]),
      degree: 0,
    });
  }
  const links = new Map<string, LinkView>();
  const adjacency = new Map<string, Set<string>>();
  for (const link of u.links.values()) {
    const seen = [...link.submissions].filter((s) => visibleSub[s]);
    if (seen.length === 0 || !nodes.has(link.from) || !nodes.has(link.to)) continue;
    links.set(link.id, {
      link,
      tlp: minTlp(seen.map((s) => subs[s]!.scope.tlp)),
      confidence: Math.max(...seen.map((s) => subs[s]!.confidence)),
      sources: new Set(seen.map((s) => sourceOf(s).id)),
    });
    for (const [a, b] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      const set = adjacency.get(a) ?? new Set<string>();
      set.add(b);
      adjacency.set(a, set);
    }
  }
  for (const [id, n] of nodes) n.degree = adjacency.get(id)?.size ?? 0;
  const reported = new Set<string>();
  for (const n of nodes.values())
    for (const s of n.sources) reported.add(`${n.node.id}|REPORTED_IN|${s}`);
  const sources = new Map<string, WorldSource>();
  const hiddenSources: WorldSource[] = [];
  for (const src of u.sources)
    if (visibleSub[src.submission]) sources.set(src.id, src);
    else hiddenSources.push(src);

  const view: View = {
    caller,
    nodes,
    links,
    reported,
    sources,
    hiddenNodes,
    hiddenSources,
    needles: [],
    adjacency,
  };
  view.needles = needlesOf(u, view, visibleSub);
  return view;
}

/** Every string this caller must never receive, on any path. */
function needlesOf(u: Universe, v: View, visibleSub: boolean[]): Needle[] {
  const out: Needle[] = [];
  const add = (text: string, ci: boolean, kind: string) => out.push({ text, ci, kind });
  for (const n of v.hiddenNodes) {
    add(n.key, true, `hidden ${n.label}`);
    add(n.display, true, `hidden ${n.label}`);
    if (n.label === 'Wallet') add(n.key.slice(n.key.indexOf(':') + 3), true, 'hidden Wallet');
    for (const a of n.assertions) if (a.name) add(a.name, true, 'hidden Compound');
    for (const sid of [stixIdOfEntity(n.id), indicatorId(n.id), sdoId('location', n.id)])
      if (sid) add(sid, false, `hidden ${n.label} (STIX id)`);
  }
  for (const s of v.hiddenSources) {
    add(s.slug, true, 'hidden source');
    add(s.name, true, 'hidden source');
  }
  for (const l of u.links.values()) {
    if (v.links.has(l.id)) continue;
    add(l.id, false, 'hidden link');
    add(relationshipId(l.from, l.type, l.to), false, 'hidden link (STIX id)');
  }
  // Facts of visible nodes that only hidden assertions carry (compound names, comments, spellings).
  const visibleText = new Set<string>();
  for (const n of v.nodes.values()) {
    for (const t of [...n.raws, ...n.comments, ...n.names, ...n.displays, n.node.key, n.node.id])
      visibleText.add(t);
  }
  for (const s of v.sources.values()) visibleText.add(s.name).add(s.id);
  for (const n of v.nodes.values()) {
    for (const a of n.node.assertions) {
      if (visibleSub[a.submission]) continue;
      for (const [text, kind] of [
        [a.comment, 'hidden-only comment'],
        [n.node.label === 'Wallet' ? undefined : a.raw, 'hidden-only raw spelling'],
        [a.name, 'hidden-only compound name'],
      ] as const) {
        if (text && ![...visibleText].some((t) => t.includes(text))) add(text, false, kind);
      }
    }
  }
  // Dates only hidden sources gave (to the minute: every submission has its own minute).
  const visibleDates = new Set(
    u.spec.submissions.flatMap((_, s) => (visibleSub[s] ? [u.names.date(s).slice(0, 16)] : [])),
  );
  u.spec.submissions.forEach((_, s) => {
    const d = u.names.date(s).slice(0, 16);
    if (!visibleSub[s] && !visibleDates.has(d)) add(d, false, 'hidden-only date');
  });
  return out;
}

// ---- Walks over the visible graph ------------------------------------------------------------------

/** Breadth-first over visible links (and, when `sources`, visible REPORTED_IN to sources, not expanded). */
export function walk(v: View, start: string, depth: number, withSources: boolean): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length; level += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      const around = [...(v.adjacency.get(id) ?? [])];
      if (withSources) around.push(...(v.nodes.get(id)?.sources ?? []));
      for (const m of around) {
        if (seen.has(m)) continue;
        seen.add(m);
        if (!m.startsWith('source:')) next.push(m);
      }
    }
    frontier = next;
  }
  return seen;
}

/** The visible edges (links, and REPORTED_IN when `withSources`) among a set of ids. */
export function edgesAmong(v: View, ids: Set<string>, withSources: boolean): Set<string> {
  const out = new Set<string>();
  for (const l of v.links.values())
    if (ids.has(l.link.from) && ids.has(l.link.to)) out.add(l.link.id);
  if (withSources)
    for (const e of v.reported) {
      const [from, , to] = e.split('|');
      if (ids.has(from!) && ids.has(to!)) out.add(e);
    }
  return out;
}

/** Hops between two visible nodes over visible links, or undefined beyond maxDepth. */
export function distance(v: View, from: string, to: string, maxDepth: number): number | undefined {
  let frontier = [from];
  const seen = new Set(frontier);
  for (let d = 1; d <= maxDepth && frontier.length; d += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const m of v.adjacency.get(id) ?? []) {
        if (m === to) return d;
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      }
    frontier = next;
  }
  return undefined;
}

export const INDICATOR_LABELS: ReadonlySet<NodeLabel> = new Set([
  'Domain',
  'Url',
  'Wallet',
  'Phone',
]);

/** What an export filtered by country selects: nodes of that country, and what operates from its compounds. */
export function countrySelection(v: View, country: string): Set<string> {
  const out = new Set<string>();
  for (const n of v.nodes.values()) if (n.node.country === country) out.add(n.node.id);
  for (const l of v.links.values())
    if (l.link.type === 'OPERATED_FROM' && v.nodes.get(l.link.to)?.node.country === country)
      out.add(l.link.from);
  return out;
}

/** The compounds the CSV `cluster` column may name for an indicator: linked directly, else one hop away. */
export function clusterCandidates(v: View, id: string): { direct: Set<string>; near: Set<string> } {
  const isCompound = (x: string) => v.nodes.get(x)?.node.label === 'Compound';
  const direct = new Set<string>();
  const near = new Set<string>();
  for (const l of v.links.values()) {
    if (l.link.type === 'OPERATED_FROM' && l.link.from === id) direct.add(l.link.to);
  }
  for (const l of v.links.values()) {
    if (l.link.type === 'OPERATED_FROM') continue;
    const other = l.link.from === id ? l.link.to : l.link.to === id ? l.link.from : undefined;
    if (!other || isCompound(other)) continue;
    for (const l2 of v.links.values())
      if (l2.link.type === 'OPERATED_FROM' && l2.link.from === other) near.add(l2.link.to);
  }
  return { direct, near };
}
