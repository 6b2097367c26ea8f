// JSON Lines reader: one object per line, keys mapped like CSV headers; a bad line is rejected, not fatal.
// Binary, non-UTF-8, empty input or an over-long line ends in one MALFORMED_FILE reject (reader-input.ts).
import type { Readable } from 'node:stream';
import { guarded, jsonDepthIndex, READER_LIMITS, rejectOf } from '../reader-input.js';
import { planColumns, planLayout, recordToItems, type ColumnPlan } from '../record-mapping.js';
import type { ReaderItem } from '../reader-types.js';
import { LineSplitter, type Line } from '../text/line-splitter.js';

export async function* readJsonl(input: Readable): AsyncGenerator<ReaderItem> {
  const { out, guard } = guarded(input, [new LineSplitter()]);
  const plans = new Map<string, ColumnPlan>();
  try {
    for await (const { text: raw, line } of out as AsyncIterable<Line>) {
      const text = line === 1 ? raw.replace(/^\uFEFF/, '').trim() : raw.trim();
      if (!text) continue;
      const deep = jsonDepthIndex(text);
      if (deep >= 0) {
        yield reject(
          line,
          text,
          'MALFORMED_ROW',
          `Line ${line} is nested deeper than ${READER_LIMITS.jsonDepth} levels (at character ${deep + 1}).`,
        );
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        yield reject(
          line,
          text,
          'MALFORMED_ROW',
          `Line ${line} is not valid JSON: ${(error as Error).message}`,
        );
        continue;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        yield reject(line, text, 'MALFORMED_ROW', `Line ${line} is not a JSON object.`);
        continue;
      }
      const keys = Object.keys(record);
      const signature = keys.join('\u0000');
      let plan = plans.get(signature);
      if (!plan) {
        plan = planColumns(keys, [record as Record<string, unknown>]);
        if (plans.size === 0) yield { type: 'layout', layout: planLayout(plan, 'jsonl') };
        if (plans.size < 100) plans.set(signature, plan);
      }
      yield* recordToItems(record as Record<string, unknown>, plan, line);
    }
  } catch (error) {
    yield rejectOf(error, guard);
  }
}

function reject(line: number, value: string, reason: string, message: string): ReaderItem {
  return {
    type: 'reject',
    reject: { line, field: '(line)', value: value.slice(0, 200), reason, message },
  };
}
