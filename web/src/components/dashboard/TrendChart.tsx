// One monthly series as a bar chart (recharts, SVG) with its low–high range as error bars; a bar opens the
// entities behind that month.
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Series, SeriesKey } from '../../api/analytics.js';
import { formatCompact, formatValue } from './format.js';

const COLOR: Record<SeriesKey, string> = {
  victimsByMonth: '#3d6fe0',
  lossesByMonth: '#c0392b',
  inflowsByMonth: '#16a085',
};

export function TrendChart({
  seriesKey,
  series,
  onDrill,
}: {
  seriesKey: SeriesKey;
  series: Series;
  onDrill(drill: string): void;
}) {
  const data = series.points.map((p) => ({
    ...p,
    range: [p.value - p.low, p.high - p.value] as [number, number],
  }));
  return (
    <section className="trend" aria-label={series.label} data-series={seriesKey}>
      <h4 title={series.method}>
        {series.label} <small className="muted">by month · {series.unit}</small>
      </h4>
      {data.length === 0 ? (
        <p className="muted empty-chart">No data in this period.</p>
      ) : (
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis
              tick={{ fontSize: 11 }}
              width={52}
              tickFormatter={(v: number) => formatCompact(v, series.unit)}
            />
            <Tooltip
              formatter={(value, _name, item) => {
                const p = item.payload as (typeof data)[number];
                return [
                  `${formatValue(Number(value), series.unit)} (range ${formatValue(p.low, series.unit)} – ${formatValue(p.high, series.unit)}) · click for the ${p.entityIds.length} entities`,
                  series.label,
                ];
              }}
            />
            <Bar
              dataKey="value"
              fill={COLOR[seriesKey]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_bar, index) => {
                const p = data[index];
                if (p) onDrill(`series:${seriesKey}:${p.period}`);
              }}
            >
              <ErrorBar dataKey="range" width={4} stroke="#1d2330" strokeWidth={1} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
      <p className="chart-method muted">{series.method}</p>
    </section>
  );
}
