// Every stored view with its keys: a new view starts from the largest one whose keys it holds all of.
MATCH (v:ClusterView)
RETURN v.key AS key, coalesce(v.keys, []) AS keys
