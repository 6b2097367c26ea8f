// The API token with this SHA-256 hash, unless revoked.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revoked = false
RETURN t.id AS id, t.organisation AS organisation, t.clearance AS clearance
