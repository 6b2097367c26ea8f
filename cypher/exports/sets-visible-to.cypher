// The indicator sets the organisation $organisation owns or that are shared with it, oldest first.
MATCH (s:IndicatorSet)
WHERE s.organisation = $organisation OR $organisation IN coalesce(s.sharedWith, [])
RETURN properties(s) AS set
ORDER BY s.createdAt, s.id
