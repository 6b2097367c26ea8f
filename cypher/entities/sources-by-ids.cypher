// Source nodes by id, for citing them on entities.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, coalesce(s.name, s.display, s.value) AS name, s.reliability AS reliability, s.url AS url
