// The most connected of some entities (a cluster's members) as the caller sees them ($vis, SPEC §6): by how
// many visible neighbours they have over visible infrastructure links.
UNWIND $ids AS id
MATCH (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization {id: id})
WHERE any(k IN n.vis WHERE k IN $vis)
WITH n, COUNT {
    MATCH (n)-[r]-(m)
    WHERE type(r) IN $types AND any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    RETURN DISTINCT m
  } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN elementId(n) AS eid
