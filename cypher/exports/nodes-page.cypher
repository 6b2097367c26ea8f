// One page of the selected entities of one label that the caller may see, in id order (keyset: id > $after).
// $extras adds the nearest compound (CSV cluster column) and resolved IPs (takedown packs).
MATCH (n:{{label}})
WHERE n.id > $after
  AND n.tlp IN $tlps
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($minConfidence IS NULL OR n.confidence >= $minConfidence)
  AND ($seenSince IS NULL OR n.lastSeen >= $seenSince)
  AND ($source IS NULL OR $source IN n.sources)
  AND ($country IS NULL OR n.country = $country
       OR EXISTS { MATCH (n)-[:OPERATED_FROM]->(c:Compound) WHERE c.country = $country })
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS props,
  CASE WHEN $extras THEN coalesce(
    COLLECT { MATCH (n)-[:OPERATED_FROM]->(c:Compound) WHERE c.tlp IN $tlps RETURN c.id ORDER BY c.id LIMIT 1 }[0],
    COLLECT { MATCH (n)-[:ON_DOMAIN|USES_DOMAIN|PAYS_TO|CONTACT_FOR]-()-[:OPERATED_FROM]->(c:Compound)
              WHERE c.tlp IN $tlps RETURN c.id ORDER BY c.id LIMIT 1 }[0]) END AS cluster,
  CASE WHEN $extras THEN COLLECT { MATCH (n)-[r:RESOLVES_TO]->(ip:IpAddress)
              WHERE ip.tlp IN $tlps AND r.tlp IN $tlps RETURN ip.value ORDER BY ip.value } END AS resolvesTo
