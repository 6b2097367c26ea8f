// Follows a head (exports/nodes-page or exports/nodes-in-ids) that matched entities `n` the caller may see:
// each with its visible assertions (SPEC §6), kept when the filters hold over those assertions only.
// Country: the key fact, a visible assertion's fact, or a visible OPERATED_FROM link to a visible compound
// of that country. $extras adds the nearest compound (CSV cluster column) and resolved IPs (takedown
// packs), both reached through visible links and visible nodes only.
WITH n, [(n)-[a:REPORTED_IN]->(s:Source) WHERE any(k IN a.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted
WHERE size(asserted) > 0
  AND ($minConfidence IS NULL OR any(a IN asserted WHERE a.confidence >= $minConfidence))
  AND ($seenSince IS NULL OR any(a IN asserted WHERE a.lastSeen >= $seenSince))
  AND ($source IS NULL OR any(a IN asserted WHERE a.source = $source))
  AND ($country IS NULL OR n.country = $country OR any(a IN asserted WHERE a.country = $country)
       OR EXISTS { MATCH (n)-[o:OPERATED_FROM]->(c:Compound)
                   WHERE c.country = $country AND any(k IN o.vis WHERE k IN $vis)
                     AND any(k IN c.vis WHERE k IN $vis) })
WITH n, asserted ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS props, asserted,
  CASE WHEN $extras THEN coalesce(
    COLLECT { MATCH (n)-[o:OPERATED_FROM]->(c:Compound)
              WHERE any(k IN o.vis WHERE k IN $vis) AND any(k IN c.vis WHERE k IN $vis)
              RETURN c.id ORDER BY c.id LIMIT 1 }[0],
    COLLECT { MATCH (n)-[l:ON_DOMAIN|USES_DOMAIN|PAYS_TO|CONTACT_FOR]-(x)-[o:OPERATED_FROM]->(c:Compound)
              WHERE any(k IN l.vis WHERE k IN $vis) AND any(k IN x.vis WHERE k IN $vis)
                AND any(k IN o.vis WHERE k IN $vis) AND any(k IN c.vis WHERE k IN $vis)
              RETURN c.id ORDER BY c.id LIMIT 1 }[0]) END AS cluster,
  CASE WHEN $extras THEN COLLECT { MATCH (n)-[r:RESOLVES_TO]->(ip:IpAddress)
              WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN ip.vis WHERE k IN $vis)
              RETURN DISTINCT ip.value AS ip ORDER BY ip } END AS resolvesTo
