// Compounds the caller may see ($vis, SPEC §6), optionally of one country (a key fact on the node), each
// with its visible assertions (status, statusDate, name, lat/lon… as each source gave them) and their
// sources. Facts come only from these assertions.
MATCH (n:Compound)
WHERE any(k IN n.vis WHERE k IN $vis) AND ($country IS NULL OR n.country = $country)
RETURN n.id AS id, n.display AS display, n.country AS country,
  [(n)-[a:REPORTED_IN]->(s:Source)
    WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN s.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted
ORDER BY id
