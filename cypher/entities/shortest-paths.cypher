// All shortest paths (at most 5 distinct node sequences) between two entities, only through links and
// nodes the caller may see ($vis). Both predicates cover every node and link of the path, so Neo4j applies
// them during the breadth-first search (no exhaustive fallback; checked with PROFILE). {{types}} and
// {{maxDepth}} are validated in code.
MATCH (a:{{fromLabel}} {id: $from}), (b:{{toLabel}} {id: $to})
WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis)
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxDepth}}]-(b))
WHERE all(r IN relationships(p) WHERE any(k IN r.vis WHERE k IN $vis))
  AND all(n IN nodes(p) WHERE any(k IN n.vis WHERE k IN $vis))
WITH DISTINCT [n IN nodes(p) | elementId(n)] AS eids, [n IN nodes(p) | n.id] AS ids
RETURN eids, ids
LIMIT 5
