// One page of a TAXII collection's items in (date added, key) order, date added being the addedAt of the
// caller's latest visible assertion about the item (as stored) and the key an entity id or `from|TYPE|to`.
// Each branch (assertions about entities, and one per link type; or, for a set of ids, one per label;
// spliced by taxii-page-query.ts from the taxii/*-branch statements, the same text for every page so that
// Neo4j plans it once) reads at most its own limit of candidates from an index (0 when the page cannot hold
// that kind); the first $fetch of them all are kept, each with what the caller may see of it (SPEC §6): an
// entity's visible assertions, a link's visible parallel relationships.
CALL () {
{{branches}}
}
WITH added, key, node, fromNode, linkType, toNode ORDER BY added, key LIMIT $fetch
RETURN added, key,
  CASE WHEN node IS NULL THEN null ELSE [l IN labels(node) WHERE l IN $labels][0] END AS label,
  CASE WHEN node IS NULL THEN null ELSE properties(node) END AS props,
  CASE WHEN node IS NULL THEN null ELSE [(node)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] END AS asserted,
  fromNode.id AS from, linkType AS type, toNode.id AS to,
  CASE WHEN fromNode IS NULL THEN null
    ELSE [(fromNode)-[r]->(toNode) WHERE type(r) = linkType AND any(k IN r.vis WHERE k IN $vis) | properties(r)] END AS rels
