// Writes a MISP event as a stream in two passes over the selection: attributes first, then objects.
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ExportMeta, ExportPage } from '../../modules/exports/exports-types.js';
import { SinkWriter } from '../sink-writer.js';
import {
  MISP_DISTRIBUTION,
  MISP_TLP_TAG,
  epochSeconds,
  mispOf,
  mispUuid,
  type MispAttribute,
} from './misp-mapping.js';

/** A fresh pass over the selection; MISP events need two (attributes, then objects). */
export type PageSource = () => AsyncIterable<ExportPage>;

export interface MispEventHeader {
  uuid: string;
  info: string;
  date: string;
  timestamp: string;
  orgc: { name: string; uuid: string };
  tags: { name: string }[];
  distribution: string;
}

export function eventHeader(meta: ExportMeta): MispEventHeader {
  return {
    uuid: mispUuid(`event|${meta.organisation}|${meta.setId}`),
    info: `Scamgraph indicator set: ${meta.name}`,
    date: meta.exportedAt.slice(0, 10),
    timestamp: epochSeconds(meta.exportedAt, meta.exportedAt),
    orgc: { name: meta.producer, uuid: mispUuid(`org|${meta.producer}`) },
    tags: [{ name: MISP_TLP_TAG[meta.maxTlp] }],
    distribution: MISP_DISTRIBUTION[meta.maxTlp],
  };
}

export interface MispWriteResult {
  uuid: string;
  attributes: number;
  objects: number;
}

/** MD5 of a value as MISP feeds list it in hashes.csv. */
export function md5(value: string): string {
  return createHash('md5').update(value).digest('hex');
}

/**
 * Streams one event into `out`. `onValue` receives every attribute value (feeds list their hashes).
 */
export async function writeMispEvent(
  pages: PageSource,
  meta: ExportMeta,
  out: Writable,
  onValue: (a: MispAttribute) => void = () => {},
): Promise<MispWriteResult> {
  const sink = new SinkWriter(out);
  const h = eventHeader(meta);
  const head = {
    uuid: h.uuid,
    info: h.info,
    date: h.date,
    threat_level_id: '2',
    analysis: '2',
    distribution: h.distribution,
    published: false,
    timestamp: h.timestamp,
    Orgc: h.orgc,
    Tag: h.tags,
  };
  await sink.write(`{"Event":${JSON.stringify(head).slice(0, -1)},"Attribute":[`);
  let attributes = 0;
  let objects = 0;
  for await (const page of pages()) {
    for (const node of page.nodes) {
      const { attribute } = mispOf(node, meta.exportedAt);
      if (!attribute) continue;
      await sink.write((attributes === 0 ? '\n' : ',\n') + JSON.stringify(attribute));
      onValue(attribute);
      attributes += 1;
    }
  }
  await sink.write('],"Object":[');
  for await (const page of pages()) {
    for (const node of page.nodes) {
      const { object } = mispOf(node, meta.exportedAt);
      if (!object) continue;
      await sink.write((objects === 0 ? '\n' : ',\n') + JSON.stringify(object));
      for (const a of object.Attribute) onValue(a);
      objects += 1;
    }
  }
  await sink.write(']}}\n');
  await sink.end();
  return { uuid: h.uuid, attributes, objects };
}
