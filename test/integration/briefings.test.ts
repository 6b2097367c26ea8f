// Briefings on the real Neo4j with the demo data: PDF (parsed with pdfjs-dist: the TLP banner on every page,
// the figures equal `estimates` for the same scope), HTML and Markdown likewise; a --max-tlp CLEAR briefing
// holds nothing above CLEAR; GET /api/briefing refuses viewers and partners and is audited as an export.
// Writes one briefing of each format from the demo data into test-output/briefings/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import type { Executor } from '../../server/db/executor.js';
import type { RequestContext } from '../../server/context.js';
import { loadDemoStore } from './demo-store.js';
import { createAccount, createOrg } from '../../server/modules/accounts/accounts-service.js';
import { createToken } from '../../server/modules/auth/token-service.js';
import { auditEvents } from '../../server/modules/audit/audit-service.js';
import { flushAuditLog } from '../../server/modules/audit/audit-recorder.js';
import { listClusters } from '../../server/modules/clusters/clusters-service.js';
import { estimates } from '../../server/modules/estimates/estimates-service.js';
import {
  assembleBriefing,
  briefingContext,
  makeBriefing,
  renderBriefing,
} from '../../server/modules/briefings/briefing-service.js';
import type { BriefingModel } from '../../server/modules/briefings/briefing-types.js';
import { figureText } from '../../server/modules/briefings/briefing-text.js';
import { tlpLabel } from '../../server/modules/briefings/briefing-format.js';
import { renderHtml } from '../../server/modules/briefings/render-html.js';
import { pdfPages } from '../unit/briefings/pdf-text.js';
import { startTestServer, testExecutor, type TestServer } from './harness.js';

const OUT = path.resolve(import.meta.dirname, '../../test-output/briefings');

let executor: Executor;
let server: TestServer;
const admin: RequestContext = {
  caller: 'user:briefing-admin',
  organisation: 'local',
  clearance: 'RED',
  roles: ['admin'],
};
let clusterId: string;
const tokens: Record<string, string> = {};

