// Stores a one-time code (sign-in or invitation link) of an active account by its SHA-256 hash only.
MATCH (a:UserAccount {id: $accountId})
WHERE NOT coalesce(a.disabled, false)
CREATE (c:SignInCode {
  hash: $hash, purpose: $purpose, accountId: a.id, createdAt: $now, expiresAt: $expiresAt
})-[:CODE_FOR]->(a)
RETURN c.expiresAt AS expiresAt
