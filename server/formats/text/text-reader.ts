// Plain-text list reader: one value per line, blank lines and `#` comments ignored, kind detected per value.
// Binary, non-UTF-8, empty input or an over-long line ends in one MALFORMED_FILE reject (reader-input.ts).
import type { Readable } from 'node:stream';
import { guarded, rejectOf } from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { LineSplitter, type Line } from './line-splitter.js';

export async function* readText(input: Readable): AsyncGenerator<ReaderItem> {
  const { out, guard } = guarded(input, [new LineSplitter()]);
  yield {
    type: 'layout',
    layout: { shape: 'text list (one value a line, # comments)', columns: [] },
  };
  try {
    for await (const { text, line } of out as AsyncIterable<Line>) {
      const value = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (!value || value.startsWith('#')) continue;
      yield { type: 'row', row: { line, main: { value, field: 'value' }, related: [] } };
    }
  } catch (error) {
    yield rejectOf(error, guard);
  }
}
