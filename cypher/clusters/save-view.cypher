// Records a view's revision (the latest addedAt read) and bumps its version (other processes reload).
MERGE (v:ClusterView {key: $view})
ON CREATE SET v.createdAt = $now, v.version = 0
SET v.revision = $revision, v.keys = $keys, v.latest = $latest, v.version = $version, v.updatedAt = $now
