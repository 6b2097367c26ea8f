// One breadth-first step: the unseen neighbours of a frontier over the allowed relationship types, through
// links and onto nodes the caller may see ($tlps; null sees everything).
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE type(r) IN $types AND NOT elementId(m) IN $seen
  AND ($tlps IS NULL OR (r.tlp IN $tlps AND m.tlp IN $tlps))
RETURN DISTINCT elementId(m) AS eid, labels(m)[0] AS label
LIMIT $limit
