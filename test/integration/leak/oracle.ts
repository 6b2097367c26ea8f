// The leak test's oracle: SPEC §6 re-implemented here (independently of server/modules/access), and what a
// generated world holds once ingested: every node and link with the assertions each source made of it.
import { normalize, slugify } from '../../../server/indicators/index.js';
import { KIND_LABEL, type IndicatorKind } from '../../../server/indicators/types.js';
import { entityId, type NodeLabel, type Tlp } from '../../../server/model.js';
import {
  TLPS,
  spelled,
  valueNames,
  type OrgKey,
  type RoleName,
  type Scope,
  type ValueNames,
  type WorldSpec,
} from './world.js';

const rank = (t: Tlp) => TLPS.indexOf(t);

export interface Caller {
  /** A readable name for reports, e.g. `org-a analyst@GREEN`. */
  name: string;
  org: OrgKey | null;
  account: string | null;
  role: RoleName | null;
  clearance: Tlp;
  anonymous: boolean;
  /** Which server the caller talks to: anonymous callers of a public instance see CLEAR. */
  server: 'private' | 'public';
  token?: string;
}

/** The SPEC §6 table: may this caller see an assertion made under this scope? */
export function sees(caller: Caller, scope: Scope): boolean {
  if (caller.anonymous) return caller.server === 'public' && scope.tlp === 'CLEAR';
  if (rank(scope.tlp) > rank(caller.clearance)) return false;
  switch (scope.tlp) {
    case 'CLEAR':
    case 'GREEN':
      return true;
    case 'AMBER':
      return (
        scope.org === caller.org ||
        scope.sharedWith.includes('community') ||
        scope.sharedWith.includes(caller.org ?? '')
      );
    case 'AMBER_STRICT':
      return scope.org === caller.org;
    case 'RED':
      return (
        scope.org === caller.org ||
        scope.recipients.includes(caller.org ?? '') ||
        scope.recipients.includes(`user:${caller.account ?? ''}`)
      );
  }
}

export interface Assertion {
  submission: number;
  raw?: string;
  comment?: string;
  /** A compound's name as this source wrote it. */
  name?: string;
}

export interface WorldNode {
  id: string;
  label: NodeLabel;
  key: string;
  display: string;
  country?: string;
  assertions: Assertion[];
}

export interface WorldLink {
  id: string;
  from: string;
  type: string;
  to: string;
  submissions: Set<number>;
}

export interface WorldSource {
  id: string;
  slug: string;
  name: string;
  submission: number;
}

/** Everything a world holds, as the ingest should store it. */
export interface Universe {
  spec: WorldSpec;
  names: ValueNames;
  nodes: Map<string, WorldNode>;
  links: Map<string, WorldLink>;
  sources: WorldSource[];
}

function normalized(value: string, kind: IndicatorKind) {
  const r = normalize(value, kind, {});
  if (!r.ok) throw new Error(`generated value ${value} does not normalize: ${r.message}`);
  return r.indicator;
}

export function buildUniverse(spec: WorldSpec): Universe {
  const names = valueNames(spec);
  const nodes = new Map<string, WorldNode>();
  const links = new Map<string, WorldLink>();
  const assert = (value: string, kind: IndicatorKind, a: Assertion, rawOverride?: string) => {
    const ind = normalized(value, kind);
    const id = entityId(KIND_LABEL[kind], ind.key);
    let node = nodes.get(id);
    if (!node) {
      node = {
        id,
        label: KIND_LABEL[kind],
        key: ind.key,
        display: ind.display,
        country: typeof ind.facts.country === 'string' ? ind.facts.country : undefined,
        assertions: [],
      };
      nodes.set(id, node);
    }
    node.assertions.push({ ...a, raw: rawOverride ?? value });
    return id;
  };
  const link = (from: string, type: string, to: string, s: number) => {
    const id = `${from}|${type}|${to}`;
    const l = links.get(id) ?? { id, from, type, to, submissions: new Set<number>() };
    l.submissions.add(s);
    links.set(id, l);
  };
  const sources: WorldSource[] = spec.submissions.map((_, s) => {
    const name = names.sourceName(s);
    const slug = slugify(name);
    return { id: `source:${slug}`, slug, name, submission: s };
  });
  spec.submissions.forEach((sub, s) => {
    sub.rows.forEach((row, r) => {
      const v = spelled(spec, names, row);
      const comment = row.comment ? names.comment(s, r) : undefined;
      const base = { submission: s };
      const mainFacts = { comment };
      const compound =
        v.compound === undefined
          ? undefined
          : (main: boolean) =>
              assert(v.compound!, 'compound', {
                ...base,
                name: v.compoundName,
                ...(main ? mainFacts : {}),
              });
      switch (row.shape) {
        case 'domain': {
          const d = assert(v.domain!, 'domain', { ...base, ...mainFacts });
          if (v.wallet) link(d, 'PAYS_TO', assert(v.wallet, 'wallet', base), s);
          if (v.phone) link(assert(v.phone, 'phone', base), 'CONTACT_FOR', d, s);
          if (compound) link(d, 'OPERATED_FROM', compound(false), s);
          break;
        }
        case 'url': {
          const u = assert(v.url!, 'url', { ...base, ...mainFacts });
          const host = assert(names.urlHost(row.url!), 'domain', base, v.url);
          link(u, 'ON_DOMAIN', host, s);
          if (compound) link(u, 'OPERATED_FROM', compound(false), s);
          break;
        }
        case 'wallet': {
          const w = assert(v.wallet!, 'wallet', { ...base, ...mainFacts });
          if (compound) link(w, 'OPERATED_FROM', compound(false), s);
          break;
        }
        case 'phone': {
          const p = assert(v.phone!, 'phone', { ...base, ...mainFacts });
          if (compound) link(p, 'OPERATED_FROM', compound(false), s);
          break;
        }
        case 'compound':
          compound!(true);
          break;
      }
    });
  });
  return { spec, names, nodes, links, sources };
}
