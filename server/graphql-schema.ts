// Assembles the GraphQL schema from the .graphql files of every module and their resolvers.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { entitiesResolvers } from './modules/entities/entities-resolvers.js';
import { ingestResolvers } from './modules/ingest/ingest-resolvers.js';
import { exportsResolvers } from './modules/exports/exports-resolvers.js';
import { statsResolvers } from './modules/stats/stats-resolvers.js';
import { compoundsResolvers } from './modules/compounds/compounds-resolvers.js';
import { auditResolvers } from './modules/audit/audit-resolvers.js';
import { sessionResolvers } from './modules/session/session-resolvers.js';
import { clustersResolvers } from './modules/clusters/clusters-resolvers.js';
import { watchlistsResolvers } from './modules/watchlists/watchlists-resolvers.js';
import { estimatesResolvers } from './modules/estimates/estimates-resolvers.js';

const MODULES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'modules');

export function loadTypeDefs(): string {
  const files: string[] = [];
  for (const dir of readdirSync(MODULES).sort()) {
    for (const file of readdirSync(path.join(MODULES, dir)).sort()) {
      if (file.endsWith('.graphql')) files.push(path.join(MODULES, dir, file));
    }
  }
  // common.graphql declares `type Query`; the others extend it.
  files.sort(
    (a, b) => Number(!a.endsWith('common.graphql')) - Number(!b.endsWith('common.graphql')),
  );
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

export const resolvers: Resolvers[] = [
  { Query: { ok: () => true } },
  entitiesResolvers,
  statsResolvers,
  ingestResolvers,
  exportsResolvers,
  compoundsResolvers,
  auditResolvers,
  sessionResolvers,
  clustersResolvers,
  watchlistsResolvers,
  estimatesResolvers,
];
