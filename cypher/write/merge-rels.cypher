// Merges a batch of relationships of one type between nodes of two labels; provenance widens as for nodes.
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
ON CREATE SET r += row.set
ON MATCH SET
  r += row.props,
  r.sources = r.sources + [s IN row.set.sources WHERE NOT s IN r.sources],
  r.firstSeen = CASE WHEN row.set.firstSeen < r.firstSeen THEN row.set.firstSeen ELSE r.firstSeen END,
  r.lastSeen = CASE WHEN row.set.lastSeen > r.lastSeen THEN row.set.lastSeen ELSE r.lastSeen END,
  r.confidence = CASE WHEN row.set.confidence > r.confidence THEN row.set.confidence ELSE r.confidence END,
  r.tlp = CASE WHEN row.tlpRank > $tlpRank[r.tlp] THEN row.set.tlp ELSE r.tlp END,
  r.synthetic = r.synthetic AND row.set.synthetic
RETURN count(r) AS written
