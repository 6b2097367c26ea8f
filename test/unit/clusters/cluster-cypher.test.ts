// The clusters statements that list link types by name stay in step with model.ts, and every statement that
// reads graph data tests visibility through $vis.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../../server/db/cypher.js';
import { INFRA_REL_TYPES } from '../../../server/model.js';

const dir = path.join(CYPHER_DIR, 'clusters');
const text = (name: string) => readFileSync(path.join(dir, `${name}.cypher`), 'utf8');

describe('cypher/clusters', () => {
  it('recent-marks counts every infrastructure link type and REPORTED_IN', () => {
    const types = [...text('recent-marks').matchAll(/\[r:(\w+)\]/g)].map((m) => m[1]);
    expect(types.sort()).toEqual([...INFRA_REL_TYPES, 'REPORTED_IN'].sort());
  });

  it('reads entities, links and assertions only through $vis', () => {
    const stateOnly = new Set([
      'view-state',
      'load-clusters',
      'save-view',
      'save-clusters',
      'append-events',
      'history',
      'names',
      'rename',
      'recent-marks',
      'stored-views',
      'inherit-events',
    ]);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher'))) {
      const name = file.replace(/\.cypher$/, '');
      if (stateOnly.has(name)) continue;
      expect(text(name), name).toMatch(/WHERE k IN \$vis/);
    }
  });
});
