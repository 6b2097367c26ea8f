// Turns the indicators found in one line into reader rows. Indicators that SPEC §1 links (a site and its
// wallet, phone or IP…) share a row: the one that links to most others is the main value, the others are
// its related values. Whatever links to none of them, or a line that is too long to be one record (a
// paragraph of prose), gives one row per indicator, so that no link is guessed.
import type { IngestRow, RowValue } from '../reader-types.js';
import { linkRule } from '../../modules/ingest/link-rules.js';
import { kindOf, type Found } from './freetext-scan.js';

/** A line of at most this many characters is one record (a list item, a chat message, a table row). */
export const LINKED_LINE_CHARS = 300;

function rowValue(f: Found): RowValue {
  return f.platform
    ? { value: f.value, field: f.field, platform: f.platform }
    : { value: f.value, field: f.field };
}

/** True when the pipeline links `a` (main) and `b` (related) as row-records.ts does. */
function links(a: Found, b: Found): boolean {
  if (!a.result.ok || !b.result.ok) return false;
  const ia = a.result.indicator;
  const ib = b.result.indicator;
  if (ia.key === ib.key && ia.kind === ib.kind) return false;
  const hasDomain = (i: typeof ia) => i.implied?.some((x) => x.indicator.kind === 'domain');
  const usable = (r: ReturnType<typeof linkRule>) => r !== undefined && r.type !== 'ON_DOMAIN';
  return (
    usable(linkRule(ia.kind, ib.kind)) ||
    (ia.kind === 'url' && hasDomain(ia) === true && usable(linkRule('domain', ib.kind))) ||
    (ib.kind === 'url' && hasDomain(ib) === true && usable(linkRule(ia.kind, 'domain')))
  );
}

/** One entry per distinct indicator (kind and key), or per distinct value for failed ones. */
function distinct(found: Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const id = f.result.ok ? `${f.result.indicator.kind}:${f.result.indicator.key}` : `?${f.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Rows for a line's indicators: linked groups when `linked`, else one row each. */
export function lineRows(line: number, found: Found[], linked: boolean): IngestRow[] {
  const rows: IngestRow[] = [];
  let rest = distinct(found);
  while (rest.length > 0) {
    let main = rest[0]!;
    let group: Found[] = [];
    if (linked) {
      for (const candidate of rest) {
        const others = rest.filter((o) => o !== candidate && links(candidate, o));
        if (others.length > group.length) {
          main = candidate;
          group = others;
        }
      }
    }
    rows.push({ line, main: rowValue(main), related: group.map(rowValue) });
    rest = rest.filter((f) => f !== main && !group.includes(f));
  }
  return rows;
}

/** Kinds a report names as references (its own links, its authors' e-mail) when it defangs indicators. */
const REFERENCE_KINDS = new Set(['url', 'domain', 'email', 'ip']);

/**
 * In a document that writes its indicators defanged, a link, domain, e-mail or IP written plainly is a
 * reference (the blog post, the author), not an indicator: its skip name, else undefined.
 */
export function referenceSkip(f: Found, documentDefanged: boolean): string | undefined {
  if (!documentDefanged || f.defanged) return undefined;
  const kind = kindOf(f.result);
  return kind && REFERENCE_KINDS.has(kind) ? `reference:${kind}` : undefined;
}
