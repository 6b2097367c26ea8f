// Entities the view sees ($vis) that victim reports asserted or re-marked after $since involve (range index on
// REPORTED_IN addedAt): their clusters' victims and losses may have changed although no link did.
MATCH (v:VictimReport)-[a:REPORTED_IN]->() USING INDEX a:REPORTED_IN(addedAt)
WHERE a.addedAt > $since
MATCH (v)-[:INVOLVES]->(x)
WHERE any(k IN x.vis WHERE k IN $vis)
RETURN DISTINCT x.id AS id
