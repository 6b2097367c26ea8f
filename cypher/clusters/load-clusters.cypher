// Every stored cluster of one view, live and gone (merged, dissolved), with its members.
MATCH (c:ClusterState {view: $view})
RETURN c {.*} AS c
