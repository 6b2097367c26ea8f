// Maps exported entities and links to STIX 2.1 objects (SPEC §3): SCO + indicator + based-on per indicator,
// location + infrastructure + located-at per compound, threat-actor per organisation, an SRO per link.
import type { RelType, Tlp } from '../../model.js';
import type { ExportNode, ExportProp, ExportRel } from '../../modules/exports/exports-types.js';
import {
  indicatorId,
  keyOf,
  relationshipId,
  scoContributing,
  scoId,
  scoTypeOf,
  sdoId,
  stixIdOfEntity,
  walletAddress,
} from './stix-ids.js';
import { TLP_MARKING_IDS, type StixObject } from './stix-markings.js';

/** Our relationship types as STIX relationship_type values (custom names keep their meaning for ingest). */
export const STIX_REL_TYPE: Record<RelType, string> = {
  ON_DOMAIN: 'on-domain',
  RESOLVES_TO: 'resolves-to',
  USES_DOMAIN: 'uses-domain',
  PAYS_TO: 'pays-to',
  TRANSFERRED_TO: 'transferred-to',
  CONTACT_FOR: 'contact-for',
  OPERATED_FROM: 'operated-from',
  RUN_BY: 'run-by',
  REPORTED_IN: 'reported-in',
  INVOLVES: 'involves',
  ROTATED_TO: 'rotated-to',
  // Generic: the original relationship type travels in the description (`stixType: uses`).
  RELATED_TO: 'related-to',
};

/** user-account account_type values STIX defines (account-type-ov) that our platforms match. */
const ACCOUNT_TYPES = new Set(['facebook', 'twitter', 'skype']);

