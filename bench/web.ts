// `npm run bench:web`: the explorer's renderer against a bare sigma page, in headless Chromium (software WebGL).
// For 5,000 nodes / 20,000 edges and 20,000 / 100,000: time to first frame (data in memory → first frame drawn)
// and frames per second while panning, both pages in the same run on the same graph. Target: ratio ≥ 0.8.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import type { Edge, Entity, EntityKind, RelType, Subgraph } from '../web/src/api/types.js';
import { graphFromSubgraph } from '../web/src/graph/build.js';
import { ROOT, ensureWebBuilt, launch } from '../test/e2e/browser.js';

const SIZES: [number, number][] = [
  [5_000, 20_000],
  [20_000, 100_000],
];
const PAN_MS = 4_000;
const KINDS: EntityKind[] = [
  'DOMAIN',
  'URL',
  'APP',
  'WALLET',
  'PHONE',
  'ACCOUNT',
  'EMAIL',
  'COMPOUND',
];
const RELS: RelType[] = [
  'ON_DOMAIN',
  'PAYS_TO',
  'CONTACT_FOR',
  'USES_DOMAIN',
  'OPERATED_FROM',
  'TRANSFERRED_TO',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** An API-shaped subgraph with a heavy-tailed degree distribution (preferential attachment). */
function syntheticSubgraph(n: number, m: number): Subgraph {
  const r = rng(n * 31 + m);
  const nodes: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[Math.floor(r() * KINDS.length)]!;
    nodes.push({
      id: `${kind.toLowerCase()}:bench-${i}.example`,
      kind,
      value: `bench-${i}.example`,
      display: `bench-${i}.example`,
      raw: [],
      tlp: 'GREEN',
      confidence: 50 + Math.floor(r() * 50),
      firstSeen: new Date(Date.UTC(2021, 0, 1) + Math.floor(r() * 1500) * 86_400_000).toISOString(),
      lastSeen: null,
      synthetic: true,
      properties: [],
      sources: [],
      degree: 0,
    });
  }
  const edges: Edge[] = [];
  const ends: number[] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const a = Math.floor(r() * n);
    const b = ends.length && r() < 0.5 ? ends[Math.floor(r() * ends.length)]! : Math.floor(r() * n);
    if (a === b) continue;
    const type = RELS[Math.floor(r() * RELS.length)]!;
    const id = `${nodes[a]!.id}|${type}|${nodes[b]!.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ends.push(a, b);
    nodes[a]!.degree++;
    nodes[b]!.degree++;
    edges.push({
      id,
      type,
      from: nodes[a]!.id,
      to: nodes[b]!.id,
      tlp: 'GREEN',
      confidence: 60,
      firstSeen: null,
      lastSeen: null,
      sources: [],
      properties: [],
    });
  }
  return { nodes, edges, truncated: false };
}

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}#c{position:absolute;inset:0}</style></head>
<body><div id="c"></div><script type="module" src="./bare.ts"></script></body></html>`;

// The bare page: graphology + sigma with default settings, nothing else.
const BARE_TS = `import Graph from 'graphology';
import Sigma from 'sigma';
declare global { interface Window { benchLoad(data: unknown): void; benchSigma: Sigma } }
window.benchLoad = (data) => {
  const graph = new Graph({ multi: true, type: 'directed' });
  graph.import(data as never);
  window.benchSigma = new Sigma(graph, document.getElementById('c')!);
};
`;

async function buildBarePage(): Promise<string> {
  const src = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-src-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-bench-out-'));
  writeFileSync(path.join(src, 'index.html'), BARE_HTML);
  writeFileSync(path.join(src, 'bare.ts'), BARE_TS);
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: {
        sigma: path.join(ROOT, 'node_modules/sigma'),
        graphology: path.join(ROOT, 'node_modules/graphology'),
      },
    },
    build: { outDir: out, emptyOutDir: true },
  });
  return out;
}

/** Serves dist/web at /, the bare page at /bare/, bench data at /data/, and a stub /graphql (stats only). */
function serve(
  bareDir: string,
  data: Map<string, string>,
): Promise<{ server: Server; url: string }> {
  const web = path.join(ROOT, 'dist/web');
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/graphql') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: {
              stats: { totalNodes: 0, totalRelationships: 0, hasSyntheticData: false, nodes: [] },
            },
          }),
        );
        return;
      }
      if (url.pathname.startsWith('/data/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(data.get(url.pathname.slice(6)) ?? 'null');
        return;
      }
      const [dir, rel] = url.pathname.startsWith('/bare/')
        ? [bareDir, url.pathname.slice(6)]
        : [web, url.pathname.slice(1)];
      const file = path.join(dir, rel === '' ? 'index.html' : rel);
      try {
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    })();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

interface Measure {
  firstFrameMs: number;
  fps: number;
}

/**
 * In the page: counts sigma renders while the camera pans for PAN_MS. Written as a string: tsx would wrap named
 * functions in a helper the page does not have.
 */
