// The element id of an entity, to start a traversal, and its TLP (a caller who may not see it gets none).
MATCH (n:{{label}} {id: $id})
RETURN elementId(n) AS eid, labels(n) AS labels, n.tlp AS tlp
