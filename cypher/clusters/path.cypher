// The shortest path between two entities over infrastructure links a view sees ($vis: every link and node
// of the path), and for each step the visible parallel links of that pair with their provenance.
// {{fromLabel}}, {{toLabel}}, {{types}} and {{maxDepth}} come from fixed lists and validated integers.
MATCH (a:{{fromLabel}} {id: $from}), (b:{{toLabel}} {id: $to})
WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis)
MATCH p = shortestPath((a)-[:{{types}}*..{{maxDepth}}]-(b))
WHERE all(r IN relationships(p) WHERE any(k IN r.vis WHERE k IN $vis))
  AND all(n IN nodes(p) WHERE any(k IN n.vis WHERE k IN $vis))
WITH nodes(p) AS ns
UNWIND range(0, size(ns) - 2) AS i
WITH i, ns[i] AS x, ns[i + 1] AS y
RETURN i, x.id AS from, y.id AS to,
  [(x)-[r:{{types}}]-(y) WHERE any(k IN r.vis WHERE k IN $vis) |
    {type: type(r), tlp: r.tlp, confidence: r.confidence, firstSeen: r.firstSeen, lastSeen: r.lastSeen, source: r.source}] AS rels
ORDER BY i
