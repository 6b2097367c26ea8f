// Disables an account: its tokens and sessions are refused from the next request on. Idempotent.
MATCH (a:UserAccount {id: $id})-[:MEMBER_OF]->(o:MemberOrg)
SET a.disabledAt = coalesce(a.disabledAt, $now), a.disabled = true
RETURN a.id AS id, a.name AS name, o.name AS orgName, a.disabledAt AS disabledAt
