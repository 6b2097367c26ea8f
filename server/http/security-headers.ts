// Security headers on every response (helmet): a CSP the web client and the GraphQL IDE pass with only our
// own origin as a source, no framing, no MIME sniffing, no Referer sent to other sites.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** CSP hash sources (`'sha256-…'`) of the inline `<style>` blocks of the built pages in `dir`. */
export function inlineStyleHashes(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const hashes = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
      hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * The Content-Security-Policy directives. Scripts, styles, fonts and API calls come from this origin only;
 * the force-directed layout runs in a blob: worker; GraphiQL's stylesheet inlines its fonts and icons as
 * data: URLs; the IDE page's one inline `<style>` is allowed by its hash; style attributes set by React
 * (colours of kinds and TLPs) go through the CSSOM, which CSP does not restrict.
 */
export function cspDirectives(styleHashes: readonly string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", ...styleHashes],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}

/**
 * helmet with our CSP; `frame-ancestors 'none'` and `X-Frame-Options: DENY`; `Referrer-Policy: no-referrer`
 * (an investigator following a link out must not tell the scam site which instance they use).
 * HSTS is left to the TLS-terminating proxy: this server speaks plain HTTP.
 */
export function securityHeaders(webDist: string): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: cspDirectives(inlineStyleHashes(webDist)),
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  }) as RequestHandler;
}
