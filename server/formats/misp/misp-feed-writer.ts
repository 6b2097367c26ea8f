// Writes a static MISP feed directory: manifest.json, <event uuid>.json and hashes.csv (what MISP subscribes to).
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportMeta } from '../../modules/exports/exports-types.js';
import { SinkWriter } from '../sink-writer.js';
import {
  eventHeader,
  md5,
  writeMispEvent,
  type MispWriteResult,
  type PageSource,
} from './misp-writer.js';

export async function writeMispFeed(
  pages: PageSource,
  meta: ExportMeta,
  dir: string,
): Promise<MispWriteResult & { dir: string }> {
  await mkdir(dir, { recursive: true });
  const h = eventHeader(meta);
  const hashes = new SinkWriter(createWriteStream(path.join(dir, 'hashes.csv')));
  const pending: Promise<void>[] = [];
  const result = await writeMispEvent(
    pages,
    meta,
    createWriteStream(path.join(dir, `${h.uuid}.json`)),
    (a) => {
      pending.push(hashes.write(`${md5(a.value)},${h.uuid}\n`));
    },
  );
  await Promise.all(pending);
  await hashes.end();
  const manifest = {
    [h.uuid]: {
      info: h.info,
      date: h.date,
      analysis: '2',
      threat_level_id: '2',
      timestamp: h.timestamp,
      Orgc: h.orgc,
      Tag: h.tags,
    },
  };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...result, dir };
}
