// Step 2: each assertion takes its keys (the host organisation submitted everything before organisations
// existed), the node's raw values and the facts its source gave (every node property that does not follow
// from the key), and is dated by its last sighting.
MATCH (n)-[a:REPORTED_IN]->(:Source)
WHERE a.vis IS NULL AND any(l IN labels(n) WHERE l IN $entityLabels)
CALL (n, a) {
  WITH n, a, [k IN keys(n) WHERE NOT k IN $common AND NOT k IN $keyFacts] AS moved
  FOREACH (k IN moved | SET a[k] = n[k])
  SET a.raw = coalesce(n.raw, []), a.addedAt = coalesce(a.lastSeen, n.lastSeen, $now),
    a.tlp = coalesce(a.tlp, n.tlp, 'AMBER'), a.sources = null,
    a.vis = $hostKeys[coalesce(a.tlp, n.tlp, 'AMBER')]
} IN TRANSACTIONS OF 5000 ROWS
