// One page of a TAXII collection's items (entities and links visible to the caller, in the selection),
// ordered by (date added, key) so that paging is stable. date added = lastSeen (the latest change we know).
CALL () {
  MATCH (n)
  WHERE any(l IN labels(n) WHERE l IN $labels) AND n.tlp IN $tlps
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($minConfidence IS NULL OR n.confidence >= $minConfidence)
    AND ($seenSince IS NULL OR n.lastSeen >= $seenSince)
    AND ($source IS NULL OR $source IN n.sources)
    AND ($country IS NULL OR n.country = $country
         OR EXISTS { MATCH (n)-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
  RETURN datetime(coalesce(n.lastSeen, n.firstSeen, '1971-01-01T00:00:00Z')) AS added, n.id AS key,
         [l IN labels(n) WHERE l IN $labels][0] AS label, null AS from, null AS type, null AS to, properties(n) AS props
  UNION ALL
  MATCH (n)-[r]->(m)
  WHERE type(r) IN $types AND r.tlp IN $tlps
    AND any(l IN labels(n) WHERE l IN $labels) AND n.tlp IN $tlps
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($minConfidence IS NULL OR n.confidence >= $minConfidence)
    AND ($seenSince IS NULL OR n.lastSeen >= $seenSince)
    AND ($source IS NULL OR $source IN n.sources)
    AND ($country IS NULL OR n.country = $country
         OR EXISTS { MATCH (n)-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
    AND any(l IN labels(m) WHERE l IN $labels) AND m.tlp IN $tlps
    AND ($ids IS NULL OR m.id IN $ids)
    AND ($minConfidence IS NULL OR m.confidence >= $minConfidence)
    AND ($seenSince IS NULL OR m.lastSeen >= $seenSince)
    AND ($source IS NULL OR $source IN m.sources)
    AND ($country IS NULL OR m.country = $country
         OR EXISTS { MATCH (m)-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
  RETURN datetime(coalesce(r.lastSeen, r.firstSeen, '1971-01-01T00:00:00Z')) AS added,
         n.id + '|' + type(r) + '|' + m.id AS key, null AS label, n.id AS from, type(r) AS type, m.id AS to, properties(r) AS props
}
WITH * WHERE ($addedAfter IS NULL OR added > datetime($addedAfter))
  AND ($afterAdded IS NULL OR added > datetime($afterAdded)
       OR (added = datetime($afterAdded) AND (key > $afterKey OR ($inclusive AND key = $afterKey))))
WITH * ORDER BY added, key LIMIT $limit
RETURN added.epochMillis AS addedMs, key, label, from, type, to, props
