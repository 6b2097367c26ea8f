// Wording shared by the HTML and Markdown renderers: the scope line, the figure notes, table rows.
import type { BriefingFigure, BriefingModel } from './briefing-types.js';
import { countryName, day, formatRange, formatValue, tlpLabel } from './briefing-format.js';

export function scopeLine(m: BriefingModel): string {
  switch (m.scope.kind) {
    case 'cluster':
      return m.cluster
        ? `Cluster ${m.cluster.name} (${m.cluster.id}), ${m.cluster.size} members`
        : `Cluster ${m.scope.cluster}`;
    case 'country':
      return `${countryName(m.scope.country)} (${m.scope.country})`;
    case 'all':
      return 'Everything visible in the graph';
  }
}

export function provenanceLine(m: BriefingModel): string {
  return `Generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC for ${m.generatedBy}, read up to ${tlpLabel(m.ceiling)}; marked ${tlpLabel(m.tlp)} (the highest TLP of its contents).`;
}

export interface FigureText {
  key: string;
  label: string;
  value: string;
  range: string;
  method: string;
  rangeMethod: string;
  counted: string;
  sources: string;
}

/** A figure in words, the same in every format (tests compare these with `estimates`). */
export function figureText(f: BriefingFigure): FigureText {
  const excluded = f.excluded.filter((e) => e.count > 0);
  return {
    key: f.key,
    label: f.label,
    value: formatValue(f.value, f.unit),
    range: formatRange(f.low, f.high, f.unit),
    method: f.method,
    rangeMethod: f.rangeMethod,
    counted:
      `${f.counted} input${f.counted === 1 ? '' : 's'} counted` +
      (excluded.length
        ? `; excluded: ${excluded.map((e) => `${e.count} ${e.reason}`).join(', ')}`
        : ''),
    sources: f.sources.length
      ? f.sources.map((s) => `${s.name}${s.reliability ? ` (${s.reliability})` : ''}`).join('; ')
      : 'no sources',
  };
}

/** Sources numbered as the appendix lists them: `[3]`. */
export function sourceNumbers(m: BriefingModel): Map<string, number> {
  return new Map(m.sources.map((s, i) => [s.id, i + 1]));
}

export function citations(ids: readonly string[], numbers: Map<string, number>): string {
  const n = [...new Set(ids.map((id) => numbers.get(id)).filter((x) => x !== undefined))].sort(
    (a, b) => a - b,
  );
  return n.length ? n.map((x) => `[${x}]`).join('') : '—';
}

export { day };
