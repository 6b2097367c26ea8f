// Exports into memory for GraphQL answers, refusing anything larger than a cap.
import { Writable } from 'node:stream';
import type {
  ExportFormat as GqlFormat,
  ExportResult,
} from '../../__generated__/resolvers-types.js';
import type { Executor } from '../../db/executor.js';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { currentScope, throwIfStopped } from '../../http/request-scope.js';
import { exportTarget, type ExportTarget } from './exports-service.js';

export const INLINE_EXPORT_BYTES = 20 * 1024 * 1024;

const FORMATS = {
  STIX: { format: 'stix', mediaType: 'application/stix+json;version=2.1', ext: 'json' },
  MISP: { format: 'misp', mediaType: 'application/json', ext: 'misp.json' },
  CSV: { format: 'csv', mediaType: 'text/csv; charset=utf-8; header=present', ext: 'csv' },
} as const;

class TooLarge extends Error {}

export async function exportInline(
  executor: Executor,
  ctx: RequestContext,
  target: ExportTarget,
  format: GqlFormat,
): Promise<ExportResult> {
  const f = FORMATS[format];
  const chunks: Buffer[] = [];
  let size = 0;
  const scope = currentScope();
  const out = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      // A request that was stopped (deadline, client gone) or already answered writes no further.
      try {
        throwIfStopped(scope);
      } catch (error) {
        return done(error as Error);
      }
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += b.length;
      if (size > INLINE_EXPORT_BYTES) return done(new TooLarge());
      chunks.push(b);
      done();
    },
  });
  try {
    const result = await exportTarget(executor, ctx, target, f.format, { out });
    return {
      format,
      mediaType: f.mediaType,
      filename: `scamgraph-${result.meta.setId}.${f.ext}`,
      content: Buffer.concat(chunks).toString('utf8'),
      count: result.count,
    };
  } catch (error) {
    if (error instanceof TooLarge || size > INLINE_EXPORT_BYTES) {
      throw new BadInputError(
        `The export is larger than ${INLINE_EXPORT_BYTES} bytes; use \`scamgraph export\` or TAXII.`,
        {
          field: 'format',
          reason: 'TOO_LARGE',
        },
      );
    }
    throw error;
  }
}
