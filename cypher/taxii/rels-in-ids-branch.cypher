// Branch of taxii/page for a set of explicit ids: the links ($types) the caller may see from its entities of
// one label ($idsOf.<Label>, looked up by id) to its other entities, one item per (from, type, to) at the
// latest addedAt of its visible parallel relationships, from the cursor on, in (date added, key) order, at
// most $linksFrom_<Label>.
MATCH (n:{{label}})-[r]->(m) USING INDEX n:{{label}}(id)
WHERE n.id IN $idsOf.{{label}} AND type(r) IN $types AND any(k IN r.vis WHERE k IN $vis)
  AND {{selected:n}}
  AND any(l IN labels(m) WHERE l IN $labels) AND {{selected:m}}
WITH n, type(r) AS linkType, m, max(r.addedAt) AS added
WITH n, linkType, m, added, n.id + '|' + linkType + '|' + m.id AS key
WHERE added >= $at.after AND added >= $at.from AND CASE WHEN added > $at.after THEN true ELSE key >= $at.k END
RETURN added, key, null AS node, n AS fromNode, linkType, m AS toNode
ORDER BY added, key LIMIT $linksFrom_{{label}}
