// Entities: get by id, lookup of a pasted value, full-text + exact search, and source citations. Every
// statement takes the caller's visibility keys ($vis, SPEC §6): a hidden entity reads as one that never was.
import { cypher, cypherWith } from '../../db/cypher.js';
import type { Executor } from '../../db/executor.js';
import { BadInputError } from '../../errors.js';
import { entityId, labelOfId, type NodeLabel } from '../../model.js';
import type { RequestContext } from '../../context.js';
import { detect, normalize } from '../../indicators/index.js';
import { KIND_LABEL, type IndicatorKind } from '../../indicators/types.js';
import { visibilityParams } from '../access/visibility.js';
import { LIMITS, requireInt, requireText } from '../common/limits.js';
import { entityOf, noSuchEntity } from './entity-view.js';
import type { EntityModel, LookupModel } from './entities-types.js';

export type { LookupModel } from './entities-types.js';

/** The label an id belongs to; BAD_USER_INPUT when the id is malformed. */
export function labelFor(id: string, field = 'id'): NodeLabel {
  const trimmed = requireText(field, id, LIMITS.idLength);
  const label = labelOfId(trimmed);
  if (!label || trimmed.length <= trimmed.indexOf(':') + 1) {
    throw new BadInputError(
      `${field} "${trimmed.slice(0, 80)}" is not an entity id; ids look like "domain:example.com" or "wallet:tron:T…".`,
      { field, reason: 'MALFORMED_ID' },
    );
  }
  return label;
}

/** The entity as the caller sees it, or null when it does not exist for the caller (hidden or absent). */
export async function findEntity(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<EntityModel | null> {
  const label = labelFor(id);
  const rows = await executor.read({
    cypher: cypherWith('entities/get-by-id', { label }),
    params: { id, ...visibilityParams(ctx) },
  });
  const row = rows[0];
  return row ? entityOf(row, ctx) : null;
}

export async function getEntity(
  executor: Executor,
  ctx: RequestContext,
  id: string,
): Promise<EntityModel> {
  const entity = await findEntity(executor, ctx, id);
  if (!entity) throw noSuchEntity(id);
  return entity;
}

/** Indicator kinds by their node label, for reading a value "as" a kind. */
const KIND_BY_LABEL = new Map<NodeLabel, IndicatorKind>(
  (Object.entries(KIND_LABEL) as [IndicatorKind, NodeLabel][]).map(([kind, label]) => [
    label,
    kind,
  ]),
);

export async function lookup(
  executor: Executor,
  ctx: RequestContext,
  value: string,
  asLabel?: NodeLabel | null,
  defaultRegion?: string | null,
): Promise<LookupModel> {
  const input = requireText('value', value, LIMITS.valueLength);
  if (defaultRegion != null && !/^[A-Za-z]{2}$/.test(defaultRegion)) {
    throw new BadInputError('defaultRegion must be a two-letter ISO 3166 code such as KH or TH.', {
      field: 'defaultRegion',
      reason: 'INVALID_REGION',
    });
  }
  const opts = { defaultRegion: defaultRegion?.toUpperCase() };
  let label: NodeLabel;
  let key: string;
  let registrable: string | null = null;
  if (asLabel && !KIND_BY_LABEL.has(asLabel)) {
    // Organizations, sources and victim reports are keyed by slug: look them up as given.
    label = asLabel;
    key = input.toLowerCase();
  } else {
    const kind = asLabel ? KIND_BY_LABEL.get(asLabel) : undefined;
    const result = kind ? normalize(input, kind, opts) : detect(input, opts);
    if (!result.ok) {
      const rejectedLabel = result.kind ? KIND_LABEL[result.kind] : null;
      return {
        input,
        recognized: false,
        label: rejectedLabel,
        normalized: null,
        id: null,
        entity: null,
        registrable: null,
        reason: result.reason,
        message: result.message,
      };
    }
    label = KIND_LABEL[result.indicator.kind];
    key = result.indicator.key;
    const facts = result.indicator.facts ?? {};
    if (label === 'Domain' && typeof facts.registrable === 'string')
      registrable = facts.registrable;
  }
  const id = entityId(label, key);
  // A hidden value answers exactly as one never seen: recognised, normalized, no entity.
  const entity = await findEntity(executor, ctx, id);
  return {
    input,
    recognized: true,
    label,
    normalized: key,
    id,
    entity,
    registrable,
    reason: null,
    message: null,
  };
}

/**
 * The stored hostnames under a domain (for `example.test`: `www.example.test`, `m.example.test`…) that the
 * caller may see, shortest first: through the registrable-domain index, then by name suffix.
 */
export async function hostnamesUnder(
  executor: Executor,
  ctx: RequestContext,
  domain: string,
  registrable: string,
  first: number,
): Promise<EntityModel[]> {
  requireInt('first', first, LIMITS.searchFirst);
  const rows = await executor.read({
    cypher: cypher('entities/hostnames-under'),
    params: { registrable, suffix: `.${domain}`, limit: first, ...visibilityParams(ctx) },
  });
  return rows.map((r) => entityOf(r, ctx));
}

/** The hostnames `search` lists after a domain's exact match. */
const SEARCH_HOSTNAMES = 20;

interface Cursor {
  o: number;
}

function decodeCursor(after: string | null | undefined): number {
  if (after == null) return 0;
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Cursor;
    if (Number.isInteger(c.o) && c.o >= 0 && c.o < 1_000_000) return c.o;
  } catch {
    // fall through
  }
  throw new BadInputError('after is not a cursor returned by search.', {
    field: 'after',
    reason: 'INVALID_CURSOR',
  });
}

