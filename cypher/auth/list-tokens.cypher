// Every API token, without its hash: id, organisation, clearance, label, when made, whether revoked.
MATCH (t:ApiToken)
RETURN t.id AS id, t.organisation AS organisation, t.clearance AS clearance, t.label AS label,
  t.createdAt AS createdAt, t.revoked AS revoked, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.id
