// `scamgraph briefing --cluster <id> | --country <CC> | --all --format pdf|html|md [--max-tlp <TLP>]
// --out <file> [--as <account>] [--json]`: a briefing read through the account's visibility.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { withDatabase } from './database.js';
import { actingContext } from './acting-account.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { makeBriefing } from '../modules/briefings/briefing-service.js';
import { parseBriefingRequest } from '../modules/briefings/briefing-scope.js';
import { BRIEFING_FORMATS } from '../modules/briefings/briefing-types.js';
import { TLP_LEVELS } from '../model.js';

interface BriefingOptions {
  cluster?: string;
  country?: string;
  all?: boolean;
  format: string;
  maxTlp?: string;
  out: string;
  as?: string;
  json?: boolean;
}

export function registerBriefing(program: Command): void {
  program
    .command('briefing')
    .description(
      'Write a briefing (key figures with methods, ranges and sources; compounds map; cluster graph; top indicators; sources) for a cluster, a country or everything, as PDF, HTML or Markdown.',
    )
    .option('--cluster <id>', 'a cluster id (cl-…), from `scamgraph clusters list`')
    .option('--country <cc>', 'an ISO 3166-1 alpha-2 country code, e.g. MM, KH')
    .option('--all', 'everything the account may see')
    .requiredOption('--format <format>', `one of ${BRIEFING_FORMATS.join(', ')}`)
    .option(
      '--max-tlp <tlp>',
      `read nothing above this TLP (${TLP_LEVELS.join(', ')}); CLEAR makes the public version`,
    )
    .requiredOption('--out <file>', 'output file (`-` for stdout)')
    .option(
      '--as <account>',
      'read as this account (its organisation, role and clearance); default: the local admin',
    )
    .option('--json', 'print a JSON summary instead of human output')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  npx scamgraph briefing --all --format pdf --out briefing.pdf\n' +
        '  npx scamgraph briefing --country MM --format md --max-tlp CLEAR --out mm-public.md\n' +
        '  npx scamgraph briefing --cluster cl-abcdefghij --format html --as analyst1 --out cluster.html\n' +
        'PDF needs Chromium: /usr/bin/chromium, or set CHROMIUM_PATH.',
    )
    .action(async (opts: BriefingOptions) => {
      const request = parseBriefingRequest({
        cluster: opts.cluster,
        country: opts.country,
        all: opts.all,
        format: opts.format,
        maxTlp: opts.maxTlp,
      });
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const started = Date.now();
      const b = await withDatabase(log, async (executor) => {
        const ctx = await actingContext(executor, { as: opts.as });
        const made = await makeBriefing(executor, ctx, request.scope, request.format, {
          maxTlp: request.maxTlp,
          onProgress: (step) => log(`briefing: ${step}…`),
        });
        auditNote(
          executor,
          {
            operation: 'export:briefing',
            ids: made.model.cluster ? [made.model.cluster.id] : [],
            count: made.model.figures.length + made.model.topIndicators.length,
            maxTlp: made.model.tlp,
            detail: `briefing ${request.format}, read up to TLP ${made.model.ceiling}, marked ${made.model.tlp}`,
          },
          ctx,
        );
        return made;
      });
      if (opts.out === '-') process.stdout.write(b.body);
      else await writeFile(opts.out, b.body);
      const summary = {
        format: request.format,
        out: opts.out,
        scope: request.scope,
        title: b.model.title,
        tlp: b.model.tlp,
        readUpTo: b.model.ceiling,
        figures: Object.fromEntries(b.model.figures.map((f) => [f.key, f.value])),
        compounds: b.model.compounds.length,
        topIndicators: b.model.topIndicators.length,
        sources: b.model.sources.length,
        bytes: b.body.length,
        seconds: (Date.now() - started) / 1000,
      };
      if (opts.json) console.log(JSON.stringify(summary));
      else if (opts.out !== '-')
        console.log(
          `Wrote "${b.model.title}" (${b.model.tlp === 'CLEAR' ? 'TLP:CLEAR, public' : `TLP:${b.model.tlp}`}) as ${request.format} to ${opts.out} (${b.body.length} bytes).`,
        );
    });
}
