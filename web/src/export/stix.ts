// A STIX 2.1 bundle of selected entities and the links among them, built in the browser from API data.
import type { Edge, Entity, Tlp } from '../api/types.js';
import { scoId, uuidv5 } from './uuid.js';

const TLP_MARKING: Record<Tlp, string> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  AMBER_STRICT: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const TLP_NAME: Record<Tlp, string> = {
  CLEAR: 'clear',
  GREEN: 'green',
  AMBER: 'amber',
  AMBER_STRICT: 'amber+strict',
  RED: 'red',
};
/** Namespace for the ids of our SDOs and SROs (derived from the entity ids, so re-exports are stable). */
const SG_NAMESPACE = 'b8e0c1d2-5c1e-4f7a-9d3e-6a2f0c9b7e41';

type StixObject = Record<string, unknown> & { type: string; id: string };

function marking(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING[tlp],
    created: '2022-10-01T00:00:00.000Z',
    definition_type: 'statement',
    name: `TLP:${TLP_NAME[tlp].toUpperCase()}`,
    extensions: {
      'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
        extension_type: 'property-extension',
        tlp_2_0: TLP_NAME[tlp],
      },
    },
  };
}

function prop(e: Entity, key: string): string | undefined {
  return e.properties.find((p) => p.key === key)?.value;
}

function stixTime(iso: string | null | undefined, fallback: string): string {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

/** The SCO type and value an indicator kind maps to; null for kinds that are SDOs. */
function scoOf(e: Entity): { type: string; value: string; pattern: string } | null {
  const quote = (v: string) => v.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  const sco = (type: string, value: string) => ({
    type,
    value,
    pattern: `[${type}:value = '${quote(value)}']`,
  });
  switch (e.kind) {
    case 'DOMAIN':
      return sco('domain-name', e.value);
    case 'URL':
      return sco('url', e.value);
    case 'EMAIL':
      return sco('email-addr', e.value);
    case 'IP_ADDRESS':
      return sco(e.value.includes(':') ? 'ipv6-addr' : 'ipv4-addr', e.value);
    case 'PHONE':
      return sco('phone-number', e.value);
    case 'WALLET':
      return sco('cryptocurrency-wallet', e.value);
    default:
      return null;
  }
}

const sdoId = (type: string, entityId: string) => `${type}--${uuidv5(entityId, SG_NAMESPACE)}`;

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Bundle of the entities (SCOs + indicators, software, locations, threat actors) and SROs for `edges` among them. */
export function buildStixBundle(
  entities: readonly Entity[],
  edges: readonly Edge[],
  now = new Date().toISOString(),
): StixBundle {
  const objects: StixObject[] = [];
  const stixIdOf = new Map<string, string>();
  const tlps = new Set<Tlp>();
  const common = (e: { tlp: Tlp; confidence: number }) => {
    tlps.add(e.tlp);
    return { spec_version: '2.1', object_marking_refs: [TLP_MARKING[e.tlp]] };
  };
  for (const e of entities) {
    const created = stixTime(e.firstSeen, now);
    const modified = stixTime(e.lastSeen, created);
    const sdoCommon = {
      ...common(e),
      created,
      modified: modified < created ? created : modified,
      confidence: e.confidence,
    };
    const sco = scoOf(e);
    if (sco) {
      const id = scoId(sco.type, sco.value);
      objects.push({
        type: sco.type,
        id,
        spec_version: '2.1',
        value: sco.value,
        object_marking_refs: [TLP_MARKING[e.tlp]],
      });
      const indicator = sdoId('indicator', e.id);
      objects.push({
        type: 'indicator',
        id: indicator,
        ...sdoCommon,
        name: e.display,
        pattern: sco.pattern,
        pattern_type: 'stix',
        valid_from: created,
        indicator_types: ['malicious-activity'],
      });
      objects.push({
        type: 'relationship',
        id: sdoId('relationship', `${e.id}|based-on`),
        ...sdoCommon,
        relationship_type: 'based-on',
        source_ref: indicator,
        target_ref: id,
      });
      stixIdOf.set(e.id, id);
      continue;
    }
    if (e.kind === 'APP') {
      const id = sdoId('software', e.id);
      objects.push({
        type: 'software',
        id,
        spec_version: '2.1',
        name: prop(e, 'name') ?? e.display,
        x_scamgraph_app_id: e.value,
        object_marking_refs: [TLP_MARKING[e.tlp]],
      });
      stixIdOf.set(e.id, id);
    } else if (e.kind === 'COMPOUND') {
      const id = sdoId('location', e.id);
      const lat = Number(prop(e, 'lat'));
      const lon = Number(prop(e, 'lon'));
      objects.push({
        type: 'location',
        id,
        ...sdoCommon,
        name: e.display,
        ...(prop(e, 'country') ? { country: prop(e, 'country') } : {}),
        ...(Number.isFinite(lat) && Number.isFinite(lon) && prop(e, 'lat')
          ? { latitude: lat, longitude: lon }
          : {}),
      });
      const infra = sdoId('infrastructure', e.id);
      objects.push({
        type: 'infrastructure',
        id: infra,
        ...sdoCommon,
        name: e.display,
        infrastructure_types: ['unknown'],
      });
      objects.push({
        type: 'relationship',
        id: sdoId('relationship', `${e.id}|located-at`),
        ...sdoCommon,
        relationship_type: 'located-at',
        source_ref: infra,
        target_ref: id,
      });
      stixIdOf.set(e.id, infra);
    } else if (e.kind === 'ORGANIZATION') {
      const id = sdoId('threat-actor', e.id);
      objects.push({
        type: 'threat-actor',
        id,
        ...sdoCommon,
        name: e.display,
        threat_actor_types: ['crime-syndicate'],
      });
      stixIdOf.set(e.id, id);
    }
  }
  for (const edge of edges) {
    const from = stixIdOf.get(edge.from);
    const to = stixIdOf.get(edge.to);
    if (!from || !to) continue;
    const created = stixTime(edge.firstSeen, now);
    objects.push({
      type: 'relationship',
      id: sdoId('relationship', edge.id),
      ...common(edge),
      created,
      modified: created,
      confidence: edge.confidence,
      relationship_type: edge.type.toLowerCase().replace(/_/g, '-'),
      source_ref: from,
      target_ref: to,
    });
  }
  for (const tlp of [...tlps].sort()) objects.push(marking(tlp));
  return {
    type: 'bundle',
    id: `bundle--${uuidv5(`${now}|${entities.map((e) => e.id).join(',')}`, SG_NAMESPACE)}`,
    objects,
  };
}
