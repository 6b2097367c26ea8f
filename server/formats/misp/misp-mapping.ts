// Maps exported entities to MISP attributes and objects (SPEC §3): types, categories, TLP tags.
import { v5 as uuidv5 } from 'uuid';
import type { Tlp } from '../../model.js';
import type { ExportNode } from '../../modules/exports/exports-types.js';
import { SCAMGRAPH_NAMESPACE } from '../stix/stix-ids.js';

export const MISP_TLP_TAG: Record<Tlp, string> = {
  CLEAR: 'tlp:clear',
  GREEN: 'tlp:green',
  AMBER: 'tlp:amber',
  AMBER_STRICT: 'tlp:amber+strict',
  RED: 'tlp:red',
};

/** MISP distribution levels for an event of a given TLP: the wider the TLP, the wider MISP may share it. */
export const MISP_DISTRIBUTION: Record<Tlp, string> = {
  CLEAR: '3',
  GREEN: '2',
  AMBER: '1',
  AMBER_STRICT: '0',
  RED: '0',
};

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  timestamp: string;
  comment: string;
  first_seen?: string;
  last_seen?: string;
  object_relation?: string;
  Tag?: { name: string }[];
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  distribution: string;
  timestamp: string;
  comment: string;
  first_seen?: string;
  last_seen?: string;
  Attribute: MispAttribute[];
}

/** The object templates we fill (from the MISP objects repository). */
const TEMPLATES = {
  'coin-address': {
    uuid: 'd0e6997e-78da-4815-a6a1-cfc1c1cb8a46',
    version: '7',
    meta: 'financial',
    description: 'An address used in a cryptocurrency',
  },
  'android-app': {
    uuid: '92836f23-4730-4eae-82ac-9f00d5299735',
    version: '2',
    meta: 'file',
    description: 'Indicators related to an Android app',
  },
  geolocation: {
    uuid: 'cd6f2238-ba55-4888-82c4-104e6e1acf21',
    version: '8',
    meta: 'misc',
    description: 'An object to describe a geographic location.',
  },
  'phone-number': {
    uuid: 'c4b5a67c-63d2-11ec-90d6-0242ac120003',
    version: '1',
    meta: 'mobile',
    description: 'A phone number object to describe a phone number.',
  },
} as const;

/** Coin symbols the coin-address template knows. */
const SYMBOLS = new Set([
  'BTC',
  'ETH',
  'TRX',
  'USDT',
  'XMR',
  'LTC',
  'DOGE',
  'SOL',
  'XRP',
  'BCH',
  'BSC',
]);

export function epochSeconds(iso: string | null | undefined, fallback: string): string {
  const t = Date.parse(iso ?? '');
  return String(Math.floor((Number.isNaN(t) ? Date.parse(fallback) : t) / 1000));
}

function mispTime(iso: string | null): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export function mispUuid(name: string): string {
  return uuidv5(`misp|${name}`, SCAMGRAPH_NAMESPACE);
}

function attribute(
  node: ExportNode,
  relation: string,
  type: string,
  category: string,
  value: string,
  toIds: boolean,
  now: string,
): MispAttribute {
  const firstSeen = mispTime(node.firstSeen);
  const lastSeen = mispTime(node.lastSeen);
  return {
    uuid: mispUuid(`${node.id}|${relation}`),
    type,
    category,
    value,
    to_ids: toIds,
    distribution: '5',
    timestamp: epochSeconds(node.lastSeen, now),
    comment: `${node.id} (confidence ${node.confidence})`,
    ...(firstSeen ? { first_seen: firstSeen } : {}),
    ...(lastSeen && (!firstSeen || lastSeen >= firstSeen) ? { last_seen: lastSeen } : {}),
    Tag: [{ name: MISP_TLP_TAG[node.tlp] }],
  };
}

function object(
  node: ExportNode,
  name: keyof typeof TEMPLATES,
  attributes: MispAttribute[],
  now: string,
): MispObject {
  const t = TEMPLATES[name];
  return {
    uuid: mispUuid(`${node.id}|object`),
    name,
    'meta-category': t.meta,
    description: t.description,
    template_uuid: t.uuid,
    template_version: t.version,
    distribution: '5',
    timestamp: epochSeconds(node.lastSeen, now),
    comment: `${node.id} (${node.tlp}, confidence ${node.confidence})`,
    Attribute: attributes.map((a) => {
      const { Tag: tag, ...rest } = a;
      return { ...rest, object_relation: a.object_relation as string, Tag: tag };
    }),
  };
}

