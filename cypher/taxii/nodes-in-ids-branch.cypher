// Branch of taxii/page for a set of explicit ids: its entities of one label ($idsOf.<Label>, looked up by id)
// that the caller may see, each at the latest addedAt of its visible assertions, from the cursor on, in
// (date added, id) order, at most $nodes_<Label>: bounded by the set, not the graph.
MATCH (n:{{label}}) USING INDEX n:{{label}}(id)
WHERE n.id IN $idsOf.{{label}}
  AND ($ip = 'any' OR NOT n:IpAddress OR (substring(n.id, size('ip:')) CONTAINS ':') = ($ip = 'v6'))
  AND {{selected:n}}
WITH n, COLLECT { MATCH (n)-[a:REPORTED_IN]->() WHERE any(k IN a.vis WHERE k IN $vis) RETURN a.addedAt ORDER BY a.addedAt DESC LIMIT 1 }[0] AS added
WHERE added >= $at.after AND added >= $at.from AND CASE WHEN added > $at.after THEN true ELSE n.id >= $at.k END
RETURN added, n.id AS key, n AS node, null AS fromNode, null AS linkType, null AS toNode
ORDER BY added, key LIMIT $nodes_{{label}}
