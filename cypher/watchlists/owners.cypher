// The accounts that own watches ($ids: `user:<name>`), read fresh for each evaluation: role, clearance,
// organisation and whether the account is disabled (a disabled account's watches stop).
UNWIND $ids AS id
MATCH (a:UserAccount {id: id})-[:MEMBER_OF]->(o:MemberOrg)
RETURN a.id AS id, a.role AS role, a.clearance AS clearance, o.id AS orgId,
  coalesce(a.disabled, false) AS disabled
