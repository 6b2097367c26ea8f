// One breadth-first step: the unseen neighbours of a frontier over the allowed relationship types.
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE type(r) IN $types AND NOT elementId(m) IN $seen
RETURN DISTINCT elementId(m) AS eid, labels(m)[0] AS label
LIMIT $limit
