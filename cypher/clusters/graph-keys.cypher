// The caller's keys ($vis) that some data in the graph carries: a Source's `vis` is the union of the keys of
// the assertions it carries, so these are every key present. A view (docs/clusters.md) is this set.
MATCH (s:Source)
UNWIND coalesce(s.vis, []) AS k
WITH DISTINCT k WHERE k IN $vis
RETURN collect(k) AS keys
