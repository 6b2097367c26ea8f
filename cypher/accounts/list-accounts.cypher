// Every account with its organisation, role, clearance and state, by organisation then name.
MATCH (a:UserAccount)-[:MEMBER_OF]->(o:MemberOrg)
RETURN a.id AS id, a.name AS name, a.role AS role, a.clearance AS clearance, o.id AS orgId,
  o.name AS orgName, a.createdAt AS createdAt, a.disabled AS disabled, a.disabledAt AS disabledAt
ORDER BY o.name, a.name
