// The compounds map as one inline SVG string (world-atlas geometry + d3-geo, as web/src/components/CompoundMap.tsx
// draws it in the explorer): no tiles, no scripts, prints as vectors.
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import type { BriefingCompound } from './briefing-types.js';
import { escapeHtml } from './briefing-format.js';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-110m.json') as Topology<{
  countries: GeometryCollection;
}>;
const land = feature(topology, topology.objects.countries) as FeatureCollection;

export const STATUS_COLOR: Record<string, string> = {
  active: '#c0392b',
  raided: '#e67e22',
  relocated: '#8e44ad',
  closed: '#7f8c8d',
};
const UNKNOWN_COLOR = '#555555';

const W = 900;
const H = 560;

/** An SVG map of the compounds that have coordinates, coloured by their latest status, with a legend. */
export function compoundMapSvg(compounds: readonly BriefingCompound[]): string {
  const placed = compounds.filter(
    (c): c is BriefingCompound & { lat: number; lon: number } =>
      typeof c.lat === 'number' &&
      typeof c.lon === 'number' &&
      Number.isFinite(c.lat) &&
      Number.isFinite(c.lon),
  );
  const lons = placed.map((c) => c.lon);
  const lats = placed.map((c) => c.lat);
  const pad = 6;
  const box: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: placed.length
        ? [
            [Math.min(...lons) - pad, Math.min(...lats) - pad],
            [Math.max(...lons) + pad, Math.max(...lats) + pad],
          ]
        : [
            [-170, -60],
            [170, 75],
          ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [W - 10, H - 40],
    ],
    box,
  );
  const path = geoPath(projection).digits(1);
  const shapes = land.features
    .map((f) => path(f))
    .filter((d): d is string => !!d)
    .map((d) => `<path d="${d}" fill="#e8e4da" stroke="#b8b2a4" stroke-width="0.5"/>`)
    .join('');
  const dots = placed
    .map((c) => {
      const [x, y] = projection([c.lon, c.lat]) ?? [0, 0];
      const fill = STATUS_COLOR[c.status ?? ''] ?? UNKNOWN_COLOR;
      return `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)})"><circle r="6" fill="${fill}" stroke="#fff" stroke-width="1.5"/><title>${escapeHtml(`${c.name} — ${c.status ?? 'status unknown'}`)}</title></g>`;
    })
    .join('');
  const legend = [...Object.entries(STATUS_COLOR), ['unknown', UNKNOWN_COLOR] as const]
    .map(
      ([status, color], i) =>
        `<g transform="translate(${20 + i * 120},${H - 18})"><circle r="6" fill="${color}"/><text x="12" y="4" font-size="13" fill="#222">${status}</text></g>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="Map of ${placed.length} compounds" class="map">` +
    `<rect width="${W}" height="${H}" fill="#cfe0ea"/>${shapes}${dots}` +
    `<rect y="${H - 34}" width="${W}" height="34" fill="#ffffff" opacity="0.85"/>${legend}</svg>`
  );
}
