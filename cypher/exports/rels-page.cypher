// The links from one page of selected entities to other selected entities, as the caller sees them: the
// parallel relationships of one (from, type, to), one per source, whose keys match $vis, when the other end
// is visible and selected too (the conditions of exports/node-view, over its visible assertions only).
// {{types}}: the exported link types (EXPORT_RELS), named in the pattern so that no REPORTED_IN is expanded.
MATCH (n:{{label}})-[r:{{types}}]->(m)
WHERE n.id IN $pageIds
  AND any(k IN r.vis WHERE k IN $vis)
  AND any(l IN labels(m) WHERE l IN $labels)
  AND any(k IN m.vis WHERE k IN $vis)
  AND ($ids IS NULL OR m.id IN $ids)
WITH n, type(r) AS type, m, collect(properties(r)) AS rels
WITH n, type, m, rels,
  [(m)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.confidence, .lastSeen, .country, source: s.id}] AS asserted
WHERE size(asserted) > 0
  AND ($minConfidence IS NULL OR any(a IN asserted WHERE a.confidence >= $minConfidence))
  AND ($seenSince IS NULL OR any(a IN asserted WHERE a.lastSeen >= $seenSince))
  AND ($source IS NULL OR any(a IN asserted WHERE a.source = $source))
  AND ($country IS NULL OR m.country = $country OR any(a IN asserted WHERE a.country = $country)
       OR EXISTS { MATCH (m)-[o:OPERATED_FROM]->(c:Compound)
                   WHERE c.country = $country AND any(k IN o.vis WHERE k IN $vis)
                     AND any(k IN c.vis WHERE k IN $vis) })
RETURN n.id AS from, type, m.id AS to, rels
ORDER BY from, type, to
