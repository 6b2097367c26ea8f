// Victim reports a view sees ($vis) and the entities they involve over visible links, with the report's
// loss in USD (the highest its visible assertions state), for per-cluster victims and losses.
MATCH (v:VictimReport)-[r:INVOLVES]->(x)
WHERE any(k IN v.vis WHERE k IN $vis) AND any(k IN r.vis WHERE k IN $vis)
  AND any(k IN x.vis WHERE k IN $vis)
RETURN id(x) AS i, v.id AS v,
  reduce(m = 0.0, a IN [(v)-[y:REPORTED_IN]->() WHERE any(k IN y.vis WHERE k IN $vis) | coalesce(toFloat(y.amountUsd), 0.0)] |
    CASE WHEN a > m THEN a ELSE m END) AS loss
