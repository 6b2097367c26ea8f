// Branch of taxii/page: the links of one type between selected entities the caller may see, read in
// (addedAt) order from the type's range index. A link (a, type, b) is an item at its latest visible parallel
// relationship (one per source; ties: the greater source), so a relationship is kept only when the caller may
// see it and no other visible one of the same (a, type, b) is later. From the cursor on (key `from|TYPE|to`)
// and from $at.from on, at most $links_<TYPE>. The later-relationship test compares coalesce(q.addedAt, ''),
// so that it expands between n and m instead of seeking the index once per candidate.
// A branch the page cannot use (limit 0) seeks from '~', after every stored time: it reads nothing.
MATCH (n)-[r:{{type}}]->(m) USING INDEX r:{{type}}(addedAt)
WHERE r.addedAt >= $at.after AND r.addedAt >= CASE WHEN $links_{{type}} > 0 THEN $at.from ELSE '~' END
  AND any(k IN r.vis WHERE k IN $vis)
  AND any(l IN labels(n) WHERE l IN $labels) AND any(l IN labels(m) WHERE l IN $labels)
  AND CASE WHEN r.addedAt > $at.after THEN true ELSE n.id + '|{{type}}|' + m.id >= $at.k END
  AND NOT EXISTS { MATCH (n)-[q:{{type}}]->(m) WHERE q <> r AND any(k IN q.vis WHERE k IN $vis) AND (coalesce(q.addedAt, '') > r.addedAt OR (coalesce(q.addedAt, '') = r.addedAt AND (coalesce(q.source, '') > coalesce(r.source, '') OR (coalesce(q.source, '') = coalesce(r.source, '') AND elementId(q) > elementId(r))))) }
  AND {{selected:n}}
  AND {{selected:m}}
RETURN r.addedAt AS added, n.id + '|{{type}}|' + m.id AS key, null AS node, n AS fromNode, '{{type}}' AS linkType, m AS toNode
ORDER BY added, key LIMIT $links_{{type}}
