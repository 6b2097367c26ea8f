// Exports for one caller: exportIndicators in every format (everything visible, filtered by country,
// source and maximum TLP), and the indicator sets of every organisation (listed, exported, foreign ones).
import { parse } from 'csv-parse/sync';
import { stixIdOfEntity } from '../../../server/formats/stix/stix-ids.js';
import { sample } from './entity-checks.js';
import {
  INDICATOR_LABELS,
  clusterCandidates,
  countrySelection,
  viewOf,
  walk,
  type Universe,
  type View,
} from './oracle.js';
import { setDiff, shapeOf, stringsOf, type Probe } from './probe.js';
import { COUNTRIES, TLPS, type OrgKey } from './world.js';

const F = 'exportIndicators';
const S = 'indicator sets';

interface ExportJson {
  format: string;
  content: string;
  count: number;
}

/** An indicator set one organisation's analyst saved for this world. */
export interface SavedSet {
  id: string;
  name: string;
  org: OrgKey;
  mode: 'ids' | 'cluster' | 'filter';
  ids?: string[];
  clusterOf?: string;
  country?: string;
}

const EXPORT = `query($format: ExportFormat!, $filter: IndicatorFilterInput, $setId: ID) {
  exportIndicators(format: $format, filter: $filter, setId: $setId) { format mediaType filename content count }
}`;

/** Viewers and anonymous callers may be refused exports; that reveals nothing. */
const refused = (code: string | undefined) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';

async function exportAs(
  p: Probe,
  family: string,
  where: string,
  variables: Record<string, unknown>,
): Promise<ExportJson | undefined> {
  const r = await p.gql<{ exportIndicators: ExportJson }>(family, where, EXPORT, variables);
  // The content is a string inside JSON: scan it unescaped too.
  if (r.data?.exportIndicators)
    p.scan(family, `${where} content`, r.data.exportIndicators.content, stringsOf(variables));
  if (p.caller.anonymous && p.caller.server === 'private') return undefined;
  const code = r.errors?.[0]?.extensions?.code;
  if (!r.data?.exportIndicators) {
    if (
      !refused(code) ||
      p.caller.role === 'analyst' ||
      p.caller.role === 'admin' ||
      p.caller.role === 'partner'
    )
      p.fail(family, 'export failed', `${where}: ${code} ${r.errors?.[0]?.message}`);
    return undefined;
  }
  return r.data.exportIndicators;
}

interface CsvRow {
  kind: string;
  value: string;
  display: string;
  tlp: string;
  confidence: string;
  first_seen: string;
  last_seen: string;
  sources: string;
  cluster: string;
}

/** Checks CSV rows: exactly `want` (ids), each with its visible TLP, confidence, sources and cluster. */
function checkCsv(
  p: Probe,
  family: string,
  where: string,
  content: string,
  want: Set<string>,
  view: View = p.view,
): void {
  let rows: CsvRow[];
  try {
    rows = parse(content, { columns: true, skip_empty_lines: true }) as CsvRow[];
  } catch (error) {
    p.fail(family, 'CSV does not parse', `${where}: ${String(error)}`);
    return;
  }
  const idOf = (r: CsvRow) => `${r.kind}:${r.value}`;
  const diff = setDiff(rows.map(idOf), want);
  if (diff) p.fail(family, 'CSV rows differ from the visible selection', `${where}: ${diff}`);
  for (const row of rows) {
    const n = view.nodes.get(idOf(row));
    if (!n) continue;
    const at = `${where} row ${idOf(row)}`;
    if (row.tlp !== n.tlp)
      p.fail(
        family,
        'CSV tlp is not the least restrictive visible one',
        `${at}: ${row.tlp}, visible ${n.tlp}`,
      );
    if (Number(row.confidence) !== n.confidence)
      p.fail(
        family,
        'CSV confidence is not the maximum of visible assertions',
        `${at}: ${row.confidence}, visible ${n.confidence}`,
      );
    if (
      Date.parse(row.first_seen) !== Date.parse(n.firstSeen) ||
      Date.parse(row.last_seen) !== Date.parse(n.lastSeen)
    )
      p.fail(
        family,
        'CSV first/last seen not from visible assertions',
        `${at}: ${row.first_seen}–${row.last_seen}`,
      );
    const sources = setDiff(row.sources ? row.sources.split(';') : [], n.sources);
    if (sources)
      p.fail(
        family,
        'CSV sources column lists hidden or misses visible sources',
        `${at}: ${sources}`,
      );
    const { direct, near } = clusterCandidates(view, n.node.id);
    const allowed = direct.size ? direct : near;
    if (row.cluster ? !allowed.has(row.cluster) : allowed.size > 0)
      p.fail(
        family,
        'CSV cluster column not from visible links',
        `${at}: ${JSON.stringify(row.cluster)}, visible candidates ${JSON.stringify([...allowed])}`,
      );
  }
}

