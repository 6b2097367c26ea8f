// The stored hostnames under a domain (for example.test: www.example.test, m.example.test…) that the caller
// may see ($vis, SPEC §6), shortest first: through the registrable-domain index (domain_registrable), then
// by the name's suffix ($suffix: `.` + the domain). Each with its visible assertions and degree, as
// get-by-id reads an entity.
MATCH (n:Domain {registrable: $registrable})
WHERE n.id ENDS WITH $suffix AND any(k IN n.vis WHERE k IN $vis)
WITH n ORDER BY size(n.id), n.id
LIMIT $limit
RETURN n,
  [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO|RELATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
