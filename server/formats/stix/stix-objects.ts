// The STIX objects that need the rest of the bundle: observables an indicator covers (`based-on`),
// compounds (`infrastructure` `located-at` a `location`), organisations (`threat-actor`) and the
// relationships among what we model. Objects stream in any order; only what is still open is kept.
import { normalizeCompound, slugify } from '../../indicators/index.js';
import { entityId } from '../../model.js';
import type { IngestRow, ItemProvenance, LinkEnd, ReaderItem, RowValue } from '../reader-types.js';
import { keyOf } from './stix-ids.js';
import {
  descriptionProps,
  graphRefOf,
  num,
  REL_OF_STIX,
  slugRef,
  str,
  strings,
  type StixObject,
} from './stix-reader-fields.js';

/**
 * Memory bound. The bundle is never held: per STIX id we keep at most its end (a value and kind, or an
 * entity id: ~200 bytes), for the last MAX_KNOWN_IDS objects that a relationship may name (oldest
 * forgotten first, ~50 MB). Observables not yet covered by an indicator, infrastructures and locations
 * not yet paired, and relationships whose ends are not yet known wait, each up to MAX_PENDING (oldest
 * first: an observable is then written on its own, an infrastructure or relationship skipped). Our own
 * exports write every relationship after its ends, so nothing waits long there.
 */
export const MAX_KNOWN_IDS = 250_000;
export const MAX_PENDING = 100_000;

type Base = ItemProvenance & { line: number };
interface Known {
  end: LinkEnd;
  /** `<type>\0<key>` of the one observable an indicator's pattern names (for `based-on`). */
  match?: string;
}
interface PendingSco {
  row: IngestRow;
  match: string;
}
interface Infra extends Base {
  display: string;
  aliases: string[];
  status?: string;
  ref?: string;
}
interface Geo {
  country?: string;
  lat?: number;
  lon?: number;
  city?: string;
  used: boolean;
}
interface PendingRel extends Base {
  kind: string;
  from: string;
  to: string;
  props: Record<string, string | number>;
}

