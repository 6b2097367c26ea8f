// The links among a set of visible nodes (each found once, from its start node): the parallel
// relationships of one (a, type, b), one per source, that the caller may see ($vis) as one row, folded by
// toEdge. An assertion (REPORTED_IN) shows its provenance only; the facts it carries are the node's.
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid AND any(k IN a.vis WHERE k IN $vis)
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND elementId(b) IN $eids
  AND any(k IN r.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis)
WITH a, type(r) AS type, b,
  collect(CASE type(r)
    WHEN 'REPORTED_IN' THEN r {.tlp, .confidence, .firstSeen, .lastSeen, source: b.id}
    ELSE properties(r)
  END) AS rels
RETURN a.id AS from, type, b.id AS to, rels
LIMIT $limit
