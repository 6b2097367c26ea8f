// Compounds: the list behind the map and the figures, as the caller sees them (SPEC §6): only visible
// compounds, each folded from its visible assertions, filtered on what the caller is shown.
import { cypher } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError } from '../../errors.js';
import type { RequestContext } from '../../context.js';
import { visibilityParams } from '../access/visibility.js';
import { requireInt } from '../common/limits.js';
import { entityOf } from '../entities/entity-view.js';
import type { EntityModel } from '../entities/entities-types.js';

const STATUSES = ['active', 'raided', 'relocated', 'closed'];

export async function compounds(
  executor: Executor,
  ctx: RequestContext,
  country: string | null | undefined,
  status: string | null | undefined,
  first: number,
): Promise<EntityModel[]> {
  requireInt('first', first, { min: 1, max: 5000 });
  if (country != null && !/^[A-Za-z]{2}$/.test(country)) {
    throw new BadInputError('country must be a two-letter ISO 3166 code such as MM or KH.', {
      field: 'country',
      reason: 'INVALID_COUNTRY',
    });
  }
  if (status != null && !STATUSES.includes(status)) {
    throw new BadInputError(`status must be one of ${STATUSES.join(', ')}.`, {
      field: 'status',
      reason: 'INVALID_STATUS',
    });
  }
  const rows = await executor.read({
    cypher: cypher('compounds/list'),
    params: {
      country: country?.toUpperCase() ?? null,
      status: status ?? null,
      limit: first,
      ...visibilityParams(ctx),
    },
  });
  return rows.map((r) => entityOf(r, ctx));
}
