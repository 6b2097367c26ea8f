// `scamgraph seed [--scale N] [--seed S] [--force] [--json]`: load the fictitious demo data set.
import type { Command } from 'commander';
import { demoSize, graphIsEmpty, loadDemo } from '../../seeds/load.js';
import { withDatabase } from './database.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { progressLine } from './progress.js';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Load the deterministic, clearly fictitious demo data set (marked synthetic).')
    .option(
      '--scale <n>',
      'size multiplier: 1 ≈ 11k nodes / 38k relationships, 100 ≈ 1M / 3.6M',
      '1',
    )
    .option('--seed <n>', 'random seed (same seed and scale give the same data)')
    .option('--force', 'load even when the graph is not empty (merges; re-running changes nothing)')
    .option('--json', 'print a JSON summary instead of human output')
    .action(async (opts: { scale: string; seed?: string; force?: boolean; json?: boolean }) => {
      const scale = Number(opts.scale);
      if (!Number.isInteger(scale) || scale < 1 || scale > 10_000)
        throw new Error('--scale must be an integer from 1 to 10000');
      const seed = opts.seed === undefined ? undefined : Number(opts.seed);
      if (seed !== undefined && !Number.isInteger(seed))
        throw new Error('--seed must be an integer');
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const summary = await withDatabase(log, async (executor) => {
        if (!opts.force && !(await graphIsEmpty(executor))) {
          return {
            loaded: false,
            reason: 'the graph is not empty (use --force to merge the demo data anyway)',
          };
        }
        const size = demoSize(scale);
        log(
          `loading demo data: scale ${scale}, ${size.compounds} compounds, ${size.campaigns} campaigns…`,
        );
        const progress = progressLine(process.stderr, !opts.json);
        const done = await loadDemo(executor, {
          scale,
          seed,
          onProgress: (p) =>
            progress.update(
              `${p.nodes.toLocaleString()} nodes, ${p.rels.toLocaleString()} relationships`,
            ),
        });
        progress.done();
        auditNote(executor, {
          operation: 'seed',
          count: done.nodes,
          detail: `demo data, scale ${scale}`,
        });
        return {
          loaded: true,
          scale,
          nodes: done.nodes,
          relationships: done.rels,
          seconds: done.elapsedMs / 1000,
        };
      });
      if (opts.json) console.log(JSON.stringify(summary));
      else if (summary.loaded)
        console.log(
          `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.seconds?.toFixed(1)} s.`,
        );
      else console.log(`Nothing loaded: ${summary.reason}.`);
    });
}
