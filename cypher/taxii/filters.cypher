// Fragment of the taxii/*-branch statements: the selection holds entity {{v}}, judged on its visible
// assertions only (the conditions of exports/nodes-page). Each condition is one line; a line whose parameter
// is null (that filter is not set) is left out by taxii-page-query.ts, which keeps the statement small and
// quick to plan.
true
  AND {{v}}.id IN $ids
  AND EXISTS { MATCH ({{v}})-[x:REPORTED_IN]->() WHERE x.confidence >= $minConfidence AND any(k IN x.vis WHERE k IN $vis) }
  AND EXISTS { MATCH ({{v}})-[x:REPORTED_IN]->() WHERE x.lastSeen >= $seenSince AND any(k IN x.vis WHERE k IN $vis) }
  AND EXISTS { MATCH ({{v}})-[x:REPORTED_IN]->(:Source {id: $source}) WHERE any(k IN x.vis WHERE k IN $vis) }
  AND ({{v}}.country = $country OR EXISTS { MATCH ({{v}})-[x:REPORTED_IN]->() WHERE x.country = $country AND any(k IN x.vis WHERE k IN $vis) } OR EXISTS { MATCH ({{v}})-[o:OPERATED_FROM]->(c:Compound) WHERE c.country = $country AND any(k IN o.vis WHERE k IN $vis) AND any(k IN c.vis WHERE k IN $vis) })
