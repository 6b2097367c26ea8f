// The forum analyst's paths for one caller (issue #12): named clusters, clusterOf, explainLink, estimates
// and briefings. Every answer is scanned for the caller's needles (Probe); besides, a cluster never holds
// two members that only hidden links join, explainLink walks only visible links, and every id a figure
// points to is visible.
import { ENTITY_FIELDS, neverId, sample } from './entity-checks.js';
import { expectNotFoundLikeNever, hiddenIds, reads, visibleIds } from './ask.js';
import type { Universe } from './oracle.js';
import { distance, walk } from './view.js';
import type { Probe } from './probe.js';

interface ClusterJson {
  id: string;
  size: number;
  members: { id: string }[];
}

const CLUSTER = `id name size members(first: 1000) { id } history { kind others summary }`;

/** The visible component of an id (over every visible link): a cluster must lie inside one. */
const componentOf = (p: Probe, id: string) => walk(p.view, id, 100_000, false);

function checkCluster(p: Probe, where: string, c: ClusterJson | null | undefined): void {
  if (!c) return;
  const ids = c.members.map((m) => m.id);
  const hidden = ids.filter((id) => !p.view.nodes.has(id));
  if (hidden.length > 0) p.fail('clusters', 'cluster member not visible', `${where}: ${hidden[0]}`);
  const odd = ids.filter((id) => id.startsWith('source:') || id.startsWith('victim:'));
  if (odd.length > 0)
    p.fail('clusters', 'source or victim report as member', `${where}: ${odd[0]}`);
  const first = ids.find((id) => p.view.nodes.has(id));
  if (!first) return;
  const component = componentOf(p, first);
  const outside = ids.filter((id) => p.view.nodes.has(id) && !component.has(id));
  if (outside.length > 0)
    p.fail(
      'clusters',
      'cluster joins members no visible link joins',
      `${where}: ${first} and ${outside[0]}`,
    );
  if (c.size !== ids.length && ids.length < 1000)
    p.fail(
      'clusters',
      'size differs from the members shown',
      `${where}: ${c.size} vs ${ids.length}`,
    );
}

export async function checkNamedClusters(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'clusters';
  const all = await p.gql<{ clusters: { nodes: ClusterJson[]; totalCount: number } }>(
    F,
    'clusters',
    `{ clusters(first: 100) { totalCount nodes { ${CLUSTER} } } }`,
  );
  if (!reads(p)) return;
  if (!all.data) {
    p.fail(F, 'clusters refused', JSON.stringify(all.errors?.[0] ?? null));
    return;
  }
  for (const c of all.data.clusters.nodes) checkCluster(p, `clusters ${c.id}`, c);
  const ids = sample(
    visibleIds(p).filter((id) => !id.startsWith('source:')),
    4,
    salt,
  );
  for (const id of ids) {
    const r = await p.gql<{ clusterOf: ClusterJson | null }>(
      F,
      `clusterOf(${id})`,
      `query($id: ID!) { clusterOf(entityId: $id) { ${CLUSTER} } }`,
      { id },
    );
    if (r.errors) p.fail(F, 'visible id refused', `clusterOf(${id}): ${r.errors[0]?.message}`);
    const c = r.data?.clusterOf;
    checkCluster(p, `clusterOf(${id})`, c);
    if (c && !c.members.some((m) => m.id === id) && c.members.length < 1000)
      p.fail(F, 'clusterOf lacks the entity', `${id} not in ${c.id}`);
    if (c) {
      const again = await p.gql<{ clusterById: ClusterJson }>(
        F,
        `clusterById(${c.id})`,
        `query($id: ID!) { clusterById(id: $id) { ${CLUSTER} } }`,
        { id: c.id },
      );
      checkCluster(p, `clusterById(${c.id})`, again.data?.clusterById);
    }
  }
  if (salt % 2 === 0)
    for (const id of sample(hiddenIds(p), 1, salt))
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) => `query($${v}: ID!) { clusterOf(entityId: $${v}) { id size } }`,
        id,
        {},
        'entityId',
      );
}

interface StepJson {
  from: { id: string };
  to: { id: string };
  sources: { id: string }[];
}

