// All shortest paths (at most 5) between two entities; {{types}} and {{maxDepth}} are validated in code.
MATCH (a:{{fromLabel}} {id: $from}), (b:{{toLabel}} {id: $to})
MATCH p = allShortestPaths((a)-[:{{types}}*..{{maxDepth}}]-(b))
RETURN [n IN nodes(p) | elementId(n)] AS eids, [n IN nodes(p) | n.id] AS ids
LIMIT 5
