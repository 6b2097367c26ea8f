// Notes when a session was last used (its idle expiry slides from here; the caller throttles to once a minute).
MATCH (s:UserSession {id: $id})
SET s.lastSeenAt = $now
