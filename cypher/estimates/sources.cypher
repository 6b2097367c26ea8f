// Every source the caller may see ($vis), with what citing it needs (name, reliability, URL): the
// estimates judge inputs by their source's reliability and list the sources behind each figure.
MATCH (s:Source)
WHERE any(k IN s.vis WHERE k IN $vis)
RETURN s.id AS id, coalesce(s.name, s.display, s.value) AS name, s.reliability AS reliability, s.url AS url
ORDER BY id
