// TLP 2.0 marking definitions (the OASIS TLP 2.0 extension) and the producer identity of every bundle.
import type { Tlp } from '../../model.js';
import { tlpsUpTo } from '../../model.js';
import { sdoId } from './stix-ids.js';

export const TLP_MARKING_IDS: Record<Tlp, string> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  AMBER_STRICT: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The OASIS extension definition that TLP 2.0 marking definitions use. */
export const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const TLP_NAME: Record<Tlp, string> = {
  CLEAR: 'clear',
  GREEN: 'green',
  AMBER: 'amber',
  AMBER_STRICT: 'amber+strict',
  RED: 'red',
};

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** The TLP 2.0 marking definitions, as published by OASIS. */
export function tlpMarking(tlp: Tlp): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${TLP_NAME[tlp].toUpperCase()}`,
    extensions: {
      [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: TLP_NAME[tlp] },
    },
  };
}

/** The markings of every level up to `max`. */
export function markingsUpTo(max: Tlp): StixObject[] {
  return tlpsUpTo(max).map(tlpMarking);
}

export const PRODUCER_CREATED = '2024-01-01T00:00:00.000Z';

/** The identity that created every SDO and SRO of our exports (created_by_ref). */
export function producerIdentity(name = 'Scamgraph'): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: sdoId('identity', `producer|${name}`),
    created: PRODUCER_CREATED,
    modified: PRODUCER_CREATED,
    name,
    identity_class: 'system',
    description: 'Scamgraph, an intelligence graph of scam-compound infrastructure.',
    object_marking_refs: [TLP_MARKING_IDS.CLEAR],
  };
}
