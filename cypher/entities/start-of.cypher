// The element id of an entity the caller may see ($vis), to start a traversal or a path; none when it is
// hidden, exactly as when it does not exist.
MATCH (n:{{label}} {id: $id})
WHERE any(k IN n.vis WHERE k IN $vis)
RETURN elementId(n) AS eid
