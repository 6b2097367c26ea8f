// Exports for one caller: exportIndicators in every format (everything visible, filtered by country,
// source and maximum TLP), and the indicator sets of every organisation (listed, exported, foreign ones).
import { parse } from 'csv-parse/sync';
import { stixIdOfEntity } from '../../../server/formats/stix/stix-ids.js';
import { neverId, sample } from './entity-checks.js';
import type { Universe } from './oracle.js';
import {
  INDICATOR_LABELS,
  clusterCandidates,
  countrySelection,
  viewOf,
  type View,
} from './view.js';
import { setDiff, stringsOf, type Probe } from './probe.js';
import { COUNTRIES, TLPS } from './world.js';

const F = 'exportIndicators';

export interface ExportJson {
  format: string;
  content: string;
  count: number;
}

export const EXPORT = `query($format: ExportFormat!, $filter: IndicatorFilterInput, $setId: ID, $ids: [ID!]) {
  exportIndicators(format: $format, filter: $filter, setId: $setId, ids: $ids) { format mediaType filename content count }
}`;

/** Viewers and anonymous callers may be refused exports; that reveals nothing. */
export const refused = (code: string | undefined) =>
  code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';

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
export function checkCsv(
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

export const indicators = (p: Probe, ids: Iterable<string>) =>
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
  await checkSelectionExport(p, u, salt);
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

/**
 * The explorer's "export selection": exportIndicators(ids) of a few visible ids and one hidden id, as CSV and
 * STIX or MISP in turn. Rows are the visible indicators asked for; the hidden id is skipped exactly as a
 * never-seen one is (same content, same count).
 */
async function checkSelectionExport(p: Probe, u: Universe, salt: number): Promise<void> {
  const v = p.view;
  const shown = sample([...v.nodes.keys()].sort(), 3, salt);
  const hidden = sample(
    v.hiddenNodes.map((n) => n.id),
    1,
    salt,
  );
  if (shown.length === 0) return;
  const asked = [...shown, ...hidden];
  const where = `exportIndicators(CSV, ids ${asked.length})`;
  const got = await exportAs(p, F, where, { format: 'CSV', ids: asked });
  if (got) checkCsv(p, F, where, got.content, indicators(p, shown));
  if (got && hidden.length) {
    const twin = [...shown, neverId(u, hidden[0]!)];
    const never = await exportAs(p, F, `exportIndicators(CSV, ids with a never-seen one)`, {
      format: 'CSV',
      ids: twin,
    });
    if (never && (never.content !== got.content || never.count !== got.count))
      p.fail(
        F,
        'a hidden id in an ids export answers unlike a never-seen one',
        `${hidden[0]}: ${got.count} vs ${never.count}`,
      );
  }
  const format = salt % 2 === 0 ? 'MISP' : 'STIX';
  const other = await exportAs(p, F, `exportIndicators(${format}, ids)`, { format, ids: asked });
  if (other && format === 'STIX') {
    try {
      const ids = new Set(
        (JSON.parse(other.content) as { objects: { id: string }[] }).objects.map((o) => o.id),
      );
      for (const id of shown) {
        const sid = stixIdOfEntity(id);
        if (sid && !ids.has(sid)) p.fail(F, 'STIX ids export misses a visible entity', id);
      }
    } catch (error) {
      p.fail(F, 'STIX ids export does not parse', String(error));
    }
  }
}
