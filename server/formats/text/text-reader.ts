// Plain-text list reader: one value per line, blank lines and `#` comments ignored, kind detected per value.
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { ReaderItem } from '../reader-types.js';

export async function* readText(input: Readable): AsyncGenerator<ReaderItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const value = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!value || value.startsWith('#')) continue;
    yield { type: 'row', row: { line, main: { value, field: 'value' }, related: [] } };
  }
}
