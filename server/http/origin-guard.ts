// Host and Origin checks: unknown Host names are refused (DNS rebinding), and so are state-changing requests
// sent by pages of other origins (CSRF). Callers that send no Origin (curl, the CLI, partner scripts) pass.
import { isIP } from 'node:net';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';
import { refuse } from './refusal.js';

export type OriginGuardConfig = Pick<Config, 'host' | 'allowedHosts' | 'allowedOrigins'>;

export interface OriginPolicy {
  /** `*` in SCAMGRAPH_ALLOWED_HOSTS: any Host (a proxy in front checks it). */
  anyHost: boolean;
  /** Names allowed on any port (the configured HOST when it is a name, SCAMGRAPH_ALLOWED_HOSTS). */
  names: ReadonlySet<string>;
  /** `name:port` entries of SCAMGRAPH_ALLOWED_HOSTS. */
  namePorts: ReadonlySet<string>;
  /** SCAMGRAPH_ALLOWED_ORIGINS, canonical (`https://name[:port]`). */
  origins: ReadonlySet<string>;
}

/** Methods that change nothing; every other method is checked for its Origin. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `name[:port]` or `[v6][:port]`; anything else (user info, paths, spaces) is not a Host. */
const HOST_HEADER = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9_-]+(?:\.[a-z0-9_-]+)*)\.?)(?::(\d{1,5}))?$/;

export interface HostParts {
  /** Lower-case name or IP address (IPv6 without brackets). */
  name: string;
  port?: string;
}

export function parseHost(header: string): HostParts | undefined {
  const m = HOST_HEADER.exec(header.trim().toLowerCase());
  if (!m) return undefined;
  const v6 = m[1];
  if (v6 !== undefined && isIP(v6) !== 6) return undefined;
  return { name: v6 ?? m[2]!, port: m[3] };
}

/** localhost, its subdomains (RFC 6761) and loopback addresses. */
export function isLoopback(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    (isIP(name) === 4 && name.startsWith('127.'))
  );
}

export function originPolicy(config: OriginGuardConfig): OriginPolicy {
  const names = new Set<string>();
  const namePorts = new Set<string>();
  const host = config.host.toLowerCase();
  if (isIP(host) === 0 && parseHost(host)) names.add(host.replace(/\.$/, ''));
  for (const entry of config.allowedHosts) {
    if (entry === '*') continue;
    const parts = parseHost(entry);
    if (!parts) throw new Error(`SCAMGRAPH_ALLOWED_HOSTS: "${entry}" is not a host name`);
    if (parts.port) namePorts.add(`${parts.name}:${parts.port}`);
    else names.add(parts.name);
  }
  return {
    anyHost: config.allowedHosts.includes('*'),
    names,
    namePorts,
    origins: new Set(config.allowedOrigins),
  };
}

function listed(policy: OriginPolicy, { name, port }: HostParts): boolean {
  return policy.names.has(name) || (port !== undefined && policy.namePorts.has(`${name}:${port}`));
}

/**
 * The server answers to loopback names, IP literals (a rebinding page's Host is the attacker's name, never
 * an address) and the configured names. A missing Host (HTTP/1.0) cannot come from a browser.
 */
export function hostAllowed(policy: OriginPolicy, header: string | undefined): boolean {
  if (policy.anyHost || header === undefined) return true;
  const parts = parseHost(header);
  if (!parts) return false;
  return isLoopback(parts.name) || isIP(parts.name) !== 0 || listed(policy, parts);
}

/**
 * An Origin may change state when it is listed, loopback (any port), a configured name, or the very
 * authority the request was sent to (same origin; the Host itself was checked first).
 */
export function originAllowed(
  policy: OriginPolicy,
  origin: string,
  hostHeader: string | undefined,
): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, file: pages)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (policy.origins.has(url.origin)) return true;
  const parts = parseHost(url.host);
  if (!parts) return false;
  if (isLoopback(parts.name) || listed(policy, parts)) return true;
  // Same origin: url.host drops the scheme's default port, so drop it from the Host header too.
  const host = hostHeader
    ?.trim()
    .toLowerCase()
    .replace(/:(80|443)$/, '');
  return host !== undefined && host === url.host;
}

/** Every request: refused with 403 HOST_NOT_ALLOWED when its Host is not one the server answers to. */
export function hostGuard(policy: OriginPolicy): RequestHandler {
  return (req, res, next) => {
    if (hostAllowed(policy, req.headers.host)) return next();
    refuse(req, res, {
      status: 403,
      code: 'FORBIDDEN',
      reason: 'HOST_NOT_ALLOWED',
      message:
        'This server does not answer to that host name. Its operator can allow it with SCAMGRAPH_ALLOWED_HOSTS.',
    });
  };
}

/** State-changing requests (POST /graphql, /api/*…): refused with 403 ORIGIN_NOT_ALLOWED from foreign pages. */
export function originGuard(policy: OriginPolicy): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
    if (origin === undefined || originAllowed(policy, origin, req.headers.host)) return next();
    refuse(req, res, {
      status: 403,
      code: 'FORBIDDEN',
      reason: 'ORIGIN_NOT_ALLOWED',
      message:
        'Requests that change data are not accepted from pages of another site. Its operator can allow an origin with SCAMGRAPH_ALLOWED_ORIGINS.',
    });
  };
}

/** The origin of a Referer (sent by browsers when no Origin is); `null` when it cannot be read. */
function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined || referer === '') return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
