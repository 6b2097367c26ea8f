// Full-text search over values, display forms, names and aliases, optionally limited to some labels.
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)) AND NOT node.id IN $exclude
RETURN node AS n, score, COUNT { (node)--() } AS degree
SKIP $skip
LIMIT $limit
