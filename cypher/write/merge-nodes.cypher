// Merges a batch of nodes of one label by id. On a match, provenance widens: firstSeen earliest, lastSeen
// latest, sources and raw values unioned, confidence highest, TLP the most restrictive; facts are updated.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET
  n += row.props,
  n.value = row.value, n.display = row.display, n.raw = row.raw,
  n.tlp = row.tlp, n.confidence = row.confidence,
  n.firstSeen = row.firstSeen, n.lastSeen = row.lastSeen,
  n.sources = row.sources, n.synthetic = row.synthetic
ON MATCH SET
  n += row.props,
  n.raw = (n.raw + [x IN row.raw WHERE NOT x IN n.raw])[0..20],
  n.sources = n.sources + [s IN row.sources WHERE NOT s IN n.sources],
  n.firstSeen = CASE WHEN row.firstSeen < n.firstSeen THEN row.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN row.lastSeen > n.lastSeen THEN row.lastSeen ELSE n.lastSeen END,
  n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
  n.tlp = CASE WHEN row.tlpRank > $tlpRank[n.tlp] THEN row.tlp ELSE n.tlp END,
  n.synthetic = n.synthetic AND row.synthetic
