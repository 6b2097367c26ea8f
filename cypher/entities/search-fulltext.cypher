// Full-text search over values, display forms, names and aliases, optionally limited to some labels. Only
// nodes the caller may see ($vis) are hits, before paging: a hidden node neither shows nor takes a place.
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE any(k IN node.vis WHERE k IN $vis)
  AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND NOT node.id IN $exclude
WITH node AS n, score
SKIP $skip
LIMIT $limit
RETURN n, score,
  [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
