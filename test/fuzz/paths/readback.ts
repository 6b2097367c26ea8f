// Read-back: after the fuzzed ingests, every entity in the graph (whatever odd values and properties it now
// holds) is read through GraphQL `entity`, and the newest ones through `neighborhood` and `cluster`.
import { it } from 'vitest';
import { NODE_LABELS } from '../../../server/model.js';
import { fuzzSchema, selectionOf } from '../graphql-args.js';
import { FUZZ, curl, type FuzzServer } from '../harness.js';
import { expectNoFailures, TEST_MS } from './expect.js';
import { graphqlEffect } from './graphql.js';

/** Aliases per request: under GraphQL Armor's alias limit. */
const BATCH = 10;

function fieldType(name: string) {
  return fuzzSchema().getQueryType()!.getFields()[name]!.type;
}

export function readbackPaths(get: () => FuzzServer): void {
  it(
    'graph/read-back: every entity the fuzzed ingests left reads back through the API',
    async () => {
      const fuzz = get();
      const name = 'graph/read-back';
      const rows = await fuzz.executor.read({
        cypher:
          'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.id IS NOT NULL RETURN n.id AS id ORDER BY id',
        params: { labels: [...NODE_LABELS] },
      });
      const all = rows.map((r) => String(r.id));

      // A long run reads them all; a short one every k-th, at most 600 (the newest are read below as well).
      const stride = FUZZ.long ? 1 : Math.max(1, Math.ceil(all.length / 600));
      const ids = all.filter((_, i) => i % stride === 0);
      const entity = selectionOf(fieldType('entity'));
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
      for (const [i, batch] of batches.entries()) {
        const decl = batch.map((_, k) => `$i${k}: ID!`).join(', ');
        const fields = batch.map((_, k) => `e${k}: entity(id: $i${k}) ${entity}`).join(' ');
        const variables = Object.fromEntries(batch.map((id, k) => [`i${k}`, id]));
        const body = JSON.stringify({ query: `query(${decl}) { ${fields} }`, variables });
        await fuzz.runCase(
          name,
          i,
          () => curl(fuzz, name, 'POST', '/graphql', { 'content-type': 'application/json' }, body),
          async () => {
            const answer = await fuzz.http('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            const json = answer.json as {
              data?: Record<string, { id?: string } | null>;
              errors?: unknown[];
            };
            const missing = batch.filter((id, k) => json?.data?.[`e${k}`]?.id !== id);
            const problem =
              answer.status === 200 && missing.length
                ? `entities in the graph that entity(id) does not return: ${missing
                    .slice(0, 3)
                    .map((m) => JSON.stringify(m.slice(0, 80)))
                    .join(', ')} (${JSON.stringify(json?.errors?.[0] ?? null).slice(0, 200)})`
                : undefined;
            return { answer, effect: graphqlEffect(answer, false), problem };
          },
        );
      }
      // Entities the fuzzed ingests made (not demo data) through the traversals.
      const made = (
        await fuzz.executor.read({
          cypher:
            'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.id IS NOT NULL AND NOT coalesce(n.synthetic, false) RETURN n.id AS id ORDER BY id',
          params: { labels: [...NODE_LABELS] },
        })
      ).map((r) => String(r.id));
      const want = FUZZ.runs(20, 300);
      const newest = made.filter((_, i) => i % Math.max(1, Math.ceil(made.length / want)) === 0);
      const traversals = [
        `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) ${selectionOf(fieldType('neighborhood'))} }`,
        `query($id: ID!) { cluster(id: $id, limit: 500) ${selectionOf(fieldType('cluster'))} }`,
      ];
      for (const [i, id] of newest.entries()) {
        const body = JSON.stringify({ query: traversals[i % 2], variables: { id } });
        await fuzz.runCase(
          name,
          batches.length + i,
          () => curl(fuzz, name, 'POST', '/graphql', { 'content-type': 'application/json' }, body),
          async () => {
            const answer = await fuzz.http('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            const errors = (answer.json as { errors?: { message?: string }[] })?.errors;
            return {
              answer,
              effect: graphqlEffect(answer, false),
              problem: errors?.length
                ? `traversal of a stored entity failed: ${errors[0]?.message}`
                : undefined,
            };
          },
        );
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
