// Creates an account in an existing organisation; returns nothing when the organisation does not exist,
// and created = false when an account of that name exists already (it is left as it was).
MATCH (o:MemberOrg {id: $orgId})
MERGE (a:UserAccount {id: $id})
ON CREATE SET a.name = $name, a.role = $role, a.clearance = $clearance, a.createdAt = $now,
  a.disabled = false, a.created = true
MERGE (a)-[:MEMBER_OF]->(o)
WITH a, o, coalesce(a.created, false) AS created
REMOVE a.created
RETURN a.id AS id, a.name AS name, a.role AS role, a.clearance AS clearance, o.id AS orgId,
  o.name AS orgName, a.createdAt AS createdAt, a.disabled AS disabled, created
