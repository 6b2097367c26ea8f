// What every resolver receives: the request context and the services bound to the database.
import type { RequestContext } from './context.js';
import type { Slots } from './http/concurrency.js';
import type { Services } from './services.js';

export interface GraphQLContext {
  ctx: RequestContext;
  services: Services;
  /** Per-request batch loader of Source nodes by id: only those the caller may see (null otherwise). */
  loadSource: (
    id: string,
  ) => Promise<{ id: string; name: string; reliability: string | null; url: string | null } | null>;
  /** The server's inline-export slots: exports beyond the cap are refused (429), each gets the long deadline. */
  exportSlots: Slots;
  /** `<scheme>://<host>` the request was sent to (invitation links point there). */
  baseUrl?: string;
}
