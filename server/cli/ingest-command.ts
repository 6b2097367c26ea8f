// `scamgraph ingest <file|dir> [--format …] [--source …] [--tlp …] [--json] …`: load indicator data.
import type { Command } from 'commander';
import { MALFORMED_FILE } from '../formats/reader-types.js';
import { inputFiles, preflight } from '../modules/ingest/ingest-input.js';
import { ingestPath, type FileIngestResult } from '../modules/ingest/ingest-run.js';
import { EXIT_CODES, INGEST_FORMATS, type RejectEntry } from '../modules/ingest/ingest-types.js';
import { CLI_NAMES, parseIngestOptions } from '../modules/ingest/ingest-options.js';
import { withDatabase } from './database.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { requireWrite } from '../modules/access/rights.js';
import { ingestScope, type ScopeFields } from '../modules/ingest/ingest-scope.js';
import { actingContext } from './acting-account.js';
import { progressLine } from './progress.js';
import { afterIngest } from '../modules/watchlists/watch-runner.js';

interface Flags {
  format?: string;
  source?: string;
  reliability?: string;
  tlp?: string;
  confidence?: string;
  defaultRegion?: string;
  platform?: string;
  rejects?: string;
  as?: string;
  shareWith?: string;
  recipients?: string;
  keys?: string;
  json?: boolean;
}

/** `scamgraph ingest --help`: what the exit codes mean and which shapes are read. */
export const INGEST_HELP = `
Shapes (auto-detected; --format to choose):
  csv       CSV with a header (indicator/value/ioc/Data… and type columns, or columns named for kinds),
            or without one (one or several values a line, each detected)
  json      a JSON array of values or of records; an object of lists ({"blacklist": [...]}, see --keys);
            a map of value -> related values ({"scam.example": ["0x…"]})
  yaml      the same shapes in YAML, with nested per-coin address maps (addresses: {BTC: [...]})
  jsonl     one JSON object a line          text     one value a line, # comments
  hosts     hosts files (0.0.0.0 name …)    adblock  ||name^ filter lists
  stix, misp, misp-feed                     freetext reports, Markdown, e-mails, chat exports

Exit codes:
  0  everything read landed (values skipped as not modelled, such as file hashes, are no failure)
  1  the ingest could not run: a bad option, an input that is empty, binary or unreadable, no database
  2  nothing was ingested: no value landed (the summary says what the input looked like and what is read)
  3  something was rejected, or an input could not be read to its end; the rest landed
`;

const SCOPE_FLAGS: ScopeFields = {
  shareWith: CLI_NAMES.shareWith,
  recipients: CLI_NAMES.recipients,
};

/** The flags through the one option parser the API uses too (ingest-options.ts). */
function checked(opts: Flags) {
  const { sharedWith, recipients, ...settings } = parseIngestOptions(opts, {
    names: CLI_NAMES,
    allowFolders: true,
  });
  return { ...settings, rejects: opts.rejects, sharing: { sharedWith, recipients } };
}

