// Which of the source ids $ids the caller may see (it holds one of the keys of their assertions).
MATCH (s:Source)
WHERE s.id IN $ids AND any(k IN s.vis WHERE k IN $vis)
RETURN s.id AS id
