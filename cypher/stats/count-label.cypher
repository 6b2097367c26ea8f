// Nodes with a label that the caller may see ($vis, SPEC §6).
MATCH (n:{{label}})
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN count(n) AS count
