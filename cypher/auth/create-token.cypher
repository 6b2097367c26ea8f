// Stores an API token by its SHA-256 hash only; the token itself is shown once and never stored.
CREATE (t:ApiToken {
  id: $id, hash: $hash, organisation: $organisation, clearance: $clearance,
  label: $label, createdAt: $createdAt, revoked: false
})
RETURN t.id AS id
