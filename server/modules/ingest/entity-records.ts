// Entities read whole (STIX compounds, organisations) and stated links → records with the run's provenance.
import type { IngestEntity, IngestLink, LinkEnd } from '../../formats/reader-types.js';
import { KIND_LABEL } from '../../indicators/types.js';
import {
  entityId,
  labelOfId,
  NODE_LABELS,
  type NodeLabel,
  type NodeRecord,
  type RelRecord,
  type RelType,
} from '../../model.js';
import type { IngestOptions } from './ingest-types.js';
import { labelLinkRule } from './link-rules.js';
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
  RELATED_TO: [undefined, NODE_LABELS.filter((l) => l !== 'Source' && l !== 'VictimReport')],
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

/** Whether a URL's host is the domain: ON_DOMAIN is a fact of the URL, not a guess from two kinds. */
function onDomain([url, domain]: string[]): boolean {
  try {
    return new URL(keyOf(url!)).hostname === keyOf(domain!);
  } catch {
    return false;
  }
}

const keyOf = (id: string) => id.slice(id.indexOf(':') + 1);

/** A stated link between two ids (its ends normalized as their nodes were), or why it is not written. */
export function linkRecords(
  link: IngestLink,
  source: string,
  opts: IngestOptions,
  now: string,
): { rel: RelRecord } | { reject: Reject } | { skip: string } {
  let from = endId(link.from, opts);
  if (typeof from !== 'string') return { reject: from };
  let to = endId(link.to, opts);
  if (typeof to !== 'string') return { reject: to };
  let fromLabel = labelOfId(from);
  let toLabel = labelOfId(to);
  let type = link.type;
  let props: RelRecord['props'] = { ...link.props };
  if (link.stixType !== undefined) {
    // Both ends are one entity once normalized (a URL and its own form): nothing to link.
    if (from === to) return { skip: `relationship:${link.stixType.slice(0, 40)} (one entity)` };
    const rule =
      link.byRule && fromLabel && toLabel ? labelLinkRule(fromLabel, toLabel) : undefined;
    if (rule && (rule.type !== 'ON_DOMAIN' || onDomain(rule.forward ? [from, to] : [to, from]))) {
      type = rule.type;
      if (!rule.forward) [from, to, fromLabel, toLabel] = [to, from, toLabel, fromLabel];
    } else {
      type = 'RELATED_TO';
      props = { ...props, stixType: String(link.props.stixType ?? link.stixType) };
    }
  }
  const [fromLabels, toLabels] = ENDS[type] ?? [undefined, []];
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
        message: `${type} does not link a ${fromLabel ?? '?'} to a ${toLabel ?? '?'}; the link was not written.`,
      },
    };
  }
  const r = rel(type, from, to, provenance(link, source, opts, now));
  return { rel: { ...r, props } };
}
