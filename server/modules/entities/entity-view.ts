// An entity as one caller sees it (SPEC §6): a read row folded into the model, and the one NOT_FOUND that a
// hidden id and an id that never existed both answer.
import type { Node } from 'neo4j-driver';
import type { RequestContext } from '../../context.js';
import { NotFoundError } from '../../errors.js';
import type { AssertionRow } from '../access/aggregate.js';
import { toEntity } from './entities-map.js';
import type { EntityModel } from './entities-types.js';
import { SPELLED_LABELS, spelling } from './spelling.js';

/** Who else a source is shared with: only its own organisation is told. */
const SHARING_KEYS = ['sharedWith', 'recipients'] as const;

/**
 * A row of a read statement (`n`, `asserted`: its visible assertions, `degree`) as the caller sees it. A
 * compound's or organisation's name is spelled as a visible assertion spells it. A Source's sharing lists
 * (organisations, accounts) are shown to its own organisation only: to any other caller they would name
 * who else holds its AMBER or RED data.
 */
export function entityOf(row: Record<string, unknown>, ctx: RequestContext): EntityModel {
  const asserted = Array.isArray(row.asserted) ? (row.asserted as AssertionRow[]) : [];
  return withoutForeignSharing(
    spelledAsSeen(toEntity(row.n as Node, row.degree, asserted), asserted),
    ctx,
  );
}

/**
 * A Compound's or Organization's `name` from the visible assertions (spelling.ts), never from the node,
 * which may keep one writer's spelling (stores written before assertions carried it). The display form
 * is the latest visible assertion's (aggregate.ts) when one carries it; else the visible spelling's, else
 * the key.
 */
export function spelledAsSeen(entity: EntityModel, asserted: readonly AssertionRow[]): EntityModel {
  if (!SPELLED_LABELS.has(entity.label)) return entity;
  const seen = spelling(entity.label, entity.value, String(entity.props.country ?? ''), asserted);
  const props = { ...entity.props };
  if (seen) props.name = seen.name;
  else delete props.name;
  const ownDisplay = asserted.some((a) => typeof a.display === 'string');
  return {
    ...entity,
    display: ownDisplay ? entity.display : (seen?.display ?? entity.value),
    props,
  };
}

/** Drops a Source's sharing lists unless the caller belongs to the organisation that owns it. */
export function withoutForeignSharing(entity: EntityModel, ctx: RequestContext): EntityModel {
  if (entity.label !== 'Source' || entity.props.org === ctx.organisation) return entity;
  if (!SHARING_KEYS.some((k) => k in entity.props)) return entity;
  const props = { ...entity.props };
  for (const k of SHARING_KEYS) delete props[k];
  return { ...entity, props };
}

/** NOT_FOUND for an id that does not exist for the caller: the same words whether hidden or absent. */
export function noSuchEntity(id: string, field = 'id'): NotFoundError {
  return new NotFoundError(`No entity with id "${id.slice(0, 200)}".`, { field });
}
