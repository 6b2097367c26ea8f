// Merges a batch of relationships of one type between nodes of two labels; provenance widens as for nodes.
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
ON CREATE SET
  r += row.props,
  r.tlp = row.tlp, r.confidence = row.confidence,
  r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen,
  r.sources = row.sources, r.synthetic = row.synthetic
ON MATCH SET
  r += row.props,
  r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources],
  r.firstSeen = CASE WHEN row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
  r.lastSeen = CASE WHEN row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
  r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
  r.tlp = CASE WHEN row.tlpRank > $tlpRank[r.tlp] THEN row.tlp ELSE r.tlp END,
  r.synthetic = r.synthetic AND row.synthetic
RETURN count(r) AS written
