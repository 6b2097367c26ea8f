// The views that hold a live cluster with this id (a rename is recorded in each of them).
MATCH (c:ClusterState {id: $id})
WHERE NOT coalesce(c.gone, false)
RETURN DISTINCT c.view AS view
