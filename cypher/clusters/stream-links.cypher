// Every infrastructure link a view sees ($vis) as a pair of internal ids; parallel links (one per source)
// come once each. A link counts only when both ends are visible too: the caller drops pairs whose ends are
// not in the node stream (stream-nodes, read through the same $vis). {{types}} is INFRA_REL_TYPES.
MATCH (a)-[r:{{types}}]->(b)
WHERE any(k IN r.vis WHERE k IN $vis)
RETURN id(a) AS a, id(b) AS b
