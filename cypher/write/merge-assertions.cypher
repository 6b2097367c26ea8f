// Merges a batch of assertions about nodes of one label: (n)-[:REPORTED_IN]->(source), one per node and
// source, carrying what that source said (facts, raw values, its display form) and its provenance (TLP, visibility keys,
// confidence, dates). Provenance travels once per distinct value in $provs (`row.p` names the entry).
// On a match the assertion widens as before (earliest firstSeen, latest lastSeen, highest confidence, the
// stricter TLP with its keys). The node's `vis` is the union of its assertions' keys: a new assertion
// adds its keys; one whose keys changed (re-marked by its own source) makes the union be recomputed.
// `addedAt` is when the assertion was made or last re-marked (TAXII's date added).
UNWIND $rows AS row
WITH row, $provs[row.p] AS prov
MATCH (n:{{label}} {id: row.id})
MATCH (s:Source {id: prov.source})
MERGE (n)-[a:REPORTED_IN]->(s)
ON CREATE SET a += row.props, a += prov, a.raw = row.raw, a.display = row.display, a.addedAt = $now
WITH n, a, row, prov, a.vis AS before
SET a += row.props, a.display = row.display,
  a.raw = (a.raw + [x IN row.raw WHERE NOT x IN a.raw])[0..20],
  a.firstSeen = CASE WHEN prov.firstSeen < a.firstSeen THEN prov.firstSeen ELSE a.firstSeen END,
  a.lastSeen = CASE WHEN prov.lastSeen > a.lastSeen THEN prov.lastSeen ELSE a.lastSeen END,
  a.confidence = CASE WHEN prov.confidence > a.confidence THEN prov.confidence ELSE a.confidence END,
  a.synthetic = a.synthetic AND prov.synthetic,
  a.vis = CASE WHEN $tlpRank[prov.tlp] >= $tlpRank[a.tlp] THEN prov.vis ELSE a.vis END,
  a.tlp = CASE WHEN $tlpRank[prov.tlp] > $tlpRank[a.tlp] THEN prov.tlp ELSE a.tlp END
WITH n, a, before
SET a.addedAt = CASE WHEN a.vis = before THEN a.addedAt ELSE $now END,
  n.vis = CASE WHEN a.vis = before
    THEN coalesce(n.vis, []) + [k IN a.vis WHERE NOT k IN coalesce(n.vis, [])]
    ELSE reduce(acc = [], v IN [(n)-[x:REPORTED_IN]->() | x.vis] | acc + [k IN v WHERE NOT k IN acc])
  END
RETURN count(a) AS written
