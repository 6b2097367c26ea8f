// The relationships whose both ends are in a set of nodes (each found once, from its start node).
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $eids AND type(r) IN $types
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
LIMIT $limit
