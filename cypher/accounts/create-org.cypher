// Creates a member organisation (a partner, the host…) unless one with this id exists; says which happened.
MERGE (o:MemberOrg {id: $id})
ON CREATE SET o.name = $name, o.createdAt = $now, o.created = true
WITH o, coalesce(o.created, false) AS created
REMOVE o.created
RETURN o.id AS id, o.name AS name, o.createdAt AS createdAt, created
