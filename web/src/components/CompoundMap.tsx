// Compounds on an offline world map (world-atlas geometry + d3-geo, bundled; no tile server).
import { useMemo, useState } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Entity } from '../api/types.js';

const W = 900;
const H = 620;
const STATUS_COLOR: Record<string, string> = {
  active: '#c0392b',
  raided: '#e67e22',
  relocated: '#8e44ad',
  closed: '#7f8c8d',
};

export interface CompoundPoint {
  id: string;
  name: string;
  /** The compound as an entity, when the map was drawn from entities (the Map page). */
  entity?: Entity;
  lat: number;
  lon: number;
  status: string;
}

export function compoundPoints(entities: readonly Entity[]): CompoundPoint[] {
  const out: CompoundPoint[] = [];
  for (const e of entities) {
    const get = (k: string) => e.properties.find((p) => p.key === k)?.value;
    const lat = Number(get('lat'));
    const lon = Number(get('lon'));
    if (get('lat') === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      id: e.id,
      name: e.display,
      entity: e,
      lat,
      lon,
      status: get('status') ?? 'unknown',
    });
  }
  return out;
}

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries) as FeatureCollection;

export function CompoundMap({
  compounds,
  onOpen,
}: {
  compounds: CompoundPoint[];
  onOpen(id: string): void;
}) {
  const [hover, setHover] = useState<CompoundPoint | null>(null);
  const { path, project } = useMemo(() => {
    const lons = compounds.map((c) => c.lon);
    const lats = compounds.map((c) => c.lat);
    const pad = 6;
    const box: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: compounds.length
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
        [W - 10, H - 10],
      ],
      box,
    );
    return {
      path: geoPath(projection),
      project: (c: CompoundPoint) => projection([c.lon, c.lat]) ?? [0, 0],
    };
  }, [compounds]);
  return (
    <svg className="world-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Map of compounds">
      <rect width={W} height={H} className="sea" />
      {land.features.map((f, i) => (
        <path key={i} d={path(f) ?? ''} className="land" />
      ))}
      {compounds.map((c) => {
        const [x, y] = project(c);
        return (
          <g
            key={c.id}
            className="compound"
            data-status={c.status}
            transform={`translate(${x},${y})`}
            onClick={() => onOpen(c.id)}
            onMouseEnter={() => setHover(c)}
            onMouseLeave={() => setHover(null)}
          >
            <circle r={7} fill={STATUS_COLOR[c.status] ?? '#555'} />
            <title>
              {c.name} — {c.status}
            </title>
          </g>
        );
      })}
      {hover && (
        <text x={project(hover)[0] + 10} y={project(hover)[1] - 10} className="map-label">
          {hover.name} ({hover.status})
        </text>
      )}
    </svg>
  );
}

export { STATUS_COLOR };
