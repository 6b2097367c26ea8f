// Which items can produce the STIX types of a match[type] filter: labels, links, an IP family, the preamble.
// Derived from the STIX mapping itself (one sample entity per label), so the two cannot disagree.
import { entityId, NODE_LABELS, type NodeLabel } from '../../model.js';
import { objectOfRel, objectsOfNode } from '../../formats/stix/stix-mapping.js';
import { preambleObjects } from '../../formats/stix/stix-writer.js';
import { EXPORT_LABELS, toExportNode, toExportRel } from '../exports/export-reader.js';

export interface ItemKinds {
  /** Entity labels whose objects can match. */
  labels: NodeLabel[];
  /** Whether links (relationship objects) can match. */
  links: boolean;
  /** Only IP addresses of one family can match (ipv4-addr or ipv6-addr asked without the other). */
  ipFamily: 'v4' | 'v6' | null;
  /** Whether the markings and the producer identity can match. */
  preamble: boolean;
}

const typesOf = (label: NodeLabel, key: string) =>
  new Set(
    objectsOfNode(toExportNode(entityId(label, key), label, {}), 'identity--sample', '').map(
      (o) => o.type,
    ),
  );

/** The STIX types each kind of item produces. */
const PRODUCED = {
  labels: new Map(EXPORT_LABELS.map((l) => [l, typesOf(l, l === 'IpAddress' ? '192.0.2.1' : 'x')])),
  ipv6: typesOf('IpAddress', '2001:db8::1'),
  links: new Set(
    [
      objectOfRel(
        toExportRel(entityId('Url', 'x'), 'ON_DOMAIN', entityId('Domain', 'x'), {}),
        'identity--sample',
        '',
      ),
    ].map((o) => o?.type),
  ),
  preamble: new Set(preambleObjects({ maxTlp: 'RED', producer: 'Scamgraph' }).map((o) => o.type)),
};

const any = (produced: ReadonlySet<string | undefined>, wanted: ReadonlySet<string>) =>
  [...wanted].some((t) => produced.has(t));

/** The kinds of items a page may read for `types` (undefined: every type). */
export function itemKinds(types: ReadonlySet<string> | undefined): ItemKinds {
  if (!types) return { labels: [...EXPORT_LABELS], links: true, ipFamily: null, preamble: true };
  const labels = NODE_LABELS.filter((l) => {
    if (l === 'IpAddress')
      return any(PRODUCED.labels.get(l) ?? new Set(), types) || any(PRODUCED.ipv6, types);
    return any(PRODUCED.labels.get(l) ?? new Set(), types);
  });
  const v4 = any(PRODUCED.labels.get('IpAddress') ?? new Set(), types);
  const v6 = any(PRODUCED.ipv6, types);
  return {
    labels,
    links: any(PRODUCED.links, types),
    ipFamily: v4 && !v6 ? 'v4' : v6 && !v4 ? 'v6' : null,
    preamble: any(PRODUCED.preamble, types),
  };
}
