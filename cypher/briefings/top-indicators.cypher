// The most connected indicators of a briefing's scope as the caller sees them ($vis, SPEC §6): visible
// entities of the given labels (never sources or victim reports), of one country when $country is set
// (the key fact, a visible assertion's fact, or a visible OPERATED_FROM link to a visible compound of it),
// ordered by how many visible neighbours they have over visible infrastructure links.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels) AND any(k IN n.vis WHERE k IN $vis)
  AND ($country IS NULL OR n.country = $country
       OR EXISTS { MATCH (n)-[a:REPORTED_IN]->(:Source) WHERE a.country = $country AND any(k IN a.vis WHERE k IN $vis) }
       OR EXISTS { MATCH (n)-[o:OPERATED_FROM]->(c:Compound)
                   WHERE c.country = $country AND any(k IN o.vis WHERE k IN $vis) AND any(k IN c.vis WHERE k IN $vis) })
WITH n, COUNT {
    MATCH (n)-[r]-(m)
    WHERE type(r) IN $types AND any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN elementId(n) AS eid
