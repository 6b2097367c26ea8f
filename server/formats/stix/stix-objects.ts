// The STIX objects that need the rest of the bundle: observables an indicator covers (`based-on`),
// compounds (`infrastructure` `located-at` a `location`), organisations, infrastructures that group their
// parts, and the relationships among what we model. Objects stream in any order; only what is still open
// is kept.
import type { IngestEntity, IngestRow, LinkEnd, ReaderItem, RowValue } from '../reader-types.js';
import {
  compoundOf,
  geoOf,
  infraOf,
  organisationOf,
  type Base,
  type Geo,
  type Infra,
} from './stix-entities.js';
import {
  descriptionProps,
  GENERIC_STIX_RELS,
  REL_OF_STIX,
  str,
  type StixObject,
} from './stix-reader-fields.js';

/**
 * Memory bound. The bundle is never held: per STIX id we keep at most its end (a value and kind, or an
 * entity id: ~200 bytes), for the last MAX_KNOWN_IDS objects that a relationship may name (oldest
 * forgotten first, ~50 MB). Observables not yet covered by an indicator, infrastructures and locations
 * not yet paired, organisations not yet linked and relationships whose ends are not yet known wait, each
 * up to MAX_PENDING (oldest first: an observable is then written on its own, the others skipped). Our
 * own exports write every relationship after its ends, so nothing waits long there.
 */
export const MAX_KNOWN_IDS = 250_000;
export const MAX_PENDING = 100_000;

interface Known {
  end: LinkEnd;
  /** `<type>\0<key>` of the observable an SCO or a one-value indicator names. */
  match?: string;
}
interface PendingSco {
  row: IngestRow;
  match: string;
}
interface PendingRel extends Base {
  kind: string;
  from: string;
  to: string;
  props: Record<string, string | number>;
}
/** An infrastructure not located anywhere: its parts (the other ends of its relationships). */
interface Group {
  infra: Infra;
  parts: Map<string, { end: LinkEnd; kind: string }>;
  /** Relationships that named a part: skipped when the group links nothing. */
  rels: number;
}

/** Preferred hub of a group's links (the kinds SPEC §1 links most others to), then the rest. */
const HUB_ORDER = ['domain', 'app', 'url', 'ip', 'wallet', 'phone', 'account', 'email'];
const hubRank = (end: LinkEnd) =>
  'id' in end
    ? HUB_ORDER.length + (end.id.startsWith('compound:') ? 0 : 1)
    : HUB_ORDER.indexOf(end.kind ?? '') + 1 || HUB_ORDER.length;

/** Relationship types that make a held organisation (identity, intrusion-set) one of ours. */
const ORG_LINKS = (kind: string) =>
  GENERIC_STIX_RELS.has(kind) || REL_OF_STIX.has(kind) || kind === 'attributed-to';

/** What a bundle's objects add up to, as they stream in; `finish()` resolves what waited. */
export class StixBundleState {
  private readonly known = new Map<string, Known>();
  private readonly scos = new Map<string, PendingSco>();
  private readonly infras = new Map<string, Infra>();
  private readonly geos = new Map<string, Geo>();
  private readonly orgs = new Map<string, { entity: IngestEntity; what: string }>();
  private readonly groups = new Map<string, Group>();
  private readonly rels = new Map<number, PendingRel>();
  private relSeq = 0;

  private remember(stixId: string, known: Known): void {
    this.known.delete(stixId);
    this.known.set(stixId, known);
    if (this.known.size > MAX_KNOWN_IDS) this.known.delete(this.known.keys().next().value!);
  }

  /** An indicator whose pattern named one observable: relationships and `based-on` may name it. */
  indicator(stixId: string, end: RowValue, match: string): void {
    this.remember(stixId, { end, match });
  }

  /** An observable waits: its row is dropped if an indicator is `based-on` it, else written at the end. */
  *observable(stixId: string, row: IngestRow, match: string): Generator<ReaderItem> {
    this.scos.set(stixId, { row, match });
    if (this.scos.size > MAX_PENDING) yield* this.releaseSco(this.scos.keys().next().value!);
  }

  private *releaseSco(stixId: string): Generator<ReaderItem> {
    const sco = this.scos.get(stixId);
    if (!sco) return;
    this.scos.delete(stixId);
    this.remember(stixId, { end: sco.row.main, match: sco.match });
    yield { type: 'row', row: sco.row };
  }

