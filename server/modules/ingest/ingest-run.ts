// Ingest entry points: files and folders (CLI), and streams (HTTP upload, GraphQL mutation).
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Executor } from '../../db/executor.js';
import {
  conclude,
  emptySummary,
  type IngestFormat,
  type IngestSummary,
  type RejectSink,
} from './ingest-types.js';
import { inputFiles, readInput, readStream } from './ingest-input.js';
import { IngestPipeline, type PipelineOptions } from './pipeline.js';
import { RejectFile } from './reject-file.js';
import { namedSource } from './row-records.js';

export interface FileIngestOptions extends PipelineOptions {
  format?: IngestFormat;
  /** Reject file path; default `<input>.rejects.csv`. */
  rejects?: string;
}

export interface FileIngestResult extends IngestSummary {
  files: { path: string; format: IngestFormat }[];
  /** The reject file, when anything was rejected. */
  rejectsFile: string | null;
}

function baseName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Ingests a file, a folder of files or a MISP feed folder; rejects go to the reject file. */
export async function ingestPath(
  executor: Executor,
  target: string,
  opts: FileIngestOptions = {},
): Promise<FileIngestResult> {
  const started = Date.now();
  const files = await inputFiles(target, opts.format);
  const rejectPath = opts.rejects ?? `${target.replace(/[\\/]+$/, '')}.rejects.csv`;
  const rejects = new RejectFile(rejectPath);
  const pipeline = new IngestPipeline(executor, opts, rejects, emptySummary());
  try {
    for (const file of files) {
      const useEventSource =
        !opts.source && (file.format === 'misp' || file.format === 'misp-feed');
      await pipeline.consume({
        file: path.relative(process.cwd(), file.path) || file.path,
        items: readInput(file, { useEventSource, keys: opts.keys }),
        source: namedSource(opts.source ?? baseName(file.path)),
      });
    }
    await pipeline.finish();
  } finally {
    await rejects.close();
  }
  const summary = conclude(pipeline.summary);
  summary.seconds = (Date.now() - started) / 1000;
  return {
    ...summary,
    files: files.map((f) => ({ path: f.path, format: f.format })),
    rejectsFile: rejects.count > 0 ? rejectPath : null,
  };
}

/** Ingests one stream of a known format under a named source (uploads and API submissions). */
export async function ingestStream(
  executor: Executor,
  input: Readable,
  format: IngestFormat,
  opts: PipelineOptions & { source: string; name?: string },
  rejects: RejectSink,
): Promise<IngestSummary> {
  const started = Date.now();
  const pipeline = new IngestPipeline(executor, opts, rejects, emptySummary());
  await pipeline.consume({
    file: opts.name ?? 'upload',
    items: readStream(format, input, { useEventSource: false, keys: opts.keys }),
    source: namedSource(opts.source),
  });
  const summary = conclude(await pipeline.finish());
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
