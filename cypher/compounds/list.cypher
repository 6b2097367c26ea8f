// Compounds the caller may see ($vis, SPEC §6), optionally of one country (a key fact on the node) and
// of one status as the caller is shown it: the status of the latest visible assertion that gives one (the
// rule of server/modules/access/aggregate.ts). By key (the slug of the name: no one source's spelling
// orders them); visible assertions and degree as for an entity.
MATCH (n:Compound)
WHERE any(k IN n.vis WHERE k IN $vis) AND ($country IS NULL OR n.country = $country)
WITH n, [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted
WITH n, asserted, reduce(latest = null, a IN [x IN asserted WHERE x.status IS NOT NULL] |
    CASE WHEN latest IS NULL OR coalesce(a.lastSeen, '') > coalesce(latest.lastSeen, '') THEN a ELSE latest END
  ).status AS status
WHERE $status IS NULL OR status = $status
WITH n, asserted
ORDER BY n.value
LIMIT $limit
RETURN n, asserted,
  COUNT {
    MATCH (n)-[r:ON_DOMAIN|RESOLVES_TO|USES_DOMAIN|PAYS_TO|TRANSFERRED_TO|CONTACT_FOR|OPERATED_FROM|RUN_BY|INVOLVES|ROTATED_TO|RELATED_TO]-(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
