// Stores an API token of an account by its SHA-256 hash only; the token itself is shown once and never stored.
// $clearance is null when the token reads with its account's clearance; $expiresAt null when it never expires.
MATCH (a:UserAccount {id: $accountId})-[:MEMBER_OF]->(o:MemberOrg)
CREATE (t:ApiToken {
  id: $id, hash: $hash, organisation: substring(o.id, 7), clearance: $clearance,
  label: $label, createdAt: $createdAt, expiresAt: $expiresAt, revoked: false
})-[:TOKEN_OF]->(a)
RETURN t.id AS id, a.name AS account, substring(o.id, 7) AS organisation,
  coalesce(t.clearance, a.clearance) AS clearance
