// The visible infrastructure links ($vis: link and both ends) of some entities of one label, both
// directions, to other cluster-eligible entities. {{label}} and {{types}} come from fixed lists in code.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})-[r:{{types}}]-(m:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization)
WHERE any(k IN n.vis WHERE k IN $vis) AND any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
RETURN DISTINCT n.id AS a, m.id AS b
