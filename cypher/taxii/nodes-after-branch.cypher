// Branch of taxii/page: the first $nodes_<Label> entities of one label from the cursor on ($at.after, the
// stored time, from key $at.k; then later times), and from $at.from on (added_after), read in (lastSeen, id)
// order from the label's range index. The key test is a CASE on the index entries: an OR would be planned
// as two seeks and a sort. $ip keeps one IP family ('v4', 'v6') or 'any'. The cursor travels in a map, $at,
// so that its text's length does not make Neo4j plan the statement again.
MATCH (n:{{label}}) USING INDEX n:{{label}}(lastSeen, id)
WHERE n.lastSeen >= $at.after AND n.lastSeen >= $at.from AND n.id IS NOT NULL
  AND CASE WHEN n.lastSeen > $at.after THEN true ELSE n.id >= $at.k END
  AND ($ip = 'any' OR NOT n:IpAddress OR (substring(n.id, size('ip:')) CONTAINS ':') = ($ip = 'v6'))
  AND {{selected:n}}
RETURN n.lastSeen AS added, n.id AS key, n AS node, null AS rel
ORDER BY added, key LIMIT $nodes_{{label}}
