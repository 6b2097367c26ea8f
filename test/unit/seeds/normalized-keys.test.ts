// Demo data and the normalizers agree: every generated indicator's key is what normalize() makes of it,
// so a user who pastes a demo value finds its node.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/generate.js';
import { normalize } from '../../../server/indicators/index.js';
import { KIND_LABEL, type IndicatorKind } from '../../../server/indicators/types.js';

const KIND_BY_LABEL = new Map(
  Object.entries(KIND_LABEL).map(([kind, label]) => [label, kind as IndicatorKind]),
);

describe('demo data keys', () => {
  it('are fixed points of the normalizers', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const batch of generateDemo({ scale: 1 })) {
      for (const node of batch.nodes) {
        const kind = KIND_BY_LABEL.get(node.label);
        if (!kind || kind === 'compound') continue;
        checked += 1;
        const result = normalize(node.value, kind);
        if (!result.ok || result.indicator.key !== node.value) {
          mismatches.push(`${node.id} → ${result.ok ? result.indicator.key : result.reason}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(8000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 60_000);
});
