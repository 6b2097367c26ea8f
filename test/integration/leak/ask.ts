// How the leak test asks GraphQL about ids: aliased batches of visible ids, and hidden ids compared with
// never-seen ones.
import { neverId } from './entity-checks.js';
import type { Universe } from './oracle.js';
import { chunks, shapeOf, type Probe } from './probe.js';

export const KIND_OF: Record<string, string> = {
  Domain: 'DOMAIN',
  Url: 'URL',
  Wallet: 'WALLET',
  Phone: 'PHONE',
  Compound: 'COMPOUND',
};

/** Signed-in callers and public anonymous ones read; the private anonymous caller only gets 401s. */
export const reads = (p: Probe) => !(p.caller.anonymous && p.caller.server === 'private');

/** Asks one query about an id that must not exist for the caller, and about a never-seen id; compares. */
export async function expectNotFoundLikeNever(
  p: Probe,
  family: string,
  u: Universe,
  query: (idVar: string) => string,
  id: string,
  extra: Record<string, unknown> = {},
  idName = 'id',
): Promise<void> {
  const twin = neverId(u, id);
  const ask = (x: string) =>
    p.gql(family, `${family}(${x})`, query(idName), { ...extra, [idName]: x });
  const [hidden, never] = [await ask(id), await ask(twin)];
  if (!reads(p)) return;
  const shape = (r: typeof hidden, x: string) =>
    JSON.stringify({
      status: r.status,
      data: r.data ?? null,
      code: r.errors?.[0]?.extensions?.code ?? null,
      message: shapeOf(r.errors?.[0]?.message, x),
      errors: r.errors?.length ?? 0,
    });
  const a = shape(hidden, id);
  const b = shape(never, twin);
  if (a !== b) p.fail(family, 'hidden id answers unlike a never-seen id', `${id}: ${a} vs ${b}`);
  if (hidden.errors?.[0]?.extensions?.code !== 'NOT_FOUND')
    p.fail(
      family,
      'hidden id is not NOT_FOUND',
      `${id}: ${hidden.errors?.[0]?.extensions?.code ?? 'data'}`,
    );
}

/**
 * Aliased queries about visible ids (`keys`: an id, or `id#n` when one id is asked twice); when one alias
 * fails the whole batch, each key is asked alone.
 */
export async function batched<T>(
  p: Probe,
  family: string,
  keys: string[],
  size: number,
  field: (i: number, key: string) => string,
  fragments: string,
  onAnswer: (key: string, value: T) => void,
): Promise<void> {
  const idOf = (key: string) => key.replace(/#\d+$/, '');
  for (const batch of chunks(keys, size)) {
    const vars = batch.map((_, i) => `$i${i}: ID!`).join(', ');
    const query = `query(${vars}) { ${batch.map((key, i) => `a${i}: ${field(i, key)}`).join('\n')} }\n${fragments}`;
    const variables = Object.fromEntries(batch.map((key, i) => [`i${i}`, idOf(key)]));
    const r = await p.gql<Record<string, T>>(family, `${family} batch`, query, variables);
    if (!reads(p)) return;
    if (r.data) {
      batch.forEach((key, i) => onAnswer(key, r.data![`a${i}`] as T));
      continue;
    }
    if (batch.length === 1) {
      p.fail(
        family,
        'visible id refused',
        `${batch[0]}: ${r.errors?.[0]?.extensions?.code} ${r.errors?.[0]?.message}`,
      );
      continue;
    }
    for (const key of batch) await batched(p, family, [key], 1, field, fragments, onAnswer);
  }
}

export const visibleIds = (p: Probe) => [...p.view.nodes.keys()].sort();
export const hiddenIds = (p: Probe) => p.view.hiddenNodes.map((n) => n.id).sort();
