// A session with its account and organisation (the caller checks expiry and whether the account is disabled).
MATCH (s:UserSession {hash: $hash})-[:SESSION_OF]->(a:UserAccount)-[:MEMBER_OF]->(o:MemberOrg)
RETURN s.id AS id, s.createdAt AS createdAt, s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt,
  a.id AS accountId, a.name AS account, a.role AS role, a.clearance AS clearance,
  coalesce(a.disabled, false) AS disabled, o.id AS orgId, o.name AS orgName
