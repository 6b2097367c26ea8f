// One account with its organisation.
MATCH (a:UserAccount {id: $id})-[:MEMBER_OF]->(o:MemberOrg)
RETURN a.id AS id, a.name AS name, a.role AS role, a.clearance AS clearance, o.id AS orgId,
  o.name AS orgName, a.createdAt AS createdAt, a.disabled AS disabled, a.disabledAt AS disabledAt
