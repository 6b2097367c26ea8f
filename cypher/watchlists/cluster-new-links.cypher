// The links of one type between members of a cluster ($ids) that are new for a caller: read from the
// type's range index (added after $since, up to $upTo), visible ($vis, SPEC §6) with both ends, and not
// already known through an older visible parallel link. Counted once per (from, to).
MATCH (a)-[r:{{type}}]->(b) USING INDEX r:{{type}}(addedAt)
WHERE r.addedAt > $since AND r.addedAt <= $upTo
  AND a.id IN $ids AND b.id IN $ids
  AND any(k IN r.vis WHERE k IN $vis)
  AND any(k IN a.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis)
  AND NOT EXISTS {
    MATCH (a)-[q:{{type}}]->(b)
    WHERE q.addedAt <= $since AND any(k IN q.vis WHERE k IN $vis)
  }
WITH DISTINCT a.id AS from, b.id AS to
RETURN from, to
