// Deletes an indicator set of the owning organisation (its TAXII collection goes with it); the indicators it
// selected stay. Returns nothing when the set does not exist or another organisation owns it.
MATCH (s:IndicatorSet {id: $id})
WHERE s.organisation = $organisation
WITH s, properties(s) AS set
DELETE s
RETURN set
