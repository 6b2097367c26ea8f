// The submitting organisation of existing sources (a source belongs to one organisation).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.org AS org
