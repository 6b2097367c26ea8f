// Branch of taxii/page: entities as items, read in (addedAt) order from the range index on the assertions
// about nodes (REPORTED_IN). An entity is an item at its latest visible assertion (SPEC §6: when the caller's
// view of it appeared), so an assertion `a` of n is kept only when the caller may see it and no other visible
// assertion of n is later (ties: the greater source id). Items from the cursor on ($at.after, the stored
// time, from key $at.k, an entity id; then later times) and from $at.from on (added_after), of the labels in
// $nodeLabels, at most $nodes. The key test is a CASE: an OR would be planned as two seeks and a sort. $ip
// keeps one IP family ('v4', 'v6') or 'any'. The cursor travels in a map, $at, so that its text's length
// does not make Neo4j plan the statement again. Compounds and organisations have their own branch
// (taxii/nodes-small-branch). An entity with a visible assertion is visible: {{selected:n}} is left out.
// The later-assertion test compares coalesce(b.addedAt, ''), not b.addedAt, so that it expands n's own
// assertions instead of seeking the index once per candidate.
// A branch the page cannot use (limit 0) seeks from '~', after every stored time: it reads nothing.
MATCH (n)-[a:REPORTED_IN]->(s:Source) USING INDEX a:REPORTED_IN(addedAt)
WHERE a.addedAt >= $at.after AND a.addedAt >= CASE WHEN $nodes > 0 THEN $at.from ELSE '~' END
  AND any(k IN a.vis WHERE k IN $vis)
  AND any(l IN labels(n) WHERE l IN $nodeLabels)
  AND CASE WHEN a.addedAt > $at.after THEN true ELSE n.id >= $at.k END
  AND ($ip = 'any' OR NOT n:IpAddress OR (substring(n.id, size('ip:')) CONTAINS ':') = ($ip = 'v6'))
  AND NOT EXISTS { MATCH (n)-[b:REPORTED_IN]->(t:Source) WHERE (coalesce(b.addedAt, '') > a.addedAt OR (coalesce(b.addedAt, '') = a.addedAt AND t.id > s.id)) AND any(k IN b.vis WHERE k IN $vis) }
  AND {{filters:n}}
RETURN a.addedAt AS added, n.id AS key, n AS node, null AS fromNode, null AS linkType, null AS toNode
ORDER BY added, key LIMIT $nodes
