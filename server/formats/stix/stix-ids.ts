// Deterministic STIX identifiers: SCOs by UUIDv5 over RFC 8785 canonical JSON (STIX 2.1 §2.9), SDOs/SROs by entity id.
import canonicalize from 'canonicalize';
import { v5 as uuidv5 } from 'uuid';
import { labelOfId, type NodeLabel, type RelType } from '../../model.js';

/** The STIX 2.1 namespace for SCO ids (SPEC §3). */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Our own namespace for the ids of SDOs and SROs derived from graph ids (uuidv5 of "scamgraph.example"). */
export const SCAMGRAPH_NAMESPACE = uuidv5('scamgraph.example', uuidv5.DNS);

/** `<type>--<uuidv5>` over the canonical JSON of the id-contributing properties. */
export function scoId(type: string, contributing: Record<string, string>): string {
  return `${type}--${uuidv5(canonicalize(contributing) as string, STIX_SCO_NAMESPACE)}`;
}

/** A stable id for an SDO or SRO derived from a name in our graph. */
export function sdoId(type: string, name: string): string {
  return `${type}--${uuidv5(name, SCAMGRAPH_NAMESPACE)}`;
}

/** The STIX cyber-observable type for an indicator entity. */
export function scoTypeOf(label: NodeLabel, value: string): string | undefined {
  switch (label) {
    case 'Domain':
      return 'domain-name';
    case 'Url':
      return 'url';
    case 'Email':
      return 'email-addr';
    case 'IpAddress':
      return value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
    case 'App':
      return 'software';
    case 'Account':
      return 'user-account';
    case 'Phone':
      return 'phone-number';
    case 'Wallet':
      return 'cryptocurrency-wallet';
    default:
      return undefined;
  }
}

/** The normalized key of an entity id (`domain:example.test` → `example.test`). */
export function keyOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** The value a custom wallet SCO is keyed on: the address without its chain (OpenCTI convention). */
export function walletAddress(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The id-contributing properties of the SCO for an indicator entity. */
export function scoContributing(label: NodeLabel, key: string): Record<string, string> {
  switch (label) {
    case 'App':
      return { name: key };
    case 'Account':
      return { user_id: key };
    case 'Wallet':
      return { value: walletAddress(key) };
    default:
      return { value: key };
  }
}

/**
 * The STIX id an entity is represented by in relationships: its SCO for indicators, its infrastructure
 * for a compound, its threat-actor for an organisation.
 */
export function stixIdOfEntity(id: string): string | undefined {
  const label = labelOfId(id);
  if (!label) return undefined;
  const key = keyOf(id);
  if (label === 'Compound') return sdoId('infrastructure', id);
  if (label === 'Organization') return sdoId('threat-actor', id);
  const type = scoTypeOf(label, key);
  return type ? scoId(type, scoContributing(label, key)) : undefined;
}

export function indicatorId(entityId: string): string {
  return sdoId('indicator', entityId);
}

export function relationshipId(from: string, type: RelType | string, to: string): string {
  return sdoId('relationship', `${from}|${type}|${to}`);
}
