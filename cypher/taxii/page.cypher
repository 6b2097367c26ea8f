// One page of a TAXII collection's items in (date added, key) order, date added being lastSeen as stored and
// the key an entity id or `from|TYPE|to`. Each branch (one per label and per link type, spliced by
// taxii-page-query.ts from the taxii/*-branch statements, the same text for every page so that Neo4j plans
// it once) reads at most its own limit of candidates from an index (0 when the page cannot hold that kind);
// the first $fetch of them all are kept, with what the STIX mapping needs.
CALL () {
{{branches}}
}
WITH added, key, node, rel ORDER BY added, key LIMIT $fetch
RETURN added, key,
  CASE WHEN node IS NULL THEN null ELSE [l IN labels(node) WHERE l IN $labels][0] END AS label,
  CASE WHEN rel IS NULL THEN null ELSE startNode(rel).id END AS from,
  CASE WHEN rel IS NULL THEN null ELSE type(rel) END AS type,
  CASE WHEN rel IS NULL THEN null ELSE endNode(rel).id END AS to,
  CASE WHEN rel IS NULL THEN properties(node) ELSE properties(rel) END AS props
