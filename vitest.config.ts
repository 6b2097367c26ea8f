// Test projects: fast unit tests, and integration tests against a real Neo4j started once per run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          // Everything that needs the real Neo4j (API, ingest, exports and interop, browser e2e) shares one.
          include: [
            'test/integration/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
            'test/interop/**/*.test.ts',
            'test/e2e/**/*.test.ts',
          ],
          globalSetup: ['test/integration/global-setup.ts'],
          // The tests' webhook receivers listen on 127.0.0.1, which webhooks may not reach by default
          // (server/modules/watchlists/webhook-target.ts; test/unit/watchlists/webhook-target.test.ts).
          env: { SCAMGRAPH_WEBHOOK_PRIVATE: 'allow' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Neo4j for the whole run; files share it, so run them one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
