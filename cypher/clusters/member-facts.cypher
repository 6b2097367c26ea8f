// What cluster figures need of some members of one label as a view sees them ($vis): the country fact,
// the earliest visible firstSeen, and the visible victim reports involving them with their USD loss.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN n.id AS id, n.country AS country,
  reduce(m = null, a IN [(n)-[x:REPORTED_IN]->() WHERE any(k IN x.vis WHERE k IN $vis) | x.firstSeen] |
    CASE WHEN m IS NULL OR a < m THEN a ELSE m END) AS seen,
  [(v:VictimReport)-[r:INVOLVES]->(n) WHERE any(k IN v.vis WHERE k IN $vis) AND any(k IN r.vis WHERE k IN $vis) |
    {v: v.id, loss: reduce(mx = 0.0, a IN [(v)-[y:REPORTED_IN]->() WHERE any(k IN y.vis WHERE k IN $vis) | coalesce(toFloat(y.amountUsd), 0.0)] |
      CASE WHEN a > mx THEN a ELSE mx END)}] AS victims