/** STIX timestamps with millisecond precision; unknown times fall back to `fallback`. */
export function stixTime(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

/** A string literal inside a STIX pattern: backslashes and quotes escaped. */
export function patternString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function text(value: ExportProp | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function common(tlp: Tlp) {
  return { spec_version: '2.1', object_marking_refs: [TLP_MARKING_IDS[tlp]] };
}

function times(first: string | null, last: string | null, now: string) {
  const created = stixTime(first, now);
  const modified = stixTime(last, created);
  return { created, modified: modified < created ? created : modified };
}

/** Names the graph entity an SDO stands for (its Scamgraph id), so that ingest can find it again. */
export function graphRef(id: string) {
  return [{ source_name: 'scamgraph', external_id: id }];
}

const KIND_TEXT: Partial<Record<string, string>> = {
  Domain: 'Domain',
  Url: 'URL',
  App: 'Mobile app',
  Wallet: 'Cryptocurrency wallet',
  Phone: 'Phone number',
  Account: 'Messaging or social account',
  Email: 'E-mail address',
  IpAddress: 'IP address',
};

function describeIndicator(node: ExportNode): string {
  const n = node.sources.length;
  return `${KIND_TEXT[node.label] ?? node.label} used in scam operations (${node.id}); reported by ${n} source${n === 1 ? '' : 's'}.`;
}

/** The SCO of an indicator entity. */
export function scoOf(node: ExportNode): StixObject | undefined {
  const key = keyOf(node.id);
  const type = scoTypeOf(node.label, key);
  if (!type) return undefined;
  const id = scoId(type, scoContributing(node.label, key));
  const base = { type, id, ...common(node.tlp) };
  switch (node.label) {
    case 'App':
      return { ...base, name: key };
    case 'Account': {
      const platform = text(node.props.platform);
      const handle = text(node.props.handle) ?? key.slice(key.indexOf(':') + 1);
      return {
        ...base,
        user_id: key,
        account_login: handle,
        display_name: node.display,
        ...(platform && ACCOUNT_TYPES.has(platform) ? { account_type: platform } : {}),
      };
    }
    case 'Wallet':
      return { ...base, value: walletAddress(key) };
    default:
      return { ...base, value: key };
  }
}

/** The STIX pattern matching an indicator entity's observable. */
export function patternOf(node: ExportNode, sco: StixObject): string {
  switch (sco.type) {
    case 'software':
      return `[software:name = ${patternString(String(sco.name))}]`;
    case 'user-account':
      return `[user-account:user_id = ${patternString(String(sco.user_id))}]`;
    default:
      return `[${sco.type}:value = ${patternString(String(sco.value ?? node.value))}]`;
  }
}

/** Every STIX object an entity becomes, in a fixed order. */
export function objectsOfNode(node: ExportNode, producerId: string, now: string): StixObject[] {
  const t = times(node.firstSeen, node.lastSeen, now);
  const sdo = { ...common(node.tlp), created_by_ref: producerId, ...t };
  if (node.label === 'Compound') {
    const infraId = sdoId('infrastructure', node.id);
    const locationId = sdoId('location', node.id);
    const lat = typeof node.props.lat === 'number' ? node.props.lat : undefined;
    const lon = typeof node.props.lon === 'number' ? node.props.lon : undefined;
    const country = text(node.props.country);
    const place = [text(node.props.town), country].filter(Boolean).join(', ');
    const location: StixObject = {
      type: 'location',
      id: locationId,
      ...sdo,
      name: `${node.display} (location)`,
      ...(lat !== undefined && lon !== undefined ? { latitude: lat, longitude: lon } : {}),
      ...(country ? { country } : {}),
      ...(text(node.props.town) ? { city: text(node.props.town) } : {}),
      ...(lat === undefined && !country ? { region: 'south-eastern-asia' } : {}),
    };
    const aliases = Array.isArray(node.props.aliases) ? node.props.aliases.map(String) : [];
    const infrastructure: StixObject = {
      type: 'infrastructure',
      id: infraId,
      ...sdo,
      name: node.display,
      description: `Scam compound${place ? ` in ${place}` : ''}${text(node.props.status) ? `; status: ${text(node.props.status)}` : ''}.`,
      ...(aliases.length ? { aliases } : {}),
      ...(node.firstSeen ? { first_seen: t.created } : {}),
      ...(node.lastSeen ? { last_seen: t.modified } : {}),
      confidence: node.confidence,
      external_references: graphRef(node.id),
    };
    const locatedAt: StixObject = {
      type: 'relationship',
      id: relationshipId(node.id, 'located-at', `location:${node.id}`),
      ...sdo,
      relationship_type: 'located-at',
      source_ref: infraId,
      target_ref: locationId,
    };
    return [location, infrastructure, locatedAt];
  }
  if (node.label === 'Organization') {
    const aliases = Array.isArray(node.props.aliases) ? node.props.aliases.map(String) : [];
    const kind = text(node.props.kind);
    return [
      {
        type: 'threat-actor',
        id: sdoId('threat-actor', node.id),
        ...sdo,
        name: node.display,
        threat_actor_types: [
          kind === 'syndicate' || kind === undefined ? 'crime-syndicate' : 'criminal',
        ],
        ...(kind ? { description: `Organisation kind: ${kind}.` } : {}),
        ...(aliases.length ? { aliases } : {}),
        ...(node.firstSeen ? { first_seen: t.created } : {}),
        ...(node.lastSeen ? { last_seen: t.modified } : {}),
        confidence: node.confidence,
        external_references: graphRef(node.id),
      },
    ];
  }
  const sco = scoOf(node);
  if (!sco) return [];
  const indId = indicatorId(node.id);
  const indicator: StixObject = {
    type: 'indicator',
    id: indId,
    ...sdo,
    name: node.display,
    description: describeIndicator(node),
    indicator_types: ['malicious-activity'],
    pattern: patternOf(node, sco),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: t.created,
    confidence: node.confidence,
    external_references: graphRef(node.id),
  };
  const basedOn: StixObject = {
    type: 'relationship',
    id: relationshipId(indId, 'based-on', sco.id),
    ...sdo,
    relationship_type: 'based-on',
    source_ref: indId,
    target_ref: sco.id,
  };
  return [sco, indicator, basedOn];
}

/** The SRO of a link, or undefined when an endpoint has no STIX form. */
export function objectOfRel(
  rel: ExportRel,
  producerId: string,
  now: string,
): StixObject | undefined {
  const source = stixIdOfEntity(rel.from);
  const target = stixIdOfEntity(rel.to);
  if (!source || !target) return undefined;
  const t = times(rel.firstSeen, rel.lastSeen, now);
  const facts = Object.entries(rel.props)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  return {
    type: 'relationship',
    id: relationshipId(rel.from, rel.type, rel.to),
    ...common(rel.tlp),
    created_by_ref: producerId,
    ...t,
    relationship_type: STIX_REL_TYPE[rel.type],
    source_ref: source,
    target_ref: target,
    ...(facts.length ? { description: facts.join('; ') } : {}),
    confidence: rel.confidence,
    ...(rel.firstSeen ? { start_time: t.created } : {}),
    ...(rel.lastSeen && t.modified > t.created ? { stop_time: t.modified } : {}),
  };
}
