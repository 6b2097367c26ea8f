// explainLink: the evidence path between two entities over the caller's visible infrastructure links, each
// step with its sources, TLP and dates, and whether both are in one cluster.
import { cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { INFRA_REL_TYPES, TLP_LEVELS, type RelType, type Tlp } from '../../model.js';
import { visibilityParams, shownTlp } from '../access/visibility.js';
import { getEntity, labelFor, sourcesByIds } from '../entities/entities-service.js';
import type { LinkExplanationModel, LinkStepModel } from './clusters-types.js';

import { refreshed } from './cluster-views.js';

const PATH_DEPTH = 8;
const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);

/** The evidence path between two entities over visible infrastructure links, each step with its sources. */
export async function explainLink(
  executor: Executor,
  ctx: RequestContext,
  a: string,
  b: string,
): Promise<LinkExplanationModel> {
  const fromLabel = labelFor(a, 'a');
  const toLabel = labelFor(b, 'b');
  const ends = await Promise.allSettled([getEntity(executor, ctx, a), getEntity(executor, ctx, b)]);
  for (const end of ends) if (end.status === 'rejected') throw end.reason;
  const { state } = await refreshed(executor, ctx);
  const ca = state.memberOf.get(a);
  const same = ca !== undefined && ca === state.memberOf.get(b);
  if (a === b)
    return {
      found: true,
      sameCluster: same,
      clusterId: same ? ca! : null,
      steps: [],
      message: 'The same entity.',
    };
  const rows = await executor.read(
    {
      cypher: cypherWith('clusters/path', {
        fromLabel,
        toLabel,
        types: INFRA_REL_TYPES.join('|'),
        maxDepth: PATH_DEPTH,
      }),
      params: { from: a, to: b, ...visibilityParams(ctx) },
    },
    20_000,
  );
  if (rows.length === 0)
    return {
      found: false,
      sameCluster: same,
      clusterId: same ? ca! : null,
      steps: [],
      message: `No path of at most ${PATH_DEPTH} infrastructure links you may see joins them.`,
    };
  const ids = [...new Set(rows.flatMap((r) => [r.from as string, r.to as string]))];
  const entities = new Map(
    (await Promise.all(ids.map((id) => getEntity(executor, ctx, id)))).map((e) => [e.id, e]),
  );
  type Rel = {
    type: RelType;
    tlp: Tlp;
    confidence: number;
    firstSeen: string | null;
    lastSeen: string | null;
    source: string | null;
  };
  const allSources = [
    ...new Set(
      rows.flatMap((r) => (r.rels as Rel[]).map((x) => x.source).filter((s): s is string => !!s)),
    ),
  ];
  const sources = new Map((await sourcesByIds(executor, ctx, allSources)).map((s) => [s.id, s]));
  const steps: LinkStepModel[] = rows.map((r) => {
    const rels = r.rels as Rel[];
    const firstSeen =
      rels
        .map((x) => x.firstSeen)
        .filter((x): x is string => !!x)
        .sort()[0] ?? null;
    const lastSeen =
      rels
        .map((x) => x.lastSeen)
        .filter((x): x is string => !!x)
        .sort()
        .at(-1) ?? null;
    return {
      from: entities.get(r.from as string)!,
      to: entities.get(r.to as string)!,
      type: rels[0]!.type,
      tlp: shownTlp(rels.map((x) => x.tlp)) ?? 'CLEAR',
      confidence: Math.max(0, ...rels.map((x) => Number(x.confidence ?? 0))),
      firstSeen,
      lastSeen,
      sources: [...new Set(rels.map((x) => x.source).filter((s): s is string => !!s))]
        .map((s) => sources.get(s))
        .filter((s) => s !== undefined),
    };
  });
  const highest = steps.reduce<Tlp>((t, s) => (rank(s.tlp) > rank(t) ? s.tlp : t), 'CLEAR');
  return {
    found: true,
    sameCluster: same,
    clusterId: same ? ca! : null,
    steps,
    message: `${steps.length} link${steps.length === 1 ? '' : 's'} join them${same ? ` in cluster ${ca}` : ''}; highest TLP on the path: ${highest}.`,
  };
}
