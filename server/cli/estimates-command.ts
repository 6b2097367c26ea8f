// `scamgraph estimates`: the scale estimates (compounds, victims, losses, wallet inflows) over what the
// acting account may see, as a table or as JSON (the GraphQL `estimates` answer).
import type { Command } from 'commander';
import { TLP_LEVELS } from '../model.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { estimates } from '../modules/estimates/estimates-service.js';
import type { EstimatesModel, FigureModel } from '../modules/estimates/estimates-types.js';
import { actingContext } from './acting-account.js';
import { withDatabase } from './database.js';

interface EstimatesOptions {
  country?: string;
  from?: string;
  to?: string;
  cluster?: string;
  minReliability?: string;
  source?: string[];
  as?: string;
  clearance?: string;
  json?: boolean;
}

const number = (n: number, unit: string) =>
  unit === 'USD'
    ? `$${Math.round(n).toLocaleString('en')}`
    : n.toLocaleString('en', { maximumFractionDigits: 2 });

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}

function figureRow(f: FigureModel): string[] {
  return [
    f.label,
    number(f.value, f.unit),
    `${number(f.low, f.unit)} – ${number(f.high, f.unit)}`,
    String(f.counted),
    f.excluded.map((e) => `${e.reason} ${e.count}`).join(', ') || '-',
    String(f.sources.length),
  ];
}

/** The human form: figures, compounds by country, the latest months, and the sources. */
export function renderEstimates(e: EstimatesModel): string {
  const lines = [
    `Scale estimates (TLP:${e.tlp}, computed ${e.generatedAt}); methods: docs/estimates.md`,
    '',
    table([
      ['Figure', 'Value', 'Range (low – high)', 'Counted', 'Excluded', 'Sources'],
      ...e.figures.map(figureRow),
    ]),
  ];
  if (e.compoundsByCountry.length > 0)
    lines.push(
      '',
      table([
        ['Country', 'Active', 'Raided', 'Relocated', 'Closed', 'Total'],
        ...e.compoundsByCountry.map((c) =>
          [c.country, c.active, c.raided, c.relocated, c.closed, c.total].map(String),
        ),
      ]),
    );
  const months = [
    ...new Set([
      ...e.victimsByMonth.points.map((p) => p.period),
      ...e.inflowsByMonth.points.map((p) => p.period),
    ]),
  ]
    .sort()
    .slice(-12);
  if (months.length > 0) {
    const at = (points: { period: string; value: number }[], m: string) =>
      points.find((p) => p.period === m)?.value ?? 0;
    lines.push(
      '',
      table([
        ['Month', 'Victims', 'Losses', 'Inflows'],
        ...months.map((m) => [
          m,
          number(at(e.victimsByMonth.points, m), 'victims'),
          number(at(e.lossesByMonth.points, m), 'USD'),
          number(at(e.inflowsByMonth.points, m), 'USD'),
        ]),
      ]),
    );
  }
  if (e.sources.length > 0) {
    lines.push('', 'Sources:');
    for (const s of e.sources)
      lines.push(`  ${s.id}  ${s.name}${s.reliability ? ` (reliability ${s.reliability})` : ''}`);
  }
  return lines.join('\n');
}

export function registerEstimates(program: Command): void {
  program
    .command('estimates')
    .description(
      'Scale estimates over what you may see: compounds by country and status, deduplicated victims and losses, wallet inflows; each with its method, range and sources.',
    )
    .option('--country <cc>', 'ISO 3166 alpha-2 country, e.g. MM or KH')
    .option('--from <date>', 'start of the period (ISO-8601 date, inclusive)')
    .option(
      '--to <date>',
      'end of the period (ISO-8601 date, inclusive); statuses are as of this date',
    )
    .option('--cluster <id>', 'only what involves this cluster (cl-…)')
    .option('--min-reliability <A-F>', 'only inputs from sources at least this reliable (A best)')
    .option(
      '--source <id>',
      'only inputs from this source id (repeat for several)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--as <account>', 'estimate what this account may see; default: the local admin')
    .option('--clearance <tlp>', "with this lower clearance (at most the account's)")
    .option('--json', 'print the estimates as JSON (the GraphQL `estimates` answer)')
    .action(async (opts: EstimatesOptions) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const result = await withDatabase(log, async (executor) => {
        const ctx = await actingContext(executor, { as: opts.as, clearance: opts.clearance });
        const e = await estimates(executor, ctx, {
          country: opts.country,
          from: opts.from,
          to: opts.to,
          clusterId: opts.cluster,
          minReliability: opts.minReliability,
          sources: opts.source,
        });
        if (TLP_LEVELS.indexOf(e.tlp) >= TLP_LEVELS.indexOf('AMBER'))
          auditNote(
            executor,
            { operation: 'query:estimates', count: e.figures.length, maxTlp: e.tlp },
            ctx,
          );
        return e;
      });
      console.log(opts.json ? JSON.stringify(result) : renderEstimates(result));
    });
}
