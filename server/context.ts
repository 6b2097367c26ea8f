// The request context every service call receives: who asks, for which organisation, with what clearance.
import type { Tlp } from './model.js';

export interface RequestContext {
  caller: string;
  organisation: string;
  /** Highest TLP the caller may see. */
  clearance: Tlp;
  roles: readonly string[];
  /** A caller who has not signed in (public mode only): sees CLEAR data, writes nothing. */
  anonymous?: boolean;
}

/** Until access control lands, every caller is an admin with RED clearance. */
export function adminContext(caller = 'local-admin'): RequestContext {
  return { caller, organisation: 'local', clearance: 'RED', roles: ['admin'] };
}
