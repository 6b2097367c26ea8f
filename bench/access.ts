// `npm run bench:access`: the cost of visibility (SPEC §6). On a demo graph (BENCH_SCALE, default 10) in a
// fresh bundled Neo4j, the same GraphQL calls — `neighborhood`, `search`, `exportIndicators` — as the local
// admin and as a GREEN partner of another organisation, interleaved call by call, then p50/p95 of each
// and the partner/admin ratios (target ≤ 1.3). Both go through the same visibility test: the ratio shows
// what a narrower key set costs. A benchmark, not a test. Options: BENCH_SCALE, BENCH_ROUNDS (100),
// BENCH_EXPORT_ROUNDS (20), BENCH_KEEP=1 keeps the data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { startScamgraph } from '../server/boot.js';
import { createAccount, createOrg } from '../server/modules/accounts/accounts-service.js';
import { createToken } from '../server/modules/auth/token-service.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const EXPORT_ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 20);
const ENTITY = 'id kind value display tlp confidence firstSeen lastSeen degree sources { id name }';

const OPS: Record<string, { query: string; vars: (item: Item) => Record<string, unknown> }> = {
  neighborhood: {
    query: `query N($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) {
      nodes { ${ENTITY} } edges { id type from to tlp sources } truncated } }`,
    vars: (it) => ({ id: it.id }),
  },
  search: {
    query: `query S($q: String!) { search(query: $q, first: 20) { hits { score node { ${ENTITY} } } } }`,
    vars: (it) => ({ q: it.value.slice(0, 8) }),
  },
  exportIndicators: {
    query: `query X { exportIndicators(filter: { kinds: [WALLET] }, format: CSV) { count content } }`,
    vars: () => ({}),
  },
};

interface Item {
  id: string;
  value: string;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function call(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const t0 = performance.now();
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 40)}: ${body.errors[0]!.message}`);
  return performance.now() - t0;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-access-'));
const base = loadConfig({
  ...process.env,
  SCAMGRAPH_DATA_DIR: dataDir,
  SCAMGRAPH_SEED_SCALE: String(SCALE),
  SCAMGRAPH_RATE_LIMIT_PER_MINUTE: '10000000',
  SCAMGRAPH_TOKEN_RATE_LIMIT_PER_MINUTE: '10000000',
});
console.error(
  `starting a bundled Neo4j with the demo data at scale ${SCALE} (data in ${dataDir})…`,
);
const running = await startScamgraph({ ...base, port: 0 }, (line) => console.error(line));
try {
  const { executor, url } = running;
  await createOrg(executor, 'local', { existing: 'reuse' });
  await createAccount(
    executor,
    { name: 'admin', org: 'local', role: 'admin', clearance: 'RED' },
    { existing: 'reuse' },
  );
  await createOrg(executor, 'bench-partner', { existing: 'reuse' });
  await createAccount(
    executor,
    { name: 'bench-partner', org: 'bench-partner', role: 'partner', clearance: 'GREEN' },
    { existing: 'reuse' },
  );
  const admin = (await createToken(executor, { account: 'admin', label: 'bench' })).token;
  const partner = (await createToken(executor, { account: 'bench-partner', label: 'bench' })).token;
  // Entities both callers see (so both do the same kind of work), spread over the id space.
  const rows = await executor.read({
    cypher: `MATCH (n) WHERE (n:Domain OR n:Wallet OR n:Phone OR n:Account)
               AND any(k IN n.vis WHERE k IN ['clear', 'green'])
             RETURN n.id AS id, n.value AS value ORDER BY n.id LIMIT 5000`,
  });
  const step = Math.max(1, Math.floor(rows.length / ROUNDS));
  const items: Item[] = rows
    .filter((_, i) => i % step === 0)
    .slice(0, ROUNDS)
    .map((r) => ({ id: String(r.id), value: String(r.value) }));
  console.log(
    `bench:access — demo scale ${SCALE}, ${items.length} sampled entities, admin (local, RED) vs GREEN partner`,
  );
  console.log(
    '| call | admin p50 | admin p95 | partner p50 | partner p95 | ratio p50 | ratio p95 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, op] of Object.entries(OPS)) {
    const n = name === 'exportIndicators' ? EXPORT_ROUNDS : items.length;
    const times = { admin: [] as number[], partner: [] as number[] };
    for (let i = 0; i < Math.min(10, n); i++) {
      await call(url, admin, op.query, op.vars(items[i]!));
      await call(url, partner, op.query, op.vars(items[i]!));
    }
    for (let i = 0; i < n; i++) {
      const it = items[i % items.length]!;
      // Alternate who goes first, so that neither always meets a warm cache.
      const order = i % 2 === 0 ? (['admin', 'partner'] as const) : (['partner', 'admin'] as const);
      for (const who of order)
        times[who].push(await call(url, who === 'admin' ? admin : partner, op.query, op.vars(it)));
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    const [a50, a95, p50, p95] = [
      pct(times.admin, 50),
      pct(times.admin, 95),
      pct(times.partner, 50),
      pct(times.partner, 95),
    ];
    console.log(
      `| ${name} | ${f(a50)} | ${f(a95)} | ${f(p50)} | ${f(p95)} | ${(p50 / a50).toFixed(2)} | ${(p95 / a95).toFixed(2)} |`,
    );
  }
} finally {
  await running.stop();
  if (process.env.BENCH_KEEP !== '1') rmSync(dataDir, { recursive: true, force: true });
}
