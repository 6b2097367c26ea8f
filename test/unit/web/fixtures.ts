// Small API-shaped subgraphs for the web client's unit tests.
import type {
  Edge,
  Entity,
  EntityKind,
  RelType,
  Subgraph,
  Tlp,
} from '../../../web/src/api/types.js';

export function entity(id: string, kind: EntityKind, over: Partial<Entity> = {}): Entity {
  const value = id.slice(id.indexOf(':') + 1);
  return {
    id,
    kind,
    value,
    display: value,
    raw: [],
    tlp: 'GREEN' as Tlp,
    confidence: 70,
    firstSeen: '2024-01-01T00:00:00Z',
    lastSeen: '2024-06-01T00:00:00Z',
    synthetic: true,
    properties: [],
    sources: [{ id: 'source:feed', name: 'Feed (fictitious)', reliability: 'B', url: null }],
    degree: 2,
    ...over,
  };
}

export function edge(from: string, type: RelType, to: string, over: Partial<Edge> = {}): Edge {
  return {
    id: `${from}|${type}|${to}`,
    type,
    from,
    to,
    tlp: 'GREEN',
    confidence: 60,
    firstSeen: '2024-02-01T00:00:00Z',
    lastSeen: '2024-03-01T00:00:00Z',
    sources: ['source:feed'],
    properties: [],
    ...over,
  };
}

/** domain ← url, domain → wallet, phone → domain, domain → compound. */
export function sample(): Subgraph {
  return {
    nodes: [
      entity('domain:pay-fast.example', 'DOMAIN', { degree: 4 }),
      entity('url:https://pay-fast.example/login', 'URL', { degree: 1, tlp: 'CLEAR' }),
      entity('wallet:tron:TXYZ', 'WALLET', {
        degree: 1,
        confidence: 40,
        firstSeen: '2023-01-01T00:00:00Z',
      }),
      entity('phone:+447700900123', 'PHONE', { degree: 1, tlp: 'AMBER' }),
      entity('compound:alpha-mm', 'COMPOUND', {
        degree: 1,
        display: 'Compound Alpha (fictitious)',
        properties: [
          { key: 'country', value: 'MM' },
          { key: 'lat', value: '16.8' },
          { key: 'lon', value: '98.5' },
        ],
      }),
    ],
    edges: [
      edge('url:https://pay-fast.example/login', 'ON_DOMAIN', 'domain:pay-fast.example'),
      edge('domain:pay-fast.example', 'PAYS_TO', 'wallet:tron:TXYZ'),
      edge('phone:+447700900123', 'CONTACT_FOR', 'domain:pay-fast.example'),
      edge('domain:pay-fast.example', 'OPERATED_FROM', 'compound:alpha-mm'),
    ],
    truncated: false,
  };
}
