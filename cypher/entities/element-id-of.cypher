// The element id of an entity, to start a traversal.
MATCH (n:{{label}} {id: $id})
RETURN elementId(n) AS eid, labels(n) AS labels
