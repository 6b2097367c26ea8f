// The events of some clusters of one view, newest first.
MATCH (e:ClusterEventLog {view: $view})
WHERE e.clusterId IN $ids
RETURN e {.*} AS e
ORDER BY e.at DESC, e.seq DESC
LIMIT 1000
