// Sets or clears (null) an analyst's name of a cluster id.
MERGE (n:ClusterName {id: $id})
SET n.name = $name, n.by = $by, n.at = $now
