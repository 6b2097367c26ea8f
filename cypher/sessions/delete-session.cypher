// Ends a session (sign-out, expiry, disabled account). Deleting one that is gone already is harmless.
MATCH (s:UserSession {hash: $hash})
DETACH DELETE s
