// Who can act on an indicator: registrar and hosting for domains, store for apps, telco for phones,
// chain and token issuer for wallets, platform for accounts. Each party gets its own file in the pack.
import type { ExportNode } from '../../modules/exports/exports-types.js';

export interface Party {
  /** Path inside the zip, e.g. `registrar/example-names-ltd.csv`. */
  file: string;
  /** What the party is, for the cover sheet. */
  role: string;
  name: string;
  /** Party-specific facts for the row (registrar, resolved IPs, carrier…). */
  details: string;
}

/** Token issuers that can freeze their tokens (by asset). */
export const TOKEN_ISSUERS: Record<string, string> = { USDT: 'Tether', USDC: 'Circle' };

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'unknown'
  );
}

function prop(node: ExportNode, key: string): string | undefined {
  const v = node.props[key];
  return v === null || v === undefined || v === ''
    ? undefined
    : Array.isArray(v)
      ? v.join(', ')
      : String(v);
}

/** The parties that can act on one indicator (none for kinds no one can take down). */
export function partiesOf(node: ExportNode): Party[] {
  switch (node.label) {
    case 'Domain': {
      const registrar = prop(node, 'registrar') ?? 'unknown registrar';
      const hosting = prop(node, 'hosting');
      const ips = (node.resolvesTo ?? []).join(' ');
      return [
        {
          file: `registrar/${slug(registrar)}.csv`,
          role: 'registrar',
          name: registrar,
          details: `registrar: ${registrar}`,
        },
        hosting
          ? {
              file: `hosting/${slug(hosting)}.csv`,
              role: 'hosting provider',
              name: hosting,
              details: `resolves to: ${ips}`,
            }
          : {
              file: 'hosting/unknown-provider.csv',
              role: 'hosting provider',
              name: 'unknown (look up the resolved IPs)',
              details: `resolves to: ${ips}`,
            },
      ];
    }
    case 'App': {
      const store =
        prop(node, 'store') ?? (node.value.startsWith('ios:') ? 'app_store' : 'unknown store');
      return [
        {
          file: `app-store/${slug(store)}.csv`,
          role: 'app store',
          name: store,
          details: `platform: ${prop(node, 'platform') ?? ''}`,
        },
      ];
    }
    case 'Phone': {
      const country = prop(node, 'country') ?? 'unknown country';
      const carrier = prop(node, 'carrier');
      const name = carrier ? `${country} ${carrier}` : country;
      return [
        {
          file: `telco/${slug(name)}.csv`,
          role: carrier ? 'carrier' : 'telecom regulator or carriers of the country',
          name,
          details: `line type: ${prop(node, 'lineType') ?? 'unknown'}; valid range: ${prop(node, 'valid') ?? 'unknown'}`,
        },
      ];
    }
    case 'Wallet': {
      const chain = prop(node, 'chain') ?? node.value.slice(0, node.value.indexOf(':'));
      const asset = prop(node, 'asset')?.toUpperCase();
      const issuer = asset ? TOKEN_ISSUERS[asset] : undefined;
      const name = issuer ? `${chain} ${issuer}` : chain;
      return [
        {
          file: `wallets/${slug(name)}.csv`,
          role: issuer
            ? 'token issuer (can freeze) and exchanges'
            : 'exchanges and analytics on the chain',
          name,
          details: `chain: ${chain}; asset: ${asset ?? ''}`,
        },
      ];
    }
    case 'Account': {
      const platform = prop(node, 'platform') ?? node.value.slice(0, node.value.indexOf(':'));
      return [
        {
          file: `platform/${slug(platform)}.csv`,
          role: 'messaging or social platform',
          name: platform,
          details: `handle: ${prop(node, 'handle') ?? ''}`,
        },
      ];
    }
    default:
      return [];
  }
}
