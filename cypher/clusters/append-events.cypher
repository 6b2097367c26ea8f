// Appends a batch of cluster events of one view.
UNWIND $rows AS row
CREATE (e:ClusterEventLog)
SET e = row, e.view = $view
