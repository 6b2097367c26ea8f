// Analysts' names of some cluster ids (shared by every view that has the id).
UNWIND $ids AS id
MATCH (n:ClusterName {id: id})
RETURN n.id AS id, n.name AS name