const indicatorsOf = (v: View, ids: Iterable<string>) =>
  new Set([...ids].filter((id) => INDICATOR_LABELS.has(v.nodes.get(id)?.node.label ?? 'Source')));

const indicators = (p: Probe, ids: Iterable<string>) =>
  new Set(
    [...ids].filter((id) => INDICATOR_LABELS.has(p.view.nodes.get(id)?.node.label ?? 'Source')),
  );

export async function checkExports(p: Probe, u: Universe, salt: number): Promise<void> {
  const v = p.view;
  const everything = indicators(p, v.nodes.keys());
  const csv = await exportAs(p, F, 'exportIndicators(CSV)', { format: 'CSV' });
  if (csv) checkCsv(p, F, 'exportIndicators(CSV)', csv.content, everything);

  // STIX or MISP (alternating per caller and world), and one filter in turn.
  if (salt % 2 === 0) {
    const stix = await exportAs(p, F, 'exportIndicators(STIX)', { format: 'STIX' });
    if (stix) {
      try {
        const ids = new Set(
          (JSON.parse(stix.content) as { objects: { id: string }[] }).objects.map((o) => o.id),
        );
        for (const n of v.nodes.values()) {
          const sid = stixIdOfEntity(n.node.id);
          if (sid && !ids.has(sid))
            p.fail(F, 'STIX export misses a visible entity', `${n.node.id} (${sid})`);
        }
      } catch (error) {
        p.fail(F, 'STIX export does not parse', String(error));
      }
    }
  } else {
    const misp = await exportAs(p, F, 'exportIndicators(MISP)', { format: 'MISP' });
    if (misp)
      for (const n of v.nodes.values())
        if (
          (n.node.label === 'Domain' || n.node.label === 'Url') &&
          !misp.content.includes(n.node.key)
        )
          p.fail(F, 'MISP export misses a visible indicator', n.node.id);
  }
  const turn = Math.floor(salt / 2) % 4;
  if (turn === 0) {
    const country = COUNTRIES[salt % COUNTRIES.length]!;
    const where = `exportIndicators(CSV, country ${country})`;
    const got = await exportAs(p, F, where, { format: 'CSV', filter: { country } });
    if (got) checkCsv(p, F, where, got.content, indicators(p, countrySelection(v, country)));
  }
  if (turn === 1) {
    // maxTlp GREEN exports as if the caller were cleared up to GREEN: rows, sources, dates, TLPs from
    // GREEN-or-lower assertions only (a GREEN export must not list AMBER sources).
    const where = 'exportIndicators(CSV, maxTlp GREEN)';
    const got = await exportAs(p, F, where, { format: 'CSV', filter: { maxTlp: 'GREEN' } });
    const capped = viewOf(u, {
      ...p.caller,
      clearance: TLPS.indexOf(p.caller.clearance) > 1 ? 'GREEN' : p.caller.clearance,
    });
    if (got) checkCsv(p, F, where, got.content, indicatorsOf(capped, capped.nodes.keys()), capped);
  }
  for (const src of turn === 2 ? sample([...v.sources.values()], 1, salt) : []) {
    const where = `exportIndicators(CSV, source ${src.id})`;
    const got = await exportAs(p, F, where, { format: 'CSV', filter: { source: src.id } });
    if (got)
      checkCsv(
        p,
        F,
        where,
        got.content,
        new Set([...everything].filter((id) => v.nodes.get(id)!.sources.has(src.id))),
      );
  }
  // A filter on a hidden source answers as one on a source that never existed.
  for (const src of turn === 3 ? sample(v.hiddenSources, 1, salt) : []) {
    const never = `source:never-${u.spec.tag}`;
    const a = await exportAs(p, F, `exportIndicators(CSV, hidden source ${src.id})`, {
      format: 'CSV',
      filter: { source: src.id },
    });
    const b = await exportAs(p, F, `exportIndicators(CSV, source ${never})`, {
      format: 'CSV',
      filter: { source: never },
    });
    if (a && b && (a.content !== b.content || a.count !== b.count))
      p.fail(
        F,
        'a filter on a hidden source answers unlike a never-seen one',
        `${a.count} rows vs ${b.count}`,
      );
  }
}

