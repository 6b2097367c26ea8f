// Saves an indicator set: a named selection (ids, cluster or filter) kept as JSON, owned by an organisation
// and shared with the organisations in $sharedWith (keys).
CREATE (s:IndicatorSet {
  id: $id, name: $name, mode: $mode, definition: $definition,
  organisation: $organisation, sharedWith: $sharedWith, createdBy: $createdBy, createdAt: $createdAt
})
RETURN properties(s) AS set
