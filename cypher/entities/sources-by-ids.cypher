// Source nodes by id, for citing them on entities: only those the caller holds a key of ($vis).
UNWIND $ids AS id
MATCH (s:Source {id: id})
WHERE any(k IN s.vis WHERE k IN $vis)
RETURN s.id AS id, coalesce(s.name, s.display, s.value) AS name, s.reliability AS reliability, s.url AS url
