// Branch of taxii/page: the first $links_<TYPE> links of one type between selected entities from the cursor
// on, and from $at.from on, read in lastSeen order from the type's range index. Links have no key property:
// the links of the cursor's own time are all read, to be sorted by key (from|TYPE|to).
MATCH (n)-[r:{{type}}]->(m) USING INDEX r:{{type}}(lastSeen)
WHERE r.lastSeen >= $at.after AND r.lastSeen >= $at.from AND r.tlp IN $tlps
  AND any(l IN labels(n) WHERE l IN $labels) AND {{selected:n}}
  AND any(l IN labels(m) WHERE l IN $labels) AND {{selected:m}}
WITH n, r, m, n.id + '|{{type}}|' + m.id AS key
WHERE CASE WHEN r.lastSeen > $at.after THEN true ELSE key >= $at.k END
RETURN r.lastSeen AS added, key, null AS node, r AS rel
ORDER BY added, key LIMIT $links_{{type}}
