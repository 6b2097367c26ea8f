// The GraphQL walks for one caller: neighborhood, cluster and shortestPath, compared with walks over the
// oracle's visible graph; hidden ids and ends answer as never-seen ones.
import {
  EDGE_FIELDS,
  ENTITY_FIELDS,
  SUBGRAPH,
  checkSubgraph,
  neverId,
  sample,
  type SubgraphJson,
} from './entity-checks.js';
import { batched, expectNotFoundLikeNever, hiddenIds, reads, visibleIds } from './ask.js';
import type { Universe } from './oracle.js';
import { distance, edgesAmong, walk } from './view.js';
import { chunks, type Probe } from './probe.js';

export async function checkNeighborhoods(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'neighborhood';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  // Five ids at depth 1 and one at depth 2 or 3, in one request.
  const asked = [
    ...sample(visibleIds(p), 5, salt).map((id) => ({ id, depth: 1 })),
    ...sample(visibleIds(p), 1, salt + 1).map((id) => ({ id, depth: 2 + (salt % 2) })),
  ];
  const depthOf = (key: string) => asked[Number(key.slice(key.lastIndexOf('#') + 1))]!.depth;
  await batched<SubgraphJson>(
    p,
    F,
    asked.map((a, i) => `${a.id}#${i}`),
    6,
    (i, key) => `neighborhood(id: $i${i}, depth: ${depthOf(key)}, limit: 2000) { ${SUBGRAPH} }`,
    fragments,
    (key, g) => {
      const id = key.slice(0, key.lastIndexOf('#'));
      const nodes = walk(p.view, id, depthOf(key), true);
      checkSubgraph(p, F, `neighborhood(${id}, ${depthOf(key)})`, g, {
        nodes,
        edges: edgesAmong(p.view, nodes, true),
      });
    },
  );
  if (salt % 3 === 0)
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) =>
          `query($${v}: ID!) { neighborhood(id: $${v}, depth: 2) { ${SUBGRAPH} } }\n${fragments}`,
        id,
      );
}

export async function checkClusters(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'cluster';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  await batched<SubgraphJson>(
    p,
    F,
    sample(visibleIds(p), 3, salt),
    3,
    (i) => `cluster(id: $i${i}, limit: 5000) { ${SUBGRAPH} }`,
    fragments,
    (id, g) => {
      const nodes = walk(p.view, id, 4, false);
      checkSubgraph(p, F, `cluster(${id})`, g, { nodes, edges: edgesAmong(p.view, nodes, false) });
    },
  );
  if (salt % 3 === 1)
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) => `query($${v}: ID!) { cluster(id: $${v}) { ${SUBGRAPH} } }\n${fragments}`,
        id,
      );
}

/** Undirected adjacency over every link of the world, hidden or not. */
function fullAdjacency(u: Universe): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const l of u.links.values())
    for (const [a, b] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const)
      adj.set(a, (adj.get(a) ?? new Set()).add(b));
  return adj;
}

function hops(
  adj: Map<string, Set<string>>,
  from: string,
  to: string,
  max: number,
): number | undefined {
  let frontier = [from];
  const seen = new Set(frontier);
  for (let d = 1; d <= max && frontier.length; d += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const m of adj.get(id) ?? []) {
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

interface PathJson {
  found: boolean;
  length: number | null;
  paths: string[][];
  subgraph: SubgraphJson;
}

export async function checkPaths(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'shortestPath';
  const fragments = `${ENTITY_FIELDS}\n${EDGE_FIELDS}`;
  const ids = visibleIds(p);
  const all = [...u.nodes.keys()].sort();
  // Pairs that only hidden nodes or links connect (or connect more closely) are the interesting ones.
  const full = fullAdjacency(u);
  const interesting: [string, string][] = [];
  const others: [string, string][] = [];
  for (let i = 0; i < ids.length; i += 1)
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [ids[i]!, ids[j]!];
      const closer = hops(full, a, b, 6) !== distance(p.view, a, b, 6);
      (closer ? interesting : others).push([a, b]);
    }
  const chosen = [...sample(interesting, 3, salt), ...sample(others, 1, salt)];
  for (const batch of chunks(chosen, 4)) {
    const vars = batch.map((_, i) => `$f${i}: ID!, $t${i}: ID!`).join(', ');
    const fields = batch
      .map(
        (_, i) =>
          `p${i}: shortestPath(fromId: $f${i}, toId: $t${i}, maxDepth: 6) { found length paths subgraph { ${SUBGRAPH} } }`,
      )
      .join('\n');
    const variables: Record<string, string> = {};
    batch.forEach(([a, b], i) => {
      variables[`f${i}`] = a;
      variables[`t${i}`] = b;
    });
    const r = await p.gql<Record<string, PathJson>>(
      F,
      'shortestPath batch',
      `query(${vars}) { ${fields} }\n${fragments}`,
      variables,
    );
    if (!reads(p)) return;
    if (!r.data) {
      p.fail(
        F,
        'request failed',
        `${batch.map((b) => b.join('→')).join(', ')}: ${r.errors?.[0]?.extensions?.code} ${r.errors?.[0]?.message}`,
      );
      continue;
    }
    batch.forEach(([a, b], i) => {
      const got = r.data![`p${i}`]!;
      const where = `shortestPath(${a} → ${b})`;
      const d = distance(p.view, a, b, 6);
      if (got.found !== (d !== undefined) || (d !== undefined && got.length !== d))
        p.fail(
          F,
          'path found or length differs from the visible graph',
          `${where}: found ${got.found} length ${got.length}, visible distance ${d ?? 'none'}`,
        );
      for (const path of got.paths) {
        for (const id of path)
          if (!p.view.nodes.has(id))
            p.fail(F, 'path through a hidden node', `${where}: ${path.join(' → ')}`);
        for (let k = 1; k < path.length; k += 1)
          if (!p.view.adjacency.get(path[k - 1]!)?.has(path[k]!))
            p.fail(F, 'path through a hidden link', `${where}: ${path[k - 1]} — ${path[k]}`);
      }
      const nodes = new Set(got.paths.flat());
      checkSubgraph(p, F, where, got.subgraph, { nodes, edges: edgesAmong(p.view, nodes, false) });
    });
  }
  // A hidden endpoint answers as a non-existent one, on either side.
  const visibleOne = ids[salt % Math.max(1, ids.length)] ?? all[0]!;
  for (const [k, hidden] of (salt % 3 === 2 ? sample(hiddenIds(p), 1, salt + 1) : []).entries()) {
    const other = visibleOne === hidden ? neverId(u, hidden) : visibleOne;
    const query =
      (k + salt) % 2 === 0
        ? (v: string) =>
            `query($${v}: ID!, $other: ID!) { shortestPath(fromId: $${v}, toId: $other) { found length paths } }`
        : (v: string) =>
            `query($${v}: ID!, $other: ID!) { shortestPath(fromId: $other, toId: $${v}) { found length paths } }`;
    await expectNotFoundLikeNever(p, F, u, query, hidden, { other });
  }
}
