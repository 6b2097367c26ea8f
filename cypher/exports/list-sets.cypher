// The indicator sets an organisation owns ($organisation null: all of them), oldest first.
MATCH (s:IndicatorSet)
WHERE $organisation IS NULL OR s.organisation = $organisation
RETURN properties(s) AS set
ORDER BY s.createdAt, s.id
