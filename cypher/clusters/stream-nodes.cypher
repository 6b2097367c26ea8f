// Every entity a view sees ($vis) that may be a cluster member (all labels but Source and VictimReport), as a
// compact row: its internal id (to match the link stream), id, country fact and the earliest firstSeen of
// its visible assertions (recent growth).
MATCH (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization)
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN id(n) AS i, n.id AS id, n.country AS country,
  reduce(m = null, a IN [(n)-[x:REPORTED_IN]->() WHERE any(k IN x.vis WHERE k IN $vis) | x.firstSeen] |
    CASE WHEN m IS NULL OR a < m THEN a ELSE m END) AS seen
