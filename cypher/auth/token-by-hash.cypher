// The API token with this SHA-256 hash, unless revoked, with its account and organisation (the caller
// checks expiry and whether the account is disabled). Tokens made before accounts existed have no account.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revoked = false
OPTIONAL MATCH (t)-[:TOKEN_OF]->(a:UserAccount)-[:MEMBER_OF]->(o:MemberOrg)
RETURN t.id AS id, t.organisation AS organisation, t.clearance AS clearance, t.expiresAt AS expiresAt,
  a.id AS accountId, a.role AS role, a.clearance AS accountClearance, a.disabled AS disabled
