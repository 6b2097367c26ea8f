// The links from one page of selected entities to other selected entities, both visible to the caller.
MATCH (n:{{label}})-[r]->(m)
WHERE n.id IN $pageIds
  AND type(r) IN $types AND r.tlp IN $tlps
  AND any(l IN labels(m) WHERE l IN $labels)
  AND m.tlp IN $tlps
  AND ($ids IS NULL OR m.id IN $ids)
  AND ($minConfidence IS NULL OR m.confidence >= $minConfidence)
  AND ($seenSince IS NULL OR m.lastSeen >= $seenSince)
  AND ($source IS NULL OR $source IN m.sources)
  AND ($country IS NULL OR m.country = $country
       OR EXISTS { MATCH (m)-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
RETURN n.id AS from, type(r) AS type, m.id AS to, properties(r) AS props
ORDER BY from, type, to
