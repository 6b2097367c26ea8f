// Deletes an indicator set (its TAXII collection goes with it); the indicators it selected stay.
MATCH (s:IndicatorSet {id: $id})
DELETE s
