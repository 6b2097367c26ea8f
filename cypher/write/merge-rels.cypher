// Merges a batch of links of one type between nodes of two labels: one relationship per (from, type, to,
// source), each the assertion of that source (SPEC §6), so that no source re-marks another's. Provenance
// travels once per distinct value in $provs (`row.p` names the entry) and widens on a match as for
// assertions about nodes; `addedAt` is when the link was asserted or last re-marked.
UNWIND $rows AS row
WITH row, $provs[row.p] AS prov
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r:{{type}} {source: prov.source}]->(b)
ON CREATE SET r += row.props, r += prov, r.addedAt = $now
WITH r, row, prov, r.vis AS before
SET r += row.props,
  r.firstSeen = CASE WHEN prov.firstSeen < r.firstSeen THEN prov.firstSeen ELSE r.firstSeen END,
  r.lastSeen = CASE WHEN prov.lastSeen > r.lastSeen THEN prov.lastSeen ELSE r.lastSeen END,
  r.confidence = CASE WHEN prov.confidence > r.confidence THEN prov.confidence ELSE r.confidence END,
  r.synthetic = r.synthetic AND prov.synthetic,
  r.vis = CASE WHEN $tlpRank[prov.tlp] >= $tlpRank[r.tlp] THEN prov.vis ELSE r.vis END,
  r.tlp = CASE WHEN $tlpRank[prov.tlp] > $tlpRank[r.tlp] THEN prov.tlp ELSE r.tlp END
WITH r, before
SET r.addedAt = CASE WHEN r.vis = before THEN r.addedAt ELSE $now END
RETURN count(r) AS written
