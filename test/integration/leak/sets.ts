// Indicator sets: each organisation's analyst saves three over the world (explicit ids, some hidden from it;
// the cluster around a value it can see; a country filter); each caller lists and exports its organisation's,
// and another organisation's answers as a missing one.
import { graphql } from '../harness.js';
import { sample } from './entity-checks.js';
import { EXPORT, checkCsv, indicators, refused, type ExportJson } from './export-checks.js';
import type { Caller, Universe } from './oracle.js';
import { setDiff, shapeOf, type Probe } from './probe.js';
import { countrySelection, viewOf, walk } from './view.js';
import { COUNTRIES, ORGS, type OrgKey } from './world.js';

/** An indicator set one organisation's analyst saved for this world. */
export interface SavedSet {
  id: string;
  name: string;
  org: OrgKey;
  mode: 'ids' | 'cluster' | 'filter';
  ids?: string[];
  clusterOf?: string;
  country?: string;
}

const S = 'indicator sets';

const CREATE = `mutation($input: IndicatorSetInput!) { createIndicatorSet(input: $input) { id name } }`;

/** The sets saved, and why others could not be (reported under the indicator sets family). */
export async function createSets(
  url: string,
  u: Universe,
  callers: Caller[],
): Promise<{ sets: SavedSet[]; problems: { caller: Caller; detail: string }[] }> {
  const sets: SavedSet[] = [];
  const problems: { caller: Caller; detail: string }[] = [];
  const all = [...u.nodes.keys()].sort();
  for (const [k, org] of ORGS.entries()) {
    const analyst = callers.find(
      (c) => c.org === org && c.role === 'analyst' && c.clearance === 'RED',
    );
    if (!analyst?.token) throw new Error(`no analyst for ${org}`);
    const view = viewOf(u, analyst);
    const root = [...view.nodes.keys()].sort()[k % Math.max(1, view.nodes.size)];
    const wanted: Omit<SavedSet, 'id'>[] = [
      {
        name: `Set ${u.spec.tag} ${org} ids`,
        org,
        mode: 'ids',
        ids: all.filter((_, i) => i % 2 === k % 2).slice(0, 8),
      },
      {
        name: `Set ${u.spec.tag} ${org} filter`,
        org,
        mode: 'filter',
        country: COUNTRIES[k % COUNTRIES.length],
      },
      ...(root
        ? [
            {
              name: `Set ${u.spec.tag} ${org} cluster`,
              org,
              mode: 'cluster' as const,
              clusterOf: root,
            },
          ]
        : []),
    ];
    for (const set of wanted) {
      const input = {
        name: set.name,
        ...(set.ids ? { ids: set.ids } : {}),
        ...(set.clusterOf ? { clusterOf: set.clusterOf } : {}),
        ...(set.country ? { filter: { country: set.country } } : {}),
      };
      const r = await graphql<{ createIndicatorSet: { id: string } }>(
        url,
        CREATE,
        { input },
        { token: analyst.token },
      );
      if (r.data?.createIndicatorSet) sets.push({ ...set, id: r.data.createIndicatorSet.id });
      else
        problems.push({
          caller: analyst,
          detail: `createIndicatorSet(${set.mode}): ${JSON.stringify(r.errors)}`,
        });
    }
  }
  return { sets, problems };
}

/** The needles of other organisations' sets (their names and ids) for a caller that may not list them. */
export function foreignSetNeedles(
  p: { org: OrgKey | null; role: string | null },
  sets: SavedSet[],
) {
  if (p.role === 'admin') return [];
  return sets
    .filter((s) => s.org !== p.org)
    .flatMap((s) => [
      { text: s.name, ci: true, kind: "another organisation's indicator set" },
      { text: s.id, ci: true, kind: "another organisation's indicator set" },
    ]);
}

/** What a set exports for this caller (indicator ids), or 'not-found' for a cluster root it cannot see. */
function setSelection(p: Probe, set: SavedSet): Set<string> | 'not-found' {
  const v = p.view;
  if (set.mode === 'ids')
    return indicators(
      p,
      (set.ids ?? []).filter((id) => v.nodes.has(id)),
    );
  if (set.mode === 'filter') return indicators(p, countrySelection(v, set.country!));
  if (!v.nodes.has(set.clusterOf!)) return 'not-found';
  return indicators(p, walk(v, set.clusterOf!, 4, false));
}

export async function checkSets(
  p: Probe,
  u: Universe,
  sets: SavedSet[],
  salt: number,
): Promise<void> {
  const c = p.caller;
  const list = await p.gql<{ indicatorSets: { id: string; organisation: string }[] }>(
    S,
    'indicatorSets',
    '{ indicatorSets { id name mode ids clusterOf organisation createdBy createdAt taxiiCollectionPath filter { kinds country source maxTlp } } }',
  );
  if (c.anonymous) return;
  const own = sets.filter((s) => s.org === c.org);
  if (list.data && c.role !== 'admin') {
    const diff = setDiff(
      list.data.indicatorSets.map((s) => s.id),
      own.map((s) => s.id),
    );
    if (diff) p.fail(S, "indicatorSets differs from the organisation's sets", diff);
  }
  for (const set of sample(own, 2, salt)) {
    const where = `exportIndicators(CSV, set ${set.mode} of ${set.org})`;
    const want = setSelection(p, set);
    const r = await p.gql<{ exportIndicators: ExportJson }>(S, where, EXPORT, {
      format: 'CSV',
      setId: set.id,
    });
    if (r.data?.exportIndicators)
      p.scan(S, `${where} content`, r.data.exportIndicators.content, [set.id]);
    const code = r.errors?.[0]?.extensions?.code;
    if (want === 'not-found') {
      if (r.data?.exportIndicators && r.data.exportIndicators.count > 0)
        p.fail(
          S,
          'a cluster set exports around a root the caller cannot see',
          `${where}: ${r.data.exportIndicators.count} rows`,
        );
      continue;
    }
    if (!r.data?.exportIndicators) {
      if (!(refused(code) && c.role === 'viewer'))
        p.fail(S, 'set export failed', `${where}: ${code} ${r.errors?.[0]?.message}`);
      continue;
    }
    checkCsv(p, S, where, r.data.exportIndicators.content, want);
    await p.gql(
      S,
      `indicatorSet(${set.mode} of ${set.org})`,
      'query($id: ID!) { indicatorSet(id: $id) { id name ids clusterOf } }',
      { id: set.id },
    );
  }
  if (c.role === 'admin' || salt % 2 === 1) return;
  // Another organisation's set answers exactly as a set that does not exist.
  for (const set of sample(
    sets.filter((s) => s.org !== c.org),
    1,
    salt,
  )) {
    const never = '00000000-0000-4000-8000-000000000000';
    const ask = (id: string) =>
      p.gql(S, `exportIndicators(set of ${set.org})`, EXPORT, { format: 'CSV', setId: id });
    const [a, b] = [await ask(set.id), await ask(never)];
    const shape = (r: typeof a, id: string) =>
      JSON.stringify({
        code: r.errors?.[0]?.extensions?.code,
        message: shapeOf(r.errors?.[0]?.message, id),
        data: r.data ?? null,
      });
    if (shape(a, set.id) !== shape(b, never))
      p.fail(
        S,
        "another organisation's set answers unlike a missing one",
        `${shape(a, set.id)} vs ${shape(b, never)}`,
      );
  }
  void u;
}
