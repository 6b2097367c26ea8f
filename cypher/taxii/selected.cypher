// Fragment of the taxii/*-branch statements: entity {{v}} is one the caller may see and the selection holds
// (the conditions of exports/nodes-page and exports/rels-page). Each condition is one line; a line whose
// parameter is null (that filter is not set) is left out by taxii-page-query.ts, which keeps the statement
// small and quick to plan.
{{v}}.tlp IN $tlps
  AND {{v}}.id IN $ids
  AND {{v}}.confidence >= $minConfidence
  AND {{v}}.lastSeen >= $seenSince
  AND $source IN {{v}}.sources
  AND ({{v}}.country = $country OR EXISTS { MATCH ({{v}})-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
