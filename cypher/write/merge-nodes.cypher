// Merges a batch of nodes of one label by id. A new node takes all of `row.set` at once; on a match,
// provenance widens: firstSeen earliest, lastSeen latest, sources and raw values unioned, confidence
// highest, TLP the most restrictive, and the facts (`row.props`) are updated.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n += row.set
ON MATCH SET
  n += row.props,
  n.raw = (n.raw + [x IN row.set.raw WHERE NOT x IN n.raw])[0..20],
  n.sources = n.sources + [s IN row.set.sources WHERE NOT s IN n.sources],
  n.firstSeen = CASE WHEN row.set.firstSeen < n.firstSeen THEN row.set.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN row.set.lastSeen > n.lastSeen THEN row.set.lastSeen ELSE n.lastSeen END,
  n.confidence = CASE WHEN row.set.confidence > n.confidence THEN row.set.confidence ELSE n.confidence END,
  n.tlp = CASE WHEN row.tlpRank > $tlpRank[n.tlp] THEN row.set.tlp ELSE n.tlp END,
  n.synthetic = n.synthetic AND row.set.synthetic
