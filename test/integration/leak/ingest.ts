// Writes a generated world through the real ingest service (the function the `ingest` mutation, uploads and
// the CLI end in), one CSV submission per source, each with its scope: org, TLP, sharedWith, recipients.
import { Readable } from 'node:stream';
import type { Executor } from '../../../server/db/executor.js';
import { ingestStream } from '../../../server/modules/ingest/ingest-run.js';
import type { PipelineOptions } from '../../../server/modules/ingest/pipeline.js';
import type { RejectEntry } from '../../../server/modules/ingest/ingest-types.js';
import { submissionCsv, valueNames, type WorldSpec } from './world.js';

/** IngestOptions with the scope fields of the issue-10 contract (ignored by a pipeline that predates them). */
type ScopedOptions = PipelineOptions & {
  source: string;
  name?: string;
  org: string;
  sharedWith: string[];
  recipients: string[];
};

/** Ingests submissions `from` to `to` (exclusive) of a world, in order; by default all of them. */
export async function ingestWorld(
  executor: Executor,
  spec: WorldSpec,
  from = 0,
  to = spec.submissions.length,
): Promise<void> {
  const names = valueNames(spec);
  for (const [s, sub] of spec.submissions.entries()) {
    if (s < from || s >= to) continue;
    const rejects: RejectEntry[] = [];
    const opts: ScopedOptions = {
      source: names.sourceName(s),
      name: `leak-${s}.csv`,
      tlp: sub.scope.tlp,
      confidence: sub.confidence,
      now: names.date(s),
      org: sub.scope.org,
      sharedWith: sub.scope.sharedWith,
      recipients: sub.scope.recipients,
    };
    const summary = await ingestStream(
      executor,
      Readable.from([submissionCsv(spec, names, s)]),
      'csv',
      opts,
      { add: (r) => rejects.push(r) },
    );
    if (rejects.length || summary.rejected)
      throw new Error(
        `the generated submission ${s} was not ingested whole: ${JSON.stringify(rejects.slice(0, 3))}`,
      );
  }
}
