// The element ids of some entities the caller may see ($vis), for loading a cluster's subgraph.
UNWIND $ids AS id
MATCH (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization {id: id})
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN elementId(n) AS eid
