// `scamgraph export --format stix|misp|misp-feed|csv|takedown [--set <id> | filter options] --out <path>`.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { NODE_LABELS, TLP_LEVELS, type NodeLabel, type Tlp } from '../model.js';
import {
  EXPORT_FORMATS,
  exportTarget,
  type ExportFormat,
} from '../modules/exports/exports-service.js';
import type { ExportFilter } from '../modules/exports/exports-types.js';
import { withDatabase } from './database.js';
import { actingContext } from './acting-account.js';
import { auditNote } from '../modules/audit/audit-recorder.js';

interface ExportOptions {
  format: string;
  out: string;
  set?: string;
  kinds?: string;
  minConfidence?: string;
  maxTlp?: string;
  seenSince?: string;
  country?: string;
  source?: string;
  as?: string;
  clearance?: string;
  eventSize?: string;
  json?: boolean;
}

function tlpOption(name: string, value: string): Tlp {
  const tlp = value.toUpperCase().replace('+', '_') as Tlp;
  if (!TLP_LEVELS.includes(tlp)) throw new Error(`${name} must be one of ${TLP_LEVELS.join(', ')}`);
  return tlp;
}

/** `domain,wallet,IP_ADDRESS` → labels. */
function kindsOption(value: string): NodeLabel[] {
  return value.split(',').map((k) => {
    const wanted = k.trim().toLowerCase().replace(/[_-]/g, '');
    const label = NODE_LABELS.find(
      (l) => l.toLowerCase() === wanted || (wanted === 'ip' && l === 'IpAddress'),
    );
    if (!label)
      throw new Error(
        `unknown kind "${k}" in --kinds (use ${NODE_LABELS.join(', ').toLowerCase()})`,
      );
    return label;
  });
}

export function filterFromOptions(opts: ExportOptions): ExportFilter | undefined {
  const filter: ExportFilter = {};
  if (opts.kinds) filter.kinds = kindsOption(opts.kinds);
  if (opts.minConfidence !== undefined) filter.minConfidence = Number(opts.minConfidence);
  if (opts.maxTlp) filter.maxTlp = tlpOption('--max-tlp', opts.maxTlp);
  if (opts.seenSince) filter.seenSince = opts.seenSince;
  if (opts.country) filter.country = opts.country;
  if (opts.source) filter.source = opts.source;
  return Object.keys(filter).length ? filter : undefined;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Export an indicator set, a filtered selection, or everything visible, as STIX 2.1, MISP, a MISP feed, CSV or a takedown pack.',
    )
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .requiredOption('--out <path>', 'output file (`-` for stdout); for misp-feed, a directory')
    .option('--set <id>', 'indicator set id (from the GraphQL indicatorSets query)')
    .option(
      '--kinds <list>',
      'comma-separated kinds: domain,url,app,wallet,phone,account,email,ip,compound,organization',
    )
    .option('--min-confidence <n>', 'minimum confidence, 0–100')
    .option('--max-tlp <tlp>', 'highest TLP to export: CLEAR, GREEN, AMBER, AMBER_STRICT, RED')
    .option('--seen-since <date>', 'only entities last seen at or after this ISO-8601 date')
    .option(
      '--country <cc>',
      'ISO 3166 alpha-2 country (phones, compounds and what operates from them)',
    )
    .option('--source <id>', 'only entities reported by this source id')
    .option(
      '--as <account>',
      "export what this account may see (its organisation's sets and visibility); default: the local admin",
    )
    .option(
      '--clearance <tlp>',
      "export with this lower clearance (at most the account's): CLEAR, GREEN, AMBER, AMBER_STRICT, RED",
    )
    .option(
      '--event-size <n>',
      'misp-feed: at most this many MISP attributes per event (default 5000; larger groups are split into numbered parts)',
    )
    .option('--json', 'print a JSON summary instead of human output')
    .action(async (opts: ExportOptions) => {
      const format = opts.format as ExportFormat;
      if (!EXPORT_FORMATS.includes(format))
        throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const filter = filterFromOptions(opts);
      const eventSize = opts.eventSize === undefined ? undefined : Number(opts.eventSize);
      if (eventSize !== undefined && !(Number.isInteger(eventSize) && eventSize >= 1))
        throw new Error('--event-size must be a whole number of at least 1');
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const started = Date.now();
      const result = await withDatabase(log, async (executor) => {
        const ctx = await actingContext(executor, { as: opts.as, clearance: opts.clearance });
        const destination: { out?: Writable; dir?: string; eventSize?: number } =
          format === 'misp-feed'
            ? { dir: opts.out, eventSize }
            : { out: opts.out === '-' ? process.stdout : createWriteStream(opts.out) };
        const r = await exportTarget(
          executor,
          ctx,
          { setId: opts.set, filter },
          format,
          destination,
        );
        auditNote(
          executor,
          {
            operation: `export:${format}`,
            ids: opts.set ? [opts.set] : [],
            count: r.count,
            detail: `${opts.set ? `set ${opts.set}` : 'filter'} up to TLP ${r.meta.maxTlp}`,
          },
          ctx,
        );
        return r;
      });
      const summary = {
        format,
        out: opts.out,
        set: result.meta.setId,
        name: result.meta.name,
        maxTlp: result.meta.maxTlp,
        count: result.count,
        ...(result.events === undefined ? {} : { events: result.events }),
        seconds: (Date.now() - started) / 1000,
      };
      if (opts.json) console.log(JSON.stringify(summary));
      else if (opts.out !== '-')
        console.log(
          `Exported ${result.count} ${format === 'stix' ? 'STIX objects' : format === 'csv' ? 'rows' : format === 'takedown' ? 'indicators' : 'MISP attributes and objects'}${result.events === undefined ? '' : ` in ${result.events} events`} of "${result.meta.name}" (up to TLP:${result.meta.maxTlp}) to ${opts.out}.`,
        );
    });
}
