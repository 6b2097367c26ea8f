// Every API token, without its hash: id, account, organisation, clearance, label, dates, whether revoked.
MATCH (t:ApiToken)
OPTIONAL MATCH (t)-[:TOKEN_OF]->(a:UserAccount)
RETURN t.id AS id, a.name AS account, t.organisation AS organisation,
  coalesce(t.clearance, a.clearance) AS clearance, t.label AS label, t.createdAt AS createdAt,
  t.expiresAt AS expiresAt, t.lastUsedAt AS lastUsedAt, t.revoked AS revoked, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.id
