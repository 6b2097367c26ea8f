// Adds the keys of a batch's assertions to their Source nodes' `vis` (the sources themselves were
// written by an earlier batch of the run).
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.vis = coalesce(s.vis, []) + [k IN row.vis WHERE NOT k IN coalesce(s.vis, [])]