function counts(map: Record<string, number>): string {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n.toLocaleString()}`)
    .join(', ');
}

function report(r: FileIngestResult): string {
  const lines = [
    `Ingested ${r.files.length} input(s) in ${r.seconds.toFixed(1)} s: ${r.read.toLocaleString()} read, ${r.indicators.toLocaleString()} indicators (${r.new.toLocaleString()} new, ${r.merged.toLocaleString()} merged), ${r.relationships.toLocaleString()} relationships.`,
    `Rejected ${r.rejected.toLocaleString()}${r.rejected ? `: ${counts(r.rejectedByReason)}` : ''}.`,
  ];
  if (r.warned)
    lines.push(`Kept with a warning ${r.warned.toLocaleString()}: ${counts(r.warningsByReason)}.`);
  if (r.skipped)
    lines.push(`Skipped ${r.skipped.toLocaleString()} not modelled: ${counts(r.skippedByType)}.`);
  if (r.missingEvents.length)
    lines.push(`Missing ${r.missingEvents.length} feed event file(s) listed in the manifest.`);
  if (r.failedBatches)
    lines.push(`${r.failedBatches} batch(es) failed and were rolled back whole.`);
  if (r.malformed.length)
    lines.push(`${r.malformed.length} input(s) could not be read to the end.`);
  if (r.rejectsFile) lines.push(`Rejects (line, field, reason): ${r.rejectsFile}`);
  return lines.join('\n');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Ingest indicators from a file or folder: CSV, JSON and YAML lists, JSON Lines, text lists, hosts files and Adblock lists, free text, STIX 2.1 bundles, MISP events and MISP feeds.',
    )
    .argument(
      '<path>',
      'a file, a folder of files, or a MISP static feed folder (with manifest.json)',
    )
    .option(
      '--format <format>',
      `input format: ${INGEST_FORMATS.join('|')} (default: from the extension and content)`,
    )
    .option('--source <name>', 'source name (default: the file, feed event or folder name)')
    .option(
      '--reliability <A-F>',
      'source reliability, Admiralty scale (default F: cannot be judged)',
    )
    .option(
      '--tlp <level>',
      'TLP: CLEAR|GREEN|AMBER|AMBER+STRICT|RED (the stricter of this and the data wins; default AMBER)',
    )
    .option('--confidence <n>', 'confidence 0–100 for rows that carry none (default 50)')
    .option('--default-region <CC>', 'country for phone numbers in local format, e.g. KH')
    .option('--platform <platform>', 'platform for bare @handles (telegram, whatsapp, line…)')
    .option('--rejects <path>', 'reject file (default <input>.rejects.csv)')
    .option(
      '--as <account>',
      "submit as this account: the data is its organisation's (it may only add to its organisation's sources); it must be allowed to write (not a viewer). Default: the local admin of organisation local",
    )
    .option(
      '--share-with <org,…|community>',
      'organisation keys (see: scamgraph org list) that also see the AMBER data, or community for every member organisation',
    )
    .option(
      '--recipients <org,…|user:<account>,…>',
      'organisation keys or user:<account> that also see the RED data',
    )
    .option(
      '--keys <key,…>',
      'JSON/YAML objects of lists: the keys whose lists are indicators, e.g. deny,blacklist (default: deny-like keys; allow/whitelist/fuzzylist keys are never read)',
    )
    .option('--json', 'print a JSON summary instead of human output')
    .addHelpText('after', INGEST_HELP)
    .action(async (target: string, opts: Flags) => {
      try {
        await ingest(target, opts);
      } catch (error) {
        // A clear message, no stack trace; as JSON with --json.
        const e = error as Error & { code?: string; details?: Record<string, unknown> };
        if (opts.json)
          console.log(
            JSON.stringify({
              error: { code: e.code ?? 'ERROR', message: e.message, ...(e.details ?? {}) },
            }),
          );
        else console.error(`scamgraph: ${e.message}`);
        process.exitCode = 1;
      }
    });
}

/** Where a malformed input is, for people: `data/x.json: <message>`. */
function malformedLine(r: RejectEntry): string {
  return `${r.file}: ${r.message}`;
}

async function ingest(target: string, opts: Flags): Promise<void> {
  const { sharing, ...options } = checked(opts);
  // Empty, binary, unreadable files are refused before the database starts or anything is written.
  const files = await inputFiles(target, options.format);
  const refused: RejectEntry[] = [];
  for (const f of files) {
    const problem = await preflight(f);
    if (problem) refused.push({ file: f.path, ...problem });
  }
  if (refused.length) {
    if (opts.json)
      console.log(
        JSON.stringify({
          error: {
            code: 'BAD_USER_INPUT',
            reason: MALFORMED_FILE,
            message: `${refused.length} input(s) cannot be read; nothing was ingested.`,
            files: refused,
          },
        }),
      );
    else {
      for (const r of refused) console.error(`scamgraph: ${malformedLine(r)}`);
      console.error('scamgraph: nothing was ingested.');
    }
    process.exitCode = 1;
    return;
  }
  const log = opts.json ? () => {} : (m: string) => console.error(m);
  const result = await withDatabase(log, async (executor) => {
    const ctx = await actingContext(executor, { as: opts.as });
    requireWrite(ctx);
    const scope = await ingestScope(executor, ctx, sharing, SCOPE_FLAGS);
    const progress = progressLine(process.stderr, !opts.json);
    const r = await ingestPath(executor, target, {
      ...options,
      ...scope,
      onProgress: (s) =>
        progress.update(
          `${s.read.toLocaleString()} read, ${s.new.toLocaleString()} new, ${s.merged.toLocaleString()} merged, ${s.rejected.toLocaleString()} rejected`,
        ),
    });
    progress.done();
    auditNote(
      executor,
      {
        operation: 'ingest:file',
        ids: r.sources,
        count: r.indicators,
        detail: `${r.files.length} input(s), ${r.rejected} rejected`,
      },
      ctx,
    );
    // Watches see the new data now, and their webhooks are posted before the command exits.
    const watched = await afterIngest(executor, { wait: true, log }).catch((error: unknown) => {
      log(`watchlists: not evaluated: ${(error as Error).message}`);
      return null;
    });
    if (watched?.changes)
      log(
        `watchlists: ${watched.changes} change(s) in ${watched.evaluated} watch(es), ${watched.deliveries} webhook delivery(ies)`,
      );
    return r;
  });
  if (opts.json) console.log(JSON.stringify(result));
  else console.log(report(result));
  if (result.malformed.length && !opts.json) {
    // Reading each stopped at its problem: what came before it was ingested; fix the file and run
    // again (merges are idempotent, so the rows already written change nothing).
    for (const r of result.malformed) console.error(`scamgraph: ${malformedLine(r)}`);
    console.error(
      'scamgraph: reading stopped at the problem in each file above; rows before it were ingested. Fix the file and run again: rows already ingested change nothing.',
    );
  }
  // Never silent: an input that gave nothing, or lost values, says so and what it looked like.
  if (result.notice && !opts.json)
    for (const line of result.notice.split('\n')) console.error(`scamgraph: ${line}`);
  process.exitCode = EXIT_CODES[result.status];
}
