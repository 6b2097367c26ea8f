// The links of one entity that are new for a caller: visible ($vis, SPEC §6) to it, as is their other
// end, added after $since and up to $upTo, and not already known through an older visible parallel link
// (another source's report of the same link). Counted once per (type, direction, other end).
MATCH (n:{{label}} {id: $id})
WHERE any(k IN n.vis WHERE k IN $vis)
MATCH (n)-[r:{{types}}]-(m)
WHERE r.addedAt > $since AND r.addedAt <= $upTo
  AND any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
  AND NOT EXISTS {
    MATCH (n)-[q]-(m)
    WHERE type(q) = type(r) AND startNode(q) = startNode(r) AND q.addedAt <= $since
      AND any(k IN q.vis WHERE k IN $vis)
  }
WITH DISTINCT type(r) AS type, startNode(r) = n AS outgoing, m
RETURN count(*) AS links, collect(DISTINCT m.id)[0..$maxIds] AS ends
