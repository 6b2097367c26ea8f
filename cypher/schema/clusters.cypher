// Clusters (docs/clusters.md): per view its state, clusters and events; names per cluster id.
CREATE CONSTRAINT clusterview_key IF NOT EXISTS FOR (n:ClusterView) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT clustername_id IF NOT EXISTS FOR (n:ClusterName) REQUIRE n.id IS UNIQUE;
CREATE INDEX clusterstate_view_id IF NOT EXISTS FOR (n:ClusterState) ON (n.view, n.id);
CREATE INDEX clusterstate_id IF NOT EXISTS FOR (n:ClusterState) ON (n.id);
CREATE INDEX clustereventlog_view IF NOT EXISTS FOR (n:ClusterEventLog) ON (n.view, n.clusterId);
