// Head of exports/node-view for a selection of explicit ids (ids and cluster sets): the entities of one
// label among $ids (one chunk of the selection's ids of that label, sorted) that the caller may see, each
// looked up in the label's id index, so that the cost follows the selection, not the graph.
MATCH (n:{{label}})
WHERE n.id IN $ids
  AND any(k IN n.vis WHERE k IN $vis)
