// Test helpers: unwrap normalize results with readable failures.
import { expect } from 'vitest';
import type { Indicator, NormalizeResult, RejectReason } from '../../../server/indicators/index.js';

/** The indicator of a successful result; fails the test with the rejection message otherwise. */
export function accepted(result: NormalizeResult): Indicator {
  if (!result.ok) expect.fail(`expected acceptance, got ${result.reason}: ${result.message}`);
  return result.indicator;
}

/** The reason of a rejection; fails the test when the value was accepted. Checks the message is useful. */
export function rejected(result: NormalizeResult): RejectReason {
  if (result.ok)
    expect.fail(`expected rejection, got ${result.indicator.kind} ${result.indicator.key}`);
  expect(result.message.length).toBeGreaterThan(10);
  return result.reason;
}