function rel(a: MispAttribute, relation: string): MispAttribute {
  return { ...a, object_relation: relation };
}

/** The attribute or object an entity becomes (none for kinds MISP has no place for). */
export function mispOf(
  node: ExportNode,
  now: string,
): { attribute?: MispAttribute; object?: MispObject } {
  const key = node.id.slice(node.id.indexOf(':') + 1);
  const p = node.props;
  switch (node.label) {
    case 'Domain':
      return { attribute: attribute(node, 'domain', 'domain', 'Network activity', key, true, now) };
    case 'Url':
      return { attribute: attribute(node, 'url', 'url', 'Network activity', key, true, now) };
    case 'IpAddress':
      return { attribute: attribute(node, 'ip', 'ip-dst', 'Network activity', key, true, now) };
    case 'Email':
      return {
        attribute: attribute(node, 'email', 'email-src', 'Payload delivery', key, true, now),
      };
    case 'Account':
      return { attribute: attribute(node, 'account', 'text', 'Social network', key, false, now) };
    case 'Organization':
      return {
        attribute: attribute(
          node,
          'actor',
          'threat-actor',
          'Attribution',
          node.display,
          false,
          now,
        ),
      };
    case 'Wallet': {
      const chain = String(p.chain ?? key.slice(0, key.indexOf(':')));
      const address = String(p.address ?? key.slice(key.indexOf(':') + 1));
      if (chain === 'btc')
        return {
          attribute: attribute(node, 'wallet', 'btc', 'Financial fraud', address, true, now),
        };
      if (chain === 'xmr')
        return {
          attribute: attribute(node, 'wallet', 'xmr', 'Financial fraud', address, true, now),
        };
      const asset = String(p.asset ?? chain).toUpperCase();
      const symbol = SYMBOLS.has(asset) ? asset : chain === 'tron' ? 'TRX' : chain.toUpperCase();
      return {
        object: object(
          node,
          'coin-address',
          [
            rel(
              attribute(node, 'address-crypto', 'text', 'Financial fraud', address, true, now),
              'address-crypto',
            ),
            rel(attribute(node, 'symbol', 'text', 'Financial fraud', symbol, false, now), 'symbol'),
            rel(
              attribute(node, 'text', 'text', 'Financial fraud', `${chain}:${address}`, false, now),
              'text',
            ),
          ],
          now,
        ),
      };
    }
    case 'App': {
      if (key.startsWith('ios:'))
        return {
          attribute: attribute(
            node,
            'app',
            'mobile-application-id',
            'Payload delivery',
            key,
            true,
            now,
          ),
        };
      return {
        object: object(
          node,
          'android-app',
          [
            rel(attribute(node, 'appid', 'text', 'Payload delivery', key, true, now), 'appid'),
            rel(
              attribute(node, 'name', 'text', 'Payload delivery', node.display, false, now),
              'name',
            ),
          ],
          now,
        ),
      };
    }
    case 'Phone': {
      const country = p.country ? String(p.country) : undefined;
      if (!country)
        return {
          attribute: attribute(node, 'phone', 'phone-number', 'Financial fraud', key, true, now),
        };
      return {
        object: object(
          node,
          'phone-number',
          [
            rel(
              attribute(node, 'phone-number', 'phone-number', 'Financial fraud', key, true, now),
              'phone-number',
            ),
            rel(
              attribute(node, 'country-code', 'text', 'Other', country, false, now),
              'country-code',
            ),
          ],
          now,
        ),
      };
    }
    case 'Compound': {
      const attrs = [
        rel(attribute(node, 'text', 'text', 'Other', node.display, false, now), 'text'),
      ];
      if (typeof p.lat === 'number' && typeof p.lon === 'number') {
        attrs.push(
          rel(attribute(node, 'latitude', 'float', 'Other', String(p.lat), false, now), 'latitude'),
        );
        attrs.push(
          rel(
            attribute(node, 'longitude', 'float', 'Other', String(p.lon), false, now),
            'longitude',
          ),
        );
      }
      if (p.country)
        attrs.push(
          rel(
            attribute(node, 'country', 'text', 'Other', String(p.country), false, now),
            'country',
          ),
        );
      return { object: object(node, 'geolocation', attrs, now) };
    }
    default:
      return {};
  }
}
