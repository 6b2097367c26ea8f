// TAXII 2.1 for one caller: discovery, API root, collections, every page of the collection of everything
// visible (objects and manifest), its organisation's set collections, and another organisation's.
import { stixIdOfEntity } from '../../../server/formats/stix/stix-ids.js';
import { ALL_COLLECTION_ID } from '../../../server/modules/taxii/taxii-service.js';
import { sample } from './entity-checks.js';
import type { SavedSet } from './sets.js';
import type { Probe } from './probe.js';

const T = 'TAXII';

interface PageJson {
  more?: boolean;
  next?: string;
  objects?: { id: string }[];
}

/** Follows `next` through a collection's objects (or manifest); the ids of every object. */
async function pages(
  p: Probe,
  path: string,
  limit: number,
  missing = false,
): Promise<string[] | undefined> {
  const ids: string[] = [];
  let next: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const query = `?limit=${limit}${next ? `&next=${encodeURIComponent(next)}` : ''}`;
    const r = await p.taxii(T, `${path}${query}`);
    if (missing && r.status === 404) return undefined; // a cluster set around a root it cannot see
    if (r.status !== 200) {
      p.fail(T, 'page refused', `GET ${path}${query}: ${r.status} ${r.text.slice(0, 200)}`);
      return undefined;
    }
    const body = r.json as PageJson;
    ids.push(...(body.objects ?? []).map((o) => o.id));
    if (!body.more || !body.next) return ids;
    next = body.next;
  }
  p.fail(T, 'too many pages', path);
  return ids;
}

export async function checkTaxii(p: Probe, sets: SavedSet[], salt: number): Promise<void> {
  const c = p.caller;
  if (c.anonymous || salt % 4 === 0) {
    const root = await p.taxii(T, '/');
    if (c.anonymous) {
      if (root.status !== 401)
        p.fail(T, 'anonymous TAXII answered', `GET /taxii2/: ${root.status}`);
      return;
    }
    await p.taxii(T, '/api/');
  }
  const collections = await p.taxii(T, '/api/collections/');
  const listed = ((collections.json as { collections?: { id: string }[] })?.collections ?? []).map(
    (x) => x.id,
  );
  if (!listed.includes(ALL_COLLECTION_ID))
    p.fail(T, 'no collection of everything visible', listed.join(', '));

  const all = `/api/collections/${ALL_COLLECTION_ID}/objects/`;
  const ids = await pages(p, all, salt % 2 === 0 ? 25 : 100);
  if (ids) {
    const got = new Set(ids);
    for (const n of p.view.nodes.values()) {
      const sid = stixIdOfEntity(n.node.id);
      if (sid && !got.has(sid)) p.fail(T, 'TAXII misses a visible entity', `${n.node.id} (${sid})`);
    }
    if (got.size !== ids.length)
      p.fail(T, 'an object came twice', `${ids.length} objects, ${got.size} distinct`);
  }
  if (salt % 3 === 0) await pages(p, `/api/collections/${ALL_COLLECTION_ID}/manifest/`, 100);
  for (const set of sample(
    sets.filter((s) => s.org === c.org),
    1,
    salt,
  )) {
    const rootHidden = set.mode === 'cluster' && !p.view.nodes.has(set.clusterOf!);
    await pages(p, `/api/collections/${set.id}/objects/`, 100, rootHidden);
  }
  if (c.role === 'admin' || salt % 2 === 0) return;
  // Another organisation's collection answers as one that does not exist.
  for (const set of sample(
    sets.filter((s) => s.org !== c.org),
    1,
    salt,
  )) {
    const never = '00000000-0000-4000-8000-000000000000';
    const a = await p.taxii(T, `/api/collections/${set.id}/objects/`);
    const b = await p.taxii(T, `/api/collections/${never}/objects/`);
    const shape = (r: typeof a, id: string) => `${r.status} ${r.text.split(id).join('<id>')}`;
    if (shape(a, set.id) !== shape(b, never))
      p.fail(
        T,
        "another organisation's collection answers unlike a missing one",
        `${shape(a, set.id)} vs ${shape(b, never)}`,
      );
  }
}
