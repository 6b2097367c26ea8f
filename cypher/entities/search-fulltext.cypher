// Full-text search over values, display forms, names and aliases, optionally limited to some labels. A node
// is a hit through its own text (value, display form) or through what a visible assertion says of it (a
// name, aliases, a display form): a name only a hidden source gave finds nothing. Only nodes the caller may
// see ($vis) are hits, before paging: a hidden node neither shows nor takes a place.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
  WHERE any(k IN node.vis WHERE k IN $vis)
  RETURN node AS n, score
  UNION ALL
  CALL db.index.fulltext.queryRelationships('assertion_text', $query) YIELD relationship, score
  WHERE any(k IN relationship.vis WHERE k IN $vis)
  RETURN startNode(relationship) AS n, score
}
WITH n, max(score) AS score
WHERE any(k IN n.vis WHERE k IN $vis)
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND NOT n.id IN $exclude
WITH n, score ORDER BY score DESC, n.id
SKIP $skip
LIMIT $limit
RETURN n, score,
  [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO|RELATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
