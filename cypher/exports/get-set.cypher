// One indicator set by id.
MATCH (s:IndicatorSet {id: $id})
RETURN properties(s) AS set