  *location(stixId: string, o: StixObject): Generator<ReaderItem> {
    this.geos.set(stixId, geoOf(o));
    if (this.geos.size <= MAX_PENDING) return;
    const [oldest, geo] = this.geos.entries().next().value!;
    this.geos.delete(oldest);
    if (!geo.used) yield { type: 'skip', what: 'location' };
  }

  *infrastructure(stixId: string, o: StixObject, base: Base): Generator<ReaderItem> {
    const infra = infraOf(o, base);
    if (!infra) {
      yield { type: 'skip', what: 'infrastructure' };
      return;
    }
    this.infras.set(stixId, infra);
    if (this.infras.size > MAX_PENDING) {
      this.infras.delete(this.infras.keys().next().value!);
      yield { type: 'skip', what: 'infrastructure' };
    }
  }

  /** A threat-actor, intrusion-set or identity: an Organization now, when linked, or skipped. */
  *organisation(stixId: string, o: StixObject, type: string, base: Base): Generator<ReaderItem> {
    const org = organisationOf(o, type, base);
    if (!org) {
      yield { type: 'skip', what: type };
    } else if (org.eager) {
      this.remember(stixId, { end: { id: org.entity.id } });
      yield { type: 'entity', entity: org.entity };
    } else {
      this.orgs.set(stixId, { entity: org.entity, what: type });
      if (this.orgs.size > MAX_PENDING) {
        const [oldest, held] = this.orgs.entries().next().value!;
        this.orgs.delete(oldest);
        yield { type: 'skip', what: held.what };
      }
    }
  }

  *relationship(o: StixObject, base: Base): Generator<ReaderItem> {
    const kind = String(o.relationship_type ?? '');
    const from = str(o.source_ref);
    const to = str(o.target_ref);
    if (!from || !to || !kind) {
      yield { type: 'skip', what: 'relationship' };
      return;
    }
    const rel: PendingRel = {
      ...base,
      kind,
      from,
      to,
      props: descriptionProps(str(o.description)),
    };
    if (yield* this.resolve(rel, false)) return;
    this.rels.set(this.relSeq++, rel);
    if (this.rels.size > MAX_PENDING) {
      this.rels.delete(this.rels.keys().next().value!);
      yield { type: 'skip', what: 'relationship' };
    }
  }

  /** Whether an end can be linked now (`kind` decides whether a held organisation may be). */
  private available(stixId: string, kind: string): boolean {
    return this.known.has(stixId) || (this.orgs.has(stixId) && ORG_LINKS(kind));
  }

  /** The end of an available id; a held organisation is written first. */
  private *endOf(stixId: string): Generator<ReaderItem, LinkEnd> {
    const held = this.orgs.get(stixId);
    if (held) {
      this.orgs.delete(stixId);
      this.remember(stixId, { end: { id: held.entity.id } });
      yield { type: 'entity', entity: held.entity };
    }
    return this.known.get(stixId)!.end;
  }

  /** Handles a relationship whose ends are known; otherwise false (or, at the end, skipped). */
  private *resolve(rel: PendingRel, final: boolean): Generator<ReaderItem, boolean> {
    const infra = this.infras.get(rel.from);
    if (rel.kind === 'located-at' && infra) {
      const geo = this.geos.get(rel.to);
      if (geo?.country) {
        this.infras.delete(rel.from);
        geo.used = true;
        const item = compoundOf(infra, geo.country, geo);
        if (item.type === 'entity') this.remember(rel.from, { end: { id: item.entity.id } });
        yield item;
        return true;
      }
      if (!final) return false;
    }
    const indicator = this.known.get(rel.from);
    const sco = this.scos.get(rel.to);
    const collapses = rel.kind === 'based-on' || rel.kind === 'indicates';
    if (collapses && indicator?.match && indicator.match === sco?.match) {
      // The indicator's row already holds this observable, with the indicator's provenance.
      this.scos.delete(rel.to);
      this.remember(rel.to, { end: indicator.end, match: indicator.match });
      return true;
    }
    if (this.available(rel.from, rel.kind) && this.available(rel.to, rel.kind)) {
      const from = this.known.get(rel.from);
      if (collapses && from?.match && from.match === this.known.get(rel.to)?.match) return true;
      yield this.link(rel, yield* this.endOf(rel.from), yield* this.endOf(rel.to));
      return true;
    }
    if (!final) return false;
    yield { type: 'skip', what: 'relationship' };
    return true;
  }

