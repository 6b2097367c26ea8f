// Merges Source nodes: who submitted (`org`), with whom it is shared, and `vis`, the union of the keys of
// the assertions it carries (a caller who may see none of them does not see the source either).
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.props, s.value = row.value, s.display = row.display, s.synthetic = row.synthetic,
  s.vis = row.vis, s.addedAt = $now
ON MATCH SET s += row.props, s.display = row.display,
  s.vis = coalesce(s.vis, []) + [k IN row.vis WHERE NOT k IN coalesce(s.vis, [])]
