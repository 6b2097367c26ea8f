// Each organisation's analyst saves three indicator sets over the world: explicit ids (some hidden from it),
// the cluster around a value it can see, and a country filter.
import { graphql } from '../harness.js';
import { viewOf, type Caller, type Universe } from './oracle.js';
import type { SavedSet } from './export-checks.js';
import { COUNTRIES, ORGS } from './world.js';

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
