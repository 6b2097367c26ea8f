// Hover, selection, path and filters as sigma reducers: looks change, the graph's data does not.
import { describe, expect, it } from 'vitest';
import { graphFromSubgraph } from '../../../web/src/graph/build.js';
import { assignCommunities } from '../../../web/src/graph/communities.js';
import { NO_FILTERS } from '../../../web/src/graph/filters.js';
import {
  makeEdgeReducer,
  makeNodeReducer,
  type ViewState,
} from '../../../web/src/graph/reducers.js';
import { COMMUNITY_COLORS } from '../../../web/src/graph/style.js';
import { sample } from './fixtures.js';

const base: ViewState = {
  hovered: null,
  selected: new Set(),
  hidden: new Set(),
  filters: NO_FILTERS,
  path: null,
  colorBy: 'kind',
};
const D = 'domain:pay-fast.example';
const W = 'wallet:tron:TXYZ';
const P = 'phone:+447700900123';

describe('node reducer', () => {
  it('highlights and labels the selection without touching the graph', () => {
    const g = graphFromSubgraph(sample());
    const before = JSON.stringify(g.export());
    const reduce = makeNodeReducer(g, { ...base, selected: new Set([D]) });
    expect(reduce(D, g.getNodeAttributes(D))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    expect(reduce(W, g.getNodeAttributes(W)).highlighted).toBeUndefined();
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('dims what is not next to the hovered node', () => {
    const g = graphFromSubgraph(sample());
    g.addNode('domain:other.example', {
      ...g.getNodeAttributes(D),
      entity: { ...g.getNodeAttribute(D, 'entity'), id: 'domain:other.example' },
    });
    const reduce = makeNodeReducer(g, { ...base, hovered: W });
    expect(reduce(D, g.getNodeAttributes(D)).color).toBe(g.getNodeAttribute(D, 'color'));
    expect(
      reduce('domain:other.example', g.getNodeAttributes('domain:other.example')).color,
    ).not.toBe(g.getNodeAttribute(D, 'color'));
  });

  it('hides filtered-out and hidden nodes, and their edges', () => {
    const g = graphFromSubgraph(sample());
    const view: ViewState = {
      ...base,
      hidden: new Set([P]),
      filters: { ...NO_FILTERS, hiddenKinds: new Set(['WALLET']) },
    };
    const nodes = makeNodeReducer(g, view);
    const edges = makeEdgeReducer(g, view);
    expect(nodes(W, g.getNodeAttributes(W)).hidden).toBe(true);
    expect(nodes(P, g.getNodeAttributes(P)).hidden).toBe(true);
    expect(nodes(D, g.getNodeAttributes(D)).hidden).toBeUndefined();
    expect(edges(`${D}|PAYS_TO|${W}`, g.getEdgeAttributes(`${D}|PAYS_TO|${W}`)).hidden).toBe(true);
    expect(
      edges(`${P}|CONTACT_FOR|${D}`, g.getEdgeAttributes(`${P}|CONTACT_FOR|${D}`)).hidden,
    ).toBe(true);
    const kept = 'url:https://pay-fast.example/login|ON_DOMAIN|domain:pay-fast.example';
    expect(edges(kept, g.getEdgeAttributes(kept)).hidden).toBeUndefined();
  });

  it('highlights a path and dims the rest', () => {
    const g = graphFromSubgraph(sample());
    const e = `${D}|PAYS_TO|${W}`;
    const view: ViewState = { ...base, path: { nodes: new Set([D, W]), edges: new Set([e]) } };
    const nodes = makeNodeReducer(g, view);
    const edges = makeEdgeReducer(g, view);
    expect(nodes(D, g.getNodeAttributes(D)).forceLabel).toBe(true);
    expect(nodes(P, g.getNodeAttributes(P)).label).toBeNull();
    expect(edges(e, g.getEdgeAttributes(e))).toMatchObject({ color: '#d6336c', forceLabel: true });
  });

  it('colours by Louvain community when asked', () => {
    const g = graphFromSubgraph(sample());
    const count = assignCommunities(g);
    expect(count).toBeGreaterThanOrEqual(1);
    const c = g.getNodeAttribute(D, 'community')!;
    expect(
      makeNodeReducer(g, { ...base, colorBy: 'community' })(D, g.getNodeAttributes(D)).color,
    ).toBe(COMMUNITY_COLORS[c % COMMUNITY_COLORS.length]);
  });
});
