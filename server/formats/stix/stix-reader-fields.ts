// Fields of STIX objects as the reader needs them: our relationship types, graph references, link facts.
import { slugify } from '../../indicators/index.js';
import { KIND_LABEL, type IndicatorKind } from '../../indicators/types.js';
import { labelOfId, REL_TYPES, type NodeLabel, type RelType } from '../../model.js';
import { keyOf } from './stix-ids.js';
import { STIX_REL_TYPE } from './stix-mapping.js';

export type StixObject = Record<string, unknown> & { type?: unknown };

/**
 * Relationship types of the generic STIX vocabulary that tools (OpenCTI, MISP, vendors) use between
 * observables, indicators, infrastructure and groups: a link between two things we model is typed by
 * SPEC §1's rule for their kinds, else RELATED_TO (docs/ingest.md "STIX relationships").
 */
export const GENERIC_STIX_RELS: ReadonlySet<string> = new Set([
  'related-to',
  'consists-of',
  'indicates',
  'based-on',
  'owns',
  'uses',
  'located-at',
  'communicates-with',
  'resolves-to',
  'belongs-to',
]);

/**
 * STIX relationship_type → our type: the writer's table read backwards (sources and victims never leave;
 * `related-to` and `resolves-to` are generic STIX types, read by the ends' kinds).
 */
export const REL_OF_STIX: ReadonlyMap<string, RelType> = new Map(
  REL_TYPES.filter(
    (t) => t !== 'REPORTED_IN' && t !== 'INVOLVES' && !GENERIC_STIX_RELS.has(STIX_REL_TYPE[t]),
  ).map((t) => [STIX_REL_TYPE[t], t]),
);

const LABEL_KIND = new Map<NodeLabel, IndicatorKind>(
  Object.entries(KIND_LABEL).map(([kind, label]) => [label, kind as IndicatorKind]),
);

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string' && a !== '') : [];
}

/** The graph id an object names in `external_references` (source_name `scamgraph`), if any. */
export function graphRefOf(o: StixObject): string | undefined {
  const refs = Array.isArray(o.external_references) ? (o.external_references as StixObject[]) : [];
  const ref = refs.find((r) => r && r.source_name === 'scamgraph');
  return ref ? str(ref.external_id) : undefined;
}

/** The value to read for an indicator of `kind`: its graph id's key when it names one of that kind. */
export function refValue(ref: string | undefined, kind: IndicatorKind): string | undefined {
  const label = ref ? labelOfId(ref) : undefined;
  return ref && label && LABEL_KIND.get(label) === kind ? keyOf(ref) : undefined;
}

/** A graph id of `label` whose key is a slug (compounds, organisations), else undefined. */
export function slugRef(ref: string | undefined, label: NodeLabel): string | undefined {
  if (!ref || labelOfId(ref) !== label) return undefined;
  const key = keyOf(ref);
  return key && slugify(key) === key ? ref : undefined;
}

/** `amount: 797254.78; asset: USDT-TRC20` (how the writer carries link properties) → properties. */
export function descriptionProps(text: string | undefined): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  if (!text || !/^[A-Za-z]\w*: [^;]*(; [A-Za-z]\w*: [^;]*)*$/.test(text)) return props;
  for (const part of text.split('; ')) {
    const [k = '', v = ''] = [
      part.slice(0, part.indexOf(': ')),
      part.slice(part.indexOf(': ') + 2),
    ];
    props[k] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return props;
}
