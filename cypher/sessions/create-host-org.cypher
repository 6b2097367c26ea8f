// The host organisation under its fixed key (`member:local`), named as the operator chose; kept when it exists.
MERGE (o:MemberOrg {id: $id})
ON CREATE SET o.name = $name, o.createdAt = $now
RETURN o.id AS id, o.name AS name
