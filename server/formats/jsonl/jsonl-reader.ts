// JSON Lines reader: one object per line, keys mapped like CSV headers; a bad line is rejected, not fatal.
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { planColumns, recordToItems, type ColumnPlan } from '../record-mapping.js';
import type { ReaderItem } from '../reader-types.js';

export async function* readJsonl(input: Readable): AsyncGenerator<ReaderItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const plans = new Map<string, ColumnPlan>();
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '').trim() : raw.trim();
    if (!text) continue;
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
      plan = planColumns(keys);
      if (plans.size < 100) plans.set(signature, plan);
    }
    yield* recordToItems(record as Record<string, unknown>, plan, line);
  }
}

function reject(line: number, value: string, reason: string, message: string): ReaderItem {
  return {
    type: 'reject',
    reject: { line, field: '(line)', value: value.slice(0, 200), reason, message },
  };
}
