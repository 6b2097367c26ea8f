// Services bound to one executor: what resolvers, the CLI and tests call.
import type { Executor } from './db/executor.js';
import * as entities from './modules/entities/entities-service.js';
import * as traversal from './modules/entities/traversal-service.js';
import * as ingestService from './modules/ingest/ingest-service.js';
import * as exportsService from './modules/exports/exports-service.js';
import { exportInline } from './modules/exports/inline-export.js';
import * as statsService from './modules/stats/stats-service.js';
import * as compoundsService from './modules/compounds/compounds-service.js';
import * as auditService from './modules/audit/audit-service.js';
import * as clustersService from './modules/clusters/clusters-service.js';
import * as watchlistsService from './modules/watchlists/watchlists-service.js';
import * as webhookService from './modules/watchlists/webhook-service.js';
import * as estimatesService from './modules/estimates/estimates-service.js';

type Bound<F> = F extends (executor: Executor, ...rest: infer A) => infer R
  ? (...rest: A) => R
  : never;

function bind<F extends (executor: Executor, ...rest: never[]) => unknown>(
  executor: Executor,
  fn: F,
): Bound<F> {
  return ((...rest: never[]) => fn(executor, ...rest)) as Bound<F>;
}

export function createServices(executor: Executor) {
  return {
    executor,
    getEntity: bind(executor, entities.getEntity),
    lookup: bind(executor, entities.lookup),
    hostnamesUnder: bind(executor, entities.hostnamesUnder),
    search: bind(executor, entities.search),
    sourcesByIds: bind(executor, entities.sourcesByIds),
    neighborhood: bind(executor, traversal.neighborhood),
    cluster: bind(executor, traversal.cluster),
    shortestPath: bind(executor, traversal.shortestPath),
    stats: bind(executor, statsService.stats),
    compounds: bind(executor, compoundsService.compounds),
    ingest: bind(executor, ingestService.ingestSubmission),
    ingestUpload: bind(executor, ingestService.ingestUpload),
    createIndicatorSet: bind(executor, exportsService.createIndicatorSet),
    listIndicatorSets: bind(executor, exportsService.listIndicatorSets),
    getIndicatorSet: bind(executor, exportsService.getIndicatorSet),
    deleteIndicatorSet: bind(executor, exportsService.deleteIndicatorSet),
    exportInline: bind(executor, exportInline),
    auditEvents: bind(executor, auditService.auditEvents),
    listClusters: bind(executor, clustersService.listClusters),
    clusterById: bind(executor, clustersService.clusterById),
    clusterOf: bind(executor, clustersService.clusterOf),
    clusterMemberIds: bind(executor, clustersService.clusterMemberIds),
    clusterMembers: bind(executor, clustersService.clusterMembers),
    clusterSubgraph: bind(executor, clustersService.clusterSubgraph),
    clusterHistory: bind(executor, clustersService.clusterHistory),
    explainLink: bind(executor, clustersService.explainLink),
    renameCluster: bind(executor, clustersService.renameCluster),
    recomputeClusters: bind(executor, clustersService.recomputeClusters),
    refreshClusters: bind(executor, clustersService.refreshClusters),
    clusterIndexFor: bind(executor, clustersService.clusterIndexFor),
    follow: bind(executor, watchlistsService.follow),
    unfollow: bind(executor, watchlistsService.unfollow),
    watchlist: bind(executor, watchlistsService.watchlist),
    watchChanges: bind(executor, watchlistsService.watchChanges),
    markChangesSeen: bind(executor, watchlistsService.markChangesSeen),
    webhook: bind(executor, webhookService.webhook),
    setWebhook: bind(executor, webhookService.setWebhook),
    webhookDeliveries: bind(executor, webhookService.webhookDeliveries),
    testWebhook: bind(executor, webhookService.testWebhook),
    estimates: bind(executor, estimatesService.estimates),
  };
}

export type Services = ReturnType<typeof createServices>;
