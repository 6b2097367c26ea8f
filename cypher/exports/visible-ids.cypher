// Which of $ids (entities of one label) exist for the caller: one of their assertions carries a key in $vis.
MATCH (n:{{label}})
WHERE n.id IN $ids AND any(k IN n.vis WHERE k IN $vis)
RETURN n.id AS id
