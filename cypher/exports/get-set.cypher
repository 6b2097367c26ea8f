// One indicator set by id, when the organisation $organisation owns it or it is shared with it.
MATCH (s:IndicatorSet {id: $id})
WHERE s.organisation = $organisation OR $organisation IN coalesce(s.sharedWith, [])
RETURN properties(s) AS set
