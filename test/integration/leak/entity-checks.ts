// What a caller may see of one entity or edge: only what its visible assertions carry (SPEC §6).
import type { Probe } from './probe.js';
import { setDiff } from './probe.js';
import type { Universe } from './oracle.js';

/** Every field of an entity the API has. */
export const ENTITY_FIELDS = `fragment E on Entity {
  id kind value display raw tlp confidence firstSeen lastSeen synthetic degree
  properties { key value }
  sources { id name reliability url }
}`;

export const EDGE_FIELDS = `fragment G on Edge {
  id type from to tlp confidence firstSeen lastSeen sources properties { key value }
}`;

export const SUBGRAPH = `nodes { ...E } edges { ...G } truncated`;

export interface EntityJson {
  id: string;
  kind: string;
  value: string;
  display: string;
  raw: string[];
  tlp: string;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  degree: number;
  properties: { key: string; value: string }[];
  sources: { id: string; name: string }[];
}

export interface EdgeJson {
  id: string;
  type: string;
  from: string;
  to: string;
  tlp: string;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
}

export interface SubgraphJson {
  nodes: EntityJson[];
  edges: EdgeJson[];
  truncated: boolean;
}

const sameTime = (a: string | null | undefined, b: string) =>
  a !== null && a !== undefined && Date.parse(a) === Date.parse(b);

/** Checks an entity a caller received against the oracle's view of it. */
export function checkEntity(p: Probe, family: string, where: string, e: EntityJson): void {
  const v = p.view;
  if (e.id.startsWith('source:')) {
    if (!v.sources.has(e.id)) p.fail(family, 'hidden source returned', `${where}: ${e.id}`);
    return;
  }
  const n = v.nodes.get(e.id);
  if (!n) {
    p.fail(family, 'hidden entity returned', `${where}: ${e.id}`);
    return;
  }
  const at = `${where}: ${e.id}`;
  if (e.tlp !== n.tlp)
    p.fail(
      family,
      'tlp is not the least restrictive visible one',
      `${at} says ${e.tlp}, visible ${n.tlp}`,
    );
  if (e.confidence !== n.confidence)
    p.fail(
      family,
      'confidence is not the maximum of visible assertions',
      `${at} says ${e.confidence}, visible ${n.confidence}`,
    );
  if (!sameTime(e.firstSeen, n.firstSeen) || !sameTime(e.lastSeen, n.lastSeen))
    p.fail(
      family,
      'first/last seen not from visible assertions',
      `${at} says ${e.firstSeen}–${e.lastSeen}, visible ${n.firstSeen}–${n.lastSeen}`,
    );
  const sources = setDiff(
    e.sources.map((s) => s.id),
    n.sources,
  );
  if (sources) p.fail(family, 'sources are not the visible ones', `${at}: ${sources}`);
  const raw = setDiff(e.raw, n.raws);
  if (raw) p.fail(family, 'raw values are not the visible ones', `${at}: ${raw}`);
  if (e.degree !== n.degree)
    p.fail(
      family,
      'degree counts hidden links or neighbours',
      `${at} degree ${e.degree}, visible ${n.degree}`,
    );
  if (!n.displays.has(e.display))
    p.fail(
      family,
      'display not from a visible assertion',
      `${at} display ${JSON.stringify(e.display)}`,
    );
  const prop = (k: string) => e.properties.find((x) => x.key === k)?.value;
  const comment = prop('comment');
  if (comment !== undefined && !n.comments.has(comment))
    p.fail(
      family,
      'fact (comment) from a hidden assertion',
      `${at} comment ${JSON.stringify(comment)}`,
    );
  if (comment === undefined && n.comments.size > 0)
    p.fail(family, 'fact (comment) of a visible assertion missing', `${at}`);
  // Whether the address was written checksummed is what a source wrote, not a fact of the key.
  const checksummed = prop('checksummed');
  if (n.node.label === 'Wallet' && checksummed !== undefined) {
    const written = new Set([...n.raws].map((r) => String(r === n.node.display)));
    if (!written.has(checksummed))
      p.fail(
        family,
        'fact (checksummed) from a hidden assertion',
        `${at} checksummed ${checksummed}`,
      );
  }
  if (n.node.label === 'Compound') {
    const name = prop('name');
    if (name !== undefined && !n.names.has(name))
      p.fail(family, 'compound name from a hidden assertion', `${at} name ${JSON.stringify(name)}`);
  }
}

/** Checks an edge a caller received: visible, with TLP, confidence and sources of visible assertions. */
export function checkEdge(p: Probe, family: string, where: string, e: EdgeJson): void {
  const v = p.view;
  if (e.type === 'REPORTED_IN') {
    if (!v.reported.has(e.id))
      p.fail(family, 'hidden REPORTED_IN edge returned', `${where}: ${e.id}`);
    return;
  }
  const l = v.links.get(e.id);
  if (!l) {
    p.fail(family, 'hidden link returned', `${where}: ${e.id}`);
    return;
  }
  const at = `${where}: ${e.id}`;
  if (e.tlp !== l.tlp)
    p.fail(
      family,
      'link tlp is not the least restrictive visible one',
      `${at} says ${e.tlp}, visible ${l.tlp}`,
    );
  if (e.confidence !== l.confidence)
    p.fail(
      family,
      'link confidence is not the maximum of visible assertions',
      `${at} says ${e.confidence}, visible ${l.confidence}`,
    );
  const sources = setDiff(e.sources, l.sources);
  if (sources) p.fail(family, 'link sources are not the visible ones', `${at}: ${sources}`);
}

/** Checks a subgraph: exactly the expected nodes and edges, each as the caller may see it. */
export function checkSubgraph(
  p: Probe,
  family: string,
  where: string,
  g: SubgraphJson,
  want: { nodes: Set<string>; edges: Set<string> },
): void {
  const nodes = setDiff(
    g.nodes.map((n) => n.id),
    want.nodes,
  );
  if (nodes) p.fail(family, 'nodes differ from the visible graph', `${where}: ${nodes}`);
  const edges = setDiff(
    g.edges.map((e) => e.id),
    want.edges,
  );
  if (edges) p.fail(family, 'edges differ from the visible graph', `${where}: ${edges}`);
  if (g.truncated) p.fail(family, 'truncated on a small graph', where);
  for (const n of g.nodes) checkEntity(p, family, where, n);
  for (const e of g.edges) checkEdge(p, family, where, e);
}

/** The id a never-seen value of the same kind has: what a hidden id must answer like. */
export function neverId(u: Universe, id: string): string {
  const prefix = id.slice(0, id.indexOf(':'));
  const t = u.spec.tag;
  switch (prefix) {
    case 'domain':
      return `domain:${t}-never.example`;
    case 'url':
      return `url:https://${t}-never.example/p9`;
    case 'wallet':
      return `wallet:eth:${u.names.never.wallet}`;
    case 'phone':
      return `phone:${u.names.never.phone}`;
    case 'compound':
      return `compound:never-park-${t}-mm`;
    default:
      return `${prefix}:${t}-never`;
  }
}

/** Up to `k` of `items`, a different slice for each caller (`salt`), so that the run covers them all. */
export function sample<T>(items: readonly T[], k: number, salt: number): T[] {
  if (items.length <= k) return [...items];
  const out: T[] = [];
  for (let i = 0; i < k; i += 1) out.push(items[(salt * k + i) % items.length] as T);
  return [...new Set(out)];
}