  /** A stated link: ours by its type, a generic one typed by its ends (entity-records.ts). */
  private link(rel: PendingRel, from: LinkEnd, to: LinkEnd): ReaderItem {
    const { kind: stated, from: _f, to: _t, ...link } = rel;
    const ours = REL_OF_STIX.get(stated);
    // Our export writes RELATED_TO as `related-to` with its original type in the description.
    const original = stated === 'related-to' ? link.props.stixType : undefined;
    const kind = typeof original === 'string' && original ? original : stated;
    return {
      type: 'link',
      link: {
        ...link,
        field: `relationship ${stated}`,
        ...(ours
          ? { type: ours }
          : { type: 'RELATED_TO', stixType: kind, byRule: GENERIC_STIX_RELS.has(kind) }),
        from,
        to,
      },
    };
  }

  /** A relationship naming a group: its other end becomes a part (when we model it), else skipped. */
  private *groupPart(rel: PendingRel): Generator<ReaderItem, boolean> {
    const groupId = this.groups.has(rel.from) ? rel.from : this.groups.has(rel.to) ? rel.to : '';
    if (!groupId) return false;
    const other = groupId === rel.from ? rel.to : rel.from;
    if (this.groups.has(other) || !this.available(other, rel.kind)) {
      yield { type: 'skip', what: 'relationship' };
      return true;
    }
    const end = yield* this.endOf(other);
    const key =
      this.known.get(other)?.match ?? ('id' in end ? end.id : `${end.kind}\0${end.value}`);
    const parts = this.groups.get(groupId)!.parts;
    if (!parts.has(key)) parts.set(key, { end, kind: rel.kind });
    this.groups.get(groupId)!.rels++;
    return true;
  }

  /**
   * A group's parts linked: each to the first (a domain before an app, URL, IP…), by SPEC §1's rule for
   * the pair or RELATED_TO, with the infrastructure's provenance and name.
   */
  private *groupLinks(group: Group): Generator<ReaderItem> {
    const parts = [...group.parts.values()].sort((a, b) => hubRank(a.end) - hubRank(b.end));
    const [hub, ...rest] = parts;
    if (!hub || rest.length === 0) {
      yield { type: 'skip', what: 'infrastructure' };
      for (let i = 0; i < group.rels; i++) yield { type: 'skip', what: 'relationship' };
      return;
    }
    const { display, aliases: _a, status: _s, ref: _r, ...base } = group.infra;
    for (const part of rest) {
      yield {
        type: 'link',
        link: {
          ...base,
          field: `infrastructure ${display.slice(0, 100)}`,
          type: 'RELATED_TO',
          stixType: part.kind,
          byRule: true,
          from: hub.end,
          to: part.end,
          props: { infrastructure: display.slice(0, 500) },
        },
      };
    }
  }

  /** At the end of the bundle: pairs and links that waited, then observables no indicator covered. */
  *finish(): Generator<ReaderItem> {
    const waiting = [...this.rels.values()];
    this.rels.clear();
    const later: PendingRel[] = [];
    for (const rel of waiting) {
      const structural =
        (rel.kind === 'located-at' && this.infras.has(rel.from)) ||
        ((rel.kind === 'based-on' || rel.kind === 'indicates') && this.scos.has(rel.to));
      if (!structural || !(yield* this.resolve(rel, false))) later.push(rel);
    }
    // Infrastructures located nowhere group their parts.
    for (const [id, infra] of this.infras)
      this.groups.set(id, { infra, parts: new Map(), rels: 0 });
    this.infras.clear();
    for (const geo of this.geos.values()) if (!geo.used) yield { type: 'skip', what: 'location' };
    this.geos.clear();
    for (const id of [...this.scos.keys()]) yield* this.releaseSco(id);
    for (const rel of later) if (!(yield* this.groupPart(rel))) yield* this.resolve(rel, true);
    for (const group of this.groups.values()) yield* this.groupLinks(group);
    this.groups.clear();
    for (const held of this.orgs.values()) yield { type: 'skip', what: held.what };
    this.orgs.clear();
  }
}
