// Migration to per-source assertions (SPEC §6), step 1: an entity that cites sources without REPORTED_IN
// links gets one per cited source, with the node's old provenance.
MATCH (n) WHERE any(l IN labels(n) WHERE l IN $entityLabels) AND n.vis IS NULL AND n.sources IS NOT NULL
  AND NOT EXISTS { (n)-[:REPORTED_IN]->() }
CALL (n) {
  UNWIND n.sources AS sid
  MATCH (s:Source {id: sid})
  MERGE (n)-[a:REPORTED_IN]->(s)
  ON CREATE SET a.tlp = n.tlp, a.confidence = n.confidence, a.firstSeen = n.firstSeen,
    a.lastSeen = n.lastSeen, a.synthetic = coalesce(n.synthetic, false)
} IN TRANSACTIONS OF 2000 ROWS
