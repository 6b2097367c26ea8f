// STIX SDOs read whole as our entities: an `infrastructure` located at a place is a Compound; a criminal
// `threat-actor`, an `intrusion-set` or an organisation's `identity` is an Organization.
import { normalizeCompound, slugify } from '../../indicators/index.js';
import { entityId } from '../../model.js';
import type { IngestEntity, ItemProvenance, ReaderItem } from '../reader-types.js';
import { keyOf } from './stix-ids.js';
import { graphRefOf, num, slugRef, str, strings, type StixObject } from './stix-reader-fields.js';

export type Base = ItemProvenance & { line: number };

/** An infrastructure read, waiting to learn whether it is located somewhere (a compound) or a group. */
export interface Infra extends Base {
  display: string;
  aliases: string[];
  status?: string;
  ref?: string;
}

/** A location's facts a compound takes. */
export interface Geo {
  country?: string;
  lat?: number;
  lon?: number;
  city?: string;
  used: boolean;
}

export function infraOf(o: StixObject, base: Base): Infra | undefined {
  const display = str(o.name);
  if (!display) return undefined;
  const status = /status: ([a-z-]+)/.exec(str(o.description) ?? '')?.[1];
  return { ...base, display, aliases: strings(o.aliases), status, ref: graphRefOf(o) };
}

export function geoOf(o: StixObject): Geo {
  return {
    country: str(o.country)?.toUpperCase(),
    lat: num(o.latitude),
    lon: num(o.longitude),
    city: str(o.city),
    used: false,
  };
}

/** The Compound an infrastructure located at a place with a country is, or the reject saying why not. */
export function compoundOf(infra: Infra, country: string, geo: Geo): ReaderItem {
  const suffix = ` (${country})`;
  const name = infra.display.endsWith(suffix)
    ? infra.display.slice(0, -suffix.length)
    : infra.display;
  const r = normalizeCompound({
    name,
    country,
    lat: geo.lat,
    lon: geo.lon,
    aliases: infra.aliases,
  });
  if (!r.ok) {
    return {
      type: 'reject',
      reject: {
        line: infra.line,
        field: 'infrastructure',
        value: `${name}, ${country}`,
        reason: r.reason,
        message: r.message,
      },
    };
  }
  const id = slugRef(infra.ref, 'Compound') ?? entityId('Compound', r.indicator.key);
  const { display: _d, aliases: _a, status, ref: _r, ...base } = infra;
  return {
    type: 'entity',
    entity: {
      ...base,
      label: 'Compound',
      id,
      value: keyOf(id),
      display: infra.display,
      props: {
        ...r.indicator.facts,
        ...(r.aliases.length ? { aliases: r.aliases } : {}),
        ...(status ? { status } : {}),
        ...(geo.city ? { town: geo.city } : {}),
      },
    },
  };
}

/**
 * The Organization a group SDO names. A `threat-actor` is one when it is ours or criminal (not a state's
 * or a spy's): `eager`, always written. An `intrusion-set` or an `identity` of an organisation or group
 * is one only when a relationship links it to something we model (the reader holds it until then), so
 * that a bundle's author or a targeted sector never becomes a criminal organisation.
 */
export function organisationOf(
  o: StixObject,
  type: string,
  base: Base,
): { entity: IngestEntity; eager: boolean } | undefined {
  const ref = slugRef(graphRefOf(o), 'Organization');
  const name = str(o.name)?.trim();
  if (!name || !slugify(name)) return undefined;
  const types = strings(o.threat_actor_types);
  let kind: string | undefined;
  let eager = false;
  if (type === 'threat-actor') {
    if (!ref && !types.includes('crime-syndicate') && !types.includes('criminal')) return undefined;
    eager = true;
    kind =
      /Organisation kind: ([a-z-]+)\./.exec(str(o.description) ?? '')?.[1] ??
      (types.includes('crime-syndicate') ? 'syndicate' : undefined);
  } else if (type === 'identity') {
    const cls = str(o.identity_class);
    if (!ref && cls !== 'organization' && cls !== 'group') return undefined;
  } else if (type !== 'intrusion-set') return undefined;
  const aliases = strings(o.aliases);
  const id = ref ?? entityId('Organization', slugify(name));
  return {
    eager,
    entity: {
      ...base,
      label: 'Organization',
      id,
      value: keyOf(id),
      display: name,
      props: { name, ...(kind ? { kind } : {}), ...(aliases.length ? { aliases } : {}) },
    },
  };
}
