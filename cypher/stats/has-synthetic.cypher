// Whether the caller sees any demo (synthetic) data: the demo data set always has its Source nodes.
MATCH (s:Source)
WHERE s.synthetic = true AND any(k IN s.vis WHERE k IN $vis)
RETURN count(s) > 0 AS synthetic
