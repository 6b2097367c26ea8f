// Links of one type asserted or re-marked after $since (range index on addedAt), with whether the view
// ($vis) sees the link and each end: visible ones join clusters, hidden ones between members mean a re-mark.
MATCH (a)-[r:{{type}}]->(b) USING INDEX r:{{type}}(addedAt)
WHERE r.addedAt > $since
RETURN a.id AS a, b.id AS b, r.addedAt AS at,
  any(k IN r.vis WHERE k IN $vis) AND any(k IN a.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis) AS visible
