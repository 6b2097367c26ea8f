// Entities by element id as the caller sees them ($vis): visible assertions and degree as in get-by-id.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND any(k IN n.vis WHERE k IN $vis)
RETURN n,
  [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO|RELATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
