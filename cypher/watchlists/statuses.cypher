// The status each of $ids (of one label) has for a caller: the `status` facts of its visible assertions
// ($vis, SPEC §6) with their dates; the service keeps the latest (statusDate, else firstSeen).
MATCH (n:{{label}})
WHERE n.id IN $ids AND any(k IN n.vis WHERE k IN $vis)
WITH n, [(n)-[a:REPORTED_IN]->(:Source) WHERE a.status IS NOT NULL AND any(k IN a.vis WHERE k IN $vis)
  | a {.status, .statusDate, .firstSeen, .lastSeen}] AS said
WHERE size(said) > 0
RETURN n.id AS id, said
