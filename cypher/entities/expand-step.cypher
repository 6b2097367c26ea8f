// One breadth-first step: the unseen neighbours of a frontier over the allowed relationship types, only
// through links and onto nodes the caller may see ($vis, SPEC §6).
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE type(r) IN $types AND NOT elementId(m) IN $seen
  AND any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
RETURN DISTINCT elementId(m) AS eid, labels(m)[0] AS label
LIMIT $limit
