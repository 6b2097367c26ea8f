// Links of a type that the caller may see ($vis, SPEC §6): a (from, type, to) counts once when one of its
// relationships (one per source) is visible and both its ends are.
MATCH (a)-[r:{{type}}]->(b)
WHERE any(k IN r.vis WHERE k IN $vis)
WITH DISTINCT a, b
WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN b.vis WHERE k IN $vis)
RETURN count(*) AS count
