// Where webhooks may post: public addresses only, so that an analyst's webhook cannot reach the server's own
// network (Neo4j, cloud metadata at 169.254.169.254, internal services). The address is checked when the
// connection is made, after DNS (a name that resolves to a private address is refused, whatever it said
// when the URL was set). SCAMGRAPH_WEBHOOK_PRIVATE=allow lets them reach private addresses too (receivers on
// the same network; the tests' local receivers).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { BadInputError } from '../../errors.js';
import { Agent, fetch as undiciFetch } from 'undici';

/** Why an address is not public (its ipaddr.js range), or null when it is a public unicast address. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const ip = ipaddr.process(address); // an IPv4-mapped IPv6 address is checked as the IPv4 one
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

/** The error a refused address gives (its code appears in the delivery log). */
export class PrivateAddressError extends Error {
  readonly code = 'PRIVATE_ADDRESS';
  constructor(address: string, range: string) {
    super(
      `${address} is a ${range} address; webhooks post to public addresses only (SCAMGRAPH_WEBHOOK_PRIVATE=allow permits others).`,
    );
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails when any address the name resolves to is not public. */
function publicLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const a of addresses) {
      const range = nonPublicRange(a.address);
      if (range) return callback(new PrivateAddressError(a.address, range), []);
    }
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

let agent: Agent | undefined;

/** The refusal for an address written in the URL (it is not looked up), or null. */
export function literalAddressRefusal(url: string): PrivateAddressError | null {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  const range = ipaddr.isValid(host) ? nonPublicRange(host) : null;
  return range ? new PrivateAddressError(host, range) : null;
}

/** fetch that connects to public addresses only. */
export const publicFetch: typeof fetch = (async (input: string | URL, init?: RequestInit) => {
  const refused = literalAddressRefusal(String(input));
  if (refused) throw new TypeError('fetch failed', { cause: refused });
  agent ??= new Agent({ connect: { lookup: publicLookup } });
  return undiciFetch(String(input), { ...(init as object), dispatcher: agent });
}) as unknown as typeof fetch;

const privateAllowed = (env: NodeJS.ProcessEnv) => env.SCAMGRAPH_WEBHOOK_PRIVATE === 'allow';

/** The fetch webhooks use: public addresses only unless SCAMGRAPH_WEBHOOK_PRIVATE=allow. */
export function webhookFetch(env: NodeJS.ProcessEnv = process.env): typeof fetch {
  return privateAllowed(env) ? fetch : publicFetch;
}

/** setWebhook's early check: a URL naming a non-public address is refused at once (names: when posting). */
export function checkWebhookTarget(url: string, env: NodeJS.ProcessEnv = process.env): void {
  const refused = privateAllowed(env) ? null : literalAddressRefusal(url);
  if (refused)
    throw new BadInputError(refused.message, { field: 'url', reason: 'PRIVATE_ADDRESS' });
}
