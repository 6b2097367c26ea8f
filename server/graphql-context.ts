// What every resolver receives: the request context and the services bound to the database.
import type { RequestContext } from './context.js';
import type { Services } from './services.js';

export interface GraphQLContext {
  ctx: RequestContext;
  services: Services;
  /** Per-request batch loader of Source nodes by id. */
  loadSource: (
    id: string,
  ) => Promise<{ id: string; name: string; reliability: string | null; url: string | null } | null>;
}