export async function checkExplainLink(p: Probe, u: Universe, salt: number): Promise<void> {
  const F = 'explainLink';
  const ids = visibleIds(p).filter((id) => !id.startsWith('source:'));
  const pairs: [string, string][] = [];
  const picked = sample(ids, 6, salt);
  for (let i = 0; i + 1 < picked.length; i += 2) pairs.push([picked[i]!, picked[i + 1]!]);
  for (const [a, b] of pairs) {
    const r = await p.gql<{ explainLink: { found: boolean; steps: StepJson[] } }>(
      F,
      `explainLink(${a}, ${b})`,
      `query($a: ID!, $b: ID!) { explainLink(a: $a, b: $b) { found sameCluster clusterId message
        steps { from { ...E } to { ...E } type tlp confidence firstSeen lastSeen sources { id name } } } }
      ${ENTITY_FIELDS}`,
      { a, b },
    );
    if (!reads(p)) return;
    const x = r.data?.explainLink;
    if (!x) {
      p.fail(F, 'visible pair refused', `${a}, ${b}: ${r.errors?.[0]?.message}`);
      continue;
    }
    if (x.found && distance(p.view, a, b, 100_000) === undefined)
      p.fail(F, 'explains a link only hidden things make', `${a} — ${b}`);
    for (const s of x.steps) {
      const near = p.view.adjacency.get(s.from.id);
      if (!near?.has(s.to.id))
        p.fail(F, 'step over a link the caller cannot see', `${s.from.id} → ${s.to.id}`);
      for (const src of s.sources)
        if (!p.view.sources.has(src.id)) p.fail(F, 'hidden source on a step', src.id);
    }
  }
  if (salt % 2 === 1)
    for (const id of sample(hiddenIds(p), 1, salt)) {
      const other = ids[0] ?? neverId(u, id);
      await expectNotFoundLikeNever(
        p,
        F,
        u,
        (v) => `query($${v}: ID!, $b: ID!) { explainLink(a: $${v}, b: $b) { found } }`,
        id,
        { b: other },
        'a',
      );
    }
}

interface FigureJson {
  key: string;
  value: number;
  entityIds: string[];
  sources: { id: string }[];
}

export async function checkEstimates(p: Probe, salt: number): Promise<void> {
  const F = 'estimates';
  const filters = [{}, { country: ['MM', 'KH', 'LA', 'PH', 'TH'][salt % 5] }];
  for (const filter of filters) {
    const r = await p.gql<{
      estimates: {
        figures: FigureJson[];
        compounds: { id: string }[];
        compoundsByCountry: { entityIds: string[] }[];
        sources: { id: string }[];
      };
    }>(
      F,
      `estimates(${JSON.stringify(filter)})`,
      `query($f: EstimateFilter) { estimates(filter: $f) { tlp
        figures { key label value low high counted excluded { reason count } entityIds sources { id name reliability } }
        compoundsByCountry { country total entityIds }
        compounds { id name country lat lon history { status since sourceId } }
        victimsByMonth { points { period value entityIds } } lossesByMonth { points { period value } }
        inflowsByMonth { points { period value } } inflowsByCluster { clusterId clusterName month usd }
        sources { id name } } }`,
      { f: filter },
    );
    if (!reads(p)) return;
    const e = r.data?.estimates;
    if (!e) {
      p.fail(F, 'estimates refused', JSON.stringify(r.errors?.[0] ?? null));
      continue;
    }
    const ids = [
      ...e.figures.flatMap((f) => f.entityIds),
      ...e.compounds.map((c) => c.id),
      ...e.compoundsByCountry.flatMap((c) => c.entityIds),
    ];
    for (const id of new Set(ids))
      if (!p.view.nodes.has(id)) p.fail(F, 'figure points to a hidden entity', id);
    for (const s of [...e.sources, ...e.figures.flatMap((f) => f.sources)])
      if (!p.view.sources.has(s.id)) p.fail(F, 'hidden source behind a figure', s.id);
    const compounds = [...p.view.nodes.keys()].filter((id) => id.startsWith('compound:')).length;
    const total = e.figures.find((f) => f.key === 'compounds.total');
    if (Object.keys(filter).length === 0 && total && total.value > compounds)
      p.fail(F, 'counts more compounds than the caller sees', `${total.value} > ${compounds}`);
  }
}

/** Briefings are for analysts and administrators; the Markdown of everything visible is scanned. */
export async function checkBriefings(p: Probe): Promise<void> {
  const F = 'briefings';
  const r = await p.get(F, '/api/briefing?all=1&format=md');
  if (!reads(p)) return;
  const mayBrief =
    !p.caller.anonymous && (p.caller.role === 'admin' || p.caller.role === 'analyst');
  if (mayBrief && r.status !== 200)
    p.fail(F, 'briefing refused', `HTTP ${r.status}: ${r.text.slice(0, 200)}`);
  if (!mayBrief && r.status === 200) p.fail(F, 'briefing for a role that may not brief', '200');
}
