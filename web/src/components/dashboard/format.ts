// How the dashboard writes numbers: whole counts, US dollars, and compact axis labels.
export function formatValue(value: number, unit: string): string {
  if (unit === 'USD') return `$${Math.round(value).toLocaleString('en-US')}`;
  return Math.round(value).toLocaleString('en-US');
}

export function formatCompact(value: number, unit = ''): string {
  const text = new Intl.NumberFormat('en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
  return unit === 'USD' ? `$${text}` : text;
}

/** `low–high`, or nothing when the figure is exact. */
export function formatRange(low: number, high: number, value: number, unit: string): string {
  if (low === value && high === value) return 'exact';
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
}