/** The needles of other organisations' sets (their names and ids) for a caller that may not list them. */
export function foreignSetNeedles(
  p: { org: OrgKey | null; role: string | null },
  sets: SavedSet[],
) {
  if (p.role === 'admin') return [];
  return sets
    .filter((s) => s.org !== p.org)
    .flatMap((s) => [
      { text: s.name, ci: true, kind: "another organisation's indicator set" },
      { text: s.id, ci: true, kind: "another organisation's indicator set" },
    ]);
}

/** What a set exports for this caller (indicator ids), or 'not-found' for a cluster root it cannot see. */
function setSelection(p: Probe, set: SavedSet): Set<string> | 'not-found' {
  const v = p.view;
  if (set.mode === 'ids')
    return indicators(
      p,
      (set.ids ?? []).filter((id) => v.nodes.has(id)),
    );
  if (set.mode === 'filter') return indicators(p, countrySelection(v, set.country!));
  if (!v.nodes.has(set.clusterOf!)) return 'not-found';
  return indicators(p, walk(v, set.clusterOf!, 4, false));
}

export async function checkSets(
  p: Probe,
  u: Universe,
  sets: SavedSet[],
  salt: number,
): Promise<void> {
  const c = p.caller;
  const list = await p.gql<{ indicatorSets: { id: string; organisation: string }[] }>(
    S,
    'indicatorSets',
    '{ indicatorSets { id name mode ids clusterOf organisation createdBy createdAt taxiiCollectionPath filter { kinds country source maxTlp } } }',
  );
  if (c.anonymous) return;
  const own = sets.filter((s) => s.org === c.org);
  if (list.data && c.role !== 'admin') {
    const diff = setDiff(
      list.data.indicatorSets.map((s) => s.id),
      own.map((s) => s.id),
    );
    if (diff) p.fail(S, "indicatorSets differs from the organisation's sets", diff);
  }
  for (const set of sample(own, 2, salt)) {
    const where = `exportIndicators(CSV, set ${set.mode} of ${set.org})`;
    const want = setSelection(p, set);
    const r = await p.gql<{ exportIndicators: ExportJson }>(S, where, EXPORT, {
      format: 'CSV',
      setId: set.id,
    });
    if (r.data?.exportIndicators)
      p.scan(S, `${where} content`, r.data.exportIndicators.content, [set.id]);
    const code = r.errors?.[0]?.extensions?.code;
    if (want === 'not-found') {
      if (r.data?.exportIndicators && r.data.exportIndicators.count > 0)
        p.fail(
          S,
          'a cluster set exports around a root the caller cannot see',
          `${where}: ${r.data.exportIndicators.count} rows`,
        );
      continue;
    }
    if (!r.data?.exportIndicators) {
      if (!(refused(code) && c.role === 'viewer'))
        p.fail(S, 'set export failed', `${where}: ${code} ${r.errors?.[0]?.message}`);
      continue;
    }
    checkCsv(p, S, where, r.data.exportIndicators.content, want);
    await p.gql(
      S,
      `indicatorSet(${set.mode} of ${set.org})`,
      'query($id: ID!) { indicatorSet(id: $id) { id name ids clusterOf } }',
      { id: set.id },
    );
  }
  if (c.role === 'admin' || salt % 2 === 1) return;
  // Another organisation's set answers exactly as a set that does not exist.
  for (const set of sample(
    sets.filter((s) => s.org !== c.org),
    1,
    salt,
  )) {
    const never = '00000000-0000-4000-8000-000000000000';
    const ask = (id: string) =>
      p.gql(S, `exportIndicators(set of ${set.org})`, EXPORT, { format: 'CSV', setId: id });
    const [a, b] = [await ask(set.id), await ask(never)];
    const shape = (r: typeof a, id: string) =>
      JSON.stringify({
        code: r.errors?.[0]?.extensions?.code,
        message: shapeOf(r.errors?.[0]?.message, id),
        data: r.data ?? null,
      });
    if (shape(a, set.id) !== shape(b, never))
      p.fail(
        S,
        "another organisation's set answers unlike a missing one",
        `${shape(a, set.id)} vs ${shape(b, never)}`,
      );
  }
  void u;
}
