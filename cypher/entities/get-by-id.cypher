// One entity by id as the caller sees it: none when no assertion of it is visible ($vis, SPEC §6); its
// visible assertions (folded in entities-map.ts) and its degree, the distinct visible neighbours over
// visible links. {{label}} comes from the id's prefix; the link types are every type but
// REPORTED_IN (a unit test keeps them in step with model.ts).
MATCH (n:{{label}} {id: $id})
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN n,
  [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO|RELATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
