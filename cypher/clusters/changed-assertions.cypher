// Entities with an assertion made or re-marked after $since (range index on REPORTED_IN addedAt), and
// whether the view ($vis) sees the entity now: a newly visible one may bring links, a hidden member means a re-mark.
MATCH (n)-[a:REPORTED_IN]->() USING INDEX a:REPORTED_IN(addedAt)
WHERE a.addedAt > $since AND NOT n:VictimReport AND NOT n:Source
RETURN n.id AS id, max(a.addedAt) AS at, any(k IN n.vis WHERE k IN $vis) AS visible