const PAN_SCRIPT = `async ({ expr, ms }) => {
  const sigma = (0, eval)(expr);
  const camera = sigma.getCamera();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await new Promise((r) => setTimeout(r, 300));
  let frames = 0;
  const count = () => frames++;
  sigma.on('afterRender', count);
  const start = performance.now();
  await new Promise((resolve) => {
    const step = (now) => {
      const t = (now - start) / ms;
      camera.setState({ x: 0.5 + 0.25 * Math.sin(t * Math.PI * 4), y: 0.5 + 0.25 * Math.cos(t * Math.PI * 4) });
      if (now - start < ms) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  sigma.off('afterRender', count);
  return (frames * 1000) / (performance.now() - start);
}`;

async function panFps(page: Page, sigmaExpr: string): Promise<number> {
  return page.evaluate(
    `(${PAN_SCRIPT})(${JSON.stringify({ expr: sigmaExpr, ms: PAN_MS })})`,
  ) as Promise<number>;
}

async function measureOurs(page: Page, url: string, key: string): Promise<Measure> {
  await page.goto(url);
  await page.waitForFunction(() =>
    Boolean(
      (window as unknown as { __scamgraphSigma?: unknown }).__scamgraphSigma &&
      (window as unknown as { __scamgraph?: unknown }).__scamgraph,
    ),
  );
  const firstFrameMs = await page.evaluate(async (k) => {
    const w = window as unknown as {
      __scamgraph: { explorer: { loadSubgraph(s: unknown, layout: boolean): void } };
      __scamgraphSigma: { once(e: string, f: () => void): void };
    };
    const sub = await (await fetch(`/data/${k}-api`)).json();
    const start = performance.now();
    const drawn = new Promise<void>((resolve) =>
      w.__scamgraphSigma.once('afterRender', () => resolve()),
    );
    w.__scamgraph.explorer.loadSubgraph(sub, false);
    await drawn;
    return performance.now() - start;
  }, key);
  const fps = await panFps(page, 'window.__scamgraphSigma');
  return { firstFrameMs, fps };
}

async function measureBare(page: Page, url: string, key: string): Promise<Measure> {
  await page.goto(`${url}/bare/`);
  await page.waitForFunction(
    () => typeof (window as unknown as { benchLoad?: unknown }).benchLoad === 'function',
  );
  const firstFrameMs = await page.evaluate(async (k) => {
    const w = window as unknown as {
      benchLoad(d: unknown): void;
      benchSigma: { once(e: string, f: () => void): void };
    };
    const data = await (await fetch(`/data/${k}-graph`)).json();
    const start = performance.now();
    w.benchLoad(data);
    // The constructor renders synchronously once; wait for the frame to reach the screen.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - start;
  }, key);
  const fps = await panFps(page, 'window.benchSigma');
  return { firstFrameMs, fps };
}

async function main() {
  ensureWebBuilt();
  const bareDir = await buildBarePage();
  const data = new Map<string, string>();
  for (const [n, m] of SIZES) {
    const sub = syntheticSubgraph(n, m);
    // The bare page gets exactly the graph our page builds (positions, sizes, colours, edge types), without payloads.
    const graph = graphFromSubgraph(sub);
    const serialized = graph.export();
    for (const node of serialized.nodes) {
      const { x, y, size, color, label } = node.attributes!;
      node.attributes = { x, y, size, color, label } as never;
    }
    for (const edge of serialized.edges) {
      const { size, color, type } = edge.attributes!;
      edge.attributes = { size, color, type } as never;
    }
    data.set(`${n}-api`, JSON.stringify(sub));
    data.set(`${n}-graph`, JSON.stringify(serialized));
  }
  const { server, url } = await serve(bareDir, data);
  const { context, page } = await launch();
  const rows: Record<string, string | number>[] = [];
  try {
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && ext
        ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL))
        : gl
          ? 'webgl'
          : 'no webgl';
    });
    console.log(`WebGL renderer: ${renderer}`);
    for (const [n, m] of SIZES) {
      const bare = await measureBare(page, url, String(n));
      const ours = await measureOurs(page, url, String(n));
      rows.push({
        graph: `${n.toLocaleString('en')} nodes / ${m.toLocaleString('en')} edges`,
        'bare first frame ms': Math.round(bare.firstFrameMs),
        'ours first frame ms': Math.round(ours.firstFrameMs),
        'first-frame ratio (bare/ours)': +(bare.firstFrameMs / ours.firstFrameMs).toFixed(2),
        'bare fps': +bare.fps.toFixed(1),
        'ours fps': +ours.fps.toFixed(1),
        'fps ratio (ours/bare)': +(ours.fps / bare.fps).toFixed(2),
      });
    }
  } finally {
    await context.close();
    server.close();
  }
  console.table(rows);
  const out = path.join(ROOT, 'test-output/bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'web.json'), JSON.stringify(rows, null, 2));
  const ok = rows.every(
    (r) =>
      Number(r['first-frame ratio (bare/ours)']) >= 0.8 &&
      Number(r['fps ratio (ours/bare)']) >= 0.8,
  );
  console.log(
    ok
      ? 'Target met: ratio ≥ 0.8 on both sizes.'
      : 'Target NOT met on every measure (see the table).',
  );
}

await main();
