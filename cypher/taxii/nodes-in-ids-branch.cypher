// Branch of taxii/page for a set of explicit ids: its entities of one label ($idsOf.<Label>, looked up by id)
// from the cursor on, in (lastSeen, id) order, at most $nodes_<Label>: bounded by the set, not the graph.
MATCH (n:{{label}}) USING INDEX n:{{label}}(id)
WHERE n.id IN $idsOf.{{label}}
  AND n.lastSeen >= $at.after AND n.lastSeen >= $at.from AND CASE WHEN n.lastSeen > $at.after THEN true ELSE n.id >= $at.k END
  AND ($ip = 'any' OR NOT n:IpAddress OR (substring(n.id, size('ip:')) CONTAINS ':') = ($ip = 'v6'))
  AND {{selected:n}}
RETURN n.lastSeen AS added, n.id AS key, n AS node, null AS rel
ORDER BY added, key LIMIT $nodes_{{label}}
