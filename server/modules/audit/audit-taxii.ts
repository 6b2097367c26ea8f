// Audit notes of TAXII reads: every authenticated request is a `taxii:<endpoint>` event of the token's
// account, with the collection, the STIX ids served, how many, and the highest TLP marking among them.
import type { Request } from 'express';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/executor.js';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import { TLP_MARKING_IDS } from '../../formats/stix/stix-markings.js';
import { auditNote } from './audit-recorder.js';

const TLP_OF_MARKING = new Map<string, Tlp>(
  Object.entries(TLP_MARKING_IDS).map(([tlp, id]) => [id, tlp as Tlp]),
);

/** The endpoint a TAXII route serves, from its route path. */
function endpointOf(req: Request): string {
  const route = String((req.route as { path?: unknown } | undefined)?.path ?? '');
  if (route.endsWith('/objects/')) return 'objects';
  if (route.endsWith('/manifest/')) return 'manifest';
  if (route.endsWith(':id/')) return 'collection';
  if (route.endsWith('/collections/')) return 'collections';
  if (route === '/api/') return 'api-root';
  return 'discovery';
}

/** Notes the TAXII request of an authenticated token (its status decides the outcome). */
export function noteTaxiiRead(executor: Executor, req: Request, ctx: RequestContext): void {
  const collection = typeof req.params.id === 'string' ? req.params.id : undefined;
  auditNote(
    executor,
    {
      operation: `taxii:${endpointOf(req)}`,
      primary: true,
      ids: collection ? [collection] : [],
      count: 0,
      detail: collection ? `collection ${collection}` : undefined,
    },
    ctx,
  );
}

/** Notes what a TAXII answer served: collections, or a page of STIX objects (ids, count, highest TLP). */
export function noteTaxiiServed(
  executor: Executor,
  objects: readonly { id: string; object_marking_refs?: unknown }[],
): void {
  let maxTlp: Tlp | null = null;
  for (const o of objects)
    for (const ref of Array.isArray(o.object_marking_refs) ? o.object_marking_refs : []) {
      const tlp = TLP_OF_MARKING.get(String(ref));
      if (tlp && (maxTlp === null || TLP_LEVELS.indexOf(tlp) > TLP_LEVELS.indexOf(maxTlp)))
        maxTlp = tlp;
    }
  auditNote(executor, {
    primary: true,
    ids: objects.map((o) => o.id),
    count: objects.length,
    maxTlp: maxTlp && TLP_LEVELS.indexOf(maxTlp) >= TLP_LEVELS.indexOf('AMBER') ? maxTlp : null,
  });
}
