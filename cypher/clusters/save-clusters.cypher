// Stores a batch of clusters of one view (members, figures, merge links); one node per (view, id).
UNWIND $rows AS row
MERGE (c:ClusterState {view: $view, id: row.id})
SET c += row
