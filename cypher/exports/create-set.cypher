// Saves an indicator set: a named selection (ids, cluster or filter) kept as JSON, owned by an organisation.
CREATE (s:IndicatorSet {
  id: $id, name: $name, mode: $mode, definition: $definition,
  organisation: $organisation, createdBy: $createdBy, createdAt: $createdAt
})
RETURN properties(s) AS set
