// Notes when a token was last used (at most once a minute per token; the caller throttles).
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = $now
