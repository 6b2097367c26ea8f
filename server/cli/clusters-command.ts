// `scamgraph clusters list|show|recompute`: named clusters as an account sees them (docs/clusters.md).
import type { Command } from 'commander';
import { BadInputError } from '../errors.js';
import { NODE_LABELS, type NodeLabel } from '../model.js';
import {
  clusterById,
  clusterHistory,
  clusterMemberIds,
  clusterOf,
  listClusters,
  recomputeClusters,
} from '../modules/clusters/clusters-service.js';
import { isClusterId } from '../modules/clusters/cluster-names.js';
import type { ClusterModel, ClusterOrder } from '../modules/clusters/clusters-types.js';
import { actingContext, type ActingOptions } from './acting-account.js';
import { withDatabase } from './database.js';

const ORDERS: readonly ClusterOrder[] = [
  'SIZE_DESC',
  'LOSSES_DESC',
  'GROWTH_DESC',
  'UPDATED_DESC',
  'NAME_ASC',
];

function acting(command: Command): Command {
  return command
    .option('--as <account>', 'act as this account (its organisation and clearance); default admin')
    .option('--clearance <tlp>', 'act with a lower clearance than the account has')
    .option('--json', 'print JSON instead of human output');
}

const line = (c: ClusterModel) =>
  `${c.id}  ${c.name.padEnd(22)}  ${String(c.size).padStart(6)} members  ${c.kinds
    .map((k) => `${k.count} ${k.label}`)
    .join(', ')}${c.countries.length ? `  [${c.countries.join(' ')}]` : ''}${
    c.victimReports ? `  ${c.victimReports} victim reports, $${c.reportedLossUsd}` : ''
  }`;

function parseOrder(text: string | undefined): ClusterOrder {
  const order = (text ?? 'SIZE_DESC').toUpperCase().replace(/-/g, '_') as ClusterOrder;
  if (!ORDERS.includes(order))
    throw new BadInputError(`--order must be one of ${ORDERS.join(', ')}.`, {
      field: 'order',
      reason: 'UNKNOWN_ORDER',
    });
  return order;
}

function parseKind(text: string | undefined): NodeLabel | null {
  if (!text) return null;
  const label = NODE_LABELS.find(
    (l) => l.toLowerCase() === text.toLowerCase().replace(/[_-]/g, ''),
  );
  if (!label)
    throw new BadInputError(`--kind must be one of ${NODE_LABELS.join(', ')}.`, {
      field: 'kind',
      reason: 'UNKNOWN_KIND',
    });
  return label;
}

export function registerClusters(program: Command): void {
  const clusters = program
    .command('clusters')
    .description(
      'Named clusters of infrastructure with stable ids, as an account sees them: list, show one, recompute.',
    );
  acting(clusters.command('list'))
    .description(
      'List clusters (brought up to date first), largest first unless --order says otherwise.',
    )
    .option('--first <n>', 'how many (1–100)', '20')
    .option('--after <cursor>', 'the cursor printed after a page')
    .option('--order <order>', `one of ${ORDERS.join(', ')}`, 'SIZE_DESC')
    .option('--min-size <n>', 'only clusters with at least this many members')
    .option('--country <CC>', 'only clusters with a member in this country')
    .option('--kind <kind>', 'only clusters with a member of this kind (domain, wallet…)')
    .option('--name <text>', 'only clusters whose name contains this')
    .action(
      async (
        opts: ActingOptions & {
          json?: boolean;
          first: string;
          after?: string;
          order?: string;
          minSize?: string;
          country?: string;
          kind?: string;
          name?: string;
        },
      ) => {
        const log = opts.json ? () => {} : (m: string) => console.error(m);
        const page = await withDatabase(log, async (executor) => {
          const ctx = await actingContext(executor, opts);
          return listClusters(executor, ctx, {
            first: Number(opts.first),
            after: opts.after,
            orderBy: parseOrder(opts.order),
            filter: {
              minSize: opts.minSize === undefined ? null : Number(opts.minSize),
              country: opts.country ?? null,
              kind: parseKind(opts.kind),
              nameContains: opts.name ?? null,
            },
          });
        });
        if (opts.json) {
          console.log(JSON.stringify(page));
          return;
        }
        if (page.nodes.length === 0) console.log('No clusters match.');
        for (const c of page.nodes) console.log(line(c));
        console.log(
          `${page.totalCount} cluster(s)${page.hasNextPage ? `; next page: --after ${page.endCursor}` : ''}`,
        );
      },
    );
  acting(clusters.command('show <id>'))
    .description(
      'Show one cluster by its id (cl-…), or the cluster of an entity id, with its history.',
    )
    .option('--members <n>', 'how many member ids to print', '50')
    .action(async (id: string, opts: ActingOptions & { json?: boolean; members: string }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const shown = await withDatabase(log, async (executor) => {
        const ctx = await actingContext(executor, opts);
        const cluster = isClusterId(id)
          ? await clusterById(executor, ctx, id)
          : await clusterOf(executor, ctx, id);
        if (!cluster) return { cluster: null, history: [], members: [] };
        const [history, members] = await Promise.all([
          clusterHistory(executor, ctx, cluster.id),
          clusterMemberIds(executor, ctx, cluster.id),
        ]);
        return { cluster, history, members };
      });
      if (opts.json) {
        console.log(JSON.stringify(shown));
        return;
      }
      if (!shown.cluster) {
        console.log(`${id} is in no cluster (it has no link you may see).`);
        return;
      }
      const c = shown.cluster;
      console.log(line(c));
      console.log(
        `Created ${c.createdAt}, updated ${c.updatedAt}; ${c.recentGrowth} joined in the last 30 days of the data.`,
      );
      if (c.mergedFrom.length) console.log(`Absorbed: ${c.mergedFrom.join(', ')}`);
      console.log('History:');
      for (const e of shown.history) console.log(`  ${e.at}  ${e.kind.padEnd(7)}  ${e.summary}`);
      const n = Number(opts.members);
      console.log(`Members (${shown.members.length}):`);
      for (const m of shown.members.slice(0, n)) console.log(`  ${m}`);
      if (shown.members.length > n)
        console.log(`  … and ${shown.members.length - n} more (--members)`);
    });
  acting(clusters.command('recompute'))
    .description('Bring the view up to date now (incrementally), or from scratch with --full.')
    .option('--full', 'recompute from scratch (ids stay stable)')
    .action(async (opts: ActingOptions & { json?: boolean; full?: boolean }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const result = await withDatabase(log, async (executor) => {
        const ctx = await actingContext(executor, opts);
        return recomputeClusters(executor, ctx, { full: opts.full ?? false, progress: log });
      });
      if (opts.json) console.log(JSON.stringify(result));
      else
        console.log(
          `${result.mode}: ${result.clusters} clusters, ${result.events} event(s), ${result.ms} ms.`,
        );
    });
}
