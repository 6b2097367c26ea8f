// Merges a batch of relationships of one type between nodes of two labels. Provenance travels once per
// distinct value in $provs (`row.p` names the entry) and widens on a match as for nodes.
UNWIND $rows AS row
WITH row, $provs[row.p] AS prov
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
ON CREATE SET r += row.props, r += prov
ON MATCH SET
  r += row.props,
  r.sources = r.sources + [s IN prov.sources WHERE NOT s IN r.sources],
  r.firstSeen = CASE WHEN prov.firstSeen < r.firstSeen THEN prov.firstSeen ELSE r.firstSeen END,
  r.lastSeen = CASE WHEN prov.lastSeen > r.lastSeen THEN prov.lastSeen ELSE r.lastSeen END,
  r.confidence = CASE WHEN prov.confidence > r.confidence THEN prov.confidence ELSE r.confidence END,
  r.tlp = CASE WHEN $tlpRank[prov.tlp] > $tlpRank[r.tlp] THEN prov.tlp ELSE r.tlp END,
  r.synthetic = r.synthetic AND prov.synthetic
RETURN count(r) AS written
