// A compound's or organisation's name as the caller's visible assertions spell it (SPEC §6). Their keys are
// slugs, so every source's spelling ("KK Park", "KK PARK") reaches the same node, and the node keeps one
// writer's spelling, which may be a hidden source's: what a caller is shown comes from visible assertions.
import { normalizeCompound, normalizeCompoundText, slugify } from '../../indicators/index.js';
import type { NodeLabel } from '../../model.js';
import type { AssertionRow } from '../access/aggregate.js';

/** Labels whose display form is a spelling chosen by a source rather than a function of the key. */
export const SPELLED_LABELS: ReadonlySet<NodeLabel> = new Set(['Compound', 'Organization']);

export interface Spelling {
  name: string;
  display: string;
}

/** The key a name gives for this label (with the compound's country), to check a spelling is of this node. */
function keyOf(label: NodeLabel, name: string, country: string): string {
  return label === 'Compound' ? `${slugify(name)}-${country.toLowerCase()}` : slugify(name);
}

/** The name one raw value spells, when it is a spelling of the entity `value`. */
function nameFromRaw(label: NodeLabel, raw: string, value: string, country: string): string | null {
  if (label === 'Organization')
    return slugify(raw) === value ? raw.trim().replace(/\s+/g, ' ') : null;
  for (const r of [normalizeCompoundText(raw), normalizeCompound({ name: raw, country })]) {
    if (r.ok && r.indicator.key === value && typeof r.indicator.facts.name === 'string')
      return r.indicator.facts.name;
  }
  return null;
}

/**
 * The name and display form of a Compound or Organization from the caller's visible assertions: the `name`
 * fact, else a raw value, of the latest assertion (by lastSeen, as every fact is chosen) that spells this
 * entity; null when none does. `country` is the compound's (a key fact); unused for organisations.
 */
export function spelling(
  label: NodeLabel,
  value: string,
  country: string,
  asserted: readonly AssertionRow[],
): Spelling | null {
  const latestFirst = [...asserted].sort((a, b) =>
    String(b.lastSeen ?? '').localeCompare(String(a.lastSeen ?? '')),
  );
  for (const a of latestFirst) {
    let name: string | null = null;
    if (typeof a.name === 'string' && keyOf(label, a.name, country) === value) name = a.name;
    for (const raw of Array.isArray(a.raw) ? a.raw : []) {
      if (name) break;
      if (typeof raw === 'string') name = nameFromRaw(label, raw, value, country);
    }
    if (name) return { name, display: label === 'Compound' ? `${name} (${country})` : name };
  }
  return null;
}