const encodeCursor = (o: number) => Buffer.from(JSON.stringify({ o })).toString('base64url');

/** Lucene query from free text: every word must match as a prefix; no Lucene syntax gets through. */
export function fulltextQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 16);
  return unique.length ? unique.map((w) => `${w}*`).join(' AND ') : null;
}

export interface SearchHitModel {
  node: EntityModel;
  score: number;
  exact: boolean;
  cursor: string;
}

export async function search(
  executor: Executor,
  ctx: RequestContext,
  query: string,
  labels: NodeLabel[] | null,
  first: number,
  after: string | null | undefined,
): Promise<{ hits: SearchHitModel[]; hasNextPage: boolean; endCursor: string | null }> {
  const text = requireText('query', query, LIMITS.searchQueryLength);
  requireInt('first', first, LIMITS.searchFirst);
  const offset = decodeCursor(after);
  const wanted = labels && labels.length > 0 ? labels : null;

  // Exact match on the normalized form (offset 0 of the result list), then a domain's hostnames.
  const exact: EntityModel[] = [];
  let exactId: string | null = null;
  const detected = detect(text, {});
  if (detected.ok) {
    const label = KIND_LABEL[detected.indicator.kind];
    const found =
      !wanted || wanted.includes(label)
        ? await findEntity(executor, ctx, entityId(label, detected.indicator.key))
        : null;
    if (found) exact.push(found);
    exactId = found?.id ?? null;
    const registrable = detected.indicator.facts?.registrable;
    if (
      label === 'Domain' &&
      typeof registrable === 'string' &&
      (!wanted || wanted.includes(label))
    )
      exact.push(
        ...(await hostnamesUnder(
          executor,
          ctx,
          detected.indicator.key,
          registrable,
          SEARCH_HOSTNAMES,
        )),
      );
  }
  const hits: SearchHitModel[] = [];
  let position = offset;
  if (offset < exact.length) {
    for (const node of exact.slice(offset, offset + first))
      hits.push({
        node,
        score: Number.MAX_SAFE_INTEGER,
        exact: node.id === exactId,
        cursor: encodeCursor(++position),
      });
  }
  const lucene = fulltextQuery(text);
  let hasNextPage = false;
  if (lucene) {
    const skip = Math.max(0, offset - exact.length);
    const need = first - hits.length;
    const rows = await executor.read({
      cypher: cypher('entities/search-fulltext'),
      params: {
        query: lucene,
        labels: wanted,
        exclude: exact.map((e) => e.id),
        skip,
        limit: need + 1,
        ...visibilityParams(ctx),
      },
    });
    hasNextPage = rows.length > need || offset + first < exact.length;
    for (const r of rows.slice(0, need)) {
      hits.push({
        node: entityOf(r, ctx),
        score: Number(r.score),
        exact: false,
        cursor: encodeCursor(++position),
      });
    }
  }
  return { hits, hasNextPage, endCursor: hasNextPage ? (hits.at(-1)?.cursor ?? null) : null };
}

/** Source citations for a batch of ids (one query per request batch): the sources the caller may see. */
export async function sourcesByIds(executor: Executor, ctx: RequestContext, ids: string[]) {
  const rows = await executor.read({
    cypher: cypher('entities/sources-by-ids'),
    params: { ids, ...visibilityParams(ctx) },
  });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    reliability: (r.reliability as string) ?? null,
    url: (r.url as string) ?? null,
  }));
}
