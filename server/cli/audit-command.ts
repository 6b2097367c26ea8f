// `scamgraph audit list|export`: the append-only audit log, read by the local administrator.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { adminContext } from '../context.js';
import { auditEvents, exportAuditJsonl, type AuditFilter } from '../modules/audit/audit-service.js';
import { withDatabase } from './database.js';
import { auditNote } from '../modules/audit/audit-recorder.js';

interface FilterOptions {
  account?: string;
  org?: string;
  operation?: string;
  since?: string;
  until?: string;
}

function withFilters(command: Command): Command {
  return command
    .option('--account <id>', 'only events of this account (user:<name>)')
    .option('--org <key>', 'only events of this organisation')
    .option('--operation <op>', 'only operations starting with this, e.g. taxii or export:csv')
    .option('--since <time>', 'only events at or after this ISO-8601 time')
    .option('--until <time>', 'only events before this ISO-8601 time');
}

const filterOf = (o: FilterOptions): AuditFilter => ({
  account: o.account,
  org: o.org,
  operation: o.operation,
  since: o.since,
  until: o.until,
});

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('Read the append-only audit log: who did what, for which organisation, and when.');
  withFilters(audit.command('list'))
    .description('Print the newest audit events (at most --first), newest first.')
    .option('--first <n>', 'how many events', '50')
    .option('--json', 'print a JSON array instead of human output')
    .action(async (opts: FilterOptions & { first: string; json?: boolean }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const page = await withDatabase(log, async (executor) => {
        const events = await auditEvents(
          executor,
          adminContext(),
          filterOf(opts),
          Number(opts.first),
        );
        auditNote(executor, { operation: 'audit:read', count: events.events.length });
        return events;
      });
      if (opts.json) {
        console.log(JSON.stringify(page.events));
        return;
      }
      if (page.events.length === 0) console.log('No audit events match.');
      for (const e of page.events)
        console.log(
          `${e.at}  ${e.account}@${e.org}  ${e.operation}  ${e.outcome}  ${e.count} item(s)${e.maxTlp ? `  TLP:${e.maxTlp}` : ''}${e.detail ? `  ${e.detail}` : ''}`,
        );
    });
  withFilters(audit.command('export'))
    .description(
      'Write the matching audit events as JSON Lines (one event per line), newest first.',
    )
    .requiredOption('--out <file>', 'where to write; - for standard output')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: FilterOptions & { out: string; json?: boolean }) => {
      const log = opts.json || opts.out === '-' ? () => {} : (m: string) => console.error(m);
      const out: Writable = opts.out === '-' ? process.stdout : createWriteStream(opts.out);
      const count = await withDatabase(log, async (executor) => {
        const n = await exportAuditJsonl(executor, adminContext(), filterOf(opts), out);
        auditNote(executor, { operation: 'audit:export', count: n, detail: 'JSON Lines' });
        return n;
      });
      if (out !== process.stdout) await new Promise((r) => out.end(r));
      const summary = { events: count, out: opts.out };
      if (opts.json) console.log(JSON.stringify(summary));
      else if (opts.out !== '-') console.log(`Wrote ${count} audit events to ${opts.out}.`);
    });
}