/** The HTML's text as a reader sees it (no tags, entities decoded). */
function htmlText(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The Markdown's text as rendered. */
const mdText = (md: string) => htmlText(new MarkdownIt().render(md));

/** Every figure of `estimates` for the scope, as the briefing prints it, is in `text`. */
function expectFigures(text: string, figures: Awaited<ReturnType<typeof estimates>>['figures']) {
  expect(figures.length).toBeGreaterThan(0);
  // Compared without whitespace: a PDF's text wraps long labels over lines.
  const squash = (s: string) => s.replace(/\s+/g, '');
  const all = squash(text);
  for (const f of figures) {
    const t = figureText({ ...f, sources: f.sources });
    const esc = (x: string) => squash(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const gap = '[^0-9A-Za-z]{0,6}';
    // The label, then its value, then its range, as each format lays them out.
    expect(all, f.key).toMatch(
      new RegExp(`${esc(t.label)}${gap}${esc(t.value)}${gap}Range${gap}${esc(t.range)}`),
    );
  }
}

beforeAll(async () => {
  executor = await testExecutor();
  await loadDemoStore(executor);
  const page = await listClusters(executor, admin, { orderBy: 'SIZE_DESC', first: 1 });
  clusterId = page.nodes[0]!.id;
  server = await startTestServer();
  await createOrg(executor, 'local', { existing: 'reuse' });
  for (const role of ['analyst', 'partner', 'viewer'] as const) {
    await createAccount(
      executor,
      { name: `briefing-${role}`, org: 'local', role, clearance: 'AMBER' },
      { existing: 'reuse' },
    );
    tokens[role] = (
      await createToken(executor, { account: `briefing-${role}`, label: 'test' })
    ).token;
  }
  mkdirSync(OUT, { recursive: true });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await executor?.driver.close();
});

/** Estimates are slow on a busy machine: each test may take minutes. */
const SLOW = 400_000;
let model: BriefingModel;
let clusterFigures: Awaited<ReturnType<typeof estimates>>['figures'];

describe('a cluster briefing from the demo data', () => {
  it(
    'prints a PDF with the TLP banner on every page and the figures of `estimates`',
    async () => {
      const b = await makeBriefing(executor, admin, { kind: 'cluster', cluster: clusterId }, 'pdf');
      model = b.model;
      writeFileSync(path.join(OUT, 'briefing-demo-cluster.pdf'), b.body);
      const pages = await pdfPages(b.body);
      expect(pages.length).toBeGreaterThan(1);
      const banner = tlpLabel(b.model.tlp);
      for (const [i, page] of pages.entries()) {
        expect(page.trim().length, `page ${i + 1}`).toBeGreaterThan(40);
        // Header and footer of every page.
        expect(page.split(banner).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      }
      clusterFigures = (await estimates(executor, admin, { clusterId })).figures;
      expectFigures(pages.join('\n'), clusterFigures);
      expect(b.model.graph.nodes.length).toBeGreaterThan(1);
    },
    SLOW,
  );

  it(
    'writes HTML and Markdown with the same figures',
    async () => {
      const figures = clusterFigures;
      for (const format of ['html', 'md'] as const) {
        const b = await renderBriefing(model, format);
        writeFileSync(path.join(OUT, `briefing-demo-cluster.${format}`), b.body);
        const text = b.body.toString('utf8');
        const readable = format === 'html' ? htmlText(text) : mdText(text);
        expect(readable).toContain(tlpLabel(model.tlp));
        expectFigures(readable, figures);
        for (const i of model.topIndicators.slice(0, 5)) expect(readable).toContain(i.display);
      }
    },
    SLOW,
  );
});

describe('--max-tlp CLEAR: the public version', () => {
  it(
    'holds no GREEN or AMBER value, and its figures are those of a CLEAR reader',
    async () => {
      const full = model;
      const clear = await assembleBriefing(executor, admin, { kind: 'all' }, { maxTlp: 'CLEAR' });
      expect(full.tlp).not.toBe('CLEAR');
      expect(clear.tlp).toBe('CLEAR');
      expect(clear.ceiling).toBe('CLEAR');
      // What only a GREEN-or-above reader sees, by value.
      const restricted = [
        ...full.topIndicators.filter((i) => i.tlp !== 'CLEAR').map((i) => i.display),
        ...full.graph.nodes.filter((n) => n.tlp !== 'CLEAR').map((n) => n.display),
      ];
      expect(restricted.length).toBeGreaterThan(0);
      for (const n of clear.graph.nodes) expect(n.tlp).toBe('CLEAR');
      for (const e of clear.graph.edges) expect(e.tlp).toBe('CLEAR');
      const figures = await estimates(executor, briefingContext(admin, 'CLEAR'), {});
      expect(figures.tlp).toBe('CLEAR');
      const texts: string[] = [];
      for (const format of ['html', 'md', 'pdf'] as const) {
        const b = await renderBriefing(clear, format);
        writeFileSync(path.join(OUT, `briefing-demo-all-clear.${format}`), b.body);
        const text =
          format === 'pdf'
            ? (await pdfPages(b.body)).join('\n')
            : format === 'html'
              ? htmlText(b.body.toString('utf8'))
              : mdText(b.body.toString('utf8'));
        texts.push(text);
        expectFigures(text, figures.figures);
        expect(text).toContain('TLP:CLEAR');
        expect(text).not.toMatch(/TLP:(GREEN|AMBER|RED)/);
        for (const value of restricted) expect(text, value).not.toContain(value);
      }
      // The full briefing does show what the public one leaves out (the check above can fail).
      const fullHtml = htmlText(renderHtml(full));
      expect(restricted.some((v) => fullHtml.includes(v))).toBe(true);
    },
    SLOW,
  );
});

describe('GET /api/briefing', () => {
  const get = (query: string, token?: string) =>
    fetch(`${server.url}/api/briefing?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it(
    'refuses anonymous callers, viewers and partners',
    async () => {
      expect((await get('all=1&format=md')).status).toBe(401);
      for (const role of ['viewer', 'partner']) {
        const r = await get('all=1&format=md', tokens[role]);
        expect(r.status, role).toBe(403);
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      }
    },
    SLOW,
  );

  it(
    'gives an analyst a download, read under its clearance and maxTlp, audited as an export',
    async () => {
      // Cluster ids are per view: the analyst's, read up to GREEN.
      const analystGreen: RequestContext = {
        caller: 'user:briefing-analyst',
        organisation: 'local',
        clearance: 'GREEN',
        roles: ['analyst'],
      };
      const own = (await listClusters(executor, analystGreen, { orderBy: 'SIZE_DESC', first: 1 }))
        .nodes[0]!.id;
      const r = await get(`cluster=${own}&format=html&maxTlp=GREEN`, tokens.analyst);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="briefing-/);
      expect(['CLEAR', 'GREEN']).toContain(r.headers.get('x-scamgraph-tlp'));
      const text = htmlText(await r.text());
      expect(text).not.toMatch(/TLP:(AMBER|RED)/);
      const country = model.countries[0]?.country ?? 'MM';
      const pdf = await get(`country=${country}&format=pdf&maxTlp=AMBER`, tokens.analyst);
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const bad = await get('country=Myanmar&format=pdf', tokens.analyst);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { reason: string } }).error.reason).toBe(
        'BAD_COUNTRY',
      );
      await flushAuditLog(server.executor);
      const events = (await auditEvents(executor, admin, { operation: 'export:briefing' }, 100))
        .events;
      const mine = events.filter((e) => e.account === 'user:briefing-analyst');
      expect(mine.filter((e) => e.outcome === 'ok').length).toBeGreaterThanOrEqual(2);
      expect(mine.some((e) => e.outcome === 'refused')).toBe(true);
      expect(
        events.some((e) => e.account === 'user:briefing-viewer' && e.outcome === 'refused'),
      ).toBe(true);
    },
    SLOW,
  );
});
