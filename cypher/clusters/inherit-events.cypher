// A new view takes over the history of the view it starts from (whose keys it holds all of, so it may see
// everything that history was computed from).
MATCH (e:ClusterEventLog {view: $parent})
CREATE (c:ClusterEventLog)
SET c = properties(e), c.view = $view
