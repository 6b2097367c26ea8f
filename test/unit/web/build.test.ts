// Building and growing the graphology graph from API subgraphs.
import { describe, expect, it } from 'vitest';
import {
  createGraph,
  graphFromSubgraph,
  mergeSubgraph,
  sourceIndex,
} from '../../../web/src/graph/build.js';
import { KIND_STYLE, REL_STYLE, sizeForDegree } from '../../../web/src/graph/style.js';
import { edge, entity, sample } from './fixtures.js';

describe('graphFromSubgraph', () => {
  it('adds every node and edge with kind colours, degree sizes and relationship styles', () => {
    const g = graphFromSubgraph(sample());
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    const d = g.getNodeAttributes('domain:pay-fast.example');
    expect(d.color).toBe(KIND_STYLE.DOMAIN.color);
    expect(d.size).toBe(sizeForDegree(4));
    expect(d.size).toBeGreaterThan(g.getNodeAttribute('wallet:tron:TXYZ', 'size'));
    expect(d.firstSeenMs).toBe(Date.parse('2024-01-01T00:00:00Z'));
    const e = g.getEdgeAttributes('domain:pay-fast.example|PAYS_TO|wallet:tron:TXYZ');
    expect(e).toMatchObject({ relType: 'PAYS_TO', color: REL_STYLE.PAYS_TO.color, type: 'arrow' });
    expect(g.source('domain:pay-fast.example|PAYS_TO|wallet:tron:TXYZ')).toBe(
      'domain:pay-fast.example',
    );
  });

  it('places nodes deterministically', () => {
    const a = graphFromSubgraph(sample());
    const b = graphFromSubgraph(sample());
    a.forEachNode((n, attrs) =>
      expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]),
    );
  });
});

describe('mergeSubgraph', () => {
  it('keeps existing nodes where they are, adds new ones near their neighbour, skips dangling edges', () => {
    const g = graphFromSubgraph(sample());
    g.setNodeAttribute('domain:pay-fast.example', 'x', 1000);
    g.setNodeAttribute('domain:pay-fast.example', 'y', 1000);
    const result = mergeSubgraph(g, {
      nodes: [
        entity('domain:pay-fast.example', 'DOMAIN', { degree: 9 }),
        entity('app:com.example.pay', 'APP'),
      ],
      edges: [
        edge('app:com.example.pay', 'USES_DOMAIN', 'domain:pay-fast.example'),
        edge('app:com.example.pay', 'USES_DOMAIN', 'domain:missing.example'),
      ],
      truncated: true,
    });
    expect(result.addedNodes).toEqual(['app:com.example.pay']);
    expect(result.addedEdges).toHaveLength(1);
    expect(g.getNodeAttribute('domain:pay-fast.example', 'x')).toBe(1000);
    expect(g.getNodeAttribute('domain:pay-fast.example', 'size')).toBe(sizeForDegree(9));
    const app = g.getNodeAttributes('app:com.example.pay');
    expect(Math.hypot(app.x - 1000, app.y - 1000)).toBeLessThanOrEqual(50);
  });

  it('is idempotent', () => {
    const g = createGraph();
    mergeSubgraph(g, sample());
    const again = mergeSubgraph(g, sample());
    expect(again).toEqual({ addedNodes: [], addedEdges: [] });
    expect([g.order, g.size]).toEqual([5, 4]);
  });
});

describe('sourceIndex', () => {
  it('resolves the source ids edges cite to names and reliability', () => {
    const g = graphFromSubgraph(sample());
    expect(sourceIndex(g).get('source:feed')).toMatchObject({
      name: 'Feed (fictitious)',
      reliability: 'B',
    });
  });
});
