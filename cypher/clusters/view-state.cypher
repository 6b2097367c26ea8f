// The stored state of one view (keyed by its hash; views are derived from visibility keys, docs/clusters.md).
MATCH (v:ClusterView {key: $view})
RETURN v.revision AS revision, v.version AS version, v.keys AS keys, v.latest AS latest
