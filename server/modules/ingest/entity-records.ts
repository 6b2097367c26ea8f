// Entities read whole (STIX compounds, organisations) and stated links → records with the run's provenance.
import type { IngestEntity, IngestLink, LinkEnd } from '../../formats/reader-types.js';
import { KIND_LABEL } from '../../indicators/types.js';
import {
  entityId,
  labelOfId,
  type NodeLabel,
  type NodeRecord,
  type RelRecord,
  type RelType,
} from '../../model.js';
import type { IngestOptions } from './ingest-types.js';
import { provenance, readValue, rel } from './row-records.js';

type Reject = { field: string; value: string; reason: string; message: string };

/** The labels each stated relationship may join (SPEC §1); others are rejected as NO_RELATIONSHIP. */
const ENDS: Partial<Record<RelType, [NodeLabel[] | undefined, NodeLabel[]]>> = {
  ON_DOMAIN: [['Url'], ['Domain']],
  RESOLVES_TO: [['Domain'], ['IpAddress']],
  USES_DOMAIN: [['App'], ['Domain']],
  PAYS_TO: [['Domain', 'App'], ['Wallet']],
  TRANSFERRED_TO: [['Wallet'], ['Wallet']],
  CONTACT_FOR: [
    ['Phone', 'Account', 'Email'],
    ['Domain', 'App'],
  ],
  OPERATED_FROM: [undefined, ['Compound']],
  RUN_BY: [undefined, ['Organization']],
  ROTATED_TO: [['Domain'], ['Domain']],
};

/** The node of an entity read whole, and its REPORTED_IN to the run's Source. */
export function entityRecords(
  e: IngestEntity,
  source: string,
  opts: IngestOptions,
  now: string,
): { node: NodeRecord; rels: RelRecord[] } {
  const prov = provenance(e, source, opts, now);
  const node: NodeRecord = {
    id: e.id,
    label: e.label,
    value: e.value,
    display: e.display,
    raw: [e.display],
    ...prov,
    sources: [...prov.sources],
    props: { ...e.props },
  };
  return { node, rels: [rel('REPORTED_IN', e.id, source, prov)] };
}

function endId(end: LinkEnd, opts: IngestOptions): string | Reject {
  if ('id' in end) return end.id;
  const r = readValue(end, opts);
  if (r.ok) return entityId(KIND_LABEL[r.indicator.kind], r.indicator.key);
  return { field: end.field, value: end.value, reason: r.reason, message: r.message };
}

/** A stated link between two ids (its ends normalized as their nodes were), or why it is not written. */
export function linkRecords(
  link: IngestLink,
  source: string,
  opts: IngestOptions,
  now: string,
): { rel: RelRecord } | { reject: Reject } {
  const from = endId(link.from, opts);
  if (typeof from !== 'string') return { reject: from };
  const to = endId(link.to, opts);
  if (typeof to !== 'string') return { reject: to };
  const [fromLabels, toLabels] = ENDS[link.type] ?? [undefined, []];
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  if (
    !fromLabel ||
    !toLabel ||
    (fromLabels && !fromLabels.includes(fromLabel)) ||
    !toLabels.includes(toLabel)
  ) {
    return {
      reject: {
        field: link.field,
        value: `${from} → ${to}`,
        reason: 'NO_RELATIONSHIP',
        message: `${link.type} does not link a ${fromLabel ?? '?'} to a ${toLabel ?? '?'}; the link was not written.`,
      },
    };
  }
  const r = rel(link.type, from, to, provenance(link, source, opts, now));
  return { rel: { ...r, props: { ...link.props } } };
}
