// Revokes an API token: TAXII refuses it from the next request on. Revoking it again keeps the first date.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $now), t.revoked = true
RETURN t.id AS id, t.organisation AS organisation, t.revokedAt AS revokedAt
