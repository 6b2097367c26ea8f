// Step 4: one link per source: a link that several sources reported becomes one relationship each.
// {{type}} comes from the fixed list of link types.
MATCH (x)-[r:{{type}}]->(y) WHERE r.vis IS NULL
CALL (x, r, y) {
  WITH x, r, y, coalesce(r.sources, []) AS sources
  FOREACH (sid IN CASE WHEN size(sources) > 1 THEN tail(sources) ELSE [] END |
    CREATE (x)-[c:{{type}}]->(y)
    SET c = properties(r), c.source = sid, c.sources = null,
      c.addedAt = coalesce(r.lastSeen, $now), c.vis = $hostKeys[coalesce(r.tlp, 'AMBER')])
  SET r.source = coalesce(sources[0], 'source:unknown'), r.sources = null,
    r.addedAt = coalesce(r.lastSeen, $now), r.tlp = coalesce(r.tlp, 'AMBER'),
    r.vis = $hostKeys[coalesce(r.tlp, 'AMBER')]
} IN TRANSACTIONS OF 5000 ROWS
