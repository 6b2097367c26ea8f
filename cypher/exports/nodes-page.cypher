// Head of exports/node-view: one page of the entities of one label that the caller may see, in id order
// (keyset: id > $after), read from the label's id index in order; the page ends at $limit.
MATCH (n:{{label}})
WHERE n.id > $after
  AND any(k IN n.vis WHERE k IN $vis)
