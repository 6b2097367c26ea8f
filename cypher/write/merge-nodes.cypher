// Merges a batch of nodes of one label by id. Provenance travels once per distinct value in $provs and
// each row names its entry (`row.p`), which keeps the parameters small. A new node takes its facts
// (`row.props`), provenance, value, display form and raw values at once; on a match, provenance widens:
// firstSeen earliest, lastSeen latest, sources and raw values unioned, confidence highest, TLP the most
// restrictive, and the facts are updated.
UNWIND $rows AS row
WITH row, $provs[row.p] AS prov
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n += row.props, n += prov, n.value = row.value, n.display = row.display, n.raw = row.raw
ON MATCH SET
  n += row.props,
  n.raw = (n.raw + [x IN row.raw WHERE NOT x IN n.raw])[0..20],
  n.sources = n.sources + [s IN prov.sources WHERE NOT s IN n.sources],
  n.firstSeen = CASE WHEN prov.firstSeen < n.firstSeen THEN prov.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN prov.lastSeen > n.lastSeen THEN prov.lastSeen ELSE n.lastSeen END,
  n.confidence = CASE WHEN prov.confidence > n.confidence THEN prov.confidence ELSE n.confidence END,
  n.tlp = CASE WHEN $tlpRank[prov.tlp] > $tlpRank[n.tlp] THEN prov.tlp ELSE n.tlp END,
  n.synthetic = n.synthetic AND prov.synthetic
