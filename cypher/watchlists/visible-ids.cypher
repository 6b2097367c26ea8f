// Which of $ids (of one label) exist for a caller: at least one visible assertion ($vis, SPEC §6).
MATCH (n:{{label}})
WHERE n.id IN $ids AND any(k IN n.vis WHERE k IN $vis)
RETURN n.id AS id
