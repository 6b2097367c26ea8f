// Branch of taxii/page for a set of explicit ids: the links ($types) from its entities of one label
// ($idsOf.<Label>, looked up by id) to its other entities, from the cursor on, in (lastSeen, key) order, at
// most $linksFrom_<Label>.
MATCH (n:{{label}})-[r]->(m) USING INDEX n:{{label}}(id)
WHERE n.id IN $idsOf.{{label}} AND type(r) IN $types AND r.tlp IN $tlps
  AND r.lastSeen >= $at.after AND r.lastSeen >= $at.from
  AND {{selected:n}}
  AND any(l IN labels(m) WHERE l IN $labels) AND {{selected:m}}
WITH n, r, m, n.id + '|' + type(r) + '|' + m.id AS key
WHERE CASE WHEN r.lastSeen > $at.after THEN true ELSE key >= $at.k END
RETURN r.lastSeen AS added, key, null AS node, r AS rel
ORDER BY added, key LIMIT $linksFrom_{{label}}
