// Exchanges a one-time code for a session in one transaction. The code node is write-locked first, so of two
// concurrent exchanges exactly one sees it unconsumed; the other (and every later one) gets reason CODE_USED.
MATCH (c:SignInCode {hash: $codeHash})
SET c._lock = true
WITH c
OPTIONAL MATCH (c)-[:CODE_FOR]->(a:UserAccount)-[:MEMBER_OF]->(o:MemberOrg)
WITH c, a, o,
  CASE
    WHEN c.consumedAt IS NOT NULL THEN 'CODE_USED'
    WHEN c.expiresAt <= $now THEN 'CODE_EXPIRED'
    WHEN a IS NULL OR coalesce(a.disabled, false) THEN 'ACCOUNT_DISABLED'
    ELSE null
  END AS refusal
SET c.consumedAt = CASE WHEN refusal IS NULL THEN $now ELSE c.consumedAt END
REMOVE c._lock
FOREACH (_ IN CASE WHEN refusal IS NULL THEN [1] ELSE [] END |
  CREATE (:UserSession {
    id: $sessionId, hash: $sessionHash, accountId: a.id, createdAt: $now, lastSeenAt: $now,
    expiresAt: $expiresAt
  })-[:SESSION_OF]->(a)
)
RETURN refusal, c.purpose AS purpose, a.id AS accountId, a.name AS account, a.role AS role,
  a.clearance AS clearance, o.id AS orgId, o.name AS orgName
