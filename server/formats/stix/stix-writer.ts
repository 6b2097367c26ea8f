// Writes a STIX 2.1 bundle as a stream: header, markings and identity, then each page's objects as they arrive.
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ExportMeta, ExportPage } from '../../modules/exports/exports-types.js';
import { SinkWriter } from '../sink-writer.js';
import { objectOfRel, objectsOfNode } from './stix-mapping.js';
import { markingsUpTo, producerIdentity, type StixObject } from './stix-markings.js';

export interface StixWriteResult {
  objects: number;
  indicators: number;
}

/** The objects every bundle starts with: the TLP markings up to the export's level and the producer. */
export function preambleObjects(meta: Pick<ExportMeta, 'maxTlp' | 'producer'>): StixObject[] {
  return [...markingsUpTo(meta.maxTlp), producerIdentity(meta.producer)];
}

/** Streams `pages` into `out` as one bundle; resolves when the stream has ended. */
export async function writeStixBundle(
  pages: AsyncIterable<ExportPage>,
  meta: ExportMeta,
  out: Writable,
): Promise<StixWriteResult> {
  const sink = new SinkWriter(out);
  const identity = producerIdentity(meta.producer);
  let first = true;
  let objects = 0;
  let indicators = 0;
  const emit = async (o: StixObject) => {
    await sink.write((first ? '\n  ' : ',\n  ') + JSON.stringify(o));
    first = false;
    objects += 1;
  };
  await sink.write(`{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`);
  for (const o of preambleObjects(meta)) await emit(o);
  for await (const page of pages) {
    for (const node of page.nodes) {
      for (const o of objectsOfNode(node, identity.id, meta.exportedAt)) {
        if (o.type === 'indicator') indicators += 1;
        await emit(o);
      }
    }
    for (const rel of page.rels) {
      const o = objectOfRel(rel, identity.id, meta.exportedAt);
      if (o) await emit(o);
    }
  }
  await sink.write('\n]}\n');
  await sink.end();
  return { objects, indicators };
}