/** What a bundle's objects add up to, as they stream in; `finish()` resolves what waited. */
export class StixBundleState {
  private readonly known = new Map<string, Known>();
  private readonly scos = new Map<string, PendingSco>();
  private readonly infras = new Map<string, Infra>();
  private readonly geos = new Map<string, Geo>();
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
    this.remember(stixId, { end: sco.row.main });
    yield { type: 'row', row: sco.row };
  }

  location(stixId: string, o: StixObject): Generator<ReaderItem> {
    const country = str(o.country)?.toUpperCase();
    this.geos.set(stixId, {
      country,
      lat: num(o.latitude),
      lon: num(o.longitude),
      city: str(o.city),
      used: false,
    });
    return this.evictGeo();
  }

  private *evictGeo(): Generator<ReaderItem> {
    if (this.geos.size <= MAX_PENDING) return;
    const [oldest, geo] = this.geos.entries().next().value!;
    this.geos.delete(oldest);
    if (!geo.used) yield { type: 'skip', what: 'location' };
  }

  *infrastructure(stixId: string, o: StixObject, base: Base): Generator<ReaderItem> {
    const display = str(o.name);
    if (!display) {
      yield { type: 'skip', what: 'infrastructure' };
      return;
    }
    const status = /status: ([a-z-]+)/.exec(str(o.description) ?? '')?.[1];
    this.infras.set(stixId, {
      ...base,
      display,
      aliases: strings(o.aliases),
      status,
      ref: graphRefOf(o),
    });
    if (this.infras.size > MAX_PENDING) {
      this.infras.delete(this.infras.keys().next().value!);
      yield { type: 'skip', what: 'infrastructure' };
    }
  }

  /** A threat-actor is an Organization when it is ours or a criminal one (not a state's or a spy's). */
  *threatActor(stixId: string, o: StixObject, base: Base): Generator<ReaderItem> {
    const types = strings(o.threat_actor_types);
    const ref = slugRef(graphRefOf(o), 'Organization');
    const name = str(o.name)?.trim();
    const criminal = types.includes('crime-syndicate') || types.includes('criminal');
    if (!name || !slugify(name) || (!ref && !criminal)) {
      yield { type: 'skip', what: 'threat-actor' };
      return;
    }
    const kind =
      /Organisation kind: ([a-z-]+)\./.exec(str(o.description) ?? '')?.[1] ??
      (types.includes('crime-syndicate') ? 'syndicate' : undefined);
    const aliases = strings(o.aliases);
    const id = ref ?? entityId('Organization', slugify(name));
    this.remember(stixId, { end: { id } });
    yield {
      type: 'entity',
      entity: {
        ...base,
        label: 'Organization',
        id,
        value: keyOf(id),
        display: name,
        props: { name, ...(kind ? { kind } : {}), ...(aliases.length ? { aliases } : {}) },
      },
    };
  }

  *relationship(o: StixObject, base: Base): Generator<ReaderItem> {
    const kind = String(o.relationship_type ?? '');
    const from = str(o.source_ref);
    const to = str(o.target_ref);
    if (!from || !to || !(kind === 'based-on' || kind === 'located-at' || REL_OF_STIX.has(kind))) {
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

  /** Handles a relationship whose ends are known; otherwise false (or, at the end, skipped). */
  private *resolve(rel: PendingRel, final: boolean): Generator<ReaderItem, boolean> {
    let ready: boolean;
    if (rel.kind === 'based-on') {
      const indicator = this.known.get(rel.from);
      const sco = this.scos.get(rel.to);
      if (indicator?.match && sco && indicator.match === sco.match) {
        // The indicator's row already holds this observable, with the indicator's provenance.
        this.scos.delete(rel.to);
        this.remember(rel.to, { end: indicator.end });
        return true;
      }
      ready = indicator !== undefined && (sco !== undefined || this.known.has(rel.to));
    } else if (rel.kind === 'located-at') {
      const infra = this.infras.get(rel.from);
      const geo = this.geos.get(rel.to);
      if (infra && geo?.country) {
        this.infras.delete(rel.from);
        geo.used = true;
        yield* this.compound(rel.from, infra, geo.country, geo);
        return true;
      }
      ready = false;
    } else {
      const from = this.known.get(rel.from)?.end;
      const to = this.known.get(rel.to)?.end;
      if (from && to) {
        const { kind, from: _f, to: _t, ...link } = rel;
        yield {
          type: 'link',
          link: { ...link, field: `relationship ${kind}`, type: REL_OF_STIX.get(kind)!, from, to },
        };
        return true;
      }
      ready = false;
    }
    if (!final && !ready) return false;
    yield { type: 'skip', what: 'relationship' };
    return true;
  }

  private *compound(
    stixId: string,
    infra: Infra,
    country: string,
    geo: Geo,
  ): Generator<ReaderItem> {
    const suffix = ` (${country})`;
    const name = infra.display.endsWith(suffix)
      ? infra.display.slice(0, -suffix.length)
      : infra.display;
    const r = normalizeCompound({
      name,
      country,
      lat: geo.lat,
      lon: geo.lon,
      aliases: infra.aliases,
    });
    if (!r.ok) {
      yield {
        type: 'reject',
        reject: {
          line: infra.line,
          field: 'infrastructure',
          value: `${name}, ${country}`,
          reason: r.reason,
          message: r.message,
        },
      };
      return;
    }
    const id = slugRef(infra.ref, 'Compound') ?? entityId('Compound', r.indicator.key);
    this.remember(stixId, { end: { id } });
    const { display: _d, aliases: _a, status, ref: _r, ...base } = infra;
    yield {
      type: 'entity',
      entity: {
        ...base,
        label: 'Compound',
        id,
        value: keyOf(id),
        display: infra.display,
        props: {
          ...r.indicator.facts,
          ...(r.aliases.length ? { aliases: r.aliases } : {}),
          ...(status ? { status } : {}),
          ...(geo.city ? { town: geo.city } : {}),
        },
      },
    };
  }

  /** At the end of the bundle: pairs and links that waited, then observables no indicator covered. */
  *finish(): Generator<ReaderItem> {
    const waiting = [...this.rels.values()];
    this.rels.clear();
    const structural = (r: PendingRel) => r.kind === 'based-on' || r.kind === 'located-at';
    for (const rel of waiting.filter(structural)) yield* this.resolve(rel, true);
    for (const _ of this.infras.values()) yield { type: 'skip', what: 'infrastructure' };
    this.infras.clear();
    for (const geo of this.geos.values()) if (!geo.used) yield { type: 'skip', what: 'location' };
    this.geos.clear();
    for (const id of [...this.scos.keys()]) yield* this.releaseSco(id);
    for (const rel of waiting.filter((r) => !structural(r))) yield* this.resolve(rel, true);
  }
}
